#include "chem/cyclization_engine.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>

#include "chem/constants.hpp"
#include "chem/cyclization.hpp"
#include "chem/cyclization_detail.hpp"
#include "chem/cyclization_two_component.hpp"
#include "chem/ode_integrator.hpp"
#include "chem/plain_number.hpp"
#include "chem/ring_presets.hpp"
#include "chem/root_find.hpp"

namespace chem {
namespace {

using cyclization_detail::check_between;

// Dimensionless right-hand side: tau = k_intra,1 t, every amount per mole of
// precursor in total, a = C_total / EM_1, v = V / V_final. State, n = N:
// [0, n) linear i-mers x_i, [n, 2n) cyclic i-mers g_i, [2n] pool chains p,
// [2n + 1] monomer units in the pool (and, in the limit model, in the inert dimers).
struct Rates {
  int n;
  double a;
  bool ends;                    // chain ends react (false: the closed-form limit)
  double tau_add;               // 0 in batch
  double v0;                    // starting volume fraction
  bool feeding = false;         // set per phase
  std::vector<double> closure;  // EM_i / EM_1
  mutable std::vector<double> formed;

  double volume(double tau) const { return feeding ? v0 + (1 - v0) * std::min(tau, tau_add) / tau_add : 1.0; }

  void operator()(double tau, const std::vector<double>& y, std::vector<double>& dydt) const {
    const double* x = y.data();
    const double meet = a / volume(tau);  // second-order rate factor at the current volume
    std::fill(dydt.begin(), dydt.end(), 0.0);
    if (!ends) {
      const double pairs = meet * x[0] * x[0];
      dydt[0] = -x[0] - 2 * pairs;
      dydt[n] = x[0];
      dydt[2 * n + 1] = 2 * pairs;
      if (feeding) dydt[0] += 1 / tau_add;
      return;
    }
    const double pool = y[2 * n];
    double chains = pool, units_linear = 0;  // every open chain has one A and one B end
    for (int i = 1; i <= n; ++i) {
      chains += x[i - 1];
      units_linear += i * x[i - 1];
    }
    // Pairs (A end of i, B end of j) with i + j <= n grow L_i+j; every other
    // pair, by difference from the totals, goes to the pool.
    std::fill(formed.begin(), formed.end(), 0.0);
    double short_pairs = 0, short_pair_units = 0;
    for (int i = 1; i < n; ++i) {
      if (x[i - 1] == 0) continue;
      for (int j = 1; i + j <= n; ++j) {
        const double pair = x[i - 1] * x[j - 1];
        formed[i + j] += pair;
        short_pairs += pair;
        short_pair_units += (i + j) * pair;
      }
    }
    const double short_chains = chains - pool;
    const double into_pool = short_chains * short_chains - short_pairs;
    const double units_into_pool = 2 * short_chains * units_linear - short_pair_units;
    for (int i = 1; i <= n; ++i) {
      const double closing = closure[i - 1] * x[i - 1];
      dydt[i - 1] = -closing - 2 * meet * x[i - 1] * chains + meet * formed[i];
      dydt[n + i - 1] = closing;
    }
    // Pool chains: born from long pairs, merge pairwise, absorb the short
    // chains that meet their ends (units only).
    dydt[2 * n] = meet * (into_pool - pool * pool);
    dydt[2 * n + 1] = meet * (units_into_pool + 2 * pool * units_linear);
    if (feeding) dydt[0] += 1 / tau_add;
  }
};

std::optional<InputError> check_input(const EngineInput& in, bool batch) {
  auto total = check_between(in.total_molar, batch ? kC0Rule : kTotalRule, kMinConcentrationMolar);
  if (!total.ok()) return total.error();
  auto em = check_between(in.em_molar, kEmRule, kMinEmMolar);
  if (!em.ok()) return em.error();
  if (in.max_chain_length < 2 || in.max_chain_length > 100) {
    return InputError{"max_chain_length", "Longest chain tracked must be between 2 and 100 units"};
  }
  if (in.ring_size < 3 || in.ring_size > 100) {
    return InputError{"ring_size", "Ring size must be between 3 and 100 ring atoms"};
  }
  if (!batch || in.k_intra_per_s != 0) {
    auto k = check_between(in.k_intra_per_s, kKIntraRule, kMinKIntraPerS);
    if (!k.ok()) return k.error();
  }
  if (!batch) {
    auto hours = check_between(in.addition_hours, kAdditionHoursRule, kMinAdditionHours);
    if (!hours.ok()) return hours.error();
    if (in.k_intra_per_s * in.addition_hours * kSecondsPerHour > kMaxKIntraAdditionTime) {
      return InputError{"addition_h",
                        "k_intra × addition time is above 2×10⁵ ring-closure lifetimes, beyond this "
                        "step-by-step model; shorten the addition (the flask is at steady state long "
                        "before that)"};
    }
    auto v0 = check_between(in.start_volume_fraction, kStartVolumeRule, kMinStartVolumeFraction);
    if (!v0.ok()) return v0.error();
  }
  // The (1+1) ring holds both N of the diamine, at least one C between them
  // and at least one C of the dihalide: 4 atoms at the fewest.
  if (in.two_component && in.ring_size < 4) {
    return InputError{"ring_size",
                      "A diamine with at least one C between its N (not a hydrazine) and a dihalide close a "
                      "ring of at least 4 atoms (both N, the C between them, and at least one C of the "
                      "dihalide): choose 4 or more, or one precursor for a 3-membered ring"};
  }
  if (in.two_component &&
      !(in.dihalide_equiv >= kMinDihalideEquiv && in.dihalide_equiv <= kMaxDihalideEquiv)) {
    return InputError{"dihalide_equiv", "Dihalide per diamine must be between 0.5 and 2 equivalents"};
  }
  // Far below EM the last monomers meet so rarely, against ring closures so
  // fast, that the run's stiff tail takes seconds (0.15 s natively at C0/EM =
  // 4e-5, the 5-ring preset at 0.1 M): refused, so no screen freezes on it.
  if (in.two_component && in.total_molar < kMinTwoComponentC0OverEm * in.em_molar) {
    const double floor_molar = kMinTwoComponentC0OverEm * in.em_molar;
    return InputError{
        in.addition_hours > 0 ? "total" : "c0",
        "With two components the diamine concentration must be at least 0.001 × EM, here " +
            plain_number(floor_molar, 3) + " mol/L (EM " + plain_number(in.em_molar, 3) +
            " mol/L). There the ring already takes over 99 % of the scarcer component, so a lower "
            "concentration changes nothing you could measure, and its slow tail would take seconds to "
            "compute. Use at least " +
            plain_number(floor_molar, 3) + " mol/L"};
  }
  return std::nullopt;
}

// (t, c) of the highest point of a sampled course: the vertex of the parabola
// through the highest sample and its neighbours when that lies between them.
std::pair<double, double> peak_of(const std::vector<std::pair<double, double>>& course) {
  size_t k = 0;
  for (size_t i = 1; i < course.size(); ++i)
    if (course[i].second > course[k].second) k = i;
  std::pair<double, double> best = course[k];
  if (k == 0 || k + 1 >= course.size()) return best;
  const auto [t0, c0] = course[k - 1];
  const auto [t1, c1] = course[k];
  const auto [t2, c2] = course[k + 1];
  // Newton form: c(t) = c0 + d1 (t - t0) + d2 (t - t0)(t - t1).
  const double d1 = (c1 - c0) / (t1 - t0);
  const double d2 = ((c2 - c1) / (t2 - t1) - d1) / (t2 - t0);
  if (!(d2 < 0)) return best;
  const double t = 0.5 * (t0 + t1) - d1 / (2 * d2);
  if (!(t > t0 && t < t2)) return best;
  const double c = c0 + d1 * (t - t0) + d2 * (t - t0) * (t - t1);
  return c > best.second ? std::make_pair(t, c) : best;
}

}  // namespace

Outcome<std::vector<double>> ring_ems(const EngineInput& in, int n) {
  auto anchor = check_between(in.large_ring_em_molar, kLargeRingEmRule, kMinEmMolar);
  if (!anchor.ok()) return anchor.error();
  std::vector<double> ems(n);
  ems[0] = in.em_molar;
  for (int i = 2; i <= n; ++i) {
    const size_t given = static_cast<size_t>(i - 2);
    if (given < in.oligomer_em_molar.size()) {
      auto em = check_between(in.oligomer_em_molar[given], kEmRule, kMinEmMolar);
      if (!em.ok()) {
        return InputError{"em_" + std::to_string(i),
                          "EM of the cyclic " + std::to_string(i) + "-mer: " + em.error().message};
      }
      ems[i - 1] = em.value();
    } else {
      const int atoms = i * in.ring_size;
      // Below 14 atoms a ring is not strain-free: its own preset (interpolated between presets).
      ems[i - 1] = atoms < kLargeRingAnchorAtoms
                       ? small_oligomer_ring_em(atoms, anchor.value())
                       : anchor.value() * std::pow(double(atoms) / kLargeRingAnchorAtoms, -1.5);
    }
  }
  return ems;
}

Outcome<EngineResult> run_cyclization_engine(const EngineInput& in) {
  const bool batch = in.addition_hours == 0;
  if (auto problem = check_input(in, batch)) return *problem;
  const int n = in.max_chain_length;
  auto ems = ring_ems(in, n);
  if (!ems.ok()) return ems.error();
  if (in.two_component) return two_component_detail::run(in, ems.value());

  Rates rates;
  rates.n = n;
  rates.a = in.total_molar / in.em_molar;
  rates.ends = in.chain_ends_react;
  rates.v0 = batch ? 1.0 : in.start_volume_fraction;
  rates.closure.resize(n);
  rates.formed.resize(n + 1);
  for (int i = 0; i < n; ++i)
    rates.closure[i] = in.chain_ends_react || i == 0 ? ems.value()[i] / in.em_molar : 0;
  const double tau_per_hour = in.k_intra_per_s * kSecondsPerHour;
  rates.tau_add = in.addition_hours * tau_per_hour;

  EngineResult result;
  result.em_by_size = ems.value();
  std::vector<double> y(2 * n + 2, 0.0);
  const OdeSettings settings = engine_ode_settings(in);

  // Course: concentrations in mol/L at every accepted step.
  const bool record = in.course_points > 0;
  auto add_point = [&](double tau, const std::vector<double>& state) {
    const double v = rates.volume(tau);
    double units = 0;
    for (int i = 2; i <= n; ++i) units += i * (state[i - 1] + state[n + i - 1]);
    units += state[2 * n + 1];
    const double scale = in.total_molar / v;
    result.course.push_back(
        {tau_per_hour > 0 ? tau / tau_per_hour : tau, state[0] * scale, state[n] * scale, units * scale});
  };

  double tau = 0;
  if (batch) {
    y[0] = 1;
  } else {
    rates.feeding = true;
    // The steady-state test needs [L_1] over the feed: keep (tau, [L_1] / C_total).
    std::vector<std::pair<double, double>> feed_course;
    auto observe = [&](double t, const std::vector<double>& state) {
      feed_course.emplace_back(t, state[0] / rates.volume(t));
      if (record) add_point(t, state);
    };
    feed_course.emplace_back(0.0, 0.0);
    if (record) add_point(0, y);
    auto failed = integrate_feed(rates, y, settings, in.course_points, observe, result.integrator_steps);
    if (failed) return *failed;
    tau = rates.tau_add;
    const double end = y[0];  // v = 1 at the end of the feed
    result.end_of_feed_precursor_molar = end * in.total_molar;
    // A growing volume or chain ends can make [L_1] peak before the feed
    // stops; the peak is the highest point of the course, refined by the
    // parabola through it and its neighbours. After the feed [L_1] only falls.
    const auto peak = peak_of(feed_course);
    result.peak_precursor_molar = peak.second * in.total_molar;
    result.peak_precursor_hours = peak.first / tau_per_hour;
    bool steady = in.start_volume_fraction >= 1 && end > 0;
    for (const auto& [t, c] : feed_course) {
      if (t >= 0.2 * rates.tau_add && std::fabs(c - end) > 0.05 * end) steady = false;
    }
    result.steady_state = steady;
    if (steady) {
      result.steady_state_molar = end * in.total_molar;
      result.steady_state_yield = std::min(1.0, end * rates.tau_add);  // k_intra [L_1] / F
    }
    rates.feeding = false;
  }
  if (record && batch) add_point(0, y);

  // Stirring: first to 99 % conversion (the completion time), then to the end.
  auto observe_stir = [&](double t, const std::vector<double>& state) {
    if (record) add_point(t, state);
  };
  OdeSettings stir_settings = settings;
  // [L_1] decays at least as e^(-tau): both events come before tau + 25.
  const double stir_span = 40;
  if (record) stir_settings.max_step = 10.0 / in.course_points;
  // Stirs until [L_1] is down to `left` (of the total); false if the integrator failed.
  auto stir_until = [&](double left) {
    if (y[0] <= left) return true;
    auto reached = [left](const std::vector<double>& state) { return left - state[0]; };
    const OdeReport report =
        integrate_dopri5(rates, y, tau, tau + stir_span, stir_settings, reached, observe_stir);
    result.integrator_steps += report.steps + report.rejected;
    tau = report.t;
    return report.ok && report.stopped;
  };
  const InputError failed{"c0", "The cyclization simulation did not converge for these conditions"};
  if (!stir_until(1 - kCompletionFraction)) return failed;
  result.k_intra_time_complete = tau;
  if (tau_per_hour > 0) result.completion_hours = result.k_intra_time_complete / tau_per_hour;
  // The split of the oligomers at the completion time: the time the screen
  // states. Later, the open chains up to N go on closing or growing while the
  // longer ones never close, so a split taken after long stirring would
  // depend on N throughout.
  EngineComposition& now = result.at_completion;
  now.k_intra_time = tau;
  now.hours = result.completion_hours;
  now.cyclic_by_size.resize(n);
  for (int i = 1; i <= n; ++i) {
    const double cyclic_units = i * y[n + i - 1];
    now.cyclic_by_size[i - 1] = cyclic_units;
    (i == 1 ? now.ring : now.cyclic_oligomers) += cyclic_units;
    if (i > 1) now.linear_oligomers += i * y[i - 1];
  }
  // Without chain ends the last slot holds the inert precursor dimers: open chains of 2.
  (in.chain_ends_react ? now.long_chains : now.linear_oligomers) += y[2 * n + 1];
  now.precursor_left = y[0];
  // Past 99 % conversion the course needs only a coarse resolution.
  if (record) stir_settings.max_step = 0.1 * tau;
  if (!stir_until(kEnginePrecursorLeft)) return failed;
  result.k_intra_time_precursor_gone = tau;

  result.ring_yield = y[n];
  for (int i = 2; i <= n; ++i) result.oligomer_yield += i * (y[i - 1] + y[n + i - 1]);
  result.oligomer_yield += y[2 * n + 1];
  result.precursor_left_end = y[0];
  return result;
}

namespace {

// Root of yield(x) = target for a yield monotone in x, bracketed by lo < hi
// (Illinois regula falsi in log x, chem/root_find.hpp).
template <class Yield>
Outcome<double> solve_log(const Yield& yield, double lo, double hi, double target,
                          double relative_tolerance) {
  auto f_lo = yield(lo), f_hi = yield(hi);
  if (!f_lo.ok()) return f_lo.error();
  if (!f_hi.ok()) return f_hi.error();
  const double fa = f_lo.value() - target, fb = f_hi.value() - target;
  if (fa != 0 && fb != 0 && (fa > 0) == (fb > 0))
    return InputError{"target_yield", "The target ring yield is not bracketed"};
  auto minus_target = [&](double x) -> Outcome<double> {
    auto y = yield(x);
    if (!y.ok()) return y.error();
    return y.value() - target;
  };
  return illinois_log(minus_target, lo, fa, hi, fb, relative_tolerance, 1e-13, 200);
}

}  // namespace

Outcome<double> engine_concentration_for_ring_yield(EngineInput input, double target,
                                                    double relative_tolerance,
                                                    std::optional<SolveHint> hint) {
  auto checked = cyclization_detail::check_target_yield(target);
  if (!checked.ok()) return checked.error();
  input.addition_hours = 0;
  auto yield = [&](double c0) -> Outcome<double> {
    input.total_molar = c0;
    auto r = run_cyclization_engine(input);
    if (!r.ok()) return r.error();
    return r.value().ring_yield;
  };
  const double lo = kMinConcentrationMolar, hi = kMaxConcentrationMolar;
  if (hint && hint->lo >= lo && hint->hi <= hi && hint->lo < hint->hi) {
    auto solved = solve_log(yield, hint->lo, hint->hi, target, relative_tolerance);
    if (solved.ok()) return solved;
  }
  // The closed-form answer is an upper bound (chain ends only lower the
  // yield), and the engine's lies within a factor of 10 below it over the
  // whole range (the doctests check): a tight bracket first, the full range
  // only if that fails.
  auto guess = concentration_for_ring_yield(input.em_molar, target);
  if (guess.ok()) {
    const double a = std::max(lo, guess.value().concentration_molar / 10);
    const double b = std::min(hi, guess.value().concentration_molar * 1.0001);
    auto ya = yield(a), yb = yield(b);
    if (!ya.ok()) return ya.error();
    if (!yb.ok()) return yb.error();
    if (ya.value() >= target && yb.value() <= target)
      return solve_log(yield, a, b, target, relative_tolerance);
  }
  auto at_lo = yield(lo);
  if (!at_lo.ok()) return at_lo.error();
  if (at_lo.value() < target) {
    return InputError{"target_yield",
                      "That ring yield needs a concentration below 1e-9 mol/L; choose a lower target or "
                      "use slow addition"};
  }
  auto at_hi = yield(hi);
  if (!at_hi.ok()) return at_hi.error();
  if (at_hi.value() > target) {
    return InputError{
        "target_yield",
        "A ring yield that low needs more than 20 mol/L; any practical concentration gives more"};
  }
  return solve_log(yield, lo, hi, target, relative_tolerance);
}

Outcome<double> engine_addition_hours_for_ring_yield(EngineInput input, double target,
                                                     double relative_tolerance,
                                                     std::optional<SolveHint> hint) {
  auto checked = cyclization_detail::check_target_yield(target);
  if (!checked.ok()) return checked.error();
  auto yield = [&](double hours) -> Outcome<double> {
    input.addition_hours = hours;
    auto r = run_cyclization_engine(input);
    if (!r.ok()) return r.error();
    return r.value().ring_yield;
  };
  input.addition_hours = 0;
  auto batch = run_cyclization_engine(input);
  if (!batch.ok()) return batch.error();
  if (batch.value().ring_yield >= target) return 0.0;
  auto k = check_between(input.k_intra_per_s, kKIntraRule, kMinKIntraPerS);
  if (!k.ok()) return k.error();
  if (hint && hint->lo >= kMinAdditionHours && hint->lo < hint->hi) {
    auto solved = solve_log(yield, hint->lo, hint->hi, target, relative_tolerance);
    if (solved.ok()) return solved;
  }
  const double hi = std::min(kMaxAdditionHours, kMaxKIntraAdditionTime / k.value() / kSecondsPerHour);
  auto at_hi = yield(hi);
  if (!at_hi.ok()) return at_hi.error();
  if (at_hi.value() < target) {
    return InputError{"target_yield",
                      "That ring yield needs a longer addition than this model covers; dilute further or "
                      "choose a lower target"};
  }
  double lo = hi;
  for (int i = 0; i < 30; ++i) {
    lo = std::max(kMinAdditionHours, lo / 10);
    auto y = yield(lo);
    if (!y.ok()) return y.error();
    if (y.value() < target || lo == kMinAdditionHours) break;
  }
  return solve_log(yield, lo, hi, target, relative_tolerance);
}

}  // namespace chem
