#include "ui/keypad.hpp"

#include <string>

#include "imgui.h"
#include "ui/theme.hpp"

namespace ui {
namespace {

// Removes the last UTF-8 character (the field may hold "µ" or "×").
void erase_last_character(std::string& text) {
  while (!text.empty()) {
    const unsigned char last = static_cast<unsigned char>(text.back());
    text.pop_back();
    if ((last & 0xC0) != 0x80) break;  // stop after the lead byte
  }
}

}  // namespace

void draw_keypad(UiContext& ctx) {
  app::TextField* target = ctx.keypad_target();
  if (!target) return;
  static const char* const kKeys[] = {"7", "8", "9", "⌫", "4", "5", "6",     "−",
                                      "1", "2", "3", "e", "0", ".", "Clear", "Done"};
  const float key_w = 72 * ui_scale(), key_h = 60 * ui_scale();
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImVec2 size(key_w * 4 + style.ItemSpacing.x * 3 + style.WindowPadding.x * 2,
                    key_h * 4 + style.ItemSpacing.y * 4 + ImGui::GetTextLineHeightWithSpacing() +
                        style.WindowPadding.y * 2);
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x - size.x - 12,
                                 viewport->WorkPos.y + viewport->WorkSize.y - size.y - 12));
  ImGui::SetNextWindowSize(size);
  ImGui::Begin("Keypad", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoFocusOnAppearing);
  ImGui::TextUnformatted(ctx.keypad_target_label().c_str());
  std::string text = target->str();
  bool done = false;
  for (int i = 0; i < 16; ++i) {
    if (i % 4) ImGui::SameLine();
    const std::string key = kKeys[i];
    if (ImGui::Button(key.c_str(), ImVec2(key_w, key_h))) {
      if (key == "⌫") {
        erase_last_character(text);
      } else if (key == "Clear") {
        text.clear();
      } else if (key == "Done") {
        done = true;
      } else if (text.size() + 1 < app::TextField::kCapacity) {
        text += key == "−" ? "-" : key;  // the parser reads ASCII minus
      }
    }
    ctx.tag_last_item(("keypad." + std::to_string(i)).c_str());
  }
  ImGui::End();
  target->set(text);
  if (done) ctx.clear_keypad_target();
}

}  // namespace ui
