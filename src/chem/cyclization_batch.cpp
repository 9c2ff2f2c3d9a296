// Batch cyclization: closed form, completion time, the inverse problem, curve.
#include <cmath>

#include "chem/constants.hpp"
#include "chem/cyclization.hpp"
#include "chem/cyclization_detail.hpp"
#include "chem/root_find.hpp"

namespace chem {
namespace {

using cyclization_detail::batch_time;
using cyclization_detail::batch_yield;
using cyclization_detail::check_between;

Outcome<double> check_c0(double c0) { return check_between(c0, kC0Rule, kMinConcentrationMolar); }
Outcome<double> check_em(double em) { return check_between(em, kEmRule, kMinEmMolar); }

}  // namespace

Outcome<BatchCyclization> batch_cyclization(const BatchCyclizationInput& input) {
  auto c0 = check_c0(input.concentration_molar);
  if (!c0.ok()) return c0.error();
  auto em = check_em(input.em_molar);
  if (!em.ok()) return em.error();
  BatchCyclization result;
  result.c0_over_em = c0.value() / em.value();
  result.ring_yield = batch_yield(2 * result.c0_over_em);
  result.oligomer_fraction = 1 - result.ring_yield;
  result.solvent_ml_per_mmol = 1 / c0.value();
  return result;
}

Outcome<double> batch_completion_hours(const BatchCyclizationInput& input, double k_intra_per_s) {
  auto batch = batch_cyclization(input);
  if (!batch.ok()) return batch.error();
  auto k = check_between(k_intra_per_s, kKIntraRule, kMinKIntraPerS);
  if (!k.ok()) return k.error();
  const double c0 = batch.value().c0_over_em;
  return batch_time(c0, (1 - kCompletionFraction) * c0) / k.value() / kSecondsPerHour;
}

Outcome<ConcentrationPlan> concentration_for_ring_yield(double em_molar, double target_ring_yield) {
  auto em = check_em(em_molar);
  if (!em.ok()) return em.error();
  auto target = cyclization_detail::check_target_yield(target_ring_yield);
  if (!target.ok()) return target.error();
  // Y(x) = ln(1 + x)/x falls monotonically from 1 (x -> 0) to 0 (x -> inf), x = 2 C0/EM.
  // Bracket by decades around x = 1, then bisect in log x.
  double lo = 1, hi = 1;
  for (int i = 0; i < 400 && batch_yield(lo) <= target_ring_yield; ++i) lo /= 10;
  for (int i = 0; i < 400 && batch_yield(hi) >= target_ring_yield; ++i) hi *= 10;
  if (!(batch_yield(lo) > target_ring_yield && batch_yield(hi) < target_ring_yield)) {
    return InputError{"target_yield", "Target ring yield is too close to 0 or 1 to be reached"};
  }
  const double x = bisect_log([&](double x) { return batch_yield(x) > target_ring_yield; }, lo, hi, 1e-14);
  const double c0 = 0.5 * x * em.value();
  if (c0 > kMaxConcentrationMolar) {
    return InputError{
        "target_yield",
        "A ring yield that low needs more than 20 mol/L; any practical concentration gives more"};
  }
  if (c0 < kMinConcentrationMolar) {
    return InputError{"target_yield",
                      "That ring yield needs a concentration below 1e-9 mol/L; choose a lower target or "
                      "use slow addition"};
  }
  return ConcentrationPlan{c0, 1 / c0};
}

Outcome<std::vector<CurvePoint>> batch_yield_curve(double em_molar, double c0_min_molar, double c0_max_molar,
                                                   int points) {
  auto em = check_em(em_molar);
  if (!em.ok()) return em.error();
  auto low = check_c0(c0_min_molar);
  if (!low.ok()) return low.error();
  auto high = check_c0(c0_max_molar);
  if (!high.ok()) return high.error();
  if (points < 2 || points > 100000 || !(c0_max_molar > c0_min_molar)) {
    return InputError{"points", "A curve needs 2 to 100000 points and a maximum above the minimum"};
  }
  std::vector<CurvePoint> curve(points);
  const double step = std::log(c0_max_molar / c0_min_molar) / (points - 1);
  for (int i = 0; i < points; ++i) {
    const double c0 = i == points - 1 ? c0_max_molar : c0_min_molar * std::exp(step * i);
    curve[i] = {c0, batch_yield(2 * c0 / em.value())};
  }
  return curve;
}

}  // namespace chem
