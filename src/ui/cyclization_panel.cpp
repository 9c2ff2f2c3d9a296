#include "ui/cyclization_panel.hpp"

#include "app/format.hpp"
#include "chem/ring_presets.hpp"
#include "imgui.h"
#include "ui/layout.hpp"
#include "ui/pathway_diagram.hpp"
#include "ui/plot.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace ui {
namespace {

std::string percent(double fraction) { return app::format_sig(fraction * 100) + " %"; }

void draw_ring_choice(app::CyclizationInputs& in, UiContext& ctx) {
  static const char* const kRingLabels[] = {"3", "5", "6", "7", "10", "12"};
  int selected = 0;
  for (int i = 0; i < 6; ++i) {
    if (chem::kRingPresets[i].ring_size == in.ring_size) selected = i;
  }
  ImGui::TextUnformatted("Ring size (sets an order-of-magnitude EM)");
  bool changed = segmented(ctx, "cyclization.ring", kRingLabels, 6, selected);
  if (changed) in.ring_size = chem::kRingPresets[selected].ring_size;
  changed |= ImGui::Checkbox("N-tosyl (Richman–Atkins) ×10", &in.n_tosyl);
  ctx.tag_last_item("cyclization.tosyl");
  changed |= ImGui::Checkbox("gem-dialkyl (Thorpe–Ingold) ×10", &in.gem_dialkyl);
  ctx.tag_last_item("cyclization.gem");
  if (changed) in.em_molar.set(app::preset_em_text(in));
}

void draw_inputs(app::CyclizationInputs& in, const app::CyclizationView& view, UiContext& ctx) {
  heading(ctx, "Ring closure or oligomer?");
  static const char* const kModes[] = {"Batch", "Syringe pump"};
  int mode = static_cast<int>(in.mode);
  if (segmented(ctx, "cyclization.mode", kModes, 2, mode)) in.mode = static_cast<app::CyclizationMode>(mode);
  draw_ring_choice(in, ctx);
  const auto& error = view.error;
  number_field(ctx, "em", "Effective molarity EM = k_intra / k_inter", in.em_molar, "mol/L", error);
  slider_for(ctx, "cyclization.em_slider", in.em_molar, 1e-5f, 10.0f, true, "EM = %.3g M");
  muted_text("EM values are orders of magnitude: replace them with your substrate's if you know it.");
  if (in.mode == app::CyclizationMode::batch) {
    number_field(ctx, "c0", "Precursor concentration C0", in.c0_molar, "mol/L", error);
    slider_for(ctx, "cyclization.c0_slider", in.c0_molar, 1e-4f, 1.0f, true, "C0 = %.3g M");
  } else {
    number_field(ctx, "amount_mmol", "Precursor, all of it", in.amount_mmol, "mmol", error);
    number_field(ctx, "final_volume_ml", "Volume at the end of the addition", in.final_volume_ml, "mL",
                 error);
    number_field(ctx, "k_intra", "Ring-closure rate constant k_intra", in.k_intra_per_s, "1/s", error);
    number_field(ctx, "addition_h", "Addition time", in.addition_h, "h", error);
    slider_for(ctx, "cyclization.addition_slider", in.addition_h, 0.1f, 100.0f, true, "%.3g h");
  }
  number_field(ctx, "target_yield", "Target ring yield", in.target_yield_pct, "%", error);
}

void draw_results(const app::CyclizationView& view, UiContext& ctx) {
  if (!view.valid) return;
  if (view.stale) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette().caution);
    ImGui::TextWrapped("Stale: these results are for the last valid input. Fix the field marked above.");
    ImGui::PopStyleColor();
  }
  big_result(ctx, "Ring yield", percent(view.ring_yield()), view.stale);
  big_result(ctx, "Dimer and oligomers", percent(1 - view.ring_yield()), view.stale);
  if (view.mode == app::CyclizationMode::batch) {
    ImGui::TextWrapped("C0/EM = %s: %s mL of solvent per mmol.",
                       app::format_sig(view.batch.c0_over_em).c_str(),
                       app::format_sig(view.batch.solvent_ml_per_mmol).c_str());
    if (view.concentration_for_target) {
      ImGui::TextWrapped("For %s ring in batch: at most %s mol/L (%s mL per mmol).",
                         percent(view.target_yield).c_str(),
                         app::format_sig(view.concentration_for_target->concentration_molar).c_str(),
                         app::format_sig(view.concentration_for_target->solvent_ml_per_mmol).c_str());
    }
    if (view.ring_chain) {
      ImGui::TextWrapped(
          "Where the rest goes (ring–chain model): cyclic dimer and larger rings %s, linear "
          "oligomers %s — the gummy, poorly soluble solid.",
          percent(view.ring_chain->cyclic_oligomers).c_str(),
          percent(view.ring_chain->linear_oligomers).c_str());
    }
    return;
  }
  ImGui::TextWrapped(
      "Final concentration %s mol/L; during the feed the precursor stays near %s mol/L "
      "(steady state), so the ring yield is about %s (pseudo-high dilution). Added at once: %s.",
      app::format_sig(view.total_molar).c_str(), app::format_sig(view.slow.steady_state_molar).c_str(),
      percent(view.slow.steady_state_yield).c_str(), percent(view.slow.batch_ring_yield).c_str());
  ImGui::TextWrapped("Done (99 %% converted) after %s h.",
                     app::format_sig(view.slow.completion_hours).c_str());
  if (view.addition_for_target) {
    if (view.addition_for_target->batch_suffices) {
      big_result(ctx, "Addition time for target", "none needed", view.stale);
    } else {
      big_result(ctx, "Addition time for target",
                 app::format_sig(view.addition_for_target->addition_hours) + " h", view.stale);
    }
  }
}

void draw_pathway_and_plot(const app::CyclizationInputs& in, const app::CyclizationView& view,
                           UiContext& ctx) {
  heading(ctx, "Where the precursor goes");
  const double ring = view.valid ? view.ring_yield() : 0.5;
  const std::string ring_name = std::to_string(in.ring_size) + "-membered ring";
  draw_pathway(ctx, "cyclization.pathway", "linear precursor",
               {ring_name, "k_intra: " + percent(ring), ring, 2},
               {"dimer, oligomers", "2 k_inter [C]: " + percent(1 - ring), 1 - ring, 5});
  if (!view.valid || view.curve_x.empty()) return;
  PlotSpec spec;
  // One id per axis: a readout pinned on the concentration axis means nothing in hours.
  spec.id = view.mode == app::CyclizationMode::batch ? "cyclization.concentration_curve"
                                                     : "cyclization.addition_curve";
  spec.tool = "cyclization";
  spec.xs = &view.curve_x;
  spec.y_axis = {app::AxisScale::linear, 0, 1};
  spec.y_title = "Fraction of precursor";
  spec.series = {{"Ring", &view.curve_ring_yield, 2, nullptr, true},
                 {"Oligomer", &view.curve_oligomer, 5, nullptr, false}};
  spec.format_y = [](double y) { return app::format_sig(y * 100) + " %"; };
  spec.marker_x = view.current_x;
  if (view.mode == app::CyclizationMode::batch) {
    spec.x_title = "Concentration C0 (mol/L)";
    spec.x_axis = {app::AxisScale::log10, view.curve_x.front(), view.curve_x.back()};
    spec.marker_label = "C0 = " + app::format_sig(view.current_x) + " M";
    spec.guides = {{0.05, "rule of thumb < 0.05 M"}};
    spec.format_x = [](double x) { return app::format_sig(x) + " mol/L"; };
  } else {
    spec.x_title = "Addition time (h)";
    spec.x_axis = {app::AxisScale::log10, view.curve_x.front(), view.curve_x.back()};
    spec.marker_label = "t = " + app::format_sig(view.current_x) + " h";
    if (view.addition_for_target && !view.addition_for_target->batch_suffices) {
      spec.guides = {{view.addition_for_target->addition_hours, "target"}};
    }
    spec.format_x = [](double x) { return app::format_sig(x) + " h"; };
  }
  draw_plot(ctx, spec);
}

void draw_explanation(UiContext& ctx) {
  heading(ctx, "The model");
  muted_text(
      "The precursor C closes the ring at rate k_intra·C and meets another precursor at rate "
      "2·k_inter·C². Their ratio EM = k_intra/k_inter decides: in batch the ring yield is "
      "Y = (EM/2C0)·ln(1 + 2C0/EM). Adding the precursor slowly keeps C low (pseudo-high dilution), "
      "so the same flask gives more ring. A 7-membered ring closes about 5×10⁴ times more slowly "
      "than a 5-membered one, which is why 1,4-diazepane closures need dilution.");
  muted_text(
      "Assumptions: perfect mixing, one intermolecular pathway, constant feed rate; EM values are "
      "orders of magnitude.");
  muted_text(std::string("Sources: ") + app::kCyclizationCitations);
}

}  // namespace

void draw_cyclization_panel(app::CyclizationInputs& inputs, app::AppSession& session, UiContext& ctx) {
  const app::CyclizationView* last =
      session.last_valid_cyclization ? &*session.last_valid_cyclization : nullptr;
  const app::CyclizationView view = app::evaluate_cyclization(inputs, last, session.ring_chain_cache);
  if (view.valid && !view.stale) session.last_valid_cyclization = view;
  ctx.mirror("cyclization", app::cyclization_mirror(inputs, view));

  Columns columns = begin_columns("cyclization", 0.40f);
  draw_inputs(inputs, view, ctx);
  ImGui::Spacing();
  mark_results();
  draw_results(view, ctx);
  next_column(columns);
  draw_pathway_and_plot(inputs, view, ctx);
  ImGui::Spacing();
  draw_explanation(ctx);
  end_columns(columns);
}

}  // namespace ui
