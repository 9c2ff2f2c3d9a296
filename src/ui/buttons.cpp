#include "ui/buttons.hpp"

#include <algorithm>

#include "imgui_internal.h"
#include "ui/theme.hpp"
#include "ui/typeset.hpp"
#include "ui/widgets.hpp"

namespace ui {
namespace {

const char* form_kind(ButtonRole role) {
  switch (role) {
    case ButtonRole::toggle:
      return "toggle";
    case ButtonRole::tab:
      return "tab";
    case ButtonRole::disclosure:
      return "disclosure";
    case ButtonRole::button:
      break;
  }
  return "button";
}

// The text a person reads: ImGui's "##"/"###" id suffix is not part of it.
std::string visible_text(const std::string& label) { return label.substr(0, label.find("##")); }

bool inside_disabled_block() { return (GImGui->CurrentItemFlags & ImGuiItemFlags_Disabled) != 0; }

}  // namespace

bool button(UiContext& ctx, const std::string& name, const std::string& label, const ButtonLook& look) {
  const bool disabled = inside_disabled_block();
  const bool pressed_in_form = ctx.form.take_command(name).has_value() && !disabled;
  bool clicked = false;
  if (look.row) {
    clicked = ImGui::Selectable(label.c_str(), look.selected, 0,
                                ImVec2(look.size.x, look.size.y > 0 ? look.size.y : touch_px()));
  } else {
    const ImVec2 size = look.size.x > 0 ? look.size : touch_button_size(visible_text(label).c_str());
    clicked = ImGui::Button(label.c_str(), size);
  }
  ctx.tag_last_item(name.c_str());
  const std::string state = disabled ? "disabled" : look.selected ? "1" : "";
  ctx.form.control(form_kind(look.role), name,
                   look.form_label.empty() ? visible_text(label) : look.form_label, "", state);
  return clicked || pressed_in_form;
}

bool form_choice(UiContext& ctx, const std::string& name, const std::string& label, bool selected,
                 ButtonRole role) {
  ctx.form.control(form_kind(role), name, label, "", selected ? "1" : "");
  return ctx.form.take_command(name).has_value();
}

bool choice_combo(UiContext& ctx, const std::string& name, const char* const* labels, int count,
                  int& selected, float width_px, float row_height_px) {
  if (width_px != 0) ImGui::SetNextItemWidth(width_px);
  const int shown = std::clamp(selected, 0, count - 1);
  const bool open = ImGui::BeginCombo(("##" + name).c_str(), labels[shown], ImGuiComboFlags_HeightLargest);
  ctx.tag_last_item(name.c_str());
  bool changed = false;
  for (int i = 0; i < count; ++i) {
    const std::string choice = name + "." + std::to_string(i);
    ButtonLook look{ButtonRole::toggle, i == selected, {}, ImVec2(0, row_height_px), true};
    const bool pressed =
        open ? button(ctx, choice, labels[i], look) : form_choice(ctx, choice, labels[i], i == selected);
    if (pressed && i != selected) {
      selected = i;
      changed = true;
    }
  }
  if (open) ImGui::EndCombo();
  return changed;
}

bool segmented(UiContext& ctx, const char* test_name, const char* const* labels, int count, int& selected) {
  bool changed = false;
  ImGui::PushID(test_name);
  const float gap = 4;
  for (int i = 0; i < count; ++i) {
    // Formulas as chemists write them (NaN₃ / H₂SO₄); the form keeps the plain label.
    const std::string shown = typeset_chemistry(labels[i]);
    // At least a fingertip wide; a segment that does not fit starts a new row.
    const float width =
        std::max(touch_px(), ImGui::CalcTextSize(shown.c_str()).x + ImGui::GetStyle().FramePadding.x * 2);
    if (i > 0) same_line_if_fits(width, gap);
    const bool active = i == selected;
    // The chosen segment keeps its colour under the pointer: a hover shade
    // could bring it within 3:1 of its neighbours and hide which one is chosen.
    if (active) {
      ImGui::PushStyleColor(ImGuiCol_Button, palette().segment_selected);
      ImGui::PushStyleColor(ImGuiCol_ButtonHovered, palette().segment_selected);
      ImGui::PushStyleColor(ImGuiCol_ButtonActive, palette().segment_selected);
      ImGui::PushStyleColor(ImGuiCol_Text, palette().segment_selected_text);
    }
    const std::string name = std::string(test_name) + "." + std::to_string(i);
    const ButtonLook look{ButtonRole::toggle, active, labels[i], ImVec2(width, touch_px())};
    if (button(ctx, name, shown, look) && !active) {
      selected = i;
      changed = true;
    }
    if (active) ImGui::PopStyleColor(4);
  }
  ImGui::PopID();
  return changed;
}

bool segmented(UiContext& ctx, const char* test_name, const app::InputSpec& spec, int& selected) {
  // The labels as C strings: string_views of literals, so they end in NUL.
  const char* labels[16];
  const int count = std::min(spec.choice_count, 16);
  for (int i = 0; i < count; ++i) labels[i] = spec.choices[i].label.data();
  return segmented(ctx, test_name, labels, count, selected);
}

void copy_button(UiContext& ctx, const char* test_name, const char* label, const std::string& text) {
  ImGuiStorage* storage = ImGui::GetStateStorage();
  const ImGuiID id = ImGui::GetID(test_name);
  const float copied_at = storage->GetFloat(id, -100.0f);
  const bool showing_copied = ImGui::GetTime() - copied_at < 2.0;
  ImGui::BeginDisabled(text.empty());
  const std::string shown = std::string(showing_copied ? "✓ Copied" : label) + "###" + test_name;
  const ButtonLook look{ButtonRole::button, false, label,
                        touch_button_size(showing_copied ? "✓ Copied" : label)};
  if (button(ctx, test_name, shown, look)) {
    ctx.host().copy_text(text);
    storage->SetFloat(id, static_cast<float>(ImGui::GetTime()));
    ctx.frames.animate_until(ImGui::GetTime() + 2.1);
  }
  ImGui::EndDisabled();
}

bool section_header(UiContext& ctx, const char* test_name, const char* label, bool open_at_first) {
  if (ctx.sections.first_sight(test_name) && open_at_first) ctx.sections.set(test_name, true);
  const bool was_open = ctx.sections.is_open(test_name);
  ImGui::SetNextItemOpen(was_open, ImGuiCond_Always);
  bool open = ImGui::CollapsingHeader(label);
  ctx.tag_last_item(test_name);
  // The form's disclosure toggles the section as a click on its header does.
  if (ctx.form.take_command(test_name)) open = !was_open;
  ctx.sections.set(test_name, open);
  ctx.form.control("disclosure", test_name, label, "", open ? "1" : "");
  return open;
}

}  // namespace ui
