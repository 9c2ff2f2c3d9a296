// The Cyclization tool's inputs and those of its "From my results" fits,
// each declared once (see input_spec.hpp). An input with a chem rule takes
// the rule's field as its key and the rule's words, unit and range, so the
// screen, the links and the CLI say the same thing about it.
#pragma once

#include <string>
#include <string_view>

#include "app/input_spec.hpp"
#include "chem/cyclization.hpp"
#include "chem/cyclization_engine.hpp"
#include "chem/fits.hpp"
#include "chem/ring_presets.hpp"

namespace app::cyclization_input {

// A declaration that mirrors a chem rule: the rule's field is its key, the
// rule's words name it in messages, its unit and range are the rule's.
constexpr InputSpec ruled(const chem::QuantityRule& rule, std::string_view label,
                          std::string_view default_text, std::string_view permalink = {}) {
  return InputSpec{rule.field, label, rule.unit, default_text, permalink}.noun(rule.what).range(
      rule.max_value, rule.allow_zero);
}

// A switch: "1" on, "0" off, in links as on the screen's checkbox.
inline constexpr InputChoice kOffOn[] = {{"0", "off"}, {"1", "on"}};

// --- the tool ------------------------------------------------------------------

// The CLI's --syringe switches to the syringe pump (batch without it).
inline constexpr InputChoice kModes[] = {{"batch", "Batch"}, {"syringe", "Syringe pump"}};
inline constexpr InputSpec kMode = InputSpec{"mode", "Mode", "", "batch", "cyclization.mode"}
                                       .cli("syringe", "a switch: syringe-pump addition; without it, batch")
                                       .one_of(kModes);
// The screen offers the presets (chem::kRingPresets, in that order); the CLI
// any size, for a preset EM or, with --em, the oligomers' ring sizes.
inline constexpr InputChoice kRingSizes[] = {{"3", "3"}, {"5", "5"},   {"6", "6"},
                                             {"7", "7"}, {"10", "10"}, {"12", "12"}};
inline constexpr InputSpec kRingSize =
    InputSpec{"ring_size", "Ring size", "", "7", "cyclization.ring"}
        .cli("ring-size",
             "ring atoms (the oligomers': 2×, 3×, …); in cyclization, a preset's EM instead of --em")
        .range(1000, false)
        .whole()
        .one_of(kRingSizes);
inline constexpr InputSpec kTosyl =
    InputSpec{"tosyl", "N-tosyl (Richman–Atkins) ×10, illustrative", "", "0", "cyclization.tosyl"}
        .cli("tosyl", "a switch: the preset's EM × the N-tosyl factor")
        .one_of(kOffOn);
inline constexpr InputSpec kTosylFactor =
    ruled(chem::kTosylFactorRule, "N-tosyl EM factor", "10")
        .cli("tosyl-factor", "your own, instead of the illustrative 10; implies --tosyl");
inline constexpr InputSpec kGem =
    InputSpec{"gem", "gem-dialkyl (Thorpe–Ingold) ×10, illustrative", "", "0", "cyclization.gem"}
        .cli("gem-dialkyl", "a switch: the preset's EM × the gem-dialkyl factor")
        .one_of(kOffOn);
inline constexpr InputSpec kGemDialkylFactor =
    ruled(chem::kGemDialkylFactorRule, "gem-dialkyl EM factor", "10")
        .cli("gem-dialkyl-factor", "your own, instead of the illustrative 10; implies --gem-dialkyl");
inline constexpr InputSpec kEm =
    ruled(chem::kEmRule, "Effective molarity EM = k_intra / k_inter", "0.05", "cyclization.em")
        .cli("em", "k_intra / k_inter of your substrate; or, in cyclization, a --ring-size preset");
inline constexpr InputSpec kLargeRingEm =
    ruled(chem::kLargeRingEmRule, "EM of strain-free large rings, at 14 ring atoms", "0.01",
          "cyclization.large_ring_em")
        .cli("large-ring-em", "at 14 ring atoms; default 0.01");
// CLI only: --em2, --em3, … (field "em_2", …) set the cyclic oligomers' own EMs.
inline constexpr InputSpec kOligomerEm =
    InputSpec{"oligomer_em", "EM of the cyclic oligomer", "mol/L", ""}
        .range(1e6, false)
        .cli("em2",
             "the cyclic dimer's own EM (--em3, --em4, …: the trimer's, …), instead of the large-ring line");
inline constexpr InputSpec kMaxChain = InputSpec{"max_chain_length", "Longest chain tracked", "", "20"}
                                           .range(100, false)
                                           .whole()
                                           .cli("max-chain", "2 to 100; default 20");
inline constexpr InputSpec kNoChainEnds =
    InputSpec{"chain_ends", "Precursor meets only precursor, oligomers inert", "", "0"}
        .cli("no-chain-ends", "a switch: the closed-form limit")
        .one_of(kOffOn);
// What closes the ring: diamine + dihalide (A2 + B2) or one AB precursor. The
// screen asks it first, two components first; the CLI's --two-component
// switches. A link without the key means one precursor (links made before
// the choice existed); a first visit starts on two components (ui/persistence).
inline constexpr InputChoice kComponentChoices[] = {{"1", "Two components (diamine + dihalide)"},
                                                    {"0", "One precursor (AB)"}};
inline constexpr InputSpec kTwoComponent =
    InputSpec{"two_component", "What closes the ring", "", "0", "cyclization.two_component"}
        .noun("Two components (diamine + dihalide)")
        .cli("two-component", "a switch: diamine + dihalide (A2 + B2) instead of one AB precursor")
        .one_of(kComponentChoices);
inline constexpr InputSpec kDihalideEquiv =
    InputSpec{"dihalide_equiv", "Dihalide per diamine", "equiv", "1", "cyclization.dihalide_equiv"}
        .range(chem::kMaxDihalideEquiv, false)
        .cli("dihalide-equiv", "with --two-component: 0.5 to 2; default 1");
// The CLI's names, in chem::Feed's order (the pre-formed adduct is the one-precursor mode).
inline constexpr InputChoice kFeeds[] = {{"dihalide", "Dihalide into the diamine"},
                                         {"diamine", "Diamine into the dihalide"},
                                         {"both", "Both together"}};
inline constexpr InputSpec kFeed =
    InputSpec{"feed", "What the syringe pump adds", "", "dihalide", "cyclization.feed"}
        .cli("feed",
             "with --two-component: dihalide (into the diamine), diamine (into the dihalide) or both (two "
             "syringes emptied over the same time: equal molar rates at 1:1); implies the syringe pump")
        .one_of(kFeeds);
// Their second wording is the two components' (the diamine's; the dihalide follows at its equivalents).
inline constexpr InputSpec kC0 = ruled(chem::kC0Rule, "Precursor concentration C0", "0.1", "cyclization.c0")
                                     .cli("c0", "batch")
                                     .variant("Diamine concentration C0", "mol/L");
inline constexpr InputSpec kAmountMmol =
    InputSpec{"amount_mmol", "Precursor, all of it", "mmol", "5", "cyclization.amount_mmol"}
        .noun("Amount of precursor")
        .range(1e6, false)
        .variant("Diamine, total amount", "mmol");
inline constexpr InputSpec kFinalVolumeMl = InputSpec{"final_volume_ml", "Volume at the end of the addition",
                                                      "mL", "100", "cyclization.final_volume_ml"}
                                                .noun("Final volume")
                                                .range(1e6, false);
inline constexpr InputSpec kStartVolumeMl =
    InputSpec{"start_volume_ml", "Solvent in the flask before the feed", "mL", "100",
              "cyclization.start_volume_ml"}
        .noun("Starting volume")
        .range(1e6, false);
// CLI only: the screen asks for the amount and the volumes instead.
inline constexpr InputSpec kTotal =
    ruled(chem::kTotalRule, "Total precursor concentration", "")
        .cli("total",
             "syringe pump: all the precursor over the final volume (with --two-component: the diamine)");
inline constexpr InputSpec kStartVolumeFraction =
    ruled(chem::kStartVolumeRule, "Starting volume / final volume", "1")
        .cli("start-volume-fraction",
             "syringe pump: 0.01 to 1; default 1, all the solvent in the flask first");
inline constexpr InputChoice kKEntries[] = {{"rate", "k_intra (1/s)"}, {"half_life", "Half-life (h)"}};
inline constexpr InputSpec kKEntry =
    InputSpec{"k_entry", "Ring closure: enter its rate constant or its half-life", "", "rate",
              "cyclization.k_entry"}
        .one_of(kKEntries);
inline constexpr InputSpec kKIntra =
    ruled(chem::kKIntraRule, "Ring-closure rate constant k_intra", "1e-5", "cyclization.k_intra")
        .cli("k-intra", "optional in batch (then the completion time)");
inline constexpr InputSpec kHalfLife =
    ruled(chem::kHalfLifeRule, "Ring-closure half-life (ln 2 / k_intra)", "19.3", "cyclization.half_life_h")
        .cli("half-life-h", "instead of --k-intra");
inline constexpr InputSpec kAdditionH =
    ruled(chem::kAdditionHoursRule, "Addition time", "8", "cyclization.addition_h")
        .cli("addition-h", "syringe pump");
// The screen asks for %, below 100; the CLI for a fraction (chem::kTargetYieldRule).
inline constexpr InputSpec kTargetYield =
    InputSpec{chem::kTargetYieldRule.field, "Target ring yield", "%", "90", "cyclization.target_yield"}
        .range(100, false)
        .cli("target-yield", "as a fraction, 0..1: the C0 or addition time that gives it")
        .cli_as_fraction();

// --- "From my results" ---------------------------------------------------------

// The batch runs shown (1 to kMaxBatchRuns, fit_inputs.hpp).
inline constexpr InputSpec kFitRuns =
    InputSpec{"fit_runs", "Batch runs shown", "", "2", "cyclization.fit_runs"}.range(6, false).whole();
// One declaration per column of the runs' table: a row's field, widget and
// link key append its number ("fit_c0_2", "cyclization.fit_c0_2"), see row_name.
inline constexpr InputSpec kFitC0 = InputSpec{"fit_c0", "C0", "mol/L", "", "cyclization.fit_c0"}
                                        .noun("Concentration C0")
                                        .range(chem::kMaxConcentrationMolar, false);
inline constexpr InputChoice kMeasures[] = {{"yield", "Yield %"}, {"ratio", "Ring : oligomer"}};
inline constexpr InputSpec kFitMeasure =
    InputSpec{"fit_measure", "Measured as", "", "yield", "cyclization.fit_measure"}.one_of(kMeasures);
// A ring yield in %, or (the variant) the ring : oligomer ratio, "3" or "3:1".
inline constexpr InputSpec kFitValue =
    InputSpec{"fit_value", "Ring yield", "%", "", "cyclization.fit_value"}.range(100, true).variant(
        "Ring : oligomer", "3 or 3:1");
inline constexpr InputSpec kFitError =
    InputSpec{"fit_error", "Measurement error, ± (absolute)", "%", "3", "cyclization.fit_error"}
        .noun("Measurement error")
        .range(50, false);
// One timed syringe-pump run into a fixed volume.
inline constexpr InputSpec kFitPumpTotal =
    InputSpec{"fit_pump_total", "C_total", "mol/L", "", "cyclization.fit_pump_total"}
        .noun("C_total of the run")
        .range(chem::kMaxConcentrationMolar, false);
inline constexpr InputSpec kFitPumpAdditionH =
    InputSpec{"fit_pump_addition_h", "Addition time", "h", "", "cyclization.fit_pump_addition_h"}
        .noun("Addition time of the run")
        .range(chem::kMaxAdditionHours, false);
inline constexpr InputSpec kFitPumpYield =
    InputSpec{"fit_pump_yield", "Ring yield", "%", "", "cyclization.fit_pump_yield"}
        .noun("Ring yield of the run")
        .range(100, true);
// CLI only (fit-em, fit-kintra): the runs as C0:VALUE pairs, the run's yield
// and the error as fractions, named by the chem rules' fields as the CLI does.
inline constexpr InputSpec kPoint = InputSpec{"point", "Batch run: C0 and ring yield", "", ""}.text().cli(
    "point", "C0:YIELD, mol/L : fraction 0–1; once per run");
inline constexpr InputSpec kPointRatio =
    InputSpec{"point_ratio", "Batch run: C0 and ring : oligomer ratio", "", ""}.text().cli(
        "point-ratio", "C0:RATIO; once per run");
inline constexpr InputSpec kRunRingYield =
    ruled(chem::kRingYieldRule, "Ring yield (a fraction 0–1)", "").cli("yield", "of the syringe-pump run");
inline constexpr InputSpec kFitErrorFraction =
    ruled(chem::kFitErrorRule, "Measurement error (absolute, as a fraction)", "0.03")
        .cli("error", "default 0.03, ±3 percentage points");

// Every input, the tool's first, in the order the report lists them.
inline constexpr const InputSpec* kAll[] = {&kTwoComponent,
                                            &kMode,
                                            &kRingSize,
                                            &kTosyl,
                                            &kTosylFactor,
                                            &kGem,
                                            &kGemDialkylFactor,
                                            &kEm,
                                            &kLargeRingEm,
                                            &kOligomerEm,
                                            &kMaxChain,
                                            &kNoChainEnds,
                                            &kDihalideEquiv,
                                            &kFeed,
                                            &kC0,
                                            &kAmountMmol,
                                            &kFinalVolumeMl,
                                            &kStartVolumeMl,
                                            &kTotal,
                                            &kStartVolumeFraction,
                                            &kKEntry,
                                            &kKIntra,
                                            &kHalfLife,
                                            &kAdditionH,
                                            &kTargetYield,
                                            &kFitRuns,
                                            &kFitC0,
                                            &kFitMeasure,
                                            &kFitValue,
                                            &kFitError,
                                            &kFitPumpTotal,
                                            &kFitPumpAdditionH,
                                            &kFitPumpYield,
                                            &kPoint,
                                            &kPointRatio,
                                            &kRunRingYield,
                                            &kFitErrorFraction};
// The columns of the runs' table: their link keys take the row's number.
inline constexpr const InputSpec* kRowInputs[] = {&kFitC0, &kFitMeasure, &kFitValue};

// The options of each CLI command, for its parser and --help (in that
// order: the mode's inputs, then the EM, then the engine's options).
inline constexpr const InputSpec* kCyclizationCommand[] = {&kMode,
                                                           &kC0,
                                                           &kTotal,
                                                           &kKIntra,
                                                           &kHalfLife,
                                                           &kAdditionH,
                                                           &kStartVolumeFraction,
                                                           &kTargetYield,
                                                           &kEm,
                                                           &kRingSize,
                                                           &kTosyl,
                                                           &kTosylFactor,
                                                           &kGem,
                                                           &kGemDialkylFactor,
                                                           &kLargeRingEm,
                                                           &kOligomerEm,
                                                           &kMaxChain,
                                                           &kNoChainEnds,
                                                           &kTwoComponent,
                                                           &kDihalideEquiv,
                                                           &kFeed};
inline constexpr const InputSpec* kFitEmCommand[] = {
    &kPoint, &kPointRatio, &kFitErrorFraction, &kRingSize, &kLargeRingEm, &kTwoComponent, &kDihalideEquiv};
inline constexpr const InputSpec* kFitKIntraCommand[] = {&kTotal,
                                                         &kEm,
                                                         &kAdditionH,
                                                         &kRunRingYield,
                                                         &kFitErrorFraction,
                                                         &kTargetYield,
                                                         &kStartVolumeFraction,
                                                         &kRingSize,
                                                         &kLargeRingEm};

// A row's name: a row input's key or link key with the row's number (from
// 1): "fit_c0_2", "cyclization.fit_c0_2".
inline std::string row_name(std::string_view name, int row) {
  return std::string(name) + "_" + std::to_string(row + 1);
}

}  // namespace app::cyclization_input
