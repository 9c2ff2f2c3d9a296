#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "app/cyclization_state.hpp"
#include "app/format.hpp"
#include "chem/cyclization_engine.hpp"
#include "mirror_value.hpp"

TEST_CASE("cyclization view: the shown fractions are the engine's and sum to 1") {
  app::CyclizationInputs in;
  for (const char* c0 : {"0.001", "0.1", "2"}) {
    CAPTURE(c0);
    in.c0_molar.set(c0);
    app::CyclizationCache cache;
    const auto view = app::evaluate_cyclization(in, nullptr, cache);
    REQUIRE(view.valid);
    const auto& r = view.result;
    CHECK(std::fabs(r.at_completion.total() - 1) < 1e-9);
    CHECK(std::fabs(r.ring_yield + r.oligomer_yield + r.precursor_left_end - 1) < 1e-9);
    // The mirror shows the five parts of the split and when it is taken.
    const auto mirror = app::cyclization_report(in, view);
    for (const char* key : {"ring_at_completion", "cyclic_oligomers", "linear_oligomers", "long_chains",
                            "precursor_left", "composition_time", "oligomer_yield"}) {
      CAPTURE(key);
      CHECK_FALSE(mirror_value(mirror, key).empty());
    }
    CHECK(mirror_value(mirror, "precursor_left") == "1.00 %");
    CHECK(mirror_value(mirror, "composition_time").find("ring-closure half-lives, when 99 %") !=
          std::string::npos);
    chem::EngineInput engine;
    engine.total_molar = std::stod(c0);
    engine.em_molar = 0.05;
    CHECK(r.ring_yield ==
          doctest::Approx(chem::run_cyclization_engine(engine).value().ring_yield).epsilon(1e-6));
    CHECK(view.closed_form_ring_yield > r.ring_yield);
    CHECK_FALSE(view.curve_pending);
    REQUIRE(view.curve.x.size() == 32);
    REQUIRE(view.concentration_for_target);
  }
}

TEST_CASE("cyclization view: the curve is built a few runs per call and the answer does not change") {
  static_assert(app::kCyclizationCurveRunsPerFrame > 0);
  app::CyclizationInputs in;
  app::CyclizationCache spread, whole;
  app::CyclizationView view;
  int calls = 0;
  do {
    view = app::evaluate_cyclization(in, nullptr, spread, app::kCyclizationCurveRunsPerFrame);
    ++calls;
  } while (view.curve_pending && calls < 100);
  CHECK(calls == (32 + app::kCyclizationCurveRunsPerFrame - 1) / app::kCyclizationCurveRunsPerFrame);
  const auto all = app::evaluate_cyclization(in, nullptr, whole);
  CHECK(view.curve.ring == all.curve.ring);
  REQUIRE(view.concentration_for_target);
  CHECK(*view.concentration_for_target == doctest::Approx(*all.concentration_for_target).epsilon(1e-9));
}

TEST_CASE(
    "cyclization view: a slider drag (new conditions every call) spends no runs on curves it discards") {
  app::CyclizationInputs in;
  app::CyclizationCache cache;
  app::CyclizationView view = app::evaluate_cyclization(in, nullptr, cache);  // a finished curve
  const std::vector<double> finished_x = view.curve.x;
  for (int step = 1; step <= 10; ++step) {
    in.em_molar.set(std::to_string(0.05 + 0.01 * step));
    // Each event of the drag is followed by frames of its own, while the slider moves.
    for (int frame = 1; frame <= 3; ++frame) {
      view = app::evaluate_cyclization(in, nullptr, cache, app::kCyclizationCurveDeferred);
      REQUIRE(view.valid);
      CHECK(view.curve_pending);
      CHECK(cache.building.x.empty());    // no point of a curve that the next step replaces
      CHECK(view.curve.x == finished_x);  // the last finished curve stays drawn meanwhile
    }
  }
  // The slider rests: the next call starts the runs.
  view = app::evaluate_cyclization(in, nullptr, cache, app::kCyclizationCurveRunsPerFrame);
  CHECK(cache.building.x.size() == size_t(app::kCyclizationCurveRunsPerFrame));
}

TEST_CASE("cyclization view: steady-state figures only where a steady state forms") {
  app::CyclizationInputs in;
  in.mode = app::CyclizationMode::syringe_pump;
  app::CyclizationCache cache;
  auto view = app::evaluate_cyclization(in, nullptr, cache);  // k_intra 1e-5 /s, 8 h: k t = 0.29
  REQUIRE(view.valid);
  auto mirror = app::cyclization_report(in, view);
  // k_intra·t_add = 1e-5 /s × 8 h = 0.288: far from the few lifetimes a steady state needs.
  CHECK(mirror_value(mirror, "steady_state") ==
        "not reached during the feed (the feed is too short: k_intra·t_add = 0.288; at a fixed volume the "
        "precursor concentration settles (within 5 % over the last 80 % of the feed) only after about 12–15 "
        "ring-closure lifetimes)");
  CHECK(mirror_value(mirror, "peak_precursor").find(" mol/L, ") != std::string::npos);
  CHECK(mirror_value(mirror, "steady_state_molar").empty());
  REQUIRE(view.ring_yield_k_low);
  REQUIRE(view.ring_yield_k_high);
  CHECK(*view.ring_yield_k_low < view.ring_yield());
  CHECK(*view.ring_yield_k_high > view.ring_yield());
  CHECK_FALSE(view.course_h.empty());
  in.k_intra_per_s.set("1e-3");
  view = app::evaluate_cyclization(in, nullptr, cache);
  mirror = app::cyclization_report(in, view);
  CHECK(mirror_value(mirror, "steady_state").empty());
  CHECK_FALSE(mirror_value(mirror, "steady_state_molar").empty());
  in.start_volume_ml.set("10");  // growing volume
  view = app::evaluate_cyclization(in, nullptr, cache);
  CHECK_FALSE(view.result.steady_state);
  in.start_volume_ml.set("200");
  view = app::evaluate_cyclization(in, nullptr, cache);
  REQUIRE(view.error);
  CHECK(view.error->field == "start_volume_ml");
}

TEST_CASE("k_intra entry switches between rate and half-life, carrying the value") {
  app::CyclizationInputs in;
  in.mode = app::CyclizationMode::syringe_pump;
  app::CyclizationCache cache;
  const double rate_answer = app::evaluate_cyclization(in, nullptr, cache).ring_yield();
  app::set_k_intra_entry(in, app::KIntraEntry::half_life);
  CHECK(in.half_life_h.str() == "19.3");
  app::CyclizationCache other;
  CHECK(app::evaluate_cyclization(in, nullptr, other).ring_yield() ==
        doctest::Approx(rate_answer).epsilon(2e-3));
  in.half_life_h.set("0");
  auto view = app::evaluate_cyclization(in, nullptr, other);
  REQUIRE(view.error);
  CHECK(view.error->field == "half_life_h");
}

TEST_CASE("the large-ring EM sets the oligomer ring EMs and is checked") {
  app::CyclizationInputs in;
  app::CyclizationCache cache;
  const auto base = app::evaluate_cyclization(in, nullptr, cache);
  in.large_ring_em_molar.set("0.1");
  const auto easy = app::evaluate_cyclization(in, nullptr, cache);
  CHECK(easy.result.em_by_size[1] == doctest::Approx(0.1));
  CHECK(easy.result.at_completion.cyclic_oligomers > base.result.at_completion.cyclic_oligomers);
  in.large_ring_em_molar.set("-1");
  const auto bad = app::evaluate_cyclization(in, nullptr, cache);
  REQUIRE(bad.error);
  CHECK(bad.error->field == "large_ring_em");
}

TEST_CASE("a stale view never asks for more frames") {
  app::CyclizationInputs in;
  app::CyclizationCache cache;
  const auto pending = app::evaluate_cyclization(in, nullptr, cache, 1);
  REQUIRE(pending.valid);
  REQUIRE(pending.curve_pending);
  in.c0_molar.set("abc");
  const auto stale = app::evaluate_cyclization(in, &pending, cache, 1);
  CHECK(stale.stale);
  CHECK_FALSE(stale.curve_pending);
}

TEST_CASE("a refused input marks every result of the report stale, in batch and with the syringe pump") {
  for (const auto mode : {app::CyclizationMode::batch, app::CyclizationMode::syringe_pump}) {
    app::CyclizationInputs in;
    in.mode = mode;
    app::CyclizationCache cache;
    const auto valid = app::evaluate_cyclization(in, nullptr, cache);
    REQUIRE(valid.valid);
    in.em_molar.set("0");  // refused in both modes
    const auto stale = app::evaluate_cyclization(in, &valid, cache);
    REQUIRE(stale.stale);
    int results = 0;
    for (const auto& entry : app::cyclization_report(in, stale)) {
      if (entry.kind != app::ReportKind::result) continue;
      ++results;
      CHECK_MESSAGE(entry.stale, entry.key);
    }
    CHECK(results > 10);
  }
}

TEST_CASE("the bench plan: solvent, syringe load, feed rate and stirring time from the shown conditions") {
  app::CyclizationInputs in;
  in.mode = app::CyclizationMode::syringe_pump;
  in.amount_mmol.set("6");
  in.final_volume_ml.set("250");
  in.start_volume_ml.set("50");  // 200 mL of feed
  in.addition_h.set("10");
  app::CyclizationCache cache;
  const auto view = app::evaluate_cyclization(in, nullptr, cache);
  REQUIRE(view.valid);
  const auto plan = app::cyclization_plan(view);
  REQUIRE(plan.size() == 4);
  CHECK(plan[0].title == "Put 50.0 mL of solvent in the flask");
  // 6 mmol in the 200 mL of feed: 0.03 mol/L in the syringe.
  CHECK(plan[1].title ==
        "Dissolve 6.00 mmol of precursor and make up to 200 mL (0.0300 mol/L); load the syringe");
  CHECK(plan[1].detail.find("ammonium salt") != std::string::npos);  // never a reacting feed
  CHECK(plan[2].title == "Add it over 10.0 h: 20.0 mL/h (0.600 mmol/h)");
  // 10 h is shorter than the 19.3 h half-life at k_intra 1e-5 /s: the feed gains little, and says so.
  CHECK(plan[2].detail.find("shorter than the ring-closure half-life (19.3 h)") != std::string::npos);
  CHECK(plan[3].title == "Stir on until 99 % of the precursor has reacted: " +
                             app::format_sig(view.result.completion_hours) + " h after the feed began (" +
                             app::format_sig(view.result.completion_hours - 10) + " h after it ends)");
  CHECK(view.result.completion_hours > 10);  // the feed itself takes 10 h
  // Every step is in the report, in order, and stale with it.
  const auto report = app::cyclization_report(in, view);
  CHECK(mirror_value(report, "step3") == plan[2].title);

  in.mode = app::CyclizationMode::batch;
  in.c0_molar.set("0.02");
  const auto batch = app::evaluate_cyclization(in, nullptr, cache);
  REQUIRE(batch.valid);
  const auto batch_plan = app::cyclization_plan(batch);
  REQUIRE(batch_plan.size() == 2);
  CHECK(batch_plan[0].title ==
        "Make up the solution at 0.0200 mol/L: 50.0 mL of solution per mmol, all at once");
  CHECK(batch_plan[1].title.find(" ring-closure half-lives (k_intra·t = ") != std::string::npos);
}

TEST_CASE("no steady state: a short feed, a growing volume, or a nearly full flask close to steady") {
  app::CyclizationInputs in;
  in.mode = app::CyclizationMode::syringe_pump;
  in.amount_mmol.set("6");
  in.final_volume_ml.set("250");
  app::CyclizationCache cache;
  const auto reason = [&](const char* start_ml, const char* hours) {
    in.start_volume_ml.set(start_ml);
    in.addition_h.set(hours);
    const auto view = app::evaluate_cyclization(in, nullptr, cache);
    REQUIRE(view.valid);
    return mirror_value(app::cyclization_report(in, view), "steady_state");
  };
  // 50 -> 250 mL over 10 h at k_intra 1e-5 /s: k_intra·t_add 0.36, the feed is the reason first.
  CHECK(reason("50", "10").find("the feed is too short: k_intra·t_add = 0.36") != std::string::npos);
  CHECK(reason("50", "10").find("the volume also grows") != std::string::npos);
  // 249 -> 250 mL over 1000 h (k_intra·t_add 36): flat to well under 5 %, said to be close to steady.
  CHECK(reason("249", "1000").find("close to steady") != std::string::npos);
  // 25 -> 250 mL over 1000 h: the volume grows tenfold and dilutes the precursor.
  CHECK(reason("25", "1000").find("so the precursor concentration falls with it") != std::string::npos);
  // The bench plan: no addition up to the searched limit reaches 90 % in a small final volume.
  in.final_volume_ml.set("25");
  in.start_volume_ml.set("5");
  in.addition_h.set("5");
  const auto small = app::evaluate_cyclization(in, nullptr, cache);
  REQUIRE(small.valid);
  REQUIRE_FALSE(small.addition_for_target);
  const auto plan = app::cyclization_plan(small);
  CHECK(plan[2].detail.find("is enough at this final volume: use a larger final volume") !=
        std::string::npos);
}
