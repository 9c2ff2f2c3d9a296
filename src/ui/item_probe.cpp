#include "ui/item_probe.hpp"

#include "imgui.h"
#include "imgui_internal.h"

namespace ui {
namespace {

std::vector<ProbedItem>& recorded() {
  static std::vector<ProbedItem> items;
  return items;
}

}  // namespace

#ifdef IMGUI_ENABLE_TEST_ENGINE
bool item_probe_available() { return true; }
void start_item_probe() {
  GImGui->TestEngineHookItems = true;
  recorded().clear();
}
#else
bool item_probe_available() { return false; }
void start_item_probe() {}
#endif

std::vector<ProbedItem> take_probed_items() {
  std::vector<ProbedItem> items;
  items.swap(recorded());
  return items;
}

}  // namespace ui

#ifdef IMGUI_ENABLE_TEST_ENGINE
// Dear ImGui calls these for every item when TestEngineHookItems is set.
void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, ImGuiID, const ImRect&, const ImGuiLastItemData*) {}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* context, ImGuiID id, const char* label,
                                  ImGuiItemStatusFlags flags) {
  // Windows register themselves too (their title bar): not an item of the page.
  if (ImGui::FindWindowByID(id) != nullptr) return;
  const ImRect& rect = context->LastItemData.Rect;
  ui::recorded().push_back({id, label ? label : "", static_cast<unsigned>(flags), rect.Min.x, rect.Min.y,
                            rect.GetWidth(), rect.GetHeight()});
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
#endif
