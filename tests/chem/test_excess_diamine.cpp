#include <doctest/doctest.h>

#include "chem/excess_diamine.hpp"

using doctest::Approx;

TEST_CASE("1 equiv onto 1 equiv diamine: half the electrophile in mono, half in bis (kappa 0.5)") {
  const auto out = chem::excess_diamine(1, 0.5).value();
  CHECK(out.mono_yield == Approx(0.5));
  CHECK(out.bis_yield == Approx(0.5));
  CHECK(out.diamine_left == Approx(0.25));
  CHECK(out.mono_to_bis == Approx(2));
}

TEST_CASE("4 equiv diamine, kappa 0.5, by hand: sqrt(a) = 1 - x/2 = 0.875") {
  // a = 0.765625, P = 2(0.875) - 2(0.765625) = 0.21875, Q = 0.015625.
  const auto out = chem::excess_diamine(4, 0.5).value();
  CHECK(out.mono_yield == Approx(0.875));
  CHECK(out.bis_yield == Approx(0.125));
  CHECK(out.diamine_left == Approx(0.765625));
  CHECK(out.mono_to_bis == Approx(14));
}

TEST_CASE("more excess, cleaner mono; the yields always account for all electrophile") {
  double previous = 0;
  for (double n = 1; n <= 10; n += 0.5) {
    const auto out = chem::excess_diamine(n, 0.5).value();
    CHECK(out.mono_yield + out.bis_yield == Approx(1).epsilon(1e-9));
    CHECK(out.mono_yield > previous);
    previous = out.mono_yield;
  }
  // At 10 equiv, kappa 0.5: x = 0.1, sqrt(a) = 0.95, P = 2(0.95) - 2(0.9025) = 0.095, times N = 0.95.
  CHECK(chem::excess_diamine(10, 0.5).value().mono_yield == Approx(0.95));
  const auto curve = chem::excess_curve(0.5, 10).value();
  CHECK(curve.diamine_equiv.front() == 1);
  CHECK(curve.diamine_equiv.back() == 10);
}

TEST_CASE("amounts at scale: 10 mmol Boc2O onto 4 equiv homopiperazine") {
  const auto plan = chem::plan_scale(chem::Electrophile::boc2o, 10, 4, 0.5).value();
  CHECK(plan.electrophile_g == Approx(2.1825));
  CHECK(plan.electrophile_ml == Approx(2.1825 / 0.95));
  CHECK(plan.diamine_mmol == Approx(40));
  CHECK(plan.diamine_g == Approx(4.0064));
  CHECK(plan.mono_mmol == Approx(8.75));
  CHECK(plan.mono_g == Approx(8.75e-3 * 200.28));
  CHECK(plan.bis_mmol == Approx(0.625));
  CHECK(plan.diamine_left_mmol == Approx(30.625));
  const auto benzyl = chem::plan_scale(chem::Electrophile::benzyl_bromide, 5, 1, 0.5).value();
  CHECK(benzyl.electrophile_ml == Approx(5e-3 * 171.04 / 1.438));
  CHECK(benzyl.mono_mmol == Approx(2.5));
}

TEST_CASE("planner bad input") {
  CHECK(chem::excess_diamine(0.5, 0.5).error().field == "diamine_equiv");
  CHECK(chem::excess_diamine(5000, 0.5).error().field == "diamine_equiv");
  CHECK(chem::excess_diamine(4, -1).error().field == "kappa");
  CHECK(chem::plan_scale(chem::Electrophile::boc2o, 0, 4, 0.5).error().field == "electrophile_mmol");
}
