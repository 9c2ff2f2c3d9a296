#include "ui/theme.hpp"

#include <algorithm>
#include <cmath>

namespace ui {
namespace {

float g_ui_scale = 1.0f;

ImVec4 rgb(int hex, float alpha = 1.0f) {
  return ImVec4(((hex >> 16) & 0xFF) / 255.0f, ((hex >> 8) & 0xFF) / 255.0f, (hex & 0xFF) / 255.0f, alpha);
}

// ImGui's own hover and active fills for fields, the same blue in both themes.
const ImVec4 kFieldHovered(0.26f, 0.59f, 0.98f, 0.40f);
const ImVec4 kFieldActive(0.26f, 0.59f, 0.98f, 0.67f);

Palette dark_palette() {
  Palette p;
  p.window_bg = rgb(0x15181C);
  p.child_bg = rgb(0x1E2228);
  p.text = rgb(0xF2F2F2);
  p.text_muted = rgb(0xB8BEC6);
  p.frame_bg = rgb(0x2A3038);
  p.frame_bg_hovered = kFieldHovered;
  p.frame_bg_active = kFieldActive;
  p.border = rgb(0x4A525C);
  p.field_border = rgb(0x707C8B);  // 3:1 against the field and the column
  p.button = rgb(0x0E4F7A);
  p.button_hovered = rgb(0x146AA3);
  p.button_active = rgb(0x1772AF);  // dark enough for 4.5:1 white text
  // The accent blue, light against the dark buttons, with dark text on it.
  p.segment_selected = rgb(0x56B4E9);
  p.segment_selected_text = rgb(0x111418);
  p.tab = rgb(0x2A3038);
  p.tab_hovered = rgb(0x146AA3);
  p.tab_active = rgb(0x0E4F7A);
  p.check_mark = rgb(0x56B4E9);
  p.nav_highlight = ImVec4(0.26f, 0.59f, 0.98f, 1.00f);  // ImGui's own blue, already 5.3:1
  p.error = rgb(0xFF8A4C);
  p.caution = rgb(0xF0B84A);
  p.ok = rgb(0x3CC7A0);
  p.accent = rgb(0x56B4E9);
  p.card = rgb(0x262B33);
  return p;
}

Palette light_palette() {
  Palette p;
  p.window_bg = rgb(0xF7F8FA);
  p.child_bg = rgb(0xFFFFFF);
  p.text = rgb(0x111418);
  p.text_muted = rgb(0x4A525C);
  p.frame_bg = rgb(0xFFFFFF);
  p.frame_bg_hovered = kFieldHovered;
  p.frame_bg_active = kFieldActive;
  p.border = rgb(0xB4BAC2);
  p.field_border = rgb(0x848E9B);  // 3:1 against white
  p.button = rgb(0xDCE8F3);
  p.button_hovered = rgb(0xC4DAEE);
  p.button_active = rgb(0xA9C9E6);
  // The accent blue, dark against the pale buttons, with white text on it.
  p.segment_selected = rgb(0x0072B2);
  p.segment_selected_text = rgb(0xFFFFFF);
  p.tab = rgb(0xE4E7EB);
  p.tab_hovered = rgb(0xD3E3F2);
  p.tab_active = rgb(0xFFFFFF);
  p.check_mark = rgb(0x0072B2);
  p.nav_highlight = rgb(0x0072B2);  // ImGui's see-through blue was 2.3:1
  p.error = rgb(0xB34700);
  p.caution = rgb(0x8A5A00);
  p.ok = rgb(0x00785A);
  p.accent = rgb(0x0072B2);
  p.card = rgb(0xF0F3F6);
  return p;
}

Palette g_palette;  // the applied theme's

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

const Palette& palette_for(app::Theme theme) {
  static const Palette dark = dark_palette(), light = light_palette();
  return theme == app::Theme::dark ? dark : light;
}

void apply_theme(app::Theme theme, float ui_scale) {
  g_ui_scale = ui_scale;
  g_palette = palette_for(theme);
  const Palette& p = g_palette;
  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();
  // ImGui's own theme for every colour the palette does not name.
  if (theme == app::Theme::dark) {
    ImGui::StyleColorsDark(&style);
  } else {
    ImGui::StyleColorsLight(&style);
  }
  ImVec4* c = style.Colors;
  c[ImGuiCol_WindowBg] = p.window_bg;
  c[ImGuiCol_ChildBg] = p.child_bg;
  c[ImGuiCol_Text] = p.text;
  c[ImGuiCol_FrameBg] = p.frame_bg;
  c[ImGuiCol_FrameBgHovered] = p.frame_bg_hovered;
  c[ImGuiCol_FrameBgActive] = p.frame_bg_active;
  c[ImGuiCol_Border] = p.border;
  c[ImGuiCol_Button] = p.button;
  c[ImGuiCol_ButtonHovered] = p.button_hovered;
  c[ImGuiCol_ButtonActive] = p.button_active;
  c[ImGuiCol_Tab] = p.tab;
  c[ImGuiCol_TabActive] = p.tab_active;
  c[ImGuiCol_TabHovered] = p.tab_hovered;
  c[ImGuiCol_CheckMark] = p.check_mark;
  c[ImGuiCol_NavHighlight] = p.nav_highlight;
  apply_sizes(style);
  style.ScaleAllSizes(ui_scale);
}

const Palette& palette() { return g_palette; }

}  // namespace ui
