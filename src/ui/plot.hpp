// The plot layer every tool shares, drawn on ImDrawList (ImPlot is not
// available as a package): linear or log10 axes with nice ticks, lines,
// filled areas between curves, the current-input marker, guides,
// annotations, a legend whose entries toggle series, and a readout of every
// series at the tapped or hovered x (a tap keeps it: nothing is hover-only).
// The data exports as CSV and the drawn plot as PNG.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/csv.hpp"
#include "app/plot_scale.hpp"
#include "imgui.h"
#include "ui/ui_context.hpp"

namespace ui {

// Okabe–Ito colours by index: 0 orange, 1 sky blue, 2 bluish green, 3 yellow,
// 4 blue, 5 vermillion, 6 reddish purple, 7 black (white on dark).
ImU32 series_colour(int index, float alpha = 1.0f);

struct PlotSeries {
  std::string name;
  const std::vector<double>* ys = nullptr;  // one value per x
  int colour = 0;
  // Filled area down to this other series (stacked areas), or to y = axis
  // minimum when fill_down_to_axis is set; otherwise just a line.
  const std::vector<double>* fill_to = nullptr;
  bool fill_down_to_axis = false;
};

struct PlotGuide {
  double x;
  std::string label;  // e.g. "rule of thumb 0.05 M"
};

struct PlotAnnotation {
  double x, y;
  std::string text;
};

// A measured point beside the model's curves, with an error bar of ±y_error.
struct PlotPoint {
  double x = 0, y = 0;
  int colour = 7;
  double y_error = 0;
};

struct PlotSpec {
  std::string id;       // names the test hooks, mirror keys and files, e.g. "alkylation.fractions"
  std::string tool;     // the mirror section the readout goes to
  std::string x_title;  // with units
  std::string y_title;
  app::Axis x_axis, y_axis;
  const std::vector<double>* xs = nullptr;
  std::vector<PlotSeries> series;
  std::optional<double> marker_x;  // the current input
  std::string marker_label;
  std::vector<PlotGuide> guides;
  std::vector<PlotAnnotation> annotations;
  std::vector<PlotPoint> points;
  std::string points_label;  // their line under the legend, e.g. "Your runs (±3 %)"
  float height_px = 300;
  // The tool's main plot: shorter (down to a legible minimum) where the
  // column's visible height would otherwise cut it off at scroll 0.
  bool main_plot = false;
  std::function<std::string(double)> format_x;  // readout text; format_sig if empty
  std::function<std::string(double)> format_y;
  // What "Export CSV" writes: parameters, units, columns (app/plot_exports.hpp),
  // made only when the button is pressed, not every frame. Without it (or
  // without columns) the plot's titles and series are written, with no units.
  std::function<app::CsvExport()> csv;
  bool csv_rows_pending = false;  // the curve is still being computed: no export yet
};

void draw_plot(UiContext& ctx, const PlotSpec& spec);

}  // namespace ui
