#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "chem/competitive_alkylation.hpp"
#include "chem/cyclization_engine.hpp"
#include "chem/fits.hpp"

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

TEST_CASE("fit_em: runs that barely agree are marginal, and an EM drifting with C0 points at A2 + B2") {
  // Ring yields of a two-component A2 + B2 closure at a true EM of 0.05 mol/L
  // (an equal-reactivity simulation, second review): the AB model gives an
  // effective EM, low, that rises with C0.
  const std::vector<chem::YieldPoint> a2b2 = {
      {0.002, 0.8613035743}, {0.01, 0.5696977389}, {0.05, 0.2512529511}};
  const auto fit = ok(chem::fit_em(a2b2));
  check_invariants(fit);
  CHECK(fit.consistent);
  CHECK(fit.determined);
  CHECK(fit.marginal);
  CHECK(fit.drift == 1);
  CHECK(fit.value_kind == chem::ValueKind::fit);
  REQUIRE(fit.point_values.size() == 3);
  CHECK(*fit.point_values[0] == doctest::Approx(0.0125).epsilon(0.01));
  CHECK(*fit.point_values[1] == doctest::Approx(0.0137).epsilon(0.01));
  CHECK(*fit.point_values[2] == doctest::Approx(0.0180).epsilon(0.01));
  // The range (0.0152–0.0155) is far narrower than any single run allows.
  CHECK(*fit.range.hi / *fit.range.lo < 1.05);
  CHECK(*fit.value < 0.05 / 3);  // biased low
  CHECK(fit.message.find("the runs barely agree (single runs: 0.0125, 0.0137, 0.018 mol/L)") !=
        std::string::npos);
  CHECK(fit.message.find("reflects their disagreement, not precision") != std::string::npos);
  CHECK(fit.message.find("A2 + B2 closure, whose effective EM comes out low") != std::string::npos);

  // Noise-free AB data over two decades of C0: neither narrow nor drifting.
  std::vector<chem::YieldPoint> clean;
  for (double c0 : {0.005, 0.025, 0.1, 0.5}) clean.push_back({c0, batch_yield(c0, 0.05)});
  const auto good = ok(chem::fit_em(clean, 0.02));
  CHECK(good.determined);
  CHECK_FALSE(good.marginal);
  CHECK(good.drift == 0);
  for (const auto& own : good.point_values) CHECK(*own == doctest::Approx(0.05).epsilon(0.01));

  // Two runs at one C0 whose intervals just touch: marginal by width alone (no drift at one C0).
  const auto touching = ok(chem::fit_em({{0.05, 0.30}, {0.05, 0.355}}));
  check_invariants(touching);
  CHECK(touching.consistent);
  CHECK(touching.marginal);
  CHECK(touching.drift == 0);
  CHECK(touching.message.find("barely agree") != std::string::npos);
  CHECK(touching.message.find("A2 + B2") == std::string::npos);
}

TEST_CASE("fit_em: the value's kind, and the model card names the A2 + B2 bias") {
  CHECK(ok(chem::fit_em({{0.05, 0.5}})).value_kind == chem::ValueKind::fit);
  const auto apart = ok(chem::fit_em({{0.05, 0.3}, {0.05, 0.8}}));
  CHECK(apart.value_kind == chem::ValueKind::least_squares_compromise);
  CHECK(ok(chem::fit_em({{0.05, 1.0}})).value_kind == chem::ValueKind::none);
  bool named = false;
  for (const auto& a : chem::em_fit_model().assumptions)
    named = named || a.find("A2 + B2 closure give an effective EM, biased low") != std::string::npos;
  CHECK(named);
}

TEST_CASE("fit_em: a C0 so low that the EM it needs lies below the engine's floor is said so, not an error") {
  // Was exit 2, "The cyclization simulation did not converge" (the engine
  // fails for a ring EM ~1e5 below the oligomer rings').
  const auto full = ok(chem::fit_em({{1e-9, 1.0}}));
  check_invariants(full);
  CHECK(full.consistent);
  CHECK(full.message.find("least EM this model simulates here, 1.0e-06 mol/L") != std::string::npos);
  const auto half = ok(chem::fit_em({{1e-9, 0.5}}));
  check_invariants(half);
  CHECK_FALSE(half.consistent);
  CHECK_FALSE(half.value);
  CHECK(half.message.rfind("The data need an EM below the least EM", 0) == 0);
  // A measurable run at 1 µmol/L still fits: only a lower bound (the yield is ~100 %).
  const auto micro = ok(chem::fit_em({{1e-6, 1.0}}));
  REQUIRE(micro.range.lo);
  CHECK(*micro.range.lo == doctest::Approx(3.2e-5).epsilon(0.01));
}

TEST_CASE("fit_k_intra: the range is at the EM given, exactly, and the card says so") {
  const auto fit = ok(chem::fit_k_intra(0.1, 0.05, 8, pump_yield(0.1, 0.05, 1e-4, 8)));
  CHECK(fit.value_kind == chem::ValueKind::fit);
  CHECK(fit.message.find("at EM = 0.05 mol/L exactly") != std::string::npos);
  const auto slow = ok(chem::fit_k_intra(0.1, 0.05, 8, batch_yield(0.1, 0.05)));
  CHECK(slow.message.find("at EM = 0.05 mol/L exactly") != std::string::npos);
  bool stated = false;
  for (const auto& a : chem::k_intra_fit_model().assumptions)
    stated = stated || a.find("at the EM given, taken as exact") != std::string::npos;
  CHECK(stated);
}

TEST_CASE("advise_from_k_intra_fit: one time, a bound labelled as one, or the reason why none") {
  chem::EngineInput at;
  at.total_molar = 0.1;
  at.em_molar = 0.05;
  // Determined: one time, the k_intra range gives the time range.
  const auto fit = ok(chem::fit_k_intra(0.1, 0.05, 8, pump_yield(0.1, 0.05, 1e-4, 8)));
  auto advice = chem::advise_from_k_intra_fit(fit, at, 0.8);
  REQUIRE(advice.kind == chem::AdviceKind::time);
  CHECK(advice.reason.empty());
  CHECK(pump_yield(0.1, 0.05, *fit.value, advice.advice->addition_hours) ==
        doctest::Approx(0.8).epsilon(1e-4));
  // k_intra only bounded above: the time at that bound is the SHORTEST it
  // can be: "at least", never one time to plan by.
  const auto slow = ok(chem::fit_k_intra(0.1, 0.05, 8, batch_yield(0.1, 0.05)));
  advice = chem::advise_from_k_intra_fit(slow, at, 0.8);
  REQUIRE(advice.kind == chem::AdviceKind::at_least);
  CHECK(advice.advice->addition_hours == doctest::Approx(*advice.advice->hours_range.lo));
  CHECK_FALSE(advice.advice->hours_range.hi);
  CHECK(advice.reason.find("only bounded below: at least") != std::string::npos);
  // Only bounded below: at most that long is needed.
  const auto fast = ok(chem::fit_k_intra(0.1, 0.05, 8, 1.0));
  advice = chem::advise_from_k_intra_fit(fast, at, 0.8);
  REQUIRE(advice.kind == chem::AdviceKind::at_most);
  CHECK_FALSE(advice.advice->hours_range.lo);
  CHECK(advice.reason.find("at most") != std::string::npos);
  // A target beyond the model's longest addition: no time, and why.
  at.total_molar = 0.5;
  const auto run = ok(chem::fit_k_intra(0.5, 0.05, 8, 0.3));
  advice = chem::advise_from_k_intra_fit(run, at, 0.999);
  CHECK(advice.kind == chem::AdviceKind::none);
  CHECK_FALSE(advice.advice);
  CHECK(advice.reason ==
        "No addition time for 99.9 % ring: that ring yield needs a longer addition than this model covers; "
        "dilute further or choose a lower target.");
  // Below the batch yield no k_intra fits: no time either.
  const auto worse = ok(chem::fit_k_intra(0.1, 0.05, 8, 0.1));
  advice = chem::advise_from_k_intra_fit(worse, at, 0.8);
  CHECK(advice.kind == chem::AdviceKind::none);
  CHECK(advice.reason == "No addition time: no k_intra reproduces the run.");
}

TEST_CASE("fit_kappa: the charged equivalents carry the error too; low conversion is explained fully") {
  // x = 1.07 in the products, 1.00 charged: within 3 % of both the
  // composition and the charge (x' >= 1.01 <= 1.03). Inconsistent before.
  const auto near = ok(chem::fit_kappa(1.0, 0.215, 0.5, 0.285));
  check_invariants(near);
  CHECK(near.consistent);
  CHECK(near.value_kind == chem::ValueKind::fit);
  CHECK(contains(near.range, 0.5));
  // 1.3 in the products, 0.5 charged: the composition's own κ, labelled so.
  const auto excess = ok(chem::fit_kappa(0.5, 0.2, 0.3, 0.5));
  CHECK(excess.value_kind == chem::ValueKind::composition_only);
  // 1 equiv charged, 21 % used, no bis: run to full conversion, not "more electrophile".
  const auto partial = ok(chem::fit_kappa(1.0, 0.8, 0.19, 0.01));
  CHECK(partial.message.find("A run taken to full conversion of the electrophile measures it.") !=
        std::string::npos);
  CHECK(partial.message.find("more electrophile") == std::string::npos);
  CHECK(
      partial.message.find("or a product is missing from the analysis (a precipitated HX or quaternary salt, "
                           "a poor detector response)") != std::string::npos);
  // 0.2 equiv all used: more electrophile is the way.
  CHECK(ok(chem::fit_kappa(0.2, 0.8, 0.2, 0.0)).message.find("A run with more electrophile measures it.") !=
        std::string::npos);
}
