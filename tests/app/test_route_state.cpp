// The Route tool's state: the method switch, the gates at their fields, the mirror.
#include <doctest/doctest.h>

#include <string>

#include "app/route_state.hpp"
#include "mirror_value.hpp"

TEST_CASE("switching the method sets the portions to the new method's least number + 1") {
  app::RouteInputs in;
  CHECK(in.portions.str() == "14");
  CHECK(app::evaluate_route(in, nullptr).valid);
  // MsOH needs 15 at the defaults: at 14 it was refused; now the switch sets 16.
  app::set_route_method(in, chem::SchmidtMethod::nan3_msoh);
  CHECK(in.method == chem::SchmidtMethod::nan3_msoh);
  CHECK(in.portions.str() == "16");
  CHECK(in.addition_min.str() == "120");
  CHECK(app::evaluate_route(in, nullptr).valid);
  // TMSN3: 79 mmol at most 5 mmol a part: 16 parts, 17 to start with.
  app::set_route_method(in, chem::SchmidtMethod::tmsn3_tfoh);
  CHECK(in.portions.str() == "17");
  const auto tms = app::evaluate_route(in, nullptr);
  REQUIRE(tms.valid);
  const auto mirror = app::route_report(in, tms);
  CHECK(mirror_value(mirror, "input.portions") == "17");
  CHECK(mirror_value(mirror, "portions").find("17 × ") == 0);
  CHECK(mirror_value(mirror, "min_portions") ==
        "16 (this tool's choice: at least 10, at most 5 mmol each; no calorimetry for this method)");
  app::set_route_method(in, chem::SchmidtMethod::nan3_h2so4);
  CHECK(in.portions.str() == "14");
  // Three equiv of azide: MsOH needs 30 portions, 31 to start with, 150 min
  // to keep them 5 min apart; back to H2SO4, 26 (25 + 1), and the longer time stays.
  in.azide_equiv.set("3");
  app::set_route_method(in, chem::SchmidtMethod::nan3_msoh);
  CHECK(in.portions.str() == "31");
  CHECK(in.addition_min.str() == "150");
  app::set_route_method(in, chem::SchmidtMethod::nan3_h2so4);
  CHECK(in.portions.str() == "26");
  CHECK(in.addition_min.str() == "150");
  CHECK(app::evaluate_route(in, nullptr).valid);
}

TEST_CASE("TMSN3 parts and the TfOH the HN3 step uses are gated at their fields") {
  app::RouteInputs in;
  app::set_route_method(in, chem::SchmidtMethod::tmsn3_tfoh);
  in.portions.set("1");
  auto view = app::evaluate_route(in, nullptr);
  REQUIRE(view.error);
  CHECK(view.error->field == "portions");
  in.portions.set("16");
  in.addition_min.set("0");
  view = app::evaluate_route(in, nullptr);
  REQUIRE(view.error);
  CHECK(view.error->field == "addition_min");
  in.addition_min.set("120");
  in.tfoh_equiv.set("1.01");
  view = app::evaluate_route(in, nullptr);
  REQUIRE(view.error);
  CHECK(view.error->field == "tfoh_equiv");
}

TEST_CASE("above bench scale the screen names the ketone amount; below it a caution") {
  app::RouteInputs in;
  in.ketone_amount.set("30000");
  auto view = app::evaluate_route(in, nullptr);
  REQUIRE(view.error);
  CHECK(view.error->field == "ketone_amount");
  CHECK(view.error->message.find("no addition schedule is given") != std::string::npos);
  CHECK_FALSE(view.valid);
  in.ketone_amount.set("20");  // 0.16 mol azide: the caution band
  view = app::evaluate_route(in, nullptr);
  REQUIRE(view.valid);
  const auto mirror = app::route_report(in, view);
  CHECK(mirror_value(mirror, "scale_warning").find("Large for the bench") == 0);
  in.acid_ml_per_g.set("0.5");
  view = app::evaluate_route(in, nullptr);
  REQUIRE(view.error);
  CHECK(view.error->field == "acid_ml_per_g");
}

TEST_CASE("cautions reach the mirror under caution.<key>") {
  app::RouteInputs in;
  in.ketone_formula.set("C10H17NO3");  // N-Boc-4-piperidone
  in.ketone_amount.set("5");
  in.portions.set("20");
  auto view = app::evaluate_route(in, nullptr);
  REQUIRE(view.valid);
  auto mirror = app::route_report(in, view);
  CHECK(mirror_value(mirror, "caution.other_oxygen").find("This formula has 2 O atoms") == 0);
  in.ketone_formula.set("C12H15NO");
  in.azide_equiv.set("2.5");
  in.portions.set("40");
  in.addition_min.set("200");
  view = app::evaluate_route(in, nullptr);
  REQUIRE(view.valid);
  mirror = app::route_report(in, view);
  CHECK(mirror_value(mirror, "caution.excess_azide").find("Excess azide: 1.5 equiv") == 0);
  CHECK(mirror_value(mirror, "tetrazole_warning") == chem::kTetrazoleNote);
  in.azide_equiv.set("6");
  view = app::evaluate_route(in, nullptr);
  REQUIRE(view.error);
  CHECK(view.error->field == "azide_equiv");
}

TEST_CASE(
    "route report: portion times are whole minutes, never two portions at one time; hazards name their "
    "step") {
  app::RouteInputs in;
  in.azide_equiv.set("2.5");
  in.portions.set("30");
  in.addition_min.set("200");
  const auto view = app::evaluate_route(in, nullptr);
  REQUIRE(view.valid);
  const auto report = app::route_report(in, view);
  const std::string times = mirror_value(report, "portion_times");
  std::vector<std::string> seen;
  size_t start = 0;
  while (start < times.size()) {
    const size_t end = std::min(times.find(", ", start), times.size());
    seen.push_back(times.substr(start, end - start));
    start = end + 2;
  }
  CHECK(seen.size() == 30);
  for (size_t i = 1; i < seen.size(); ++i) CHECK_MESSAGE(seen[i] != seen[i - 1], times);
  CHECK(seen.back() == "200 min");
  CHECK(mirror_value(report, "step1_hazard").rfind("Step 1, " + view.result.steps[0].title + ": ", 0) == 0);
  for (const auto& entry : report) {
    if (entry.key.rfind("azide_hazard", 0) == 0 && entry.value.find("HN3: highly toxic") != std::string::npos)
      CHECK(entry.level == chem::WarningLevel::danger);
    // The extraction step's hazard (azidomethanes from CH2Cl2) is as loud as the general note.
    if (entry.key.size() > 7 && entry.key.compare(entry.key.size() - 7, 7, "_hazard") == 0 &&
        entry.value.find("dichloromethane") != std::string::npos)
      CHECK(entry.level == chem::WarningLevel::danger);
  }
}
