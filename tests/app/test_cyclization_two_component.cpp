// The Cyclization tool with two components (diamine + dihalide): the view is
// the engine's two-component mode, and "Which way to add it" gives each
// strategy's ring yield as the engine does (the CLI's "strategies") and the
// shortest addition on its scan that reaches the target.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "app/cyclization_state.hpp"
#include "app/fit_state.hpp"
#include "app/state_codec.hpp"
#include "chem/cyclization_engine.hpp"
#include "mirror_value.hpp"

namespace {

// The figures: 0.05 M of each component, EM 0.05 M, k_intra 1e-3 s⁻¹, 8 h.
app::CyclizationInputs seed_protocol() {
  app::CyclizationInputs in;
  in.components = app::Components::two;
  in.mode = app::CyclizationMode::syringe_pump;
  in.em_molar.set("0.05");
  in.amount_mmol.set("5");
  in.final_volume_ml.set("100");
  in.start_volume_ml.set("100");
  in.k_intra_per_s.set("1e-3");
  in.addition_h.set("8");
  return in;
}

double engine_yield(chem::Feed feed, double hours) {
  chem::EngineInput input;
  input.two_component = true;
  input.total_molar = 0.05;
  input.em_molar = 0.05;
  input.k_intra_per_s = 1e-3;
  input.addition_hours = hours;
  input.feed = feed;
  return chem::run_cyclization_engine(input).value().ring_yield;
}

}  // namespace

TEST_CASE("two components: the view is the engine's two-component run, and the split sums to 1") {
  app::CyclizationInputs in = seed_protocol();
  app::CyclizationCache cache;
  const auto view = app::evaluate_cyclization(in, nullptr, cache);
  REQUIRE(view.valid);
  CHECK(view.two_component);
  CHECK(view.ring_yield() ==
        doctest::Approx(engine_yield(chem::Feed::dihalide_into_diamine, 8)).epsilon(1e-9));
  CHECK(std::fabs(view.result.at_completion.total() - 1) < 1e-9);
  // The course carries the dihalide and the adduct.
  REQUIRE(view.course_dihalide.size() == view.course_h.size());
  CHECK(view.course_dihalide.front() == doctest::Approx(0));
}

TEST_CASE("which way to add it: each strategy's ring yield is the engine's") {
  app::CyclizationInputs in = seed_protocol();
  app::CyclizationCache cache;
  const auto view = app::evaluate_cyclization(in, nullptr, cache);
  const auto& c = view.comparison;
  REQUIRE(c.shown);
  REQUIRE(c.fed);
  CHECK_FALSE(c.pending);
  const chem::Feed feeds[] = {chem::Feed::dihalide_into_diamine, chem::Feed::diamine_into_dihalide,
                              chem::Feed::both, chem::Feed::preformed_ab};
  CHECK(*c.results[0].ring_yield ==
        doctest::Approx(engine_yield(chem::Feed::dihalide_into_diamine, 0)).epsilon(1e-4));
  for (int s = 1; s < app::kStrategyCount; ++s) {
    CAPTURE(s);
    CHECK(*c.results[s].ring_yield == doctest::Approx(engine_yield(feeds[s - 1], 8)).epsilon(1e-4));
  }
  // The independent figures: 0.25, 0.29, 0.50, 0.93.
  CHECK(*c.results[0].ring_yield == doctest::Approx(0.25).epsilon(0.03));
  CHECK(*c.results[1].ring_yield == doctest::Approx(0.29).epsilon(0.03));
  CHECK(*c.results[3].ring_yield == doctest::Approx(0.50).epsilon(0.03));
  CHECK(*c.results[4].ring_yield == doctest::Approx(0.93).epsilon(0.03));
  CHECK(c.winner == int(app::Strategy::both));
  CHECK(app::strategy_winner_text(c).find("both scarce") != std::string::npos);
}

TEST_CASE("which way to add it: a found addition time reaches the target, and a little less does not") {
  app::CyclizationInputs in = seed_protocol();
  in.target_yield_pct.set("60");
  app::CyclizationCache cache;
  const auto view = app::evaluate_cyclization(in, nullptr, cache);
  const auto& both = view.comparison.results[int(app::Strategy::both)];
  REQUIRE(both.target == app::TargetTime::found);
  CHECK(engine_yield(chem::Feed::both, both.target_hours * 1.01) >= 0.6 - 1e-4);
  CHECK(engine_yield(chem::Feed::both, both.target_hours * 0.97) < 0.6);
  // The one-sided feed cannot reach 60 % on the scanned range.
  CHECK(view.comparison.results[int(app::Strategy::dihalide_into_diamine)].target == app::TargetTime::none);
  CHECK(app::strategy_target_text(view.comparison, 1).find("none up to") != std::string::npos);
}

TEST_CASE("which way to add it: spread over frames, it ends with the same answer") {
  app::CyclizationInputs in = seed_protocol();
  app::CyclizationCache whole, spread;
  const auto all = app::evaluate_cyclization(in, nullptr, whole);
  app::forget_finished_comparisons();  // or the spread one would start from the finished answer
  app::CyclizationView view;
  int frames = 0;
  do {
    view = app::evaluate_cyclization(in, nullptr, spread, app::kCyclizationCurveRunsPerFrame);
    ++frames;
  } while (view.work_pending() && frames < 1000);
  CHECK(frames < 200);
  CHECK(frames > 10);  // it was spread, not remembered
  for (int s = 0; s < app::kStrategyCount; ++s) {
    CHECK(*view.comparison.results[s].ring_yield == doctest::Approx(*all.comparison.results[s].ring_yield));
    CHECK(view.comparison.results[s].target == all.comparison.results[s].target);
  }
}

TEST_CASE("two components: the dihalide equivalents are checked at the field") {
  app::CyclizationInputs in = seed_protocol();
  app::CyclizationCache cache;
  for (const char* bad : {"0.3", "2.5", "-1", "abc"}) {
    CAPTURE(bad);
    in.dihalide_equiv.set(bad);
    const auto view = app::evaluate_cyclization(in, nullptr, cache);
    REQUIRE(view.error);
    CHECK(view.error->field == "dihalide_equiv");
  }
}

TEST_CASE("links: without the key, one precursor; the choice, the equivalents and the feed round-trip") {
  app::AppState old_link;
  app::decode_state(old_link, "tool=cyclization&cyclization.c0=0.05");
  CHECK(old_link.cyclization.components == app::Components::one_precursor);
  app::AppState state;
  state.cyclization = seed_protocol();
  state.cyclization.dihalide_equiv.set("1.2");
  state.cyclization.feed = chem::Feed::both;
  const std::string query = app::encode_state(state);
  CHECK(query.find("cyclization.two_component=1") != std::string::npos);
  app::AppState back;
  app::decode_state(back, query);
  CHECK(back.cyclization.components == app::Components::two);
  CHECK(back.cyclization.feed == chem::Feed::both);
  CHECK(back.cyclization.dihalide_equiv.str() == "1.2");
}

TEST_CASE("from my results, two components: batch runs of the seed's reaction fit a true EM") {
  app::CyclizationInputs in;
  in.components = app::Components::two;
  const double c0s[] = {0.01, 0.05};
  for (int row = 0; row < 2; ++row) {
    chem::EngineInput input;
    input.two_component = true;
    input.total_molar = c0s[row];
    input.em_molar = 0.05;
    const double yield = chem::run_cyclization_engine(input).value().ring_yield;
    in.fit.batch[row].c0_molar.set(std::to_string(c0s[row]));
    in.fit.batch[row].value.set(std::to_string(100 * yield));
  }
  app::FitCache cache;
  const auto two = app::evaluate_em_fit(in, cache);
  REQUIRE(two.fit);
  REQUIRE(two.fit->value);
  CHECK(*two.fit->value == doctest::Approx(0.05).epsilon(0.01));
  // The same runs read as one precursor: an effective EM, biased low.
  in.components = app::Components::one_precursor;
  const auto one = app::evaluate_em_fit(in, cache);
  REQUIRE(one.fit);
  REQUIRE(one.fit->value);
  CHECK(*one.fit->value < 0.025);
}

namespace {

std::string whole_plan(const app::CyclizationView& view) {
  std::string text;
  for (const auto& step : app::cyclization_plan(view)) text += step.title + "\n" + step.detail + "\n";
  return text;
}

bool has(const std::string& text, const char* part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE(
    "two-component plans: the base, the disodium salt's making, one syringe for the sulfonamide, "
    "the hazards") {
  app::CyclizationInputs in = seed_protocol();
  app::CyclizationCache cache;
  // The seed's protocol: the diamine in the flask, which may be its isolated disodium salt (never NaH/DMF).
  std::string plan = whole_plan(app::evaluate_cyclization(in, nullptr, cache));
  CHECK(has(plan, "NaOEt in ethanol"));
  CHECK(has(plan, "not with NaH in DMF"));
  CHECK(has(plan, "alkylating agent"));
  CHECK(has(plan, "never a sealed flask"));
  CHECK(has(plan, "below 1 %"));
  // Fed the other way, the diamine is in the syringe: no salt offered for the flask.
  in.feed = chem::Feed::diamine_into_dihalide;
  plan = whole_plan(app::evaluate_cyclization(in, nullptr, cache));
  CHECK_FALSE(has(plan, "disodium"));
  // Both together: the syringes keep the ratio at any excess, and the sulfonamide may share one.
  in.feed = chem::Feed::both;
  in.dihalide_equiv.set("1.2");
  plan = whole_plan(app::evaluate_cyclization(in, nullptr, cache));
  CHECK(has(plan, "same mL/h"));
  CHECK(has(plan, "(1.20 : 1)"));
  CHECK(has(plan, "share one syringe"));
  CHECK_FALSE(has(plan, "equal molar rates"));
  // A target that needs days of feed says so.
  in.dihalide_equiv.set("1");
  in.target_yield_pct.set("90");
  const auto slow = app::evaluate_cyclization(in, nullptr, cache);
  REQUIRE(slow.addition_for_target);
  CHECK(*slow.addition_for_target > 72);
  CHECK(has(whole_plan(slow), "more than three days"));
}

TEST_CASE(
    "two components fed: no one-precursor steady state or peak in the report, the end of the feed "
    "named for what it is") {
  app::CyclizationInputs in = seed_protocol();
  app::CyclizationCache cache;
  const auto view = app::evaluate_cyclization(in, nullptr, cache);
  const auto entries = app::cyclization_report(in, view);
  bool end_of_feed = false;
  for (const auto& entry : entries) {
    CHECK(entry.label.find("Steady state") == std::string::npos);
    CHECK(entry.label.find("at most") == std::string::npos);
    if (entry.label == "Diamine and open adduct in the flask when the feed stops") end_of_feed = true;
  }
  CHECK(end_of_feed);
}

TEST_CASE("which way to add it: conditions seen before come back finished, in one frame") {
  app::forget_finished_comparisons();
  app::CyclizationInputs in = seed_protocol();
  app::CyclizationCache first, again;
  const auto all = app::evaluate_cyclization(in, nullptr, first);
  REQUIRE_FALSE(all.comparison.pending);
  const auto view = app::evaluate_cyclization(in, nullptr, again, app::kCyclizationCurveRunsPerFrame);
  CHECK_FALSE(view.comparison.pending);
  for (int s = 0; s < app::kStrategyCount; ++s) {
    CHECK(*view.comparison.results[s].ring_yield == *all.comparison.results[s].ring_yield);
    CHECK(view.comparison.results[s].target == all.comparison.results[s].target);
    CHECK(view.comparison.results[s].target_hours == all.comparison.results[s].target_hours);
  }
  // Other conditions are computed afresh.
  in.addition_h.set("9");
  CHECK(app::evaluate_cyclization(in, nullptr, again, app::kCyclizationCurveRunsPerFrame).comparison.pending);
}

TEST_CASE("two components: a moving slider gets the curve-accuracy point, the k_intra variants wait") {
  app::CyclizationInputs in = seed_protocol();
  app::CyclizationCache cache;
  const auto precise = app::evaluate_cyclization(in, nullptr, cache, 0);
  REQUIRE(precise.valid);
  const double k_low = precise.ring_yield_k_low.value();
  in.addition_h.set("9");
  const auto moving = app::evaluate_cyclization(in, nullptr, cache, app::kCyclizationCurveDeferred);
  REQUIRE(moving.valid);
  CHECK(moving.k_variants_pending);
  CHECK(moving.work_pending());  // so a frame follows once the slider rests
  CHECK(mirror_value(app::cyclization_report(in, moving), "ring_yield_k_low") == "computing…");
  const double exact = engine_yield(chem::Feed::dihalide_into_diamine, 9);
  CHECK(moving.ring_yield() == doctest::Approx(exact).epsilon(1e-3));
  // At rest: the precise run, and the variants at the new addition time.
  const auto rested = app::evaluate_cyclization(in, nullptr, cache, 0);
  CHECK_FALSE(rested.k_variants_pending);
  CHECK(rested.ring_yield() == doctest::Approx(exact).epsilon(1e-9));
  CHECK(rested.ring_yield_k_low.value() != doctest::Approx(k_low).epsilon(1e-6));
}

TEST_CASE("two components: C0 and the amount are named for the diamine, one precursor's for the precursor") {
  const auto label_of = [](const app::CyclizationInputs& in, const std::string& key) {
    app::CyclizationCache cache;
    for (const auto& e : app::cyclization_report(in, app::evaluate_cyclization(in, nullptr, cache, 0)))
      if (e.key == key) return e.label;
    return std::string();
  };
  app::CyclizationInputs in = seed_protocol();
  CHECK(label_of(in, "input.amount_mmol") == "Diamine, total amount (mmol)");
  in.mode = app::CyclizationMode::batch;
  CHECK(label_of(in, "input.c0") == "Diamine concentration C0 (mol/L)");
  in.components = app::Components::one_precursor;
  CHECK(label_of(in, "input.c0") == "Precursor concentration C0 (mol/L)");
}
