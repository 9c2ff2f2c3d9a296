#include "ui/layout.hpp"

#include <algorithm>
#include <cmath>

#include "imgui.h"

namespace ui {
namespace {

// Keyboard navigation (Tab, arrows) walks into the columns as if they were
// part of the main window.
constexpr ImGuiWindowFlags kFlattened = ImGuiWindowFlags_NavFlattened;

// A results-first column goes back to the code's order only when its content
// fits with this much to spare, so a borderline height cannot flip it back
// and forth from frame to frame.
constexpr float kHysteresisPx = 24.0f;

// The column being drawn. Its measurements from the last frame live in the
// column window's own ImGui storage.
struct ColumnOrder {
  bool results_first = false;  // laid out results above the inputs
  bool marked = false;         // mark_results() was called
  bool closed = false;         // end_results() was called: what follows goes below both blocks
  bool single = false;         // the one narrow column (both halves of the panel)
  float start_y = 0;           // where the column's content starts (window-local)
  float inputs_end_y = 0;      // where the inputs ended (results-first only)
  float results_start_y = 0;   // where the results began (in the code's order)
  float visible_height = 0;    // the column window's height
};

ColumnOrder g_column;
float g_content_bottom = 0;            // this frame's columns_content_bottom()
bool g_results_first_allowed = false;  // a phone's width or a short embed
bool g_moved = false;                  // a column changed order or size of its results block

ImGuiID key(const char* name) { return ImGui::GetID(name); }

void begin_column_body(bool single) {
  ImGuiStorage* storage = ImGui::GetStateStorage();
  g_column = ColumnOrder{};
  g_column.single = single;
  g_column.start_y = ImGui::GetCursorPosY();
  g_column.visible_height = ImGui::GetWindowHeight();
  g_column.results_first = storage->GetBool(key("results_first"));
  if (!g_column.results_first) return;
  // The inputs go below where the results ended last frame.
  ImGui::SetCursorPosY(g_column.start_y + storage->GetFloat(key("results_height")));
  ImGui::BeginGroup();
}

// Ends the inputs block and moves up to draw the results above it.
void start_results_block() {
  g_column.marked = true;
  g_column.results_start_y = ImGui::GetCursorPosY();
  if (!g_column.results_first) return;
  ImGui::EndGroup();
  g_column.inputs_end_y = ImGui::GetCursorPosY();
  ImGui::SetCursorPosY(g_column.start_y);
  ImGui::BeginGroup();
}

// Closes the results block: in a results-first column, the cursor moves
// below the inputs that were laid out under it.
void close_results_block() {
  ImGuiStorage* storage = ImGui::GetStateStorage();
  const ImGuiStyle& style = ImGui::GetStyle();
  g_column.closed = true;
  if (g_column.results_first) {
    if (g_column.single) ImGui::Separator();  // between the results and the inputs below them
    ImGui::EndGroup();
    const float results_height = g_column.marked ? ImGui::GetItemRectSize().y + style.ItemSpacing.y : 0.0f;
    if (std::fabs(results_height - storage->GetFloat(key("results_height"))) > 0.5f) {
      storage->SetFloat(key("results_height"), results_height);
      g_moved = true;
    }
    if (g_column.marked) {
      ImGui::SetCursorPosY(std::max(g_column.inputs_end_y, g_column.start_y + results_height));
    }
  } else if (g_column.marked) {
    // Measured in the code's order too, so that the first results-first
    // frame already puts the inputs in the right place.
    storage->SetFloat(key("results_height"), ImGui::GetCursorPosY() - g_column.results_start_y);
  }
}

// Closes the column's blocks, decides its order for the next frame and
// records how tall it would be without scrolling.
void end_column_body(float top_y) {
  ImGuiStorage* storage = ImGui::GetStateStorage();
  const ImGuiStyle& style = ImGui::GetStyle();
  if (!g_column.closed) close_results_block();
  const float needed = ImGui::GetCursorPosY() - style.ItemSpacing.y + style.WindowPadding.y;
  g_content_bottom = std::max(g_content_bottom, top_y + needed);
  const bool overflows = g_column.results_first ? needed > g_column.visible_height - kHysteresisPx
                                                : needed > g_column.visible_height + 0.5f;
  const bool results_first = overflows && g_column.marked && g_results_first_allowed;
  if (results_first != g_column.results_first) {
    storage->SetBool(key("results_first"), results_first);
    g_moved = true;
  }
}

}  // namespace

Columns begin_columns(const char* id, float left_fraction) {
  Columns columns;
  const ImVec2 available = ImGui::GetContentRegionAvail();
  columns.wide = available.x >= kTwoColumnMinWidthPx;
  columns.top_y = ImGui::GetCursorPosY();
  ImGui::PushID(id);
  if (columns.wide) {
    ImGui::BeginChild("left", ImVec2(available.x * left_fraction, 0), ImGuiChildFlags_Border, kFlattened);
  } else {
    ImGui::BeginChild("single", ImVec2(0, 0), ImGuiChildFlags_Border, kFlattened);
  }
  begin_column_body(!columns.wide);
  return columns;
}

void next_column(const Columns& columns) {
  if (!columns.wide) {
    // One column: what follows (the panel's second half) counts as results.
    if (!g_column.marked) {
      start_results_block();
      if (g_column.results_first) return;  // the separator goes below the results instead
    }
    ImGui::Separator();
    return;
  }
  end_column_body(columns.top_y);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("right", ImVec2(0, 0), ImGuiChildFlags_Border, kFlattened);
  begin_column_body(false);
}

void end_columns(const Columns& columns) {
  end_column_body(columns.top_y);
  ImGui::EndChild();
  ImGui::PopID();
}

void mark_results() {
  if (!g_column.marked) start_results_block();
}

void end_results() {
  if (g_column.marked && !g_column.closed) close_results_block();
}

namespace {
// What is left of the column's visible height below the cursor when nothing
// is scrolled: where a results-first column's plot or diagram must fit.
float room_below_cursor() {
  return g_column.visible_height - ImGui::GetCursorPosY() - ImGui::GetStyle().WindowPadding.y;
}
}  // namespace

float plot_height_px(float wanted_px, bool main_plot) {
  constexpr float kLegibleMinPx = 150.0f;
  if (g_column.results_first) return std::clamp(room_below_cursor(), kLegibleMinPx, wanted_px);
  // A main plot that starts below the fold is scrolled to anyway: shrinking
  // it there would only make it harder to read.
  if (!main_plot || room_below_cursor() < kLegibleMinPx) return wanted_px;
  return std::min(room_below_cursor(), wanted_px);
}

float diagram_height_px(float wanted_px) {
  if (!g_column.results_first) return wanted_px;
  return std::clamp(room_below_cursor(), 90.0f, wanted_px);
}

float columns_content_bottom() { return g_content_bottom; }

void reset_columns_frame(bool embedded) {
  const ImVec2 screen = ImGui::GetMainViewport()->Size;
  g_results_first_allowed =
      screen.x < kResultsFirstBelowWidthPx || (embedded && screen.y < kResultsFirstEmbedBelowHeightPx);
  g_content_bottom = 0;
  g_moved = false;
  g_column = ColumnOrder{};
}

bool columns_need_another_frame() { return g_moved; }

}  // namespace ui
