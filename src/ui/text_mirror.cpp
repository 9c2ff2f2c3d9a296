#include "ui/text_mirror.hpp"

namespace ui {

void TextMirror::add(const std::string& tool, const app::Report& entries) {
  if (!mirror_this_frame_) return;
  auto& frame_entries = frame_mirror_[tool];
  frame_entries.insert(frame_entries.end(), entries.begin(), entries.end());
}

void TextMirror::begin_frame(double now_s, bool drag_in_progress) {
  // During a slider drag the text mirror follows a few times a second, not
  // every frame: each publish rewrites the page's text (its announcements
  // wait for the input to settle anyway), a frame's worth of CPU spent on
  // values nobody reads until the finger lifts. The first frame of a drag
  // and the one after it ends are always published.
  mirror_this_frame_ = !drag_in_progress || now_s - published_at_s_ >= kDragMirrorPeriodS;
  if (mirror_this_frame_) published_at_s_ = now_s;
  frame_mirror_.clear();
}

void TextMirror::end_frame(Host& host) {
  if (!mirror_this_frame_) return;
  // A tool no longer on screen leaves the mirror too (empty section).
  for (auto& [tool, published] : published_) {
    if (!published.empty() && frame_mirror_.count(tool) == 0) {
      published.clear();
      host.publish_mirror(tool, {});
    }
  }
  for (const auto& [tool, entries] : frame_mirror_) {
    const std::string key = app::report_lines(entries);
    if (published_[tool] == key) continue;
    published_[tool] = key;
    host.publish_mirror(tool, entries);
  }
}

}  // namespace ui
