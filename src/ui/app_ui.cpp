#include "ui/app_ui.hpp"

#include <algorithm>
#include <functional>
#include <iterator>

#include "app/report_keys.hpp"
#include "app/state_codec.hpp"
#include "app/tool_report.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "ui/alkylation_panel.hpp"
#include "ui/cyclization_panel.hpp"
#include "ui/guide_panel.hpp"
#include "ui/keypad.hpp"
#include "ui/layout.hpp"
#include "ui/persistence.hpp"
#include "ui/route_panel.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"
#include "ui/workup_panel.hpp"

namespace ui {
namespace {

struct ToolTab {
  app::Tool tool;
  const char* label;
  const char* title;  // for embed snippets, the iframe title and the print card (app::tool_title)
  void (*draw)(app::AppState&, app::AppSession&, UiContext&);
};

const ToolTab kTools[] = {
    {app::Tool::workup, "Fieser workup", app::tool_title(app::Tool::workup),
     [](app::AppState& s, app::AppSession& session, UiContext& ctx) {
       draw_workup_panel(s.workup, session, ctx);
     }},
    {app::Tool::alkylation, "Mono/bis alkylation", app::tool_title(app::Tool::alkylation),
     [](app::AppState& s, app::AppSession& session, UiContext& ctx) {
       draw_alkylation_panel(s.alkylation, session, ctx);
     }},
    {app::Tool::cyclization, "Cyclization", app::tool_title(app::Tool::cyclization),
     [](app::AppState& s, app::AppSession& session, UiContext& ctx) {
       draw_cyclization_panel(s.cyclization, session, ctx);
     }},
    {app::Tool::route, "Ring expansion", app::tool_title(app::Tool::route), draw_route_panel},
    {app::Tool::guide, "Troubleshooting", app::tool_title(app::Tool::guide), draw_guide_panel},
};

const ToolTab& tab_for(app::Tool tool) {
  for (const auto& tab : kTools) {
    if (tab.tool == tool) return tab;
  }
  return kTools[0];
}

// & inside an HTML attribute, written the way HTML spells it.
std::string html_attribute(const std::string& text) {
  std::string out;
  for (char c : text)
    out += c == '&' ? std::string("&amp;") : c == '"' ? std::string("&quot;") : std::string(1, c);
  return out;
}

// The tool in view with its inputs, theme and text size: what an embed
// starts from and what "Open in full app" carries back.
std::string tool_link(app::AppState& state, Host& host) {
  return host.page_address() + "?" + app::encode_state(state, true);
}

std::string embed_snippet(app::AppState& state, Host& host) {
  // clipboard-write lets "Copy protocol" work inside the iframe; lazy keeps a
  // long course page fast; the title names the frame for screen readers.
  return "<iframe src=\"" + html_attribute(tool_link(state, host) + "&embed=1") +
         "\" title=\"Diazepane Bench: " + tab_for(state.tool).title +
         "\" width=\"100%\" height=\"640\" style=\"border:0\" loading=\"lazy\" "
         "allow=\"clipboard-write\"></iframe>";
}

bool header_button(UiContext& ctx, const char* label, const char* test_name) {
  return button(ctx, test_name, label);
}

// A button that shares `text` (copies it and shows it in the page's share
// panel). Its label turns to "✓ Copied" for two seconds once the browser has
// confirmed the copy; the width stays that of `label`, so nothing moves.
bool share_button(UiContext& ctx, const char* label, const char* test_name, const char* title, bool dark,
                  const std::function<std::string()>& text) {
  ImGuiStorage* storage = ImGui::GetStateStorage();
  const ImGuiID clicked_id = ImGui::GetID(test_name);
  const ImGuiID last_id = ImGui::GetID("share.last");
  const double since = ImGui::GetTime() - storage->GetFloat(clicked_id, -100.0f);
  const bool copied = storage->GetInt(last_id) == static_cast<int>(clicked_id) && since < 2.0 &&
                      ctx.host().last_copy_status() == Host::CopyStatus::copied;
  const float width = touch_button_size(label).x;
  ImGui::PushID(test_name);
  const ButtonLook look{ButtonRole::button, false, label, ImVec2(width, touch_px())};
  const bool pressed =
      button(ctx, test_name, copied ? "✓ Copied###share" : std::string(label) + "###share", look);
  ImGui::PopID();
  if (copied)
    ctx.mirror.add("app", {{app::report_key::app_bar::kCopied.name, "Copied to the clipboard", title}});
  if (!pressed) return false;
  ctx.host().share_text(title, text(), dark);
  storage->SetFloat(clicked_id, static_cast<float>(ImGui::GetTime()));
  storage->SetInt(last_id, static_cast<int>(clicked_id));
  ctx.frames.animate_until(ImGui::GetTime() + 2.1);
  return true;
}

// A− / A+: one step along the offered text sizes.
void text_size_buttons(app::AppState& state, UiContext& ctx) {
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
}

// Below this window width (CSS px) the header's actions fold into a menu:
// a phone has no room for seven buttons beside the title.
constexpr float kHeaderMenuBelowPx = 700.0f;

// The header's actions, on one row (wide) or as full-width rows in the menu.
// Returns true when an action was taken.
bool header_actions(app::AppState& state, UiContext& ctx, bool in_menu) {
  bool acted = false;
  Host& host = ctx.host();
  const bool dark = state.theme == app::Theme::dark;
  const char* keypad_label = state.keypad_on ? "Keypad ✓" : "Keypad";
  const char* theme_label = state.theme == app::Theme::light ? "Dark theme" : "Light theme";
  // In the menu every action is a row of its own; on the header row they follow each other.
  auto next = [&] {
    if (!in_menu) ImGui::SameLine();
  };
  // In the menu A− / A+ come first; on the header row, last, at its right
  // edge. Either way they stay where they are while the text grows, so a quick
  // second tap lands on the same button.
  if (in_menu) {
    text_size_buttons(state, ctx);
    next();
  }
  if (header_button(ctx, keypad_label, "app.keypad")) {
    state.keypad_on = !state.keypad_on;
    acted = true;
  }
  next();
  acted |= share_button(ctx, "Copy link", "app.copy_link", "Link to these inputs", dark,
                        [&] { return host.page_address() + "?" + app::encode_state(state); });
  next();
  acted |= share_button(ctx, "Embed this", "app.embed", "Embed this tool: paste into your course page's HTML",
                        dark, [&] { return embed_snippet(state, host); });
  next();
  // The bench card: the tool's report on paper (see web/js/card.js).
  if (header_button(ctx, "Print", "app.print")) {
    ctx.after_frame.request_print(app::tool_key(state.tool), tab_for(state.tool).title);
    acted = true;
  }
  if (host.offers_offline_copy()) {
    next();
    if (header_button(ctx, in_menu ? "Download for offline use" : "Offline copy", "app.offline_copy")) {
      host.download_offline_copy();
      acted = true;
    }
  }
  next();
  if (header_button(ctx, theme_label, "app.theme")) {
    state.theme = state.theme == app::Theme::light ? app::Theme::dark : app::Theme::light;
    apply_theme(state.theme, state.ui_scale_percent / 100.0f);
    acted = true;
  }
  if (!in_menu) {
    next();
    text_size_buttons(state, ctx);
  }
  return acted;  // A− / A+ keep the menu open: a second step is one tap away
}

void draw_header(app::AppState& state, UiContext& ctx) {
  ImGui::PushFont(ctx.fonts.heading);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Diazepane Bench");
  const float title_right = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x;
  ImGui::PopFont();
  const ImGuiStyle& style = ImGui::GetStyle();
  if (ImGui::GetMainViewport()->Size.x < kHeaderMenuBelowPx) {
    const float menu_width = touch_button_size("Menu").x;
    ImGui::SameLine(std::max(title_right + style.ItemSpacing.x, ImGui::GetContentRegionMax().x - menu_width));
    if (button(ctx, "app.menu", "Menu", {ButtonRole::button, false, {}, ImVec2(menu_width, touch_px())}))
      ImGui::OpenPopup("header.menu");
    if (ImGui::BeginPopup("header.menu")) {
      // Any action closes the menu: its effect (a theme, a text size) shows at once.
      if (header_actions(state, ctx, true)) ImGui::CloseCurrentPopup();
      ImGui::EndPopup();
    }
  } else {
    const char* labels[] = {state.keypad_on ? "Keypad ✓" : "Keypad",
                            "Copy link",
                            "Embed this",
                            "Print",
                            "Offline copy",
                            state.theme == app::Theme::light ? "Dark theme" : "Light theme",
                            "A−",
                            "A+"};
    float width = style.ItemSpacing.x * (std::size(labels) - 1);
    for (const char* label : labels) width += touch_button_size(label).x;
    // Beside the title when there is room, on a row of their own when not;
    // right-aligned either way, so the row's right end never moves.
    const float right_aligned = ImGui::GetContentRegionMax().x - width;
    if (right_aligned > title_right + 16) {
      ImGui::SameLine(right_aligned);
    } else if (right_aligned > ImGui::GetCursorPosX()) {
      ImGui::SetCursorPosX(right_aligned);
    }
    header_actions(state, ctx, false);
  }
  namespace keys = app::report_key::app_bar;
  ctx.mirror.add("app", {{keys::kUiScale.name, "Text size", std::to_string(state.ui_scale_percent) + " %"},
                         {keys::kKeypad.name, "On-screen keypad", state.keypad_on ? "on" : "off"}});
}

// A tool's tab: tagged for tests, and a tab of the accessible form's tab
// list; picked there, it is selected on the next frame.
void tool_tab_control(const app::AppState& state, app::AppSession& session, UiContext& ctx,
                      const ToolTab& tab) {
  const std::string name = "tab." + app::tool_key(tab.tool);
  ctx.tag_last_item(name.c_str());
  ctx.form.control("tab", name, tab.label, "", tab.tool == state.tool ? "1" : "");
  if (ctx.form.take_command(name)) {
    session.select_tool = tab.tool;
    ctx.frames.request_next_frame();
  }
}

// Phones: five tabs do not fit a 390 px row without cutting their names, so
// the tools are chosen from a full-width list that shows each whole name.
void draw_tool_selector(app::AppState& state, app::AppSession& session, UiContext& ctx) {
  if (session.select_tool) state.tool = *session.select_tool;
  session.select_tool.reset();
  const ToolTab& current = tab_for(state.tool);
  ImGui::SetNextItemWidth(-1);
  const bool open = ImGui::BeginCombo("##tool", current.label, ImGuiComboFlags_HeightLargest);
  ctx.tag_last_item("app.tool_select");
  if (open) {
    ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(0, 0.5f));
    for (const auto& tab : kTools) {
      const ButtonLook look{ButtonRole::tab, tab.tool == state.tool, {}, ImVec2(0, touch_px()), true};
      if (button(ctx, "tab." + app::tool_key(tab.tool), tab.label, look)) state.tool = tab.tool;
    }
    ImGui::PopStyleVar();
    ImGui::EndCombo();
  } else {
    // Closed list: the accessible form still offers every tool as a tab.
    for (const auto& tab : kTools) {
      if (form_choice(ctx, "tab." + app::tool_key(tab.tool), tab.label, tab.tool == state.tool,
                      ButtonRole::tab))
        session.select_tool = tab.tool;
    }
  }
  tab_for(state.tool).draw(state, session, ctx);
}

// Embeds: a slim row with the text size and a way out to the whole app.
void draw_embed_bar(app::AppState& state, UiContext& ctx) {
  text_size_buttons(state, ctx);
  ImGui::SameLine();
  if (header_button(ctx, "Open in full app", "app.open_full"))
    ctx.host().open_url(tool_link(state, ctx.host()));
  ctx.mirror.add("app", {{app::report_key::app_bar::kUiScale.name, "Text size",
                          std::to_string(state.ui_scale_percent) + " %"}});
}

// The height the embed needs to show everything without scrolling: the
// columns' natural height when the tool has columns, else what was laid out.
void publish_embed_height(UiContext& ctx) {
  const float columns_bottom = columns_content_bottom();
  const float bottom = columns_bottom > 0 ? columns_bottom : ImGui::GetCursorPosY();
  ctx.host().publish_content_height(bottom + ImGui::GetStyle().WindowPadding.y);
}

void draw_notice(app::AppSession& session, UiContext& ctx) {
  if (session.notice.empty()) return;
  ImGui::PushStyleColor(ImGuiCol_Text, palette().caution);
  wrapped_text("%s", session.notice.c_str());
  ImGui::PopStyleColor();
  ctx.mirror.add("app", {{app::report_key::app_bar::kNotice.name, "Notice", session.notice}});
  if (header_button(ctx, "Dismiss", "app.dismiss_notice")) session.notice.clear();
}

// What the last cross-tool link changed, with a way back.
void draw_link_change(app::AppState& state, app::AppSession& session, UiContext& ctx) {
  if (session.link_change.empty()) return;
  ImGui::AlignTextToFramePadding();
  wrapped_text("%s", session.link_change.c_str());
  ctx.mirror.add("app",
                 {{app::report_key::app_bar::kLinkChange.name, "Changed by a link", session.link_change}});
  if (header_button(ctx, "Undo", "app.undo_link")) undo_link(state, session);
  ImGui::SameLine();
  if (header_button(ctx, "OK", "app.dismiss_link")) session.link_change.clear();
}

// The Workup checklist's ticks belong to the amounts they were ticked for: a
// new LiAlH4 mass (typed, or sent from the route) starts the list afresh.
void reset_ticks_when_amounts_change(app::AppState& state, app::AppSession& session) {
  if (!session.shown_workup_lah_g) return;
  const double lah_g = *session.shown_workup_lah_g;
  if (session.ticks_lah_g && *session.ticks_lah_g != lah_g) state.workup.steps_done.fill(false);
  session.ticks_lah_g = lah_g;
}

}  // namespace

void draw_app(app::AppState& state, app::AppSession& session, UiContext& ctx) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  // An embed's box is small: a narrower frame around the tool leaves more of it to the tool.
  if (session.embed) ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(8, 6));
  ImGui::Begin("Diazepane Bench", nullptr, flags);
  if (session.embed) ImGui::PopStyleVar();
  reset_columns_frame(session.embed);
  ctx.sections.bind(session.embed ? nullptr : &state.open_sections);
  if (session.embed) {
    // Embedded in a course page: the one tool, little around it.
    draw_embed_bar(state, ctx);
    draw_notice(session, ctx);
    tab_for(state.tool).draw(state, session, ctx);
    reset_ticks_when_amounts_change(state, session);
    publish_embed_height(ctx);
    ImGui::End();
    if (state.keypad_on) draw_keypad(ctx);
    draw_focus_ring();
    if (columns_need_another_frame()) ctx.frames.request_next_frame();
    return;
  }
  draw_header(state, ctx);
  draw_notice(session, ctx);
  draw_link_change(state, session, ctx);
  if (ImGui::GetMainViewport()->Size.x < kHeaderMenuBelowPx) {
    draw_tool_selector(state, session, ctx);
  } else if (ImGui::BeginTabBar("tools")) {
    // A panel may ask for another tool while it draws (guide links, "open in
    // Workup"): that request is honoured on the next frame.
    const std::optional<app::Tool> requested = session.select_tool;
    session.select_tool.reset();
    const ToolTab* open_tab = nullptr;
    for (const auto& tab : kTools) {
      const bool select = requested == tab.tool;
      const bool open = ImGui::BeginTabItem(tab.label, nullptr, select ? ImGuiTabItemFlags_SetSelected : 0);
      tool_tab_control(state, session, ctx, tab);
      if (open) {
        if (!requested) state.tool = tab.tool;
        open_tab = &tab;
        ImGui::EndTabItem();
      }
    }
    ImGui::EndTabBar();
    // The tool is drawn after the whole row of tabs, not inside its tab:
    // Tab walks the items in the order they are submitted, and a keyboard
    // user goes header, tabs, then the tool (not into the tool halfway
    // along the tabs).
    if (open_tab) open_tab->draw(state, session, ctx);
  }
  reset_ticks_when_amounts_change(state, session);
  ImGui::End();
  if (state.keypad_on) draw_keypad(ctx);
  draw_focus_ring();
  // A column that just changed to (or from) results first, or whose results
  // block changed height, is laid out again. A frame is asked for outright:
  // a deadline in time would pass unseen when one frame takes longer than it
  // (a slow tablet, software WebGL), leaving the inputs drawn over the results.
  if (columns_need_another_frame()) ctx.frames.request_next_frame();
}

}  // namespace ui
