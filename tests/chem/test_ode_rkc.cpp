// RKC on a stiff linear system with a known solution: a slow decay that a
// fast one follows (y1' = -y1, y2' = -1000 (y2 - y1)). DOPRI5 would need
// thousands of steps; RKC's must be few, accurate and mass-keeping.
#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include "chem/ode_integrator.hpp"
#include "chem/ode_rkc.hpp"

TEST_CASE("RKC follows a stiff linear system to its tolerance in few steps") {
  constexpr double fast = 1000;
  auto rhs = [](const std::vector<double>& y, std::vector<double>& d) {
    d[0] = -y[0];
    d[1] = -fast * (y[1] - y[0]);
    d[2] = y[0] + fast * (y[1] - y[0]);  // what the two lose: the sum is kept
  };
  auto radius = [](const std::vector<double>&) { return fast; };
  std::vector<double> y{1, 1, 0};
  chem::OdeSettings settings;
  settings.relative_tolerance = 1e-7;
  settings.absolute_tolerance = 1e-12;
  auto never = [](const std::vector<double>&) { return -1.0; };
  const auto report = chem::integrate_rkc(rhs, radius, y, 0, 10, settings, never);
  REQUIRE(report.ok);
  // y2 trails y1 = e^-t by y1 / (fast - 1) once the fast mode has died.
  const double y1 = std::exp(-10.0);
  CHECK(y[0] == doctest::Approx(y1).epsilon(1e-5));
  CHECK(y[1] == doctest::Approx(y1 * fast / (fast - 1)).epsilon(1e-5));
  CHECK(y[0] + y[1] + y[2] == doctest::Approx(2).epsilon(1e-12));
  CHECK(report.steps < 2000);  // DOPRI5 needs about 10 x 1000 / 3.3 steps here
}

TEST_CASE("RKC stops where the event says, located within the step") {
  auto rhs = [](const std::vector<double>& y, std::vector<double>& d) { d[0] = -y[0]; };
  auto radius = [](const std::vector<double>&) { return 1.0; };
  std::vector<double> y{1};
  chem::OdeSettings settings;
  settings.relative_tolerance = 1e-9;
  settings.absolute_tolerance = 1e-14;
  auto below_a_tenth = [](const std::vector<double>& s) { return 0.1 - s[0]; };
  const auto report = chem::integrate_rkc(rhs, radius, y, 0, 100, settings, below_a_tenth);
  REQUIRE(report.stopped);
  CHECK(report.t == doctest::Approx(std::log(10.0)).epsilon(1e-6));
}
