// The ring-expansion route to 1-benzyl-1,4-diazepane: Schmidt reaction of
// 1-benzyl-4-piperidone to the 7-membered lactam (1-benzyl-1,4-diazepan-5-one),
// LiAlH4 reduction of the lactam, Fieser workup. Any cyclic ketone can be
// given by formula: the lactam is ketone + NH, the amine is lactam - O + H2.
#pragma once

#include <string>
#include <vector>

#include "chem/formula.hpp"
#include "chem/workup.hpp"

namespace chem {

enum class SchmidtMethod { nan3_h2so4, nan3_msoh, tmsn3_tfoh };

struct RouteInput {
  std::string ketone_formula = "C12H15NO";  // 1-benzyl-4-piperidone
  bool amount_in_mmol = false;
  double ketone_amount = 10;  // g, or mmol when amount_in_mmol
  SchmidtMethod method = SchmidtMethod::nan3_h2so4;
  double azide_equiv = 1.5;   // NaN3 or TMSN3 per ketone
  int portions = 6;           // NaN3 added in portions (heat, HN3)
  double addition_min = 60;   // first to last portion
  double acid_ml_per_g = 4;   // conc. H2SO4 or MsOH per g ketone: practice, not stoichiometry
  double tfoh_equiv = 3;      // TMSN3 route
  double lactam_yield = 0.7;  // fraction
  double lah_equiv = 2.0;     // mol LiAlH4 per mol lactam
  double lah_molarity = 0;    // 0: weigh solid LiAlH4; else mL of this solution
  double reduction_yield = 0.85;
};

struct Portion {
  double time_min;
  double mass_g;
};

struct RouteResult {
  Formula ketone, lactam, amine;
  double ketone_g = 0, ketone_mmol = 0;
  double azide_mmol = 0, azide_g = 0, azide_ml = 0;  // ml for TMSN3 only
  std::vector<Portion> schedule;                     // NaN3 methods only
  double portion_g = 0;                              // NaN3 per portion; the portions sum to azide_g
  double interval_min = 0;                           // between portions: addition_min / (portions - 1)
  double acid_ml = 0, acid_mmol = 0;                 // H2SO4 or MsOH, or TfOH
  double acid_equiv = 0;  // mol acid per mol ketone (H2SO4: a solvent-scale excess)
  double lactam_mmol = 0, lactam_g = 0;
  double lah_mmol = 0, lah_g = 0, lah_solution_ml = 0;
  FieserWorkup workup;
  double amine_mmol = 0, amine_g = 0;
  bool tetrazole_risk = false;  // azide excess above 2 equiv
};

Outcome<RouteResult> plan_route(const RouteInput& input);

// The hydrazoic-acid hazards that go with every Schmidt reaction.
const std::vector<std::string>& azide_hazard_notes();

inline constexpr double kTetrazoleAzideEquiv = 2.0;  // rule of thumb, see the .cpp
inline constexpr const char kTetrazoleNote[] =
    "Azide above about 2 equiv: the excess HN3 can trap the nitrilium ion as a tetrazole. A rule of thumb, "
    "not a sharp limit; 1.2-1.5 equiv is usual.";

}  // namespace chem
