#include "ui/guide_panel.hpp"

#include "app/troubleshooting.hpp"
#include "imgui.h"
#include "ui/persistence.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace ui {
namespace {

void labelled(const char* label, const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, palette().accent);
  ImGui::TextUnformatted(label);
  ImGui::PopStyleColor();
  ImGui::SameLine();
  wrapped_text("%s", text.c_str());
}

}  // namespace

void draw_guide_panel(app::AppState& state, app::AppSession& session, UiContext& ctx) {
  ImGui::BeginChild("guide", ImVec2(0, 0), ImGuiChildFlags_Border, ImGuiWindowFlags_NavFlattened);
  heading(ctx, "Troubleshooting 1,4-diazepane syntheses");
  number_field(ctx, "guide_search", "Search the symptoms", state.guide_search, "", std::nullopt, 320);
  std::vector<app::MirrorEntry> mirror{{"input.search", "Search", state.guide_search.str()}};
  int shown = 0;
  for (const auto& card : app::trouble_cards()) {
    if (!app::card_matches(card, state.guide_search.str())) continue;
    ++shown;
    ImGui::Separator();
    heading(ctx, card.title.c_str());
    labelled("Symptom", card.symptom);
    labelled("Diagnosis", card.diagnosis);
    labelled("Mechanism", card.mechanism);
    labelled("Fix", card.fix);
    ImGui::PushID(card.id.c_str());
    if (ImGui::Button(card.tool_label.c_str(), touch_button_size(card.tool_label.c_str()))) {
      follow_link(state, session, "the guide", card.open);
    }
    ImGui::PopID();
    ctx.tag_last_item(("guide." + card.id).c_str());
    mirror.push_back({"card." + card.id, card.title, card.fix});
  }
  if (shown == 0)
    muted_text("No card mentions that. Try \"gum\", \"tetrazole\", \"mixture\" or \"emulsion\".");
  mirror.push_back({"cards_shown", "Cards shown", std::to_string(shown)});
  ImGui::Separator();
  heading(ctx, "Critical parameters");
  if (ImGui::BeginTable("critical", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
    for (const char* title : {"Step", "Parameter", "Keep it at", "Why"}) ImGui::TableSetupColumn(title);
    ImGui::TableHeadersRow();
    for (const auto& row : app::critical_parameters()) {
      ImGui::TableNextRow();
      for (const char* cell : {row.step, row.parameter, row.target, row.why}) {
        ImGui::TableNextColumn();
        wrapped_text("%s", cell);
      }
    }
    ImGui::EndTable();
  }
  ImGui::EndChild();
  ctx.mirror("guide", mirror);
}

}  // namespace ui
