// κ = k2/k1 from one SM / mono / bis composition by the Frost–Schwemer closed
// form (fits.hpp; docs/MODELS.md, "Fits").
//
// Geometry: in the plane (a, P) = (SM, mono) each κ is one curve
// P = (a^κ − a)/(1 − κ), concave in a, and the curves fall with κ at every a.
// The measurement with its error is a convex polygon: |a' − a|, |P' − P|,
// |Q' − Q| <= e with Q' = 1 − a' − P' >= 0, and x' = 2 − 2a' − P' at most the
// equivalents charged. The consistent κ are those whose curve meets the
// polygon: an interval, whose ends are found by bisection in ln κ on two
// tests, "the curve passes above the polygon" (κ too small) and "below" (κ
// too large).
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "chem/competitive_alkylation.hpp"
#include "chem/fit_solvers.hpp"
#include "chem/fits.hpp"
#include "chem/root_find.hpp"

namespace chem {
namespace {

using namespace fit_solvers;

constexpr int kBisections = 60;  // closed form only: ~1 µs each

// Mono fraction on the κ curve at unreacted fraction a (0 at a = 0 and 1).
double mono_at(double a, double kappa) {
  if (a <= 0 || a >= 1) return 0;
  return distribution_at_log_unreacted(std::log(a), kappa).mono;
}

struct Line {
  double c, slope;  // P' = c + slope a'
  double at(double a) const { return c + slope * a; }
};

// The polygon as lo(a') <= P' <= hi(a') for a' in [knots.front(), knots.back()];
// lo and hi are linear between knots (hi concave, lo convex).
struct Polygon {
  std::vector<Line> upper, lower;
  std::vector<double> knots;
  double hi(double a) const {
    double v = upper[0].at(a);
    for (const auto& l : upper) v = std::min(v, l.at(a));
    return v;
  }
  double lo(double a) const {
    double v = lower[0].at(a);
    for (const auto& l : lower) v = std::max(v, l.at(a));
    return v;
  }
  double gap(double a) const { return hi(a) - lo(a); }
};

// Empty knots: no composition within the error uses at most the equivalents
// charged (every other constraint holds at the measured point itself). The
// charge is a measurement too (a weighed or titrated reagent of stated
// purity): it carries the same error, read as relative, so the products may
// account for up to equiv × (1 + e).
Polygon make_polygon(double a, double p, double q, double e, double equiv) {
  Polygon poly;
  poly.upper = {{p + e, 0}, {1 - std::max(q - e, 0.0), -1}};
  poly.lower = {{std::max(p - e, 0.0), 0}, {1 - (q + e), -1}, {2 - equiv * (1 + e), -2}};
  const double a_lo = std::max(0.0, a - e), a_hi = std::min(1.0, a + e);
  std::vector<double> knots = {a_lo, a_hi};
  std::vector<Line> all = poly.upper;
  all.insert(all.end(), poly.lower.begin(), poly.lower.end());
  for (size_t i = 0; i < all.size(); ++i) {
    for (size_t j = i + 1; j < all.size(); ++j) {
      if (all[i].slope == all[j].slope) continue;
      const double cross = (all[j].c - all[i].c) / (all[i].slope - all[j].slope);
      if (cross > a_lo && cross < a_hi) knots.push_back(cross);
    }
  }
  std::sort(knots.begin(), knots.end());
  // gap = hi − lo is concave: it is >= 0 on one interval, found between knots.
  size_t first = knots.size(), last = 0;
  for (size_t i = 0; i < knots.size(); ++i) {
    if (poly.gap(knots[i]) >= 0) first = std::min(first, i), last = i;
  }
  if (first == knots.size()) return poly;
  auto zero = [&](double x0, double x1) {  // gap is linear between neighbouring knots
    const double g0 = poly.gap(x0), g1 = poly.gap(x1);
    return x0 + (x1 - x0) * g0 / (g0 - g1);
  };
  if (first > 0) poly.knots.push_back(zero(knots[first - 1], knots[first]));
  poly.knots.insert(poly.knots.end(), knots.begin() + first, knots.begin() + last + 1);
  if (last + 1 < knots.size()) poly.knots.push_back(zero(knots[last], knots[last + 1]));
  return poly;
}

// The curve lies above the whole polygon: it is concave and hi is linear
// between knots, so the knots decide.
bool above(const Polygon& poly, double kappa) {
  for (double a : poly.knots)
    if (mono_at(a, kappa) <= poly.hi(a)) return false;
  return true;
}

// The curve lies below the whole polygon: lo − curve is convex, so its
// minimum over the polygon's span is found by golden section.
bool below(const Polygon& poly, double kappa) {
  const double ratio = 0.5 * (std::sqrt(5.0) - 1);
  auto excess = [&](double a) { return poly.lo(a) - mono_at(a, kappa); };
  double a = poly.knots.front(), b = poly.knots.back();
  double c = b - ratio * (b - a), d = a + ratio * (b - a), fc = excess(c), fd = excess(d);
  for (int i = 0; i < 90 && b - a > 1e-15; ++i) {
    if (fc <= fd) {
      b = d, d = c, fd = fc, c = b - ratio * (b - a), fc = excess(c);
    } else {
      a = c, c = d, fc = fd, d = a + ratio * (b - a), fd = excess(d);
    }
  }
  return std::min({fc, fd, excess(poly.knots.front()), excess(poly.knots.back())}) > 0;
}

// The boundary between a test that holds at `from` and fails at `to`, in ln κ.
template <class Test>
double boundary(Test holds, double from, double to) {
  return bisect_log(holds, from, to, 0, kBisections);
}

}  // namespace

Outcome<KappaFit> fit_kappa(double equivalents, double sm_area, double mono_area, double bis_area,
                            double error_abs, const ResponseFactors& rf) {
  auto equiv = check_quantity(equivalents, kFitEquivRule);
  if (!equiv.ok()) return equiv.error();
  const double areas[] = {sm_area, mono_area, bis_area}, factors[] = {rf.sm, rf.mono, rf.bis};
  double moles[3], total = 0;
  for (int i = 0; i < 3; ++i) {
    auto area = check_quantity(areas[i], kAreaRules[i]);
    if (!area.ok()) return area.error();
    auto factor = check_quantity(factors[i], kResponseFactorRules[i]);
    if (!factor.ok()) return factor.error();
    moles[i] = areas[i] / factors[i];
    total += moles[i];
  }
  if (!(total > 0) || !std::isfinite(total)) {
    return InputError{"composition", "The SM, mono and bis areas are all zero: nothing was measured"};
  }
  auto error = check_error(error_abs);
  if (!error.ok()) return error.error();

  KappaFit fit;
  const double a = moles[0] / total, p = moles[1] / total, q = moles[2] / total;
  fit.unreacted = a, fit.mono = p, fit.bis = q;
  fit.consumed_equiv = p + 2 * q;
  fit.conversion = std::min(1.0, fit.consumed_equiv / equivalents);

  // κ from the measured point itself: P falls with κ at fixed 0 < a < 1.
  std::optional<double> point_kappa;
  const bool reachable = a > 0 && a < 1 && p < mono_at(a, kMinKappa) && p > mono_at(a, kMaxKappa);
  if (reachable) point_kappa = boundary([&](double k) { return mono_at(a, k) > p; }, kMinKappa, kMaxKappa);

  const Polygon poly = make_polygon(a, p, q, error_abs, equivalents);
  const bool too_much_electrophile = poly.knots.empty();
  bool needs_larger = false, needs_smaller = false;
  std::optional<double> lo, hi;
  if (!too_much_electrophile) {
    auto is_above = [&](double k) { return above(poly, k); };
    auto is_below = [&](double k) { return below(poly, k); };
    needs_larger = is_above(kMaxKappa);
    needs_smaller = is_below(kMinKappa);
    if (!needs_larger && is_above(kMinKappa)) lo = boundary(is_above, kMinKappa, kMaxKappa);
    if (!needs_smaller && is_below(kMaxKappa))
      hi = boundary([&](double k) { return !is_below(k); }, kMinKappa, kMaxKappa);
  }
  fit.consistent = !too_much_electrophile && !needs_larger && !needs_smaller;
  fit.range = fit.consistent ? FitRange{false, lo, hi} : FitRange{true, std::nullopt, std::nullopt};
  if (fit.range.bounded()) {
    // A point just outside the curves' reach (but within error) sits on the
    // side of the range it leans to.
    const double k = point_kappa ? *point_kappa : (p >= mono_at(a, kMinKappa) ? *lo : *hi);
    fit.value = std::clamp(k, *lo, *hi);
  } else if (too_much_electrophile) {
    fit.value = point_kappa;  // the composition still gives κ; the equivalents disagree
  }
  fit.determined = fit.value.has_value();
  if (fit.value) fit.value_kind = fit.consistent ? ValueKind::fit : ValueKind::composition_only;
  if (fit.value) {
    const auto model = alkylation_distribution(std::min(2.0, fit.consumed_equiv), *fit.value);
    if (!model.ok()) return model.error();
    fit.residuals = {{a, model.value().unreacted}, {p, model.value().mono}, {q, model.value().bis}};
    summarise_residuals(fit);
  }

  const std::string within = "within " + plus_minus_percent(error_abs);
  if (too_much_electrophile) {
    fit.message = "The products account for " + figure(fit.consumed_equiv) +
                  " equiv of electrophile, more than the " + figure(equivalents) + " equiv charged (beyond " +
                  plus_minus_percent(error_abs) +
                  "): check the equivalents, the response factors and the peak assignments.";
    if (fit.value) fit.message += " The composition alone gives κ = " + figure(*fit.value) + ".";
    return fit;
  }
  if (needs_larger || needs_smaller) {
    fit.message = "No κ between " + figure(kMinKappa) + " and " + figure(kMaxKappa) +
                  " gives this composition " + within +
                  (needs_larger ? ": too little mono for the SM left" : ": too much mono for the SM left") +
                  ". Check the response factors and assignments, or another reaction consumes the products.";
    return fit;
  }
  if (fit.determined) {
    fit.message = "κ = " + figure(*fit.value) + " (" + describe_range(fit.range, "") +
                  ") reproduces the composition " + within + ".";
  } else if (hi) {
    // A tiny κ reaches any composition with no bis, or with no SM left.
    fit.message = (q <= error_abs ? "Too little bis product to measure κ"
                                  : "With the SM used up (within error) κ cannot be measured") +
                  std::string(": the data only bound it from above, κ ") + describe_range(fit.range, "") +
                  (q > error_abs ? ". A run stopped earlier, with SM left, measures it."
                   : fit.conversion < 1 - error_abs
                       ? ". A run taken to full conversion of the electrophile measures it."
                       : ". A run with more electrophile measures it.");
  } else if (lo) {
    fit.message = "Too little mono product to measure κ: the data only bound it from below, κ " +
                  describe_range(fit.range, "") + ".";
  } else {
    fit.message = "This composition does not constrain κ " + within + " (too little reaction, or none left).";
  }
  if (fit.conversion < 1 - error_abs) {
    fit.message +=
        " The products account for " + figure(fit.consumed_equiv) + " of the " + figure(equivalents) +
        " equiv charged (" + figure(fit.conversion * 100) +
        " % conversion): the electrophile was not used up, or part of it was lost (e.g. hydrolysis), or a "
        "product is missing from the analysis (a precipitated HX or quaternary salt, a poor detector "
        "response).";
  }
  return fit;
}

}  // namespace chem
