#include "ui/ui_context.hpp"

#include <algorithm>

#include "app/records.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "ui/touch_scroll.hpp"

namespace ui {

void UiContext::tag_last_item(const char* name) {
  // Kept with or without tests: whether they moved since the last frame tells
  // the frame loop that the layout is still settling (see layout_moved()).
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  // The window's clip rectangle tells a test whether the item can be seen or
  // has to be scrolled to first.
  const ImRect clip = ImGui::GetCurrentWindowRead()->ClipRect;
  const bool focused = ImGui::IsItemFocused();
  rects_.push_back({name, min.x, min.y, max.x - min.x, max.y - min.y, focused, clip.Min.y, clip.Max.y});
  follow_focus(name, focused);
}

void UiContext::follow_focus(const char* name, bool focused) {
  ImGuiContext& g = *GImGui;
  // A control of the form got the focus (Tab, or a screen reader's cursor):
  // the same widget on the canvas takes it, visibly, and scrolls into view.
  auto request = commands_.find("focus");
  if (request != commands_.end() && request->second == name) {
    commands_.erase(request);
    ImGui::FocusItem();
    g.NavDisableHighlight = false;
    published_keyboard_focus_ = name;  // the page's focus is there already
    request_next_frame();              // the focus and the scroll land next frame
    return;
  }
  // Keyboard navigation on the canvas (its highlight is on only then; a tap
  // or a click turns it off): the page's focus goes to the same control.
  if (focused && !g.NavDisableHighlight) keyboard_focus_ = name;
}

void UiContext::tag_last_item_for_tests(const std::string& name) {
  if (!host_.test_hooks_enabled()) return;
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  const ImRect clip = ImGui::GetCurrentWindowRead()->ClipRect;
  rects_.push_back({name, min.x, min.y, max.x - min.x, max.y - min.y, false, clip.Min.y, clip.Max.y});
}

void UiContext::tag_rect(const char* name, float x, float y, float width, float height) {
  if (!host_.test_hooks_enabled()) return;
  rects_.push_back({name, x, y, width, height, false, y, y + height});
}

void UiContext::register_text_field(app::TextField& field, const char* label) {
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  text_fields_.push_back({label, min.x, min.y, max.x - min.x, max.y - min.y});
  last_field_label_ = label;
  if (ImGui::IsItemActive()) {
    keypad_target_ = &field;
    keypad_target_label_ = label;
  }
  if (&field == keypad_target_) {
    keypad_target_seen_ = &field;
    keypad_target_place_ = {min.y, max.y, ImGui::GetCurrentWindowRead()->ID};
  }
}

void UiContext::animate_until(double seconds) { animate_until_ = std::max(animate_until_, seconds); }

void UiContext::control(const char* kind, const std::string& name, const std::string& label,
                        const std::string& value, const std::string& state) {
  const char* section = std::string(kind) == "tab"   ? "tabs"
                        : name.rfind("app.", 0) == 0 ? "header"
                                                     : "content";
  app::RecordWriter record;  // the form's fields: docs/PAGE_MESSAGES.md, "controls"
  record.field(section).field(kind).field(name).field(label).field(value).field(state).end();
  controls_ += record.text();
}

std::optional<std::string> UiContext::take_command(const std::string& name) {
  auto found = commands_.find(name);
  if (found == commands_.end()) return std::nullopt;
  std::string value = found->second;
  commands_.erase(found);
  return value;
}

void UiContext::begin_frame() {
  // During a slider drag the text mirror follows a few times a second, not
  // every frame: each publish rewrites the page's text (its announcements
  // wait for the input to settle anyway), a frame's worth of CPU spent on
  // values nobody reads until the finger lifts. The first frame of a drag
  // and the one after it ends are always published.
  const double now_s = ImGui::GetTime();
  mirror_this_frame_ = !pointer_drag_in_progress() || now_s - mirror_published_at_s_ >= kDragMirrorPeriodS;
  if (mirror_this_frame_) mirror_published_at_s_ = now_s;
  rects_.clear();
  text_fields_.clear();
  controls_.clear();
  // The form's commands for this frame; one a control no longer on screen
  // did not take is dropped with the next frame's.
  commands_.clear();
  for (auto& command : app::read_records(host_.take_control_commands()))
    if (command.size() >= 2) commands_[command[0]] = command[1];
  keypad_target_seen_ = nullptr;
  keyboard_focus_.clear();
  frame_mirror_.clear();
}

std::optional<UiContext::Capture> UiContext::take_capture() {
  std::optional<Capture> capture;
  capture.swap(capture_);
  return capture;
}

void UiContext::mirror(const std::string& tool, const app::Report& entries) {
  if (!mirror_this_frame_) return;
  auto& frame_entries = frame_mirror_[tool];
  frame_entries.insert(frame_entries.end(), entries.begin(), entries.end());
}

void UiContext::publish_mirror() {
  // A tool no longer on screen leaves the mirror too (empty section).
  for (auto& [tool, published] : published_mirror_) {
    if (!published.empty() && frame_mirror_.count(tool) == 0) {
      published.clear();
      host_.publish_mirror(tool, {});
    }
  }
  for (const auto& [tool, entries] : frame_mirror_) {
    const std::string key = app::report_lines(entries);
    if (published_mirror_[tool] == key) continue;
    published_mirror_[tool] = key;
    host_.publish_mirror(tool, entries);
  }
}

void UiContext::end_frame() {
  // The keypad's field went off screen (other tab, other mode): let it go.
  if (keypad_target_ && keypad_target_seen_ != keypad_target_) keypad_target_ = nullptr;
  const bool editing = ImGui::GetIO().WantTextInput;
  auto same_rects = [](const std::vector<WidgetRect>& a, const std::vector<WidgetRect>& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
      if (a[i].x != b[i].x || a[i].y != b[i].y || a[i].width != b[i].width || a[i].height != b[i].height) {
        return false;
      }
    }
    return true;
  };
  if (editing != published_editing_ || keypad_on != published_keypad_on_ ||
      !same_rects(text_fields_, published_text_fields_)) {
    host_.publish_text_fields(text_fields_, editing, keypad_on);
    published_text_fields_ = text_fields_;
    published_editing_ = editing;
    published_keypad_on_ = keypad_on;
  }
  // While a slider is dragged on the canvas the form would change every
  // frame; it follows once the drag ends (nobody drags and listens at once).
  if (!pointer_drag_in_progress() && controls_ != published_controls_) {
    host_.publish_controls(controls_);
    published_controls_ = controls_;
  }
  if (!keyboard_focus_.empty() && keyboard_focus_ != published_keyboard_focus_ &&
      controls_.find("\t" + keyboard_focus_ + "\t") != std::string::npos) {
    host_.publish_keyboard_focus(keyboard_focus_);
  }
  if (!keyboard_focus_.empty()) published_keyboard_focus_ = keyboard_focus_;
  if (mirror_this_frame_) publish_mirror();
  if (print_request_) {
    // The plot drawn this frame, if one can be seen whole enough to print.
    const WidgetRect* plot = nullptr;
    for (const auto& rect : rects_) {
      const std::string suffix = ".area";
      const bool is_plot = rect.name.size() > suffix.size() &&
                           rect.name.compare(rect.name.size() - suffix.size(), suffix.size(), suffix) == 0;
      if (is_plot && rect.y >= rect.clip_top - 1 && rect.y + rect.height <= rect.clip_bottom + 1) {
        plot = &rect;
        break;
      }
    }
    // With its legend, when the legend is drawn beside the plot.
    WidgetRect framed = plot ? *plot : WidgetRect{};
    if (plot) {
      const std::string legend = plot->name.substr(0, plot->name.size() - 5) + ".legend.";
      for (const auto& rect : rects_) {
        if (rect.name.rfind(legend, 0) != 0) continue;
        const float right = std::max(framed.x + framed.width, rect.x + rect.width);
        const float bottom = std::max(framed.y + framed.height, rect.y + rect.height);
        framed.x = std::min(framed.x, rect.x);
        framed.y = std::min(framed.y, rect.y);
        framed.width = right - framed.x;
        framed.height = bottom - framed.y;
      }
    }
    host_.print_card(print_request_->first, print_request_->second, plot ? &framed : nullptr);
    print_request_.reset();
  }
  // Dear ImGui lays a change out over a frame or two (a scrollbar appears
  // once the content has grown, a row wraps once it is measured). The app
  // must not fall idle in between: what is drawn would not be where the next
  // tap lands.
  auto same_place = [](const WidgetRect& a, const WidgetRect& b) {
    return a.x == b.x && a.y == b.y && a.width == b.width && a.height == b.height;
  };
  layout_moved_ = rects_.size() != last_frame_rects_.size() ||
                  !std::equal(rects_.begin(), rects_.end(), last_frame_rects_.begin(), same_place);
  last_frame_rects_ = rects_;
  if (!host_.test_hooks_enabled()) return;
  // Tooltips are ImGui's own windows: tests check that none stays behind a tap.
  for (const ImGuiWindow* window : GImGui->Windows) {
    if ((window->Flags & ImGuiWindowFlags_Tooltip) && window->Active) {
      tag_rect("imgui.tooltip", window->Pos.x, window->Pos.y, window->Size.x, window->Size.y);
    }
  }
  auto same = [](const WidgetRect& a, const WidgetRect& b) {
    return a.name == b.name && a.x == b.x && a.y == b.y && a.width == b.width && a.height == b.height &&
           a.focused == b.focused && a.clip_top == b.clip_top && a.clip_bottom == b.clip_bottom;
  };
  if (rects_.size() == published_rects_.size() &&
      std::equal(rects_.begin(), rects_.end(), published_rects_.begin(), same)) {
    return;
  }
  host_.publish_widget_rects(rects_);
  published_rects_ = rects_;
}

}  // namespace ui
