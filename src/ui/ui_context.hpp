// Per-frame services for the views: the host, the named-widget registry and
// requests for more frames (the app draws nothing while idle).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "app/text_field.hpp"
#include "ui/host.hpp"

struct ImFont;

namespace ui {

struct Fonts {
  ImFont* body = nullptr;
  ImFont* heading = nullptr;
  ImFont* large = nullptr;  // the numbers a chemist reads from across the bench
};

class UiContext {
 public:
  explicit UiContext(Host& host) : host_(host) {}

  Host& host() { return host_; }
  Fonts fonts;

  // Records the last ImGui item under `name` for browser tests.
  void tag_last_item(const char* name);
  // Records the last ImGui item under `name` only for browser tests (a second
  // name for an item already tagged, such as the report entry it shows): the
  // page's own frames skip the bookkeeping.
  void tag_last_item_for_tests(const std::string& name);
  // Records any rectangle (screen px) under `name`, e.g. a whole window.
  void tag_rect(const char* name, float x, float y, float width, float height);
  // Records the last item as a text field (for the soft keyboard) and, when it
  // is being edited, as the target of the on-screen keypad.
  void register_text_field(app::TextField& field, const char* label);
  app::TextField* keypad_target() const { return keypad_target_; }
  const std::string& keypad_target_label() const { return keypad_target_label_; }
  // Where the keypad's field is (screen px) and the window that scrolls it.
  struct TargetPlace {
    float top = 0, bottom = 0;
    unsigned window_id = 0;
  };
  const TargetPlace& keypad_target_place() const { return keypad_target_place_; }
  void clear_keypad_target() { keypad_target_ = nullptr; }
  bool keypad_on = false;  // set by the frame from the app state
  // Keeps frames coming until `seconds` (ImGui time), e.g. for a "Copied" note.
  void animate_until(double seconds);
  double animation_deadline() const { return animate_until_; }
  // Asks for one more frame after this one (work spread over frames, such
  // as a curve computed a few points at a time); the frame loop reads it.
  void request_next_frame() { next_frame_wanted_ = true; }
  bool take_next_frame_request() {
    const bool wanted = next_frame_wanted_;
    next_frame_wanted_ = false;
    return wanted;
  }

  // Whether a tagged widget moved or changed size since the last frame.
  bool layout_moved() const { return layout_moved_; }

  // Called by the frame loop around the views.
  void begin_frame();
  void end_frame();
  // Adds to a tool's text mirror for this frame; end_frame publishes each
  // tool's entries when they changed.
  void mirror(const std::string& tool, const app::Report& entries);

  // A control of the accessible form beside the canvas (see Host::publish_controls).
  // `kind`: textbox, slider, button, toggle (a segment), tab or checkbox;
  // `state`: a slider's position (0-1000), "1" when selected, pressed or
  // checked, "disabled", or a text field's error message.
  void control(const char* kind, const std::string& name, const std::string& label, const std::string& value,
               const std::string& state = "");
  // What the form asked of control `name` this frame, if anything.
  std::optional<std::string> take_command(const std::string& name);
  // The label of the text field drawn last (a slider under it shares it).
  const std::string& last_field_label() const { return last_field_label_; }

  // Prints tool `tool`'s bench card once this frame is drawn, with the first
  // plot on screen.
  void request_print(const std::string& tool, const std::string& title) { print_request_ = {tool, title}; }

  // A region of the screen (CSS px) to save as PNG after this frame is drawn.
  struct Capture {
    float x, y, width, height;
    std::string filename;
  };
  void request_capture(const Capture& capture) { capture_ = capture; }
  std::optional<Capture> take_capture();

 private:
  Host& host_;
  void follow_focus(const char* name, bool focused);
  void publish_mirror();

  std::vector<WidgetRect> rects_;
  std::vector<WidgetRect> published_rects_;
  std::vector<WidgetRect> last_frame_rects_;
  bool layout_moved_ = false;
  std::vector<WidgetRect> text_fields_;
  std::vector<WidgetRect> published_text_fields_;
  bool published_editing_ = false;
  bool published_keypad_on_ = false;
  app::TextField* keypad_target_ = nullptr;
  app::TextField* keypad_target_seen_ = nullptr;  // still on screen this frame?
  std::string keypad_target_label_;
  TargetPlace keypad_target_place_;
  std::map<std::string, std::vector<app::ReportEntry>> frame_mirror_;
  static constexpr double kDragMirrorPeriodS = 0.25;
  bool mirror_this_frame_ = true;
  double mirror_published_at_s_ = -1;
  std::map<std::string, std::string> published_mirror_;
  std::optional<Capture> capture_;
  std::optional<std::pair<std::string, std::string>> print_request_;  // tool, title
  std::string controls_;
  std::string published_controls_;
  std::map<std::string, std::string> commands_;
  std::string last_field_label_;
  std::string keyboard_focus_;  // the control keyboard navigation is on, this frame
  std::string published_keyboard_focus_;
  double animate_until_ = 0;
  bool next_frame_wanted_ = false;
};

}  // namespace ui
