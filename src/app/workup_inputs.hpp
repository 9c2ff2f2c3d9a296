// The Workup tool's inputs, each declared once (see input_spec.hpp).
//
// The panel asks "Mass of LiAlH4"; the messages and the report name the
// quantity, "LiAlH4 mass" (the noun): the model's own range checks
// (chem/workup.cpp) say it the same way.
#pragma once

#include "app/input_spec.hpp"

namespace app::workup_input {

// How the amount is given: the order of chem::LahInputMode. The CLI picks the
// mode by the flag given (--lah-g, --lah-mg, ...), so it has no flag of its own.
inline constexpr InputChoice kModes[] = {
    {"g", "g"}, {"mg", "mg"}, {"mmol", "mmol"}, {"solution", "Solution"}, {"equiv", "Equiv."}};
inline constexpr InputSpec kMode =
    InputSpec{"mode", "LiAlH4 given as", "", "g", "workup.mode"}.one_of(kModes);
inline constexpr InputSpec kMassG =
    InputSpec{"lah_g", "Mass of LiAlH4", "g", "1.0", "workup.lah_g"}.cli("lah-g").noun("LiAlH4 mass");
inline constexpr InputSpec kMassMg =
    InputSpec{"lah_mg", "Mass of LiAlH4", "mg", "250", "workup.lah_mg"}.cli("lah-mg").noun("LiAlH4 mass");
inline constexpr InputSpec kMillimoles =
    InputSpec{"lah_mmol", "Amount of LiAlH4", "mmol", "25", "workup.lah_mmol"}
        .cli("lah-mmol")
        .noun("LiAlH4 amount");
inline constexpr InputSpec kSolutionMl =
    InputSpec{"solution_ml", "Volume of solution", "mL", "10", "workup.solution_ml"}
        .cli("solution-ml", "with --molarity")
        .noun("Solution volume");
// The commercial solutions, in the order of kLahSolutionPresets (their
// molarities); the last asks for the molarity.
inline constexpr InputChoice kSolutionPresets[] = {{"0", "1.0 M in THF"},
                                                   {"1", "2.0 M in THF"},
                                                   {"2", "2.4 M in THF"},
                                                   {"3", "4.0 M in Et2O"},
                                                   {"4", "Custom molarity"}};
inline constexpr InputSpec kSolutionPreset =
    InputSpec{"solution_preset", "Solution", "", "2", "workup.preset"}.one_of(kSolutionPresets);
// The custom molarity on screen; on the CLI any molarity (it has no presets).
inline constexpr InputSpec kMolarity =
    InputSpec{"molarity", "Molarity", "mol/L", "1.0", "workup.molarity"}.cli("molarity",
                                                                             "with --solution-ml");
inline constexpr InputSpec kEquivalents =
    InputSpec{"equiv", "Equivalents of LiAlH4 (mol per mol substrate)", "equiv", "2.0", "workup.equiv"}
        .cli("equiv", "with --substrate-mmol")
        .noun("Equivalents of LiAlH4");
inline constexpr InputSpec kSubstrateMmol =
    InputSpec{"substrate_mmol", "Substrate", "mmol", "10", "workup.substrate_mmol"}
        .cli("substrate-mmol", "with --equiv")
        .noun("Substrate amount");

// What the CLI's workup takes, in the order --help lists them (a mode's
// flags together: the mass, the millimoles, the solution, the equivalents).
inline constexpr const InputSpec* kWorkupCli[] = {&kMassG,    &kMassMg,      &kMillimoles,   &kSolutionMl,
                                                  &kMolarity, &kEquivalents, &kSubstrateMmol};
// The field the CLI's error names when the amount is given no way, or more
// than one (the CLI has no mode option: the flags given pick it).
inline constexpr std::string_view kCliAmountField = "lah";

// Every input of the tool, in the order the panel shows them.
inline constexpr const InputSpec* kAll[] = {&kMode,       &kMassG,       &kMassMg,
                                            &kMillimoles, &kSolutionMl,  &kSolutionPreset,
                                            &kMolarity,   &kEquivalents, &kSubstrateMmol};

}  // namespace app::workup_input
