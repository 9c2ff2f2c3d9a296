// The Route tool's declarations: what links, the report and the parser read.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "app/input_spec.hpp"
#include "app/route_inputs.hpp"
#include "app/state_codec.hpp"

namespace spec = app::route_input;

TEST_CASE("route declarations: each permalink key and CLI flag once, each decodable") {
  std::set<std::string_view> permalinks, flags;
  for (const app::InputSpec* input : spec::kAll) {
    CAPTURE(input->key);
    if (!input->permalink.empty()) {
      CHECK(permalinks.insert(input->permalink).second);
      app::AppState state;
      const std::string value = input->choices ? std::string(input->choices[0].name) : std::string("1");
      const auto report = app::decode_state(state, std::string(input->permalink) + "=" + value);
      CHECK(report.rejected.empty());
      CHECK(report.applied == 1);
    }
    for (std::string_view flag : {input->cli_flag, input->variant_cli_flag})
      if (!flag.empty()) CHECK(flags.insert(flag).second);
  }
}

TEST_CASE("route: a fresh state holds each declaration's default") {
  const app::AppState state;
  const app::RouteInputs& r = state.route;
  CHECK(r.ketone_formula.str() == spec::kKetoneFormula.default_text);
  CHECK(r.basic_n_equiv.str() == spec::kBasicNEquiv.default_text);
  CHECK(r.portions.str() == spec::kPortions.default_text);
  CHECK(r.lactam_yield_pct.str() == spec::kLactamYield.default_text);
  CHECK(r.calculator_formula.str() == spec::kCalculatorFormula.default_text);
  app::AppState copy = state;
  // The choice inputs encode to their declared defaults.
  const std::string query = app::encode_state(copy);
  CHECK(query.find(std::string(spec::kMethod.permalink) + "=" + std::string(spec::kMethod.default_text)) !=
        std::string::npos);
  CHECK(query.find(std::string(spec::kLahForm.permalink) + "=" + std::string(spec::kLahForm.default_text)) !=
        std::string::npos);
}

TEST_CASE("route: older links open to the same state as the declared keys") {
  app::AppState old_link, new_link;
  CHECK(app::decode_state(old_link, "route.basic_n=2&route.method=tmsn3").rejected.empty());
  CHECK(app::decode_state(new_link, "route.basic_n_equiv=2&route.method=tmsn3-tfoh").rejected.empty());
  CHECK(old_link.route.basic_n_equiv.str() == "2");
  CHECK(old_link.route.method == chem::SchmidtMethod::tmsn3_tfoh);
  CHECK(app::encode_state(old_link) == app::encode_state(new_link));
  // Links are written with the declared key and name.
  CHECK(app::encode_state(old_link).find("route.basic_n_equiv=2") != std::string::npos);
  CHECK(app::encode_state(old_link).find("route.method=tmsn3-tfoh") != std::string::npos);
  app::AppState refused;
  CHECK(app::decode_state(refused, "route.method=tmsn4").rejected.size() == 1);
}

TEST_CASE("a declaration's rule names its key; a whole number is asked for by its noun") {
  app::TextField field("2.5");
  double value = 0;
  const auto error = app::read_number(spec::kPortions, field, value);
  REQUIRE(error);
  CHECK(error->field == "portions");
  CHECK(error->message == "Number of portions must be a whole number");
  field.set("12 mmol");
  CHECK_FALSE(app::read_number(spec::kKetoneAmount, field, value, true));
  CHECK(value == 12);
  const auto wrong_unit = app::read_number(spec::kKetoneAmount, field, value);
  REQUIRE(wrong_unit);
  CHECK(wrong_unit->field == "ketone_amount");
  CHECK(spec::kKetoneAmount.label_with_unit(true) == "Amount of ketone (mmol)");
  CHECK(app::input_entry(spec::kPortions, app::TextField("11"), true).label == "TMSN3 added in (parts)");
}
