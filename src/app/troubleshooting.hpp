// The troubleshooting guide: symptom -> diagnosis -> mechanism -> fix, each
// card linked to the tool that puts numbers on it, with that scenario's inputs.
#pragma once

#include <string>
#include <vector>

#include "app/report.hpp"

namespace app {

struct AppState;

struct TroubleCard {
  std::string id;  // stable name for links and tests
  std::string title;
  std::string symptom;
  std::string diagnosis;
  std::string mechanism;
  std::string fix;
  std::string tool_label;         // "Open the Cyclization tool at 0.5 M"
  void (*open)(AppState& state);  // sets the scenario's inputs and the tool
};

const std::vector<TroubleCard>& trouble_cards();

// The guide's report: the search, then each matching card's fix (a step of
// its own), and how many cards match.
Report guide_report(const std::string& search);

// Case-insensitive search over every text of a card; an empty query matches all.
bool card_matches(const TroubleCard& card, const std::string& query);

struct CriticalParameter {
  const char* step;
  const char* parameter;
  const char* target;
  const char* why;
};
const std::vector<CriticalParameter>& critical_parameters();

}  // namespace app
