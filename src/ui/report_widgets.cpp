#include "ui/report_widgets.hpp"

#include <algorithm>

#include "imgui.h"
#include "ui/theme.hpp"
#include "ui/typeset.hpp"
#include "ui/widgets.hpp"

namespace ui {

std::string DrawnReport::value(app::ReportKey key) const {
  const app::ReportEntry* entry = find(key);
  return entry ? entry->value : std::string();
}

void DrawnReport::tag_named(const std::string& key) const {
  if (!ctx_.host().test_hooks_enabled()) return;  // the tags are for browser tests only
  ctx_.tags.tag_last_item_for_tests("report." + key);
  const app::ReportEntry* entry = find_named(key);
  if (entry && entry->stale) ctx_.tags.tag_last_item_for_tests("stale." + key);
}

void DrawnReport::tag(app::ReportKey key) const { tag_named(key.name); }

void DrawnReport::tag(const app::ReportEntry& entry) const { tag_named(entry.key); }

void DrawnReport::big(app::ReportKey key) {
  const app::ReportEntry* entry = find(key);
  if (!entry) return;
  big_result(ctx_, entry->label.c_str(), entry->value, entry->stale);
  tag(key);
}

void DrawnReport::big_row(std::initializer_list<app::ReportKey> keys) {
  const float gap = ImGui::GetStyle().ItemSpacing.x * 3;
  const float cell = (ImGui::GetContentRegionAvail().x - gap * (keys.size() - 1)) / keys.size();
  ImGui::PushFont(ctx_.fonts.large);
  float widest = 0;
  for (app::ReportKey key : keys) {
    if (const app::ReportEntry* entry = find(key))
      widest = std::max(widest, ImGui::CalcTextSize(entry->value.c_str()).x);
  }
  ImGui::PopFont();
  if (widest > cell) {
    for (app::ReportKey key : keys) big(key);
    return;
  }
  const float left = ImGui::GetCursorPosX();
  int column = 0;
  for (app::ReportKey key : keys) {
    const app::ReportEntry* entry = find(key);
    if (!entry) continue;
    if (column > 0) ImGui::SameLine(left + column * (cell + gap));
    ImGui::BeginGroup();
    if (entry->stale) ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + cell);
    ImGui::TextUnformatted(typeset_chemistry(entry->label).c_str());
    ImGui::PopTextWrapPos();
    ImGui::PushFont(ctx_.fonts.large);
    ImGui::TextUnformatted(entry->value.c_str());
    ImGui::PopFont();
    ctx_.tag_last_item(("result." + entry->label).c_str());  // where tests look for "the first result"
    if (entry->stale) ImGui::PopStyleColor();
    ImGui::EndGroup();
    tag(key);
    ++column;
  }
}

void DrawnReport::line_named(const std::string& key) {
  const app::ReportEntry* entry = find_named(key);
  if (!entry) return;
  if (entry->stale) ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
  wrapped_text_unformatted(entry->label + ": " + entry->value);
  if (entry->stale) ImGui::PopStyleColor();
  tag_named(key);
}

void DrawnReport::line(app::ReportKey key) { line_named(key.name); }

void DrawnReport::sentence(app::ReportKey key, bool muted) {
  const app::ReportEntry* entry = find(key);
  if (!entry) return;
  const bool grey = muted || entry->stale;
  if (grey) ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
  wrapped_text_unformatted(entry->value);
  if (grey) ImGui::PopStyleColor();
  tag(key);
}

void DrawnReport::status(app::ReportKey key) {
  const app::ReportEntry* entry = find(key);
  if (!entry) return;
  const ImVec4 colour = entry->level == chem::WarningLevel::danger ? palette().error
                        : entry->level == chem::WarningLevel::note ? palette().text_muted
                                                                   : palette().caution;
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  wrapped_text_unformatted(entry->value);
  ImGui::PopStyleColor();
  tag(key);
}

namespace {

bool starts_with(const std::string& text, const char* prefix) { return text.rfind(prefix, 0) == 0; }

}  // namespace

template <class Match>
void DrawnReport::draw_warnings(const Match& match) {
  for (const auto& entry : report_) {
    if (entry.kind != app::ReportKind::warning || !match(entry.key)) continue;
    ImGui::BeginGroup();
    warning_text(entry.level, entry.value);
    ImGui::EndGroup();
    tag(entry);
  }
}

template <class Match>
void DrawnReport::draw_sources(const Match& match) {
  for (const auto& entry : report_) {
    if (entry.kind != app::ReportKind::source || !match(entry.key)) continue;
    muted_text(entry.label + ": " + entry.value);
    tag(entry);
  }
}

void DrawnReport::warnings() {
  draw_warnings([](const std::string&) { return true; });
}

void DrawnReport::warnings(app::ReportKey key) { warnings_named(key.name); }

void DrawnReport::warnings(app::ReportKeyPrefix prefix) {
  draw_warnings([prefix](const std::string& key) { return starts_with(key, prefix.name); });
}

void DrawnReport::warnings_named(const std::string& key) {
  draw_warnings([&key](const std::string& entry_key) { return entry_key == key; });
}

void DrawnReport::sources() {
  draw_sources([](const std::string&) { return true; });
}

void DrawnReport::sources(app::ReportKey key) { sources_named(key.name); }

void DrawnReport::sources_named(const std::string& key) {
  draw_sources([&key](const std::string& entry_key) { return entry_key == key; });
}

}  // namespace ui
