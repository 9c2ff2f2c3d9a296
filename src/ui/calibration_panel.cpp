// The Cyclization tool's "From my results": EM from batch runs, k_intra from
// a syringe-pump run. Numbers and words come from app/calibration_state.
#include "ui/calibration_panel.hpp"

#include <cmath>

#include "app/format.hpp"
#include "imgui.h"
#include "ui/fit_widgets.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace ui {
namespace {

std::string percent(double fraction) { return app::format_sig(fraction * 100) + " %"; }

// Fits refit when a field changes; a slider drag (the EM the k_intra fit
// uses) would refit every frame, so during one the last fit is kept.
bool dragging() { return ImGui::IsMouseDown(ImGuiMouseButton_Left) && ImGui::IsAnyItemActive(); }

// One batch run on a row (wrapping on a phone): C0, how the outcome was
// measured, its value, a remove button; the row's messages under it.
bool draw_batch_run(app::CyclizationFitInputs& fit, int row, const app::EmFitView& view, UiContext& ctx) {
  app::BatchRun& run = fit.batch[row];
  const std::string n = std::to_string(row + 1);
  const std::string c0_field = app::batch_c0_field(row), value_field = app::batch_value_field(row);
  const bool ratio = run.measure == app::RingMeasure::ratio;
  ImGui::PushID(row);
  row_field(ctx, c0_field, "Run " + n + ": C0", run.c0_molar, "mol/L", view.errors, 110, true);
  static const char* const kMeasures[] = {"Yield %", "Ring : oligomer"};
  const ImGuiStyle& style = ImGui::GetStyle();
  const float measures_px = ImGui::CalcTextSize("Yield %Ring : oligomer").x + style.FramePadding.x * 4 + 4;
  flow_next(measures_px);
  ImGui::BeginGroup();
  ImGui::TextUnformatted("Measured as");
  int measure = static_cast<int>(run.measure);
  if (segmented(ctx, ("cyclization.fit_measure_" + n).c_str(), kMeasures, 2, measure)) {
    run.measure = static_cast<app::RingMeasure>(measure);
  }
  ImGui::EndGroup();
  row_field(ctx, value_field, ratio ? "Ring : oligomer (3 or 3:1)" : "Ring yield", run.value,
            ratio ? "" : "%", view.errors, 100, false);
  flow_next(touch_button_size("Remove").x);
  ImGui::BeginGroup();
  ImGui::TextUnformatted(" ");
  const bool removed = ImGui::Button("Remove", touch_button_size("Remove"));
  ctx.tag_last_item(("cyclization.fit_remove_" + n).c_str());
  ImGui::EndGroup();
  row_errors(ctx, view.errors, {c0_field, value_field});
  ImGui::PopID();
  return removed;
}

void draw_em_result(app::CyclizationInputs& in, const app::EmFitView& view, const app::CyclizationView& tool,
                    UiContext& ctx) {
  fit_status(view);
  if (!view.fit) {
    if (view.points.empty() && view.errors.empty()) {
      muted_text("Enter C0 and the ring yield (or the ring : oligomer ratio) of at least one batch run.");
    }
    return;
  }
  const chem::EmFit& fit = *view.fit;
  const bool compromise = fit.value_kind == chem::ValueKind::least_squares_compromise;
  big_result(ctx, compromise ? "Least-squares EM (a compromise)" : "Fitted EM",
             fit.value ? app::format_sig(*fit.value) + " mol/L" : "not determined", view.stale);
  wrapped_text("EMs that reproduce every run within ±%s %%: %s.",
               app::plain_error_points(view.error_abs).c_str(),
               app::fit_range_text(fit.range, "mol/L").c_str());
  verdict_line(fit, app::fit_verdict(fit, "EM", "mol/L", "runs", view.points.size(), view.error_abs));
  if (fit.value) {
    for (size_t i = 0; i < view.points.size() && i < fit.residuals.size(); ++i) {
      wrapped_text("Run %d, %s mol/L: measured %s, model %s.", view.point_rows[i] + 1,
                   app::format_sig(view.points[i].c0_molar).c_str(),
                   percent(fit.residuals[i].measured).c_str(), percent(fit.residuals[i].fitted).c_str());
    }
    if (view.points.size() > 1 && fit.rms_residual) {
      wrapped_text("Residual: %s %% rms, largest %s %% (percentage points).",
                   app::format_sig(*fit.rms_residual * 100, 2).c_str(),
                   app::format_sig(*fit.max_abs_residual * 100, 2).c_str());
    } else if (view.points.size() == 1 && fit.determined) {
      muted_text(
          "One run fits any model: a run at a second concentration tests whether one EM explains both.");
    }
  }
  const std::string note = app::em_extrapolation_note(in, view, tool);
  if (!note.empty()) warning_text(chem::WarningLevel::caution, note);
  const std::string label =
      "Use fitted EM" + (view.value_text.empty() ? "" : " (" + view.value_text + " mol/L)");
  if (use_button(ctx, "cyclization.fit_use_em", label, view, fit, "EM")) {
    app::use_fitted_em(in, view);
  }
}

void draw_em_fit(app::CyclizationInputs& in, const app::EmFitView& view, const app::CyclizationView& tool,
                 UiContext& ctx) {
  heading(ctx, "Batch runs → EM");
  muted_text(
      "Each run: the precursor concentration C0 and the ring yield, or the ring : oligomer ratio "
      "(isolated or by LC/NMR, in monomer units; 3 or 3:1). The fit inverts the model on this screen, "
      "with the tool's ring size and large-ring EM.");
  app::CyclizationFitInputs& fit = in.fit;
  int remove = -1;
  for (int row = 0; row < fit.batch_runs; ++row) {
    if (draw_batch_run(fit, row, view, ctx)) remove = row;
  }
  if (remove >= 0) app::remove_batch_run(fit, remove);
  ImGui::BeginDisabled(fit.batch_runs >= app::kMaxBatchRuns);
  if (ImGui::Button("Add a run", touch_button_size("Add a run"))) app::add_batch_run(fit);
  ImGui::EndDisabled();
  ctx.tag_last_item("cyclization.fit_add");
  draw_em_result(in, view, tool, ctx);
}

void draw_advice(const app::KIntraFitView& view, UiContext& ctx) {
  if (!view.advice) return;
  const chem::FitAdvice& advice = *view.advice;
  const std::string label = "Addition for " + percent(view.target_yield) + " ring";
  if (advice.kind == chem::AdviceKind::none) {
    // Out of reach, or no k_intra: say why rather than show nothing.
    wrapped_text("%s: not given.", label.c_str());
    warning_text(chem::WarningLevel::caution, advice.reason);
    return;
  }
  const chem::AdditionAdvice& a = *advice.advice;
  if (advice.kind == chem::AdviceKind::time) {
    big_result(ctx, label.c_str(),
               a.addition_hours == 0 ? std::string("none needed") : app::format_sig(a.addition_hours) + " h",
               view.stale);
  } else {
    // Only a bound: no single big number that reads like the answer.
    wrapped_text("%s: %s.", label.c_str(), app::addition_advice_text(advice).c_str());
    muted_text(advice.reason);
  }
  wrapped_text("At C_total %s mol/L and EM %s mol/L (the tool's target yield); over the k_intra range: %s.",
               app::format_sig(view.total_molar).c_str(), app::format_sig(view.em_molar).c_str(),
               app::fit_range_text(a.hours_range, "h").c_str());
  // One run pins the model at one addition time; far from it the model extrapolates.
  const double ratio = a.addition_hours / view.addition_hours;
  if (a.addition_hours > 0 && (ratio > 3 || ratio < 1.0 / 3)) {
    warning_text(chem::WarningLevel::caution, "That is " + app::format_sig(ratio, 2) + "× your run's " +
                                                  app::format_sig(view.addition_hours) +
                                                  " h: the model extrapolates from one run.");
  }
}

void draw_k_intra_fit(app::CyclizationInputs& in, const app::KIntraFitView& view,
                      const app::CyclizationView& tool, UiContext& ctx) {
  heading(ctx, "A syringe-pump run → k_intra");
  muted_text(
      "One timed run into a fixed volume (all the solvent in the flask first), at the tool's EM: C_total "
      "is the concentration once everything is in. Its ring yield above what adding at once gives sets "
      "k_intra.");
  app::CyclizationFitInputs& fit = in.fit;
  row_field(ctx, "fit_pump_total", "C_total", fit.pump_total_molar, "mol/L", view.errors, 110, true);
  row_field(ctx, "fit_pump_addition_h", "Addition time", fit.pump_addition_h, "h", view.errors, 90, false);
  row_field(ctx, "fit_pump_yield", "Ring yield", fit.pump_yield_pct, "%", view.errors, 90, false);
  row_errors(ctx, view.errors, {"fit_pump_total", "fit_pump_addition_h", "fit_pump_yield"});
  fit_status(view);
  if (!view.fit) return;
  const chem::KIntraFit& f = *view.fit;
  big_result(ctx, "Fitted k_intra", f.value ? app::format_sig(*f.value) + " 1/s" : "not determined",
             view.stale);
  wrapped_text(
      "Half-life %s; k_intra within ±%s %% at EM = %s mol/L exactly: %s (half-life %s). Added at once: %s "
      "ring.",
      f.half_life_h ? (app::format_sig(*f.half_life_h) + " h").c_str() : "not determined",
      app::plain_error_points(view.error_abs).c_str(), app::format_sig(view.em_molar).c_str(),
      app::fit_range_text(f.range, "1/s").c_str(), app::fit_range_text(f.half_life_range_h, "h").c_str(),
      percent(f.batch_ring_yield).c_str());
  verdict_line(f, app::fit_verdict(f, "k_intra", "1/s", "runs", 1, view.error_abs));
  draw_advice(view, ctx);
  if (use_button(ctx, "cyclization.fit_use_k", "Use fitted k_intra", view, f, "k_intra")) {
    app::use_fitted_k_intra(in, view);
  }
  muted_text("The tool's k_intra sets the clock of Syringe-pump mode.");
  const std::string note = app::k_intra_extrapolation_note(in, view, tool);
  if (!note.empty()) warning_text(chem::WarningLevel::caution, note);
}

}  // namespace

CyclizationFits evaluate_cyclization_fits(const app::CyclizationInputs& in, const app::CyclizationView& tool,
                                          app::AppSession& session, UiContext& ctx) {
  const bool hold = dragging();
  CyclizationFits fits{app::evaluate_em_fit(in, session.calibration_cache, hold),
                       app::evaluate_k_intra_fit(in, session.calibration_cache, hold)};
  ctx.mirror("cyclization", app::em_fit_report(in, fits.em, tool));
  ctx.mirror("cyclization", app::k_intra_fit_report(in, fits.k_intra, tool));
  return fits;
}

void draw_fit_extrapolation(const app::CyclizationInputs& in, const CyclizationFits& fits,
                            const app::CyclizationView& tool) {
  for (const std::string& note : {app::em_extrapolation_note(in, fits.em, tool),
                                  app::k_intra_extrapolation_note(in, fits.k_intra, tool)}) {
    if (!note.empty()) warning_text(chem::WarningLevel::caution, note);
  }
}

void draw_cyclization_fits(app::CyclizationInputs& in, const CyclizationFits& fits,
                           const app::CyclizationView& tool, UiContext& ctx) {
  if (!fit_section(ctx, "cyclization.fit_section", "From my results: fit EM and k_intra",
                   app::has_fit_data(in.fit), "cyclization")) {
    return;
  }
  ImGui::PushID("fit");
  error_field(ctx, in.fit.error_pct, fits.em.errors);
  ImGui::Spacing();
  draw_em_fit(in, fits.em, tool, ctx);
  ImGui::Spacing();
  draw_k_intra_fit(in, fits.k_intra, tool, ctx);
  ImGui::PopID();
}

void add_cyclization_fit_points(const CyclizationFits& fits, const app::CyclizationView& tool,
                                PlotSpec& spec) {
  if (tool.mode == app::CyclizationMode::batch) {
    for (const auto& p : fits.em.points)
      spec.points.push_back({p.c0_molar, p.ring_yield, 7, fits.em.error_abs});
    if (!spec.points.empty()) {
      spec.points_label = "Your runs (±" + app::plain_error_points(fits.em.error_abs) + " %)";
    }
    return;
  }
  // The curve is for the tool's C_total: the run belongs on it only at the same one.
  const app::KIntraFitView& k = fits.k_intra;
  if (!k.fit || std::fabs(k.total_molar - tool.total_molar) > 1e-9 * tool.total_molar ||
      tool.start_volume_fraction < 1) {
    return;
  }
  spec.points.push_back({k.addition_hours, k.ring_yield, 7, k.error_abs});
  spec.points_label = "Your run (±" + app::plain_error_points(k.error_abs) + " %)";
}

}  // namespace ui
