// Inputs of the Cyclization tool (ring closure versus oligomerisation) and
// what the panel shows for them. Every number comes from the cyclization
// engine (chem/cyclization_engine.hpp); the closed forms only appear as its
// labelled limits.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/fit_inputs.hpp"
#include "app/report.hpp"
#include "app/text_field.hpp"
#include "chem/cyclization_engine.hpp"
#include "chem/outcome.hpp"

namespace app {

enum class CyclizationMode { batch, syringe_pump };
// In the order of cyclization_input::kComponentChoices: two components first.
enum class Components { two, one_precursor };
enum class KIntraEntry { rate, half_life };

// Defaults come from the declarations (cyclization_inputs.hpp); the choices
// hold the index of their declared default.
struct CyclizationInputs {
  // A link without the key means one precursor; a first visit sets two (ui/persistence.cpp).
  Components components = Components::one_precursor;
  CyclizationMode mode = CyclizationMode::batch;
  int ring_size = 7;
  bool n_tosyl = false;
  bool gem_dialkyl = false;
  TextField em_molar{cyclization_input::kEm.default_text};
  // Cyclic dimer and up: EM at 14 ring atoms (chem::kLargeRingEmMolar).
  TextField large_ring_em_molar{cyclization_input::kLargeRingEm.default_text};
  TextField c0_molar{cyclization_input::kC0.default_text};                    // batch
  TextField amount_mmol{cyclization_input::kAmountMmol.default_text};         // syringe pump: all precursor
  TextField final_volume_ml{cyclization_input::kFinalVolumeMl.default_text};  // at the end of the addition
  TextField start_volume_ml{cyclization_input::kStartVolumeMl.default_text};  // in the flask before the feed
  KIntraEntry k_entry = KIntraEntry::rate;
  // Syringe pump: sets the clock (chem::kDefaultKIntraPerS); or the same as a half-life, ln 2 / k_intra.
  TextField k_intra_per_s{cyclization_input::kKIntra.default_text};
  TextField half_life_h{cyclization_input::kHalfLife.default_text};
  TextField addition_h{cyclization_input::kAdditionH.default_text};  // syringe pump
  TextField target_yield_pct{cyclization_input::kTargetYield.default_text};
  // Two components: the dihalide's equivalents, and what the pump adds.
  TextField dihalide_equiv{cyclization_input::kDihalideEquiv.default_text};
  chem::Feed feed = chem::Feed::dihalide_into_diamine;
  CyclizationFitInputs fit;  // "From my results"
};

// "Which way to add it": the ways of running a two-component closure, in
// chem::Feed's order with batch first. Each strategy's ring yield at the
// shown conditions, and the shortest addition time on a log grid that reaches
// the target (a scan, not a root finder: one-sided feeds are not monotonic).
enum class Strategy { batch, dihalide_into_diamine, diamine_into_dihalide, both, preformed_ab };
inline constexpr int kStrategyCount = 5;
struct StrategyLabel {
  const char* key;    // the CLI's name in "strategies"
  const char* label;  // on screen and in the mirror
};
inline constexpr StrategyLabel kStrategyLabels[kStrategyCount] = {
    {"batch", "All at once (batch)"},
    {"dihalide_into_diamine", "Dihalide into the diamine"},
    {"diamine_into_dihalide", "Diamine into the dihalide"},
    {"both", "Both together, two syringes"},
    {"preformed_ab", "Pre-formed AB precursor"},
};
enum class TargetTime { unknown, at_once, found, none };
struct StrategyResult {
  std::optional<double> ring_yield;
  TargetTime target = TargetTime::unknown;
  double target_hours = 0;  // when found
};
struct StrategyComparison {
  bool shown = false;    // two components with valid conditions
  bool fed = false;      // an addition time and k_intra are known, so the fed strategies apply
  bool pending = false;  // still being computed over the next frames
  double total_molar = 0, addition_hours = 0, k_intra_per_s = 0, longest_hours = 0, target_yield = 0;
  StrategyResult results[kStrategyCount];
  int winner = -1;  // the highest ring yield among the two-component strategies (not the pre-formed AB)
};

// One plotted curve: ring and everything else against C0 or addition time.
struct YieldCurve {
  std::vector<double> x, ring, oligomer;
};

struct CyclizationView {
  std::optional<chem::InputError> error;
  bool stale = false;
  bool valid = false;  // the numbers below belong to some valid input
  CyclizationMode mode = CyclizationMode::batch;
  double em_molar = 0;
  int ring_size = 7;
  double large_ring_em_molar = 0;  // EM at 14 ring atoms, for the cyclic oligomers
  double target_yield = 0;
  int max_chain_length = chem::kDefaultMaxChainLength;  // N of the shown run
  chem::EngineResult result;                            // the current conditions
  double closed_form_ring_yield = 0;                    // the precursor-only limit, for comparison
  // Batch
  double c0_molar = 0;
  std::optional<double> concentration_for_target;     // mol/L
  std::optional<double> ring_yield_at_rule_of_thumb;  // at kRuleOfThumbMolar, for the guide line
  // Syringe pump
  double amount_mmol = 0, final_volume_ml = 0, start_volume_ml = 0;
  double total_molar = 0;
  double k_intra_per_s = 0;
  double addition_hours = 0;
  double start_volume_fraction = 1;
  double batch_ring_yield = 0;                                // the same material added at once
  std::optional<double> addition_for_target;                  // h; 0 = adding at once already reaches it
  double longest_addition_hours = 0;                          // the longest addition searched for the target
  std::optional<double> ring_yield_k_low, ring_yield_k_high;  // at k_intra x 0.1 and x 10
  bool k_variants_pending = false;  // two components: computed once the slider rests
  std::vector<double> course_h, course_precursor, course_ring, course_oligomer;  // mol/L
  YieldCurve curve;
  bool curve_pending = false;  // the curve is still being computed over the next frames
  double current_x = 0;
  // Two components (A2 + B2)
  bool two_component = false;
  double dihalide_equiv = 1;
  chem::Feed feed = chem::Feed::dihalide_into_diamine;
  std::vector<double> course_dihalide, course_adduct;  // mol/L, syringe pump
  StrategyComparison comparison;
  double ring_yield() const { return result.ring_yield; }
  // The curve or the comparison is still being computed over the next frames.
  bool work_pending() const { return curve_pending || comparison.pending || k_variants_pending; }
};

// The engine costs ~0.1-1 ms a run: keep what a slider drag does not change.
// Keys are the inputs each piece depends on.
struct CyclizationCache {
  std::vector<double> point_key, at_once_key, curve_key, target_key, k_key, building_key;
  chem::EngineResult point, at_once;
  YieldCurve curve, building;  // the last finished curve; the one being computed
  std::optional<double> target;
  std::optional<double> k_low, k_high;
  std::vector<double> rule_key;
  std::optional<double> rule_yield;
  // "Which way to add it", built a few runs per frame: the conditions it is
  // for, the results so far, and each fed strategy's scan of addition times.
  std::vector<double> comparison_key;
  StrategyComparison comparison;
  int scan_index[kStrategyCount] = {};
  double bracket_lo[kStrategyCount] = {}, bracket_hi[kStrategyCount] = {};
  int bisections[kStrategyCount] = {};
};

// The "below 0.05 M" rule of thumb for ring closures, checked against the model on screen.
inline constexpr double kRuleOfThumbMolar = 0.05;

// "Which way to add it" remembers its last few finished comparisons, so the
// same conditions come back at once; this forgets them (tests of the spreading).
void forget_finished_comparisons();

// The preset EM for the chosen ring size and substituents, as text for the EM field.
std::string preset_em_text(const CyclizationInputs& inputs);

// Switches k_intra between rate and half-life entry, carrying the value over.
void set_k_intra_entry(CyclizationInputs& inputs, KIntraEntry entry);

// `curve_runs` > 0 limits the engine runs spent on a new curve in this call
// (the panel passes a few per frame and asks for more frames while
// view.curve_pending); 0 computes it all at once; kCyclizationCurveDeferred none.
CyclizationView evaluate_cyclization(const CyclizationInputs& inputs, const CyclizationView* last_valid,
                                     CyclizationCache& cache, int curve_runs = 0);
inline constexpr int kCyclizationCurveRunsPerFrame = 2;
// `curve_runs` for a slider in motion: its conditions change with the next
// event, so no run is spent on a curve it would discard (the last finished
// curve stays, marked pending, until the slider rests or is let go).
inline constexpr int kCyclizationCurveDeferred = -1;

std::vector<ReportEntry> cyclization_report(const CyclizationInputs& inputs, const CyclizationView& view);

// When the split of the flask is shown: the completion time (99 % of the
// precursor reacted, feed over), in hours, or in ring-closure half-lives in batch.
std::string completion_text(const CyclizationView& view);
// The bench procedure for the shown conditions: dilution in batch; solvent,
// syringe load, feed rate and stirring time with the syringe pump.
std::vector<ProtocolStep> cyclization_plan(const CyclizationView& view);

// What the pathway diagram and the yield plot's marker say, for the screen and the mirror.
std::string cyclization_pathway_text(const CyclizationView& view);
std::string cyclization_marker_label(const CyclizationView& view);
// One sentence on why the best two-component strategy wins, in chemical terms.
std::string strategy_winner_text(const StrategyComparison& comparison);
// A strategy's addition time for the target, as the screen and mirror say it.
std::string strategy_target_text(const StrategyComparison& comparison, int strategy);
// What the two-component numbers cover, on screen and in the mirror (docs/MODELS.md says the same).
inline constexpr const char* kTwoComponentScopeText =
    "Each N alkylates once: exact for N,N'-disulfonyl diamines (Cs2CO3 in DMF, or the isolated disodium "
    "salt as in Richman–Atkins), the clean case. Free ethylenediamine's secondary amines alkylate again and "
    "its chains branch, which the model does not count: for the free diamine these ring yields are an upper "
    "bound, and perhaps a loose one.";
// "The model" for two components, on screen (docs/MODELS.md has the equations and the independent check).
inline constexpr const char* kTwoComponentModelText =
    "One kinetic model for every number here, in its two-component mode: the diamine's amine ends (A) react "
    "with the dihalide's halide ends (B) of any other molecule at one k_inter = k_intra/EM. Diamine and "
    "dihalide first make the open 1:1 adduct; only a chain with one end of each kind can close, the adduct "
    "to "
    "the wanted ring with k_intra, longer chains to larger rings with EMs on the Jacobson–Stockmayer line. A "
    "syringe pump feeds one or both components at constant molar rates. The ring yield is per mol of "
    "diamine, "
    "counted once the monomers are below 1e-4 of the diamine charged. Assumptions: irreversible steps, ends "
    "of "
    "equal reactivity, perfect mixing, one temperature. Equations, parameters and the independent check: "
    "docs/MODELS.md, \"Cyclization\", two-component mode.";
inline constexpr const char* kLongChainsLabel = "Longer chains (linear or large rings, not resolved)";

inline constexpr const char* kCyclizationCitations =
    "G. Illuminati, L. Mandolini, Acc. Chem. Res. 1981, 14, 95; L. Mandolini, Adv. Phys. Org. Chem. 1986, "
    "22, 1; C. Galli, L. Mandolini, Eur. J. Org. Chem. 2000, 3117; H. Jacobson, W. H. Stockmayer, J. Chem. "
    "Phys. 1950, 18, 1600; the Ruggli–Ziegler dilution principle (P. Ruggli, Liebigs Ann. 1912, 392, 92; "
    "K. Ziegler et al., Liebigs Ann. 1933, 504, 94). Equations and tests: docs/MODELS.md, \"Cyclization\".";

}  // namespace app
