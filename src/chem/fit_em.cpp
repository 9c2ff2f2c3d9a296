// EM from batch ring yields by inverting the cyclization engine
// (fits.hpp; docs/MODELS.md, "Fits").
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "chem/cyclization.hpp"
#include "chem/cyclization_engine.hpp"
#include "chem/fit_solvers.hpp"
#include "chem/fits.hpp"

namespace chem {
namespace {
constexpr size_t kMaxPoints = 50;
}  // namespace

using namespace fit_solvers;
using cyclization_detail::check_between;

Outcome<double> ring_yield_from_ratio(double ring_to_oligomer) {
  auto r = check_quantity(ring_to_oligomer, kRingRatioRule);
  if (!r.ok()) return r.error();
  return ring_to_oligomer / (1 + ring_to_oligomer);
}

Outcome<EmFit> fit_em(const std::vector<YieldPoint>& points, double error_abs, const EngineInput& engine) {
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
  // The engine's floor: a ring EM far below the oligomer rings' makes the
  // equations too stiff for its explicit integrator (it fails near 1e-7 mol/L
  // with the default 0.01 mol/L large-ring EM, ratio 1e5); the fit searches
  // EM only down to kEmFloorRatio times the largest oligomer-ring EM.
  auto oligomer_ems = ring_ems(base, base.max_chain_length);
  if (!oligomer_ems.ok()) return oligomer_ems.error();
  double largest = 0;
  for (size_t i = 1; i < oligomer_ems.value().size(); ++i)
    largest = std::max(largest, oligomer_ems.value()[i]);
  const double em_floor = std::max(kMinEmMolar, kEmFloorRatio * largest);
  // Two components: the engine takes C0 down to kMinTwoComponentC0OverEm x EM,
  // so the most dilute run caps the EMs searched.
  double em_max = kMaxEmMolar;
  if (base.two_component) {
    for (const auto& p : points) em_max = std::min(em_max, p.c0_molar / kMinTwoComponentC0OverEm);
  }
  bool floor_reached = false;  // a point needs an EM at or below the floor
  EmFit fit;
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
    auto c = crossing(model_at(p.c0_molar), target, em_floor, em_max, guess, 4 * guess, fit.model_runs);
    if (c.ok() && c.value().side == Side::below_min) floor_reached = true;
    return c;
  };

  // Each point allows an interval of EM; the range is their intersection.
  std::optional<double> lo, hi;
  double widest_lo = em_max, widest_hi = em_floor;  // bracket for an inconsistent fit
  double narrowest_ln = INFINITY;                   // the narrowest single-point interval, ln EM
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
    if (high.bound) hi = std::min(hi.value_or(em_max), *high.bound);
    widest_lo = std::min(widest_lo, low.bound.value_or(em_floor));
    widest_hi = std::max(widest_hi, high.bound.value_or(em_max));
    if (low.bound && high.bound) narrowest_ln = std::min(narrowest_ln, std::log(*high.bound / *low.bound));
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
    const bool at_edge = best.value() < em_floor * 1.01 || best.value() > em_max / 1.01;
    if (!at_edge) fit.value = best.value();
  }
  fit.determined = fit.value.has_value();
  if (fit.value) fit.value_kind = fit.consistent ? ValueKind::fit : ValueKind::least_squares_compromise;
  if (fit.value) {
    for (const auto& p : points) {
      auto y = model_at(p.c0_molar)(*fit.value);
      ++fit.model_runs;
      if (!y.ok()) return y.error();
      fit.residuals.push_back({p.ring_yield, y.value()});
    }
    summarise_residuals(fit);
  }

  // Each run's own EM: what a single run would have said.
  for (const auto& p : points) {
    std::optional<double> own;
    if (points.size() == 1) {
      own = fit.value;
    } else if (p.ring_yield > 0 && p.ring_yield < 1) {
      auto c = solve(p, p.ring_yield);
      if (!c.ok()) return c.error();
      if (c.value().side == Side::inside) own = c.value().x;
    }
    fit.point_values.push_back(own);
  }
  // A consistent range can still be one the runs barely share: much narrower
  // than any one of them allows, or crossed by single-run EMs that drift
  // with C0 (the model's shape does not match the data's).
  if (fit.consistent && fit.range.bounded() && points.size() > 1) {
    const double width_ln = std::log(*hi / *lo);
    fit.marginal = std::isfinite(narrowest_ln) && width_ln < kMarginalWidthFraction * narrowest_ln;
    std::vector<size_t> order(points.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return points[a].c0_molar < points[b].c0_molar; });
    bool monotone = order.size() >= 3;
    int sign = 0;
    for (size_t k = 0; monotone && k < order.size(); ++k) {
      const auto& own = fit.point_values[order[k]];
      if (!own) monotone = false;
      if (!monotone || k == 0) continue;
      const auto& before = fit.point_values[order[k - 1]];
      const bool distinct = points[order[k]].c0_molar > points[order[k - 1]].c0_molar;
      const int step = *own > *before ? 1 : *own < *before ? -1 : 0;
      if (!distinct || step == 0 || (sign != 0 && step != sign)) monotone = false;
      sign = step;
    }
    if (monotone) {
      const double first = *fit.point_values[order.front()], last = *fit.point_values[order.back()];
      if (std::min(first, last) < *lo && std::max(first, last) > *hi) fit.drift = sign;
    }
    fit.marginal = fit.marginal || fit.drift != 0;
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
    if (fit.marginal) {
      std::string singles;
      for (size_t i = 0; i < fit.point_values.size(); ++i) {
        if (!fit.point_values[i]) continue;
        singles += (singles.empty() ? "" : ", ") + figure(*fit.point_values[i], 3);
      }
      fit.message.pop_back();
      fit.message += ", but the runs barely agree";
      if (!singles.empty()) fit.message += " (single runs: " + singles + " mol/L)";
      fit.message += ": the narrow range reflects their disagreement, not precision.";
    }
    if (fit.drift != 0) {
      fit.message += std::string(" The single-run EM ") + (fit.drift > 0 ? "rises" : "falls") +
                     " with C0: an EM that drifts with C0 suggests the AB model does not fit";
      if (fit.drift < 0) {
        fit.message += "; check for losses that grow with C0 (side reactions, precipitation).";
      } else if (!base.two_component) {
        fit.message +=
            ", e.g. a two-component A2 + B2 closure, whose effective EM comes out low: fit it with two "
            "components.";
      } else {
        fit.message += "; check the points and the dihalide's equivalents (a free diamine also branches).";
      }
    }
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
  // Below the engine's floor the data are not wrong, the model cannot go there: say that instead.
  const std::string floor_text = "the least EM this model simulates here, " + figure(em_floor) +
                                 " mol/L (1e-4 × the largest oligomer-ring EM; below it the equations are "
                                 "too stiff to integrate)";
  if (floor_reached && !fit.consistent && !fit.value) {
    fit.message = "The data need an EM below " + floor_text + ": this model cannot fit them.";
  } else if (floor_reached && fit.consistent && !lo && !hi) {
    fit.message = "Every EM down to " + floor_text + " reproduces " + all + " " + within +
                  ": at this C0 the ring yield does not constrain EM. A run at higher C0 measures it.";
  }
  return fit;
}

}  // namespace chem
