// The text mirror: each tool's report as text beside the canvas, for screen
// readers, search and tests. Entries are added while drawing and published
// per tool when they changed.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "app/report.hpp"
#include "ui/host.hpp"

namespace ui {

class TextMirror {
 public:
  // Adds to tool `tool`'s mirror for this frame.
  void add(const std::string& tool, const app::Report& entries);

  // `drag_in_progress`: during a slider drag the mirror follows a few times a
  // second, not every frame (see the .cpp).
  void begin_frame(double now_s, bool drag_in_progress);
  void end_frame(Host& host);

 private:
  static constexpr double kDragMirrorPeriodS = 0.25;
  std::map<std::string, std::vector<app::ReportEntry>> frame_mirror_;
  bool mirror_this_frame_ = true;
  double published_at_s_ = -1;
  std::map<std::string, std::string> published_;
};

}  // namespace ui
