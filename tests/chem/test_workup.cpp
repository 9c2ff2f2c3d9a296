#include <doctest/doctest.h>

#include "chem/plain_number.hpp"
#include "chem/workup.hpp"

using doctest::Approx;

TEST_CASE("Fieser n-n-3n: n mL water, n mL 15 % NaOH, 3n mL water per n g LiAlH4") {
  for (double n : {0.025, 0.5, 1.0, 2.5, 38.0, 1000.0}) {
    CAPTURE(n);
    auto workup = chem::fieser_workup(n);
    REQUIRE(workup.ok());
    CHECK(workup.value().water_first_ml == Approx(n));
    CHECK(workup.value().naoh_15pct_ml == Approx(n));
    CHECK(workup.value().water_last_ml == Approx(3 * n));
  }
}

TEST_CASE("hydrogen upper bound: 4 H2 per LiAlH4, 0.1054 mol and 2.58 L per gram at 25 °C, 1 atm") {
  auto workup = chem::fieser_workup(1.0).value();
  CHECK(workup.lah_mmol == Approx(26.350).epsilon(1e-4));  // 1000 / 37.95
  CHECK(workup.h2_mol_max == Approx(0.1054).epsilon(1e-3));
  CHECK(workup.h2_l_25c_max == Approx(2.58).epsilon(2e-3));
  // Ideal gas closed form: V = n R T / p.
  CHECK(workup.h2_l_25c_max == Approx(4.0 / 37.95 * 0.082057366 * 298.15));
  // LiAlH4 + 2 H2O -> LiAlO2 + 4 H2: 2 × 18.015 / 37.95 = 0.9494 g of water per g.
  CHECK(workup.water_stoichiometric_ml == Approx(0.9494 / 0.997).epsilon(1e-4));
  // Glauber's salt carries 10 H2O: 0.2 mol per mol LiAlH4, 1.698 g per g.
  CHECK(workup.glauber_salt_min_g == Approx(1.6980).epsilon(1e-4));
  // n + 3n mL water plus the 0.85 × 1.164 g water in n mL 15 % NaOH: 4.992 mL per g,
  // 5.24 times the least water.
  CHECK(workup.fieser_water_ml == Approx(4.9924).epsilon(1e-4));
  CHECK(workup.fieser_water_ml / workup.water_stoichiometric_ml == Approx(5.243).epsilon(1e-3));
  CHECK(chem::fieser_workup(2.5).value().h2_l_25c_max == Approx(2.5 * workup.h2_l_25c_max));
}

TEST_CASE("every way of giving the LiAlH4 amount converts to the same grams") {
  chem::LahAmountInput input;
  input.mode = chem::LahInputMode::mass_g;
  input.mass_g = 2.5;
  CHECK(chem::resolve_lah_amount(input).value().grams == Approx(2.5));
  CHECK(chem::resolve_lah_amount(input).value().millimoles == Approx(65.876).epsilon(1e-4));

  input.mode = chem::LahInputMode::mass_mg;
  input.mass_mg = 250;
  CHECK(chem::resolve_lah_amount(input).value().grams == Approx(0.25));

  input.mode = chem::LahInputMode::millimoles;
  input.millimoles = 100;
  CHECK(chem::resolve_lah_amount(input).value().grams == Approx(3.795));

  input.mode = chem::LahInputMode::solution;
  input.solution_ml = 10;
  input.solution_molarity = 2.4;  // 24 mmol
  CHECK(chem::resolve_lah_amount(input).value().millimoles == Approx(24));
  CHECK(chem::resolve_lah_amount(input).value().grams == Approx(0.9108));

  input.mode = chem::LahInputMode::equivalents;
  input.equivalents = 1.5;
  input.substrate_mmol = 20;  // 30 mmol
  CHECK(chem::resolve_lah_amount(input).value().grams == Approx(1.1385));
}

TEST_CASE("bad amounts name their field and say what is wrong") {
  chem::LahAmountInput input;
  input.mode = chem::LahInputMode::mass_g;
  input.mass_g = -1;
  CHECK(chem::resolve_lah_amount(input).error().field == "lah_g");
  CHECK(chem::resolve_lah_amount(input).error().message == "LiAlH4 mass cannot be negative");
  input.mass_g = 1e9;
  CHECK(chem::resolve_lah_amount(input).error().message ==
        "LiAlH4 mass above 10000 g is outside this tool's range");

  input.mode = chem::LahInputMode::solution;
  input.solution_ml = 10;
  input.solution_molarity = 0;
  CHECK(chem::resolve_lah_amount(input).error().field == "molarity");
  CHECK(chem::resolve_lah_amount(input).error().message == "Molarity must be greater than zero");
  input.solution_molarity = 4;
  input.solution_ml = 90000;  // 360 mol, 13.7 kg
  CHECK(chem::resolve_lah_amount(input).error().field == "solution_ml");

  input.mode = chem::LahInputMode::equivalents;
  input.equivalents = 2;
  input.substrate_mmol = 0;
  CHECK(chem::resolve_lah_amount(input).error().field == "substrate_mmol");

  CHECK(chem::fieser_workup(0).error().message == "LiAlH4 mass must be greater than zero");
  CHECK_FALSE(chem::fieser_workup(1.0 / 0.0).ok());
}

TEST_CASE("scale warnings grow with the amount") {
  auto small = chem::workup_scale_warnings(chem::fieser_workup(0.1).value());
  auto large = chem::workup_scale_warnings(chem::fieser_workup(50).value());
  CHECK(small.size() == 2);
  CHECK(small[0].level == chem::WarningLevel::note);
  REQUIRE(large.size() == 3);
  CHECK(large[0].level == chem::WarningLevel::caution);
  CHECK(large[2].level == chem::WarningLevel::danger);
}

TEST_CASE("the hydrogen warning writes its number as a chemist would") {
  // 100 g LiAlH4: 100 × 2.5788 L/g = 257.9 L, "258 L", never "2.58e+02 L";
  // three figures, as the hydrogen volume in the results.
  auto warnings = chem::workup_scale_warnings(chem::fieser_workup(100).value());
  CHECK(warnings[0].text.rfind("Up to 258 L of hydrogen", 0) == 0);
  warnings = chem::workup_scale_warnings(chem::fieser_workup(0.2).value());  // 0.516 L
  CHECK(warnings[0].text.rfind("Up to 0.516 L of hydrogen", 0) == 0);
  warnings = chem::workup_scale_warnings(chem::fieser_workup(10000).value());  // 25 788 L
  CHECK(warnings[0].text.rfind("Up to 25800 L of hydrogen", 0) == 0);
  CHECK(chem::plain_number(5.0, 2) == "5");
  CHECK(chem::plain_number(999.7, 3) == "1000");
  CHECK(chem::plain_number(0.04567, 2) == "0.046");
}
