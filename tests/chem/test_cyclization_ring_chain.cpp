#include <doctest/doctest.h>

#include <cmath>

#include "chem/cyclization.hpp"
#include "chem/ring_chain.hpp"

namespace {
// doctest's Approx is absolute for values below 1 (its scale is 1); every
// check here means relative, so small numbers are compared properly too.
doctest::Approx rel(double value) { return doctest::Approx(value).scale(0).epsilon(1e-12); }
}  // namespace

namespace {
chem::RingChain simulate(double c0_over_em, int max_chain_length = 20) {
  auto result = chem::ring_chain_batch({c0_over_em * 0.05, 0.05, max_chain_length});
  REQUIRE(result.ok());
  return result.value();
}
}  // namespace

TEST_CASE("ring-chain: every monomer unit is accounted for, at completion") {
  for (double a : {1e-4, 0.01, 0.3, 1.0, 10.0, 400.0}) {
    CAPTURE(a);
    const auto r = simulate(a);
    CHECK(r.cyclic_monomer + r.cyclic_oligomers + r.linear_oligomers + r.precursor_left ==
          rel(1).epsilon(1e-8));
    CHECK(r.precursor_left == rel(chem::kRingChainPrecursorLeft).epsilon(1e-6));
    CHECK(r.cyclic_monomer == rel(r.cyclic_by_size[0]));
    double oligomers = 0;
    for (size_t i = 1; i < r.cyclic_by_size.size(); ++i) {
      CHECK(r.cyclic_by_size[i] >= -1e-12);
      oligomers += r.cyclic_by_size[i];
    }
    CHECK(oligomers == rel(r.cyclic_oligomers));
    CHECK(r.long_chains <= r.linear_oligomers + 1e-12);
    // The monomer closes with rate >= 1, so it is gone by k t = ln(1e6).
    CHECK(r.completion_k_intra_time <= std::log(1e6) + 1e-9);
  }
}

TEST_CASE("ring-chain at high dilution: hand-derived cyclic dimer, simple-model monomer yield") {
  // a = C0/EM << 1: monomer x1 = e^-tau; dimers form at a x1^2 (a/2 chains in
  // all) and close with rate 2^-1.5 = w: x2 = a (e^-w tau - e^-2tau) / (2 - w).
  // At completion (x1 = 1e-6, tau = ln 1e6) the cyclic dimer holds
  // 2 (a/2 - x2) of the monomer units. Corrections are O(a^2).
  const double a = 1e-4, w = std::pow(2.0, -1.5), tau = std::log(1e6);
  const auto r = simulate(a);
  const double open_dimers = a * (std::exp(-w * tau) - std::exp(-2 * tau)) / (2 - w);
  CHECK(r.cyclic_by_size[1] == rel(2 * (a / 2 - open_dimers)).epsilon(1e-3));
  CHECK(r.linear_oligomers == rel(2 * open_dimers).epsilon(2e-3));
  CHECK(r.completion_k_intra_time == rel(tau).epsilon(1e-3));
  for (double dilute : {1e-3, 3e-3, 1e-2}) {
    CAPTURE(dilute);
    // Monomer also meets dimers and longer chains: the ring-chain yield sits a
    // little below the simple model, by O(a^2). (The 1e-6 of precursor left at
    // completion would almost all close at this dilution: count it as ring.)
    const double simple = chem::batch_cyclization({dilute * 0.05, 0.05}).value().ring_yield;
    const auto r = simulate(dilute);
    const double chain = r.cyclic_monomer + r.precursor_left;
    CHECK(chain < simple);
    CHECK(simple - chain < dilute * dilute);
    CHECK(simple - chain > 0.1 * dilute * dilute);
  }
}

TEST_CASE("ring-chain: more concentrated means less ring, more chain") {
  double previous_ring = 1, previous_linear = 0;
  for (double a : {0.01, 0.1, 1.0, 10.0}) {
    CAPTURE(a);
    const auto r = simulate(a);
    CHECK(r.cyclic_monomer < previous_ring);
    CHECK(r.linear_oligomers > previous_linear);
    previous_ring = r.cyclic_monomer;
    previous_linear = r.linear_oligomers;
  }
}

TEST_CASE("ring-chain: truncation leaves the ring yield alone and bounds the oligomer split") {
  for (double a : {1.0, 10.0}) {
    CAPTURE(a);
    const auto short_chains = simulate(a, 20);
    const auto long_chains = simulate(a, 40);
    // The precursor only sees chain ends, and the pool keeps its ends.
    CHECK(short_chains.cyclic_monomer == rel(long_chains.cyclic_monomer).epsilon(2e-5));
    // Chains beyond N that would still close are counted as linear: the cyclic
    // oligomers are a lower bound, the linear ones an upper bound.
    CHECK(short_chains.cyclic_oligomers <= long_chains.cyclic_oligomers);
    CHECK(short_chains.linear_oligomers >= long_chains.linear_oligomers);
    CHECK(long_chains.long_chains < short_chains.long_chains);
  }
  // With little in the pool (C0 = EM: 1.3 % beyond 20 units) the split is good to 0.2 %.
  const auto n20 = simulate(1.0, 20);
  CHECK(n20.long_chains < 0.02);
  CHECK(n20.cyclic_oligomers == rel(simulate(1.0, 80).cyclic_oligomers).epsilon(2e-3));
}

TEST_CASE("ring-chain bad input names the field") {
  CHECK(chem::ring_chain_batch({0, 0.05, 20}).error().field == "c0");
  CHECK(chem::ring_chain_batch({0.05, -1, 20}).error().field == "em");
  CHECK(chem::ring_chain_batch({0.05, 0.05, 1}).error().field == "max_chain_length");
  CHECK(chem::ring_chain_batch({0.05, 0.05, 101}).error().field == "max_chain_length");
  // Extremes of the accepted range still finish.
  CHECK(chem::ring_chain_batch({20, chem::kMinEmMolar, 20}).ok());
  CHECK(chem::ring_chain_batch({chem::kMinConcentrationMolar, chem::kMaxEmMolar, 20}).ok());
}
