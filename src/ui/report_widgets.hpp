// The screen's rendering of a tool's report (app/report.hpp): every result,
// step, warning and source a panel shows is drawn from the report's entry,
// so the screen says what the mirror, the clipboard and the card say, stale
// marks included. Each drawn entry is tagged "report.<key>", and also
// "stale.<key>" while stale, so a browser test can hold the screen to the
// report.
#pragma once

#include <string>

#include "app/report.hpp"
#include "ui/ui_context.hpp"

namespace ui {

class ReportView {
 public:
  ReportView(const app::Report& report, UiContext& ctx) : report_(report), ctx_(ctx) {}

  const app::Report& report() const { return report_; }
  const app::ReportEntry* find(const char* key) const { return app::find_entry(report_, key); }
  // The entry's value, or "" when the report has no such entry.
  std::string value(const char* key) const;

  // Label on the left, the value large (the numbers read from across the bench).
  void big(const char* key);
  // "Label: value", wrapped; muted while stale.
  void line(const char* key);
  // The value alone, wrapped (a sentence that names its own subject).
  void sentence(const char* key, bool muted = false);
  // A status entry (the stale note, a problem) in the colour of its level
  // (caution by default; danger red, a note muted).
  void status(const char* key);
  // The warnings whose keys start with `key_prefix` (all by default), each at its level.
  void warnings(const char* key_prefix = "");
  // The sources whose keys start with `key_prefix`, muted, under their labels.
  void sources(const char* key_prefix = "");
  // Marks the last ImGui item as showing `key` (for items drawn elsewhere,
  // such as a diagram box or a sentence made of several entries).
  void tag(const char* key) const;

 private:
  const app::Report& report_;
  UiContext& ctx_;
};

}  // namespace ui
