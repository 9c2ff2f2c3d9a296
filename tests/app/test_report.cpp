#include <doctest/doctest.h>

#include <sstream>

#include "app/alkylation_state.hpp"
#include "app/csv.hpp"
#include "app/report.hpp"
#include "app/workup_state.hpp"

namespace {

bool derived(const app::ReportEntry& entry) {
  return entry.kind == app::ReportKind::result || entry.kind == app::ReportKind::step ||
         entry.kind == app::ReportKind::warning;
}

size_t count_kind(const app::Report& report, app::ReportKind kind) {
  size_t count = 0;
  for (const auto& entry : report) count += entry.kind == kind;
  return count;
}

// Every line of `text` that carries `needle` also carries the stale mark.
void check_lines_marked(const std::string& text, const std::string& needle) {
  std::istringstream lines(text);
  std::string line;
  bool seen = false;
  while (std::getline(lines, line)) {
    if (line.find(needle) == std::string::npos) continue;
    seen = true;
    CHECK_MESSAGE(line.find("[STALE]") != std::string::npos, line);
  }
  CHECK_MESSAGE(seen, needle);
}

}  // namespace

TEST_CASE("a valid workup report has inputs, results, steps, warnings and a source, none stale") {
  app::WorkupInputs in;
  in.mass_g.set("2.5");
  in.steps_done[1] = true;
  const auto view = app::evaluate_workup(in, std::nullopt);
  const app::Report report = app::workup_report(in, view);
  CHECK(count_kind(report, app::ReportKind::input) >= 2);
  CHECK(count_kind(report, app::ReportKind::step) == app::kWorkupStepCount);
  CHECK(count_kind(report, app::ReportKind::warning) >= 1);
  CHECK(count_kind(report, app::ReportKind::source) == 1);
  for (const auto& entry : report) CHECK_FALSE(entry.stale);

  const std::string text = app::report_text(app::kWorkupTitle, report);
  CHECK(text.rfind(app::kWorkupTitle, 0) == 0);
  CHECK(text.find("2. [x] Add 2.50 mL water.") != std::string::npos);
  CHECK(text.find("4. [ ] Add 7.50 mL water.") != std::string::npos);
  CHECK(text.find("Reagents for Organic Synthesis, Vol. 1") != std::string::npos);
  CHECK(text.find("STALE") == std::string::npos);
  for (unsigned char c : text) CHECK(c < 0x80);  // pasted into any tool as it is
}

TEST_CASE("a stale workup view marks every result, step and warning stale, in the report and its text") {
  app::WorkupInputs in;
  in.mass_g.set("2.5");
  const auto valid = app::evaluate_workup(in, std::nullopt);
  in.mass_g.set("-1");
  const auto view = app::evaluate_workup(in, valid.workup);
  REQUIRE(view.stale);
  const app::Report report = app::workup_report(in, view);
  size_t marked = 0;
  for (const auto& entry : report) {
    CHECK_MESSAGE(entry.stale == derived(entry), entry.key);
    marked += entry.stale;
  }
  CHECK(marked > app::kWorkupStepCount);

  const std::string text = app::report_text(app::kWorkupTitle, report);
  CHECK(text.find("STALE: ") != std::string::npos);
  check_lines_marked(text, "Add 2.50 mL water");  // the checklist's amounts are the old ones
  check_lines_marked(text, "1st addition: water: 2.50 mL");
  check_lines_marked(text, "H2 released");
  // The input line says what is typed now, and is not marked.
  CHECK(text.find("- LiAlH4 mass (g): -1\n") != std::string::npos);
}

TEST_CASE("a stale alkylation report marks the mono-Boc weigh-out and expect steps") {
  app::AlkylationInputs in;
  const auto valid = app::evaluate_alkylation(in, nullptr);
  in.kappa.set("abc");
  const auto view = app::evaluate_alkylation(in, &valid);
  REQUIRE(view.stale);
  const app::Report report = app::alkylation_report(in, view);
  bool weigh_out = false;
  for (const auto& entry : report) {
    CHECK_MESSAGE(entry.stale == derived(entry), entry.key);
    if (entry.key == "planner_weigh_out") weigh_out = entry.kind == app::ReportKind::step && entry.stale;
  }
  CHECK(weigh_out);
  const std::string text = app::report_text("Alkylation", report);
  check_lines_marked(text, app::ascii_text(app::monoboc_weigh_out_text(view.protection)).substr(0, 20));
}

TEST_CASE("report lines carry kind and flags, a tab or newline inside a field escaped (app/records.hpp)") {
  app::Report report{{"step1", "Step 1", "Add\twater\n", app::ReportKind::step}};
  report[0].stale = true;
  report[0].done = true;
  report[0].detail = "slowly";
  CHECK(app::report_lines(report) == "step1\tStep 1\tAdd\\twater\\n\tstep\tstale done\tslowly\n");
  // With a typesetter, the card's versions follow; empty where nothing changes.
  const app::TypesetFunction shout = [](const std::string& text) {
    return text == "slowly" ? std::string("SLOWLY") : text;
  };
  CHECK(app::report_lines(report, shout) ==
        "step1\tStep 1\tAdd\\twater\\n\tstep\tstale done\tslowly\t\t\tSLOWLY\n");
}
