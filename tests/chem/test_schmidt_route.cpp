#include <doctest/doctest.h>

#include <string>

#include "chem/schmidt_route.hpp"

using doctest::Approx;

TEST_CASE("10 g of 1-benzyl-4-piperidone through the route, by hand") {
  chem::RouteInput in;  // defaults: 10 g, NaN3 1.5 equiv in 14 portions over 120 min, 4 mL H2SO4/g
  const auto r = chem::plan_route(in).value();
  CHECK(r.ketone.hill == "C12H15NO");
  CHECK(r.lactam.hill == "C12H16N2O");                                // 1-benzyl-1,4-diazepan-5-one
  CHECK(r.amine.hill == "C12H18N2");                                  // 1-benzyl-1,4-diazepane
  CHECK(r.ketone_mmol == Approx(10 / 189.258 * 1000).epsilon(1e-4));  // 52.84 mmol
  CHECK(r.azide_mmol == Approx(1.5 * r.ketone_mmol));
  CHECK(r.azide_g == Approx(r.azide_mmol / 1000 * 65.01).epsilon(2e-4));  // 5.15 g NaN3
  REQUIRE(r.schedule.size() == 14);
  CHECK(r.interval_min == Approx(120.0 / 13));
  CHECK(r.schedule[13].time_min == Approx(120));
  CHECK(r.schedule[0].mass_g * 14 == Approx(r.azide_g));
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
  in.tfoh_equiv = 3.5;  // 1 for the basic N, 2.5 for the TMSN3
  in.lah_molarity = 2.4;
  const auto r = chem::plan_route(in).value();
  CHECK(r.azide_ml == Approx(50e-3 * 115.21 / 0.868).epsilon(2e-4));
  CHECK(r.acid_ml == Approx(70e-3 * 150.07 / 1.696).epsilon(2e-4));
  CHECK(r.schedule.size() == 14);  // TMSN3 in parts too
  CHECK(r.tetrazole_risk);
  CHECK(r.lah_solution_ml == Approx(r.lah_mmol / 2.4));
}

TEST_CASE("any ketone by formula: cyclohexanone to caprolactam to azepane") {
  chem::RouteInput in;
  in.ketone_formula = "C6H10O";
  // 10 g is 101.9 mmol of this lighter ketone: its azide warms the acid by
  // 581 K in all, so the gate asks for 24 portions, not the default 14.
  CHECK(chem::plan_route(in).error().message.find("at least 24 portions") != std::string::npos);
  in.portions = 24;
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
  in.portions = 1;  // all the azide at once
  CHECK(chem::plan_route(in).error().field == "portions");
  in = {};
  in.lactam_yield = 1.5;
  CHECK(chem::plan_route(in).error().field == "lactam_yield");
  in = {};
  in.ketone_amount = 50000;  // 50 kg: the LiAlH4 would exceed the workup's range
  CHECK(chem::plan_route(in).error().field == "ketone_amount");
  CHECK(chem::azide_hazard_notes().size() == 4);
}

TEST_CASE("portions, acid equivalents and the MsOH alternative, by hand") {
  chem::RouteInput in;  // 10 g ketone = 10 / 189.258 = 52.838 mmol
  auto r = chem::plan_route(in).value();
  // NaN3: 1.5 × 52.838 mmol × 65.011 g/mol = 5.1526 g, 14 portions of 0.36804 g.
  CHECK(r.azide_g == Approx(5.1526).epsilon(1e-4));
  CHECK(r.portion_g == Approx(0.36804).epsilon(1e-4));
  double sum_g = 0;
  for (const auto& portion : r.schedule) sum_g += portion.mass_g;
  CHECK(sum_g == Approx(r.azide_g));
  // 40 mL of 98 % H2SO4: 40 × 1.84 × 0.98 / 98.072 = 735.46 mmol, 13.92 equiv:
  // the acid is the solvent, far beyond stoichiometry.
  CHECK(r.acid_mmol == Approx(735.46).epsilon(1e-4));
  CHECK(r.acid_equiv == Approx(13.919).epsilon(1e-4));
  // Lactam 0.7 × 52.838 mmol × 204.273 = 7.5554 g; LiAlH4 2 × 36.987 mmol × 37.95 = 2.8073 g;
  // amine 0.85 × 36.987 mmol × 190.29 = 5.9824 g.
  CHECK(r.lactam_g == Approx(7.5554).epsilon(1e-4));
  CHECK(r.lah_g == Approx(2.8073).epsilon(1e-4));
  CHECK(r.workup.water_first_ml == Approx(2.8073).epsilon(1e-4));
  CHECK(r.amine_g == Approx(5.9824).epsilon(1e-4));

  in.method = chem::SchmidtMethod::nan3_msoh;  // 40 mL × 1.48 / 96.100 = 616.02 mmol, 11.66 equiv
  in.portions = 15;                            // the lighter acid needs 15 (the heat gate)
  r = chem::plan_route(in).value();
  CHECK(r.acid_mmol == Approx(616.02).epsilon(1e-4));
  CHECK(r.acid_equiv == Approx(11.659).epsilon(1e-4));

  in.method = chem::SchmidtMethod::nan3_h2so4;
  in.portions = 13;
  in.addition_min = 60;  // 0, 5, 10, ... 60 min
  r = chem::plan_route(in).value();
  CHECK(r.interval_min == Approx(5));
  CHECK(r.schedule.back().time_min == Approx(60));
}

TEST_CASE("TMSN3/TfOH: equivalents reported as given") {
  chem::RouteInput in;
  in.method = chem::SchmidtMethod::tmsn3_tfoh;
  in.amount_in_mmol = true;
  in.ketone_amount =
      10;  // TMSN3 15 mmol × 115.211 / 0.868 = 1.9910 mL; TfOH 30 mmol × 150.07 / 1.696 = 2.6545 mL
  const auto r = chem::plan_route(in).value();
  CHECK(r.azide_ml == Approx(1.9910).epsilon(1e-4));
  CHECK(r.acid_ml == Approx(2.6545).epsilon(1e-4));
  CHECK(r.acid_equiv == Approx(3));
  CHECK(r.portion_g * 14 == Approx(r.azide_g));  // TMSN3 in 14 parts (the plan's portions)
}

TEST_CASE("the tetrazole warning starts above 2 equiv and says it is a rule of thumb") {
  chem::RouteInput in;
  // Enough portions for the portion gate at both amounts (2.05 / 1.5 of the
  // default heat: 412 K, 17 portions at 25 K): a refused plan has no value.
  in.portions = 17;
  in.azide_equiv = 2.0;
  const auto at_two = chem::plan_route(in);
  REQUIRE(at_two.ok());
  CHECK_FALSE(at_two.value().tetrazole_risk);
  in.azide_equiv = 2.05;
  const auto above_two = chem::plan_route(in);
  REQUIRE(above_two.ok());
  CHECK(above_two.value().tetrazole_risk);
  CHECK(std::string(chem::kTetrazoleNote).find("rule of thumb") != std::string::npos);
  bool mentions_dcm = false, mentions_37c = false;
  for (const auto& note : chem::azide_hazard_notes()) {
    // What can kill or explode is a danger, not a caution.
    const bool deadly = note.text.find("dichloromethane") != std::string::npos ||
                        note.text.find("37 °C") != std::string::npos;
    mentions_dcm |= note.text.find("dichloromethane") != std::string::npos;
    mentions_37c |= note.text.find("37 °C") != std::string::npos;
    CHECK((note.level == chem::WarningLevel::danger) == deadly);
  }
  CHECK(mentions_dcm);
  CHECK(mentions_37c);
}

TEST_CASE("a batch beyond the LiAlH4 range says how much it would need") {
  chem::RouteInput in;
  in.ketone_amount = 50000;  // 264.2 mol ketone -> 369.9 mol LiAlH4 = 14.0 kg
  in.azide_equiv = 0.001;    // 0.26 mol azide: under the bench line, so the LiAlH4 limit is what speaks
  const auto error = chem::plan_route(in).error();
  CHECK(error.field == "ketone_amount");
  CHECK(error.message == "That batch needs 14 kg of LiAlH4, above the 10 kg this tool plans for");
}
