#include "ui/guide_panel.hpp"

#include <algorithm>

#include "app/troubleshooting.hpp"
#include "imgui.h"
#include "ui/persistence.hpp"
#include "ui/report_widgets.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace ui {
namespace {

// "Symptom", "Diagnosis", "Mechanism" and "Fix" in a column of their own,
// so the four texts of a card start at one x; on a narrow screen each label
// sits above its text instead.
void labelled(const char* label, const std::string& text) {
  float label_w = 0;
  for (const char* name : {"Symptom", "Diagnosis", "Mechanism", "Fix"})
    label_w = std::max(label_w, ImGui::CalcTextSize(name).x);
  const float text_x = label_w + ImGui::GetStyle().ItemSpacing.x * 2;
  const bool beside = ImGui::GetContentRegionAvail().x > text_x + 16 * ImGui::GetFontSize();
  const float left = ImGui::GetCursorPosX();
  ImGui::PushStyleColor(ImGuiCol_Text, palette().accent);
  ImGui::TextUnformatted(label);
  ImGui::PopStyleColor();
  if (beside) ImGui::SameLine(left + text_x);
  wrapped_text("%s", text.c_str());
}

}  // namespace

void draw_guide_panel(app::AppState& state, app::AppSession& session, UiContext& ctx) {
  ImGui::BeginChild("guide", ImVec2(0, 0), ImGuiChildFlags_Border, ImGuiWindowFlags_NavFlattened);
  heading(ctx, "Troubleshooting 1,4-diazepane syntheses");
  number_field(ctx, "guide_search", "Search the symptoms", state.guide_search, "", std::nullopt, 320);
  const app::Report report = app::guide_report(state.guide_search.str());
  DrawnReport rv(report, ctx);
  int shown = 0;
  for (const auto& card : app::trouble_cards()) {
    if (!app::card_matches(card, state.guide_search.str())) continue;
    ++shown;
    ImGui::Separator();
    heading(ctx, card.title.c_str());
    rv.tag_named(app::report_key::guide::kCards.key(card.id));
    labelled("Symptom", card.symptom);
    labelled("Diagnosis", card.diagnosis);
    labelled("Mechanism", card.mechanism);
    labelled("Fix", card.fix);
    ImGui::PushID(card.id.c_str());
    const std::string name = "guide." + card.id;
    const ButtonLook look{ButtonRole::button, false, card.tool_label + " (" + card.title + ")"};
    if (button(ctx, name, card.tool_label, look)) follow_link(state, session, "the guide", card.open);
    ImGui::PopID();
  }
  if (shown == 0)
    muted_text("No card mentions that. Try \"gum\", \"tetrazole\", \"mixture\" or \"emulsion\".");
  ImGui::Spacing();
  rv.sentence(app::report_key::guide::kCardsShown, true);
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
  ctx.mirror.add("guide", report);
}

}  // namespace ui
