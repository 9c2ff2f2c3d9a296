// The machine names of the report entries (app/report.hpp), once: the report
// builders push entries under these constants and the panels draw them by
// the same constants (ui::DrawnReport takes a ReportKey, not a string), so a
// key spelled differently on one side no longer compiles. The strings are
// published: the page's mirror, the browser tests and the CLI's
// `report --lines` read them, so none may change.
//
// Input entries are named by their declarations ("input.<key>",
// app::input_entry); the constants here are for everything else.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace app {

// One entry's key.
struct ReportKey {
  const char* name;
  constexpr explicit ReportKey(const char* name_) : name(name_) {}
};

// A family of keys that share a beginning, the rest being data: the route's
// "caution.<id>", the guide's "card.<id>".
struct ReportKeyPrefix {
  const char* name;
  constexpr explicit ReportKeyPrefix(const char* name_) : name(name_) {}
  std::string key(std::string_view rest) const { return name + std::string(rest); }
};

// A family of keys numbered from 1: "step1", "step2_hazard", "azide_hazard3".
struct NumberedReportKeys {
  const char* stem;
  const char* suffix;
  constexpr explicit NumberedReportKeys(const char* stem_, const char* suffix_ = "")
      : stem(stem_), suffix(suffix_) {}
  std::string key(size_t number) const { return stem + std::to_string(number) + suffix; }
};

// The keys of one "From my results" fit: its value and the lines around it
// (fit_report.cpp builds them, ui/fit_widgets.cpp draws them).
struct FitReportKeys {
  ReportKey value;    // "fit.em": the fitted value
  ReportKey range;    // the values that reproduce the data
  ReportKey verdict;  // what the data say, at its level
  ReportKey message;  // the model's note, only when the fit is not clean
  ReportKey use;      // whether "Use fitted …" can write it into the tool
  ReportKey blocked;  // why there is no fit: a tool field
  ReportKey problem;  // why there is no fit: the model
  ReportKey stale;    // the fit is for the last readable input
  ReportKey held;     // refitting when a drag ends
};

namespace report_key {

// Keys several tools' reports have.
inline constexpr ReportKey kError{"error"};    // the input problem (a status)
inline constexpr ReportKey kStale{"stale"};    // the results are for the last valid input
inline constexpr ReportKey kSource{"source"};  // the tool's citations
// The procedure's steps, in order (Workup, Cyclization, Route).
inline constexpr NumberedReportKeys kSteps{"step"};

namespace workup {
using report_key::kError;
using report_key::kSource;
using report_key::kStale;
using report_key::kSteps;
inline constexpr ReportKey kMode{"mode"};  // the input mode in words (an input entry)
inline constexpr ReportKey kConversion{"conversion"};
inline constexpr ReportKey kLahG{"lah_g"};
inline constexpr ReportKey kLahMmol{"lah_mmol"};
inline constexpr ReportKey kWaterFirstMl{"water_first_ml"};
inline constexpr ReportKey kNaoh15pctMl{"naoh_15pct_ml"};
inline constexpr ReportKey kWaterLastMl{"water_last_ml"};
inline constexpr ReportKey kH2MolMax{"h2_mol_max"};
inline constexpr ReportKey kH2L25cMax{"h2_l_25c_max"};
inline constexpr ReportKey kWaterStoichiometricMl{"water_stoichiometric_ml"};
inline constexpr ReportKey kFieserWaterMl{"fieser_water_ml"};
inline constexpr ReportKey kChecklistStale{"checklist_stale"};
inline constexpr ReportKey kProtocolStale{"protocol_stale"};
inline constexpr NumberedReportKeys kWarnings{"warning"};
inline constexpr NumberedReportKeys kAlternatives{"alternative"};
// Every constant above and the shared ones the report has (the test holds them distinct).
inline constexpr ReportKey kAll[] = {kError,
                                     kStale,
                                     kSource,
                                     kMode,
                                     kConversion,
                                     kLahG,
                                     kLahMmol,
                                     kWaterFirstMl,
                                     kNaoh15pctMl,
                                     kWaterLastMl,
                                     kH2MolMax,
                                     kH2L25cMax,
                                     kWaterStoichiometricMl,
                                     kFieserWaterMl,
                                     kChecklistStale,
                                     kProtocolStale};
}  // namespace workup

namespace alkylation {
using report_key::kError;
using report_key::kSource;
using report_key::kStale;
inline constexpr ReportKey kPlannerStale{"planner_stale"};
inline constexpr ReportKey kUnreacted{"unreacted"};
inline constexpr ReportKey kMono{"mono"};
inline constexpr ReportKey kBis{"bis"};
inline constexpr ReportKey kMonoYield{"mono_yield"};
inline constexpr ReportKey kBisYield{"bis_yield"};
inline constexpr ReportKey kMonoToBis{"mono_to_bis"};
inline constexpr ReportKey kDiamineLeft{"diamine_left"};
inline constexpr ReportKey kMonobocWorkup{"monoboc_workup"};
inline constexpr ReportKey kMonoProtonation{"mono_protonation"};
inline constexpr ReportKey kAcidByproduct{"acid_byproduct"};
inline constexpr ReportKey kKappaNote{"kappa_note"};
inline constexpr ReportKey kBoc2o{"boc2o"};
inline constexpr ReportKey kDiamine{"diamine"};
inline constexpr ReportKey kMonoBoc{"mono_boc"};
inline constexpr ReportKey kPlannerWeighOut{"planner_weigh_out"};
inline constexpr ReportKey kPlannerExpect{"planner_expect"};
inline constexpr ReportKey kProtectionOverall{"protection_overall"};
inline constexpr ReportKey kDirectMono{"direct_mono"};
inline constexpr ReportKey kDirectMonoToBis{"direct_mono_to_bis"};
inline constexpr ReportKey kDirectOneToOne{"direct_one_to_one"};
inline constexpr ReportKey kAll[] = {kError,
                                     kStale,
                                     kSource,
                                     kPlannerStale,
                                     kUnreacted,
                                     kMono,
                                     kBis,
                                     kMonoYield,
                                     kBisYield,
                                     kMonoToBis,
                                     kDiamineLeft,
                                     kMonobocWorkup,
                                     kMonoProtonation,
                                     kAcidByproduct,
                                     kKappaNote,
                                     kBoc2o,
                                     kDiamine,
                                     kMonoBoc,
                                     kPlannerWeighOut,
                                     kPlannerExpect,
                                     kProtectionOverall,
                                     kDirectMono,
                                     kDirectMonoToBis,
                                     kDirectOneToOne};
}  // namespace alkylation

namespace cyclization {
using report_key::kError;
using report_key::kSource;
using report_key::kStale;
using report_key::kSteps;
inline constexpr ReportKey kRingYield{"ring_yield"};
inline constexpr ReportKey kPathway{"pathway"};
inline constexpr ReportKey kPathwayStale{"pathway_stale"};
inline constexpr ReportKey kYieldPlotMarker{"yield_plot_marker"};
inline constexpr ReportKey kYieldPlotStale{"yield_plot_stale"};
inline constexpr ReportKey kOligomerYield{"oligomer_yield"};
inline constexpr ReportKey kCompositionTime{"composition_time"};
inline constexpr ReportKey kRingAtCompletion{"ring_at_completion"};
inline constexpr ReportKey kCyclicOligomers{"cyclic_oligomers"};
inline constexpr ReportKey kLinearOligomers{"linear_oligomers"};
inline constexpr ReportKey kLongChains{"long_chains"};
inline constexpr ReportKey kPrecursorLeft{"precursor_left"};
inline constexpr ReportKey kDimerEm{"dimer_em"};
inline constexpr ReportKey kClosedFormRingYield{"closed_form_ring_yield"};
// Batch only.
inline constexpr ReportKey kC0OverEm{"c0_over_em"};
inline constexpr ReportKey kSolventMlPerMmol{"solvent_ml_per_mmol"};
inline constexpr ReportKey kConcentrationForTarget{"concentration_for_target"};
inline constexpr ReportKey kRuleOfThumb{"rule_of_thumb"};
// Syringe pump only.
inline constexpr ReportKey kTotalMolar{"total_molar"};
inline constexpr ReportKey kKIntraHalfLife{"k_intra_half_life"};
inline constexpr ReportKey kSteadyStateMolar{"steady_state_molar"};
inline constexpr ReportKey kSteadyStateYield{"steady_state_yield"};
inline constexpr ReportKey kSteadyState{"steady_state"};
inline constexpr ReportKey kPeakPrecursor{"peak_precursor"};
inline constexpr ReportKey kEndOfFeedPrecursor{"end_of_feed_precursor"};
inline constexpr ReportKey kBatchRingYield{"batch_ring_yield"};
inline constexpr ReportKey kRingYieldKLow{"ring_yield_k_low"};
inline constexpr ReportKey kRingYieldKHigh{"ring_yield_k_high"};
inline constexpr ReportKey kCompletionH{"completion_h"};
inline constexpr ReportKey kRecommendedAdditionH{"recommended_addition_h"};
// Two components only: what closes the ring, the scope, "Which way to add it".
inline constexpr ReportKey kTwoComponentScope{"two_component_scope"};
inline constexpr ReportKey kStrategyConditions{"strategy_conditions"};
inline constexpr ReportKey kStrategyWinner{"strategy_winner"};
inline constexpr ReportKey kStrategyPending{"strategy_pending"};
// "strategy.batch", "strategy.dihalide_into_diamine", … (app::kStrategyLabels' keys).
inline constexpr ReportKeyPrefix kStrategies{"strategy."};
inline constexpr ReportKey kAll[] = {kError,
                                     kStale,
                                     kSource,
                                     kRingYield,
                                     kPathway,
                                     kPathwayStale,
                                     kYieldPlotMarker,
                                     kYieldPlotStale,
                                     kOligomerYield,
                                     kCompositionTime,
                                     kRingAtCompletion,
                                     kCyclicOligomers,
                                     kLinearOligomers,
                                     kLongChains,
                                     kPrecursorLeft,
                                     kDimerEm,
                                     kClosedFormRingYield,
                                     kC0OverEm,
                                     kSolventMlPerMmol,
                                     kConcentrationForTarget,
                                     kRuleOfThumb,
                                     kTotalMolar,
                                     kKIntraHalfLife,
                                     kSteadyStateMolar,
                                     kSteadyStateYield,
                                     kSteadyState,
                                     kPeakPrecursor,
                                     kEndOfFeedPrecursor,
                                     kBatchRingYield,
                                     kRingYieldKLow,
                                     kRingYieldKHigh,
                                     kCompletionH,
                                     kRecommendedAdditionH,
                                     kTwoComponentScope,
                                     kStrategyConditions,
                                     kStrategyWinner,
                                     kStrategyPending};
}  // namespace cyclization

namespace route {
using report_key::kError;
using report_key::kSource;
using report_key::kStale;
using report_key::kSteps;
inline constexpr ReportKey kCalculator{"calculator"};
inline constexpr ReportKey kCalculatorError{"calculator_error"};
inline constexpr ReportKey kKetone{"ketone"};
inline constexpr ReportKey kAzide{"azide"};
inline constexpr ReportKey kAcid{"acid"};
inline constexpr ReportKey kPortions{"portions"};
inline constexpr ReportKey kMinPortions{"min_portions"};
inline constexpr ReportKey kPortionTimes{"portion_times"};
inline constexpr ReportKey kPortionWait{"portion_wait"};
inline constexpr ReportKey kTfohFree{"tfoh_free"};
inline constexpr ReportKey kTetrazoleWarning{"tetrazole_warning"};
inline constexpr ReportKey kScaleWarning{"scale_warning"};
inline constexpr ReportKey kLactam{"lactam"};
inline constexpr ReportKey kLah{"lah"};
inline constexpr ReportKey kWorkup{"workup"};
inline constexpr ReportKey kAmine{"amine"};
// A published procedure loaded as a preset: what it is, and the verdict on
// each of its conditions, "preset.<condition>" (app/route_preset.hpp).
inline constexpr ReportKey kPreset{"preset"};
inline constexpr ReportKeyPrefix kPresetConditions{"preset."};
// The model's cautions, by their own ids: "caution.<id>".
inline constexpr ReportKeyPrefix kCautions{"caution."};
inline constexpr NumberedReportKeys kAzideHazards{"azide_hazard"};
inline constexpr ReportKeyPrefix kAzideHazardPrefix{"azide_hazard"};
// Each step's hazard and source, beside the step ("step2_hazard").
inline constexpr NumberedReportKeys kStepHazards{"step", "_hazard"};
inline constexpr NumberedReportKeys kStepSources{"step", "_source"};
inline constexpr ReportKey kAll[] = {
    kError,        kStale,    kSource,      kCalculator,   kCalculatorError, kKetone,   kAzide,
    kAcid,         kPortions, kMinPortions, kPortionTimes, kPortionWait,     kTfohFree, kTetrazoleWarning,
    kScaleWarning, kLactam,   kLah,         kWorkup,       kAmine,           kPreset};
}  // namespace route

namespace guide {
inline constexpr ReportKey kSearch{"input.search"};  // the search field, as typed
inline constexpr ReportKey kCardsShown{"cards_shown"};
// One per card shown, by the card's id: "card.<id>".
inline constexpr ReportKeyPrefix kCards{"card."};
inline constexpr ReportKey kAll[] = {kSearch, kCardsShown};
}  // namespace guide

// The "From my results" fits: κ under the Alkylation tool, EM and k_intra
// under the Cyclization tool.
namespace fit {
inline constexpr ReportKey kSection{"fit.section"};  // the section open or closed (mirrored by the panel)
inline constexpr ReportKey kError{"fit.error"};      // the first field problem
// Each field problem, by its field: "fit.error.<field>".
inline constexpr ReportKeyPrefix kFieldErrors{"fit.error."};

inline constexpr FitReportKeys kEm{
    ReportKey{"fit.em"},         ReportKey{"fit.em_range"}, ReportKey{"fit.em_verdict"},
    ReportKey{"fit.em_message"}, ReportKey{"fit.em_use"},   ReportKey{"fit.em_blocked"},
    ReportKey{"fit.em_problem"}, ReportKey{"fit.em_stale"}, ReportKey{"fit.em_held"}};
inline constexpr ReportKey kEmHint{"fit.em_hint"};
inline constexpr NumberedReportKeys kRuns{"fit.run_"};  // each batch run's residual, by its row
inline constexpr ReportKey kEmResidual{"fit.em_residual"};
inline constexpr ReportKey kEmOneRun{"fit.em_one_run"};
inline constexpr ReportKey kEmExtrapolation{"fit.em_extrapolation"};

inline constexpr FitReportKeys kKIntra{
    ReportKey{"fit.k_intra"},         ReportKey{"fit.k_intra_range"}, ReportKey{"fit.k_intra_verdict"},
    ReportKey{"fit.k_intra_message"}, ReportKey{"fit.k_intra_use"},   ReportKey{"fit.k_intra_blocked"},
    ReportKey{"fit.k_intra_problem"}, ReportKey{"fit.k_intra_stale"}, ReportKey{"fit.k_intra_held"}};
inline constexpr ReportKey kKIntraEm{"fit.k_intra_em"};
inline constexpr ReportKey kHalfLifeH{"fit.half_life_h"};
inline constexpr ReportKey kHalfLifeRangeH{"fit.half_life_range_h"};
inline constexpr ReportKey kBatchRingYield{"fit.batch_ring_yield"};
inline constexpr ReportKey kAdditionH{"fit.addition_h"};
inline constexpr ReportKey kAdditionNote{"fit.addition_note"};
inline constexpr ReportKey kAdditionRangeH{"fit.addition_range_h"};
inline constexpr ReportKey kAdditionExtrapolation{"fit.addition_extrapolation"};
inline constexpr ReportKey kKIntraExtrapolation{"fit.k_intra_extrapolation"};

inline constexpr FitReportKeys kKappa{
    ReportKey{"fit.kappa"},         ReportKey{"fit.kappa_range"}, ReportKey{"fit.kappa_verdict"},
    ReportKey{"fit.kappa_message"}, ReportKey{"fit.kappa_use"},   ReportKey{"fit.kappa_blocked"},
    ReportKey{"fit.kappa_problem"}, ReportKey{"fit.kappa_stale"}, ReportKey{"fit.kappa_held"}};
inline constexpr ReportKey kKappaHint{"fit.kappa_hint"};
inline constexpr ReportKey kUnitInput{"input.fit.unit"};  // the composition's unit in words (an input entry)
inline constexpr ReportKey kComposition{"fit.composition"};
inline constexpr ReportKey kNormalised{"fit.normalised"};
inline constexpr ReportKey kConsumedEquiv{"fit.consumed_equiv"};
inline constexpr ReportKey kConversion{"fit.conversion"};
inline constexpr ReportKey kElectrophileBalance{"fit.electrophile_balance"};
inline constexpr ReportKey kAll[] = {kSection,
                                     kError,
                                     kEmHint,
                                     kEmResidual,
                                     kEmOneRun,
                                     kEmExtrapolation,
                                     kKIntraEm,
                                     kHalfLifeH,
                                     kHalfLifeRangeH,
                                     kBatchRingYield,
                                     kAdditionH,
                                     kAdditionNote,
                                     kAdditionRangeH,
                                     kAdditionExtrapolation,
                                     kKIntraExtrapolation,
                                     kKappaHint,
                                     kUnitInput,
                                     kComposition,
                                     kNormalised,
                                     kConsumedEquiv,
                                     kConversion,
                                     kElectrophileBalance};
inline constexpr const FitReportKeys* kFits[] = {&kEm, &kKIntra, &kKappa};
}  // namespace fit

// What the app's own bar mirrors (the page's "app" section, ui/app_ui.cpp).
namespace app_bar {
inline constexpr ReportKey kCopied{"copied"};
inline constexpr ReportKey kUiScale{"ui_scale"};
inline constexpr ReportKey kKeypad{"keypad"};
inline constexpr ReportKey kNotice{"notice"};
inline constexpr ReportKey kLinkChange{"link_change"};
inline constexpr ReportKey kAll[] = {kCopied, kUiScale, kKeypad, kNotice, kLinkChange};
}  // namespace app_bar

// A plot's readout, mirrored under its tool: "<plot id>.readout".
inline std::string plot_readout_key(std::string_view plot_id) { return std::string(plot_id) + ".readout"; }

}  // namespace report_key
}  // namespace app
