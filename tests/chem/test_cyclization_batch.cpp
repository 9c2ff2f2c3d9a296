#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include "chem/cyclization.hpp"

namespace {
// doctest's Approx is absolute for values below 1 (its scale is 1); every
// check here means relative, so small numbers are compared properly too.
doctest::Approx rel(double value) { return doctest::Approx(value).scale(0).epsilon(1e-12); }
}  // namespace

namespace {
double batch_yield(double c0_molar, double em_molar) {
  auto result = chem::batch_cyclization({c0_molar, em_molar});
  REQUIRE(result.ok());
  return result.value().ring_yield;
}
}  // namespace

TEST_CASE("batch ring yield Y = (EM / 2C0) ln(1 + 2C0/EM) at hand-computed points") {
  CHECK(batch_yield(0.05, 0.05) == rel(0.5493061443340549).epsilon(1e-14));   // ln(3) / 2
  CHECK(batch_yield(0.025, 0.05) == rel(0.6931471805599453).epsilon(1e-14));  // ln 2
  CHECK(batch_yield(0.005, 0.1) == rel(0.9531017980432486).epsilon(1e-14));   // ln(1.1) / 0.1
  CHECK(batch_yield(5, 0.1) == rel(0.0461512051684126).epsilon(1e-13));       // ln(101) / 100
  // Far below EM the yield tends to 1 - C0/EM; log1p keeps that visible.
  CHECK(1 - batch_yield(1e-9, 10) == rel(1e-10).epsilon(1e-5));
  CHECK(1 - batch_yield(1e-9, 1000) == rel(1e-12).epsilon(1e-3));
  auto batch = chem::batch_cyclization({0.05, 0.05}).value();
  CHECK(batch.oligomer_fraction == rel(1 - batch.ring_yield));
  CHECK(batch.c0_over_em == rel(1));
  CHECK(batch.solvent_ml_per_mmol == rel(20));
}

TEST_CASE("batch yield falls with concentration and rises with EM") {
  double previous = 1;
  for (double c0 = 1e-9; c0 <= 20; c0 *= 1.5) {
    const double y = batch_yield(c0, 0.05);
    CAPTURE(c0);
    CHECK(y < previous);
    CHECK(y > 0);
    previous = y;
  }
  CHECK(batch_yield(0.1, 0.5) > batch_yield(0.1, 0.05));
}

TEST_CASE("batch completion: 99 % consumed at k t = ln((100 + 2c0) / (1 + 2c0))") {
  const double hours = chem::batch_completion_hours({0.05, 0.05}, 1e-3).value();
  CHECK(hours == rel(std::log(102.0 / 3) / 1e-3 / 3600));
  // Dilute limit: first order, ln(100) / k.
  CHECK(chem::batch_completion_hours({1e-9, 1}, 1e-2).value() ==
        rel(std::log(100) / 1e-2 / 3600).epsilon(1e-8));
  CHECK(chem::batch_completion_hours({0.05, 0.05}, 0).error().field == "k_intra");
}

TEST_CASE("concentration for a target batch yield round-trips") {
  for (double target : {0.02, 0.05, 0.2, 0.5, 0.9, 0.99, 0.999999}) {
    CAPTURE(target);
    auto plan = chem::concentration_for_ring_yield(0.05, target);
    REQUIRE(plan.ok());
    CHECK(batch_yield(plan.value().concentration_molar, 0.05) == rel(target).epsilon(1e-11));
    CHECK(plan.value().solvent_ml_per_mmol == rel(1 / plan.value().concentration_molar));
  }
  // 2 C0 / EM = 1 gives ln 2.
  CHECK(chem::concentration_for_ring_yield(0.05, std::log(2.0)).value().concentration_molar ==
        rel(0.025).epsilon(1e-12));
}

TEST_CASE("impossible batch targets are errors on target_yield") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  for (double target : {0.0, 1.0, 1.5, -0.1, nan}) {
    auto plan = chem::concentration_for_ring_yield(0.05, target);
    REQUIRE_FALSE(plan.ok());
    CHECK(plan.error().field == "target_yield");
  }
  CHECK(chem::concentration_for_ring_yield(0.05, 1.0).error().message ==
        "Target ring yield must be below 1: some precursor is always lost to oligomers (a yield of 1 needs "
        "infinite dilution)");
  // A 1e-6 yield would need C0 ~ 1e5 x EM: over 20 M.
  CHECK(chem::concentration_for_ring_yield(0.05, 1e-6).error().field == "target_yield");
  CHECK(chem::concentration_for_ring_yield(0, 0.5).error().field == "em");
}

TEST_CASE("bad batch input names the field and never gives NaN") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  for (double c0 : {0.0, -1.0, 25.0, 1e-12, nan, inf}) {
    CAPTURE(c0);
    auto result = chem::batch_cyclization({c0, 0.05});
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().field == "c0");
  }
  for (double em : {0.0, -0.05, 1e7, 1e-13, nan, -inf}) {
    CAPTURE(em);
    auto result = chem::batch_cyclization({0.05, em});
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().field == "em");
  }
  CHECK(chem::batch_cyclization({-1, 0.05}).error().message == "Precursor concentration cannot be negative");
  CHECK(chem::batch_cyclization({25, 0.05}).error().message ==
        "Precursor concentration above 20 mol/L is outside this tool's range");
  CHECK(chem::batch_cyclization({0.05, 0}).error().message ==
        "Effective molarity (EM) must be greater than zero");
  // The extremes of the accepted ranges still give finite yields in (0, 1].
  for (double c0 : {chem::kMinConcentrationMolar, chem::kMaxConcentrationMolar}) {
    for (double em : {chem::kMinEmMolar, chem::kMaxEmMolar}) {
      const double y = batch_yield(c0, em);
      CHECK(std::isfinite(y));
      CHECK(y > 0);
      CHECK(y <= 1);
    }
  }
}

TEST_CASE("batch yield curve: log-spaced, exact endpoints, monotone") {
  auto curve = chem::batch_yield_curve(0.05, 1e-4, 1, 50);
  REQUIRE(curve.ok());
  REQUIRE(curve.value().size() == 50);
  CHECK(curve.value().front().x == 1e-4);
  CHECK(curve.value().back().x == 1);
  CHECK(curve.value()[25].x == rel(1e-4 * std::pow(1e4, 25.0 / 49)));
  for (size_t i = 1; i < curve.value().size(); ++i) {
    CHECK(curve.value()[i].ring_yield < curve.value()[i - 1].ring_yield);
  }
  CHECK(curve.value().back().ring_yield == rel(batch_yield(1, 0.05)));
  CHECK(chem::batch_yield_curve(0.05, 1, 1e-4, 50).error().field == "points");
  CHECK(chem::batch_yield_curve(0.05, 1e-4, 1, 1).error().field == "points");
  CHECK(chem::batch_yield_curve(0.05, 1e-4, 30, 10).error().field == "c0");
}
