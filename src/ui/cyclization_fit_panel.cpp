// The Cyclization tool's "From my results": EM from batch runs, k_intra from
// a syringe-pump run. Numbers and words come from app/fit_state.
#include <cmath>

#include "app/format.hpp"
#include "imgui.h"
#include "ui/fit_panels.hpp"
#include "ui/fit_widgets.hpp"
#include "ui/report_widgets.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace ui {
namespace {

namespace spec = app::cyclization_input;
namespace keys = app::report_key::fit;

// One batch run on a row (wrapping on a phone): C0, how the outcome was
// measured, its value, a remove button; the row's messages under it.
bool draw_batch_run(app::CyclizationFitInputs& fit, int row, const app::EmFitView& view, UiContext& ctx) {
  app::BatchRun& run = fit.batch[row];
  const std::string n = std::to_string(row + 1);
  const std::string c0_field = app::batch_c0_field(row), value_field = app::batch_value_field(row);
  const bool ratio = run.measure == app::RingMeasure::ratio;
  ImGui::PushID(row);
  row_field(ctx, spec::kFitC0, run.c0_molar, view.errors, 110, true, c0_field, "Run " + n + ": ");
  const ImGuiStyle& style = ImGui::GetStyle();
  float measures_px = style.FramePadding.x * 4 + 4;
  for (const app::InputChoice& choice : spec::kMeasures)
    measures_px += ImGui::CalcTextSize(choice.label.data()).x;
  flow_next(measures_px);
  ImGui::BeginGroup();
  ImGui::TextUnformatted(spec::kFitMeasure.label.data());
  int measure = static_cast<int>(run.measure);
  if (segmented(ctx, spec::row_name(spec::kFitMeasure.permalink, row).c_str(), spec::kFitMeasure, measure)) {
    run.measure = static_cast<app::RingMeasure>(measure);
  }
  ImGui::EndGroup();
  row_field(ctx, spec::kFitValue, run.value, view.errors, 100, false, value_field, "", ratio);
  flow_next(touch_button_size("Remove").x);
  ImGui::BeginGroup();
  ImGui::TextUnformatted(" ");
  const bool removed =
      button(ctx, "cyclization.fit_remove_" + n, "Remove", {ButtonRole::button, false, "Remove run " + n});
  ImGui::EndGroup();
  row_errors(ctx, view.errors, {c0_field, value_field});
  ImGui::PopID();
  return removed;
}

void draw_em_result(app::CyclizationInputs& in, const app::CyclizationScreen& fits, UiContext& ctx) {
  DrawnReport rv(fits.em_fit_report, ctx);
  fit_status(rv, keys::kEm);
  rv.status(keys::kEmHint);
  const app::EmFitView& view = fits.em_fit;
  if (!view.fit) return;
  rv.big(keys::kEm.value);
  rv.line(keys::kEm.range);
  verdict_line(rv, keys::kEm);
  for (int row = 0; row < in.fit.batch_runs; ++row)
    rv.line_named(keys::kRuns.key(static_cast<size_t>(row + 1)));
  rv.line(keys::kEmResidual);
  rv.sentence(keys::kEmOneRun, true);
  rv.warnings(keys::kEmExtrapolation);
  const std::string label =
      "Use fitted EM" + (view.value_text.empty() ? "" : " (" + view.value_text + " mol/L)");
  if (use_button(ctx, rv, "cyclization.fit_use_em", label, view, *view.fit, keys::kEm, "EM")) {
    app::use_fitted_em(in, view);
  }
}

void draw_em_fit(app::CyclizationInputs& in, const app::CyclizationScreen& fits, UiContext& ctx) {
  const app::EmFitView& view = fits.em_fit;
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
  if (button(ctx, "cyclization.fit_add", "Add a run")) app::add_batch_run(fit);
  ImGui::EndDisabled();
  draw_em_result(in, fits, ctx);
}

// The addition time for the tool's target yield: large when the fit gives
// one; a bound or "not given" as a line, with the reason under it.
void draw_advice(const app::KIntraFitView& view, DrawnReport& rv) {
  if (!view.advice) return;
  const chem::FitAdvice& advice = *view.advice;
  if (advice.kind == chem::AdviceKind::time && advice.advice->addition_hours > 0) {
    rv.big(keys::kAdditionH);
  } else {
    rv.line(keys::kAdditionH);
  }
  // Why there is no time (a warning), or why it is only a bound (a note).
  const app::ReportEntry* note = rv.find(keys::kAdditionNote);
  if (note && note->kind == app::ReportKind::warning) {
    rv.warnings(keys::kAdditionNote);
  } else {
    rv.sentence(keys::kAdditionNote, true);
  }
  rv.line(keys::kAdditionRangeH);
  rv.warnings(keys::kAdditionExtrapolation);
}

void draw_k_intra_fit(app::CyclizationInputs& in, const app::CyclizationScreen& fits, UiContext& ctx) {
  const app::KIntraFitView& view = fits.k_intra_fit;
  heading(ctx, "A syringe-pump run → k_intra");
  muted_text(
      "One timed run into a fixed volume (all the solvent in the flask first), at the tool's EM: C_total "
      "is the concentration once everything is in. Its ring yield above what adding at once gives sets "
      "k_intra.");
  app::CyclizationFitInputs& fit = in.fit;
  row_field(ctx, spec::kFitPumpTotal, fit.pump_total_molar, view.errors, 110, true);
  row_field(ctx, spec::kFitPumpAdditionH, fit.pump_addition_h, view.errors, 90, false);
  row_field(ctx, spec::kFitPumpYield, fit.pump_yield_pct, view.errors, 90, false);
  row_errors(ctx, view.errors,
             {std::string(spec::kFitPumpTotal.key), std::string(spec::kFitPumpAdditionH.key),
              std::string(spec::kFitPumpYield.key)});
  DrawnReport rv(fits.k_intra_fit_report, ctx);
  fit_status(rv, keys::kKIntra);
  if (!view.fit) return;
  rv.big(keys::kKIntra.value);
  rv.line(keys::kKIntraEm);
  rv.line(keys::kKIntra.range);
  rv.line(keys::kHalfLifeH);
  rv.line(keys::kHalfLifeRangeH);
  rv.line(keys::kBatchRingYield);
  verdict_line(rv, keys::kKIntra);
  draw_advice(view, rv);
  if (use_button(ctx, rv, "cyclization.fit_use_k", "Use fitted k_intra", view, *view.fit, keys::kKIntra,
                 "k_intra")) {
    app::use_fitted_k_intra(in, view);
  }
  muted_text("The tool's k_intra sets the clock of Syringe-pump mode.");
  rv.warnings(keys::kKIntraExtrapolation);
}

}  // namespace

void draw_fit_extrapolation(const app::CyclizationScreen& fits, UiContext& ctx) {
  DrawnReport(fits.em_fit_report, ctx).warnings(keys::kEmExtrapolation);
  DrawnReport(fits.k_intra_fit_report, ctx).warnings(keys::kKIntraExtrapolation);
}

void draw_cyclization_fits(app::CyclizationInputs& in, const app::CyclizationScreen& fits, UiContext& ctx) {
  if (!fit_section(ctx, "cyclization.fit_section", "From my results: fit EM and k_intra",
                   app::has_fit_data(in.fit), "cyclization")) {
    return;
  }
  ImGui::PushID("fit");
  error_field(ctx, spec::kFitError, in.fit.error_pct, fits.em_fit.errors);
  ImGui::Spacing();
  draw_em_fit(in, fits, ctx);
  ImGui::Spacing();
  draw_k_intra_fit(in, fits, ctx);
  ImGui::PopID();
}

void add_cyclization_fit_points(const app::CyclizationScreen& fits, const app::CyclizationView& tool,
                                PlotSpec& spec) {
  if (tool.mode == app::CyclizationMode::batch) {
    for (const auto& p : fits.em_fit.points)
      spec.points.push_back({p.c0_molar, p.ring_yield, 7, fits.em_fit.error_abs});
    if (!spec.points.empty()) {
      spec.points_label = "Your runs (±" + app::plain_error_points(fits.em_fit.error_abs) + " %)";
    }
    return;
  }
  // The curve is for the tool's C_total: the run belongs on it only at the same one.
  const app::KIntraFitView& k = fits.k_intra_fit;
  if (!k.fit || std::fabs(k.total_molar - tool.total_molar) > 1e-9 * tool.total_molar ||
      tool.start_volume_fraction < 1) {
    return;
  }
  spec.points.push_back({k.addition_hours, k.ring_yield, 7, k.error_abs});
  spec.points_label = "Your run (±" + app::plain_error_points(k.error_abs) + " %)";
}

}  // namespace ui
