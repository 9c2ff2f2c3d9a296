// Published procedures as presets of the Route tool: loading one into the
// fields, and the words for the planner's verdict on each of the paper's
// conditions (the screen, the mirror, the card and the CLI share them).
#pragma once

#include <string>
#include <vector>

#include "app/report.hpp"
#include "app/route_state.hpp"
#include "chem/published_procedures.hpp"

namespace app {

// The assessment of route_input::kPresets[preset], computed once; null for
// "none" or an index out of range.
const chem::PublishedAssessment* route_preset_assessment(size_t preset);

// Puts the preset's plan into the Schmidt step's fields (amount, formula,
// method, azide, portions, addition time, acid, lactam yield); "none" puts
// the planner's own defaults back. The reduction's fields are left alone.
void load_route_preset(RouteInputs& inputs, size_t preset);

// True while the Schmidt step's fields still hold the loaded preset's plan.
bool route_preset_unchanged(const RouteInputs& inputs);

struct PresetRow {
  std::string key;  // "cosolvent": the mirror's "preset.cosolvent"
  std::string condition, paper, plan, verdict, why;
};
std::vector<PresetRow> preset_rows(const chem::PublishedAssessment& assessment);
const char* verdict_name(chem::Verdict verdict);
// "keeps 8 of its 11 conditions; 3 changed by the gates"
std::string preset_summary(const chem::PublishedAssessment& assessment);

// The preset's line and rows, for route_report.
void add_preset_entries(const RouteInputs& inputs, std::vector<ReportEntry>& entries);

}  // namespace app
