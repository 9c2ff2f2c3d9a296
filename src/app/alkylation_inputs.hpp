// The Alkylation tool's inputs, each declared once (see input_spec.hpp):
// the distribution, the mono-Boc planner, the protection route and "From my
// results" (the κ fit).
//
// κ and the diamine excess have their rules in chem (the CLI reads by them):
// each declaration's key is the rule's field, and its noun, unit and range
// are the rule's, so the panel's messages are the model's (a test checks).
// The equivalents' rule (chem::kEquivRule) has no unit while the panel shows
// "equiv": that one is read by the chem rule itself.
#pragma once

#include "app/input_spec.hpp"
#include "chem/competitive_alkylation.hpp"
#include "chem/excess_diamine.hpp"

namespace app::alkylation_input {

inline constexpr InputSpec kKappa = InputSpec{"kappa", "κ", "", "0.5", "alkylation.kappa"}
                                        .cli("kappa", "default: 0.5, two equal independent sites")
                                        .noun("Rate ratio κ = k2/k1")
                                        .range(chem::kMaxKappa, false);
inline constexpr InputSpec kEquiv =
    InputSpec{"equiv", "Electrophile per diamine", "equiv", "1.0", "alkylation.equiv"}
        .cli("equiv", "0..2 per diamine")
        .noun("Equivalents of electrophile")
        .range(2, true);
inline constexpr InputSpec kDiamineEquiv =
    InputSpec{"diamine_equiv", "1,4-Diazepane per Boc2O", "equiv", "4", "alkylation.diamine_equiv"}
        .cli("diamine-equiv")
        .noun("Diamine excess")
        .range(1000, false);
// The planner's scale. The CLI's monoboc names it by its Boc2O (kBocMmol).
inline constexpr InputSpec kElectrophileMmol = InputSpec{"electrophile_mmol", "Boc2O (or BnBr) on this scale",
                                                         "mmol", "10", "alkylation.electrophile_mmol"}
                                                   .noun("Amount of electrophile")
                                                   .range(1e6, false);
// The CLI's monoboc scale: Boc2O alone, its own field (boc_mmol) and words;
// the range is the planner's. Not on the page, so not in links or kAll.
inline constexpr InputSpec kBocMmol = InputSpec{"boc_mmol", "Boc2O amount", "mmol", ""}
                                          .cli("boc-mmol", "adds the amounts to weigh out")
                                          .range(kElectrophileMmol.max_value, kElectrophileMmol.allow_zero);
inline constexpr InputSpec kAlkylationYield =
    InputSpec{"alkylation_yield", "Yield of alkylating the free NH", "%", "90", "alkylation.alkylation_yield"}
        .noun("Alkylation yield")
        .range(100, false);
inline constexpr InputSpec kDeprotectionYield =
    InputSpec{"deprotection_yield", "Yield of the Boc removal", "%", "95", "alkylation.deprotection_yield"}
        .noun("Deprotection yield")
        .range(100, false);

// "From my results": one measured composition. The keys are the fit's own
// ("fit_sm"; the report writes "input.fit.sm"); the CLI's fit-kappa reads
// its own rules (chem/fits.hpp: fractions, not %).
inline constexpr InputSpec kFitEquiv =
    InputSpec{"fit_equiv", "Electrophile charged per diamine", "equiv", "1.0", "alkylation.fit_equiv"}
        .cli("equiv")
        .noun("Equivalents of electrophile charged")
        .range(10, false);
// The order of CompositionUnit.
inline constexpr InputChoice kCompositionUnits[] = {{"mol_pct", "mol %"}, {"areas", "LC areas"}};
inline constexpr InputSpec kFitUnit =
    InputSpec{"fit_unit", "SM, mono and bis as", "", "mol_pct", "alkylation.fit_unit"}.one_of(
        kCompositionUnits);
// SM, mono and bis in mol % (up to 100), or as LC areas (the variant: no
// unit, any size; see composition_rule). The CLI takes areas or fractions.
inline constexpr InputSpec kFitSm = InputSpec{"fit_sm", "SM", "%", "", "alkylation.fit_sm"}
                                        .cli("sm", "an LC area or a fraction; the three are normalised")
                                        .cli_as_fraction()
                                        .range(100, true)
                                        .variant("SM area", "");
inline constexpr InputSpec kFitMono = InputSpec{"fit_mono", "Mono", "%", "", "alkylation.fit_mono"}
                                          .cli("mono", "an LC area or a fraction")
                                          .cli_as_fraction()
                                          .range(100, true)
                                          .variant("Mono area", "");
inline constexpr InputSpec kFitBis = InputSpec{"fit_bis", "Bis", "%", "", "alkylation.fit_bis"}
                                         .cli("bis", "an LC area or a fraction")
                                         .cli_as_fraction()
                                         .range(100, true)
                                         .variant("Bis area", "");
// Response factors: LC areas only.
inline constexpr InputSpec kFitRfSm =
    InputSpec{"fit_rf_sm", "SM resp. factor", "", "1", "alkylation.fit_rf_sm"}
        .cli("rf-sm", "divides the SM area (default 1)")
        .noun("SM response factor")
        .range(1e6, false);
inline constexpr InputSpec kFitRfMono =
    InputSpec{"fit_rf_mono", "Mono resp. factor", "", "1", "alkylation.fit_rf_mono"}
        .cli("rf-mono", "divides the mono area (default 1)")
        .noun("Mono response factor")
        .range(1e6, false);
inline constexpr InputSpec kFitRfBis =
    InputSpec{"fit_rf_bis", "Bis resp. factor", "", "1", "alkylation.fit_rf_bis"}
        .cli("rf-bis", "divides the bis area (default 1)")
        .noun("Bis response factor")
        .range(1e6, false);
// ± percentage points on screen (default: chem::kDefaultFitErrorAbs as %);
// the CLI takes a fraction.
inline constexpr InputSpec kFitError =
    InputSpec{"fit_error", "Measurement error, ± (absolute)", "%", "3", "alkylation.fit_error"}
        .cli("error", "absolute, as a fraction (default 0.03)")
        .cli_as_fraction()
        .noun("Measurement error")
        .range(50, false);

// SM, mono or bis by the unit chosen: mol % (0–100) or an LC area (no unit,
// any size). What the panel, the parser and the report use for them.
inline chem::QuantityRule composition_rule(const InputSpec& spec, bool areas) {
  return {spec.key, spec.label_for(areas), areas ? std::string_view() : spec.unit,
          areas ? kAnyNumber : spec.max_value, spec.allow_zero};
}

// Every input of the tool, in the order the panel and the report show them.
inline constexpr const InputSpec* kAll[] = {
    &kKappa,     &kEquiv,    &kDiamineEquiv, &kElectrophileMmol, &kAlkylationYield, &kDeprotectionYield,
    &kFitEquiv,  &kFitUnit,  &kFitSm,        &kFitMono,          &kFitBis,          &kFitRfSm,
    &kFitRfMono, &kFitRfBis, &kFitError};

// What each CLI command takes, in the order its --help lists them (three
// commands share this tool's inputs; a flag is unique within a command).
inline constexpr const InputSpec* kAlkylationCli[] = {&kEquiv, &kKappa};
inline constexpr const InputSpec* kMonobocCli[] = {&kDiamineEquiv, &kKappa, &kBocMmol};
inline constexpr const InputSpec* kFitKappaCli[] = {&kFitEquiv, &kFitSm,     &kFitMono,  &kFitBis,
                                                    &kFitRfSm,  &kFitRfMono, &kFitRfBis, &kFitError};

}  // namespace app::alkylation_input
