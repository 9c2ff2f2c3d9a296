// WCAG 2.x contrast of what the theme draws, in both themes: text 4.5:1
// against its background (1.4.3), and what shows a control's bounds or state
// 3:1 against what is next to it (1.4.11). The colours are the palette's, the
// ones apply_theme hands to ImGui and the widgets push.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "ui/theme.hpp"

namespace {

constexpr double kText = 4.5;
constexpr double kNonText = 3.0;

// sRGB channel to linear light, as WCAG 2.x defines relative luminance.
double linear(float channel) {
  return channel <= 0.04045f ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double luminance(const ImVec4& c) {
  return 0.2126 * linear(c.x) + 0.7152 * linear(c.y) + 0.0722 * linear(c.z);
}

// What the screen shows where `top`, with its alpha, is drawn over the opaque `under`.
ImVec4 over(const ImVec4& top, const ImVec4& under) {
  const float a = top.w;
  return ImVec4(top.x * a + under.x * (1 - a), top.y * a + under.y * (1 - a), top.z * a + under.z * (1 - a),
                1);
}

double contrast(const ImVec4& front, const ImVec4& back) {
  const double a = luminance(over(front, back)), b = luminance(back);
  return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

struct Pair {
  std::string what;
  ImVec4 front, back;
  double minimum;
};

std::vector<Pair> drawn_pairs(const ui::Palette& p) {
  std::vector<Pair> pairs;
  // Text and controls sit on the window (the header row) or on a tool's column.
  const std::pair<const char*, ImVec4> surfaces[] = {{"window", p.window_bg}, {"column", p.child_bg}};
  for (const auto& [name, surface] : surfaces) {
    const std::string on = std::string(" on the ") + name;
    pairs.push_back({"text" + on, p.text, surface, kText});
    pairs.push_back({"muted text" + on, p.text_muted, surface, kText});
    pairs.push_back({"error text" + on, p.error, surface, kText});
    pairs.push_back({"caution text" + on, p.caution, surface, kText});
    pairs.push_back({"ok text" + on, p.ok, surface, kText});
    pairs.push_back({"accent text" + on, p.accent, surface, kText});
    // A field's fill is see-through while hovered or typed in.
    pairs.push_back({"text in a hovered field" + on, p.text, over(p.frame_bg_hovered, surface), kText});
    pairs.push_back({"text in an active field" + on, p.text, over(p.frame_bg_active, surface), kText});
    pairs.push_back({"field border" + on, p.field_border, surface, kNonText});
    pairs.push_back({"field border in error" + on, p.error, surface, kNonText});
    pairs.push_back({"focus ring" + on, p.nav_highlight, surface, kNonText});
  }
  // A border's other side is the field's own fill.
  pairs.push_back({"text in a field", p.text, p.frame_bg, kText});
  pairs.push_back({"field border against the field", p.field_border, p.frame_bg, kNonText});
  pairs.push_back({"field border in error against the field", p.error, p.frame_bg, kNonText});
  pairs.push_back({"check mark in its box", p.check_mark, p.frame_bg, kNonText});
  pairs.push_back({"text on a button", p.text, p.button, kText});
  pairs.push_back({"text on a hovered button", p.text, p.button_hovered, kText});
  pairs.push_back({"text on a pressed button", p.text, p.button_active, kText});
  pairs.push_back({"text on a tab", p.text, p.tab, kText});
  pairs.push_back({"text on a hovered tab", p.text, p.tab_hovered, kText});
  pairs.push_back({"text on the open tab", p.text, p.tab_active, kText});
  pairs.push_back({"text on the selected segment", p.segment_selected_text, p.segment_selected, kText});
  pairs.push_back({"selected segment against an unselected one", p.segment_selected, p.button, kNonText});
  return pairs;
}

void check_theme(app::Theme theme) {
  for (const Pair& pair : drawn_pairs(ui::palette_for(theme))) {
    const double ratio = contrast(pair.front, pair.back);
    char why[160];
    std::snprintf(why, sizeof why, "%s: %.2f:1 (at least %.1f:1)", pair.what.c_str(), ratio, pair.minimum);
    CHECK_MESSAGE(ratio >= pair.minimum, why);
  }
}

}  // namespace

TEST_CASE("the light theme's text and controls reach WCAG contrast") { check_theme(app::Theme::light); }

TEST_CASE("the dark theme's text and controls reach WCAG contrast") { check_theme(app::Theme::dark); }

TEST_CASE("the contrast is measured the WCAG way") {
  CHECK(contrast(ImVec4(0, 0, 0, 1), ImVec4(1, 1, 1, 1)) == doctest::Approx(21.0));
  CHECK(contrast(ImVec4(0.4667f, 0.4667f, 0.4667f, 1), ImVec4(1, 1, 1, 1)) ==
        doctest::Approx(4.48).epsilon(0.01));
  // Half-transparent black on white is the grey between them, not black.
  CHECK(contrast(ImVec4(0, 0, 0, 0.5f), ImVec4(1, 1, 1, 1)) < 5.0);
}

TEST_CASE("apply_theme hands the palette to ImGui") {
  ImGui::CreateContext();
  for (const app::Theme theme : {app::Theme::light, app::Theme::dark}) {
    ui::apply_theme(theme);
    const ui::Palette& p = ui::palette_for(theme);
    const ImVec4* c = ImGui::GetStyle().Colors;
    const std::pair<ImGuiCol, ImVec4> expected[] = {{ImGuiCol_WindowBg, p.window_bg},
                                                    {ImGuiCol_ChildBg, p.child_bg},
                                                    {ImGuiCol_Text, p.text},
                                                    {ImGuiCol_FrameBg, p.frame_bg},
                                                    {ImGuiCol_FrameBgActive, p.frame_bg_active},
                                                    {ImGuiCol_Button, p.button},
                                                    {ImGuiCol_ButtonActive, p.button_active},
                                                    {ImGuiCol_NavHighlight, p.nav_highlight}};
    for (const auto& [slot, colour] : expected) {
      CHECK(c[slot].x == colour.x);
      CHECK(c[slot].y == colour.y);
      CHECK(c[slot].z == colour.z);
      CHECK(c[slot].w == colour.w);
    }
    CHECK(ui::palette().text.x == p.text.x);
  }
  ImGui::DestroyContext();
}
