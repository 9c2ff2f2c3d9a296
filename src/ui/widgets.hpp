// Small building blocks shared by every tool panel.
#pragma once

#include <optional>
#include <string>

#include "app/input_spec.hpp"
#include "app/screens.hpp"
#include "app/text_field.hpp"
#include "chem/outcome.hpp"
#include "chem/warning_level.hpp"
#include "imgui.h"
#include "ui/buttons.hpp"
#include "ui/ui_context.hpp"

namespace ui {

void heading(UiContext& ctx, const char* text);

// Text wrapped at the column's edge, like ImGui::TextWrapped, but broken only
// at spaces, and never between a number and its unit: ImGui's own wrapping
// also breaks after a '.', which splits "2.58 L" into "2." and "58 L".
void wrapped_text(const char* format, ...) IM_FMTARGS(1);
void wrapped_text_unformatted(const std::string& text);
// `text` with line breaks where it would pass `width` px (same rules).
std::string wrap_to_width(const std::string& text, float width);
// Puts the next item (`next_width` px) on this row when it fits, else on the
// next row; true when it stays on this row.
bool same_line_if_fits(float next_width, float gap);
// A checkbox whose label wraps inside the column (a phone has no room for
// a long label on one line); the label stays part of the tap target.
bool wrapped_checkbox(UiContext& ctx, const char* test_name, const std::string& label, bool* value);
void muted_text(const std::string& text);
// One row of a small horizontal bar chart: the label, a bar of `fraction`
// (0..1) of the room in plot colour `colour` (none when unknown), and the
// value text under it; one item, so the caller can tag it.
void bar_row(const std::string& label, std::optional<float> fraction, const std::string& value, int colour,
             bool stale);
void warning_text(chem::WarningLevel level, const std::string& text);

// A labelled numeric text field with its unit; shows `error` under it when
// the error names `field` (or only marks the field when `message_below` is
// false: fields side by side put their messages under the row with
// field_error). Returns true when the text changed.
bool number_field(UiContext& ctx, const char* field, const char* label, app::TextField& value,
                  const char* unit, const std::optional<chem::InputError>& error, float width_px = 160.0f,
                  bool message_below = true);
// The same for a declared input: its key, label and unit (`variant`: its
// second wording, as InputSpec::variant).
bool number_field(UiContext& ctx, const app::InputSpec& spec, app::TextField& value,
                  const std::optional<chem::InputError>& error, float width_px = 160.0f,
                  bool message_below = true, bool variant = false);
// The message of `error` when it names `field`, tagged "error.<field>".
void field_error(UiContext& ctx, const char* field, const std::optional<chem::InputError>& error);

// A slider under a text field: dragging writes the field (as `text_format`,
// by default "%.3g" on a log scale, "%.2f" on a linear one), typing moves the
// slider. The text stays the source of truth (bad text is kept and named).
// `stale_value`: while the results are stale, the slider shows the last valid
// value they are for, not a clamp of the refused text.
void slider_for(UiContext& ctx, const char* test_name, app::TextField& field, float min, float max,
                bool log_scale, const char* format, const char* text_format = nullptr,
                std::optional<double> stale_value = std::nullopt);

// A slider as slider_for() draws it.
struct SliderLook {
  const char* test_name;
  float min, max;
  bool log_scale;
  const char* format;
  const char* text_format = nullptr;
  std::optional<double> stale_value = std::nullopt;
};

// A declared input's field with its slider on the same row when the column
// has room for both (a laptop's column: one row, so the primary inputs stay
// in view beside the results), else the slider under the field. The field's
// message goes under the pair.
void number_field_with_slider(UiContext& ctx, const app::InputSpec& spec, app::TextField& value,
                              const std::optional<chem::InputError>& error, const SliderLook& slider,
                              bool variant = false);

// Draws a ring, thicker than Dear ImGui's own 2 px, around the widget that
// has the keyboard focus (when the keyboard moved it there). Call once a
// frame, after every window.
void draw_focus_ring();

// What the person is doing with pointer and keyboard this frame, for the
// tools' evaluation in app (app::EditState).
app::EditState edit_state();

// A result line: label on the left, value in the large font.
void big_result(UiContext& ctx, const char* label, const std::string& value, bool stale);

}  // namespace ui
