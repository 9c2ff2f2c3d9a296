#include <doctest/doctest.h>

#include <set>

#include "app/state_codec.hpp"
#include "app/tool_report.hpp"

namespace {

const app::Tool kAllTools[] = {app::Tool::workup, app::Tool::alkylation, app::Tool::cyclization,
                               app::Tool::route, app::Tool::guide};

size_t count_kind(const app::Report& report, app::ReportKind kind) {
  size_t count = 0;
  for (const auto& entry : report) count += entry.kind == kind;
  return count;
}

const app::ReportEntry* find_key(const app::Report& report, const std::string& key) {
  for (const auto& entry : report)
    if (entry.key == key) return &entry;
  return nullptr;
}

app::ToolReport report_of(const std::string& query) {
  app::AppState state;
  const app::DecodeReport decoded = app::decode_state(state, query);
  REQUIRE(decoded.rejected.empty());
  return app::tool_report(state, state.tool);
}

}  // namespace

TEST_CASE("every tool has a report of its own with a title of its own, whichever tool is in view") {
  std::set<std::string> titles;
  for (app::Tool tool : kAllTools) {
    app::AppState state;  // shows the workup: the report follows the tool asked for
    const app::ToolReport report = app::tool_report(state, tool);
    CAPTURE(app::tool_key(tool));
    CHECK(report.title == app::tool_title(tool));
    CHECK(!report.title.empty());
    CHECK(!report.error);
    CHECK(count_kind(report.report, app::ReportKind::result) > 0);
    for (const auto& entry : report.report) CHECK(!entry.stale);
    titles.insert(report.title);
  }
  CHECK(titles.size() == std::size(kAllTools));
  CHECK(app::tool_title(app::Tool::workup) == std::string(app::kWorkupTitle));
}

TEST_CASE("the report carries what the permalink set, and the tool's fits after its own entries") {
  const app::ToolReport workup = report_of("tool=workup&workup.mode=g&workup.lah_g=2.5");
  REQUIRE(find_key(workup.report, "input.lah_g"));
  CHECK(find_key(workup.report, "input.lah_g")->value == "2.5");
  REQUIRE(find_key(workup.report, "water_last_ml"));
  CHECK(find_key(workup.report, "water_last_ml")->value == "7.50 mL");  // 3 × 2.5 g, Fieser's 3n

  // The page mirrors the fit sections under the same tool, after the tool's own entries.
  const app::ToolReport alkylation = report_of("tool=alkylation&alkylation.kappa=0.5&alkylation.equiv=1");
  REQUIRE(find_key(alkylation.report, "input.fit.sm"));
  CHECK(find_key(alkylation.report, "input.fit.sm") > find_key(alkylation.report, "mono"));
  const app::ToolReport cyclization = report_of("tool=cyclization&cyclization.c0=0.02");
  REQUIRE(find_key(cyclization.report, "input.fit.pump_total"));
  CHECK(find_key(cyclization.report, "input.fit.pump_total") > find_key(cyclization.report, "ring_yield"));
  CHECK(find_key(cyclization.report, "input.c0")->value == "0.02");
}

TEST_CASE("an invalid value gives an input problem and no results, stale or not (a fresh page)") {
  struct Case {
    const char* query;
    const char* field;
  };
  for (const Case& c : {Case{"tool=workup&workup.mode=g&workup.lah_g=-3", "lah_g"},
                        Case{"tool=alkylation&alkylation.kappa=abc", "kappa"},
                        Case{"tool=cyclization&cyclization.mode=batch&cyclization.c0=0", "c0"},
                        Case{"tool=route&route.amount=-10", "ketone_amount"}}) {
    CAPTURE(c.query);
    const app::ToolReport report = report_of(c.query);
    REQUIRE(report.error);
    CHECK(report.error->field == c.field);
    const app::ReportEntry* error = find_key(report.report, "error");
    REQUIRE(error);
    CHECK(error->kind == app::ReportKind::status);
    CHECK(error->value == report.error->message);
    CHECK(!find_key(report.report, "stale"));
    for (const auto& entry : report.report) {
      CHECK(!entry.stale);
      // Only what does not depend on the bad value: the route's molar-mass calculator.
      if (entry.kind == app::ReportKind::result) CHECK(entry.key == "calculator");
    }
  }
}
