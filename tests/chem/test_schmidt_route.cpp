#include <doctest/doctest.h>

#include "chem/schmidt_route.hpp"

using doctest::Approx;

TEST_CASE("10 g of 1-benzyl-4-piperidone through the route, by hand") {
  chem::RouteInput in;  // defaults: 10 g, NaN3 1.5 equiv in 6 portions over 60 min, 4 mL H2SO4/g
  const auto r = chem::plan_route(in).value();
  CHECK(r.ketone.hill == "C12H15NO");
  CHECK(r.lactam.hill == "C12H16N2O");                                // 1-benzyl-1,4-diazepan-5-one
  CHECK(r.amine.hill == "C12H18N2");                                  // 1-benzyl-1,4-diazepane
  CHECK(r.ketone_mmol == Approx(10 / 189.258 * 1000).epsilon(1e-4));  // 52.84 mmol
  CHECK(r.azide_mmol == Approx(1.5 * r.ketone_mmol));
  CHECK(r.azide_g == Approx(r.azide_mmol / 1000 * 65.01).epsilon(2e-4));  // 5.15 g NaN3
  REQUIRE(r.schedule.size() == 6);
  CHECK(r.interval_min == Approx(12));
  CHECK(r.schedule[5].time_min == Approx(60));
  CHECK(r.schedule[0].mass_g * 6 == Approx(r.azide_g));
  CHECK(r.acid_ml == Approx(40));
  CHECK(r.acid_mmol == Approx(40 * 1.84 * 0.98 / 98.08 * 1000).epsilon(1e-4));
  CHECK(r.lactam_mmol == Approx(0.7 * r.ketone_mmol));
  CHECK(r.lah_mmol == Approx(2 * r.lactam_mmol));
  CHECK(r.lah_g == Approx(r.lah_mmol / 1000 * 37.95));  // 2.81 g
  CHECK(r.workup.water_last_ml == Approx(3 * r.lah_g));
  CHECK(r.amine_g == Approx(0.85 * r.lactam_mmol / 1000 * 190.29).epsilon(2e-4));
  CHECK_FALSE(r.tetrazole_risk);
}

TEST_CASE("TMSN3/TfOH volumes, LiAlH4 as solution, and the tetrazole warning") {
  chem::RouteInput in;
  in.method = chem::SchmidtMethod::tmsn3_tfoh;
  in.amount_in_mmol = true;
  in.ketone_amount = 20;
  in.azide_equiv = 2.5;
  in.lah_molarity = 2.4;
  const auto r = chem::plan_route(in).value();
  CHECK(r.azide_ml == Approx(50e-3 * 115.21 / 0.868).epsilon(2e-4));
  CHECK(r.acid_ml == Approx(60e-3 * 150.07 / 1.696).epsilon(2e-4));
  CHECK(r.schedule.empty());
  CHECK(r.tetrazole_risk);
  CHECK(r.lah_solution_ml == Approx(r.lah_mmol / 2.4));
}

TEST_CASE("any ketone by formula: cyclohexanone to caprolactam to azepane") {
  chem::RouteInput in;
  in.ketone_formula = "C6H10O";
  const auto r = chem::plan_route(in).value();
  CHECK(r.lactam.hill == "C6H11NO");
  CHECK(r.amine.hill == "C6H13N");
}

TEST_CASE("route bad input names the field") {
  chem::RouteInput in;
  in.ketone_formula = "C6H12";
  CHECK(chem::plan_route(in).error().message == "A ketone has at least one oxygen atom");
  in.ketone_formula = "C6H10Oq";
  CHECK(chem::plan_route(in).error().field == "ketone_formula");
  in = {};
  in.portions = 0;
  CHECK(chem::plan_route(in).error().field == "portions");
  in = {};
  in.lactam_yield = 1.5;
  CHECK(chem::plan_route(in).error().field == "lactam_yield");
  in = {};
  in.ketone_amount = 50000;  // 50 kg: the LiAlH4 would exceed the workup's range
  CHECK(chem::plan_route(in).error().field == "ketone_amount");
  CHECK(chem::azide_hazard_notes().size() == 4);
}
