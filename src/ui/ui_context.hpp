// Per-frame services for the views, one object per job: test tags, the
// accessible form, the text mirror, the text fields (soft keyboard and
// keypad), frame requests (the app draws nothing while idle) and what to do
// once the frame is drawn (print, capture).
#pragma once

#include <optional>
#include <string>
#include <utility>

#include "ui/accessible_form.hpp"
#include "ui/host.hpp"
#include "ui/test_tags.hpp"
#include "ui/text_fields.hpp"
#include "ui/text_mirror.hpp"

struct ImFont;

namespace ui {

struct Fonts {
  ImFont* body = nullptr;
  ImFont* heading = nullptr;
  ImFont* large = nullptr;  // the numbers a chemist reads from across the bench
};

// More frames: until an animation's deadline, or one more after this one
// (work spread over frames, such as a curve computed a few points at a time).
class FrameRequests {
 public:
  // Keeps frames coming until `seconds` (ImGui time), e.g. for a "Copied" note.
  void animate_until(double seconds) { animate_until_ = animate_until_ > seconds ? animate_until_ : seconds; }
  double animation_deadline() const { return animate_until_; }
  void request_next_frame() { next_frame_wanted_ = true; }
  bool take_next_frame_request() { return std::exchange(next_frame_wanted_, false); }

 private:
  double animate_until_ = 0;
  bool next_frame_wanted_ = false;
};

// What the platform does once this frame is drawn.
class AfterFrame {
 public:
  // Prints tool `tool`'s bench card, with the first plot on screen.
  void request_print(const std::string& tool, const std::string& title) { print_ = {tool, title}; }
  bool print_waiting() const { return print_.has_value(); }
  std::optional<std::pair<std::string, std::string>> take_print() {
    if (print_) pixels_read_ = true;  // the card takes its plot from this frame's canvas
    return std::exchange(print_, std::nullopt);
  }
  // A region of the screen (CSS px) to save as PNG.
  struct Capture {
    float x, y, width, height;
    std::string filename;
  };
  void request_capture(const Capture& capture) {
    capture_ = capture;
    pixels_read_ = true;
  }
  std::optional<Capture> take_capture() { return std::exchange(capture_, std::nullopt); }
  // Something reads this frame's pixels back (a card's plot, a PNG), so the
  // frame must be drawn even when it looks like the last one.
  bool take_pixels_read() { return std::exchange(pixels_read_, false); }

 private:
  bool pixels_read_ = false;
  std::optional<std::pair<std::string, std::string>> print_;  // tool, title
  std::optional<Capture> capture_;
};

// Which folded sections are open, by test name ("cyclization.details"),
// comma-separated. Bound to the app state, so a reload keeps them open; an
// embed binds nothing and forgets them with the page.
class OpenSections {
 public:
  void bind(std::string* list) { list_ = list ? list : &own_; }
  bool is_open(const std::string& name) const;
  void set(const std::string& name, bool open);
  // True the first time `name` is asked about in this page's life (a section
  // that has data when first drawn opens then, as ImGuiCond_Once would).
  bool first_sight(const std::string& name);

 private:
  std::string own_;
  std::string* list_ = &own_;
  std::string seen_;  // ",name,name,"
};

class UiContext {
 public:
  explicit UiContext(Host& host) : host_(host) {}
  Host& host() { return host_; }

  Fonts fonts;
  TestTags tags;
  AccessibleForm form;
  TextMirror mirror;
  TextFields text_fields;
  FrameRequests frames;
  AfterFrame after_frame;
  OpenSections sections;

  // Tags the last ImGui item `name` (TestTags) and lets the form's focus
  // follow it (AccessibleForm::follow_focus): the one call that serves both.
  void tag_last_item(const char* name);

  // Called by the frame loop around the views.
  void begin_frame();
  void end_frame();

 private:
  Host& host_;
};

}  // namespace ui
