// The one report of each tool, from the whole app state: what the page's
// mirror holds for the tool once it has settled, and what the CLI's `report`
// command prints. Both front ends render it, so they cannot disagree.
#pragma once

#include <optional>
#include <string>

#include "app/app_state.hpp"
#include "app/report.hpp"
#include "chem/outcome.hpp"

namespace app {

// The tool's name on the print card, the embed's iframe and the copied protocol.
const char* tool_title(Tool tool);

struct ToolReport {
  std::string title;
  Report report;
  std::optional<chem::InputError> error;  // the tool's input problem, also a status entry of the report
};

// Evaluates `tool` as a freshly opened page does (nothing committed before:
// no last valid result, every curve and fit computed in full) and builds its
// report: the tool's own entries first, then those of its "From my results"
// fits, in the order the panels mirror them.
ToolReport tool_report(const AppState& state, Tool tool);

}  // namespace app
