#include "app/alkylation_state.hpp"

#include <utility>

#include "app/format.hpp"
#include "app/input_spec.hpp"
#include "app/report_keys.hpp"

namespace app {
namespace {

// 0.01 equiv apart from 0 to 2 (1 equiv, where bis takes off at small κ, is
// a grid point): smooth at any plot width, and half the work of 401 points
// in every frame of a κ drag.
constexpr int kCurvePoints = 201;

std::string percent(double fraction) { return format_sig(fraction * 100) + " %"; }

std::optional<chem::InputError> compute(const AlkylationInputs& in, const AlkylationView* last_valid,
                                        AlkylationView& view) {
  namespace spec = alkylation_input;
  double n = 0, mmol = 0, alkylation_pct = 0, deprotection_pct = 0;
  if (auto e = read_number(spec::kKappa, in.kappa, view.kappa)) return e;
  // chem::kEquivRule, as the CLI reads it: its messages name no unit, the panel shows "equiv".
  auto equivalents = chem::parse_quantity(in.equivalents.str(), chem::kEquivRule);
  if (!equivalents.ok()) return equivalents.error();
  view.equivalents = equivalents.value();
  if (auto e = read_number(spec::kDiamineEquiv, in.diamine_equiv, n)) return e;
  if (auto e = read_number(spec::kElectrophileMmol, in.electrophile_mmol, mmol)) return e;
  if (auto e = read_number(spec::kAlkylationYield, in.alkylation_yield_pct, alkylation_pct)) return e;
  if (auto e = read_number(spec::kDeprotectionYield, in.deprotection_yield_pct, deprotection_pct)) return e;
  auto distribution = chem::alkylation_distribution(view.equivalents, view.kappa);
  if (!distribution.ok()) return distribution.error();
  view.distribution = distribution.value();
  auto protection = chem::plan_scale(chem::Electrophile::boc2o, mmol, n, view.kappa);
  if (!protection.ok()) return protection.error();
  view.protection = protection.value();
  view.direct = chem::plan_scale(chem::Electrophile::benzyl_bromide, mmol, n, view.kappa).value();
  view.direct_one_to_one = chem::plan_scale(chem::Electrophile::benzyl_bromide, mmol, 1, view.kappa).value();
  // The two curves depend on κ alone: while the equivalents or the excess
  // are dragged, the last frame's curves are still exact.
  if (last_valid && last_valid->valid && last_valid->kappa == view.kappa) {
    view.curve = last_valid->curve;
    view.excess = last_valid->excess;
  } else {
    view.curve = chem::distribution_curve(view.kappa, kCurvePoints).value();
    view.excess = chem::excess_curve(view.kappa, kCurvePoints).value();
  }
  view.alkylation_yield = alkylation_pct / 100;
  view.deprotection_yield = deprotection_pct / 100;
  view.protection_overall =
      view.protection.outcome.mono_yield * view.alkylation_yield * view.deprotection_yield;
  return std::nullopt;
}

}  // namespace

std::string monoboc_workup_text(const chem::ScalePlan& p) {
  return "Workup: " + percent(p.outcome.bis_yield) + " of the Boc2O ends as di-Boc (" +
         format_mass_g(p.bis_g) +
         "). It has no basic N and stays with the product in the organic layer: separate them by an "
         "acid/base "
         "extraction (the mono-Boc amine goes into mild, cold aqueous acid, 5-10 % citric acid or cold "
         "0.5 M HCl with brief contact, so the Boc group survives; di-Boc stays organic; basify and extract "
         "back). The leftover diamine (" +
         percent(p.outcome.diamine_left) + " of the charge, " + format_mass_g(p.diamine_left_g) +
         ") goes mostly into the water washes, but the mono-Boc amine is basic and polar and is partly lost "
         "to "
         "water too: saturate with NaCl and back-extract.";
}

std::string monoboc_weigh_out_text(const chem::ScalePlan& p) {
  return "Weigh out " + format_mass_g(p.diamine_g) + " 1,4-diazepane (" + format_sig(p.diamine_mmol) +
         " mmol) and add " + format_mass_g(p.electrophile_g) + " Boc2O (" +
         format_volume_ml(p.electrophile_ml) + ", " + format_sig(p.electrophile_mmol) + " mmol) slowly.";
}

std::string monoboc_expect_text(const chem::ScalePlan& p) {
  return "Expect " + format_mass_g(p.mono_g) + " 1-Boc-1,4-diazepane and " + format_mass_g(p.bis_g) +
         " di-Boc before isolation losses.";
}

AlkylationView evaluate_alkylation(const AlkylationInputs& in, const AlkylationView* last_valid) {
  AlkylationView view;
  if (auto error = compute(in, last_valid, view)) {
    if (last_valid && last_valid->valid) {
      view = *last_valid;
      view.stale = true;
    } else {
      view = AlkylationView{};
    }
    view.error = error;
    return view;
  }
  view.valid = true;
  return view;
}

std::vector<ReportEntry> alkylation_report(const AlkylationInputs& in, const AlkylationView& view) {
  namespace spec = alkylation_input;
  namespace keys = report_key::alkylation;
  // Named as the messages name them ("Rate ratio κ = k2/k1"; the panel asks "κ").
  std::vector<ReportEntry> entries;
  for (const auto& [input, field] : {std::pair{&spec::kKappa, &in.kappa},
                                     {&spec::kEquiv, &in.equivalents},
                                     {&spec::kDiamineEquiv, &in.diamine_equiv},
                                     {&spec::kElectrophileMmol, &in.electrophile_mmol},
                                     {&spec::kAlkylationYield, &in.alkylation_yield_pct},
                                     {&spec::kDeprotectionYield, &in.deprotection_yield_pct}})
    entries.push_back(noun_entry(input->rule(), *field));
  if (view.error)
    entries.push_back({keys::kError.name, "Input problem", view.error->message, ReportKind::status});
  if (view.stale) {
    entries.push_back({keys::kStale.name, "Results", kStaleText, ReportKind::status});
    // The planner's amounts sit in the other column, away from the headline: marked there too.
    entries.push_back({keys::kPlannerStale.name, "Mono-Boc amounts", kStaleText, ReportKind::status});
  }
  entries.push_back({keys::kSource.name, "Sources", kAlkylationCitations, ReportKind::source});
  if (!view.valid) return entries;
  const auto& p = view.protection;
  entries.insert(
      entries.end(),
      {
          {keys::kUnreacted.name, "Unreacted diamine", percent(view.distribution.unreacted)},
          {keys::kMono.name, "Mono product", percent(view.distribution.mono)},
          {keys::kBis.name, "Bis product", percent(view.distribution.bis)},
          {keys::kMonoYield.name, "Mono per mol Boc2O", percent(p.outcome.mono_yield)},
          {keys::kBisYield.name, "Boc2O ending in bis-Boc", percent(p.outcome.bis_yield)},
          {keys::kMonoToBis.name, "Mono : bis", format_sig(p.outcome.mono_to_bis) + " : 1"},
          {keys::kDiamineLeft.name, "Diamine left over", percent(p.outcome.diamine_left)},
          {keys::kMonobocWorkup.name, "Mono-Boc workup", monoboc_workup_text(p)},
          {keys::kMonoProtonation.name, "Mono-protonation method", kMonoProtonationText},
          {keys::kAcidByproduct.name, "HX from alkyl halides", kAcidByproductText, ReportKind::warning},
          {keys::kKappaNote.name, "What κ means", kKappaText},
          {keys::kBoc2o.name, "Boc2O",
           format_mass_g(p.electrophile_g) + " (" + format_volume_ml(p.electrophile_ml) + ")"},
          {keys::kDiamine.name, "1,4-Diazepane",
           format_mass_g(p.diamine_g) + " (" + format_sig(p.diamine_mmol) + " mmol)"},
          {keys::kMonoBoc.name, "Expected 1-Boc-1,4-diazepane", format_mass_g(p.mono_g)},
          {keys::kPlannerWeighOut.name, "Mono-Boc on this scale", monoboc_weigh_out_text(p),
           ReportKind::step},
          {keys::kPlannerExpect.name, "Mono-Boc expected", monoboc_expect_text(p), ReportKind::step},
          {keys::kProtectionOverall.name, "Protection route, overall per Boc2O",
           percent(view.protection_overall)},
          {keys::kDirectMono.name, "Direct benzylation, mono per BnBr",
           percent(view.direct.outcome.mono_yield)},
          {keys::kDirectMonoToBis.name, "Direct benzylation, mono : bis",
           format_sig(view.direct.outcome.mono_to_bis) + " : 1"},
          {keys::kDirectOneToOne.name, "Direct benzylation 1:1, mono per BnBr",
           percent(view.direct_one_to_one.outcome.mono_yield)},
      });
  if (view.stale) mark_stale(entries);
  return entries;
}

}  // namespace app
