// The report keys (app/report_keys.hpp) are the one spelling the report
// builders and the panels share: distinct within a tool, and present in each
// tool's report where the panel draws them without a condition, so a key
// renamed on one side only fails here (the panels name the same constants).
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "app/report_keys.hpp"
#include "app/tool_report.hpp"
#include "app/troubleshooting.hpp"

namespace {

namespace keys = app::report_key;

// Numbers that a numbered family reaches (steps, warnings, runs, hazards).
constexpr size_t kFamilySize = 30;

struct ToolKeys {
  const char* tool;
  std::vector<std::string> names;                     // constants and members of numbered families
  std::vector<const app::ReportKeyPrefix*> prefixes;  // families by prefix
};

void add(ToolKeys& tool, std::initializer_list<app::ReportKey> list) {
  for (app::ReportKey key : list) tool.names.push_back(key.name);
}

template <size_t N>
void add(ToolKeys& tool, const app::ReportKey (&list)[N]) {
  for (app::ReportKey key : list) tool.names.push_back(key.name);
}

void add(ToolKeys& tool, const app::NumberedReportKeys& family) {
  for (size_t n = 1; n <= kFamilySize; ++n) tool.names.push_back(family.key(n));
}

void add(ToolKeys& tool, const app::FitReportKeys& fit) {
  add(tool, {fit.value, fit.range, fit.verdict, fit.message, fit.use, fit.blocked, fit.problem, fit.stale,
             fit.held});
}

// Every fit's keys: the Alkylation and Cyclization reports end with their fits'.
void add_fits(ToolKeys& tool) {
  add(tool, keys::fit::kAll);
  for (const app::FitReportKeys* fit : keys::fit::kFits) add(tool, *fit);
  add(tool, keys::fit::kRuns);
  tool.prefixes.push_back(&keys::fit::kFieldErrors);
}

std::vector<ToolKeys> all_tool_keys() {
  ToolKeys workup{"workup", {}, {}};
  add(workup, keys::workup::kAll);
  add(workup, keys::workup::kSteps);
  add(workup, keys::workup::kWarnings);
  add(workup, keys::workup::kAlternatives);

  ToolKeys alkylation{"alkylation", {}, {}};
  add(alkylation, keys::alkylation::kAll);
  add_fits(alkylation);

  ToolKeys cyclization{"cyclization", {}, {&keys::cyclization::kStrategies}};
  add(cyclization, keys::cyclization::kAll);
  add(cyclization, keys::cyclization::kSteps);
  add_fits(cyclization);

  ToolKeys route{
      "route",
      {},
      {&keys::route::kCautions, &keys::route::kAzideHazardPrefix, &keys::route::kPresetConditions}};
  add(route, keys::route::kAll);
  add(route, keys::route::kSteps);
  add(route, keys::route::kStepHazards);
  add(route, keys::route::kStepSources);

  ToolKeys guide{"guide", {}, {&keys::guide::kCards}};
  add(guide, keys::guide::kAll);

  ToolKeys app_bar{"app", {}, {}};
  add(app_bar, keys::app_bar::kAll);
  return {workup, alkylation, cyclization, route, guide, app_bar};
}

bool starts_with(const std::string& text, const char* prefix) { return text.rfind(prefix, 0) == 0; }

const app::ReportEntry* find(const app::Report& report, const std::string& key) {
  return app::find_entry(report, key);
}

// The keys each present in `report`.
void check_has(const app::Report& report, std::initializer_list<app::ReportKey> list) {
  for (app::ReportKey key : list) {
    CAPTURE(key.name);
    CHECK(find(report, key.name));
  }
}

// The steps are the family's members in order, from 1: the panels count them.
size_t check_steps(const app::Report& report) {
  size_t number = 0;
  for (const auto& entry : report) {
    if (entry.kind != app::ReportKind::step) continue;
    CHECK(entry.key == keys::kSteps.key(++number));
  }
  return number;
}

}  // namespace

TEST_CASE("report keys: no two of one tool share a string, and each is one plain word") {
  for (const ToolKeys& tool : all_tool_keys()) {
    CAPTURE(tool.tool);
    std::set<std::string> seen;
    for (const std::string& name : tool.names) {
      CAPTURE(name);
      CHECK(seen.insert(name).second);
      // The mirror's lines are tab-separated, the tests' tags "report.<key>".
      CHECK(!name.empty());
      CHECK(name.find_first_of(" \t\n") == std::string::npos);
      // A family drawn by its prefix must not draw another key too.
      for (const app::ReportKeyPrefix* prefix : tool.prefixes) CHECK(!starts_with(name, prefix->name));
    }
  }
  // The route draws its azide hazards by their prefix.
  CHECK(starts_with(keys::route::kAzideHazards.key(3), keys::route::kAzideHazardPrefix.name));
  CHECK(keys::route::kStepHazards.key(2) == "step2_hazard");
  CHECK(keys::route::kCautions.key("hn3") == "caution.hn3");
  CHECK(keys::plot_readout_key("cyclization.course") == "cyclization.course.readout");
}

TEST_CASE("report keys: the Workup report has what its panel draws") {
  const app::Report report = app::tool_report(app::AppState{}, app::Tool::workup).report;
  namespace k = keys::workup;
  check_has(report, {k::kMode, k::kConversion, k::kLahG, k::kLahMmol, k::kWaterFirstMl, k::kNaoh15pctMl,
                     k::kWaterLastMl, k::kH2MolMax, k::kH2L25cMax, k::kWaterStoichiometricMl,
                     k::kFieserWaterMl, k::kSource});
  CHECK(check_steps(report) == app::kWorkupStepCount);
  for (size_t n : {1, 2}) CHECK(find(report, k::kAlternatives.key(n)));
}

TEST_CASE("report keys: the Alkylation report and its κ fit have what the panels draw") {
  app::AppState state;
  namespace k = keys::alkylation;
  namespace fit = keys::fit;
  app::Report report = app::tool_report(state, app::Tool::alkylation).report;
  check_has(report, {k::kKappaNote,
                     k::kUnreacted,
                     k::kMono,
                     k::kBis,
                     k::kMonoYield,
                     k::kMonoToBis,
                     k::kDiamineLeft,
                     k::kBisYield,
                     k::kPlannerWeighOut,
                     k::kDiamine,
                     k::kBoc2o,
                     k::kPlannerExpect,
                     k::kMonoBoc,
                     k::kMonobocWorkup,
                     k::kMonoProtonation,
                     k::kDirectOneToOne,
                     k::kDirectMono,
                     k::kDirectMonoToBis,
                     k::kProtectionOverall,
                     k::kAcidByproduct,
                     k::kSource,
                     fit::kUnitInput,
                     fit::kKappaHint});
  // A measured composition: the fit's lines.
  state.alkylation.fit.sm.set("25");
  state.alkylation.fit.mono.set("50");
  state.alkylation.fit.bis.set("25");
  report = app::tool_report(state, app::Tool::alkylation).report;
  check_has(report, {fit::kKappa.value, fit::kKappa.range, fit::kKappa.verdict, fit::kKappa.use,
                     fit::kComposition, fit::kConsumedEquiv, fit::kConversion, fit::kElectrophileBalance});
  CHECK_FALSE(find(report, fit::kKappaHint.name));
}

TEST_CASE("report keys: the Cyclization report and its fits have what the panels draw") {
  app::AppState state;
  namespace k = keys::cyclization;
  namespace fit = keys::fit;
  const std::initializer_list<app::ReportKey> both = {
      k::kRingYield,       k::kOligomerYield,       k::kPathway,
      k::kYieldPlotMarker, k::kCompositionTime,     k::kRingAtCompletion,
      k::kCyclicOligomers, k::kLinearOligomers,     k::kLongChains,
      k::kPrecursorLeft,   k::kClosedFormRingYield, k::kDimerEm,
      k::kSource};
  REQUIRE(state.cyclization.mode == app::CyclizationMode::batch);
  app::Report report = app::tool_report(state, app::Tool::cyclization).report;
  check_has(report, both);
  check_has(report, {k::kC0OverEm, k::kSolventMlPerMmol, fit::kEmHint});
  CHECK(check_steps(report) > 0);

  state.cyclization.mode = app::CyclizationMode::syringe_pump;
  report = app::tool_report(state, app::Tool::cyclization).report;
  check_has(report, both);
  check_has(report, {k::kTotalMolar, k::kBatchRingYield, k::kKIntraHalfLife, k::kRingYieldKLow,
                     k::kRingYieldKHigh, k::kCompletionH});
  // A steady state with its concentration and yield, or why there is none.
  CHECK((find(report, k::kSteadyStateMolar.name) && find(report, k::kSteadyStateYield.name)) !=
        (find(report, k::kSteadyState.name) && find(report, k::kPeakPrecursor.name) &&
         find(report, k::kEndOfFeedPrecursor.name)));
  CHECK(check_steps(report) > 0);

  // Two batch runs and a syringe-pump run: both fits' lines.
  app::CyclizationFitInputs& f = state.cyclization.fit;
  f.batch[0].c0_molar.set("0.05");
  f.batch[0].value.set("60");
  f.batch[1].c0_molar.set("0.1");
  f.batch[1].value.set("45");
  f.pump_total_molar.set("0.05");
  f.pump_addition_h.set("8");
  f.pump_yield_pct.set("80");
  report = app::tool_report(state, app::Tool::cyclization).report;
  check_has(report, {fit::kEm.value, fit::kEm.range, fit::kEm.verdict, fit::kEm.use, fit::kKIntra.value,
                     fit::kKIntra.range, fit::kKIntra.verdict, fit::kKIntra.use, fit::kKIntraEm,
                     fit::kHalfLifeH, fit::kHalfLifeRangeH, fit::kBatchRingYield, fit::kAdditionH});
  for (size_t n : {1, 2}) CHECK(find(report, fit::kRuns.key(n)));
  CHECK_FALSE(find(report, fit::kEmHint.name));
}

TEST_CASE("report keys: the Route report has what its panel draws, each step with its hazard and source") {
  app::AppState state;
  namespace k = keys::route;
  app::Report report = app::tool_report(state, app::Tool::route).report;
  const std::initializer_list<app::ReportKey> both = {
      k::kKetone, k::kAzide,  k::kAcid,  k::kPortions,   k::kMinPortions, k::kLactam,
      k::kLah,    k::kWorkup, k::kAmine, k::kCalculator, k::kSource};
  check_has(report, both);
  check_has(report, {k::kPortionTimes, k::kPortionWait});
  CHECK(find(report, k::kAzideHazards.key(1)));
  const size_t steps = check_steps(report);
  CHECK(steps > 0);
  for (size_t n = 1; n <= steps; ++n) {
    CAPTURE(n);
    CHECK(find(report, k::kStepHazards.key(n)));
    CHECK(find(report, k::kStepSources.key(n)));
  }
  app::set_route_method(state.route, chem::SchmidtMethod::tmsn3_tfoh);
  report = app::tool_report(state, app::Tool::route).report;
  check_has(report, both);
  check_has(report, {k::kTfohFree});
}

TEST_CASE("report keys: the guide's report has every card shown and the count") {
  const app::Report report = app::tool_report(app::AppState{}, app::Tool::guide).report;
  check_has(report, {keys::guide::kSearch, keys::guide::kCardsShown});
  for (const auto& card : app::trouble_cards()) {
    CAPTURE(card.id);
    CHECK(find(report, keys::guide::kCards.key(card.id)));
  }
}
