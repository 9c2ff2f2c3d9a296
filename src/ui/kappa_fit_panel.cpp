// The Alkylation tool's "From my results": κ from one measured SM / mono / bis
// composition. Numbers and words come from app/fit_state.
#include "app/format.hpp"
#include "imgui.h"
#include "ui/fit_panels.hpp"
#include "ui/fit_widgets.hpp"
#include "ui/report_widgets.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace ui {
namespace {

void draw_composition(app::AlkylationFitInputs& f, const app::KappaFitView& view, UiContext& ctx) {
  namespace spec = app::alkylation_input;
  number_field(ctx, spec::kFitEquiv, f.equivalents, view.errors.at(std::string(spec::kFitEquiv.key)), 110);
  // Declarations are string literals: their views end in NUL.
  ImGui::TextUnformatted(spec::kFitUnit.label.data());
  int unit = static_cast<int>(f.unit);
  if (segmented(ctx, "alkylation.fit_unit", spec::kFitUnit, unit))
    f.unit = static_cast<app::CompositionUnit>(unit);
  const bool areas = f.unit == app::CompositionUnit::areas;
  bool first = true;
  // In mol % or as areas (no unit): spec::composition_rule.
  for (const auto& [input, field] :
       {std::pair{&spec::kFitSm, &f.sm}, {&spec::kFitMono, &f.mono}, {&spec::kFitBis, &f.bis}}) {
    const chem::QuantityRule rule = spec::composition_rule(*input, areas);
    row_field(ctx, std::string(rule.field), std::string(rule.what), *field, std::string(rule.unit).c_str(),
              view.errors, 90, first);
    first = false;
  }
  row_errors(
      ctx, view.errors,
      {std::string(spec::kFitSm.key), std::string(spec::kFitMono.key), std::string(spec::kFitBis.key)});
  if (!areas) return;
  row_field(ctx, spec::kFitRfSm, f.rf_sm, view.errors, 90, true);
  row_field(ctx, spec::kFitRfMono, f.rf_mono, view.errors, 90, false);
  row_field(ctx, spec::kFitRfBis, f.rf_bis, view.errors, 90, false);
  row_errors(
      ctx, view.errors,
      {std::string(spec::kFitRfSm.key), std::string(spec::kFitRfMono.key), std::string(spec::kFitRfBis.key)});
  muted_text(
      "Response factor: the detector's response per mole, relative (areas are divided by it). Left at 1, "
      "the fit assumes equal response, which UV detection rarely gives when the electrophile carries a "
      "chromophore (benzyl; Boc does not).");
}

void draw_kappa_result(app::AlkylationInputs& in, const app::AlkylationScreen& screen, UiContext& ctx) {
  DrawnReport rv(screen.fit_report, ctx);
  namespace keys = app::report_key::fit;
  fit_status(rv, keys::kKappa);
  rv.status(keys::kKappaHint);
  const app::KappaFitView& view = screen.fit;
  if (!view.fit) return;
  rv.big(keys::kKappa.value);
  rv.line(keys::kKappa.range);
  verdict_line(rv, keys::kKappa);
  rv.line(keys::kComposition);
  rv.line(keys::kNormalised);
  rv.sentence(keys::kElectrophileBalance);
  // The sentence gives these two numbers of the report.
  rv.tag(keys::kConsumedEquiv);
  rv.tag(keys::kConversion);
  if (use_button(ctx, rv, "alkylation.fit_use_kappa", "Use fitted κ", view, *view.fit, keys::kKappa, "κ")) {
    app::use_fitted_kappa(in, view);
  }
  muted_text("κ sets the distribution plot above and the mono-Boc planner.");
}

}  // namespace

void draw_alkylation_fit(app::AlkylationInputs& in, const app::AlkylationScreen& screen, UiContext& ctx) {
  if (!fit_section(ctx, "alkylation.fit_section", "From my results: fit κ", app::has_fit_data(in.fit),
                   "alkylation")) {
    return;
  }
  ImGui::PushID("fit");
  muted_text(
      "One measured composition after a known amount of electrophile: κ follows from SM and mono at any "
      "conversion (the Frost–Schwemer relation has no time in it).");
  draw_composition(in.fit, screen.fit, ctx);
  error_field(ctx, app::alkylation_input::kFitError, in.fit.error_pct, screen.fit.errors);
  draw_kappa_result(in, screen, ctx);
  ImGui::PopID();
}

void add_alkylation_fit_points(const app::KappaFitView& view, PlotSpec& spec) {
  if (!view.fit) return;
  const chem::KappaFit& fit = *view.fit;
  // The colours of the Unreacted, Mono and Bis curves.
  spec.points = {{fit.consumed_equiv, fit.unreacted, 1, view.error_abs},
                 {fit.consumed_equiv, fit.mono, 2, view.error_abs},
                 {fit.consumed_equiv, fit.bis, 5, view.error_abs}};
  spec.points_label = "Your composition at the " + app::format_sig(fit.consumed_equiv) + " equiv it used (±" +
                      app::plain_error_points(view.error_abs) + " %)";
}

}  // namespace ui
