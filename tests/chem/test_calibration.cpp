#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "chem/calibration.hpp"
#include "chem/competitive_alkylation.hpp"
#include "chem/cyclization_engine.hpp"

namespace {

// Forward models at the engine's own (default, tighter) tolerance: the data a
// bench run would give if the model were exact.
double batch_yield(double c0_molar, double em_molar) {
  chem::EngineInput in;
  in.total_molar = c0_molar;
  in.em_molar = em_molar;
  return chem::run_cyclization_engine(in).value().ring_yield;
}

double pump_yield(double total_molar, double em_molar, double k_intra, double hours) {
  chem::EngineInput in;
  in.total_molar = total_molar;
  in.em_molar = em_molar;
  in.k_intra_per_s = k_intra;
  in.addition_hours = hours;
  return chem::run_cyclization_engine(in).value().ring_yield;
}

template <class Fit>
Fit ok(const chem::Outcome<Fit>& fit) {
  REQUIRE_MESSAGE(fit.ok(), (fit.ok() ? "" : fit.error().field + ": " + fit.error().message));
  return fit.value();
}

bool contains(const chem::FitRange& range, double value) {
  return !range.empty && (!range.lo || *range.lo <= value) && (!range.hi || value <= *range.hi);
}

// What every verdict promises the UI, whatever the data.
void check_invariants(const chem::FitResult& fit) {
  CHECK(fit.value.has_value() == fit.determined);
  CHECK(fit.residuals.empty() == !fit.value.has_value());
  CHECK(fit.rms_residual.has_value() == fit.value.has_value());
  CHECK(fit.range.empty == !fit.consistent);
  CHECK_FALSE(fit.message.empty());
  if (fit.consistent && fit.value) CHECK(contains(fit.range, *fit.value));
  if (fit.range.lo && fit.range.hi) CHECK(*fit.range.lo <= *fit.range.hi);
}

}  // namespace

TEST_CASE("fit_em: one noise-free batch point gives back the EM it came from") {
  for (double em : {0.002, 0.05, 0.8}) {
    for (double ratio : {0.2, 1.0, 5.0}) {  // C0 / EM
      CAPTURE(em);
      CAPTURE(ratio);
      const double c0 = std::min(20.0, ratio * em);
      const auto fit = ok(chem::fit_em({{c0, batch_yield(c0, em)}}));
      check_invariants(fit);
      REQUIRE(fit.determined);
      CHECK(fit.consistent);
      CHECK(*fit.value == doctest::Approx(em).epsilon(0.01));
      CHECK(contains(fit.range, em));
      CHECK(*fit.max_abs_residual < 1e-6);
    }
  }
}

TEST_CASE("fit_em: several points, noise-free and with a few % noise") {
  const double em = 0.05;
  const double c0s[] = {0.01, 0.05, 0.2};
  std::vector<chem::YieldPoint> exact, noisy;
  const double noise[] = {+0.02, -0.025, +0.015};
  for (int i = 0; i < 3; ++i) {
    exact.push_back({c0s[i], batch_yield(c0s[i], em)});
    noisy.push_back({c0s[i], batch_yield(c0s[i], em) + noise[i]});
  }
  const auto clean = ok(chem::fit_em(exact));
  check_invariants(clean);
  CHECK(*clean.value == doctest::Approx(em).epsilon(0.01));
  CHECK(*clean.rms_residual < 1e-6);
  const auto fit = ok(chem::fit_em(noisy, 0.03));
  check_invariants(fit);
  CHECK(fit.consistent);
  CHECK(fit.determined);
  CHECK(contains(fit.range, em));
  CHECK(*fit.max_abs_residual <= 0.03 + 1e-9);
  CHECK(fit.residuals.size() == 3);
  // Tighter error than the noise: the same data no longer fit one EM.
  const auto strict = ok(chem::fit_em(noisy, 0.005));
  check_invariants(strict);
  CHECK_FALSE(strict.consistent);
}

TEST_CASE("fit_em: a yield within error of 100 % or of 0 only bounds EM") {
  const auto full = ok(chem::fit_em({{0.05, 1.0}}));
  check_invariants(full);
  CHECK_FALSE(full.determined);
  CHECK(full.consistent);
  REQUIRE(full.range.lo);
  CHECK_FALSE(full.range.hi);
  // The bound is the EM at which the yield is 1 - error.
  CHECK(batch_yield(0.05, *full.range.lo) == doctest::Approx(0.97).epsilon(1e-6));
  CHECK(full.message.find("from below") != std::string::npos);

  const auto none = ok(chem::fit_em({{0.05, 0.0}}));
  check_invariants(none);
  CHECK_FALSE(none.determined);
  CHECK_FALSE(none.range.lo);
  REQUIRE(none.range.hi);
  CHECK(batch_yield(0.05, *none.range.hi) == doctest::Approx(0.03).epsilon(1e-6));
}

TEST_CASE("fit_em: points no single EM explains are inconsistent, with the least-squares EM") {
  const auto fit = ok(chem::fit_em({{0.05, 0.3}, {0.05, 0.8}}));
  check_invariants(fit);
  CHECK_FALSE(fit.consistent);
  CHECK(fit.range.empty);
  REQUIRE(fit.determined);
  // Same C0: the least-squares yield is the mean of the two.
  CHECK(batch_yield(0.05, *fit.value) == doctest::Approx(0.55).epsilon(1e-4));
  CHECK(*fit.max_abs_residual > 0.03);
  CHECK(fit.message.find("No single EM") != std::string::npos);
}

TEST_CASE("fit_em and the ratio helper refuse bad input, naming the field") {
  CHECK(chem::fit_em({}).error().field == "point");
  CHECK(chem::fit_em({{0, 0.5}}).error().field == "c0");
  CHECK(chem::fit_em({{0.05, 0.5}, {-1, 0.5}}).error().message.find("Point 2") == 0);
  CHECK(chem::fit_em({{0.05, 1.2}}).error().field == "ring_yield");
  CHECK(chem::fit_em({{0.05, NAN}}).error().field == "ring_yield");
  CHECK(chem::fit_em({{0.05, 0.5}}, 0).error().field == "error");
  CHECK(chem::fit_em({{0.05, 0.5}}, 0.7).error().field == "error");
  CHECK(chem::ring_yield_from_ratio(3).value() == doctest::Approx(0.75));
  CHECK(chem::ring_yield_from_ratio(0).value() == 0);
  CHECK(chem::ring_yield_from_ratio(-1).error().field == "ratio");
  CHECK(chem::ring_yield_from_ratio(INFINITY).error().field == "ratio");
}

TEST_CASE("fit_k_intra: a syringe-pump yield gives back k_intra, noise-free and noisy") {
  for (double k : {1e-5, 1e-4, 1e-3}) {
    CAPTURE(k);
    const double y = pump_yield(0.1, 0.05, k, 8);
    const auto fit = ok(chem::fit_k_intra(0.1, 0.05, 8, y));
    check_invariants(fit);
    REQUIRE(fit.determined);
    CHECK(*fit.value == doctest::Approx(k).epsilon(0.01));
    CHECK(*fit.half_life_h == doctest::Approx(chem::half_life_hours(k)).epsilon(0.01));
    CHECK(*fit.half_life_range_h.lo <= *fit.half_life_h);
    CHECK(*fit.half_life_h <= *fit.half_life_range_h.hi);
    for (double noise : {-0.025, 0.025}) {
      const auto noisy = ok(chem::fit_k_intra(0.1, 0.05, 8, y + noise, 0.03));
      check_invariants(noisy);
      CHECK(contains(noisy.range, k));
    }
  }
}

TEST_CASE("fit_k_intra: at the batch yield or at 100 % only a bound; below batch inconsistent") {
  const double batch = batch_yield(0.1, 0.05);
  const auto slow = ok(chem::fit_k_intra(0.1, 0.05, 8, batch));
  check_invariants(slow);
  CHECK_FALSE(slow.determined);
  CHECK_FALSE(slow.range.lo);
  CHECK(slow.range.hi);
  CHECK(slow.batch_ring_yield == doctest::Approx(batch).epsilon(1e-6));

  const auto fast = ok(chem::fit_k_intra(0.1, 0.05, 8, 1.0));
  check_invariants(fast);
  CHECK_FALSE(fast.determined);
  CHECK(fast.range.lo);
  CHECK_FALSE(fast.range.hi);
  CHECK(fast.half_life_range_h.hi);
  CHECK_FALSE(fast.half_life_range_h.lo);

  const auto worse = ok(chem::fit_k_intra(0.1, 0.05, 8, batch - 0.1));
  check_invariants(worse);
  CHECK_FALSE(worse.consistent);
  CHECK(worse.message.find("below what adding everything at once") != std::string::npos);
}

TEST_CASE("fit_k_intra refuses bad input, naming the field") {
  CHECK(chem::fit_k_intra(0, 0.05, 8, 0.5).error().field == "total");
  CHECK(chem::fit_k_intra(0.1, NAN, 8, 0.5).error().field == "em");
  CHECK(chem::fit_k_intra(0.1, 0.05, 0, 0.5).error().field == "addition_h");
  CHECK(chem::fit_k_intra(0.1, 0.05, 8, -0.1).error().field == "ring_yield");
  CHECK(chem::fit_k_intra(0.1, 0.05, 8, 0.5, -1).error().field == "error");
}

TEST_CASE("recommend_addition_hours: the time it gives reproduces the target") {
  chem::EngineInput in;
  in.total_molar = 0.1;
  in.em_molar = 0.05;
  in.k_intra_per_s = 1e-4;
  const auto advice = ok(chem::recommend_addition_hours(in, 0.8));
  CHECK(pump_yield(0.1, 0.05, 1e-4, advice.addition_hours) == doctest::Approx(0.8).epsilon(1e-5));
  CHECK(advice.k_intra_addition_time == doctest::Approx(advice.addition_hours * 0.36).epsilon(1e-9));
  // k_intra·t_add alone decides: ten times faster closure, a tenth of the time.
  in.k_intra_per_s = 1e-3;
  CHECK(ok(chem::recommend_addition_hours(in, 0.8)).addition_hours ==
        doctest::Approx(advice.addition_hours / 10).epsilon(1e-4));
  CHECK(ok(chem::recommend_addition_hours(in, 0.1)).addition_hours == 0);
  // Over a k_intra range the time scales as 1/k_intra: longest at the low end.
  const auto over = ok(chem::recommend_addition_hours(in, 0.8, chem::FitRange{false, 5e-4, 2e-3}));
  CHECK(*over.hours_range.lo == doctest::Approx(over.addition_hours / 2).epsilon(1e-9));
  CHECK(*over.hours_range.hi == doctest::Approx(over.addition_hours * 2).epsilon(1e-9));
  const auto open = ok(chem::recommend_addition_hours(in, 0.8, chem::FitRange{false, 5e-4, std::nullopt}));
  CHECK_FALSE(open.hours_range.lo);
  CHECK(open.hours_range.hi);
  CHECK(chem::recommend_addition_hours(in, 1.0).error().field == "target_yield");
}

TEST_CASE("fit_kappa: a Frost–Schwemer composition gives back κ, noise-free and noisy") {
  for (double kappa : {0.1, 0.5, 2.0, 10.0}) {
    for (double x : {0.6, 1.0, 1.5}) {
      CAPTURE(kappa);
      CAPTURE(x);
      const auto d = chem::alkylation_distribution(x, kappa).value();
      const auto fit = ok(chem::fit_kappa(x, d.unreacted, d.mono, d.bis, 0.01));
      check_invariants(fit);
      CHECK(fit.consistent);
      CHECK(fit.conversion == doctest::Approx(1));
      if (!fit.determined) {  // only where a fraction is within error of 0
        CHECK(std::min({d.unreacted, d.mono, d.bis}) < 0.01);
        continue;
      }
      CHECK(*fit.value == doctest::Approx(kappa).epsilon(0.01));
      // A few % of noise that keeps the sum at 1: the true κ stays in range.
      const auto noisy = ok(chem::fit_kappa(x, d.unreacted + 0.02, d.mono - 0.015, d.bis - 0.005, 0.03));
      check_invariants(noisy);
      CHECK(contains(noisy.range, kappa));
    }
  }
}

TEST_CASE("fit_kappa: response factors, and partial conversion reported") {
  const auto d = chem::alkylation_distribution(1.0, 0.5).value();
  const auto plain = ok(chem::fit_kappa(1.0, d.unreacted, d.mono, d.bis));
  const auto scaled =
      ok(chem::fit_kappa(1.0, 2 * d.unreacted, 0.7 * d.mono, 0.5 * d.bis, 0.03, {2, 0.7, 0.5}));
  CHECK(*scaled.value == doctest::Approx(*plain.value).epsilon(1e-9));
  CHECK(*plain.value == doctest::Approx(0.5).epsilon(1e-6));
  // The composition at 1 equiv, but 2 equiv charged: half of it was used.
  const auto partial = ok(chem::fit_kappa(2.0, d.unreacted, d.mono, d.bis));
  check_invariants(partial);
  CHECK(partial.consistent);
  CHECK(partial.conversion == doctest::Approx(0.5));
  CHECK(partial.consumed_equiv == doctest::Approx(1.0));
  CHECK(*partial.value == doctest::Approx(0.5).epsilon(1e-6));
  CHECK(partial.message.find("50 % conversion") != std::string::npos);
}

TEST_CASE("fit_kappa: no bis at low conversion, or nothing reacted, only bounds κ") {
  const auto low = ok(chem::fit_kappa(0.2, 0.9, 0.1, 0.0));
  check_invariants(low);
  CHECK_FALSE(low.determined);
  CHECK(low.consistent);
  CHECK_FALSE(low.range.lo);
  REQUIRE(low.range.hi);
  CHECK(*low.range.hi < chem::kMaxKappa);
  CHECK(low.message.find("bis") != std::string::npos);
  const auto untouched = ok(chem::fit_kappa(1.0, 1.0, 0.0, 0.0));
  check_invariants(untouched);
  CHECK_FALSE(untouched.determined);
  CHECK_FALSE(untouched.range.lo);
  CHECK_FALSE(untouched.range.hi);
  const auto used_up = ok(chem::fit_kappa(2.0, 0.0, 0.3, 0.7));
  check_invariants(used_up);
  CHECK_FALSE(used_up.determined);
  CHECK_FALSE(used_up.range.lo);
}

TEST_CASE("fit_kappa: contradictory compositions are inconsistent") {
  // 1.3 equiv in the products, 0.5 charged.
  const auto excess = ok(chem::fit_kappa(0.5, 0.2, 0.3, 0.5));
  check_invariants(excess);
  CHECK_FALSE(excess.consistent);
  CHECK(excess.consumed_equiv == doctest::Approx(1.3));
  CHECK(excess.message.find("more than the 0.5 equiv") != std::string::npos);
  // No mono at all with 80 % SM left: even κ = 100 leaves ~0.8 % mono.
  const auto no_mono = ok(chem::fit_kappa(1.0, 0.8, 0.0, 0.2, 0.005));
  check_invariants(no_mono);
  CHECK_FALSE(no_mono.consistent);
  CHECK_FALSE(no_mono.determined);
  CHECK(no_mono.message.find("No κ between") != std::string::npos);
}

TEST_CASE("fit_kappa refuses bad input, naming the field") {
  CHECK(chem::fit_kappa(0, 0.5, 0.3, 0.2).error().field == "equiv");
  CHECK(chem::fit_kappa(1, -0.5, 0.3, 0.2).error().field == "sm");
  CHECK(chem::fit_kappa(1, 0.5, NAN, 0.2).error().field == "mono");
  CHECK(chem::fit_kappa(1, 0, 0, 0).error().field == "composition");
  CHECK(chem::fit_kappa(1, 0.5, 0.3, 0.2, 0.03, {1, 1, 0}).error().field == "rf_bis");
  CHECK(chem::fit_kappa(1, 0.5, 0.3, 0.2, 0).error().field == "error");
}
