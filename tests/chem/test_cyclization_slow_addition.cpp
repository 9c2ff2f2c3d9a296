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
// The design's example: 0.1 M in the end, EM 0.05 M, k_intra 1e-3 /s, 8 h.
chem::SlowAdditionInput example(double hours = 8) { return {0.1, 0.05, 1e-3, hours}; }

double yield_at(double hours) {
  auto result = chem::slow_addition(example(hours));
  REQUIRE(result.ok());
  return result.value().ring_yield;
}
}  // namespace

TEST_CASE("slow addition: the design example against an independent RK4 integration") {
  // Fixed-step RK4 in seconds (400 000 steps) plus the closed-form tail gave 0.8930329343624.
  auto result = chem::slow_addition(example()).value();
  CHECK(result.ring_yield == rel(0.89303293436).epsilon(1e-10));
  CHECK(result.batch_ring_yield == rel(std::log(5.0) / 4));  // 2 C_total / EM = 4
  CHECK(result.feed_molar_per_hour == rel(0.0125));
  CHECK(result.k_inter_per_molar_s == rel(0.02));
  CHECK(result.k_intra_addition_time == rel(28.8));
  // Textbook steady state (no cancellation trouble at these numbers).
  const double feed = 0.1 / (8 * 3600), k = 1e-3, k_inter = 0.02;
  const double c_ss = (-k + std::sqrt(k * k + 8 * k_inter * feed)) / (4 * k_inter);
  CHECK(result.steady_state_molar == rel(c_ss).epsilon(1e-12));
  CHECK(result.steady_state_yield == rel(k * c_ss / feed).epsilon(1e-12));
  CHECK(result.peak_precursor_molar <= result.steady_state_molar);
}

TEST_CASE("closed form and adaptive integration agree over the whole range") {
  for (double total : {1e-4, 0.01, 0.1, 1.0, 20.0}) {
    for (double em : {1e-4, 0.05, 10.0}) {
      for (double hours : {1e-4, 0.1, 1.0, 8.0, 50.0}) {
        chem::SlowAdditionInput input{total, em, 1e-3, hours};
        CAPTURE(total);
        CAPTURE(em);
        CAPTURE(hours);
        auto exact = chem::slow_addition(input);
        auto integrated = chem::slow_addition_integrated(input);
        REQUIRE(exact.ok());
        REQUIRE(integrated.ok());
        CHECK(integrated.value().ring_yield == rel(exact.value().ring_yield).epsilon(1e-8));
        CHECK(integrated.value().peak_precursor_molar ==
              rel(exact.value().peak_precursor_molar).epsilon(1e-7));
      }
    }
  }
}

TEST_CASE("long additions approach the steady-state estimate, short ones the batch yield") {
  double previous_gap = 1;
  for (double hours : {10.0, 100.0, 1000.0}) {
    auto result = chem::slow_addition(example(hours)).value();
    const double gap = std::fabs(result.ring_yield - result.steady_state_yield);
    CAPTURE(hours);
    CHECK(gap < previous_gap / 5);
    previous_gap = gap;
    // The flask reaches the steady state long before a slow feed ends.
    if (hours >= 100) CHECK(result.peak_precursor_molar == rel(result.steady_state_molar).epsilon(1e-9));
  }
  CHECK(previous_gap < 1e-6);
  previous_gap = 1;
  for (double hours : {1e-2, 1e-4, 1e-6}) {
    auto result = chem::slow_addition(example(hours)).value();
    const double gap = result.ring_yield - result.batch_ring_yield;
    CAPTURE(hours);
    CHECK(gap > 0);
    CHECK(gap < previous_gap / 5);
    previous_gap = gap;
  }
  CHECK(previous_gap < 1e-6);
}

TEST_CASE("ring yield rises with addition time and falls with total concentration") {
  auto curve = chem::slow_addition_yield_curve(example(), 1e-6, 1000, 200);
  REQUIRE(curve.ok());
  REQUIRE(curve.value().size() == 200);
  for (size_t i = 1; i < curve.value().size(); ++i) {
    CAPTURE(curve.value()[i].x);
    CHECK(curve.value()[i].ring_yield > curve.value()[i - 1].ring_yield);
  }
  CHECK(curve.value().back().x == 1000);
  CHECK(curve.value().back().ring_yield == rel(yield_at(1000)).epsilon(1e-14));
  double previous = 1;
  for (double total = 1e-4; total <= 20; total *= 2) {
    auto result = chem::slow_addition({total, 0.05, 1e-3, 8}).value();
    CAPTURE(total);
    CHECK(result.ring_yield < previous);
    CHECK(result.ring_yield > result.batch_ring_yield);
    previous = result.ring_yield;
  }
}

TEST_CASE("the steady state stays accurate when the feed is tiny (no cancellation)") {
  // 8 k_inter F << k_intra^2: C_ss -> F / k_intra, where the textbook form returns rounding noise.
  chem::SlowAdditionInput input{1e-9, 10, 1, 1000};
  auto result = chem::slow_addition(input).value();
  const double feed = 1e-9 / (1000 * 3600.0);
  CHECK(result.steady_state_molar == rel(feed / 1).epsilon(1e-9));
  CHECK(result.ring_yield == rel(1).epsilon(1e-9));
  CHECK(result.ring_yield <= 1);
}

TEST_CASE("completion: the feed's end, or later if over 1 % of C_total is still left") {
  auto result = chem::slow_addition(example()).value();
  // c = C / EM at the end of the feed, and the 1 % mark: batch time between them.
  const double c1 = result.peak_precursor_molar / 0.05, done = 0.01 * 0.1 / 0.05;
  const double tail_tau = std::log(c1 * (1 + 2 * done) / (done * (1 + 2 * c1)));
  CHECK(result.completion_hours == rel(8 + tail_tau / 1e-3 / 3600).epsilon(1e-12));
  CHECK(result.completion_hours > 8);
  // Fast ring closure: the flask never holds 1 % of the total, so the feed's end is the end.
  auto fast = chem::slow_addition({0.1, 0.05, 1, 8}).value();
  CHECK(fast.completion_hours == 8);
}

TEST_CASE("addition time for a target yield round-trips") {
  for (double target : {0.45, 0.6, 0.9, 0.95, 0.99, 0.998}) {
    CAPTURE(target);
    auto plan = chem::addition_hours_for_ring_yield(example(), target);
    REQUIRE(plan.ok());
    CHECK_FALSE(plan.value().batch_suffices);
    CHECK(yield_at(plan.value().addition_hours) == rel(target).epsilon(1e-10));
  }
  // At or below the batch yield no syringe pump is needed.
  auto plan = chem::addition_hours_for_ring_yield(example(), 0.3).value();
  CHECK(plan.batch_suffices);
  CHECK(plan.addition_hours == 0);
  CHECK(plan.batch_ring_yield == rel(std::log(5.0) / 4));
}

TEST_CASE("impossible addition-time targets are errors") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  for (double target : {0.0, 1.0, 2.0, -0.5, nan}) {
    auto plan = chem::addition_hours_for_ring_yield(example(), target);
    REQUIRE_FALSE(plan.ok());
    CHECK(plan.error().field == "target_yield");
  }
  // 1 - Y ~ 2 C_total / (EM k t_add): 1e-8 would need ~10^5 h.
  auto too_high = chem::addition_hours_for_ring_yield(example(), 1 - 1e-8);
  REQUIRE_FALSE(too_high.ok());
  CHECK(too_high.error().message ==
        "That ring yield needs more than 1000 h of addition; dilute further or choose a lower target");
  CHECK(chem::addition_hours_for_ring_yield({0.1, 0.05, 0, 0}, 0.9).error().field == "k_intra");
}

TEST_CASE("bad slow-addition input names the field and never gives NaN") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  struct Case {
    chem::SlowAdditionInput input;
    const char* field;
  };
  const Case cases[] = {
      {{0, 0.05, 1e-3, 8}, "total"},
      {{30, 0.05, 1e-3, 8}, "total"},
      {{nan, 0.05, 1e-3, 8}, "total"},
      {{0.1, -1, 1e-3, 8}, "em"},
      {{0.1, inf, 1e-3, 8}, "em"},
      {{0.1, 0.05, 0, 8}, "k_intra"},
      {{0.1, 0.05, -1e-3, 8}, "k_intra"},
      {{0.1, 0.05, nan, 8}, "k_intra"},
      {{0.1, 0.05, 1e-3, 0}, "addition_h"},
      {{0.1, 0.05, 1e-3, -8}, "addition_h"},
      {{0.1, 0.05, 1e-3, 2000}, "addition_h"},
      {{0.1, 0.05, 1e-3, inf}, "addition_h"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.field);
    auto result = chem::slow_addition(c.input);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().field == c.field);
    CHECK_FALSE(chem::slow_addition_integrated(c.input).ok());
  }
  CHECK(chem::slow_addition({0.1, 0.05, 1e-3, 0}).error().message ==
        "Addition time must be greater than zero");
  // Every corner of the accepted ranges gives a finite yield in (0, 1].
  for (double total : {chem::kMinConcentrationMolar, chem::kMaxConcentrationMolar}) {
    for (double em : {chem::kMinEmMolar, chem::kMaxEmMolar}) {
      for (double k : {chem::kMinKIntraPerS, chem::kMaxKIntraPerS}) {
        for (double hours : {chem::kMinAdditionHours, chem::kMaxAdditionHours}) {
          auto result = chem::slow_addition({total, em, k, hours});
          REQUIRE(result.ok());
          CAPTURE(total);
          CAPTURE(em);
          CAPTURE(k);
          CAPTURE(hours);
          CHECK(std::isfinite(result.value().ring_yield));
          CHECK(result.value().ring_yield > 0);
          CHECK(result.value().ring_yield <= 1);
          CHECK(result.value().ring_yield >= result.value().batch_ring_yield * (1 - 1e-12));
          CHECK(std::isfinite(result.value().completion_hours));
          CHECK(std::isfinite(result.value().steady_state_molar));
        }
      }
    }
  }
}
