#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "app/plot_scale.hpp"

using app::Axis;
using app::AxisScale;

namespace {
std::vector<double> values(const std::vector<app::Tick>& ticks) {
  std::vector<double> out;
  for (const auto& t : ticks) out.push_back(t.value);
  return out;
}
std::vector<std::string> labels(const std::vector<app::Tick>& ticks) {
  std::vector<std::string> out;
  for (const auto& t : ticks) out.push_back(t.label);
  return out;
}
}  // namespace

TEST_CASE("linear ticks are 1, 2 or 5 times a power of ten, labelled with just enough digits") {
  auto ticks = app::axis_ticks({AxisScale::linear, 0, 2}, 6);
  CHECK(values(ticks) == std::vector<double>{0, 0.5, 1, 1.5, 2});
  CHECK(labels(ticks) == std::vector<std::string>{"0", "0.5", "1.0", "1.5", "2.0"});
  CHECK(labels(app::axis_ticks({AxisScale::linear, 0, 1}, 5)) ==
        std::vector<std::string>{"0", "0.2", "0.4", "0.6", "0.8", "1.0"});
  CHECK(values(app::axis_ticks({AxisScale::linear, 1, 10}, 5)) == std::vector<double>{2, 4, 6, 8, 10});
  CHECK(values(app::axis_ticks({AxisScale::linear, 0, 100}, 6)).size() == 6);  // 0, 20, … 100
  CHECK(labels(app::axis_ticks({AxisScale::linear, -30, 70}, 5)) ==
        std::vector<std::string>{"-20", "0", "20", "40", "60"});
  CHECK(app::axis_ticks({AxisScale::linear, 1, 1}).empty());
}

TEST_CASE("log ticks sit on decades, with 2 and 5 labelled on short ranges") {
  auto wide = app::axis_ticks({AxisScale::log10, 1e-4, 1});
  std::vector<std::string> major;
  for (const auto& t : wide) {
    if (!t.label.empty()) major.push_back(t.label);
  }
  CHECK(major == std::vector<std::string>{"10⁻⁴", "10⁻³", "0.01", "0.1", "1"});
  CHECK(labels(app::axis_ticks({AxisScale::log10, 1, 1e6})).back() == "10⁶");
  CHECK(wide.size() == 4 * 9 + 1);  // minor ticks 2..9 in each decade
  auto narrow = app::axis_ticks({AxisScale::log10, 1, 100});
  CHECK(labels(narrow)[1] == "2");
  CHECK(labels(narrow)[4] == "5");
  CHECK(labels(narrow)[2].empty());
  CHECK(app::axis_ticks({AxisScale::log10, 0, 1}).empty());
}

TEST_CASE("data to pixels and back, linear and log, y axis growing upwards") {
  Axis linear{AxisScale::linear, 0, 2};
  CHECK(app::value_to_pixel(linear, 1.0, 100, 300) == doctest::Approx(200));
  CHECK(app::value_to_pixel(linear, 0.5, 400, 0) == doctest::Approx(300));  // y: min at the bottom
  CHECK(app::pixel_to_value(linear, 250, 100, 300) == doctest::Approx(1.5));
  Axis log{AxisScale::log10, 1e-4, 1};
  CHECK(app::value_to_pixel(log, 1e-2, 0, 400) == doctest::Approx(200));
  CHECK(app::pixel_to_value(log, 100, 0, 400) == doctest::Approx(1e-3));
  for (double v : {2e-4, 3e-3, 0.07, 0.9}) {
    CHECK(app::pixel_to_value(log, app::value_to_pixel(log, v, 10, 500), 10, 500) == doctest::Approx(v));
  }
}

TEST_CASE("interpolation between samples, clamped outside") {
  std::vector<double> xs{0, 1, 2};
  std::vector<double> ys{0, 10, 0};
  CHECK(app::interpolate(xs, ys, 0.25) == doctest::Approx(2.5));
  CHECK(app::interpolate(xs, ys, 1.5) == doctest::Approx(5));
  CHECK(app::interpolate(xs, ys, -1) == 0);
  CHECK(app::interpolate(xs, ys, 9) == 0);
}
