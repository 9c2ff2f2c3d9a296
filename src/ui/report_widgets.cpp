#include "ui/report_widgets.hpp"

#include "imgui.h"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace ui {

std::string ReportView::value(const char* key) const {
  const app::ReportEntry* entry = find(key);
  return entry ? entry->value : std::string();
}

void ReportView::tag(const char* key) const {
  if (!ctx_.host().test_hooks_enabled()) return;  // the tags are for browser tests only
  ctx_.tag_last_item_for_tests(std::string("report.") + key);
  const app::ReportEntry* entry = find(key);
  if (entry && entry->stale) ctx_.tag_last_item_for_tests(std::string("stale.") + key);
}

void ReportView::big(const char* key) {
  const app::ReportEntry* entry = find(key);
  if (!entry) return;
  big_result(ctx_, entry->label.c_str(), entry->value, entry->stale);
  tag(key);
}

void ReportView::line(const char* key) {
  const app::ReportEntry* entry = find(key);
  if (!entry) return;
  if (entry->stale) ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
  wrapped_text_unformatted(entry->label + ": " + entry->value);
  if (entry->stale) ImGui::PopStyleColor();
  tag(key);
}

void ReportView::sentence(const char* key, bool muted) {
  const app::ReportEntry* entry = find(key);
  if (!entry) return;
  const bool grey = muted || entry->stale;
  if (grey) ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
  wrapped_text_unformatted(entry->value);
  if (grey) ImGui::PopStyleColor();
  tag(key);
}

void ReportView::status(const char* key) {
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

void ReportView::warnings(const char* key_prefix) {
  for (const auto& entry : report_) {
    if (entry.kind != app::ReportKind::warning || !starts_with(entry.key, key_prefix)) continue;
    ImGui::BeginGroup();
    warning_text(entry.level, entry.value);
    ImGui::EndGroup();
    tag(entry.key.c_str());
  }
}

void ReportView::sources(const char* key_prefix) {
  for (const auto& entry : report_) {
    if (entry.kind != app::ReportKind::source || !starts_with(entry.key, key_prefix)) continue;
    muted_text(entry.label + ": " + entry.value);
    tag(entry.key.c_str());
  }
}

}  // namespace ui
