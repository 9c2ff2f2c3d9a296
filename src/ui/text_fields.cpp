#include "ui/text_fields.hpp"

#include "imgui.h"
#include "imgui_internal.h"

namespace ui {
namespace {

bool same_places(const std::vector<WidgetRect>& a, const std::vector<WidgetRect>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i].x != b[i].x || a[i].y != b[i].y || a[i].width != b[i].width || a[i].height != b[i].height) {
      return false;
    }
  }
  return true;
}

}  // namespace

void TextFields::add_last_item(app::TextField& field, const std::string& label) {
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  fields_.push_back({label, min.x, min.y, max.x - min.x, max.y - min.y});
  if (ImGui::IsItemActive()) {
    keypad_target_ = &field;
    keypad_target_label_ = label;
  }
  if (&field == keypad_target_) {
    keypad_target_seen_ = &field;
    keypad_target_place_ = {min.y, max.y, ImGui::GetCurrentWindowRead()->ID};
  }
}

void TextFields::begin_frame() {
  fields_.clear();
  keypad_target_seen_ = nullptr;
}

void TextFields::end_frame(Host& host) {
  // The keypad's field went off screen (other tab, other mode): let it go.
  if (keypad_target_ && keypad_target_seen_ != keypad_target_) keypad_target_ = nullptr;
  const bool editing = ImGui::GetIO().WantTextInput;
  if (editing == published_editing_ && keypad_on == published_keypad_on_ &&
      same_places(fields_, published_fields_)) {
    return;
  }
  host.publish_text_fields(fields_, editing, keypad_on);
  published_fields_ = fields_;
  published_editing_ = editing;
  published_keypad_on_ = keypad_on;
}

}  // namespace ui
