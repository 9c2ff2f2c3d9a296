#include "ui/keypad.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "imgui.h"
#include "imgui_internal.h"
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
  app::TextField* target = ctx.text_fields.keypad_target();
  if (!target) return;
  static const char* const kKeys[] = {"7", "8", "9", "⌫", "4", "5", "6",     "−",
                                      "1", "2", "3", "e", "0", ".", "Clear", "Done"};
  const float key_w = 72 * ui_scale(), key_h = 60 * ui_scale();
  const ImGuiStyle& style = ImGui::GetStyle();
  ImGui::PushFont(ctx.fonts.large);
  const float large_line_h = ImGui::GetTextLineHeightWithSpacing();
  ImGui::PopFont();
  const float echo_h = ImGui::GetTextLineHeightWithSpacing() + large_line_h;
  const ImVec2 size(key_w * 4 + style.ItemSpacing.x * 3 + style.WindowPadding.x * 2,
                    key_h * 4 + style.ItemSpacing.y * 4 + echo_h + style.WindowPadding.y * 2);
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float margin = 12;
  // Never over the field being typed into: docked at the bottom when the
  // field is in the upper half, at the top when it is in the lower half, and
  // the field scrolled clear of it when the screen is too short for both.
  const TextFields::TargetPlace& field = ctx.text_fields.keypad_target_place();
  const float view_top = viewport->WorkPos.y, view_bottom = viewport->WorkPos.y + viewport->WorkSize.y;
  const bool field_in_lower_half = (field.top + field.bottom) / 2 > (view_top + view_bottom) / 2;
  const float keypad_top = field_in_lower_half ? view_top + margin : view_bottom - size.y - margin;
  const float keypad_bottom = keypad_top + size.y;
  const bool narrow = viewport->WorkSize.x < size.x * 2;
  const float keypad_left = narrow ? viewport->WorkPos.x + (viewport->WorkSize.x - size.x) / 2
                                   : viewport->WorkPos.x + viewport->WorkSize.x - size.x - margin;
  // The band left free by the keypad, within the field's scrolling window:
  // the field is kept inside it, also when a message above it grows.
  if (ImGuiWindow* window = ImGui::FindWindowByID(field.window_id)) {
    const float band_top =
        std::max(window->InnerClipRect.Min.y, field_in_lower_half ? keypad_bottom + margin : view_top);
    const float band_bottom =
        std::min(window->InnerClipRect.Max.y, field_in_lower_half ? view_bottom : keypad_top - margin);
    float shift = 0;
    if (field.bottom > band_bottom) shift = field.bottom - band_bottom;
    if (field.top - shift < band_top) shift = field.top - band_top;
    const float target = ImClamp(window->Scroll.y + shift, 0.0f, window->ScrollMax.y);
    if (std::fabs(target - window->Scroll.y) >= 1) {
      ImGui::SetScrollY(window, target);
      ctx.frames.request_next_frame();
    }
  }
  ImGui::SetNextWindowPos(ImVec2(keypad_left, keypad_top));
  ImGui::SetNextWindowSize(size);
  ImGui::Begin("Keypad", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoFocusOnAppearing);
  ctx.tags.tag_rect("keypad.window", keypad_left, keypad_top, size.x, size.y);
  // The value as it is typed, big enough to read with the field out of sight.
  ImGui::TextUnformatted(ctx.text_fields.keypad_target_label().c_str());
  std::string text = target->str();
  ImGui::PushFont(ctx.fonts.large);
  ImGui::TextUnformatted(text.empty() ? " " : text.c_str());
  ImGui::PopFont();
  ctx.tag_last_item("keypad.echo");
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
  if (done) ctx.text_fields.clear_keypad_target();
}

}  // namespace ui
