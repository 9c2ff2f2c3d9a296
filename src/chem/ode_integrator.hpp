// Adaptive Dormand–Prince 5(4) integration of y' = rhs(t, y), with an
// optional stopping event. Coefficients: J. R. Dormand, P. J. Prince, J. Comput.
// Appl. Math. 1980, 6, 19; step control and starting step as in E. Hairer,
// S. P. Nørsett, G. Wanner, Solving Ordinary Differential Equations I, §II.4.
// Explicit, so meant for non-stiff problems; the kinetics here are
// dimensionless, which keeps every rate near 1.
#pragma once

#include <algorithm>
#include <cmath>
#include <vector>

namespace chem {

struct OdeSettings {
  double relative_tolerance = 1e-10;
  double absolute_tolerance = 1e-13;
  int max_steps = 200000;
  double max_step = 0;  // > 0: no step longer than this (a resolution for recorded courses)
};

struct OdeReport {
  bool ok = false;       // false: max_steps reached (t and y are where it stopped), or the step collapsed
  bool stopped = false;  // the event fired; t is the event time
  double t = 0;          // where the integration ended
  int steps = 0;
  int rejected = 0;
};

namespace ode_detail {

using State = std::vector<double>;

// One Dormand–Prince step of size h from (t, y) with k[0] = rhs(t, y) already
// known. Writes the 5th-order solution to y_new and returns the scaled RMS
// norm of the embedded error estimate (accept when <= 1). k[6] = rhs(t + h, y_new).
template <class Rhs>
double dopri_step(const Rhs& rhs, double t, const State& y, double h, std::vector<State>& k, State& y_new,
                  State& stage, const OdeSettings& settings) {
  constexpr double c[7] = {0, 1.0 / 5, 3.0 / 10, 4.0 / 5, 8.0 / 9, 1, 1};
  constexpr double a[7][6] = {
      {},
      {1.0 / 5},
      {3.0 / 40, 9.0 / 40},
      {44.0 / 45, -56.0 / 15, 32.0 / 9},
      {19372.0 / 6561, -25360.0 / 2187, 64448.0 / 6561, -212.0 / 729},
      {9017.0 / 3168, -355.0 / 33, 46732.0 / 5247, 49.0 / 176, -5103.0 / 18656},
      {35.0 / 384, 0, 500.0 / 1113, 125.0 / 192, -2187.0 / 6784, 11.0 / 84},
  };
  // 5th-order weights minus the embedded 4th-order ones.
  constexpr double e[7] = {71.0 / 57600,      0,          -71.0 / 16695, 71.0 / 1920,
                           -17253.0 / 339200, 22.0 / 525, -1.0 / 40};
  const size_t n = y.size();
  for (int s = 1; s < 7; ++s) {
    State& target = s == 6 ? y_new : stage;  // the last stage is the solution itself (FSAL)
    for (size_t i = 0; i < n; ++i) {
      double sum = 0;
      for (int j = 0; j < s; ++j) sum += a[s][j] * k[j][i];
      target[i] = y[i] + h * sum;
    }
    rhs(t + c[s] * h, target, k[s]);
  }
  double norm = 0;
  for (size_t i = 0; i < n; ++i) {
    double err = 0;
    for (int j = 0; j < 7; ++j) err += e[j] * k[j][i];
    const double scale = settings.absolute_tolerance +
                         settings.relative_tolerance * std::max(std::fabs(y[i]), std::fabs(y_new[i]));
    norm += (h * err / scale) * (h * err / scale);
  }
  return std::sqrt(norm / static_cast<double>(n));
}

struct NoEvent {
  double operator()(const State&) const { return -1; }
};

struct NoObserver {
  void operator()(double, const State&) const {}
};

}  // namespace ode_detail

// Integrates from t0 to t_end (> t0), updating y. `event(y)` is checked after
// every accepted step; when it turns >= 0 the crossing is located by bisecting
// that step (re-stepping from its start, so no interpolation error) and the
// integration ends there. rhs(t, y, dydt) writes dydt (same size as y).
// `observe(t, y)` sees every accepted step (and the event point), e.g. to
// record a course for a plot.
template <class Rhs, class Event = ode_detail::NoEvent, class Observer = ode_detail::NoObserver>
OdeReport integrate_dopri5(const Rhs& rhs, std::vector<double>& y, double t0, double t_end,
                           const OdeSettings& settings, const Event& event = Event(),
                           const Observer& observe = Observer()) {
  using ode_detail::State;
  const size_t n = y.size();
  std::vector<State> k(7, State(n));
  State y_new(n), stage(n);
  OdeReport report;
  double t = t0;
  rhs(t, y, k[0]);
  // Starting step (Hairer–Nørsett–Wanner): a step over which an Euler step
  // would change y by ~1 % of its scale, refined by a second-derivative estimate.
  double d0 = 0, d1 = 0;
  for (size_t i = 0; i < n; ++i) {
    const double scale = settings.absolute_tolerance + settings.relative_tolerance * std::fabs(y[i]);
    d0 += (y[i] / scale) * (y[i] / scale);
    d1 += (k[0][i] / scale) * (k[0][i] / scale);
  }
  d0 = std::sqrt(d0 / n);
  d1 = std::sqrt(d1 / n);
  double h = (d0 < 1e-5 || d1 < 1e-5) ? 1e-6 : 0.01 * d0 / d1;
  h = std::min(h, t_end - t0);
  for (size_t i = 0; i < n; ++i) stage[i] = y[i] + h * k[0][i];
  rhs(t + h, stage, k[1]);
  double d2 = 0;
  for (size_t i = 0; i < n; ++i) {
    const double scale = settings.absolute_tolerance + settings.relative_tolerance * std::fabs(y[i]);
    d2 += ((k[1][i] - k[0][i]) / scale) * ((k[1][i] - k[0][i]) / scale);
  }
  d2 = std::sqrt(d2 / n) / h;
  const double h1 =
      std::max(d1, d2) <= 1e-15 ? std::max(1e-6, h * 1e-3) : std::pow(0.01 / std::max(d1, d2), 0.2);
  h = std::min({100 * h, h1, t_end - t0});
  if (settings.max_step > 0) h = std::min(h, settings.max_step);

  while (t < t_end) {
    if (report.steps + report.rejected >= settings.max_steps) {
      report.t = t;  // y holds the solution there: a caller may go on another way
      return report;
    }
    const bool last = t + h >= t_end;
    if (last) h = t_end - t;
    const double err = ode_detail::dopri_step(rhs, t, y, h, k, y_new, stage, settings);
    if (!std::isfinite(err) || err > 1) {
      ++report.rejected;
      const double shrink = std::isfinite(err) ? std::max(0.2, 0.9 * std::pow(err, -0.2)) : 0.2;
      h *= shrink;
      if (h <= 1e-14 * std::max(1.0, std::fabs(t))) return report;  // step size collapsed
      continue;
    }
    ++report.steps;
    if (event(y_new) >= 0) {
      // Bisect on the step length; every trial step starts again from (t, y).
      State trial(n);
      std::vector<State> k_trial = k;
      double lo = 0, hi = h;
      for (int i = 0; i < 60 && hi - lo > 1e-13 * h; ++i) {
        const double mid = 0.5 * (lo + hi);
        ode_detail::dopri_step(rhs, t, y, mid, k_trial, trial, stage, settings);
        (event(trial) >= 0 ? hi : lo) = mid;
      }
      ode_detail::dopri_step(rhs, t, y, hi, k_trial, trial, stage, settings);
      y.swap(trial);
      report.ok = report.stopped = true;
      report.t = t + hi;
      observe(report.t, y);
      return report;
    }
    t = last ? t_end : t + h;
    y.swap(y_new);
    k[0].swap(k[6]);  // first same as last
    observe(t, y);
    h *= std::min(5.0, std::max(0.2, 0.9 * std::pow(std::max(err, 1e-10), -0.2)));
    if (settings.max_step > 0) h = std::min(h, settings.max_step);
  }
  report.ok = true;
  report.t = t;
  return report;
}

}  // namespace chem
