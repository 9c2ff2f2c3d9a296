#include "ui/app_ui.hpp"

#include "imgui.h"
#include "ui/cyclization_panel.hpp"
#include "ui/theme.hpp"
#include "ui/workup_panel.hpp"

namespace ui {
namespace {

void draw_header(app::AppState& state, UiContext& ctx) {
  ImGui::PushFont(ctx.fonts.heading);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Diazepane Bench");
  ImGui::PopFont();
  const char* theme_label = state.theme == app::Theme::light ? "Dark theme" : "Light theme";
  const float button_width = ImGui::CalcTextSize(theme_label).x + ImGui::GetStyle().FramePadding.x * 2;
  ImGui::SameLine(ImGui::GetContentRegionMax().x - button_width);
  if (ImGui::Button(theme_label, ImVec2(button_width, kTouchTargetPx))) {
    state.theme = state.theme == app::Theme::light ? app::Theme::dark : app::Theme::light;
    apply_theme(state.theme);
  }
  ctx.tag_last_item("app.theme");
}

}  // namespace

void draw_app(app::AppState& state, app::AppSession& session, UiContext& ctx) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("Diazepane Bench", nullptr, flags);
  draw_header(state, ctx);
  if (ImGui::BeginTabBar("tools")) {
    const bool workup_open = ImGui::BeginTabItem("Workup (Fieser n-n-3n)");
    ctx.tag_last_item("tab.workup");
    if (workup_open) {
      state.tool = app::Tool::workup;
      draw_workup_panel(state.workup, session, ctx);
      ImGui::EndTabItem();
    }
    const bool cyclization_open = ImGui::BeginTabItem("Cyclization");
    ctx.tag_last_item("tab.cyclization");
    if (cyclization_open) {
      state.tool = app::Tool::cyclization;
      draw_cyclization_panel(state.cyclization, session, ctx);
      ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
  }
  ImGui::End();
}

}  // namespace ui
