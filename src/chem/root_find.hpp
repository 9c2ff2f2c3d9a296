// The models' root finders, in one place: every solve in src/chem searches a
// positive quantity over decades (a concentration, an addition time, κ), so
// both work in ln x.
#pragma once

#include <cmath>

#include "chem/outcome.hpp"

namespace chem {

// The point between `from` (where `holds` is true) and `to` (where it is
// false) at which it changes, by bisection in ln x: until the two ends are
// within `relative_tolerance` of each other, or after `max_steps` halvings.
// `from` may lie above `to`. Costs one `holds` per step; for a test that is
// cheap (a closed form) or not smooth (a polygon's edge).
template <class Holds>
double bisect_log(const Holds& holds, double from, double to, double relative_tolerance,
                  int max_steps = 2000) {
  double a = std::log(from), b = std::log(to);
  const double ln_tolerance = std::log1p(relative_tolerance);
  for (int i = 0; i < max_steps && std::fabs(b - a) > ln_tolerance; ++i) {
    const double mid = 0.5 * (a + b);
    if (mid == a || mid == b) break;  // the ends are neighbouring doubles
    (holds(std::exp(mid)) ? a : b) = mid;
  }
  return std::exp(0.5 * (a + b));
}

// The root of f(x) = 0 between lo < hi, where f(lo) and f(hi) (given) have
// opposite signs, by the Illinois variant of regula falsi in ln x: a secant
// step that halves the stale end's value when the same end moves twice, so
// it converges superlinearly and never leaves the bracket (a bisection
// whenever a step would). Stops when the bracket is `ln_tolerance` wide in
// ln x, when |f| < `f_tolerance`, or after `max_steps` evaluations; `f`
// returns Outcome<double> (a model run that can fail), and its error is
// passed on. For costly f (an ODE run per evaluation).
template <class F>
Outcome<double> illinois_log(const F& f, double lo, double f_lo, double hi, double f_hi, double ln_tolerance,
                             double f_tolerance, int max_steps) {
  if (f_lo == 0) return lo;
  if (f_hi == 0) return hi;
  double a = std::log(lo), b = std::log(hi), fa = f_lo, fb = f_hi;
  int side = 0;
  for (int i = 0; i < max_steps && b - a > ln_tolerance; ++i) {
    double c = b - fb * (b - a) / (fb - fa);
    if (!(c > a && c < b)) c = 0.5 * (a + b);
    auto value = f(std::exp(c));
    if (!value.ok()) return value.error();
    const double fc = value.value();
    if (std::fabs(fc) < f_tolerance) return std::exp(c);
    if ((fc > 0) == (fb > 0)) {
      b = c, fb = fc;
      if (side == -1) fa /= 2;
      side = -1;
    } else {
      a = c, fa = fc;
      if (side == 1) fb /= 2;
      side = 1;
    }
  }
  // The root lies in [a, b]; the secant through the ends is the best guess.
  const double c = b - fb * (b - a) / (fb - fa);
  return std::exp(c > a && c < b ? c : 0.5 * (a + b));
}

}  // namespace chem
