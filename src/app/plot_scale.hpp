// Axis arithmetic for the plot layer: "nice" ticks on linear and log10 axes
// and the mapping between data values and screen pixels. Pure functions, so
// they are tested without a screen.
#pragma once

#include <string>
#include <vector>

namespace app {

enum class AxisScale { linear, log10 };

struct Axis {
  AxisScale scale = AxisScale::linear;
  double min = 0;  // data units; for log10 both must be > 0
  double max = 1;
};

struct Tick {
  double value;
  std::string label;  // empty for minor ticks
};

// Ticks inside [min, max]: steps of 1, 2 or 5 × 10^k on linear axes (about
// `target_count` of them), decades on log axes (with 2 and 5 when the range is
// under three decades, unlabelled minor ticks otherwise).
std::vector<Tick> axis_ticks(const Axis& axis, int target_count = 6);

// Position of `value` between pixel_at_min and pixel_at_max (either order, so
// a y axis can grow upwards). Values outside the axis extrapolate.
double value_to_pixel(const Axis& axis, double value, double pixel_at_min, double pixel_at_max);
double pixel_to_value(const Axis& axis, double pixel, double pixel_at_min, double pixel_at_max);

// Linear interpolation of y(x) on ascending xs; clamps outside the data.
double interpolate(const std::vector<double>& xs, const std::vector<double>& ys, double x);

// A tick label: as few digits as the step needs ("0.25", "1", "10⁻⁴").
std::string tick_label(double value, double step);

}  // namespace app
