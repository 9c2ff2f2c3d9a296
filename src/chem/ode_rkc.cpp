#include "chem/ode_rkc.hpp"

#include <algorithm>
#include <cmath>

namespace chem {

OdeReport integrate_rkc(const OdeAutonomousRhs& rhs,
                        const std::function<double(const OdeState&)>& spectral_radius, std::vector<double>& y,
                        double t0, double t_end, const OdeSettings& settings, const OdeEvent& event) {
  const size_t n = y.size();
  std::vector<double> f0(n), f1(n), y_prev2(n), y_prev(n), y_stage(n), out(n);
  // One step of length h from (y, f0 = f(y)) into `out`, with s stages.
  auto step = [&](double h, int s) {
    const double eps = 2.0 / 13, w0 = 1 + eps / (s * s);
    // Chebyshev T_j(w0) and its first two derivatives, by recurrence.
    const double temp1 = w0 * w0 - 1, temp2 = std::sqrt(temp1), arg = s * std::log(w0 + temp2);
    const double w1 = std::sinh(arg) * temp1 / (std::cosh(arg) * s * temp2 - w0 * std::sinh(arg));
    double b_prev2 = 1 / (4 * w0 * w0), b_prev = b_prev2;  // b_0 = b_1 = b_2
    double t_prev2 = 1, t_prev = w0;                       // T_0, T_1
    double dt_prev2 = 0, dt_prev = 1;                      // T'_0, T'_1
    double ddt_prev2 = 0, ddt_prev = 0;                    // T''_0, T''_1
    const double mu1 = b_prev * w1;
    for (size_t i = 0; i < n; ++i) {
      y_prev2[i] = y[i];
      y_prev[i] = y[i] + mu1 * h * f0[i];
    }
    double a_prev = 1 - b_prev * t_prev;  // a_1
    for (int j = 2; j <= s; ++j) {
      const double t_j = 2 * w0 * t_prev - t_prev2;
      const double dt_j = 2 * w0 * dt_prev + 2 * t_prev - dt_prev2;
      const double ddt_j = 2 * w0 * ddt_prev + 4 * dt_prev - ddt_prev2;
      const double b_j = ddt_j / (dt_j * dt_j);
      const double mu = 2 * b_j * w0 / b_prev, nu = -b_j / b_prev2, mu_tilde = 2 * b_j * w1 / b_prev;
      const double gamma_tilde = -a_prev * mu_tilde;
      rhs(y_prev, f1);
      for (size_t i = 0; i < n; ++i) {
        y_stage[i] = (1 - mu - nu) * y[i] + mu * y_prev[i] + nu * y_prev2[i] + mu_tilde * h * f1[i] +
                     gamma_tilde * h * f0[i];
      }
      y_prev2.swap(y_prev);
      y_prev.swap(y_stage);
      a_prev = 1 - b_j * t_j;
      b_prev2 = b_prev, b_prev = b_j;
      t_prev2 = t_prev, t_prev = t_j;
      dt_prev2 = dt_prev, dt_prev = dt_j;
      ddt_prev2 = ddt_prev, ddt_prev = ddt_j;
    }
    out = y_prev;
    // The local error estimate of Sommeijer, Shampine and Verwer (their §4).
    rhs(out, f1);
    double norm = 0;
    for (size_t i = 0; i < n; ++i) {
      const double err = 0.8 * (y[i] - out[i]) + 0.4 * h * (f0[i] + f1[i]);
      const double scale = settings.absolute_tolerance +
                           settings.relative_tolerance * std::max(std::fabs(y[i]), std::fabs(out[i]));
      norm += (err / scale) * (err / scale);
    }
    return std::sqrt(norm / static_cast<double>(n));
  };
  // Stages for a step of h: the stability interval 0.65 (s² - 1) must cover h rho.
  auto stages_for = [](double h, double rho) {
    return std::max(2, static_cast<int>(std::ceil(std::sqrt(1.54 * h * rho + 1))) + 1);
  };
  OdeReport report;
  double t = t0;
  double h = settings.max_step > 0 ? std::min(settings.max_step, 1.0) : 1.0;
  std::vector<double> trial(n);
  while (t < t_end) {
    if (report.steps + report.rejected >= settings.max_steps) {
      report.t = t;
      return report;
    }
    h = std::min(h, t_end - t);
    rhs(y, f0);
    const double rho = 1.2 * spectral_radius(y);
    const double err = step(h, stages_for(h, rho));
    if (!std::isfinite(err) || err > 1) {
      ++report.rejected;
      h *= std::isfinite(err) ? std::max(0.1, 0.8 / std::cbrt(err)) : 0.1;
      if (h <= 1e-14 * std::max(1.0, std::fabs(t))) {
        report.t = t;
        return report;  // step size collapsed
      }
      continue;
    }
    ++report.steps;
    if (event(out) >= 0) {
      // Where in this step the event falls: bisect its length, every trial
      // starting again from (t, y), as integrate_dopri5 does.
      double lo = 0, hi = h;
      for (int i = 0; i < 60 && hi - lo > 1e-12 * h; ++i) {
        const double mid = 0.5 * (lo + hi);
        step(mid, stages_for(mid, rho));
        (event(out) >= 0 ? hi : lo) = mid;
      }
      step(hi, stages_for(hi, rho));
      y.swap(out);
      report.ok = report.stopped = true;
      report.t = t + hi;
      return report;
    }
    t += h;
    y.swap(out);
    h *= std::min(10.0, std::max(0.1, 0.8 / std::cbrt(std::max(err, 1e-10))));
    if (settings.max_step > 0) h = std::min(h, settings.max_step);
  }
  report.ok = true;
  report.t = t;
  return report;
}

}  // namespace chem
