#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "app/fit_state.hpp"
#include "app/format.hpp"
#include "chem/cyclization_engine.hpp"
#include "mirror_value.hpp"

namespace {

double engine_yield(double c0, double em) {
  chem::EngineInput in;
  in.total_molar = c0;
  in.em_molar = em;
  return chem::run_cyclization_engine(in).value().ring_yield;
}

std::string pct_text(double fraction) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.4f", fraction * 100);
  return buffer;
}

}  // namespace

TEST_CASE("EM from two batch runs: the engine's EM back, written into the tool's EM field") {
  app::CyclizationInputs in;
  in.fit.batch[0].c0_molar.set("0.05");
  in.fit.batch[0].value.set(pct_text(engine_yield(0.05, 0.02)));
  in.fit.batch[1].c0_molar.set("0.1");
  in.fit.batch[1].value.set(pct_text(engine_yield(0.1, 0.02)));
  app::FitCache cache;
  const auto view = app::evaluate_em_fit(in, cache);
  REQUIRE(view.fit);
  CHECK(view.errors.empty());
  CHECK(view.fit->determined);
  CHECK(view.fit->consistent);
  CHECK(*view.fit->value == doctest::Approx(0.02).epsilon(1e-4));
  CHECK(view.value_text == "0.02");
  CHECK_FALSE(view.in_use);
  const auto mirror = app::em_fit_report(in, view, app::CyclizationView{});
  CHECK(mirror_value(mirror, "fit.em") == "0.0200 mol/L");
  CHECK(mirror_value(mirror, "fit.em_verdict") == "Determined: one EM explains all 2 runs within ±3 %");
  const app::ReportEntry* run = app::find_entry(mirror, "fit.run_1");
  REQUIRE(run);
  CHECK(run->label == "Run 1 at 0.0500 mol/L");
  CHECK(run->value.rfind("measured ", 0) == 0);
  CHECK(mirror_value(mirror, "fit.em_use") == "Available");
  // A clean fit: its verdict reads as good news, and needs no note under it.
  CHECK(app::find_entry(mirror, "fit.em_verdict")->level == chem::WarningLevel::note);
  CHECK_FALSE(app::find_entry(mirror, "fit.em_message"));

  CHECK(app::use_fitted_em(in, view));
  CHECK(in.em_molar.str() == "0.02");
  CHECK(app::evaluate_em_fit(in, cache).in_use);
  // The same inputs: no second fit.
  CHECK(cache.fits_run == 1);
}

TEST_CASE("EM fit: a ratio, a yield of 100 % (a lower bound only), runs that disagree") {
  app::CyclizationInputs in;
  app::FitCache cache;
  in.fit.batch_runs = 1;
  in.fit.batch[0].c0_molar.set("0.05");
  in.fit.batch[0].measure = app::RingMeasure::ratio;
  in.fit.batch[0].value.set("1:1");  // 50 % ring
  auto view = app::evaluate_em_fit(in, cache);
  REQUIRE(view.fit);
  REQUIRE(view.points.size() == 1);
  CHECK(view.points[0].ring_yield == doctest::Approx(0.5));
  in.fit.batch[0].value.set("1");  // the same as 1 : 1
  CHECK(app::evaluate_em_fit(in, cache).value_text == view.value_text);

  in.fit.batch[0].measure = app::RingMeasure::yield_pct;
  in.fit.batch[0].value.set("100");
  view = app::evaluate_em_fit(in, cache);
  REQUIRE(view.fit);
  CHECK_FALSE(view.fit->determined);
  CHECK(view.value_text.empty());
  const auto mirror = app::em_fit_report(in, view, app::CyclizationView{});
  CHECK(mirror_value(mirror, "fit.em") == "not determined");
  CHECK(mirror_value(mirror, "fit.em_verdict").rfind("Only a lower bound: EM ≥ ", 0) == 0);
  CHECK(mirror_value(mirror, "fit.em_use").rfind("Not available", 0) == 0);
  // Only a bound: a caution, with the model's words on what would pin it down.
  CHECK(app::find_entry(mirror, "fit.em_verdict")->level == chem::WarningLevel::caution);
  CHECK_FALSE(mirror_value(mirror, "fit.em_message").empty());
  const std::string em_before = in.em_molar.str();
  CHECK_FALSE(app::use_fitted_em(in, view));
  CHECK(in.em_molar.str() == em_before);

  // 90 % at 0.5 M and 10 % at 0.01 M: the dilute run should do better.
  in.fit.batch_runs = 2;
  in.fit.batch[0].value.set("90");
  in.fit.batch[0].c0_molar.set("0.5");
  in.fit.batch[1].c0_molar.set("0.01");
  in.fit.batch[1].value.set("10");
  view = app::evaluate_em_fit(in, cache);
  REQUIRE(view.fit);
  CHECK_FALSE(view.fit->consistent);
  CHECK(mirror_value(app::em_fit_report(in, view, app::CyclizationView{}), "fit.em_verdict")
            .rfind("Inconsistent", 0) == 0);
}

TEST_CASE("EM fit: a malformed entry is named at its field, kept, and the last fit stays (stale)") {
  app::CyclizationInputs in;
  app::FitCache cache;
  in.fit.batch[0].c0_molar.set("0.05");
  in.fit.batch[0].value.set("47.7");
  const auto good = app::evaluate_em_fit(in, cache);
  REQUIRE(good.fit);
  in.fit.batch[1].c0_molar.set("0.1");
  in.fit.batch[1].value.set("abc");
  const auto bad = app::evaluate_em_fit(in, cache);
  REQUIRE(bad.errors.at("fit_value_2"));
  CHECK(bad.errors.at("fit_value_2")->message == "\"abc\" is not a number; enter the Ring yield in %");
  CHECK(in.fit.batch[1].value.str() == "abc");
  CHECK(bad.stale);
  REQUIRE(bad.fit);
  CHECK(bad.value_text == good.value_text);
  CHECK_FALSE(app::use_fitted_em(in, bad));
  const auto mirror = app::em_fit_report(in, bad, app::CyclizationView{});
  CHECK(mirror_value(mirror, "fit.error.fit_value_2") == bad.errors.at("fit_value_2")->message);
  CHECK(mirror_value(mirror, "input.fit.value_2") == "abc");
  // Half a row: the missing half is asked for.
  in.fit.batch[1].value.set("");
  CHECK(app::evaluate_em_fit(in, cache).errors.at("fit_value_2"));
  in.fit.batch[1].c0_molar.set("");
  CHECK(app::evaluate_em_fit(in, cache).errors.empty());
  in.fit.error_pct.set("0");
  CHECK(app::evaluate_em_fit(in, cache).errors.at("fit_error"));
}

TEST_CASE("EM fit: the fit waits while a slider is held, and uses the tool's ring size") {
  app::CyclizationInputs in;
  app::FitCache cache;
  in.fit.batch[0].c0_molar.set("0.05");
  in.fit.batch[0].value.set("47.7");
  const auto first = app::evaluate_em_fit(in, cache);
  in.large_ring_em_molar.set("0.1");
  const auto held = app::evaluate_em_fit(in, cache, true);
  CHECK(held.held);
  CHECK(cache.fits_run == 1);
  const auto released = app::evaluate_em_fit(in, cache, false);
  CHECK_FALSE(released.held);
  CHECK(cache.fits_run == 2);
  // Chains that close to larger rings no longer take precursor away: a
  // smaller EM gives the same ring yield.
  CHECK(*released.fit->value < *first.fit->value);
  in.large_ring_em_molar.set("x");
  CHECK(app::evaluate_em_fit(in, cache).blocked);
}

TEST_CASE("rows: add, remove, and what counts as entered") {
  app::CyclizationFitInputs fit;
  CHECK_FALSE(app::has_fit_data(fit));
  fit.batch[2].c0_molar.set("old");  // a hidden row
  CHECK_FALSE(app::has_fit_data(fit));
  CHECK(app::add_batch_run(fit));
  CHECK(fit.batch_runs == 3);
  CHECK(fit.batch[2].c0_molar.str().empty());
  fit.batch[0].c0_molar.set("a");
  fit.batch[1].c0_molar.set("b");
  fit.batch[2].c0_molar.set("c");
  CHECK(app::has_fit_data(fit));
  app::remove_batch_run(fit, 0);
  CHECK(fit.batch_runs == 2);
  CHECK(fit.batch[0].c0_molar.str() == "b");
  CHECK(fit.batch[1].c0_molar.str() == "c");
  app::remove_batch_run(fit, 1);
  app::remove_batch_run(fit, 0);
  CHECK(fit.batch_runs == 1);
  CHECK(fit.batch[0].c0_molar.str().empty());
  while (app::add_batch_run(fit)) {
  }
  CHECK(fit.batch_runs == app::kMaxBatchRuns);
}

TEST_CASE("k_intra from a syringe-pump run at the tool's EM, and the addition time for the target") {
  app::CyclizationInputs in;  // EM 0.05 M, target 90 %
  app::FitCache cache;
  chem::EngineInput run;
  run.total_molar = 0.05;
  run.em_molar = 0.05;
  run.k_intra_per_s = 2e-5;
  run.addition_hours = 8;
  in.fit.pump_total_molar.set("0.05");
  in.fit.pump_addition_h.set("8");
  in.fit.pump_yield_pct.set(pct_text(chem::run_cyclization_engine(run).value().ring_yield));
  auto view = app::evaluate_k_intra_fit(in, cache);
  REQUIRE(view.fit);
  REQUIRE(view.fit->value);
  CHECK(*view.fit->value == doctest::Approx(2e-5).epsilon(1e-3));
  REQUIRE(view.advice);
  REQUIRE(view.advice->kind == chem::AdviceKind::time);
  CHECK(view.advice->advice->addition_hours > 8);
  const auto mirror = app::k_intra_fit_report(in, view, app::CyclizationView{});
  CHECK(mirror_value(mirror, "fit.k_intra") == "2.00×10⁻⁵ 1/s");
  CHECK(mirror_value(mirror, "fit.half_life_h") == "9.63 h");
  CHECK(mirror_value(mirror, "fit.addition_h").find(" h") != std::string::npos);
  // Written into whichever k_intra field the tool shows.
  CHECK(app::use_fitted_k_intra(in, view));
  CHECK(in.k_intra_per_s.str() == "2e-05");
  CHECK(app::evaluate_k_intra_fit(in, cache).in_use);
  app::set_k_intra_entry(in, app::KIntraEntry::half_life);
  CHECK(app::use_fitted_k_intra(in, view));
  CHECK(in.half_life_h.str() == "9.63");
  // The fit is at the tool's EM: a new EM refits.
  in.em_molar.set("0.1");
  view = app::evaluate_k_intra_fit(in, cache);
  CHECK(cache.fits_run == 2);
  in.em_molar.set("-1");
  CHECK(app::evaluate_k_intra_fit(in, cache).blocked);
}

TEST_CASE("κ from a composition: 25/50/25 at 1 equiv is the statistical 0.5, areas with response factors") {
  app::AlkylationInputs in;
  app::FitCache cache;
  in.fit.sm.set("25");
  in.fit.mono.set("50");
  in.fit.bis.set("25");
  auto view = app::evaluate_kappa_fit(in, cache);
  REQUIRE(view.fit);
  REQUIRE(view.fit->value);
  CHECK(*view.fit->value == doctest::Approx(0.5).epsilon(1e-3));
  auto mirror = app::kappa_fit_report(in, view);
  CHECK(mirror_value(mirror, "fit.kappa") == "0.500");
  CHECK(mirror_value(mirror, "fit.conversion") == "100 %");
  CHECK(mirror_value(mirror, "fit.electrophile_balance") ==
        "The products account for the 1.00 equiv charged: the electrophile was used up.");
  CHECK(app::use_fitted_kappa(in, view));
  CHECK(in.kappa.str() == "0.5");
  // Half the electrophile unused: the same κ, a conversion of 50 %.
  in.fit.equivalents.set("2");
  view = app::evaluate_kappa_fit(in, cache);
  mirror = app::kappa_fit_report(in, view);
  CHECK(mirror_value(mirror, "fit.conversion") == "50.0 %");
  CHECK(mirror_value(mirror, "fit.electrophile_balance")
            .rfind("The products account for 1.00 equiv of the 2.00 charged: 50.0 % conversion", 0) == 0);
  // LC areas: mono absorbs twice as strongly.
  in.fit.equivalents.set("1");
  in.fit.unit = app::CompositionUnit::areas;
  in.fit.mono.set("100");
  in.fit.rf_mono.set("2");
  view = app::evaluate_kappa_fit(in, cache);
  CHECK(*view.fit->value == doctest::Approx(0.5).epsilon(1e-3));
  in.fit.rf_bis.set("abc");
  view = app::evaluate_kappa_fit(in, cache);
  CHECK(view.errors.at("fit_rf_bis"));
  CHECK(view.stale);
  // mol %: a sum off 100 is normalised, and said so.
  in.fit.unit = app::CompositionUnit::mol_pct;
  in.fit.mono.set("48");
  view = app::evaluate_kappa_fit(in, cache);
  CHECK(mirror_value(app::kappa_fit_report(in, view), "fit.normalised") ==
        "the three summed to 98.0 %, scaled to 100 %");
}

TEST_CASE("a fitted EM or k_intra used beyond the runs it came from is said to be an extrapolation") {
  app::CyclizationInputs in;
  app::FitCache cache;
  app::CyclizationCache tool_cache;
  in.fit.batch[0].c0_molar.set("0.05");
  in.fit.batch[0].value.set("47.7");
  in.fit.batch[1].c0_molar.set("0.1");
  in.fit.batch[1].value.set("31.1");
  const auto em = app::evaluate_em_fit(in, cache);
  REQUIRE(app::use_fitted_em(in, em));
  in.c0_molar.set("0.08");  // between the runs
  auto tool = app::evaluate_cyclization(in, nullptr, tool_cache);
  CHECK(app::em_extrapolation_note(in, app::evaluate_em_fit(in, cache), tool).empty());
  in.c0_molar.set("0.5");
  tool = app::evaluate_cyclization(in, nullptr, tool_cache);
  const std::string note = app::em_extrapolation_note(in, app::evaluate_em_fit(in, cache), tool);
  CHECK(note ==
        "C0 = 0.500 mol/L lies outside your runs (0.0500–0.100 mol/L): the ring yield there is the model's "
        "extrapolation with your EM.");
  CHECK(mirror_value(app::em_fit_report(in, app::evaluate_em_fit(in, cache), tool), "fit.em_extrapolation") ==
        note);

  // A syringe-pump run of 5 mmol in 100 mL over 8 h, used at 80 h.
  in.mode = app::CyclizationMode::syringe_pump;
  in.fit.pump_total_molar.set("0.05");
  in.fit.pump_addition_h.set("8");
  in.fit.pump_yield_pct.set("60");
  const auto k = app::evaluate_k_intra_fit(in, cache);
  REQUIRE(app::use_fitted_k_intra(in, k));
  tool = app::evaluate_cyclization(in, nullptr, tool_cache);
  CHECK(app::k_intra_extrapolation_note(in, app::evaluate_k_intra_fit(in, cache), tool).empty());
  in.addition_h.set("80");
  tool = app::evaluate_cyclization(in, nullptr, tool_cache);
  CHECK(app::k_intra_extrapolation_note(in, app::evaluate_k_intra_fit(in, cache), tool)
            .rfind("Your k_intra comes from one run (0.0500 mol/L over 8.00 h", 0) == 0);
}

TEST_CASE("EM fit: runs that barely agree are not a plain 'Determined'; inconsistent runs cannot be used") {
  app::CyclizationInputs in;
  app::FitCache cache;
  // An A2 + B2 closure at a true EM of 0.05 mol/L, fitted as AB.
  in.fit.batch_runs = 3;
  const char* c0s[] = {"0.002", "0.01", "0.05"};
  const char* yields[] = {"86.13", "56.97", "25.13"};
  for (int i = 0; i < 3; ++i) {
    in.fit.batch[i].c0_molar.set(c0s[i]);
    in.fit.batch[i].value.set(yields[i]);
  }
  auto view = app::evaluate_em_fit(in, cache);
  REQUIRE(view.fit);
  CHECK(view.fit->marginal);
  auto mirror = app::em_fit_report(in, view, app::CyclizationView{});
  CHECK(mirror_value(mirror, "fit.em_verdict") ==
        "Barely consistent: all 3 runs agree within ±3 % only at the edges of their errors");
  CHECK(mirror_value(mirror, "fit.em_message").find("A2 + B2") != std::string::npos);
  CHECK(mirror_value(mirror, "fit.em_use") == "Available");  // consistent: usable, with the warning
  CHECK(app::find_entry(mirror, "fit.em_verdict")->level == chem::WarningLevel::caution);

  // 90 % at 0.5 M and 10 % at 0.01 M: a least-squares compromise, not a fit to use.
  in.fit.batch_runs = 2;
  in.fit.batch[0].c0_molar.set("0.5");
  in.fit.batch[0].value.set("90");
  in.fit.batch[1].c0_molar.set("0.01");
  in.fit.batch[1].value.set("10");
  view = app::evaluate_em_fit(in, cache);
  REQUIRE(view.fit);
  CHECK_FALSE(view.fit->consistent);
  REQUIRE(view.fit->value);
  CHECK_FALSE(view.value_text.empty());
  mirror = app::em_fit_report(in, view, app::CyclizationView{});
  CHECK(
      mirror_value(mirror, "fit.em_verdict") ==
      "Inconsistent: no single EM reproduces all 2 runs within ±3 %; the least-squares compromise is shown");
  CHECK(mirror_value(mirror, "fit.em_use") ==
        "Not available: the data are inconsistent: the value shown is a least-squares compromise, not a fit");
  CHECK(app::find_entry(mirror, "fit.em_verdict")->level == chem::WarningLevel::danger);
  const std::string em_before = in.em_molar.str();
  CHECK_FALSE(app::use_fitted_em(in, view));
  CHECK(in.em_molar.str() == em_before);
}

TEST_CASE("κ: more electrophile in the products than charged shows the composition's own κ, not usable") {
  app::AlkylationInputs in;
  app::FitCache cache;
  in.fit.equivalents.set("0.5");
  in.fit.sm.set("20");
  in.fit.mono.set("30");
  in.fit.bis.set("50");
  const auto view = app::evaluate_kappa_fit(in, cache);
  REQUIRE(view.fit);
  CHECK(view.fit->value_kind == chem::ValueKind::composition_only);
  const auto mirror = app::kappa_fit_report(in, view);
  CHECK(mirror_value(mirror, "fit.kappa_verdict") ==
        "Inconsistent: no single κ reproduces the measurement within ±3 %; shown is the composition's own κ, "
        "which ignores the equivalents charged");
  CHECK(mirror_value(mirror, "fit.kappa_use").rfind("Not available: the data are inconsistent", 0) == 0);
  CHECK_FALSE(app::use_fitted_kappa(in, view));
}

TEST_CASE("k_intra: the range is labelled at the EM; a one-sided k_intra gives 'at least', no single time") {
  app::CyclizationInputs in;  // EM 0.05 M, target 90 %
  app::FitCache cache;
  chem::EngineInput batch;
  batch.total_molar = 0.05;
  batch.em_molar = 0.05;
  in.fit.pump_total_molar.set("0.05");
  in.fit.pump_addition_h.set("8");
  // The batch yield: k_intra only bounded above.
  in.fit.pump_yield_pct.set(pct_text(chem::run_cyclization_engine(batch).value().ring_yield));
  auto view = app::evaluate_k_intra_fit(in, cache);
  REQUIRE(view.fit);
  CHECK_FALSE(view.fit->value);
  REQUIRE(view.advice);
  CHECK(view.advice->kind == chem::AdviceKind::at_least);
  auto mirror = app::k_intra_fit_report(in, view, app::CyclizationView{});
  for (const auto& e : mirror) {
    if (e.key == "fit.k_intra_range")
      CHECK(e.label == "k_intra that reproduce the data within ±3 % at EM = 0.0500 mol/L exactly");
  }
  CHECK(mirror_value(mirror, "fit.addition_h").rfind("at least ", 0) == 0);
  CHECK(mirror_value(mirror, "fit.addition_note").find("only bounded below: at least") != std::string::npos);
  // A target the model cannot reach: not silence, the reason.
  in.target_yield_pct.set("99.9");
  in.fit.pump_total_molar.set("0.5");
  in.fit.pump_yield_pct.set("30");
  view = app::evaluate_k_intra_fit(in, cache);
  REQUIRE(view.advice);
  CHECK(view.advice->kind == chem::AdviceKind::none);
  mirror = app::k_intra_fit_report(in, view, app::CyclizationView{});
  CHECK(mirror_value(mirror, "fit.addition_h") == "not given");
  CHECK(mirror_value(mirror, "fit.addition_note").rfind("No addition time for 99.9 % ring: ", 0) == 0);
}

TEST_CASE("k_intra: an addition time far from the run's own is a warning of the report, shown as one") {
  app::CyclizationInputs in;  // the tool's EM 0.05 mol/L, target 90 %
  app::FitCache cache;
  in.fit.pump_total_molar.set("0.05");
  in.fit.pump_addition_h.set("8");
  in.fit.pump_yield_pct.set("60");
  auto view = app::evaluate_k_intra_fit(in, cache);
  REQUIRE(view.advice);
  REQUIRE(view.advice->kind == chem::AdviceKind::time);
  const double ratio = view.advice->advice->addition_hours / 8;
  REQUIRE(ratio > 3);
  auto mirror = app::k_intra_fit_report(in, view, app::CyclizationView{});
  const app::ReportEntry* far = app::find_entry(mirror, "fit.addition_extrapolation");
  REQUIRE(far);
  CHECK(far->kind == app::ReportKind::warning);
  CHECK(far->value ==
        "That is " + app::format_sig(ratio, 2) + "× your run's 8.00 h: the model extrapolates from one run.");
  // 70 %: within a factor of 3 of the run, no warning.
  in.target_yield_pct.set("70");
  view = app::evaluate_k_intra_fit(in, cache);
  REQUIRE(view.advice);
  CHECK(view.advice->advice->addition_hours / 8 < 3);
  CHECK_FALSE(app::find_entry(app::k_intra_fit_report(in, view, app::CyclizationView{}),
                              "fit.addition_extrapolation"));
  // An unreadable field: the fit shown is the last one, every result and warning stale, said so.
  in.target_yield_pct.set("90");
  view = app::evaluate_k_intra_fit(in, cache);
  in.fit.pump_yield_pct.set("6o");
  view = app::evaluate_k_intra_fit(in, cache);
  REQUIRE(view.stale);
  mirror = app::k_intra_fit_report(in, view, app::CyclizationView{});
  CHECK(mirror_value(mirror, "fit.k_intra_stale") ==
        "Stale: this fit is for the last readable input. Fix the marked field.");
  CHECK(app::find_entry(mirror, "fit.addition_extrapolation"));
  for (const auto& e : mirror) {
    if (e.kind == app::ReportKind::result || e.kind == app::ReportKind::warning)
      CHECK_MESSAGE(e.stale, e.key);
  }
}

TEST_CASE("fits: with nothing entered the report says what to enter") {
  app::FitCache cache;
  app::CyclizationInputs cyclization;
  const auto em =
      app::em_fit_report(cyclization, app::evaluate_em_fit(cyclization, cache), app::CyclizationView{});
  CHECK(mirror_value(em, "fit.em_hint").rfind("Enter C0 and the ring yield", 0) == 0);
  app::AlkylationInputs alkylation;
  const auto kappa = app::kappa_fit_report(alkylation, app::evaluate_kappa_fit(alkylation, cache));
  CHECK(mirror_value(kappa, "fit.kappa_hint") == "Enter the measured SM, mono and bis.");
}

TEST_CASE("fits: a refused input shows the fit committed before the edit, not a keystroke's on the way") {
  app::CyclizationInputs in;
  app::FitCache cache;
  in.fit.pump_total_molar.set("0.05");
  in.fit.pump_addition_h.set("8");
  in.fit.pump_yield_pct.set("60");
  const auto before = app::evaluate_k_intra_fit(in, cache, false, true);  // not editing: committed
  REQUIRE(before.fit);
  REQUIRE(before.fit->value);
  // Mid-edit: "70" on the way to "70o" has a fit of its own, shown fresh but never committed.
  in.fit.pump_yield_pct.set("70");
  const auto passing = app::evaluate_k_intra_fit(in, cache, false, false);
  REQUIRE(passing.fit);
  REQUIRE(passing.fit->value);
  CHECK_FALSE(passing.stale);
  CHECK(*passing.fit->value != doctest::Approx(*before.fit->value));
  in.fit.pump_yield_pct.set("70o");
  const auto refused = app::evaluate_k_intra_fit(in, cache, false, false);
  REQUIRE(refused.stale);
  REQUIRE(refused.fit);
  CHECK(*refused.fit->value == doctest::Approx(*before.fit->value));
  // The same for κ and EM.
  app::AlkylationInputs alk;
  alk.fit.equivalents.set("1");
  alk.fit.sm.set("25");
  alk.fit.mono.set("50");
  alk.fit.bis.set("25");
  const auto kappa_before = app::evaluate_kappa_fit(alk, cache, false, true);
  REQUIRE(kappa_before.fit);
  alk.fit.mono.set("5");
  REQUIRE(app::evaluate_kappa_fit(alk, cache, false, false).fit);
  alk.fit.mono.set("5x");
  const auto kappa_refused = app::evaluate_kappa_fit(alk, cache, false, false);
  REQUIRE(kappa_refused.stale);
  CHECK(*kappa_refused.fit->value == doctest::Approx(*kappa_before.fit->value));
}
