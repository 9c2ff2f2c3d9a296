#include "ui/accessible_form.hpp"

#include "app/records.hpp"
#include "imgui.h"
#include "imgui_internal.h"

namespace ui {

void AccessibleForm::control(const char* kind, const std::string& name, const std::string& label,
                             const std::string& value, const std::string& state) {
  const char* section = std::string(kind) == "tab"   ? "tabs"
                        : name.rfind("app.", 0) == 0 ? "header"
                                                     : "content";
  app::RecordWriter record;  // the form's fields: docs/PAGE_MESSAGES.md, "controls"
  record.field(section).field(kind).field(name).field(label).field(value).field(state).end();
  controls_ += record.text();
}

std::optional<std::string> AccessibleForm::take_command(const std::string& name) {
  auto found = commands_.find(name);
  if (found == commands_.end()) return std::nullopt;
  std::string value = found->second;
  commands_.erase(found);
  return value;
}

bool AccessibleForm::follow_focus(const char* name, bool focused) {
  ImGuiContext& g = *GImGui;
  // A control of the form got the focus (Tab, or a screen reader's cursor):
  // the same widget on the canvas takes it, visibly, and scrolls into view.
  auto request = commands_.find("focus");
  if (request != commands_.end() && request->second == name) {
    commands_.erase(request);
    ImGui::FocusItem();
    g.NavDisableHighlight = false;
    published_keyboard_focus_ = name;  // the page's focus is there already
    focus_from_page_ = true;
    return true;
  }
  // Keyboard navigation on the canvas (its highlight is on only then; a tap
  // or a click turns it off): the page's focus goes to the same control.
  if (focused && !g.NavDisableHighlight) keyboard_focus_ = name;
  return false;
}

void AccessibleForm::begin_frame(Host& host) {
  controls_.clear();
  // The form's commands for this frame; one a control no longer on screen
  // did not take is dropped with the next frame's.
  commands_.clear();
  for (auto& command : app::read_records(host.take_control_commands()))
    if (command.size() >= 2) commands_[command[0]] = command[1];
  keyboard_focus_.clear();
  focus_from_page_ = false;
}

void AccessibleForm::end_frame(Host& host, bool drag_in_progress) {
  if (!drag_in_progress && controls_ != published_controls_) {
    host.publish_controls(controls_);
    published_controls_ = controls_;
  }
  if (focus_from_page_) keyboard_focus_.clear();
  if (!keyboard_focus_.empty() && keyboard_focus_ != published_keyboard_focus_ &&
      controls_.find("\t" + keyboard_focus_ + "\t") != std::string::npos) {
    host.publish_keyboard_focus(keyboard_focus_);
  }
  if (!keyboard_focus_.empty()) published_keyboard_focus_ = keyboard_focus_;
}

}  // namespace ui
