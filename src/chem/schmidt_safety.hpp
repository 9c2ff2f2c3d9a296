// The safety half of the Schmidt plan: the portion gate, the scale gate, and
// the quench, neutralisation and azide-destruction steps. Used by plan_route.
#pragma once

#include <optional>
#include <string>

#include "chem/schmidt_route.hpp"

namespace chem {

// Refuses schedules that add the azide (nearly) all at once; fills
// r.min_portions and (NaN3) r.portion_rise_k. Needs r.azide_mmol and r.acid_ml.
std::optional<InputError> check_portions(const RouteInput& in, RouteResult& r);

// Refuses plans above the bench line (kBenchScaleAzideMmol), at ketone_amount.
std::optional<InputError> check_scale(double azide_mmol);

// NaN3 methods: refuses less acid than kMinAcidMlPerG, at acid_ml_per_g.
std::optional<InputError> check_acid_amount(const RouteInput& in);

// TMSN3/TfOH: refuses less free TfOH than TMSN3, at tfoh_equiv; fills r.tfoh_free_equiv.
std::optional<InputError> check_tfoh(const RouteInput& in, RouteResult& r);

// Fills the base, heat, ice and nitrite amounts and the steps after the reaction.
void add_quench_and_waste(const RouteInput& in, RouteResult& r);

std::optional<std::string> scale_warning(double azide_mmol);

}  // namespace chem
