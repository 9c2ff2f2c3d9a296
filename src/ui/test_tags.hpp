// Where each named widget is this frame: for browser tests (published only
// when the page asked for test hooks) and for the frame loop, which keeps
// drawing while the layout still moves.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ui/host.hpp"

namespace ui {

class TestTags {
 public:
  // Records the last ImGui item under `name`, with its window's visible band.
  void tag_last_item(const char* name, bool focused);
  // A second name for an item already tagged (the report entry it shows):
  // recorded only for tests.
  void tag_last_item_for_tests(const std::string& name);
  // Any rectangle (screen px), e.g. a whole window; only for tests.
  void tag_rect(const char* name, float x, float y, float width, float height);

  // Whether a tagged widget moved or changed size since the last frame.
  bool layout_moved() const { return layout_moved_; }
  // The first plot (a rectangle tagged "<plot>.area") seen whole this frame,
  // with its legend when that is drawn beside it: what a bench card prints.
  std::optional<WidgetRect> printable_plot() const;

  void begin_frame(bool for_tests);
  void end_frame(Host& host);

 private:
  bool for_tests_ = false;
  std::vector<WidgetRect> rects_;
  std::vector<WidgetRect> published_rects_;
  std::vector<WidgetRect> last_frame_rects_;
  bool layout_moved_ = false;
};

}  // namespace ui
