#include "ui/widgets.hpp"

#include <cstdio>
#include <cstdlib>
#include <string>

#include "imgui.h"
#include "ui/theme.hpp"

namespace ui {

void heading(UiContext& ctx, const char* text) {
  ImGui::PushFont(ctx.fonts.heading);
  ImGui::TextUnformatted(text);
  ImGui::PopFont();
}

void muted_text(const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
}

void warning_text(chem::WarningLevel level, const std::string& text) {
  const ImVec4 colour = level == chem::WarningLevel::danger    ? palette().error
                        : level == chem::WarningLevel::caution ? palette().caution
                                                               : palette().text_muted;
  const char* mark = level == chem::WarningLevel::note ? "•" : "⚠";
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::TextUnformatted(mark);
  ImGui::SameLine();
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
}

bool number_field(UiContext& ctx, const char* field, const char* label, app::TextField& value,
                  const char* unit, const std::optional<chem::InputError>& error, float width_px) {
  const bool has_error = error && error->field == field;
  ImGui::TextUnformatted(label);
  ImGui::PushID(field);
  ImGui::SetNextItemWidth(width_px);
  if (has_error) ImGui::PushStyleColor(ImGuiCol_Border, palette().error);
  // No character filter: ImGui's numeric filters turn "," into "." and drop
  // letters, so "1,500" would silently become 1.5. Every character reaches
  // our parser instead, which says what is wrong.
  const bool changed =
      ImGui::InputText("##value", value.text.data(), value.text.size(), ImGuiInputTextFlags_AutoSelectAll);
  if (has_error) ImGui::PopStyleColor();
  const std::string test_name = std::string("field.") + field;
  ctx.tag_last_item(test_name.c_str());
  ctx.register_text_field(value, label);
  if (unit && *unit) {
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(unit);
  }
  if (has_error) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette().error);
    ImGui::TextWrapped("⚠ %s", error->message.c_str());
    ImGui::PopStyleColor();
    ctx.tag_last_item((std::string("error.") + field).c_str());
  }
  ImGui::PopID();
  return changed;
}

bool segmented(UiContext& ctx, const char* test_name, const char* const* labels, int count, int& selected) {
  bool changed = false;
  ImGui::PushID(test_name);
  for (int i = 0; i < count; ++i) {
    if (i > 0) ImGui::SameLine(0, 4);
    const bool active = i == selected;
    if (active) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    if (ImGui::Button(labels[i], ImVec2(0, touch_px())) && !active) {
      selected = i;
      changed = true;
    }
    if (active) ImGui::PopStyleColor();
    ctx.tag_last_item((std::string(test_name) + "." + std::to_string(i)).c_str());
  }
  ImGui::PopID();
  return changed;
}

void copy_button(UiContext& ctx, const char* test_name, const char* label, const std::string& text) {
  ImGuiStorage* storage = ImGui::GetStateStorage();
  const ImGuiID id = ImGui::GetID(test_name);
  const float copied_at = storage->GetFloat(id, -100.0f);
  const bool showing_copied = ImGui::GetTime() - copied_at < 2.0;
  ImGui::BeginDisabled(text.empty());
  if (ImGui::Button(showing_copied ? "✓ Copied" : label, ImVec2(0, touch_px()))) {
    ctx.host().copy_text(text);
    storage->SetFloat(id, static_cast<float>(ImGui::GetTime()));
    ctx.animate_until(ImGui::GetTime() + 2.1);
  }
  ImGui::EndDisabled();
  ctx.tag_last_item(test_name);
}

void big_result(UiContext& ctx, const char* label, const std::string& value, bool stale) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(label);
  ImGui::SameLine(ImGui::GetContentRegionAvail().x * 0.55f);
  ImGui::PushFont(ctx.fonts.large);
  if (stale) ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
  ImGui::TextUnformatted(value.c_str());
  ctx.tag_last_item((std::string("result.") + label).c_str());  // where tests look for "the first result"
  if (stale) ImGui::PopStyleColor();
  ImGui::PopFont();
}

// A slider under a text field: dragging writes the field, typing moves the
// slider. The text stays the source of truth (bad text is kept and named).
void slider_for(UiContext& ctx, const char* test_name, app::TextField& field, float min, float max,
                bool log_scale, const char* format, const char* text_format) {
  float value = static_cast<float>(std::atof(field.str().c_str()));
  if (!(value >= min)) value = min;
  if (value > max) value = max;
  ImGui::SetNextItemWidth(-1);
  ImGui::PushID(test_name);
  if (ImGui::SliderFloat("##slider", &value, min, max, format,
                         log_scale ? ImGuiSliderFlags_Logarithmic | ImGuiSliderFlags_NoRoundToFormat : 0)) {
    char text[32];
    if (!text_format) text_format = log_scale ? "%.3g" : "%.2f";
    std::snprintf(text, sizeof text, text_format, value);
    field.set(text);
  }
  ImGui::PopID();
  ctx.tag_last_item(test_name);
}

}  // namespace ui
