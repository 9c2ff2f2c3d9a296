// Everything the user has entered, for every tool: plain data, so it can be
// saved to the URL and localStorage and restored.
#pragma once

#include <optional>

#include "app/cyclization_state.hpp"
#include "app/workup_state.hpp"

namespace app {

enum class Tool { workup, cyclization };

enum class Theme { light, dark };

struct AppState {
  Tool tool = Tool::workup;
  Theme theme = Theme::light;
  WorkupInputs workup;
  CyclizationInputs cyclization;
};

// What the app remembers between frames but never saves.
struct AppSession {
  std::optional<chem::FieserWorkup> last_valid_workup;
  std::optional<CyclizationView> last_valid_cyclization;
  RingChainCache ring_chain_cache;
};

}  // namespace app
