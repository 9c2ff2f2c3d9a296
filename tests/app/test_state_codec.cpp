#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "app/state_codec.hpp"

TEST_CASE("the whole state round-trips through a query string") {
  app::AppState state;
  state.tool = app::Tool::cyclization;
  state.theme = app::Theme::dark;
  state.workup.mode = chem::LahInputMode::solution;
  state.workup.solution_ml.set("12.5");
  state.workup.solution_preset = 3;
  state.workup.steps_done[1] = true;
  state.cyclization.mode = app::CyclizationMode::syringe_pump;
  state.cyclization.ring_size = 12;
  state.cyclization.n_tosyl = true;
  state.cyclization.em_molar.set("3e-4 & more");  // kept verbatim, even when not a number
  const std::string query = app::encode_state(state);
  CHECK(query.find("tool=cyclization") == 0);
  CHECK(query.find("workup.solution_ml=12.5") != std::string::npos);
  CHECK(query.find("cyclization.em=3e-4%20%26%20more") != std::string::npos);

  app::AppState restored;
  const app::DecodeReport report = app::decode_state(restored, "?" + query);
  CHECK(report.rejected.empty());
  CHECK(report.applied > 20);
  CHECK(app::encode_state(restored) == query);
  CHECK(restored.workup.steps_done[1]);
  CHECK(restored.cyclization.em_molar.str() == "3e-4 & more");
}

TEST_CASE("an embed preset: one tool, its inputs, embed=1") {
  app::AppState state;
  const auto report = app::decode_state(state, "tool=workup&embed=1&workup.mode=mg&workup.lah_mg=40");
  CHECK(report.embed);
  CHECK(report.applied == 3);
  CHECK(state.workup.mode == chem::LahInputMode::mass_mg);
  CHECK(state.workup.mass_mg.str() == "40");
  app::AppState other;
  other.tool = app::Tool::workup;
  const std::string only = app::encode_state(other, true);
  CHECK(only.find("cyclization.") == std::string::npos);
  CHECK(only.find("theme=light") != std::string::npos);
  CHECK(only.find("scale=100") != std::string::npos);
  CHECK(only.find("keypad") == std::string::npos);
  CHECK(only.find("workup.lah_g=1.0") != std::string::npos);
}

TEST_CASE("hostile or corrupted state is skipped, reported, and the defaults stay") {
  app::AppState state;
  const std::string defaults = app::encode_state(state);
  auto report = app::decode_state(state,
                                  "tool=nonsense&workup.mode=kg&workup.lah_g=%zz&bogus=1&"
                                  "workup.steps=0101&cyclization.ring=8&cyclization.tosyl=yes&"
                                  "workup.lah_mg=%00&workup.molarity=a%0Ab&workup.preset=9");
  CHECK(report.applied == 0);
  CHECK(report.rejected.size() == 10);
  // A malformed escape in a value names its key (the notice and the CLI's `report` say which).
  CHECK(std::count(report.rejected.begin(), report.rejected.end(), "workup.lah_g") == 1);
  CHECK(app::encode_state(state) == defaults);

  report = app::decode_state(state, std::string(10000, 'a'));
  CHECK(report.rejected.size() == 1);
  CHECK(report.rejected[0] == "the whole state (10000 bytes, too long)");

  report = app::decode_state(state, "workup.lah_g=" + std::string(200, '9'));
  CHECK(report.rejected == std::vector<std::string>{"workup.lah_g"});
  report = app::decode_state(state, std::string(300, 'k') + "=1");
  CHECK(report.rejected[0].size() < 50);
  CHECK(app::decode_state(state, "&&=&workup.lah_g=2.5&").applied == 1);
  CHECK(state.workup.mass_g.str() == "2.5");
}

TEST_CASE("percent encoding") {
  CHECK(app::percent_encode("1,5 µL") == "1%2C5%20%C2%B5L");
  std::string out;
  CHECK(app::percent_decode("1%2C5+%C2%B5L", out));
  CHECK(out == "1,5 µL");
  CHECK_FALSE(app::percent_decode("%4", out));
  CHECK_FALSE(app::percent_decode("%", out));
  CHECK_FALSE(app::percent_decode("%g0", out));
}

TEST_CASE("a cross-tool link's changes are listed field by field, with the old value") {
  app::AppState before;
  before.cyclization.c0_molar.set("0.01");
  app::AppState after = before;
  after.tool = app::Tool::cyclization;
  after.cyclization.c0_molar.set("0.5");
  const auto changes = app::describe_changes(before, after);
  REQUIRE(changes.size() == 1);
  CHECK(changes[0] == "c0 set to 0.5 (was 0.01)");
  CHECK(app::describe_changes(before, before).empty());
}

TEST_CASE("the fit inputs travel in the link; rows beyond those shown are left out") {
  app::AppState state;
  app::CyclizationFitInputs& fit = state.cyclization.fit;
  fit.batch[0].c0_molar.set("0.05");
  fit.batch[0].value.set("47.7");
  fit.batch[1].c0_molar.set("0.1");
  fit.batch[1].measure = app::RingMeasure::ratio;
  fit.batch[1].value.set("1:2");
  fit.batch[4].c0_molar.set("hidden");  // row 5 of 2 shown
  fit.error_pct.set("5");
  fit.pump_total_molar.set("0.05");
  state.alkylation.fit.unit = app::CompositionUnit::areas;
  state.alkylation.fit.mono.set("abc");  // kept verbatim, like every field
  const std::string query = app::encode_state(state);
  CHECK(query.find("cyclization.fit_runs=2") != std::string::npos);
  CHECK(
      query.find("cyclization.fit_c0_1=0.05&cyclization.fit_measure_1=yield&cyclization.fit_value_1=47.7") !=
      std::string::npos);
  CHECK(query.find("cyclization.fit_measure_2=ratio&cyclization.fit_value_2=1%3A2") != std::string::npos);
  CHECK(query.find("fit_c0_3") == std::string::npos);
  CHECK(query.find("hidden") == std::string::npos);
  CHECK(query.find("alkylation.fit_unit=areas") != std::string::npos);

  app::AppState restored;
  const auto report = app::decode_state(restored, query);
  CHECK(report.rejected.empty());
  CHECK(app::encode_state(restored) == query);
  CHECK(restored.cyclization.fit.batch[1].measure == app::RingMeasure::ratio);
  CHECK(restored.cyclization.fit.batch[1].value.str() == "1:2");
  CHECK(restored.cyclization.fit.error_pct.str() == "5");
  CHECK(restored.alkylation.fit.mono.str() == "abc");
  // An embed of the Cyclization tool carries its fit, not the Alkylation tool's.
  restored.tool = app::Tool::cyclization;
  const std::string embed = app::encode_state(restored, true);
  CHECK(embed.find("cyclization.fit_value_1=47.7") != std::string::npos);
  CHECK(embed.find("alkylation.fit") == std::string::npos);
}

TEST_CASE("bad fit values in a link are refused one by one") {
  app::AppState state;
  const auto report =
      app::decode_state(state,
                        "cyclization.fit_runs=7&cyclization.fit_runs=0&cyclization.fit_measure_1=area&"
                        "alkylation.fit_unit=moles&cyclization.fit_c0_7=1&cyclization.fit_runs=6");
  CHECK(report.applied == 1);
  CHECK(report.rejected.size() == 5);
  CHECK(state.cyclization.fit.batch_runs == 6);
}
