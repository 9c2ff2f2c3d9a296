// Inputs of the Alkylation tool (mono/bis distribution, excess-diamine
// planner, protection route) and what the panel shows for them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/text_field.hpp"
#include "chem/excess_diamine.hpp"

namespace app {

struct KappaPreset {
  const char* label;
  double kappa;
};

inline constexpr KappaPreset kKappaPresets[] = {
    {"Statistical (two equal sites)", 0.5},
    {"Product more nucleophilic", 2.0},
    {"Deactivated after the first reaction", 0.05},
};

struct AlkylationInputs {
  TextField kappa{"0.5"};
  TextField equivalents{"1.0"};          // electrophile per diamine, for the distribution
  TextField diamine_equiv{"4"};          // N for the planner
  TextField electrophile_mmol{"10"};     // scale of the planner
  TextField alkylation_yield_pct{"90"};  // protection route: alkylation of the free NH
  TextField deprotection_yield_pct{"95"};
};

struct AlkylationView {
  std::optional<chem::InputError> error;
  bool stale = false;
  bool valid = false;
  double kappa = 0, equivalents = 0;
  chem::AlkylationDistribution distribution;
  chem::DistributionCurve curve;      // fractions against equivalents, 0..2
  chem::ExcessCurve excess;           // against diamine excess, 1..10
  chem::ScalePlan protection;         // Boc2O onto N equiv diamine
  chem::ScalePlan direct;             // benzyl bromide onto N equiv diamine
  chem::ScalePlan direct_one_to_one;  // benzyl bromide onto 1 equiv: the naive attempt
  double alkylation_yield = 0, deprotection_yield = 0;
  double protection_overall = 0;  // mono-alkyl product per mol Boc2O after three steps
};

AlkylationView evaluate_alkylation(const AlkylationInputs& inputs, const AlkylationView* last_valid);
std::vector<MirrorEntry> alkylation_mirror(const AlkylationInputs& inputs, const AlkylationView& view);

inline constexpr const char* kAlkylationCitations =
    "Closed form: A. A. Frost, W. C. Schwemer, J. Am. Chem. Soc. 1952, 74, 1268. Mixing: J. Bałdyga, "
    "J. R. Bourne, Turbulent Mixing and Chemical Reactions, Wiley (1999).";

}  // namespace app
