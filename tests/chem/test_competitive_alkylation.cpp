#include <doctest/doctest.h>

#include <cmath>

#include "chem/competitive_alkylation.hpp"

using doctest::Approx;

namespace {
chem::AlkylationDistribution at(double x, double kappa) {
  return chem::alkylation_distribution(x, kappa).value();
}
}  // namespace

TEST_CASE("the statistical case gives 25/50/25 at one equivalent") {
  const auto d = at(1.0, 0.5);
  CHECK(d.unreacted == Approx(0.25).epsilon(1e-12));
  CHECK(d.mono == Approx(0.5).epsilon(1e-12));
  CHECK(d.bis == Approx(0.25).epsilon(1e-12));
}

TEST_CASE("kappa = 0.5 has the closed form sqrt(a) = 1 - x/2") {
  for (double x : {0.1, 0.25, 0.7, 1.3, 1.9}) {
    CAPTURE(x);
    const double root = 1 - x / 2;
    const auto d = at(x, 0.5);
    CHECK(d.unreacted == Approx(root * root).epsilon(1e-12));
    CHECK(d.mono == Approx(2 * root - 2 * root * root).epsilon(1e-12));
  }
}

TEST_CASE("kappa = 1: P = -a ln a, and the forms join continuously") {
  const auto d = at(1.0, 1.0);
  CHECK(d.mono == Approx(-d.unreacted * std::log(d.unreacted)).epsilon(1e-12));
  for (double x : {0.3, 1.0, 1.7}) {
    const auto exact = at(x, 1.0);
    for (double kappa : {1 - 1e-9, 1 + 1e-9, 1 - 1e-6, 1 + 1e-6}) {
      const auto near = at(x, kappa);
      CHECK(near.mono == Approx(exact.mono).epsilon(2e-6));
      CHECK(near.unreacted == Approx(exact.unreacted).epsilon(2e-6));
    }
  }
  // Both branches of the closed form agree where they meet (|(κ-1) ln a| = 1).
  const double u = -2.0;
  for (double kappa : {0.5 + 1e-12, 0.5 - 1e-12, 1.5 + 1e-12, 1.5 - 1e-12}) {
    CHECK(chem::distribution_at_log_unreacted(u, kappa).mono ==
          Approx((std::exp(kappa * u) - std::exp(u)) / (1 - kappa)).epsilon(1e-12));
  }
}

TEST_CASE("conservation: a + P + Q = 1 and P + 2Q = x over the whole range") {
  for (double kappa : {0.001, 0.01, 0.1, 0.5, 0.999, 1.0, 1.001, 2.0, 10.0, 100.0}) {
    for (double x = 0; x <= 2.0001; x += 0.05) {
      const double xx = std::min(x, 2.0);
      CAPTURE(kappa);
      CAPTURE(xx);
      const auto d = at(xx, kappa);
      CHECK(d.unreacted + d.mono + d.bis == Approx(1).epsilon(1e-12));
      CHECK(d.mono + 2 * d.bis == Approx(xx).epsilon(1e-9).scale(1));
      CHECK(d.unreacted >= 0);
      CHECK(d.mono >= 0);
      CHECK(d.bis >= 0);
    }
  }
}

TEST_CASE("ends and monotonicity") {
  CHECK(at(0, 0.5).unreacted == 1);
  CHECK(at(2, 0.5).bis == 1);
  CHECK(at(2, 0.001).bis == 1);
  double previous_bis = -1, previous_unreacted = 2;
  for (double x = 0; x <= 2.0; x += 0.02) {
    const auto d = at(x, 0.5);
    CHECK(d.bis >= previous_bis);
    CHECK(d.unreacted <= previous_unreacted);
    previous_bis = d.bis;
    previous_unreacted = d.unreacted;
  }
  // A more reactive product (kappa > 1) gives less mono at the same x.
  CHECK(at(1, 2).mono < at(1, 0.5).mono);
  CHECK(at(1, 0.5).mono < at(1, 0.05).mono);
}

TEST_CASE("kappa extremes approach their limits") {
  // kappa -> 0: the second step never competes; all mono until x = 1.
  CHECK(at(0.6, 0.001).mono == Approx(0.6).epsilon(2e-2));
  CHECK(at(1.0, 0.001).mono > 0.98);
  // Tiny a that would underflow in a: x = 1.9 at kappa = 0.001 needs ln a ≈ -2300.
  const auto deep = at(1.9, 0.001);
  CHECK(deep.mono == Approx(0.1).epsilon(1e-6));
  CHECK(deep.bis == Approx(0.9).epsilon(1e-6));
  // kappa -> infinity: whatever reacts once reacts twice, P -> 0, Q = x/2.
  CHECK(at(0.6, 100).mono < 0.02);
  CHECK(at(0.6, 100).bis == Approx(0.3).epsilon(2e-2));
}

TEST_CASE("bad input names its field") {
  CHECK(chem::alkylation_distribution(1, 0).error().field == "kappa");
  CHECK(chem::alkylation_distribution(1, 0.0001).error().message ==
        "Rate ratio κ below 0.001 is outside this tool's range");
  CHECK(chem::alkylation_distribution(1, 1000).error().field == "kappa");
  CHECK(chem::alkylation_distribution(2.5, 0.5).error().field == "equiv");
  CHECK(chem::alkylation_distribution(-0.1, 0.5).error().message ==
        "Equivalents of electrophile cannot be negative");
  CHECK_FALSE(chem::alkylation_distribution(std::nan(""), 0.5).ok());
  CHECK_FALSE(chem::alkylation_distribution(1, INFINITY).ok());
  CHECK(chem::distribution_curve(0.5, 1).error().field == "points");
  CHECK(chem::distribution_curve(0.5, 401).value().mono[200] == Approx(0.5));
}
