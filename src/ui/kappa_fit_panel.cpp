// The Alkylation tool's "From my results": κ from one measured SM / mono / bis
// composition. Numbers and words come from app/calibration_state.
#include "app/format.hpp"
#include "imgui.h"
#include "ui/calibration_panel.hpp"
#include "ui/fit_widgets.hpp"
#include "ui/report_widgets.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace ui {
namespace {

void draw_composition(app::AlkylationFitInputs& f, const app::KappaFitView& view, UiContext& ctx) {
  number_field(ctx, "fit_equiv", "Electrophile charged per diamine", f.equivalents, "equiv",
               view.errors.at("fit_equiv"), 110);
  static const char* const kUnits[] = {"mol %", "LC areas"};
  ImGui::TextUnformatted("SM, mono and bis as");
  int unit = static_cast<int>(f.unit);
  if (segmented(ctx, "alkylation.fit_unit", kUnits, 2, unit))
    f.unit = static_cast<app::CompositionUnit>(unit);
  const bool pct = f.unit == app::CompositionUnit::mol_pct;
  const char* u = pct ? "%" : "";
  row_field(ctx, "fit_sm", pct ? "SM" : "SM area", f.sm, u, view.errors, 90, true);
  row_field(ctx, "fit_mono", pct ? "Mono" : "Mono area", f.mono, u, view.errors, 90, false);
  row_field(ctx, "fit_bis", pct ? "Bis" : "Bis area", f.bis, u, view.errors, 90, false);
  row_errors(ctx, view.errors, {"fit_sm", "fit_mono", "fit_bis"});
  if (pct) return;
  row_field(ctx, "fit_rf_sm", "SM resp. factor", f.rf_sm, "", view.errors, 90, true);
  row_field(ctx, "fit_rf_mono", "Mono resp. factor", f.rf_mono, "", view.errors, 90, false);
  row_field(ctx, "fit_rf_bis", "Bis resp. factor", f.rf_bis, "", view.errors, 90, false);
  row_errors(ctx, view.errors, {"fit_rf_sm", "fit_rf_mono", "fit_rf_bis"});
  muted_text(
      "Response factor: the detector's response per mole, relative (areas are divided by it). Left at 1, "
      "the fit assumes equal response, which UV detection rarely gives when the electrophile carries a "
      "chromophore (benzyl; Boc does not).");
}

void draw_kappa_result(app::AlkylationInputs& in, const AlkylationFit& fit, UiContext& ctx) {
  ReportView rv(fit.report, ctx);
  fit_status(rv, "kappa");
  const app::KappaFitView& view = fit.view;
  if (!view.fit) return;
  rv.big("fit.kappa");
  rv.line("fit.kappa_range");
  verdict_line(rv, "kappa");
  rv.line("fit.composition");
  rv.line("fit.normalised");
  rv.sentence("fit.electrophile_balance");
  // The sentence gives these two numbers of the report.
  rv.tag("fit.consumed_equiv");
  rv.tag("fit.conversion");
  if (use_button(ctx, rv, "alkylation.fit_use_kappa", "Use fitted κ", view, *view.fit, "kappa", "κ")) {
    app::use_fitted_kappa(in, view);
  }
  muted_text("κ sets the distribution plot above and the mono-Boc planner.");
}

}  // namespace

AlkylationFit evaluate_alkylation_fit(const app::AlkylationInputs& in, app::AppSession& session,
                                      UiContext& ctx) {
  app::CalibrationCache& cache = session.calibration_cache;
  AlkylationFit fit{app::evaluate_kappa_fit(in, cache, false, may_commit(cache.kappa_committed.has_value())),
                    {}};
  fit.report = app::kappa_fit_report(in, fit.view);
  ctx.mirror("alkylation", fit.report);
  return fit;
}

void draw_alkylation_fit(app::AlkylationInputs& in, const AlkylationFit& fit, UiContext& ctx) {
  if (!fit_section(ctx, "alkylation.fit_section", "From my results: fit κ", app::has_fit_data(in.fit),
                   "alkylation")) {
    return;
  }
  ImGui::PushID("fit");
  muted_text(
      "One measured composition after a known amount of electrophile: κ follows from SM and mono at any "
      "conversion (the Frost–Schwemer relation has no time in it).");
  draw_composition(in.fit, fit.view, ctx);
  error_field(ctx, in.fit.error_pct, fit.view.errors);
  draw_kappa_result(in, fit, ctx);
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
