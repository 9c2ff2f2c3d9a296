#include "chem/ode_integrator.hpp"

#include <algorithm>
#include <cmath>

namespace chem {
namespace {

using State = std::vector<double>;

// One Dormand–Prince step of size h from (t, y) with k[0] = rhs(t, y) already
// known. Writes the 5th-order solution to y_new and returns the scaled RMS
// norm of the embedded error estimate (accept when <= 1). k[6] = rhs(t + h, y_new).
double dopri_step(const OdeRhs& rhs, double t, const State& y, double h, std::vector<State>& k, State& y_new,
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

}  // namespace

OdeReport integrate_dopri5(const OdeRhs& rhs, std::vector<double>& y, double t0, double t_end,
                           const OdeSettings& settings, const OdeEvent& event, const OdeObserver& observe) {
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
    const double err = dopri_step(rhs, t, y, h, k, y_new, stage, settings);
    if (!std::isfinite(err) || err > 1) {
      ++report.rejected;
      const double shrink = std::isfinite(err) ? std::max(0.2, 0.9 * std::pow(err, -0.2)) : 0.2;
      h *= shrink;
      if (h <= 1e-14 * std::max(1.0, std::fabs(t))) return report;  // step size collapsed
      continue;
    }
    ++report.steps;
    if (event && event(y_new) >= 0) {
      // Bisect on the step length; every trial step starts again from (t, y).
      State trial(n);
      std::vector<State> k_trial = k;
      double lo = 0, hi = h;
      for (int i = 0; i < 60 && hi - lo > 1e-13 * h; ++i) {
        const double mid = 0.5 * (lo + hi);
        dopri_step(rhs, t, y, mid, k_trial, trial, stage, settings);
        (event(trial) >= 0 ? hi : lo) = mid;
      }
      dopri_step(rhs, t, y, hi, k_trial, trial, stage, settings);
      y.swap(trial);
      report.ok = report.stopped = true;
      report.t = t + hi;
      if (observe) observe(report.t, y);
      return report;
    }
    t = last ? t_end : t + h;
    y.swap(y_new);
    k[0].swap(k[6]);  // first same as last
    if (observe) observe(t, y);
    h *= std::min(5.0, std::max(0.2, 0.9 * std::pow(std::max(err, 1e-10), -0.2)));
    if (settings.max_step > 0) h = std::min(h, settings.max_step);
  }
  report.ok = true;
  report.t = t;
  return report;
}

}  // namespace chem
