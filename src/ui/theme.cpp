#include "ui/theme.hpp"

#include <algorithm>
#include <cmath>

namespace ui {
namespace {

Palette g_palette;
float g_ui_scale = 1.0f;

ImVec4 rgb(int hex, float alpha = 1.0f) {
  return ImVec4(((hex >> 16) & 0xFF) / 255.0f, ((hex >> 8) & 0xFF) / 255.0f, (hex & 0xFF) / 255.0f, alpha);
}

void apply_sizes(ImGuiStyle& style) {
  // Frame height = font size + 2 × FramePadding.y >= 44 px for gloved fingers.
  style.FramePadding = ImVec2(12, std::ceil((kTouchTargetPx - kBodyFontPx) / 2));  // ImGui floors it
  style.ItemSpacing = ImVec2(10, 10);
  style.ItemInnerSpacing = ImVec2(10, 8);
  style.WindowPadding = ImVec2(16, 14);
  style.ScrollbarSize = 18;
  style.GrabMinSize = 28;
  style.FrameRounding = 6;
  style.ChildRounding = 8;
  style.TabRounding = 6;
  style.GrabRounding = 6;
  style.WindowBorderSize = 0;
  style.ChildBorderSize = 1;
  style.FrameBorderSize = 1;
  style.TouchExtraPadding = ImVec2(2, 2);
}

}  // namespace

float touch_px() { return kTouchTargetPx * g_ui_scale; }

ImVec2 touch_button_size(const char* label) {
  const float text_width = ImGui::CalcTextSize(label, nullptr, true).x;
  return ImVec2(std::max(touch_px(), text_width + ImGui::GetStyle().FramePadding.x * 2), touch_px());
}
float ui_scale() { return g_ui_scale; }

void apply_theme(app::Theme theme, float ui_scale) {
  g_ui_scale = ui_scale;
  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();
  ImVec4* c = style.Colors;
  if (theme == app::Theme::dark) {
    ImGui::StyleColorsDark(&style);
    c[ImGuiCol_WindowBg] = rgb(0x15181C);
    c[ImGuiCol_ChildBg] = rgb(0x1E2228);
    c[ImGuiCol_Text] = rgb(0xF2F2F2);
    c[ImGuiCol_FrameBg] = rgb(0x2A3038);
    c[ImGuiCol_Border] = rgb(0x4A525C);
    c[ImGuiCol_Button] = rgb(0x0E4F7A);
    c[ImGuiCol_ButtonHovered] = rgb(0x146AA3);
    c[ImGuiCol_ButtonActive] = rgb(0x1A80C4);
    c[ImGuiCol_Tab] = rgb(0x2A3038);
    c[ImGuiCol_TabActive] = rgb(0x0E4F7A);
    c[ImGuiCol_TabHovered] = rgb(0x146AA3);
    c[ImGuiCol_CheckMark] = rgb(0x56B4E9);
    g_palette = {rgb(0xB8BEC6), rgb(0xFF8A4C), rgb(0xF0B84A), rgb(0x3CC7A0), rgb(0x56B4E9), rgb(0x262B33)};
  } else {
    ImGui::StyleColorsLight(&style);
    c[ImGuiCol_WindowBg] = rgb(0xF7F8FA);
    c[ImGuiCol_ChildBg] = rgb(0xFFFFFF);
    c[ImGuiCol_Text] = rgb(0x111418);
    c[ImGuiCol_FrameBg] = rgb(0xFFFFFF);
    c[ImGuiCol_Border] = rgb(0xB4BAC2);
    c[ImGuiCol_Button] = rgb(0xDCE8F3);
    c[ImGuiCol_ButtonHovered] = rgb(0xC4DAEE);
    c[ImGuiCol_ButtonActive] = rgb(0xA9C9E6);
    c[ImGuiCol_Tab] = rgb(0xE4E7EB);
    c[ImGuiCol_TabActive] = rgb(0xFFFFFF);
    c[ImGuiCol_TabHovered] = rgb(0xD3E3F2);
    c[ImGuiCol_CheckMark] = rgb(0x0072B2);
    g_palette = {rgb(0x4A525C), rgb(0xB34700), rgb(0x8A5A00), rgb(0x00785A), rgb(0x0072B2), rgb(0xF0F3F6)};
  }
  apply_sizes(style);
  style.ScaleAllSizes(ui_scale);
}

const Palette& palette() { return g_palette; }

}  // namespace ui
