#include "ui/layout.hpp"

#include "imgui.h"

namespace ui {
namespace {

// Keyboard navigation (Tab, arrows) walks into the columns as if they were
// part of the main window.
constexpr ImGuiWindowFlags kFlattened = ImGuiWindowFlags_NavFlattened;

}  // namespace

Columns begin_columns(const char* id, float left_fraction) {
  Columns columns;
  const ImVec2 available = ImGui::GetContentRegionAvail();
  columns.wide = available.x >= kTwoColumnMinWidthPx;
  ImGui::PushID(id);
  if (columns.wide) {
    ImGui::BeginChild("left", ImVec2(available.x * left_fraction, 0), ImGuiChildFlags_Border, kFlattened);
  } else {
    ImGui::BeginChild("single", ImVec2(0, 0), ImGuiChildFlags_Border, kFlattened);
  }
  return columns;
}

void next_column(const Columns& columns) {
  if (!columns.wide) {
    ImGui::Separator();
    return;
  }
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("right", ImVec2(0, 0), ImGuiChildFlags_Border, kFlattened);
}

void end_columns(const Columns& columns) {
  (void)columns;
  ImGui::EndChild();
  ImGui::PopID();
}

}  // namespace ui
