#include "ui/app_ui.hpp"

#include "app/state_codec.hpp"
#include "imgui.h"
#include "ui/cyclization_panel.hpp"
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
    {app::Tool::cyclization, "Cyclization", "Ring closure versus oligomerisation",
     [](app::AppState& s, app::AppSession& session, UiContext& ctx) {
       draw_cyclization_panel(s.cyclization, session, ctx);
     }},
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
  const bool pressed = ImGui::Button(label, ImVec2(0, kTouchTargetPx));
  ctx.tag_last_item(test_name);
  return pressed;
}

void draw_header(app::AppState& state, UiContext& ctx) {
  ImGui::PushFont(ctx.fonts.heading);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Diazepane Bench");
  ImGui::PopFont();
  const char* theme_label = state.theme == app::Theme::light ? "Dark theme" : "Light theme";
  const ImGuiStyle& style = ImGui::GetStyle();
  float width = style.ItemSpacing.x * 2;
  for (const char* label : {"Copy link", "Embed this", theme_label}) {
    width += ImGui::CalcTextSize(label).x + style.FramePadding.x * 2;
  }
  ImGui::SameLine(std::max(ImGui::GetCursorPosX() + 8, ImGui::GetContentRegionMax().x - width));
  if (header_button(ctx, "Copy link", "app.copy_link")) {
    ctx.host().copy_text(ctx.host().page_address() + "?" + app::encode_state(state));
  }
  ImGui::SameLine();
  if (header_button(ctx, "Embed this", "app.embed")) ctx.host().copy_text(embed_snippet(state, ctx.host()));
  ImGui::SameLine();
  if (header_button(ctx, theme_label, "app.theme")) {
    state.theme = state.theme == app::Theme::light ? app::Theme::dark : app::Theme::light;
    apply_theme(state.theme);
  }
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
    return;
  }
  draw_header(state, ctx);
  draw_notice(session, ctx);
  if (ImGui::BeginTabBar("tools")) {
    for (const auto& tab : kTools) {
      const bool select = session.select_tool == tab.tool;
      const bool open = ImGui::BeginTabItem(tab.label, nullptr, select ? ImGuiTabItemFlags_SetSelected : 0);
      ctx.tag_last_item(("tab." + app::tool_key(tab.tool)).c_str());
      if (open) {
        if (!session.select_tool) state.tool = tab.tool;
        tab.draw(state, session, ctx);
        ImGui::EndTabItem();
      }
    }
    session.select_tool.reset();
    ImGui::EndTabBar();
  }
  ImGui::End();
}

}  // namespace ui
