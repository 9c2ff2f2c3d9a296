#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include "chem/cyclization_detail.hpp"
#include "chem/ode_integrator.hpp"

namespace {
// doctest's Approx is absolute for values below 1 (its scale is 1); every
// check here means relative, so small numbers are compared properly too.
doctest::Approx rel(double value) { return doctest::Approx(value).scale(0).epsilon(1e-12); }
}  // namespace

TEST_CASE("Dormand-Prince integrator: exponential decay and a harmonic oscillator") {
  std::vector<double> y = {1};
  auto decay = [](double, const std::vector<double>& s, std::vector<double>& d) { d[0] = -s[0]; };
  auto report = chem::integrate_dopri5(decay, y, 0, 10, chem::OdeSettings{});
  CHECK(report.ok);
  CHECK(report.t == 10);
  CHECK(y[0] == rel(std::exp(-10.0)).epsilon(1e-8));

  std::vector<double> z = {1, 0};
  auto oscillator = [](double, const std::vector<double>& s, std::vector<double>& d) {
    d[0] = s[1];
    d[1] = -s[0];
  };
  report = chem::integrate_dopri5(oscillator, z, 0, 20, chem::OdeSettings{});
  CHECK(report.ok);
  CHECK(z[0] == rel(std::cos(20.0)).epsilon(1e-8));
  CHECK(z[1] == rel(-std::sin(20.0)).epsilon(1e-8));
  // Looser tolerance, fewer steps: the step control is doing something.
  std::vector<double> z_loose = {1, 0};
  chem::OdeSettings loose;
  loose.relative_tolerance = 1e-5;
  loose.absolute_tolerance = 1e-8;
  auto loose_report = chem::integrate_dopri5(oscillator, z_loose, 0, 20, loose);
  CHECK(loose_report.steps * 3 < report.steps);
  // Too few steps allowed: a clean failure, not a wrong answer.
  chem::OdeSettings cramped;
  cramped.max_steps = 5;
  std::vector<double> w = {1, 0};
  CHECK_FALSE(chem::integrate_dopri5(oscillator, w, 0, 20, cramped).ok);
}

TEST_CASE("the batch rate law integrated without feed matches the closed form to 1e-6") {
  for (double c0 : {1e-4, 0.01, 0.5, 1.0, 10.0, 300.0}) {
    CAPTURE(c0);
    // u = C / C0, ring = integral of u dtau: du/dtau = -u - 2 c0 u^2.
    auto rhs = [c0](double, const std::vector<double>& s, std::vector<double>& d) {
      d[0] = -s[0] - 2 * c0 * s[0] * s[0];
      d[1] = s[0];
    };
    std::vector<double> y = {1, 0};
    auto report = chem::integrate_dopri5(rhs, y, 0, 60, chem::OdeSettings{});
    REQUIRE(report.ok);
    CHECK(y[1] == rel(chem::cyclization_detail::batch_yield(2 * c0)).epsilon(1e-6));
    CHECK(y[1] == rel(std::log1p(2 * c0) / (2 * c0)).epsilon(1e-6));
  }
}

TEST_CASE("the stopping event is located on the step, not at its end") {
  const double c0 = 2;
  auto rhs = [c0](double, const std::vector<double>& s, std::vector<double>& d) {
    d[0] = -s[0] - 2 * c0 * s[0] * s[0];
  };
  std::vector<double> y = {1};
  auto below_1pct = [](const std::vector<double>& s) { return 0.01 - s[0]; };
  auto report = chem::integrate_dopri5(rhs, y, 0, 60, chem::OdeSettings{}, below_1pct);
  REQUIRE(report.ok);
  CHECK(report.stopped);
  CHECK(y[0] == rel(0.01).epsilon(1e-9));
  // Closed form: e^tau = (100 + 2 c0) / (1 + 2 c0).
  CHECK(report.t == rel(std::log(104.0 / 5)).epsilon(1e-9));
  CHECK(report.t == rel(chem::cyclization_detail::batch_time(c0, 0.01 * c0)).epsilon(1e-9));
}
