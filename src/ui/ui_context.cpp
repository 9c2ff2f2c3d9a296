#include "ui/ui_context.hpp"

#include "imgui.h"
#include "ui/touch_scroll.hpp"

namespace ui {

bool OpenSections::is_open(const std::string& name) const {
  return ("," + *list_ + ",").find("," + name + ",") != std::string::npos;
}

void OpenSections::set(const std::string& name, bool open) {
  if (open == is_open(name)) return;
  if (open) {
    *list_ += (list_->empty() ? "" : ",") + name;
    return;
  }
  std::string wrapped = "," + *list_ + ",";
  wrapped.erase(wrapped.find("," + name + ","), name.size() + 1);
  *list_ = wrapped.size() > 2 ? wrapped.substr(1, wrapped.size() - 2) : "";
}

bool OpenSections::first_sight(const std::string& name) {
  if (seen_.empty()) seen_ = ",";
  if (seen_.find("," + name + ",") != std::string::npos) return false;
  seen_ += name + ",";
  return true;
}

void UiContext::tag_last_item(const char* name) {
  const bool focused = ImGui::IsItemFocused();
  tags.tag_last_item(name, focused);
  if (form.follow_focus(name, focused)) frames.request_next_frame();  // the focus and scroll land next frame
}

void UiContext::begin_frame() {
  tags.begin_frame(host_.test_hooks_enabled());
  form.begin_frame(host_);
  mirror.begin_frame(ImGui::GetTime(), pointer_drag_in_progress());
  text_fields.begin_frame();
}

void UiContext::end_frame() {
  text_fields.end_frame(host_);
  form.end_frame(host_, pointer_drag_in_progress());
  mirror.end_frame(host_);
  if (after_frame.print_waiting() && !host_.card_ready()) {
    host_.want_card();  // and the request waits for a frame after it came
    frames.request_next_frame();
  } else if (auto print = after_frame.take_print()) {
    const std::optional<WidgetRect> plot = tags.printable_plot();
    host_.print_card(print->first, print->second, plot ? &*plot : nullptr);
  }
  tags.end_frame(host_);
}

}  // namespace ui
