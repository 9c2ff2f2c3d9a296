// EM and k_intra from measured ring yields, by inverting the cyclization
// engine (calibration.hpp; docs/MODELS.md, "Calibration (fits)").
#include <algorithm>
#include <cmath>
#include <string>

#include "chem/calibration.hpp"
#include "chem/calibration_detail.hpp"
#include "chem/cyclization.hpp"
#include "chem/cyclization_detail.hpp"

namespace chem {
namespace {

using namespace calibration_detail;
using cyclization_detail::check_between;

constexpr double kSecondsPerHour = 3600;
// Ring yields to ~1e-8, far below any measurement error, at half the cost of
// the engine's default; only the ring yield is needed, so no settling.
constexpr double kFitEngineTolerance = 1e-8;
constexpr size_t kMaxPoints = 50;
constexpr QuantityRule kRingYieldRule{"ring_yield", "Ring yield (a fraction 0–1)", "", 1, true};

EngineInput fit_engine(EngineInput input) {
  input.relative_tolerance = kFitEngineTolerance;
  input.settle_open_chains = false;
  input.course_points = 0;
  return input;
}

Outcome<double> ring_yield_of(const EngineInput& input) {
  auto run = run_cyclization_engine(input);
  if (!run.ok()) return run.error();
  return run.value().ring_yield;
}

// Closed-form guesses. Chain ends only lower the ring yield, so the engine
// needs a larger EM (or k_intra) than the precursor-only limit for the same
// yield: the closed form's answer is a lower end of the bracket.
// x = 2 C0 / EM with ln(1 + x) / x = target (decreasing in x).
double closed_form_x(double target) {
  double lo = 1e-12, hi = 1e12;
  for (int i = 0; i < 80; ++i) {
    const double mid = std::sqrt(lo * hi);
    (cyclization_detail::batch_yield(mid) > target ? lo : hi) = mid;
  }
  return std::sqrt(lo * hi);
}

// k_intra·t_add for a slow-addition ring yield `target` at C_total / EM (increasing in it).
double closed_form_tau(double c_total, double target) {
  double lo = 1e-9, hi = 1e9;
  for (int i = 0; i < 80; ++i) {
    const double mid = std::sqrt(lo * hi);
    (cyclization_detail::slow_addition_yield(c_total, mid) < target ? lo : hi) = mid;
  }
  return std::sqrt(lo * hi);
}

// Reads an unbounded or bounded end of a one-point interval, the shared rule
// of both fits: `side` tells whether the crossing exists in the model's range.
struct End {
  std::optional<double> bound;
  bool impossible = false;  // no parameter value in range reaches the target
};

End lower_end(const Crossing& c) {
  if (c.side == Side::inside) return {c.x, false};
  return {std::nullopt, c.side == Side::above_max};
}

End upper_end(const Crossing& c) {
  if (c.side == Side::inside) return {c.x, false};
  return {std::nullopt, c.side == Side::below_min};
}

}  // namespace

Outcome<double> ring_yield_from_ratio(double ring_to_oligomer) {
  auto r = check_quantity(ring_to_oligomer, {"ratio", "Ring : oligomer ratio", "", 1e12, true});
  if (!r.ok()) return r.error();
  return ring_to_oligomer / (1 + ring_to_oligomer);
}

Outcome<FitResult> fit_em(const std::vector<YieldPoint>& points, double error_abs,
                          const EngineInput& engine) {
  auto error = check_error(error_abs);
  if (!error.ok()) return error.error();
  if (points.empty()) return InputError{"point", "Give at least one measured point (C0 and ring yield)"};
  if (points.size() > kMaxPoints) return InputError{"point", "At most 50 points"};
  for (size_t i = 0; i < points.size(); ++i) {
    const std::string which = "Point " + std::to_string(i + 1) + ": ";
    auto c0 = check_between(points[i].c0_molar, kC0Rule, kMinConcentrationMolar);
    if (!c0.ok()) return InputError{c0.error().field, which + c0.error().message};
    auto y = check_quantity(points[i].ring_yield, kRingYieldRule);
    if (!y.ok()) return InputError{y.error().field, which + y.error().message};
  }
  const EngineInput base = [&] {
    EngineInput in = fit_engine(engine);
    in.addition_hours = 0;
    in.k_intra_per_s = 0;
    return in;
  }();
  FitResult fit;
  auto model_at = [&](double c0) -> Model {
    return [&base, c0](double em) {
      EngineInput in = base;
      in.total_molar = c0;
      in.em_molar = em;
      return ring_yield_of(in);
    };
  };
  // EM for `target` at point i, bracketed from the closed form's EM upwards.
  auto solve = [&](const YieldPoint& p, double target) {
    const double guess = 2 * p.c0_molar / closed_form_x(target);
    return crossing(model_at(p.c0_molar), target, kMinEmMolar, kMaxEmMolar, guess, 4 * guess, fit.model_runs);
  };

  // Each point allows an interval of EM; the range is their intersection.
  std::optional<double> lo, hi;
  double widest_lo = kMaxEmMolar, widest_hi = kMinEmMolar;  // bracket for an inconsistent fit
  bool empty = false;
  for (const auto& p : points) {
    End low, high;
    if (p.ring_yield - error_abs > 0) {
      auto c = solve(p, p.ring_yield - error_abs);
      if (!c.ok()) return c.error();
      low = lower_end(c.value());
    }
    if (p.ring_yield + error_abs < 1) {
      auto c = solve(p, p.ring_yield + error_abs);
      if (!c.ok()) return c.error();
      high = upper_end(c.value());
    }
    empty = empty || low.impossible || high.impossible;
    if (low.bound) lo = std::max(lo.value_or(0.0), *low.bound);
    if (high.bound) hi = std::min(hi.value_or(kMaxEmMolar), *high.bound);
    widest_lo = std::min(widest_lo, low.bound.value_or(kMinEmMolar));
    widest_hi = std::max(widest_hi, high.bound.value_or(kMaxEmMolar));
  }
  if (lo && hi && *lo > *hi) empty = true;
  fit.consistent = !empty;
  fit.range = empty ? FitRange{true, std::nullopt, std::nullopt} : FitRange{false, lo, hi};

  // Best value: least squares in yield (one point: its exact EM). Consistent
  // data are fitted within their range, inconsistent data over every point's
  // own interval, which holds the least-squares minimum.
  auto squares = [&](double em) -> Outcome<double> {
    double sum = 0;
    for (const auto& p : points) {
      auto y = model_at(p.c0_molar)(em);
      if (!y.ok()) return y.error();
      sum += (y.value() - p.ring_yield) * (y.value() - p.ring_yield);
    }
    return sum;
  };
  if (fit.range.bounded() && points.size() == 1) {
    auto c = crossing(model_at(points[0].c0_molar), points[0].ring_yield, *lo, *hi, *lo, *hi, fit.model_runs);
    if (!c.ok()) return c.error();
    fit.value = c.value().x;
  } else if (fit.range.bounded() || empty) {
    const double a = empty ? widest_lo : *lo, b = empty ? widest_hi : *hi;
    int runs = 0;
    auto best = minimum_log(squares, std::min(a, b), std::max(a, b), 1e-5, runs);
    fit.model_runs += runs * static_cast<int>(points.size());
    if (!best.ok()) return best.error();
    // A least-squares EM at the edge of the model's range is a bound, not a value.
    const bool at_edge = best.value() < kMinEmMolar * 1.01 || best.value() > kMaxEmMolar / 1.01;
    if (!at_edge) fit.value = best.value();
  }
  fit.determined = fit.value.has_value();
  if (fit.value) {
    for (const auto& p : points) {
      auto y = model_at(p.c0_molar)(*fit.value);
      ++fit.model_runs;
      if (!y.ok()) return y.error();
      fit.residuals.push_back({p.ring_yield, y.value()});
    }
    summarise_residuals(fit);
  }

  const std::string within = "within " + plus_minus_percent(error_abs);
  const std::string all = points.size() == 1 ? "the measured ring yield" : "every point";
  if (!fit.consistent) {
    fit.message = "No single EM reproduces " + all + " " + within + ". ";
    fit.message += fit.value ? "The least-squares EM, " + figure(*fit.value) + " mol/L, misses by up to " +
                                   figure(*fit.max_abs_residual * 100) + " %"
                             : "The data pull EM to the edge of the model's range";
    fit.message +=
        ": check the points, or the yields carry losses the model does not count (workup, side reactions).";
  } else if (fit.determined) {
    fit.message = "EM = " + figure(*fit.value) + " mol/L (" + describe_range(fit.range, "mol/L") +
                  ") reproduces " + all + " " + within + ".";
  } else if (lo) {
    fit.message =
        "A ring yield within error of 100 % only bounds EM from below: EM " +
        describe_range(fit.range, "mol/L") +
        ". A run at higher concentration, where the ring yield falls clearly below 100 %, measures it.";
  } else if (hi) {
    fit.message = "A ring yield within error of 0 only bounds EM from above: EM " +
                  describe_range(fit.range, "mol/L") + ". A more dilute run measures it.";
  } else {
    fit.message = "These data do not constrain EM " + within + ".";
  }
  return fit;
}

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
  if (!empty) {
    if (high.bound) fit.half_life_range_h.lo = half_life_hours(*high.bound);
    if (low.bound) fit.half_life_range_h.hi = half_life_hours(*low.bound);
  }
  fit.half_life_range_h.empty = empty;

  const std::string within = "within " + plus_minus_percent(error_abs);
  const std::string batch_text = figure(fit.batch_ring_yield * 100, 3) + " %";
  const std::string half_lives = "half-life " + describe_range(fit.half_life_range_h, "h");
  if (!fit.consistent && high_target < fit.batch_ring_yield) {
    fit.message = "The ring yield is below what adding everything at once gives (" + batch_text +
                  ") beyond the error: no k_intra explains it. The EM may be lower than stated, or material "
                  "is lost elsewhere.";
  } else if (!fit.consistent) {
    fit.message = "That ring yield needs k_intra·t_add beyond this model's range (" +
                  figure(kMaxKIntraAdditionTime) + "); no k_intra reproduces it " + within + ".";
  } else if (fit.determined) {
    fit.message = "k_intra = " + figure(*fit.value) + " /s (" + describe_range(fit.range, "/s") + "; " +
                  half_lives + ") reproduces the ring yield " + within + ".";
  } else if (high.bound) {
    fit.message = "The ring yield is within error of the " + batch_text +
                  " that adding everything at once gives, so the addition was fast compared with ring "
                  "closure: k_intra " +
                  describe_range(fit.range, "/s") + " (" + half_lives +
                  "). A longer addition, or a higher concentration, measures it.";
  } else if (low.bound) {
    fit.message = "A ring yield within error of 100 % only bounds k_intra from below: k_intra " +
                  describe_range(fit.range, "/s") + " (" + half_lives +
                  "). A shorter addition, where the yield falls clearly below 100 %, measures it.";
  } else {
    fit.message = "This ring yield does not constrain k_intra " + within + ".";
  }
  return fit;
}

Outcome<AdditionAdvice> recommend_addition_hours(const EngineInput& conditions, double target_yield) {
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
    hint = SolveHint{hours, 3 * hours};
  }
  auto hours = engine_addition_hours_for_ring_yield(in, target_yield, 1e-7, hint);
  if (!hours.ok()) return hours.error();
  advice.addition_hours = hours.value();
  advice.k_intra_addition_time = hours.value() * k.value() * kSecondsPerHour;
  return advice;
}

}  // namespace chem
