// The Schmidt planner's safety gates: portions, interval, scale, and the
// quench and azide-destruction amounts, each checked against a hand calculation.
#include <doctest/doctest.h>

#include <string>

#include "chem/schmidt_route.hpp"

using doctest::Approx;

namespace {
bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}
}  // namespace

TEST_CASE("the least number of portions follows from the heat of one portion") {
  // 10 g ketone = 52.838 mmol; 1.5 equiv NaN3 = 79.257 mmol; 40 mL H2SO4 = 73.6 g.
  // Heat per mol azide: HN3 from NaN3 + H2SO4 (NBS ΔfH: (264.0 - 1125.5) - (21.7 - 814.0)
  // = -69.2 kJ/mol) plus the Schmidt reaction (-320 kJ/mol): 389.2 kJ/mol.
  CHECK(chem::kAzideHeatKjPerMol == Approx(389.2));
  // All the azide at once: 79.257e-3 mol × 389.2 kJ/mol / (73.6 g × 1.39 J/(g K)) = 301.5 K;
  // allowed 25 K (0 °C to room temperature): 301.5 / 25 = 12.06, so 13 portions.
  CHECK(chem::kMaxPortionRiseK == 25);
  CHECK(chem::min_azide_portions(79.257, 73.6) == 13);
  // MsOH is lighter: 40 mL × 1.48 = 59.2 g -> 374.9 K -> 15 portions.
  CHECK(chem::min_azide_portions(79.257, 59.2) == 15);
  // Twice the acid halves the rise: 150.8 K -> 7 portions.
  CHECK(chem::min_azide_portions(79.257, 147.2) == 7);
  // Never fewer than 2, however much acid.
  CHECK(chem::min_azide_portions(1, 1e6) == 2);
  chem::RouteInput in;  // the default plan: 14 portions over 120 min passes the gate
  const auto r = chem::plan_route(in).value();
  CHECK(r.min_portions == 13);
  CHECK(r.portion_rise_k == Approx(21.537).epsilon(1e-4));  // 301.5 K / 14
  CHECK(r.portion_rise_k <= chem::kMaxPortionRiseK);
}

TEST_CASE("all at once is refused at the field, with the reason and the least safe number") {
  chem::RouteInput in;
  in.portions = 1;
  auto error = chem::plan_route(in).error();
  CHECK(error.field == "portions");
  CHECK(contains(error.message, "One portion is all the azide at once"));
  CHECK(contains(error.message, "302 K"));  // 301.5 K to three figures
  CHECK(contains(error.message, "room temperature (25 °C)"));
  CHECK(contains(error.message, "37 °C"));
  CHECK(contains(error.message, "at least 13 portions"));
  in.portions = 12;  // one short of the minimum: 25.1 K per portion
  error = chem::plan_route(in).error();
  CHECK(error.field == "portions");
  CHECK(contains(error.message, "Too few portions"));
  CHECK(contains(error.message, "25.1 K"));
  in.portions = 13;
  CHECK(chem::plan_route(in).ok());
  in.method = chem::SchmidtMethod::nan3_msoh;  // 15 needed with MsOH
  CHECK(chem::plan_route(in).error().field == "portions");
  in.portions = 15;
  CHECK(chem::plan_route(in).ok());
}

TEST_CASE("a zero or too short interval is all at once too") {
  chem::RouteInput in;
  in.addition_min = 0;
  auto error = chem::plan_route(in).error();
  CHECK(error.field == "addition_min");
  CHECK(error.message ==
        "14 portions over 0 min is all at once: leave at least 5 min between portions, 65 min in all");
  in.addition_min = 64;  // 4.9 min apart
  CHECK(chem::plan_route(in).error().field == "addition_min");
  in.addition_min = 65;
  CHECK(chem::plan_route(in).ok());
}

TEST_CASE("too little acid for any number of portions names the acid") {
  chem::RouteInput in;
  in.acid_ml_per_g = 0.4;  // below about 0.48 mL/g even 100 portions are too big
  in.portions = 100;
  in.addition_min = 600;
  const auto error = chem::plan_route(in).error();
  CHECK(error.field == "acid_ml_per_g");
  CHECK(contains(error.message, "Use more acid"));
}

TEST_CASE("above 0.5 mol azide the plan carries a scale warning") {
  chem::RouteInput in;
  CHECK_FALSE(chem::plan_route(in).value().scale_warning.has_value());
  in.ketone_amount = 63;  // 63 g = 332.9 mmol ketone -> 499.3 mmol azide: still bench
  CHECK_FALSE(chem::plan_route(in).value().scale_warning.has_value());
  in.ketone_amount = 64;  // 507.2 mmol azide
  auto r = chem::plan_route(in).value();
  REQUIRE(r.scale_warning.has_value());
  CHECK(contains(*r.scale_warning, "Outside bench scale"));
  CHECK(contains(*r.scale_warning, "process-safety review"));
  in.ketone_amount = 30000;  // 30 kg: 238 mol azide, 10 kg HN3 possible
  in.lah_equiv = 0.1;        // keep the LiAlH4 inside the workup's range
  r = chem::plan_route(in).value();
  REQUIRE(r.scale_warning.has_value());
  CHECK(contains(*r.scale_warning, "240 mol azide"));
  CHECK(contains(*r.scale_warning, "10 kg of HN3"));
}

TEST_CASE("quench, neutralisation and azide destruction amounts, by hand") {
  chem::RouteInput in;
  const auto r = chem::plan_route(in).value();
  // 735.46 mmol H2SO4 -> 1470.9 mmol NaOH = 58.832 g.
  CHECK(r.naoh_mmol == Approx(1470.92).epsilon(1e-4));
  CHECK(r.naoh_g == Approx(58.832).epsilon(1e-4));
  // 0.73546 × 95.3 + 1.47092 × 55.8 = 152.17 kJ, melting 456.1 g ice.
  CHECK(r.quench_heat_kj == Approx(152.17).epsilon(1e-4));
  CHECK(r.ice_min_g == Approx(456.13).epsilon(1e-4));
  // 5.1526 g NaN3 × 1.5 = 7.7289 g NaNO2; 5 %: 19 g water per g azide.
  CHECK(r.nitrite_g == Approx(7.7289).epsilon(1e-4));
  CHECK(r.azide_waste_water_ml == Approx(98.193).epsilon(1e-4));
  REQUIRE(r.steps.size() == 4);
  CHECK(r.steps[0].title == "Quench onto ice");
  CHECK(contains(r.steps[0].detail, "460 g"));
  CHECK_FALSE(contains(r.steps[0].detail, "heat of dilution"));  // counted for H2SO4
  CHECK(contains(r.steps[1].detail, "59 g NaOH"));
  CHECK(contains(r.steps[2].hazard, "dichloromethane"));
  CHECK(contains(r.steps[3].detail, "7.7 g NaNO2"));
  CHECK(contains(r.steps[3].hazard, "Nitrite first"));
  CHECK(contains(r.steps[3].source, "Prudent Practices in the Laboratory"));
  CHECK(contains(r.steps[3].source, "2011"));
  for (const auto& step : r.steps) CHECK_FALSE(step.source.empty());
}

TEST_CASE("TMSN3/TfOH: the basic N takes one equiv, HN3 is named, the reference is honest") {
  chem::RouteInput in;
  in.method = chem::SchmidtMethod::tmsn3_tfoh;
  in.amount_in_mmol = true;
  in.ketone_amount = 10;
  auto r = chem::plan_route(in).value();
  CHECK(r.tfoh_free_equiv == Approx(2));
  CHECK(r.naoh_g == Approx(30e-3 * 39.997));  // one NaOH per TfOH
  CHECK(r.quench_heat_kj == Approx(30e-3 * 55.8));
  REQUIRE(r.steps.size() == 5);
  CHECK(contains(r.steps[0].detail, "protonate the basic ring N"));
  // The ice covers dilution of TfOH only "plus more": its heat of dilution is not counted.
  CHECK(contains(r.steps[1].detail, "plus more for the TfOH's own heat of dilution"));
  CHECK(contains(r.steps[0].hazard, "HN3"));
  CHECK(contains(r.steps[0].source, "J. Org. Chem. 2016, 81, 1593"));
  CHECK(contains(r.steps[0].source, "could not be verified"));
  in.tfoh_equiv = 1;
  auto error = chem::plan_route(in).error();
  CHECK(error.field == "tfoh_equiv");
  CHECK(contains(error.message, "takes 1 equiv TfOH"));
  in.basic_n_equiv = 0;  // an N-Boc piperidone: no basic N
  CHECK(chem::plan_route(in).value().tfoh_free_equiv == Approx(1));
}

TEST_CASE("the route model card names its assumptions") {
  const auto& card = chem::route_model();
  CHECK(card.name == "schmidt-route-stoichiometry");
  CHECK(card.assumptions.size() >= 4);
}
