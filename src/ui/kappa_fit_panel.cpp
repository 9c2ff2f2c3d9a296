// The Alkylation tool's "From my results": κ from one measured SM / mono / bis
// composition. Numbers and words come from app/calibration_state.
#include <cmath>

#include "app/format.hpp"
#include "imgui.h"
#include "ui/calibration_panel.hpp"
#include "ui/fit_widgets.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace ui {
namespace {

std::string percent(double fraction) { return app::format_sig(fraction * 100) + " %"; }

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

void draw_kappa_result(app::AlkylationInputs& in, const app::KappaFitView& view, UiContext& ctx) {
  fit_status(view);
  if (!view.fit) {
    if (view.errors.empty() && !view.problem) muted_text("Enter the measured SM, mono and bis.");
    return;
  }
  const chem::KappaFit& fit = *view.fit;
  const bool own = fit.value_kind == chem::ValueKind::composition_only;
  big_result(ctx, own ? "κ from the composition alone" : "Fitted κ",
             fit.value ? app::format_sig(*fit.value) : "not determined", view.stale);
  wrapped_text("κ that reproduce the composition within ±%s %%: %s.",
               app::plain_error_points(view.error_abs).c_str(), app::fit_range_text(fit.range, "").c_str());
  verdict_line(fit, app::fit_verdict(fit, "κ", "", "fractions", 1, view.error_abs));
  // What the fit took: areas after their response factors, or mol % that did not sum to 100.
  if (in.fit.unit == app::CompositionUnit::areas || std::abs(view.entered_sum_pct - 100) > 0.5) {
    wrapped_text("As mol %% of the diamine: SM %s, mono %s, bis %s.", percent(fit.unreacted).c_str(),
                 percent(fit.mono).c_str(), percent(fit.bis).c_str());
  }
  if (fit.conversion < 0.995) {
    wrapped_text(
        "The products account for %s equiv of the %s charged: %s conversion of the electrophile "
        "(not used up yet, lost, e.g. to hydrolysis, or a product missing from the analysis: a "
        "precipitated HX or quaternary salt, a poor detector response).",
        app::format_sig(fit.consumed_equiv).c_str(), app::format_sig(view.equivalents).c_str(),
        percent(fit.conversion).c_str());
  } else {
    wrapped_text("The products account for the %s equiv charged: the electrophile was used up.",
                 app::format_sig(view.equivalents).c_str());
  }
  if (use_button(ctx, "alkylation.fit_use_kappa", "Use fitted κ", view, fit, "κ")) {
    app::use_fitted_kappa(in, view);
  }
  muted_text("κ sets the distribution plot above and the mono-Boc planner.");
}

}  // namespace

app::KappaFitView evaluate_alkylation_fit(const app::AlkylationInputs& in, app::AppSession& session,
                                          UiContext& ctx) {
  app::KappaFitView view = app::evaluate_kappa_fit(in, session.calibration_cache);
  ctx.mirror("alkylation", app::kappa_fit_report(in, view));
  return view;
}

void draw_alkylation_fit(app::AlkylationInputs& in, const app::KappaFitView& view, UiContext& ctx) {
  if (!fit_section(ctx, "alkylation.fit_section", "From my results: fit κ", app::has_fit_data(in.fit),
                   "alkylation")) {
    return;
  }
  ImGui::PushID("fit");
  muted_text(
      "One measured composition after a known amount of electrophile: κ follows from SM and mono at any "
      "conversion (the Frost–Schwemer relation has no time in it).");
  draw_composition(in.fit, view, ctx);
  error_field(ctx, in.fit.error_pct, view.errors);
  draw_kappa_result(in, view, ctx);
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
