// Everything the user has entered, for every tool: plain data, so it can be
// saved to the URL and localStorage and restored.
#pragma once

#include <optional>
#include <string>

#include "app/alkylation_state.hpp"
#include "app/cyclization_state.hpp"
#include "app/fit_state.hpp"
#include "app/route_state.hpp"
#include "app/workup_state.hpp"

namespace app {

enum class Tool { workup, alkylation, cyclization, route, guide };

enum class Theme { light, dark };

// UI scale steps offered to the user (on top of the screen's pixel ratio).
inline constexpr int kUiScalePercents[] = {80, 90, 100, 115, 130, 150};

struct AppState {
  Tool tool = Tool::workup;
  Theme theme = Theme::light;
  bool keypad_on = false;  // on-screen numeric keypad for gloved hands
  int ui_scale_percent = 100;
  WorkupInputs workup;
  AlkylationInputs alkylation;
  CyclizationInputs cyclization;
  RouteInputs route;
  TextField guide_search;
  // The folded sections a person opened ("cyclization.details,…"): the page
  // opens them again after a reload.
  std::string open_sections;
};

// What the app remembers between frames but never saves.
struct AppSession {
  bool embed = false;               // one tool without the surrounding chrome (?embed=1)
  std::optional<Tool> select_tool;  // bring this tool's tab to the front on the next frame
  std::string notice;               // shown until dismissed, e.g. state that could not be restored
  std::string persisted_query;      // last state written to the URL and localStorage
  // A link from one tool to another changed inputs: what it changed (shown
  // with an Undo) and the whole state before it.
  std::string link_change;
  std::string state_before_link;
  std::optional<double> ticks_lah_g;  // the LiAlH4 mass the Workup checklist ticks were made for
  std::optional<chem::FieserWorkup> last_valid_workup;
  // The LiAlH4 mass of the amounts on screen: typed and valid, or the last
  // valid one while the field is bad. The checklist's ticks follow it.
  std::optional<double> shown_workup_lah_g;
  std::optional<AlkylationView> last_valid_alkylation;
  std::optional<CyclizationView> last_valid_cyclization;
  std::optional<RouteView> last_valid_route;
  CyclizationCache cyclization_cache;
  FitCache fit_cache;  // the "From my results" fits of both tools
};

}  // namespace app
