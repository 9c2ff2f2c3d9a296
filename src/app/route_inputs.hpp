// The Route tool's inputs, each declared once (see input_spec.hpp).
#pragma once

#include "app/input_spec.hpp"

namespace app::route_input {

inline constexpr InputSpec kKetoneFormula =
    InputSpec{"ketone_formula", "Ketone formula", "", "C12H15NO", "route.ketone_formula"}.text().cli(
        "ketone-formula", "default: C12H15NO, 1-benzyl-4-piperidone");
inline constexpr InputChoice kAmountUnits[] = {{"0", "g"}, {"1", "mmol"}};
inline constexpr InputSpec kAmountInMmol =
    InputSpec{"amount_in_mmol", "Ketone amount in", "", "0", "route.in_mmol"}.one_of(kAmountUnits);
// In g, or in mmol (the variant); the CLI names the unit in the flag.
inline constexpr InputSpec kKetoneAmount =
    InputSpec{"ketone_amount", "Amount of ketone", "g", "10", "route.amount"}
        .cli("ketone-g")
        .variant("Amount of ketone", "mmol", "ketone-mmol");
inline constexpr InputChoice kMethods[] = {
    {"h2so4", "NaN3 / H2SO4"}, {"msoh", "NaN3 / MsOH"}, {"tmsn3-tfoh", "TMSN3 / TfOH", "tmsn3"}};
inline constexpr InputSpec kMethod =
    InputSpec{"method", "Schmidt conditions", "", "h2so4", "route.method"}.cli("method").one_of(kMethods);
inline constexpr InputSpec kAzideEquiv =
    InputSpec{"azide_equiv", "Azide per ketone", "equiv", "1.5", "route.azide_equiv"}.cli("azide-equiv");
// NaN3 in portions, or TMSN3 in parts of its dropwise addition (the variant).
inline constexpr InputSpec kPortions =
    InputSpec{"portions", "NaN3 added in", "portions", "14", "route.portions"}
        .cli("portions", "default: one more than the method's least number")
        .range(100, true)
        .whole()
        .noun("Number of portions")
        .variant("TMSN3 added in", "parts");
inline constexpr InputSpec kAdditionMin =
    InputSpec{"addition_min", "Addition time", "min", "120", "route.addition_min"}.cli(
        "addition-min", "default: 120, or 5 min per interval");
inline constexpr InputSpec kAcidMlPerG =
    InputSpec{"acid_ml_per_g", "Acid per gram of ketone", "mL/g", "4", "route.acid_ml_per_g"}.cli(
        "acid-ml-per-g", "a practice value");
inline constexpr InputSpec kTfohEquiv =
    InputSpec{"tfoh_equiv", "TfOH per ketone", "equiv", "3", "route.tfoh_equiv"}.cli("tfoh-equiv");
inline constexpr InputSpec kBasicNEquiv =
    InputSpec{"basic_n_equiv", "Basic amine N per ketone", "equiv", "1", "route.basic_n_equiv"}
        .alias("route.basic_n")
        .cli("basic-n-equiv", "each basic N takes 1 TfOH");
// The screen asks for %, the CLI for a fraction (0..1).
inline constexpr InputSpec kLactamYield =
    InputSpec{"lactam_yield", "Lactam yield", "%", "70", "route.lactam_yield"}
        .cli("lactam-yield", "as a fraction, 0..1")
        .cli_as_fraction();
inline constexpr InputSpec kLahEquiv =
    InputSpec{"lah_equiv", "LiAlH4 per lactam", "equiv", "2.0", "route.lah_equiv"}.cli("lah-equiv");
inline constexpr InputChoice kLahForms[] = {
    {"0", "Solid"}, {"1", "1.0 M"}, {"2", "2.0 M"}, {"3", "2.4 M"}, {"4", "4.0 M"}};
inline constexpr InputSpec kLahForm =
    InputSpec{"lah_form", "LiAlH4 as", "", "0", "route.lah_form"}.one_of(kLahForms);
// The CLI takes any molarity of a LiAlH4 solution (0: the solid).
inline constexpr InputSpec kLahMolarity =
    InputSpec{"lah_molarity", "LiAlH4 solution molarity", "mol/L", "0"}.cli("lah-molarity",
                                                                            "0 for the solid");
inline constexpr InputSpec kReductionYield =
    InputSpec{"reduction_yield", "Reduction yield", "%", "85", "route.reduction_yield"}
        .cli("reduction-yield", "as a fraction, 0..1")
        .cli_as_fraction();
// "none": the planner's own defaults; otherwise a chem::PublishedProcedure key.
inline constexpr InputChoice kPresets[] = {{"none", "The planner's own"}, {"sha2008", "Sha et al. 2008"}};
inline constexpr InputSpec kPreset =
    InputSpec{"preset", "Published procedure", "", "none", "route.preset"}
        .cli("preset", "sha2008: the paper's conditions, the planner's verdict on each, and the plan")
        .one_of(kPresets)
        .by_name();
inline constexpr InputSpec kCalculatorFormula =
    InputSpec{"calculator_formula", "Formula for the molar mass (hydrates with · or *)", "", "Na2SO4·10H2O",
              "route.calculator"};

// Every input of the tool, in the order the report and --help list them.
inline constexpr const InputSpec* kAll[] = {
    &kKetoneFormula, &kAmountInMmol, &kKetoneAmount,   &kMethod,      &kAzideEquiv,       &kPortions,
    &kAdditionMin,   &kAcidMlPerG,   &kTfohEquiv,      &kBasicNEquiv, &kLactamYield,      &kLahEquiv,
    &kLahForm,       &kLahMolarity,  &kReductionYield, &kPreset,      &kCalculatorFormula};

}  // namespace app::route_input
