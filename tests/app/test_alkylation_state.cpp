#include <doctest/doctest.h>

#include "app/alkylation_state.hpp"

TEST_CASE("the alkylation view reuses the curves only while kappa is unchanged") {
  app::AlkylationInputs inputs;
  const app::AlkylationView first = app::evaluate_alkylation(inputs, nullptr);
  REQUIRE(first.valid);
  CHECK(first.distribution.mono == doctest::Approx(0.5));

  // Another amount of electrophile, same kappa: the curves are those of a fresh evaluation.
  inputs.equivalents.set("1.5");
  const app::AlkylationView reused = app::evaluate_alkylation(inputs, &first);
  const app::AlkylationView fresh = app::evaluate_alkylation(inputs, nullptr);
  CHECK(reused.curve.mono == fresh.curve.mono);
  CHECK(reused.excess.mono_yield == fresh.excess.mono_yield);
  CHECK(reused.distribution.mono == doctest::Approx(fresh.distribution.mono));

  // A new kappa recomputes them.
  inputs.kappa.set("2");
  const app::AlkylationView moved = app::evaluate_alkylation(inputs, &first);
  CHECK(moved.curve.mono == app::evaluate_alkylation(inputs, nullptr).curve.mono);
  CHECK(moved.curve.mono != first.curve.mono);
}
