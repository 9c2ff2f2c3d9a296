// The accessible form beside the canvas (Host::publish_controls): each frame
// the controls drawn list themselves here, what the form asked of them comes
// back as commands, and the keyboard focus follows both ways.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "ui/host.hpp"

namespace ui {

class AccessibleForm {
 public:
  // A control of the form. `kind`: textbox, slider, button, toggle (a
  // segment), tab, disclosure or checkbox; `state`: a slider's position
  // (0-1000), "1" when selected, pressed, open or checked, "disabled", or a
  // text field's error message.
  void control(const char* kind, const std::string& name, const std::string& label, const std::string& value,
               const std::string& state = "");
  // What the form asked of control `name` this frame, if anything.
  std::optional<std::string> take_command(const std::string& name);
  // The label of the text field drawn last (a slider under it shares it).
  const std::string& last_field_label() const { return last_field_label_; }
  void set_last_field_label(const std::string& label) { last_field_label_ = label; }
  // The widget tagged `name` was just drawn: it takes the focus when the
  // form's control did (and scrolls into view), and the form's focus follows
  // keyboard navigation on the canvas. True when the widget took the focus
  // (its scroll lands next frame).
  bool follow_focus(const char* name, bool focused);

  void begin_frame(Host& host);
  // `drag_in_progress`: the form follows once a slider drag ends (it would
  // change every frame; nobody drags and listens at once).
  void end_frame(Host& host, bool drag_in_progress);

 private:
  std::string controls_;
  std::string published_controls_;
  std::map<std::string, std::string> commands_;
  std::string last_field_label_;
  std::string keyboard_focus_;  // the control keyboard navigation is on, this frame
  std::string published_keyboard_focus_;
  // The page moved the focus this frame (a control of the form took it): the
  // widget drawn before it still reads as focused, and must not pull the
  // page's focus back.
  bool focus_from_page_ = false;
};

}  // namespace ui
