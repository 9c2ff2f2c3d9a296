// The text fields on screen: where they are (so a tap on one can raise the
// soft keyboard inside the page's touch handler), whether one is edited, and
// which one the on-screen keypad types into.
#pragma once

#include <string>
#include <vector>

#include "app/text_field.hpp"
#include "ui/host.hpp"

namespace ui {

class TextFields {
 public:
  // Records the last item as a text field and, when it is being edited, as
  // the keypad's target.
  void add_last_item(app::TextField& field, const std::string& label);

  bool keypad_on = false;  // set by the frame from the app state
  app::TextField* keypad_target() const { return keypad_target_; }
  const std::string& keypad_target_label() const { return keypad_target_label_; }
  // Where the keypad's field is (screen px) and the window that scrolls it.
  struct TargetPlace {
    float top = 0, bottom = 0;
    unsigned window_id = 0;
  };
  const TargetPlace& keypad_target_place() const { return keypad_target_place_; }
  void clear_keypad_target() { keypad_target_ = nullptr; }

  void begin_frame();
  void end_frame(Host& host);

 private:
  std::vector<WidgetRect> fields_;
  std::vector<WidgetRect> published_fields_;
  bool published_editing_ = false;
  bool published_keypad_on_ = false;
  app::TextField* keypad_target_ = nullptr;
  app::TextField* keypad_target_seen_ = nullptr;  // still on screen this frame?
  std::string keypad_target_label_;
  TargetPlace keypad_target_place_;
};

}  // namespace ui
