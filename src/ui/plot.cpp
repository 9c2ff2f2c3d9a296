#include "ui/plot.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <utility>
#include <vector>

#include "app/csv.hpp"
#include "app/format.hpp"
#include "app/report_keys.hpp"
#include "app/text_field.hpp"
#include "ui/layout.hpp"
#include "ui/theme.hpp"
#include "ui/touch_scroll.hpp"
#include "ui/widgets.hpp"

namespace ui {
namespace {

constexpr float kLeftMarginPx = 58, kRightMarginPx = 16, kTopMarginPx = 28, kBottomMarginPx = 52;
constexpr float kNoReadout = -1e30f;

struct Frame {
  ImVec2 min, max;  // the data area
  const PlotSpec* spec;
  float px(double x) const { return static_cast<float>(app::value_to_pixel(spec->x_axis, x, min.x, max.x)); }
  float py(double y) const { return static_cast<float>(app::value_to_pixel(spec->y_axis, y, max.y, min.y)); }
};

std::string format_with(const std::function<std::string(double)>& format, double value) {
  return format ? format(value) : app::format_sig(value);
}

ImU32 text_colour(float alpha = 1.0f) { return ImGui::GetColorU32(ImGuiCol_Text, alpha); }

void draw_axes(ImDrawList* draw, const Frame& f) {
  const PlotSpec& spec = *f.spec;
  const ImU32 grid = text_colour(0.10f), tick_text = text_colour(0.85f);
  const float font_size = ImGui::GetFontSize();
  for (const auto& tick : app::axis_ticks(spec.x_axis, 6)) {
    const float x = f.px(tick.value);
    draw->AddLine(ImVec2(x, f.min.y), ImVec2(x, f.max.y), tick.label.empty() ? text_colour(0.05f) : grid);
    draw->AddLine(ImVec2(x, f.max.y), ImVec2(x, f.max.y + (tick.label.empty() ? 3.0f : 6.0f)), tick_text);
    if (tick.label.empty()) continue;
    const ImVec2 size = ImGui::CalcTextSize(tick.label.c_str());
    draw->AddText(ImVec2(x - size.x / 2, f.max.y + 8), tick_text, tick.label.c_str());
  }
  for (const auto& tick : app::axis_ticks(spec.y_axis, 5)) {
    const float y = f.py(tick.value);
    draw->AddLine(ImVec2(f.min.x, y), ImVec2(f.max.x, y), tick.label.empty() ? text_colour(0.05f) : grid);
    if (tick.label.empty()) continue;
    const ImVec2 size = ImGui::CalcTextSize(tick.label.c_str());
    draw->AddText(ImVec2(f.min.x - size.x - 8, y - size.y / 2), tick_text, tick.label.c_str());
  }
  draw->AddRect(f.min, f.max, text_colour(0.45f));
  const ImVec2 x_title = ImGui::CalcTextSize(spec.x_title.c_str());
  draw->AddText(ImVec2((f.min.x + f.max.x - x_title.x) / 2, f.max.y + 10 + font_size), text_colour(),
                spec.x_title.c_str());
  draw->AddText(ImVec2(f.min.x - kLeftMarginPx + 4, f.min.y - kTopMarginPx + 4), text_colour(),
                spec.y_title.c_str());
}

void draw_series(ImDrawList* draw, const Frame& f, const PlotSeries& s) {
  const std::vector<double>& xs = *f.spec->xs;
  const size_t n = std::min(xs.size(), s.ys->size());
  if (n < 2) return;
  if (s.fill_to || s.fill_down_to_axis) {
    const ImU32 fill = series_colour(s.colour, 0.35f);
    // Anti-aliased fringes of neighbouring quads would overlap as visible seams.
    const ImDrawListFlags flags = draw->Flags;
    draw->Flags &= ~ImDrawListFlags_AntiAliasedFill;
    for (size_t i = 0; i + 1 < n; ++i) {
      const double low0 = s.fill_to ? (*s.fill_to)[i] : f.spec->y_axis.min;
      const double low1 = s.fill_to ? (*s.fill_to)[i + 1] : f.spec->y_axis.min;
      const ImVec2 quad[4] = {ImVec2(f.px(xs[i]), f.py((*s.ys)[i])),
                              ImVec2(f.px(xs[i + 1]), f.py((*s.ys)[i + 1])),
                              ImVec2(f.px(xs[i + 1]), f.py(low1)), ImVec2(f.px(xs[i]), f.py(low0))};
      draw->AddConvexPolyFilled(quad, 4, fill);
    }
    draw->Flags = flags;
  }
  std::vector<ImVec2> points(n);
  for (size_t i = 0; i < n; ++i) points[i] = ImVec2(f.px(xs[i]), f.py((*s.ys)[i]));
  draw->AddPolyline(points.data(), static_cast<int>(n), series_colour(s.colour), 0, 2.5f);
}

// A vertical line with its label beside it: on the side where the label
// stays inside the frame and crosses none of the `other_px` lines (the
// marker's "C0 = 0.100 M" sat on the "90 % ring" guide on a phone). Where
// both sides cross one, the label gets a backing so the line passes behind it.
// `label_tag`: the test name its label is tagged under (with ".backed" too
// when it got a backing).
void draw_vertical(ImDrawList* draw, const Frame& f, double x, ImU32 colour, const std::string& label,
                   bool top, const std::vector<float>& other_px = {}, TestTags* tags = nullptr,
                   const std::string& label_tag = "") {
  if (!std::isfinite(x)) return;
  const float px = f.px(x);
  if (px < f.min.x - 0.5f || px > f.max.x + 0.5f) return;
  draw->AddLine(ImVec2(px, f.min.y), ImVec2(px, f.max.y), colour, 2.0f);
  if (tags) tags->tag_rect((label_tag + ".line").c_str(), px - 1, f.min.y, 2, f.max.y - f.min.y);
  if (label.empty()) return;
  const ImVec2 size = ImGui::CalcTextSize(label.c_str());
  const auto crosses = [&](float left) {
    for (float other : other_px) {
      if (std::fabs(other - px) > 0.5f && other >= left - 2 && other <= left + size.x + 2) return true;
    }
    return false;
  };
  const float right_x = px + 4, left_x = px - 4 - size.x;
  const bool right_fits = right_x + size.x <= f.max.x, left_fits = left_x >= f.min.x;
  float text_x = right_fits || !left_fits ? right_x : left_x;
  if (crosses(text_x)) {
    if (text_x == right_x && left_fits && !crosses(left_x))
      text_x = left_x;
    else if (text_x == left_x && right_fits && !crosses(right_x))
      text_x = right_x;
  }
  const ImVec2 at(text_x, top ? f.min.y + 2 : f.max.y - size.y - 2);
  const bool backed = crosses(text_x);
  if (backed) {
    draw->AddRectFilled(ImVec2(at.x - 2, at.y), ImVec2(at.x + size.x + 2, at.y + size.y),
                        ImGui::GetColorU32(ImGuiCol_WindowBg, 0.9f), 3.0f);
  }
  draw->AddText(at, colour, label.c_str());
  if (tags) {
    tags->tag_rect(label_tag.c_str(), at.x, at.y, size.x, size.y);
    if (backed) tags->tag_rect((label_tag + ".backed").c_str(), at.x, at.y, size.x, size.y);
  }
}

// A measurement: a ring in the text colour around a dot in its own colour
// (visible on any curve), with its error bar.
void draw_point(ImDrawList* draw, const Frame& f, const PlotPoint& p) {
  if (!std::isfinite(p.x) || !std::isfinite(p.y)) return;
  const float x = f.px(p.x), y = f.py(p.y);
  if (p.y_error > 0) {
    const float top = f.py(p.y + p.y_error), bottom = f.py(p.y - p.y_error);
    draw->AddLine(ImVec2(x, top), ImVec2(x, bottom), text_colour(0.8f), 1.5f);
    draw->AddLine(ImVec2(x - 5, top), ImVec2(x + 5, top), text_colour(0.8f), 1.5f);
    draw->AddLine(ImVec2(x - 5, bottom), ImVec2(x + 5, bottom), text_colour(0.8f), 1.5f);
  }
  draw->AddCircleFilled(ImVec2(x, y), 6.5f, text_colour());
  draw->AddCircleFilled(ImVec2(x, y), 4.5f, series_colour(p.colour));
}

// Values of every visible series at x: drawn as dots and a box, mirrored as text.
void draw_readout(ImDrawList* draw, const Frame& f, double x, unsigned hidden_mask, UiContext& ctx) {
  const PlotSpec& spec = *f.spec;
  std::string text = spec.x_title + ": " + format_with(spec.format_x, x);
  std::vector<std::string> lines{text};
  draw_vertical(draw, f, x, text_colour(0.6f), "", true);
  for (size_t i = 0; i < spec.series.size(); ++i) {
    if (hidden_mask & (1u << i)) continue;
    const PlotSeries& s = spec.series[i];
    const double y = app::interpolate(*spec.xs, *s.ys, x);
    draw->AddCircleFilled(ImVec2(f.px(x), f.py(y)), 5, series_colour(s.colour));
    lines.push_back(s.name + ": " + format_with(spec.format_y, y));
    text += "; " + lines.back();
  }
  float width = 0;
  for (const auto& line : lines) width = std::max(width, ImGui::CalcTextSize(line.c_str()).x);
  const float line_height = ImGui::GetTextLineHeightWithSpacing();
  // Beside the readout line, on whichever side has room, never outside the plot.
  float box_x = f.px(x) + 12 + width + 12 > f.max.x ? f.px(x) - 12 - width - 12 : f.px(x) + 12;
  box_x = std::max(f.min.x + 2, std::min(box_x, f.max.x - width - 14));
  // Below the marker labels that sit along the top edge.
  const float box_top = f.min.y + line_height + 8;
  const ImVec2 box_min(box_x, box_top);
  const ImVec2 box_max(box_x + width + 12, box_top + line_height * lines.size() + 6);
  draw->AddRectFilled(box_min, box_max, ImGui::GetColorU32(ImGuiCol_PopupBg, 0.94f), 4);
  draw->AddRect(box_min, box_max, text_colour(0.3f), 4);
  for (size_t i = 0; i < lines.size(); ++i) {
    draw->AddText(ImVec2(box_min.x + 6, box_min.y + 4 + line_height * i), text_colour(), lines[i].c_str());
  }
  ctx.mirror.add(spec.tool, {{app::report_key::plot_readout_key(spec.id), "Plot readout", text}});
}

// "name = value unit" for each parameter of the CSV export, numbers to 3
// significant figures (the CSV keeps full precision for re-plotting). People
// read the image: κ and k₂/k₁ as on screen (the CSV stays ASCII for tools).
std::vector<std::string> parameter_texts(const std::vector<app::CsvParameter>& parameters) {
  static const std::pair<const char*, const char*> kTypeset[] = {{"kappa", "κ"}, {"k2/k1", "k₂/k₁"}};
  std::vector<std::string> texts;
  for (const auto& p : parameters) {
    char* end = nullptr;
    const double number = std::strtod(p.value.c_str(), &end);
    // Whole numbers (a ring size, a count) stay as written.
    const bool is_number =
        !p.value.empty() && end && *end == '\0' && p.value.find_first_of(".eE") != std::string::npos;
    std::string text = p.name + " = " + (is_number ? app::format_sig(number) : p.value) +
                       (p.unit.empty() ? "" : " " + p.unit);
    for (const auto& [ascii, typeset] : kTypeset) {
      for (size_t at = text.find(ascii); at != std::string::npos; at = text.find(ascii, at + 1))
        text.replace(at, std::strlen(ascii), typeset);
    }
    texts.push_back(text);
  }
  return texts;
}

// The strip under an exported image: the legend (the visible series with
// their colours; on screen the legend is a row of buttons outside the plot)
// and the parameters of the curve, each kept whole on a line. Measures it
// when `draw` is null; returns its height.
float export_strip(const PlotSpec& spec, unsigned hidden_mask, const std::vector<std::string>& parameters,
                   ImVec2 min, float width, ImDrawList* draw) {
  const float pad = 8, swatch = 14, gap = 18, line_height = ImGui::GetTextLineHeightWithSpacing();
  if (draw) {
    draw->AddRectFilled(min, ImVec2(min.x + width, min.y + 10000), ImGui::GetColorU32(ImGuiCol_WindowBg));
    draw->AddLine(min, ImVec2(min.x + width, min.y), text_colour(0.25f));
  }
  float x = min.x + pad, y = min.y + pad;
  enum class Mark { none, swatch, dot };
  auto entry = [&](const std::string& text, Mark mark, ImU32 colour) {
    const float mark_width = mark == Mark::none ? 0 : swatch + 6;
    const float entry_width = mark_width + ImGui::CalcTextSize(text.c_str()).x;
    if (x > min.x + pad && x + entry_width > min.x + width - pad) x = min.x + pad, y += line_height;
    const float middle = y + ImGui::GetTextLineHeight() / 2;
    if (draw && mark == Mark::dot) {
      draw->AddCircleFilled(ImVec2(x + swatch / 2, middle), 6.5f, text_colour());
      draw->AddCircleFilled(ImVec2(x + swatch / 2, middle), 4.5f, colour);
    } else if (draw && mark == Mark::swatch) {
      draw->AddRectFilled(ImVec2(x, middle - swatch / 2), ImVec2(x + swatch, middle + swatch / 2), colour, 2);
    }
    if (draw)
      draw->AddText(ImVec2(x + mark_width, y), mark == Mark::none ? text_colour(0.85f) : text_colour(),
                    text.c_str());
    x += entry_width + (mark == Mark::none ? 2 * gap : gap);
  };
  for (size_t i = 0; i < spec.series.size(); ++i) {
    if (!(hidden_mask & (1u << i)))
      entry(spec.series[i].name, Mark::swatch, series_colour(spec.series[i].colour));
  }
  if (!spec.points.empty() && !spec.points_label.empty())
    entry(spec.points_label, Mark::dot, series_colour(spec.points.front().colour));
  if (!parameters.empty()) x = min.x + pad, y += line_height + 4;
  for (const auto& text : parameters) entry(text, Mark::none, 0);
  return y + line_height + pad - min.y;
}

// Saves the plot with its legend and parameters under it (or above it when
// the plot sits at the bottom of the screen), drawn for the capture frame only.
void request_plot_capture(UiContext& ctx, const PlotSpec& spec, unsigned hidden_mask, ImVec2 plot_min,
                          ImVec2 plot_max) {
  const float width = plot_max.x - plot_min.x;
  const app::CsvExport csv = spec.csv ? spec.csv() : app::CsvExport{};
  std::vector<std::string> parameters = parameter_texts(csv.parameters);
  // A stale curve says so in the image too, first, as on every other surface.
  if (csv.stale) parameters.insert(parameters.begin(), app::kStaleText);
  const float strip_height = export_strip(spec, hidden_mask, parameters, plot_min, width, nullptr);
  const float screen_height = ImGui::GetIO().DisplaySize.y;
  const bool below = plot_max.y + strip_height <= screen_height || plot_min.y - strip_height < 0;
  const ImVec2 strip_min(plot_min.x, below ? plot_max.y : plot_min.y - strip_height);
  ImDrawList* overlay = ImGui::GetForegroundDrawList();
  overlay->PushClipRect(strip_min, ImVec2(plot_max.x, strip_min.y + strip_height), false);
  export_strip(spec, hidden_mask, parameters, strip_min, width, overlay);
  overlay->PopClipRect();
  const float top = std::max(0.0f, below ? plot_min.y : strip_min.y);
  const float bottom = std::min(screen_height, below ? plot_max.y + strip_height : plot_max.y);
  ctx.after_frame.request_capture({plot_min.x, top, width, bottom - top, spec.id + ".png"});
}

void draw_legend_and_exports(UiContext& ctx, const PlotSpec& spec, ImGuiID hidden_id, unsigned& hidden_mask,
                             const ImVec2& plot_min, const ImVec2& plot_max) {
  ImGuiStorage* storage = ImGui::GetStateStorage();
  for (size_t i = 0; i < spec.series.size(); ++i) {
    const bool hidden = hidden_mask & (1u << i);
    const std::string label = "      " + spec.series[i].name;
    if (i > 0) same_line_if_fits(touch_button_size(label.c_str()).x, ImGui::GetStyle().ItemSpacing.x);
    ImGui::PushID(static_cast<int>(i));
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const ButtonLook look{ButtonRole::toggle, !hidden, "Show " + spec.series[i].name};
    if (button(ctx, spec.id + ".legend." + std::to_string(i), label, look)) {
      hidden_mask ^= 1u << i;
      storage->SetInt(hidden_id, static_cast<int>(hidden_mask));
    }
    const float swatch_y = start.y + touch_px() / 2;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    if (hidden) {
      draw->AddRect(ImVec2(start.x + 10, swatch_y - 7), ImVec2(start.x + 24, swatch_y + 7),
                    series_colour(spec.series[i].colour), 2, 0, 2);
    } else {
      draw->AddRectFilled(ImVec2(start.x + 10, swatch_y - 7), ImVec2(start.x + 24, swatch_y + 7),
                          series_colour(spec.series[i].colour), 2);
    }
    ImGui::PopID();
  }
  const std::string what = spec.y_title + " against " + spec.x_title;
  ImGui::BeginDisabled(spec.csv_rows_pending);
  const bool export_csv =
      button(ctx, spec.id + ".csv", "Export CSV", {ButtonRole::button, false, "Export CSV: " + what});
  ImGui::EndDisabled();
  if (export_csv) {
    app::CsvExport data = spec.csv ? spec.csv() : app::CsvExport{};
    if (data.columns.empty()) {
      data.tool = spec.tool;
      data.title = what;
      data.columns = {{spec.x_title, "", spec.xs}};
      for (const auto& s : spec.series) data.columns.push_back({s.name, "", s.ys});
    }
    const std::string csv = app::to_csv(data);
    ctx.host().save_file(spec.id + ".csv", "text/csv", std::vector<uint8_t>(csv.begin(), csv.end()));
  }
  same_line_if_fits(touch_button_size("Export PNG").x, ImGui::GetStyle().ItemSpacing.x);
  if (button(ctx, spec.id + ".png", "Export PNG", {ButtonRole::button, false, "Export PNG: " + what})) {
    request_plot_capture(ctx, spec, hidden_mask, plot_min, plot_max);
  }
  if (spec.points.empty() || spec.points_label.empty()) return;
  // Not a toggle: the points are what was measured, always shown.
  const ImVec2 start = ImGui::GetCursorScreenPos();
  const float middle = start.y + ImGui::GetTextLineHeight() / 2;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddCircleFilled(ImVec2(start.x + 17, middle), 6.5f, text_colour());
  draw->AddCircleFilled(ImVec2(start.x + 17, middle), 4.5f, series_colour(spec.points.front().colour));
  ImGui::SetCursorScreenPos(ImVec2(start.x + 30, start.y));
  ImGui::TextUnformatted(spec.points_label.c_str());
}

}  // namespace

ImU32 series_colour(int index, float alpha) {
  static const int kOkabeIto[] = {0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442,
                                  0x0072B2, 0xD55E00, 0xCC79A7, 0x000000};
  int hex = kOkabeIto[((index % 8) + 8) % 8];
  // Black would vanish on the dark theme: use the text colour there.
  if (hex == 0x000000) return ImGui::GetColorU32(ImGuiCol_Text, alpha);
  return IM_COL32((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, static_cast<int>(alpha * 255));
}

void draw_plot(UiContext& ctx, const PlotSpec& spec) {
  if (!spec.xs || spec.xs->empty()) return;
  ImGui::PushID(spec.id.c_str());
  const float width = std::max(240.0f, ImGui::GetContentRegionAvail().x);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  // Smaller in a short, results-first column, and a main plot in any column too short for it.
  const float height = plot_height_px(spec.height_px, spec.main_plot);
  ImGui::InvisibleButton("plot", ImVec2(width, height));
  // A finger moving sideways scrubs the readout; up or down scrolls the page.
  touch_scroll_slider_cancelled();
  Frame f{ImVec2(origin.x + kLeftMarginPx, origin.y + kTopMarginPx),
          ImVec2(origin.x + width - kRightMarginPx, origin.y + height - kBottomMarginPx), &spec};
  ctx.tag_last_item((spec.id + ".area").c_str());

  ImGuiStorage* storage = ImGui::GetStateStorage();
  const ImGuiID readout_id = ImGui::GetID("readout");
  const ImGuiID hidden_id = ImGui::GetID("hidden");
  unsigned hidden_mask = static_cast<unsigned>(storage->GetInt(hidden_id, 0));
  // A tap or drag pins the readout (touch has no hover); hovering shows it too.
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const bool inside = mouse.x >= f.min.x && mouse.x <= f.max.x;
  if (ImGui::IsItemActive() && inside) {
    const double x = app::pixel_to_value(spec.x_axis, mouse.x, f.min.x, f.max.x);
    storage->SetFloat(readout_id, static_cast<float>(x));
  }
  double readout_x = storage->GetFloat(readout_id, kNoReadout);
  if (ImGui::IsItemHovered() && inside && ImGui::GetIO().MouseSource == ImGuiMouseSource_Mouse &&
      !ImGui::IsItemActive()) {
    readout_x = app::pixel_to_value(spec.x_axis, mouse.x, f.min.x, f.max.x);
  }

  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->PushClipRect(origin, ImVec2(origin.x + width, origin.y + height), true);
  draw_axes(draw, f);
  draw->PushClipRect(f.min, f.max, true);
  for (size_t i = 0; i < spec.series.size(); ++i) {
    if (!(hidden_mask & (1u << i)) && spec.series[i].ys) draw_series(draw, f, spec.series[i]);
  }
  std::vector<float> verticals_px;
  for (const auto& guide : spec.guides) verticals_px.push_back(f.px(guide.x));
  if (spec.marker_x) verticals_px.push_back(f.px(*spec.marker_x));
  for (size_t i = 0; i < spec.guides.size(); ++i) {
    draw_vertical(draw, f, spec.guides[i].x, series_colour(5, 0.8f), spec.guides[i].label, false,
                  verticals_px, &ctx.tags, spec.id + ".guide_label" + std::to_string(i));
  }
  if (spec.marker_x) {
    draw_vertical(draw, f, *spec.marker_x, series_colour(4), spec.marker_label, true, verticals_px, &ctx.tags,
                  spec.id + ".marker_label");
  }
  for (const auto& point : spec.points) draw_point(draw, f, point);
  for (const auto& note : spec.annotations) {
    draw->AddText(ImVec2(f.px(note.x), f.py(note.y)), text_colour(0.9f), note.text.c_str());
  }
  if (readout_x > kNoReadout) draw_readout(draw, f, readout_x, hidden_mask, ctx);
  draw->PopClipRect();
  draw->PopClipRect();
  draw_legend_and_exports(ctx, spec, hidden_id, hidden_mask, origin,
                          ImVec2(origin.x + width, origin.y + height));
  ImGui::PopID();
}

}  // namespace ui
