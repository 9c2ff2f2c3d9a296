#include "ui/app_ui.hpp"

#include <iterator>

#include "app/state_codec.hpp"
#include "imgui.h"
#include "ui/alkylation_panel.hpp"
#include "ui/cyclization_panel.hpp"
#include "ui/guide_panel.hpp"
#include "ui/keypad.hpp"
#include "ui/route_panel.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"
#include "ui/workup_panel.hpp"

namespace ui {
namespace {

struct ToolTab {
  app::Tool tool;
  const char* label;
  const char* title;  // for embed snippets and the iframe title
  void (*draw)(app::AppState&, app::AppSession&, UiContext&);
};

const ToolTab kTools[] = {
    {app::Tool::workup, "Workup (Fieser n-n-3n)", "LiAlH4 workup (Fieser n-n-3n)",
     [](app::AppState& s, app::AppSession& session, UiContext& ctx) {
       draw_workup_panel(s.workup, session, ctx);
     }},
    {app::Tool::alkylation, "Mono/bis alkylation", "Mono- versus bis-alkylation of a diamine",
     [](app::AppState& s, app::AppSession& session, UiContext& ctx) {
       draw_alkylation_panel(s.alkylation, session, ctx);
     }},
    {app::Tool::cyclization, "Cyclization", "Ring closure versus oligomerisation",
     [](app::AppState& s, app::AppSession& session, UiContext& ctx) {
       draw_cyclization_panel(s.cyclization, session, ctx);
     }},
    {app::Tool::route, "Ring-expansion route", "Schmidt ring expansion and lactam reduction",
     draw_route_panel},
    {app::Tool::guide, "Troubleshooting", "Troubleshooting guide", draw_guide_panel},
};

const ToolTab& tab_for(app::Tool tool) {
  for (const auto& tab : kTools) {
    if (tab.tool == tool) return tab;
  }
  return kTools[0];
}

std::string embed_snippet(app::AppState& state, Host& host) {
  const std::string address = host.page_address() + "?" + app::encode_state(state, true) + "&embed=1";
  return "<iframe src=\"" + address + "\" title=\"Diazepane Bench: " + tab_for(state.tool).title +
         "\" width=\"100%\" height=\"720\" style=\"border:0\" loading=\"lazy\"></iframe>";
}

bool header_button(UiContext& ctx, const char* label, const char* test_name) {
  const bool pressed = ImGui::Button(label, ImVec2(0, touch_px()));
  ctx.tag_last_item(test_name);
  return pressed;
}

void draw_header(app::AppState& state, UiContext& ctx) {
  ImGui::PushFont(ctx.fonts.heading);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Diazepane Bench");
  const float title_right = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x;
  ImGui::PopFont();
  const char* theme_label = state.theme == app::Theme::light ? "Dark theme" : "Light theme";
  const char* keypad_label = state.keypad_on ? "Keypad ✓" : "Keypad";
  const char* labels[] = {"A−", "A+", keypad_label, "Copy link", "Embed this", theme_label};
  const ImGuiStyle& style = ImGui::GetStyle();
  float width = style.ItemSpacing.x * 5;
  for (const char* label : labels) width += ImGui::CalcTextSize(label).x + style.FramePadding.x * 2;
  // Beside the title when there is room, on a row of their own when not.
  const float right_aligned = ImGui::GetContentRegionMax().x - width;
  if (right_aligned > title_right + 16) ImGui::SameLine(right_aligned);
  const int* scales = app::kUiScalePercents;
  const int scale_count = static_cast<int>(std::size(app::kUiScalePercents));
  int scale_index = 0;
  while (scale_index + 1 < scale_count && scales[scale_index] < state.ui_scale_percent) ++scale_index;
  ImGui::BeginDisabled(scale_index == 0);
  if (header_button(ctx, "A−", "app.smaller")) state.ui_scale_percent = scales[scale_index - 1];
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(scale_index + 1 == scale_count);
  if (header_button(ctx, "A+", "app.larger")) state.ui_scale_percent = scales[scale_index + 1];
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (header_button(ctx, keypad_label, "app.keypad")) state.keypad_on = !state.keypad_on;
  ImGui::SameLine();
  if (header_button(ctx, "Copy link", "app.copy_link")) {
    ctx.host().copy_text(ctx.host().page_address() + "?" + app::encode_state(state));
  }
  ImGui::SameLine();
  if (header_button(ctx, "Embed this", "app.embed")) ctx.host().copy_text(embed_snippet(state, ctx.host()));
  ImGui::SameLine();
  if (header_button(ctx, theme_label, "app.theme")) {
    state.theme = state.theme == app::Theme::light ? app::Theme::dark : app::Theme::light;
    apply_theme(state.theme, state.ui_scale_percent / 100.0f);
  }
  ctx.mirror("app", {{"ui_scale", "Text size", std::to_string(state.ui_scale_percent) + " %"},
                     {"keypad", "On-screen keypad", state.keypad_on ? "on" : "off"}});
}

void draw_notice(app::AppSession& session, UiContext& ctx) {
  if (session.notice.empty()) return;
  ImGui::PushStyleColor(ImGuiCol_Text, palette().caution);
  ImGui::TextWrapped("%s", session.notice.c_str());
  ImGui::PopStyleColor();
  ctx.mirror("app", {{"notice", "Notice", session.notice}});
  if (header_button(ctx, "Dismiss", "app.dismiss_notice")) session.notice.clear();
}

}  // namespace

void draw_app(app::AppState& state, app::AppSession& session, UiContext& ctx) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("Diazepane Bench", nullptr, flags);
  if (session.embed) {
    // Embedded in a course page: the one tool, nothing around it.
    draw_notice(session, ctx);
    tab_for(state.tool).draw(state, session, ctx);
    ImGui::End();
    if (state.keypad_on) draw_keypad(ctx);
    return;
  }
  draw_header(state, ctx);
  draw_notice(session, ctx);
  if (ImGui::BeginTabBar("tools")) {
    // A panel may ask for another tool while it draws (guide links, "open in
    // Workup"): that request is honoured on the next frame.
    const std::optional<app::Tool> requested = session.select_tool;
    session.select_tool.reset();
    for (const auto& tab : kTools) {
      const bool select = requested == tab.tool;
      const bool open = ImGui::BeginTabItem(tab.label, nullptr, select ? ImGuiTabItemFlags_SetSelected : 0);
      ctx.tag_last_item(("tab." + app::tool_key(tab.tool)).c_str());
      if (open) {
        if (!requested) state.tool = tab.tool;
        tab.draw(state, session, ctx);
        ImGui::EndTabItem();
      }
    }
    ImGui::EndTabBar();
  }
  ImGui::End();
  if (state.keypad_on) draw_keypad(ctx);
}

}  // namespace ui
