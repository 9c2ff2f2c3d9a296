#include "ui/fit_widgets.hpp"

#include <algorithm>

#include "imgui.h"
#include "imgui_internal.h"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace ui {
namespace {

float field_group_width(const std::string& label, const char* unit, float field_px) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float unit_px = unit && *unit ? style.ItemSpacing.x + ImGui::CalcTextSize(unit).x : 0.0f;
  return std::max(ImGui::CalcTextSize(label.c_str()).x, field_px + unit_px);
}

// What the measurement error means, under its field.
void error_field_note() {
  muted_text(
      "Each measured yield or fraction counts as right within ± this many percentage points (use the "
      "largest error it plausibly has: repeat runs, the spread of integrations); a range holds every value "
      "that reproduces them all.");
}

}  // namespace

bool fit_section(UiContext& ctx, const char* test_name, const char* label, bool has_data, const char* tool) {
  const bool open = section_header(ctx, test_name, label, has_data);
  // The header shows the section open or closed.
  ctx.tag_last_item((std::string("report.") + app::report_key::fit::kSection.name).c_str());
  ctx.mirror.add(tool, {{app::report_key::fit::kSection.name, label, open ? "open" : "closed"}});
  return open;
}

void flow_next(float width_px) {
  const float right_edge = ImGui::GetWindowPos().x + ImGui::GetContentRegionMax().x;
  if (ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x * 2 + width_px <= right_edge) {
    ImGui::SameLine(0, ImGui::GetStyle().ItemSpacing.x * 2);
    // The group beside starts with its label at the top: SameLine would move
    // that text down to the baseline of the field row just ended.
    ImGui::GetCurrentWindow()->DC.CurrLineTextBaseOffset = 0;
  }
}

void row_field(UiContext& ctx, const std::string& field, const std::string& label, app::TextField& value,
               const char* unit, const app::FieldErrors& errors, float width_px, bool first) {
  if (!first) flow_next(field_group_width(label, unit, width_px));
  ImGui::BeginGroup();
  number_field(ctx, field.c_str(), label.c_str(), value, unit, errors.at(field), width_px, false);
  ImGui::EndGroup();
}

void row_field(UiContext& ctx, const app::InputSpec& spec, app::TextField& value,
               const app::FieldErrors& errors, float width_px, bool first, const std::string& field,
               const std::string& label_prefix, bool variant) {
  // Declarations are string literals: their views end in NUL.
  row_field(ctx, field.empty() ? std::string(spec.key) : field,
            label_prefix + std::string(spec.label_for(variant)), value, spec.unit_for(variant).data(), errors,
            width_px, first);
}

void row_errors(UiContext& ctx, const app::FieldErrors& errors, std::initializer_list<std::string> fields) {
  for (const auto& field : fields) field_error(ctx, field.c_str(), errors.at(field));
}

void error_field(UiContext& ctx, const app::InputSpec& spec, app::TextField& value,
                 const app::FieldErrors& errors) {
  number_field(ctx, spec, value, errors.at(std::string(spec.key)), 90);
  error_field_note();
}

void fit_status(DrawnReport& rv, const app::FitReportKeys& keys) {
  for (app::ReportKey key : {keys.blocked, keys.problem, keys.stale, keys.held}) rv.status(key);
}

void verdict_line(DrawnReport& rv, const app::FitReportKeys& keys) {
  const app::ReportEntry* verdict = rv.find(keys.verdict);
  if (!verdict) return;
  const chem::WarningLevel level = verdict->level;
  const ImVec4 colour = level == chem::WarningLevel::danger    ? palette().error
                        : level == chem::WarningLevel::caution ? palette().caution
                                                               : palette().ok;
  ImGui::PushStyleColor(ImGuiCol_Text, verdict->stale ? palette().text_muted : colour);
  const char* mark = level == chem::WarningLevel::danger    ? "⚠"
                     : level == chem::WarningLevel::caution ? "•"
                                                            : "✓";
  wrapped_text("%s %s", mark, verdict->value.c_str());
  ImGui::PopStyleColor();
  rv.tag(keys.verdict);
  rv.sentence(keys.message, true);
}

bool use_button(UiContext& ctx, DrawnReport& rv, const char* test_name, const std::string& label,
                const app::FitViewBase& view, const chem::FitResult& fit, const app::FitReportKeys& keys,
                const std::string& parameter) {
  const bool blocked = !app::fit_use_blocked(view, fit, parameter).empty();
  const bool usable = !blocked && !view.held && !view.in_use;
  const std::string text = view.in_use ? "✓ In use: the tool's " + parameter + " is this fit" : label;
  ImGui::BeginDisabled(!usable);
  const bool pressed = button(ctx, test_name, text + "###" + test_name);
  ImGui::EndDisabled();
  // The button is the report's "use" entry ("fit.em_use"): its state is the entry's value.
  rv.tag(keys.use);
  // A stale fit that could otherwise be used says so in its status line above.
  const bool only_stale = view.stale && fit.value && fit.consistent;
  if (blocked && !only_stale) rv.sentence(keys.use, true);
  return pressed && usable;
}

}  // namespace ui
