// Every item Dear ImGui lays out this frame, with its label and place, read
// through Dear ImGui's own test-engine hooks (IMGUI_ENABLE_TEST_ENGINE, set
// in native builds only: the page does not carry them). The form-coverage
// test uses it to find each pressable item, however it was drawn.
#pragma once

#include <string>
#include <vector>

namespace ui {

struct ProbedItem {
  unsigned id = 0;
  std::string label;          // as passed to Dear ImGui, "##id" suffixes included
  unsigned status_flags = 0;  // ImGuiItemStatusFlags: Inputable, Checkable, Openable...
  float x = 0, y = 0, width = 0, height = 0;
};

// True when this build has the hooks (native builds).
bool item_probe_available();
// Starts recording (for the current ImGui context) and drops what was recorded.
void start_item_probe();
std::vector<ProbedItem> take_probed_items();

}  // namespace ui
