#include "ui/workup_panel.hpp"

#include "app/format.hpp"
#include "imgui.h"
#include "ui/layout.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace ui {
namespace {

void draw_amount_inputs(app::WorkupInputs& in, const app::WorkupView& view, UiContext& ctx) {
  heading(ctx, "LiAlH4 used");
  static const char* const kModes[] = {"g", "mg", "mmol", "Solution", "Equiv."};
  int mode = static_cast<int>(in.mode);
  if (segmented(ctx, "workup.mode", kModes, 5, mode)) in.mode = static_cast<chem::LahInputMode>(mode);
  const auto& error = view.error;
  switch (in.mode) {
    case chem::LahInputMode::mass_g:
      number_field(ctx, "lah_g", "Mass of LiAlH4", in.mass_g, "g", error);
      break;
    case chem::LahInputMode::mass_mg:
      number_field(ctx, "lah_mg", "Mass of LiAlH4", in.mass_mg, "mg", error);
      break;
    case chem::LahInputMode::millimoles:
      number_field(ctx, "lah_mmol", "Amount of LiAlH4", in.millimoles, "mmol", error);
      break;
    case chem::LahInputMode::solution: {
      number_field(ctx, "solution_ml", "Volume of solution", in.solution_ml, "mL", error);
      ImGui::TextUnformatted("Solution");
      ImGui::SetNextItemWidth(220);
      const auto& presets = app::kLahSolutionPresets;
      if (ImGui::BeginCombo("##preset", presets[in.solution_preset % presets.size()].label)) {
        for (size_t i = 0; i < presets.size(); ++i) {
          if (ImGui::Selectable(presets[i].label, i == in.solution_preset, 0, ImVec2(0, touch_px() - 8))) {
            in.solution_preset = i;
          }
          ctx.tag_last_item(("workup.preset." + std::to_string(i)).c_str());
        }
        ImGui::EndCombo();
      }
      ctx.tag_last_item("workup.preset");
      if (presets[in.solution_preset % presets.size()].molarity == 0) {
        number_field(ctx, "molarity", "Molarity", in.custom_molarity, "mol/L", error);
      }
      break;
    }
    case chem::LahInputMode::equivalents:
      number_field(ctx, "equiv", "Equivalents of LiAlH4 (mol per mol substrate)", in.equivalents, "equiv",
                   error);
      number_field(ctx, "substrate_mmol", "Substrate", in.substrate_mmol, "mmol", error);
      break;
  }
  for (const auto& line : view.conversions) muted_text(line);
}

void draw_additions(const app::WorkupView& view, const app::Report& report, UiContext& ctx) {
  heading(ctx, "Fieser quench: n mL, n mL, 3n mL");
  if (!view.workup) {
    muted_text("Enter the amount of LiAlH4 to see the three additions.");
    return;
  }
  const chem::FieserWorkup& w = *view.workup;
  if (view.stale) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette().caution);
    wrapped_text("Stale: these are for %s LiAlH4, the last valid input. Fix the field on the left.",
                 app::format_mass_g(w.lah_g).c_str());
    ImGui::PopStyleColor();
  } else {
    muted_text("For " + app::format_mass_g(w.lah_g) + " LiAlH4 (" + app::format_sig(w.lah_mmol) +
               " mmol), in this order, at 0 °C:");
  }
  big_result(ctx, "1. Water", app::format_volume_ml(w.water_first_ml), view.stale);
  big_result(ctx, "2. 15 % aq. NaOH", app::format_volume_ml(w.naoh_15pct_ml), view.stale);
  big_result(ctx, "3. Water", app::format_volume_ml(w.water_last_ml), view.stale);
  ImGui::Spacing();
  wrapped_text("Hydrogen, upper bound: %s mol = %s L at 25 °C, 1 atm (LiAlH4 + 2 H2O → LiAlO2 + 4 H2).",
               app::format_sig(w.h2_mol_max).c_str(), app::format_sig(w.h2_l_25c_max).c_str());
  wrapped_text(
      "Least water that destroys the hydride: %s (2 H2O per LiAlH4); the Fieser recipe adds %s "
      "in all, %s times that, so the salts come out granular.",
      app::format_volume_ml(w.water_stoichiometric_ml).c_str(),
      app::format_volume_ml(w.fieser_water_ml).c_str(),
      app::format_sig(w.fieser_water_ml / w.water_stoichiometric_ml, 2).c_str());
  copy_button(ctx, "workup.copy", "Copy protocol", app::report_text(app::kWorkupTitle, report));
}

void draw_checklist(app::WorkupInputs& in, const app::WorkupView& view, UiContext& ctx) {
  heading(ctx, "Bench checklist");
  // Safety first and beside the steps it concerns (the hydrogen comes off in
  // steps 2-4): on a laptop screen a section under the list is below the fold.
  ImGui::BeginGroup();
  for (const auto& warning : view.warnings) warning_text(warning.level, warning.text);
  ImGui::EndGroup();
  ctx.tag_last_item("workup.safety");
  ImGui::Spacing();
  // The steps carry the amounts of the results on the left: while those are
  // stale, so is every amount here.
  if (view.stale && view.workup) {
    muted_text(std::string(app::kStaleText) + " (" + app::format_mass_g(view.workup->lah_g) + " LiAlH4).");
  }
  for (size_t i = 0; i < view.steps.size() && i < in.steps_done.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    const std::string step_name = "workup.step" + std::to_string(i + 1);
    if (auto ticked = ctx.take_command(step_name)) in.steps_done[i] = *ticked == "1";
    ImGui::Checkbox("##done", &in.steps_done[i]);
    ctx.tag_last_item(step_name.c_str());
    ctx.control("checkbox", step_name, std::to_string(i + 1) + ". " + view.steps[i].title, "",
                in.steps_done[i] ? "1" : "");
    ImGui::SameLine();
    ImGui::BeginGroup();
    const bool muted = in.steps_done[i] || view.stale;
    if (muted) ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
    wrapped_text("%zu. %s", i + 1, view.steps[i].title.c_str());
    if (muted) ImGui::PopStyleColor();
    muted_text(view.steps[i].detail);
    ImGui::EndGroup();
    ImGui::PopID();
  }
  if (ImGui::Button("Clear ticks", touch_button_size("Clear ticks"))) in.steps_done.fill(false);
  ctx.tag_last_item("workup.clear_ticks");
}

void draw_alternatives(const app::WorkupView& view, UiContext& ctx) {
  heading(ctx, "Alternatives");
  if (view.workup) {
    for (const auto& alternative : app::workup_alternatives(*view.workup)) {
      wrapped_text("%s", alternative.title.c_str());
      muted_text(alternative.detail);
    }
  }
  ImGui::Spacing();
  muted_text(std::string("Source: ") + app::kFieserCitation);
  muted_text(app::kWorkupModelText);
}

}  // namespace

void draw_workup_panel(app::WorkupInputs& inputs, app::AppSession& session, UiContext& ctx) {
  const app::WorkupView view = app::evaluate_workup(inputs, session.last_valid_workup);
  if (!view.stale && view.workup && may_commit(session.last_valid_workup.has_value()))
    session.last_valid_workup = view.workup;
  if (view.workup) session.shown_workup_lah_g = view.workup->lah_g;
  const app::Report report = app::workup_report(inputs, view);
  ctx.mirror("workup", report);

  Columns columns = begin_columns("workup", 0.42f);
  draw_amount_inputs(inputs, view, ctx);
  ImGui::Spacing();
  mark_results();
  draw_additions(view, report, ctx);
  next_column(columns);
  draw_checklist(inputs, view, ctx);
  ImGui::Spacing();
  draw_alternatives(view, ctx);
  end_columns(columns);
}

}  // namespace ui
