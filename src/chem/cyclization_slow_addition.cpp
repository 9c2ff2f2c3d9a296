// Slow (syringe-pump) addition: closed form, integrated check, inverse, curve.
#include <algorithm>
#include <cmath>
#include <optional>

#include "chem/constants.hpp"
#include "chem/cyclization.hpp"
#include "chem/cyclization_detail.hpp"
#include "chem/ode_integrator.hpp"
#include "chem/root_find.hpp"

namespace chem {
namespace {

using cyclization_detail::batch_time;
using cyclization_detail::batch_yield;
using cyclization_detail::check_between;
using cyclization_detail::feed_phase;

// The validated inputs in dimensionless form.
struct Scaled {
  double c_total = 0;  // C_total / EM
  double tau_add = 0;  // k_intra t_add
};

// Checks everything except the addition time, which the inverse problem and
// the curve do not take from the input.
std::optional<InputError> check_conditions(const SlowAdditionInput& input) {
  auto total = check_between(input.total_molar, kTotalRule, kMinConcentrationMolar);
  if (!total.ok()) return total.error();
  auto em = check_between(input.em_molar, kEmRule, kMinEmMolar);
  if (!em.ok()) return em.error();
  auto k = check_between(input.k_intra_per_s, kKIntraRule, kMinKIntraPerS);
  if (!k.ok()) return k.error();
  return std::nullopt;
}

Outcome<Scaled> scale(const SlowAdditionInput& input) {
  if (auto problem = check_conditions(input)) return *problem;
  auto hours = check_between(input.addition_hours, kAdditionHoursRule, kMinAdditionHours);
  if (!hours.ok()) return hours.error();
  return Scaled{input.total_molar / input.em_molar, input.k_intra_per_s * hours.value() * kSecondsPerHour};
}

// Everything but the feed phase itself is algebraic; both solvers share it.
// `c_end` and `rings_during_feed` are dimensionless (units of EM).
Outcome<SlowAddition> assemble(const SlowAdditionInput& input, const Scaled& scaled, double c_end,
                               double rings_during_feed) {
  const double f = scaled.c_total / scaled.tau_add;
  const double c_steady = feed_phase(f, scaled.tau_add).c_steady;
  SlowAddition result;
  // The tail after the feed is the batch problem started at c_end.
  const double rings = rings_during_feed + 0.5 * std::log1p(2 * c_end);
  result.ring_yield = std::min(1.0, rings / scaled.c_total);  // min(): rounding only
  result.steady_state_molar = c_steady * input.em_molar;
  result.steady_state_yield = std::min(1.0, c_steady / f);
  result.peak_precursor_molar = c_end * input.em_molar;
  result.batch_ring_yield = batch_yield(2 * scaled.c_total);
  result.feed_molar_per_hour = input.total_molar / input.addition_hours;
  result.k_inter_per_molar_s = input.k_intra_per_s / input.em_molar;
  result.k_intra_addition_time = scaled.tau_add;
  const double c_done = (1 - kCompletionFraction) * scaled.c_total;
  const double tail_tau = batch_time(c_end, c_done);
  result.completion_hours = input.addition_hours + tail_tau / input.k_intra_per_s / kSecondsPerHour;
  if (!std::isfinite(result.ring_yield) || result.ring_yield < 0) {
    return InputError{"addition_h", "These conditions are outside the range the model can compute"};
  }
  return result;
}

}  // namespace

Outcome<SlowAddition> slow_addition(const SlowAdditionInput& input) {
  auto scaled = scale(input);
  if (!scaled.ok()) return scaled.error();
  const auto& s = scaled.value();
  const auto phase = feed_phase(s.c_total / s.tau_add, s.tau_add);
  return assemble(input, s, phase.c_end, phase.ring_formed);
}

Outcome<SlowAddition> slow_addition_integrated(const SlowAdditionInput& input) {
  auto scaled = scale(input);
  if (!scaled.ok()) return scaled.error();
  const auto& s = scaled.value();
  // y = {C / C_total, rings formed / C_total}: both stay between 0 and 1, so
  // one absolute tolerance fits every input.
  const double feed = 1 / s.tau_add;
  auto rhs = [&](double, const std::vector<double>& y, std::vector<double>& dydt) {
    dydt[0] = feed - y[0] - 2 * s.c_total * y[0] * y[0];
    dydt[1] = y[0];
  };
  std::vector<double> y = {0, 0};
  OdeSettings settings;
  settings.relative_tolerance = 1e-11;
  settings.absolute_tolerance = 1e-14;
  const OdeReport report = integrate_dopri5(rhs, y, 0, s.tau_add, settings);
  if (!report.ok) {
    return InputError{"addition_h",
                      "k_intra × addition time is too large for the step-by-step integrator; "
                      "use the closed form"};
  }
  return assemble(input, s, y[0] * s.c_total, y[1] * s.c_total);
}

Outcome<AdditionPlan> addition_hours_for_ring_yield(const SlowAdditionInput& input,
                                                    double target_ring_yield) {
  if (auto problem = check_conditions(input)) return *problem;
  auto target = cyclization_detail::check_target_yield(target_ring_yield);
  if (!target.ok()) return target.error();
  const double c_total = input.total_molar / input.em_molar;
  AdditionPlan plan;
  plan.batch_ring_yield = batch_yield(2 * c_total);
  if (target_ring_yield <= plan.batch_ring_yield) {
    plan.batch_suffices = true;
    return plan;
  }
  auto yield_at = [&](double tau) { return cyclization_detail::slow_addition_yield(c_total, tau); };
  const double tau_max = input.k_intra_per_s * kMaxAdditionHours * kSecondsPerHour;
  if (yield_at(tau_max) < target_ring_yield) {
    return InputError{"target_yield",
                      "That ring yield needs more than 1000 h of addition; dilute further or choose a "
                      "lower target"};
  }
  // Y rises monotonically with tau = k_intra t_add, from the batch yield at
  // tau -> 0. Step down by decades from tau_max to bracket, then bisect in log tau.
  // The floor keeps f = c_total / tau finite.
  const double tau_floor = std::max(1e-300, c_total * 1e-200);
  double hi = tau_max, lo = tau_max;
  while (yield_at(lo) >= target_ring_yield) {
    hi = lo;
    lo /= 10;
    if (lo < tau_floor) {  // the target differs from the batch yield only by rounding
      plan.batch_suffices = true;
      return plan;
    }
  }
  const double tau = bisect_log([&](double t) { return yield_at(t) < target_ring_yield; }, lo, hi, 1e-12);
  plan.addition_hours = tau / input.k_intra_per_s / kSecondsPerHour;
  return plan;
}

Outcome<std::vector<CurvePoint>> slow_addition_yield_curve(const SlowAdditionInput& input, double hours_min,
                                                           double hours_max, int points) {
  if (auto problem = check_conditions(input)) return *problem;
  for (double hours : {hours_min, hours_max}) {
    auto checked = check_between(hours, kAdditionHoursRule, kMinAdditionHours);
    if (!checked.ok()) return checked.error();
  }
  if (points < 2 || points > 100000 || !(hours_max > hours_min)) {
    return InputError{"points", "A curve needs 2 to 100000 points and a maximum above the minimum"};
  }
  const double c_total = input.total_molar / input.em_molar;
  const double tau_per_hour = input.k_intra_per_s * kSecondsPerHour;
  std::vector<CurvePoint> curve(points);
  const double step = std::log(hours_max / hours_min) / (points - 1);
  for (int i = 0; i < points; ++i) {
    const double hours = i == points - 1 ? hours_max : hours_min * std::exp(step * i);
    curve[i] = {hours, std::min(1.0, cyclization_detail::slow_addition_yield(c_total, hours * tau_per_hour))};
  }
  return curve;
}

}  // namespace chem
