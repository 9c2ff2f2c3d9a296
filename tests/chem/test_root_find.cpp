// The shared root finders (chem/root_find.hpp), on functions with known roots.
#include <doctest/doctest.h>

#include <cmath>

#include "chem/root_find.hpp"

TEST_CASE("bisect_log finds where a test changes, over decades, from either side") {
  const auto below_root2 = [](double x) { return x * x < 2; };
  CHECK(chem::bisect_log(below_root2, 1e-6, 1e6, 1e-12) == doctest::Approx(std::sqrt(2.0)).epsilon(1e-12));
  // `from` above `to`: the test holds at the upper end.
  const auto above_root2 = [](double x) { return x * x > 2; };
  CHECK(chem::bisect_log(above_root2, 1e6, 1e-6, 1e-12) == doctest::Approx(std::sqrt(2.0)).epsilon(1e-12));
  // A fixed number of steps: 60 halvings of 12 decades leave ~2e-17 in ln x.
  CHECK(chem::bisect_log(below_root2, 1e-6, 1e6, 0, 60) == doctest::Approx(std::sqrt(2.0)).epsilon(1e-14));
  // Few steps give a coarse answer, not a wrong one: within the last bracket.
  const double coarse = chem::bisect_log(below_root2, 1, 4, 0, 2);
  CHECK(coarse > 1);
  CHECK(coarse < 4);
  CHECK(std::fabs(std::log(coarse / std::sqrt(2.0))) <= std::log(4.0) / 4);
}

TEST_CASE("illinois_log converges superlinearly and passes a model's error on") {
  int runs = 0;
  // A steep, curved function of ln x: yield-like, 1 - exp(-x / 3e-4), crossing 0.9.
  const auto f = [&](double x) -> chem::Outcome<double> {
    ++runs;
    return 1 - std::exp(-x / 3e-4) - 0.9;
  };
  const double lo = 1e-8, hi = 10;
  auto root = chem::illinois_log(f, lo, f(lo).value(), hi, f(hi).value(), 1e-12, 0, 200);
  REQUIRE(root.ok());
  CHECK(root.value() == doctest::Approx(3e-4 * std::log(10.0)).epsilon(1e-10));
  CHECK(runs < 40);  // bisection over 9 decades to 1e-12 would take ~45
  // A root at an end is that end.
  CHECK(chem::illinois_log(f, lo, 0.0, hi, 1.0, 1e-12, 0, 200).value() == lo);
  // An error from a run stops the search and is returned.
  const auto failing = [](double) -> chem::Outcome<double> { return chem::InputError{"em", "no"}; };
  auto failed = chem::illinois_log(failing, 1, -1, 2, 1, 1e-12, 0, 200);
  REQUIRE_FALSE(failed.ok());
  CHECK(failed.error().field == "em");
}
