#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "chem/cyclization.hpp"
#include "chem/cyclization_engine.hpp"
#include "chem/ring_presets.hpp"

namespace {

chem::EngineResult run(const chem::EngineInput& input) {
  auto result = chem::run_cyclization_engine(input);
  REQUIRE_MESSAGE(result.ok(), (result.ok() ? "" : result.error().message));
  return result.value();
}

chem::EngineInput batch(double c0_molar, double em_molar = 0.05, bool ends = true) {
  chem::EngineInput input;
  input.total_molar = c0_molar;
  input.em_molar = em_molar;
  input.chain_ends_react = ends;
  return input;
}

chem::EngineInput syringe(double total_molar, double k_intra, double hours, bool ends = true, double v0 = 1) {
  chem::EngineInput input = batch(total_molar, 0.05, ends);
  input.k_intra_per_s = k_intra;
  input.addition_hours = hours;
  input.start_volume_fraction = v0;
  return input;
}

// The split at the completion time, five parts.
double total(const chem::EngineResult& r) { return r.at_completion.total(); }
// Once the precursor has reacted.
double total_end(const chem::EngineResult& r) {
  return r.ring_yield + r.oligomer_yield + r.precursor_left_end;
}

}  // namespace

TEST_CASE("engine limit: precursor meeting only precursor gives the batch closed form") {
  for (double a : {1e-4, 1e-2, 0.3, 1.0, 10.0, 300.0}) {
    CAPTURE(a);
    const auto engine = run(batch(a * 0.05, 0.05, false));
    const auto closed = chem::batch_cyclization({a * 0.05, 0.05}).value();
    CHECK(std::fabs(engine.ring_yield - closed.ring_yield) < 1e-6);
    CHECK(engine.at_completion.cyclic_oligomers == 0);
    CHECK(engine.at_completion.long_chains == 0);
  }
}

TEST_CASE("engine limit: fixed volume, precursor meeting only precursor gives the Riccati solution") {
  for (double a : {0.01, 1.0, 10.0}) {
    for (double k_t : {0.01, 3.6, 28.8, 500.0}) {
      CAPTURE(a);
      CAPTURE(k_t);
      const double hours = k_t / 1e-3 / 3600;
      const auto engine = run(syringe(a * 0.05, 1e-3, hours, false));
      const auto closed = chem::slow_addition({a * 0.05, 0.05, 1e-3, hours}).value();
      CHECK(std::fabs(engine.ring_yield - closed.ring_yield) < 1e-6);
      CHECK(std::fabs(engine.peak_precursor_molar - closed.peak_precursor_molar) < 1e-6 * a * 0.05);
      CHECK(std::fabs(engine.completion_hours - closed.completion_hours) < 1e-4 * closed.completion_hours);
    }
  }
}

TEST_CASE("engine: a vanishing feed time gives the batch answer, chain ends included") {
  for (double a : {0.1, 2.0, 20.0}) {
    CAPTURE(a);
    const auto fast = run(syringe(a * 0.05, 1e-5 / 3.6e-3, 1e-6, true));  // k_intra t_add = 1e-5
    const auto at_once = run(batch(a * 0.05));
    CHECK(std::fabs(fast.ring_yield - at_once.ring_yield) < 1e-5);
    CHECK(std::fabs(fast.at_completion.cyclic_oligomers - at_once.at_completion.cyclic_oligomers) < 1e-5);
    CHECK_FALSE(fast.steady_state);
  }
}

TEST_CASE("engine: a long addition reaches the steady state of the closed form") {
  const double k_t = 2000, hours = k_t / 1e-3 / 3600;
  for (double a : {1.0, 10.0}) {
    CAPTURE(a);
    const auto engine = run(syringe(a * 0.05, 1e-3, hours, false));
    const auto closed = chem::slow_addition({a * 0.05, 0.05, 1e-3, hours}).value();
    REQUIRE(engine.steady_state);
    CHECK(engine.steady_state_molar == doctest::Approx(closed.steady_state_molar).epsilon(1e-6));
    CHECK(engine.steady_state_yield == doctest::Approx(closed.steady_state_yield).epsilon(1e-6));
    // Start-up and stirring tail are a vanishing part of a long feed.
    CHECK(std::fabs(engine.ring_yield - engine.steady_state_yield) < 2e-3);
  }
}

TEST_CASE("engine: no steady state is claimed where none forms") {
  // The reproduced case: k_intra t_add = 0.36 never settles.
  CHECK_FALSE(run(syringe(0.05, 1e-3, 0.1)).steady_state);
  CHECK_FALSE(run(syringe(0.05, 1e-5, 8)).steady_state);
  // A growing volume keeps diluting: no steady state either.
  CHECK_FALSE(run(syringe(0.05, 1e-3, 8, true, 0.1)).steady_state);
  CHECK(run(syringe(0.05, 1e-3, 8)).steady_state);
}

TEST_CASE("engine: the peak precursor concentration is the highest point of the feed, not its end") {
  // C_total = EM, k_intra t_add = 3.6, a tenth of the volume at the start,
  // chain ends reacting: [L_1] rises to ~0.41 C_total early (tau ~0.5) and
  // has fallen to ~0.175 C_total when the feed stops.
  auto input = syringe(0.05, 1e-3, 1.0, true, 0.1);
  const auto r = run(input);
  CHECK(r.peak_precursor_molar == doctest::Approx(0.408 * 0.05).epsilon(0.005));
  CHECK(r.end_of_feed_precursor_molar == doctest::Approx(0.175 * 0.05).epsilon(0.01));
  CHECK(r.peak_precursor_hours * 1e-3 * 3600 == doctest::Approx(0.5).epsilon(0.1));
  // No point of a finely recorded course lies above the reported peak.
  input.course_points = 2000;
  const auto fine = run(input);
  double highest = 0;
  for (const auto& p : fine.course) highest = std::max(highest, p.precursor_molar);
  CHECK(highest > r.end_of_feed_precursor_molar * 2);
  CHECK(r.peak_precursor_molar >= highest * (1 - 1e-6));
  CHECK(r.peak_precursor_molar == doctest::Approx(highest).epsilon(1e-3));
}

TEST_CASE("engine: the split is taken at the completion time; the ring yield does not depend on N") {
  // Batch C0 0.1 M, EM 0.05 M. The ring once the precursor has reacted is
  // 0.31075 for N = 20, 40 and 80. At the completion time (99 % of the
  // precursor reacted, k_intra t = 2.107) the flask holds ring 0.30355,
  // cyclic oligomers 0.1055, open chains 0.5665 + longer chains 0.0145 at
  // N = 20 (0.5808 + 0.0001 at N = 40), precursor 0.01. Stirred on for
  // k_intra t ~ 700 instead, the cyclic share would be 0.254 / 0.284 / 0.307
  // at N = 20 / 40 / 80: chains past N never close.
  chem::EngineResult by_n[3];
  const int lengths[3] = {20, 40, 80};
  for (int k = 0; k < 3; ++k) {
    auto input = batch(0.1);
    input.max_chain_length = lengths[k];
    by_n[k] = run(input);
    CAPTURE(lengths[k]);
    const auto& r = by_n[k];
    CHECK(r.ring_yield == doctest::Approx(0.31075).epsilon(1e-4));
    CHECK(std::fabs(r.ring_yield - by_n[0].ring_yield) < 1e-6);
    CHECK(r.k_intra_time_complete == doctest::Approx(2.107).epsilon(1e-3));
    CHECK(r.at_completion.k_intra_time == r.k_intra_time_complete);
    CHECK(r.at_completion.precursor_left == doctest::Approx(0.01).epsilon(1e-6));
    CHECK(r.at_completion.ring == doctest::Approx(0.30355).epsilon(1e-4));
    CHECK(r.at_completion.ring < r.ring_yield);
    CHECK(r.ring_yield - r.at_completion.ring <= r.at_completion.precursor_left);
    CHECK(std::fabs(r.at_completion.cyclic_oligomers - by_n[0].at_completion.cyclic_oligomers) < 1e-4);
    // Open chains + longer chains: the same material whatever N; only the line between them moves.
    CHECK(std::fabs(r.at_completion.linear_oligomers + r.at_completion.long_chains -
                    by_n[0].at_completion.linear_oligomers - by_n[0].at_completion.long_chains) < 1e-4);
    CHECK(std::fabs(total(r) - 1) < 1e-9);
    CHECK(std::fabs(total_end(r) - 1) < 1e-9);
  }
  CHECK(by_n[0].at_completion.cyclic_oligomers == doctest::Approx(0.1055).epsilon(1e-3));
  CHECK(by_n[0].at_completion.long_chains == doctest::Approx(0.0145).epsilon(0.01));
  CHECK(by_n[1].at_completion.long_chains < 1e-3);
}

TEST_CASE("engine: every monomer unit is accounted for and the four fractions sum to 1") {
  for (double a : {1e-3, 0.1, 1.0, 10.0, 200.0}) {
    for (bool ends : {true, false}) {
      CAPTURE(a);
      CAPTURE(ends);
      const auto b = run(batch(a * 0.05, 0.05, ends));
      CHECK(std::fabs(total(b) - 1) < 1e-9);
      CHECK(std::fabs(total_end(b) - 1) < 1e-9);
      CHECK(b.precursor_left_end <= chem::kEnginePrecursorLeft * (1 + 1e-6));
      CHECK(b.at_completion.precursor_left <= 1 - chem::kCompletionFraction + 1e-9);
      for (double v0 : {1.0, 0.1}) {
        const auto s = run(syringe(a * 0.05, 1e-4, 20, ends, v0));
        CHECK(std::fabs(total(s) - 1) < 1e-9);
        CHECK(std::fabs(total_end(s) - 1) < 1e-9);
        CHECK(s.ring_yield >= 0);
        CHECK(s.at_completion.cyclic_oligomers >= -1e-12);
        CHECK(s.at_completion.linear_oligomers >= -1e-12);
        CHECK(s.at_completion.long_chains >= -1e-12);
      }
    }
  }
}

TEST_CASE("engine: precursor reacting with oligomer ends lowers the ring yield") {
  // The figures of the review: 0.758 (C_total/EM 1, k t 3.6) and 0.685 (10, 28.8)
  // without oligomer ends, lower with them.
  const auto limit1 = run(syringe(0.05, 1e-3, 1, false)), ends1 = run(syringe(0.05, 1e-3, 1, true));
  CHECK(limit1.ring_yield == doctest::Approx(0.758).epsilon(1e-3));
  CHECK(ends1.ring_yield < limit1.ring_yield - 0.02);
  const auto limit10 = run(syringe(0.5, 1e-3, 8, false)), ends10 = run(syringe(0.5, 1e-3, 8, true));
  CHECK(limit10.ring_yield == doctest::Approx(0.685).epsilon(1e-3));
  CHECK(ends10.ring_yield < limit10.ring_yield - 0.05);
  // Batch at the old defaults: ring plus every other fraction is 100 %, and
  // the ring is below the closed form's 40.2 %.
  const auto old_defaults = run(batch(0.1));
  CHECK(old_defaults.ring_yield < 0.402);
  CHECK(std::fabs(total_end(old_defaults) - 1) < 1e-9);
}

TEST_CASE("engine: starting with a tenth of the volume lowers the ring yield") {
  // 10 mL in 100 mL final volume: 0.941 -> 0.887 in the precursor-only limit.
  const auto fixed = run(syringe(0.05, 1e-3, 8, false, 1));
  const auto growing = run(syringe(0.05, 1e-3, 8, false, 0.1));
  CHECK(fixed.ring_yield == doctest::Approx(0.941).epsilon(1e-3));
  CHECK(growing.ring_yield == doctest::Approx(0.887).epsilon(1e-3));
}

TEST_CASE("engine: ring yield falls with C0 and rises with the addition time") {
  double last = 2;
  for (double c0 = 1e-4; c0 <= 5; c0 *= 2) {
    const double y = run(batch(c0)).ring_yield;
    CHECK(y < last);
    last = y;
  }
  last = -1;
  for (double hours = 0.01; hours <= 300; hours *= 2.5) {
    const double y = run(syringe(0.05, 1e-4, hours)).ring_yield;
    CHECK(y > last);
    last = y;
  }
}

TEST_CASE("engine: cyclic oligomer EMs: presets below 14 ring atoms, the Jacobson-Stockmayer line above") {
  chem::EngineInput input = batch(0.05);
  auto ems = chem::ring_ems(input, 4).value();
  CHECK(ems[0] == 0.05);
  CHECK(ems[1] == doctest::Approx(chem::kLargeRingEmMolar));  // 14 ring atoms: the anchor
  CHECK(ems[2] == doctest::Approx(chem::kLargeRingEmMolar * std::pow(1.5, -1.5)));
  // A 3-ring precursor: its cyclic dimer is a 6-ring (piperazine) and takes
  // the 6-ring preset (42.5 M), the tetramer the 12-ring preset (1e-3 M),
  // the trimer (9 atoms, no preset) lies between the 7- and 10-ring presets
  // in log EM: 0.05 × (1e-4 / 0.05)^(2/3); the pentamer (15 atoms) is on the line.
  input.ring_size = 3;
  input.em_molar = chem::ring_preset(3).value().em_molar;
  ems = chem::ring_ems(input, 5).value();
  CHECK(ems[1] == doctest::Approx(chem::ring_preset(6).value().em_molar));
  CHECK(ems[1] == doctest::Approx(42.5));
  CHECK(ems[2] == doctest::Approx(0.05 * std::pow(1e-4 / 0.05, 2.0 / 3)));
  CHECK(ems[3] == doctest::Approx(1e-3));
  CHECK(ems[4] == doctest::Approx(chem::kLargeRingEmMolar * std::pow(15.0 / 14, -1.5)));
  // A 5-ring's dimer is the 10-ring preset; a 6-ring's the 12-ring preset.
  input.ring_size = 5;
  CHECK(chem::ring_ems(input, 2).value()[1] == doctest::Approx(1e-4));
  input.ring_size = 6;
  CHECK(chem::ring_ems(input, 2).value()[1] == doctest::Approx(1e-3));
  // 13 atoms: between the 12-ring preset and the anchor at 14.
  CHECK(chem::small_oligomer_ring_em(13, 0.01) == doctest::Approx(std::sqrt(1e-3 * 0.01)));
  input = batch(0.05);
  input.oligomer_em_molar = {0.002};
  ems = chem::ring_ems(input, 3).value();
  CHECK(ems[1] == 0.002);
  CHECK(ems[2] == doctest::Approx(chem::kLargeRingEmMolar * std::pow(1.5, -1.5)));
  // More cyclic dimer when the dimer closes more easily.
  chem::EngineInput easy = batch(0.2);
  easy.oligomer_em_molar = {0.1};
  CHECK(run(easy).at_completion.cyclic_by_size[1] > run(batch(0.2)).at_completion.cyclic_by_size[1]);
  input.oligomer_em_molar = {-1};
  auto bad = chem::ring_ems(input, 3);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().field == "em_2");
}

TEST_CASE("engine: the inverse problems round-trip") {
  const auto c0 = chem::engine_concentration_for_ring_yield(batch(1), 0.9, 1e-10);
  REQUIRE(c0.ok());
  CHECK(run(batch(c0.value())).ring_yield == doctest::Approx(0.9).epsilon(1e-7));
  // Chain ends make it need more dilution than the closed form says.
  CHECK(c0.value() < chem::concentration_for_ring_yield(0.05, 0.9).value().concentration_molar);
  const auto hours = chem::engine_addition_hours_for_ring_yield(syringe(0.05, 1e-4, 1), 0.9, 1e-10);
  REQUIRE(hours.ok());
  CHECK(run(syringe(0.05, 1e-4, hours.value())).ring_yield == doctest::Approx(0.9).epsilon(1e-7));
  CHECK(chem::engine_addition_hours_for_ring_yield(syringe(0.05, 1e-4, 1), 0.2, 1e-10).value() == 0);
}

TEST_CASE("engine: the recorded course conserves the fed material") {
  chem::EngineInput input = syringe(0.05, 1e-4, 10, true, 0.5);
  input.course_points = 100;
  const auto r = run(input);
  REQUIRE(r.course.size() > 100);
  CHECK(r.course.front().hours == 0);
  for (const auto& p : r.course) {
    CAPTURE(p.hours);
    const double fed = std::min(p.hours, 10.0) / 10;
    const double volume = 0.5 + 0.5 * std::min(p.hours, 10.0) / 10;
    CHECK(p.precursor_molar + p.ring_molar + p.oligomer_molar ==
          doctest::Approx(0.05 * fed / volume).epsilon(1e-8));
  }
  CHECK(r.course.back().ring_molar == doctest::Approx(0.05 * r.ring_yield));
}

TEST_CASE("engine: bad input names its field") {
  auto field_of = [](const chem::EngineInput& input) {
    auto r = chem::run_cyclization_engine(input);
    return r.ok() ? std::string("ok") : r.error().field;
  };
  CHECK(field_of(batch(-1)) == "c0");
  CHECK(field_of(syringe(-1, 1e-3, 1)) == "total");
  CHECK(field_of(batch(0.1, 0)) == "em");
  CHECK(field_of(syringe(0.1, 0, 1)) == "k_intra");
  CHECK(field_of(syringe(0.1, 1e-3, 1e5)) == "addition_h");
  CHECK(field_of(syringe(0.1, 1e-3, 1, true, 0)) == "start_volume_fraction");
  CHECK(field_of(syringe(0.1, 1e-3, 1, true, 1.5)) == "start_volume_fraction");
  chem::EngineInput n = batch(0.1);
  n.max_chain_length = 1;
  CHECK(field_of(n) == "max_chain_length");
}

TEST_CASE("engine texts: two-component closures are an upper bound; k_intra is a room-temperature figure") {
  const std::string first = chem::kEngineAssumptions[0];
  CHECK(first.find("A2 + B2") != std::string::npos);
  CHECK(first.find("upper bound") != std::string::npos);
  CHECK(first.find("--two-component") != std::string::npos);
  const std::string caveat = chem::kTwoComponentCaveat;
  CHECK(caveat.find("Two components") != std::string::npos);
  CHECK(caveat.find("48 %") != std::string::npos);
  CHECK(caveat.find("25 %") != std::string::npos);
  // The two-component figure both texts quote is this engine's own.
  chem::EngineInput two = batch(0.05);
  two.two_component = true;
  CHECK(run(two).ring_yield == doctest::Approx(0.25).epsilon(0.02));
  // The AB figures it quotes are this engine's own.
  CHECK(run(batch(0.005)).ring_yield == doctest::Approx(0.907).epsilon(2e-3));
  CHECK(run(batch(0.01)).ring_yield == doctest::Approx(0.828).epsilon(2e-3));
  CHECK(run(batch(0.05)).ring_yield == doctest::Approx(0.477).epsilon(2e-3));
  CHECK(run(batch(0.1)).ring_yield == doctest::Approx(0.311).epsilon(2e-3));
  const std::string k = chem::kKIntraSource;
  CHECK(k.find("room temperature") != std::string::npos);
  CHECK(k.find("100 °C") != std::string::npos);
  CHECK(k.find("10–100") != std::string::npos);
  CHECK(chem::kDefaultKIntraPerS == 1e-5);
}
