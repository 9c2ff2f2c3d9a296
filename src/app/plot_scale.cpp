#include "app/plot_scale.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app/format.hpp"

namespace app {
namespace {

double nice_step(double span, int target_count) {
  const double raw = span / std::max(1, target_count);
  const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  const double fraction = raw / magnitude;
  // The smallest nice step that gives no more than about target_count ticks.
  const double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * magnitude;
}

std::string power_of_ten_label(int exponent) {
  if (exponent >= -2 && exponent <= 3) return tick_label(std::pow(10.0, exponent), std::pow(10.0, exponent));
  return "10" + superscript(exponent);
}

}  // namespace

std::string tick_label(double value, double step) {
  if (std::fabs(value) < step * 1e-9) return "0";
  const int decimals = std::max(0, static_cast<int>(-std::floor(std::log10(step) + 1e-9)));
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%.*f", std::min(decimals, 12), value);
  return buffer;
}

std::vector<Tick> axis_ticks(const Axis& axis, int target_count) {
  std::vector<Tick> ticks;
  if (!(axis.max > axis.min) || !std::isfinite(axis.min) || !std::isfinite(axis.max)) return ticks;
  if (axis.scale == AxisScale::linear) {
    const double step = nice_step(axis.max - axis.min, target_count);
    const double first = std::ceil(axis.min / step - 1e-9) * step;
    for (double v = first; v <= axis.max + step * 1e-9 && ticks.size() < 100; v += step) {
      const double snapped = std::round(v / step) * step;  // no 0.30000000000000004
      ticks.push_back({snapped, tick_label(snapped, step)});
    }
    return ticks;
  }
  if (axis.min <= 0) return ticks;
  const int first_decade = static_cast<int>(std::floor(std::log10(axis.min) + 1e-9));
  const int last_decade = static_cast<int>(std::ceil(std::log10(axis.max) - 1e-9));
  const bool label_2_and_5 = last_decade - first_decade < 3;
  for (int decade = first_decade; decade <= last_decade; ++decade) {
    const double base = std::pow(10.0, decade);
    for (int multiple = 1; multiple <= 9; ++multiple) {
      const double v = multiple * base;
      if (v < axis.min * (1 - 1e-9) || v > axis.max * (1 + 1e-9)) continue;
      std::string label;
      if (multiple == 1) {
        label = power_of_ten_label(decade);
      } else if (label_2_and_5 && (multiple == 2 || multiple == 5)) {
        label = tick_label(v, base);
      }
      ticks.push_back({v, label});
    }
  }
  return ticks;
}

double value_to_pixel(const Axis& axis, double value, double pixel_at_min, double pixel_at_max) {
  double t;
  if (axis.scale == AxisScale::log10) {
    const double safe = value > 0 ? value : axis.min * 1e-3;
    t = (std::log10(safe) - std::log10(axis.min)) / (std::log10(axis.max) - std::log10(axis.min));
  } else {
    t = (value - axis.min) / (axis.max - axis.min);
  }
  return pixel_at_min + t * (pixel_at_max - pixel_at_min);
}

double pixel_to_value(const Axis& axis, double pixel, double pixel_at_min, double pixel_at_max) {
  const double t = (pixel - pixel_at_min) / (pixel_at_max - pixel_at_min);
  if (axis.scale == AxisScale::log10) {
    return std::pow(10.0, std::log10(axis.min) + t * (std::log10(axis.max) - std::log10(axis.min)));
  }
  return axis.min + t * (axis.max - axis.min);
}

double interpolate(const std::vector<double>& xs, const std::vector<double>& ys, double x) {
  const size_t n = std::min(xs.size(), ys.size());
  if (n == 0) return 0;
  if (x <= xs[0]) return ys[0];
  if (x >= xs[n - 1]) return ys[n - 1];
  const size_t upper = static_cast<size_t>(std::upper_bound(xs.begin(), xs.begin() + n, x) - xs.begin());
  const size_t lower = upper - 1;
  const double span = xs[upper] - xs[lower];
  const double t = span > 0 ? (x - xs[lower]) / span : 0;
  return ys[lower] + t * (ys[upper] - ys[lower]);
}

}  // namespace app
