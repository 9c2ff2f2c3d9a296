// k_intra from a syringe-pump ring yield, and the addition time for a target,
// by the cyclization engine (fits.hpp; docs/MODELS.md, "Fits").
#include <algorithm>
#include <cmath>
#include <string>

#include "chem/cyclization.hpp"
#include "chem/fit_solvers.hpp"
#include "chem/fits.hpp"

namespace chem {

using namespace fit_solvers;
using cyclization_detail::check_between;

Outcome<KIntraFit> fit_k_intra(double total_molar, double em_molar, double addition_hours, double ring_yield,
                               double error_abs, const EngineInput& engine) {
  auto total = check_between(total_molar, kTotalRule, kMinConcentrationMolar);
  if (!total.ok()) return total.error();
  auto em = check_between(em_molar, kEmRule, kMinEmMolar);
  if (!em.ok()) return em.error();
  auto hours = check_between(addition_hours, kAdditionHoursRule, kMinAdditionHours);
  if (!hours.ok()) return hours.error();
  auto y = check_quantity(ring_yield, kRingYieldRule);
  if (!y.ok()) return y.error();
  auto error = check_error(error_abs);
  if (!error.ok()) return error.error();

  EngineInput base = fit_engine(engine);
  base.total_molar = total_molar;
  base.em_molar = em_molar;
  KIntraFit fit;
  EngineInput at_once = base;
  at_once.addition_hours = 0;
  at_once.k_intra_per_s = 0;
  auto batch = ring_yield_of(at_once);
  ++fit.model_runs;
  if (!batch.ok()) return batch.error();
  fit.batch_ring_yield = batch.value();
  base.addition_hours = addition_hours;
  // The yield depends on k_intra only through k_intra·t_add, which the engine
  // caps at kMaxKIntraAdditionTime.
  const double seconds = addition_hours * kSecondsPerHour;
  const double k_min = kMinKIntraPerS, k_max = std::min(kMaxKIntraPerS, kMaxKIntraAdditionTime / seconds);
  const Model model = [&base](double k) {
    EngineInput in = base;
    in.k_intra_per_s = k;
    return ring_yield_of(in);
  };
  auto solve = [&](double target) {
    const double c_total = total_molar / em_molar;
    // Below the closed form's batch yield the closed form has no answer;
    // the engine's then lies at k_intra·t_add of order 1.
    const bool batch_enough = target <= cyclization_detail::batch_yield(2 * c_total);
    const double tau_lo = batch_enough ? 0.01 : closed_form_tau(c_total, target);
    const double tau_hi = batch_enough ? 3 : 3 * tau_lo;
    return crossing(model, target, k_min, k_max, tau_lo / seconds, tau_hi / seconds, fit.model_runs);
  };

  const double low_target = ring_yield - error_abs, high_target = ring_yield + error_abs;
  End low, high;
  bool empty = high_target < fit.batch_ring_yield;  // below even adding everything at once
  if (!empty && low_target > fit.batch_ring_yield) {
    auto c = solve(low_target);
    if (!c.ok()) return c.error();
    low = lower_end(c.value());
  }
  if (!empty && high_target < 1) {
    auto c = solve(high_target);
    if (!c.ok()) return c.error();
    high = upper_end(c.value());
  }
  empty = empty || low.impossible || high.impossible;
  fit.consistent = !empty;
  fit.range = empty ? FitRange{true, std::nullopt, std::nullopt} : FitRange{false, low.bound, high.bound};
  if (fit.range.bounded()) {
    auto c = crossing(model, ring_yield, *low.bound, *high.bound, *low.bound, *high.bound, fit.model_runs);
    if (!c.ok()) return c.error();
    fit.value = c.value().x;
    auto fitted = model(*fit.value);
    ++fit.model_runs;
    if (!fitted.ok()) return fitted.error();
    fit.residuals.push_back({ring_yield, fitted.value()});
    summarise_residuals(fit);
    fit.half_life_h = half_life_hours(*fit.value);
  }
  fit.determined = fit.value.has_value();
  if (fit.value) fit.value_kind = ValueKind::fit;
  if (!empty) {
    if (high.bound) fit.half_life_range_h.lo = half_life_hours(*high.bound);
    if (low.bound) fit.half_life_range_h.hi = half_life_hours(*low.bound);
  }
  fit.half_life_range_h.empty = empty;

  const std::string within = "within " + plus_minus_percent(error_abs);
  const std::string batch_text = figure(fit.batch_ring_yield * 100, 3) + " %";
  const std::string half_lives = "half-life " + describe_range(fit.half_life_range_h, "h");
  // The range holds for the EM given, as if it were exact: an uncertain EM widens it.
  const std::string at_em = "at EM = " + figure(em_molar) + " mol/L exactly";
  if (!fit.consistent && high_target < fit.batch_ring_yield) {
    fit.message = "The ring yield is below what adding everything at once gives (" + batch_text +
                  ") beyond the error: no k_intra explains it. The EM may be lower than stated, or material "
                  "is lost elsewhere.";
  } else if (!fit.consistent) {
    fit.message = "That ring yield needs k_intra above " + figure(k_max) +
                  " /s, beyond this model's range for this addition time (k_intra·t_add up to " +
                  figure(kMaxKIntraAdditionTime) + "); no k_intra reproduces it " + within + ".";
  } else if (fit.determined) {
    fit.message = "k_intra = " + figure(*fit.value) + " /s (" + describe_range(fit.range, "/s") + "; " +
                  half_lives + ") reproduces the ring yield " + within + ", " + at_em +
                  " (an uncertain EM widens the range).";
  } else if (high.bound) {
    fit.message = "The ring yield is within error of the " + batch_text +
                  " that adding everything at once gives, so the addition was fast compared with ring "
                  "closure: k_intra " +
                  describe_range(fit.range, "/s") + " (" + half_lives + "; " + at_em +
                  "). A longer addition, or a higher concentration, measures it.";
  } else if (low.bound) {
    fit.message = "A ring yield within error of 100 % only bounds k_intra from below: k_intra " +
                  describe_range(fit.range, "/s") + " (" + half_lives + "; " + at_em +
                  "). A shorter addition, where the yield falls clearly below 100 %, measures it.";
  } else {
    fit.message = "This ring yield does not constrain k_intra " + within + ".";
  }
  return fit;
}

Outcome<AdditionAdvice> recommend_addition_hours(const EngineInput& conditions, double target_yield,
                                                 const std::optional<FitRange>& k_intra_range) {
  EngineInput in = fit_engine(conditions);
  auto k = check_between(in.k_intra_per_s, kKIntraRule, kMinKIntraPerS);
  if (!k.ok()) return k.error();
  in.addition_hours = 0;
  AdditionAdvice advice;
  auto batch = ring_yield_of(in);
  if (!batch.ok()) return batch.error();
  advice.batch_ring_yield = batch.value();
  // The closed form's time is a lower bound; the engine's lies within ~2.5x
  // above it (chain ends), so that bracket usually saves the engine's search.
  std::optional<SolveHint> hint;
  const double c_total = in.total_molar / in.em_molar;
  if (target_yield > cyclization_detail::batch_yield(2 * c_total) && target_yield < 1) {
    const double hours = closed_form_tau(c_total, target_yield) / k.value() / kSecondsPerHour;
    const double longest =
        std::min(kMaxAdditionHours, kMaxKIntraAdditionTime / k.value() / kSecondsPerHour * (1 - 1e-12));
    if (hours >= kMinAdditionHours && hours < longest) hint = SolveHint{hours, std::min(3 * hours, longest)};
  }
  auto hours = engine_addition_hours_for_ring_yield(in, target_yield, 1e-7, hint);
  if (!hours.ok()) return hours.error();
  advice.addition_hours = hours.value();
  advice.k_intra_addition_time = hours.value() * k.value() * kSecondsPerHour;
  const double tau = advice.k_intra_addition_time;
  const FitRange k_range = k_intra_range.value_or(FitRange{false, k.value(), k.value()});
  advice.hours_range.empty = k_range.empty;
  if (!k_range.empty) {
    if (k_range.hi) advice.hours_range.lo = tau / *k_range.hi / kSecondsPerHour;
    if (k_range.lo) advice.hours_range.hi = tau / *k_range.lo / kSecondsPerHour;
  }
  return advice;
}

FitAdvice advise_from_k_intra_fit(const KIntraFit& fit, const EngineInput& conditions, double target_yield) {
  FitAdvice out;
  const FitRange& k = fit.range;
  const std::optional<double> rate = fit.value ? fit.value : k.lo ? k.lo : k.hi;
  if (!rate) {
    out.reason = k.empty ? "No addition time: no k_intra reproduces the run."
                         : "No addition time: the run does not constrain k_intra.";
    return out;
  }
  EngineInput in = conditions;
  in.k_intra_per_s = *rate;
  auto advice = recommend_addition_hours(in, target_yield, k);
  if (!advice.ok()) {
    std::string why = advice.error().message;
    if (!why.empty() && why[0] >= 'A' && why[0] <= 'Z') why[0] = static_cast<char>(why[0] - 'A' + 'a');
    out.reason = "No addition time for " + figure(target_yield * 100, 4) + " % ring: " + why +
                 (fit.value ? "" : " (at k_intra = " + figure(*rate) + " /s, the end of its range).");
    if (fit.value) out.reason += ".";
    return out;
  }
  out.advice = advice.value();
  const double hours = advice.value().addition_hours;
  if (fit.value || hours == 0) {
    out.kind = AdviceKind::time;  // adding at once already reaches it: no k_intra needed
  } else if (k.hi) {
    out.kind = AdviceKind::at_least;
    out.reason = "k_intra is only bounded above (≤ " + figure(*k.hi) +
                 " /s), so the addition time is only bounded below: at least " + figure(hours) +
                 " h. A run that measures k_intra gives the time.";
  } else {
    out.kind = AdviceKind::at_most;
    out.reason = "k_intra is only bounded below (≥ " + figure(*k.lo) + " /s): at most " + figure(hours) +
                 " h is needed, enough whatever k_intra is; a shorter addition may do.";
  }
  return out;
}

}  // namespace chem
