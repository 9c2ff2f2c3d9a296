// Inputs of the Workup tool and what the panel shows for them.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "app/report.hpp"
#include "app/text_field.hpp"
#include "app/workup_inputs.hpp"
#include "chem/workup.hpp"

namespace app {

struct SolutionPreset {
  double molarity;  // mol/L; 0 marks "custom"
};

// Commercial LiAlH4 solutions, named by workup_input::kSolutionPresets.
inline constexpr std::array<SolutionPreset, 5> kLahSolutionPresets{{{1.0}, {2.0}, {2.4}, {4.0}, {0.0}}};
static_assert(std::size(workup_input::kSolutionPresets) == kLahSolutionPresets.size());

inline constexpr size_t kWorkupStepCount = 7;

// Defaults come from the declarations (workup_inputs.hpp).
struct WorkupInputs {
  chem::LahInputMode mode = chem::LahInputMode::mass_g;
  TextField mass_g{workup_input::kMassG.default_text};
  TextField mass_mg{workup_input::kMassMg.default_text};
  TextField millimoles{workup_input::kMillimoles.default_text};
  TextField solution_ml{workup_input::kSolutionMl.default_text};
  size_t solution_preset = 2;  // index into kLahSolutionPresets (2.4 M)
  TextField custom_molarity{workup_input::kMolarity.default_text};
  TextField equivalents{workup_input::kEquivalents.default_text};
  TextField substrate_mmol{workup_input::kSubstrateMmol.default_text};
  std::array<bool, kWorkupStepCount> steps_done{};
};

struct WorkupView {
  std::optional<chem::InputError> error;     // the input problem, if any
  std::optional<chem::FieserWorkup> workup;  // current result, or the last valid one
  bool stale = false;                        // workup is from earlier inputs
  std::vector<std::string> conversions;      // how the amount was turned into grams
  std::vector<ProtocolStep> steps;           // the procedure, in order
  std::vector<chem::ScaleWarning> warnings;
};

// Parses the text fields, runs the model, and lays out the procedure. When
// the inputs are bad, `last_valid` is shown instead, marked stale.
WorkupView evaluate_workup(const WorkupInputs& inputs, const std::optional<chem::FieserWorkup>& last_valid);

// The tool's report: inputs, results, the checklist's steps (ticked or not),
// the safety notes and the source. The mirror, the copied protocol
// (report_text) and the print card render it.
std::vector<ReportEntry> workup_report(const WorkupInputs& inputs, const WorkupView& view);

// Honest notes on the two common alternatives to the Fieser quench.
std::vector<ProtocolStep> workup_alternatives(const chem::FieserWorkup& workup);

inline constexpr const char* kWorkupTitle = "LiAlH4 workup (Fieser n-n-3n)";

inline constexpr const char* kFieserCitation =
    "L. F. Fieser, M. Fieser, Reagents for Organic Synthesis, Vol. 1, Wiley, New York (1967), "
    "p. 584 (LiAlH4 entry).";

// "The model" in short; docs/MODELS.md, section "Workup", in full.
inline constexpr const char* kWorkupModelText =
    "The model (docs/MODELS.md, Workup): Fieser's n, n, 3n per gram of LiAlH4. Hydrogen is an upper bound: 4 "
    "H2 per LiAlH4, ideal gas at 25 °C and 1 atm. The least water that destroys the hydride is 2 H2O per "
    "LiAlH4 (LiAlH4 + 2 H2O → LiAlO2 + 4 H2, a balanced equation); the recipe adds about five times that "
    "(its NaOH solution's water included). In the n : n : 3n proportions the aluminium salts come out as a "
    "granular, filterable solid; more water than this tends to give a gelatinous, slow-filtering solid.";

}  // namespace app
