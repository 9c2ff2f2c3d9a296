// The screen's rendering of a tool's report (app/report.hpp): every result,
// step, warning and source a panel shows is drawn from the report's entry,
// so the screen says what the mirror, the clipboard and the card say, stale
// marks included. Each drawn entry is tagged "report.<key>", and also
// "stale.<key>" while stale, so a browser test can hold the screen to the
// report.
//
// Entries are named by the constants of app/report_keys.hpp, which the report
// builders use too: a misspelt key does not compile. The "_named" methods and
// tag(entry) are for keys that are data (a step's key read from the report, a
// key of a numbered family), and only for those.
#pragma once

#include <initializer_list>
#include <string>

#include "app/report.hpp"
#include "app/report_keys.hpp"
#include "ui/ui_context.hpp"

namespace ui {

class DrawnReport {
 public:
  DrawnReport(const app::Report& report, UiContext& ctx) : report_(report), ctx_(ctx) {}

  const app::Report& report() const { return report_; }
  const app::ReportEntry* find(app::ReportKey key) const { return app::find_entry(report_, key.name); }
  // The entry's value, or "" when the report has no such entry.
  std::string value(app::ReportKey key) const;

  // Label on the left, the value large (the numbers read from across the bench).
  void big(app::ReportKey key);
  // Several headline values side by side, each label over its value (large),
  // when the column has room for them all; else one big() line each.
  void big_row(std::initializer_list<app::ReportKey> keys);
  // "Label: value", wrapped; muted while stale.
  void line(app::ReportKey key);
  // The value alone, wrapped (a sentence that names its own subject).
  void sentence(app::ReportKey key, bool muted = false);
  // A status entry (the stale note, a problem) in the colour of its level
  // (caution by default; danger red, a note muted).
  void status(app::ReportKey key);
  // Every warning, each at its level.
  void warnings();
  // The warning `key`, at its level.
  void warnings(app::ReportKey key);
  // The warnings whose keys start with `prefix`, each at its level.
  void warnings(app::ReportKeyPrefix prefix);
  // Every source, muted, under its label.
  void sources();
  // The source `key`, muted, under its label.
  void sources(app::ReportKey key);
  // Marks the last ImGui item as showing `key` (for items drawn elsewhere,
  // such as a diagram box or a sentence made of several entries).
  void tag(app::ReportKey key) const;

  // The same for a key that is data.
  void tag(const app::ReportEntry& entry) const;
  const app::ReportEntry* find_named(const std::string& key) const { return app::find_entry(report_, key); }
  void line_named(const std::string& key);
  void warnings_named(const std::string& key);
  void sources_named(const std::string& key);
  void tag_named(const std::string& key) const;

 private:
  template <class Match>
  void draw_warnings(const Match& match);
  template <class Match>
  void draw_sources(const Match& match);

  const app::Report& report_;
  UiContext& ctx_;
};

}  // namespace ui
