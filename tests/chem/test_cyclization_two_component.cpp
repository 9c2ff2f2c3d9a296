// The engine's two-component mode (A2 + B2) against limits it must meet
// whatever its numerics: mass balance, Carothers' chain length without ring
// closure, the A/B symmetry of the two one-sided feeds, the one-precursor
// engine when the adduct itself is fed, and monotonic trends.
#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include "chem/cyclization_engine.hpp"

namespace {

using chem::Feed;

chem::EngineResult run(const chem::EngineInput& input) {
  auto result = chem::run_cyclization_engine(input);
  REQUIRE_MESSAGE(result.ok(), (result.ok() ? "" : result.error().message));
  return result.value();
}

chem::EngineInput two_component(double total_molar, double em_molar = 0.05) {
  chem::EngineInput input;
  input.two_component = true;
  input.total_molar = total_molar;
  input.em_molar = em_molar;
  return input;
}

chem::EngineInput fed(Feed feed, double hours, double total_molar = 0.05, double k_intra = 1e-3) {
  chem::EngineInput input = two_component(total_molar);
  input.feed = feed;
  input.k_intra_per_s = k_intra;
  input.addition_hours = hours;
  return input;
}

}  // namespace

TEST_CASE("two components: the split at completion sums to 1 in diamine units over a grid") {
  for (double c0 : {1e-4, 1e-3, 0.01, 0.05, 0.5}) {
    for (double equiv : {0.8, 1.0, 1.25}) {
      auto input = two_component(c0);
      input.dihalide_equiv = equiv;
      const auto r = run(input);
      CAPTURE(c0);
      CAPTURE(equiv);
      CHECK(r.at_completion.total() == doctest::Approx(1).epsilon(1e-8));
      CHECK(r.ring_yield + r.oligomer_yield + r.precursor_left_end == doctest::Approx(1).epsilon(1e-12));
      CHECK(r.ring_yield >= r.at_completion.ring);
      CHECK(r.integrator_steps < 100000);
    }
  }
  for (Feed feed :
       {Feed::dihalide_into_diamine, Feed::diamine_into_dihalide, Feed::both, Feed::preformed_ab}) {
    for (double hours : {0.5, 8.0, 200.0}) {
      const auto r = run(fed(feed, hours));
      CAPTURE(static_cast<int>(feed));
      CAPTURE(hours);
      CHECK(r.at_completion.total() == doctest::Approx(1).epsilon(1e-8));
      CHECK(r.ring_yield > 0);
      CHECK(r.ring_yield < 1);
    }
  }
}

TEST_CASE("two components without ring closure follow Carothers and Flory") {
  // Closure switched off: every EM a million times below the concentration.
  // Equal reactivity then gives Flory's statistics at end conversions pA, pB:
  // a diamine is free with probability (1 - pA)^2, a dihalide (1 - pB)^2, and
  // a diamine is the open adduct's with 2 pA (1 - pA)(1 - pB); the
  // number-average length is Carothers' (1 + r) / (1 + r - 2 r p), r the
  // scarcer ends over the others and p their conversion.
  for (double equiv : {1.0, 0.8, 1.25}) {
    auto input = two_component(0.05, 1e-12);
    input.dihalide_equiv = equiv;
    input.large_ring_em_molar = 1e-12;
    input.oligomer_em_molar.assign(input.max_chain_length - 1, 1e-12);
    const auto now = run(input).at_completion;
    CAPTURE(equiv);
    CHECK(now.ring + now.cyclic_oligomers < 1e-6);
    const double pa = now.a_end_conversion, pb = now.b_end_conversion;
    CHECK(pa * 2 == doctest::Approx(pb * 2 * equiv).epsilon(1e-9));  // every bond joins one A and one B end
    CHECK(pa > 0.5);
    CHECK(now.precursor_left - now.adduct == doctest::Approx((1 - pa) * (1 - pa)).epsilon(1e-6));
    CHECK(now.free_dihalide == doctest::Approx(equiv * (1 - pb) * (1 - pb)).epsilon(1e-6));
    CHECK(now.adduct == doctest::Approx(2 * pa * (1 - pa) * (1 - pb)).epsilon(1e-6));
    const double ratio = equiv < 1 ? equiv : 1 / equiv;
    const double p = equiv < 1 ? pb : pa;
    CHECK((1 + equiv) / now.open_chains ==
          doctest::Approx((1 + ratio) / (1 + ratio - 2 * ratio * p)).epsilon(1e-6));
  }
}

TEST_CASE("two components, at 1:1: dihalide into diamine gives what diamine into dihalide gives") {
  for (double hours : {1.0, 8.0, 100.0}) {
    const double one = run(fed(Feed::dihalide_into_diamine, hours)).ring_yield;
    const double other = run(fed(Feed::diamine_into_dihalide, hours)).ring_yield;
    CHECK(one == doctest::Approx(other).epsilon(1e-9));
  }
}

TEST_CASE("two components fed as the pre-formed adduct are the one-precursor engine") {
  for (double c0 : {0.005, 0.05, 0.5}) {
    auto ab = two_component(c0);
    ab.two_component = false;
    auto adduct = two_component(c0);
    adduct.feed = Feed::preformed_ab;
    const auto one = run(ab), two = run(adduct);
    CHECK(two.ring_yield == doctest::Approx(one.ring_yield).epsilon(1e-6));
    CHECK(two.at_completion.cyclic_oligomers ==
          doctest::Approx(one.at_completion.cyclic_oligomers).epsilon(1e-6));
    CHECK(two.at_completion.long_chains == doctest::Approx(one.at_completion.long_chains).epsilon(1e-6));
  }
  for (double hours : {1.0, 8.0, 100.0}) {
    auto ab = fed(Feed::preformed_ab, hours);
    ab.two_component = false;
    CHECK(run(fed(Feed::preformed_ab, hours)).ring_yield ==
          doctest::Approx(run(ab).ring_yield).epsilon(1e-6));
  }
}

TEST_CASE("two components: the ring yield falls with concentration, rises with a slower feed of both") {
  double previous = 1;
  for (double c0 : {1e-4, 1e-3, 0.005, 0.02, 0.1, 1.0}) {
    const double ring = run(two_component(c0)).ring_yield;
    CHECK(ring < previous);
    previous = ring;
  }
  for (Feed feed : {Feed::both, Feed::preformed_ab}) {
    previous = 0;
    for (double hours : {0.1, 1.0, 8.0, 50.0, 400.0}) {
      const double ring = run(fed(feed, hours)).ring_yield;
      CHECK(ring > previous);
      previous = ring;
    }
  }
}

TEST_CASE("two components: the seed's protocol, dihalide into diamine, barely beats batch") {
  // Total 0.05 M each, EM 0.05 M, k_intra 1e-3 /s, 8 h. An independent
  // equal-reactivity simulation gave batch ~0.25, dihalide into diamine
  // ~0.29, both together ~0.50, the pre-formed adduct ~0.93.
  const double batch = run(two_component(0.05)).ring_yield;
  const double dihalide_in = run(fed(Feed::dihalide_into_diamine, 8)).ring_yield;
  const double both = run(fed(Feed::both, 8)).ring_yield;
  const double adduct = run(fed(Feed::preformed_ab, 8)).ring_yield;
  CHECK(batch == doctest::Approx(0.25).epsilon(0.02));
  CHECK(dihalide_in == doctest::Approx(0.29).epsilon(0.02));
  CHECK(both == doctest::Approx(0.50).epsilon(0.03));
  CHECK(adduct == doctest::Approx(0.93).epsilon(0.01));
  CHECK(batch < dihalide_in);
  CHECK(dihalide_in < both);
  CHECK(both < adduct);
}

TEST_CASE("two components: a dilute batch reaches the stated leftover without hitting the step cap") {
  // At 1:1 the last monomers meet at a power-law pace: the tail is long.
  for (double c0 : {5e-5, 1e-4}) {
    const auto r = run(two_component(c0));
    CHECK(r.ring_yield > 0.98);
    CHECK(r.precursor_left_end < 1e-4 + 1e-9);
    CHECK(r.integrator_steps < 100000);
  }
  // Below 0.001 × EM the tail would take seconds: refused, naming the field.
  auto too_dilute = chem::run_cyclization_engine(two_component(1e-5));
  REQUIRE_FALSE(too_dilute.ok());
  CHECK(too_dilute.error().field == "c0");
}

TEST_CASE("two components: a dihalide equivalent outside 0.5-2 is refused, naming the field") {
  for (double equiv : {0.4, 2.5, std::nan("")}) {
    auto input = two_component(0.01);
    input.dihalide_equiv = equiv;
    auto r = chem::run_cyclization_engine(input);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == "dihalide_equiv");
  }
}
