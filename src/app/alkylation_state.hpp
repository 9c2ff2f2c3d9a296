// Inputs of the Alkylation tool (mono/bis distribution, excess-diamine
// planner, protection route) and what the panel shows for them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/alkylation_inputs.hpp"
#include "app/fit_inputs.hpp"
#include "app/report.hpp"
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

// Defaults come from the declarations (alkylation_inputs.hpp).
struct AlkylationInputs {
  TextField kappa{alkylation_input::kKappa.default_text};
  // Electrophile per diamine, for the distribution.
  TextField equivalents{alkylation_input::kEquiv.default_text};
  TextField diamine_equiv{alkylation_input::kDiamineEquiv.default_text};          // N for the planner
  TextField electrophile_mmol{alkylation_input::kElectrophileMmol.default_text};  // scale of the planner
  // Protection route: alkylation of the free NH, then the Boc removal.
  TextField alkylation_yield_pct{alkylation_input::kAlkylationYield.default_text};
  TextField deprotection_yield_pct{alkylation_input::kDeprotectionYield.default_text};
  AlkylationFitInputs fit;  // "From my results"
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

// The workup of the excess-diamine mono-Boc, with the model's bis-Boc share.
std::string monoboc_workup_text(const chem::ScalePlan& plan);

// The planner's two bench lines: what to weigh out, what to expect.
std::string monoboc_weigh_out_text(const chem::ScalePlan& plan);
std::string monoboc_expect_text(const chem::ScalePlan& plan);

AlkylationView evaluate_alkylation(const AlkylationInputs& inputs, const AlkylationView* last_valid);
std::vector<ReportEntry> alkylation_report(const AlkylationInputs& inputs, const AlkylationView& view);

// κ is per molecule, not per site.
inline constexpr const char* kKappaText =
    "κ = k2/k1 per molecule: k1 counts both NH of the diamine, k2 the one NH left on the mono product. Two "
    "equal, independent sites give κ = 0.5; κ = 2 means each remaining site is 4 times as reactive as a site "
    "of the diamine (per-site ratio 2κ).";

// Alkyl halides release HX; the model assumes the amines stay free. Counted
// in N atoms: a mono-protonated diamine still reacts at its free N.
inline constexpr const char* kAcidByproductText =
    "Each alkylation by an alkyl halide (BnBr) releases one HBr, which protonates one basic N atom (the most "
    "basic present). Count N atoms, not molecules: a diamine protonated at one N still reacts at its free N "
    "(more slowly); only an N that is protonated stops reacting. Without an added base (K2CO3, Et3N, or "
    "extra diamine counted as base) each equivalent of BnBr takes one N out of play and shifts the rates, "
    "and the numbers here no longer apply.";

// The mono-protonation route: text only, not modelled.
inline constexpr const char* kMonoProtonationText =
    "Without the excess: mono-protonation. 1 equiv of HCl (generated from Me3SiCl or SOCl2 in methanol) "
    "turns "
    "the diamine into its mono-hydrochloride; the ammonium N does not react, so 1 equiv Boc2O goes mainly to "
    "the free N. Basify, then extract. Not modelled here (these numbers are for the free diamine). Source: "
    "F. "
    "A. Servín, J. A. Romero, G. Aguirre, D. Grotjahn, R. Somanathan, D. Chávez, J. Mex. Chem. Soc. 2017, "
    "61, "
    "23.";

// "The model" in short; docs/MODELS.md, section "Alkylation and mono-Boc", in full.
inline constexpr const char* kAlkylationModelText =
    "The model (docs/MODELS.md, Alkylation and mono-Boc): consecutive competitive reactions A + B → P (k1), "
    "P + B → Q (k2), κ = k2/k1, perfectly mixed, the electrophile used up. 1 equiv Boc2O onto N equiv "
    "diamine "
    "is x = 1/N equiv per diamine.";

inline constexpr const char* kAlkylationCitations =
    "Closed form: A. A. Frost, W. C. Schwemer, J. Am. Chem. Soc. 1952, 74, 1268. Mixing: J. Bałdyga, "
    "J. R. Bourne, Turbulent Mixing and Chemical Reactions, Wiley (1999).";

}  // namespace app
