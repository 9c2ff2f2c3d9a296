// EM from batch ring yields by inverting the cyclization engine
// (calibration.hpp; docs/MODELS.md, "Calibration (fits)").
#include <algorithm>
#include <cmath>
#include <string>

#include "chem/calibration.hpp"
#include "chem/calibration_detail.hpp"
#include "chem/cyclization.hpp"

namespace chem {
namespace {
constexpr size_t kMaxPoints = 50;
}  // namespace

using namespace calibration_detail;
using cyclization_detail::check_between;

Outcome<double> ring_yield_from_ratio(double ring_to_oligomer) {
  auto r = check_quantity(ring_to_oligomer, kRingRatioRule);
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

}  // namespace chem
