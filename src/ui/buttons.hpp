// Everything on the canvas that is pressed: buttons, toggles, segmented
// choices, tabs, list choices and section headers. Each goes through
// button() (or form_choice() while its list is closed), which draws it, tags
// it for tests and lists it in the accessible form under the same name, so a
// screen reader reaches every one of them; a press in the form counts as a
// click. tests/ui/test_form_coverage.cpp holds every tool to that.
#pragma once

#include <string>

#include "app/input_spec.hpp"
#include "imgui.h"
#include "ui/ui_context.hpp"

namespace ui {

// What the accessible form makes of it: a button, a toggle (aria-pressed), a
// tab (aria-selected) or a disclosure (aria-expanded).
enum class ButtonRole { button, toggle, tab, disclosure };

struct ButtonLook {
  ButtonRole role = ButtonRole::button;
  bool selected = false;   // a toggle's or tab's state
  std::string form_label;  // what a screen reader hears, when not the drawn label
  ImVec2 size{0, 0};       // 0: a fingertip-high button that fits its label (a row: the full width)
  bool row = false;        // a full-width row of a list (ImGui::Selectable)
};

// Draws a button named `name` (test tag and form control) with `label`
// (ImGui's "###id" suffixes allowed; the form gets the text before them).
// Disabled inside ImGui::BeginDisabled. True when clicked, tapped or pressed
// in the form.
bool button(UiContext& ctx, const std::string& name, const std::string& label, const ButtonLook& look = {});

// A choice of a list that is closed on the canvas (a combo): still a control
// of the form, so the list can be used without opening it. True when pressed.
bool form_choice(UiContext& ctx, const std::string& name, const std::string& label, bool selected,
                 ButtonRole role = ButtonRole::toggle);

// A combo box named `name` whose choices are `labels`; each choice is a
// control of the form ("name.0", "name.1", ...), open or closed.
bool choice_combo(UiContext& ctx, const std::string& name, const char* const* labels, int count,
                  int& selected, float width_px, float row_height_px);

// A row of big toggle buttons, one of which is selected. Returns true on change.
bool segmented(UiContext& ctx, const char* test_name, const char* const* labels, int count, int& selected);
// The same for a declared choice input: one button per choice, its label.
bool segmented(UiContext& ctx, const char* test_name, const app::InputSpec& spec, int& selected);

// A button that copies `text` and says "Copied" for two seconds.
void copy_button(UiContext& ctx, const char* test_name, const char* label, const std::string& text);

// A collapsing section header, a disclosure in the form. Open or closed as
// ctx.sections says (remembered by the app); `open_at_first`: opened the
// first time it is drawn (a section a link brought data for).
bool section_header(UiContext& ctx, const char* test_name, const char* label, bool open_at_first = false);

}  // namespace ui
