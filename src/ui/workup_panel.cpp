#include "ui/workup_panel.hpp"

#include <algorithm>

#include "app/format.hpp"
#include "imgui.h"
#include "ui/layout.hpp"
#include "ui/report_widgets.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace ui {
namespace {

namespace keys = app::report_key::workup;

void draw_amount_inputs(app::WorkupInputs& in, const app::WorkupView& view, DrawnReport& rv, UiContext& ctx) {
  namespace spec = app::workup_input;
  heading(ctx, "LiAlH4 used");
  int mode = static_cast<int>(in.mode);
  if (segmented(ctx, "workup.mode", spec::kMode, mode)) in.mode = static_cast<chem::LahInputMode>(mode);
  const auto& error = view.error;
  switch (in.mode) {
    case chem::LahInputMode::mass_g:
      number_field(ctx, spec::kMassG, in.mass_g, error);
      break;
    case chem::LahInputMode::mass_mg:
      number_field(ctx, spec::kMassMg, in.mass_mg, error);
      break;
    case chem::LahInputMode::millimoles:
      number_field(ctx, spec::kMillimoles, in.millimoles, error);
      break;
    case chem::LahInputMode::solution: {
      number_field(ctx, spec::kSolutionMl, in.solution_ml, error);
      const app::InputSpec& preset_spec = spec::kSolutionPreset;
      // Declarations are string literals: their views end in NUL.
      ImGui::TextUnformatted(preset_spec.label.data());
      const char* labels[16];
      const int count = std::min(preset_spec.choice_count, 16);
      for (int i = 0; i < count; ++i) labels[i] = preset_spec.choices[i].label.data();
      int selected = static_cast<int>(in.solution_preset % static_cast<size_t>(count));
      if (choice_combo(ctx, "workup.preset", labels, count, selected, 220, touch_px() - 8))
        in.solution_preset = static_cast<size_t>(selected);
      if (app::kLahSolutionPresets[in.solution_preset % app::kLahSolutionPresets.size()].molarity == 0) {
        number_field(ctx, spec::kMolarity, in.custom_molarity, error);
      }
      break;
    }
    case chem::LahInputMode::equivalents:
      number_field(ctx, spec::kEquivalents, in.equivalents, error);
      number_field(ctx, spec::kSubstrateMmol, in.substrate_mmol, error);
      break;
  }
  for (const auto& entry : rv.report()) {
    if (entry.key != keys::kConversion.name) continue;
    muted_text(entry.value);
    rv.tag(keys::kConversion);
  }
}

void draw_additions(DrawnReport& rv, UiContext& ctx) {
  heading(ctx, "Fieser quench: n mL, n mL, 3n mL");
  if (!rv.find(keys::kWaterFirstMl)) {
    muted_text("Enter the amount of LiAlH4 to see the three additions.");
    return;
  }
  rv.status(keys::kStale);
  ImGui::BeginGroup();
  muted_text("For " + rv.value(keys::kLahG) + " LiAlH4 (" + rv.value(keys::kLahMmol) +
             "), in this order, at 0 °C:");
  ImGui::EndGroup();
  rv.tag(keys::kLahG);
  rv.tag(keys::kLahMmol);
  rv.big(keys::kWaterFirstMl);
  rv.big(keys::kNaoh15pctMl);
  rv.big(keys::kWaterLastMl);
  end_results();  // a phone shows the three amounts, then the LiAlH4 field
  ImGui::Spacing();
  rv.line(keys::kH2MolMax);
  rv.line(keys::kH2L25cMax);
  rv.line(keys::kWaterStoichiometricMl);
  rv.line(keys::kFieserWaterMl);
  copy_button(ctx, "workup.copy", "Copy protocol", app::report_text(app::kWorkupTitle, rv.report()));
}

void draw_checklist(app::WorkupInputs& in, DrawnReport& rv, UiContext& ctx) {
  heading(ctx, "Bench checklist");
  // Safety first and beside the steps it concerns (the hydrogen comes off in
  // steps 2-4): on a laptop screen a section under the list is below the fold.
  ImGui::BeginGroup();
  rv.warnings();
  ImGui::EndGroup();
  ctx.tag_last_item("workup.safety");
  ImGui::Spacing();
  // The steps carry the amounts of the results on the left: while those are
  // stale, so is every amount here.
  rv.status(keys::kChecklistStale);
  size_t i = 0;
  for (const auto& step : rv.report()) {
    if (step.kind != app::ReportKind::step || i >= in.steps_done.size()) continue;
    ImGui::PushID(static_cast<int>(i));
    const std::string step_name = "workup.step" + std::to_string(i + 1);
    if (auto ticked = ctx.form.take_command(step_name)) in.steps_done[i] = *ticked == "1";
    ImGui::Checkbox("##done", &in.steps_done[i]);
    ctx.tag_last_item(step_name.c_str());
    ctx.form.control("checkbox", step_name, std::to_string(i + 1) + ". " + step.value, "",
                     in.steps_done[i] ? "1" : "");
    ImGui::SameLine();
    ImGui::BeginGroup();
    const bool muted = in.steps_done[i] || step.stale;
    if (muted) ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
    wrapped_text("%zu. %s", i + 1, step.value.c_str());
    if (muted) ImGui::PopStyleColor();
    muted_text(step.detail);
    ImGui::EndGroup();
    rv.tag(step);
    ImGui::PopID();
    ++i;
  }
  if (button(ctx, "workup.clear_ticks", "Clear ticks")) in.steps_done.fill(false);
}

void draw_alternatives(DrawnReport& rv, UiContext& ctx) {
  heading(ctx, "Alternatives");
  for (size_t number : {1, 2}) {
    const app::ReportEntry* alternative = rv.find_named(keys::kAlternatives.key(number));
    if (!alternative) continue;
    ImGui::BeginGroup();
    wrapped_text_unformatted(alternative->label);
    muted_text(alternative->value);
    ImGui::EndGroup();
    rv.tag(*alternative);
  }
  ImGui::Spacing();
  if (section_header(ctx, "workup.model", "The model")) muted_text(app::kWorkupModelText);
  if (section_header(ctx, "workup.sources", "Sources")) rv.sources();
}

}  // namespace

void draw_workup_panel(app::WorkupInputs& inputs, app::AppSession& session, UiContext& ctx) {
  const app::WorkupScreen screen = app::evaluate_workup_screen(inputs, session, edit_state());
  const app::WorkupView& view = screen.view;
  ctx.mirror.add("workup", screen.report);
  DrawnReport rv(screen.report, ctx);

  Columns columns = begin_columns("workup", 0.42f);
  draw_amount_inputs(inputs, view, rv, ctx);
  ImGui::Spacing();
  mark_results();
  draw_additions(rv, ctx);
  next_column(columns);
  draw_checklist(inputs, rv, ctx);
  ImGui::Spacing();
  draw_alternatives(rv, ctx);
  end_columns(columns);
}

}  // namespace ui
