// Building blocks of the "From my results" sections (cyclization_fit_panel.cpp,
// kappa_fit_panel.cpp): fields side by side, the fit's verdict, "Use" buttons.
#pragma once

#include <initializer_list>
#include <string>

#include "app/fit_state.hpp"
#include "ui/report_widgets.hpp"
#include "ui/ui_context.hpp"

namespace ui {

// The section's header: closed by default, so the tool's layout stays as it
// was; opened once when the page came with fit data (a shared link). Mirrors
// "fit.section" as open or closed.
bool fit_section(UiContext& ctx, const char* test_name, const char* label, bool has_data, const char* tool);

// A number_field in a group, on the current row when it fits beside the last
// one (`first` starts a row); its message is left for field_error under the row.
void row_field(UiContext& ctx, const std::string& field, const std::string& label, app::TextField& value,
               const char* unit, const app::FieldErrors& errors, float width_px, bool first);
// The same for a declared input: its key, label and unit (`variant`: its
// second wording); a row of a table passes its field ("fit_c0_2") and its
// label's prefix ("Run 2: ").
void row_field(UiContext& ctx, const app::InputSpec& spec, app::TextField& value,
               const app::FieldErrors& errors, float width_px, bool first, const std::string& field = {},
               const std::string& label_prefix = {}, bool variant = false);
// Starts the next group on this row when `width_px` fits beside the last item.
void flow_next(float width_px);
void row_errors(UiContext& ctx, const app::FieldErrors& errors, std::initializer_list<std::string> fields);

// The measurement error field shared by a section's fits, with what it means.
void error_field(UiContext& ctx, const app::InputSpec& spec, app::TextField& value,
                 const app::FieldErrors& errors);

// Why there is no fit (a tool field, the model), and whether the one shown
// is stale or waits for a drag to end: the report's "blocked", "problem",
// "stale" and "held" entries of the fit ("fit.em_blocked", ...). A fit's
// hint (nothing entered yet) is drawn by its panel, after these.
void fit_status(DrawnReport& rv, const app::FitReportKeys& keys);

// The fit's verdict ("fit.em_verdict") in the colour of its level, with its
// mark: determined (note), only a bound or barely consistent (caution),
// inconsistent (danger); under it the fit's message, the model's own words,
// which the report has only when the fit is not clean.
void verdict_line(DrawnReport& rv, const app::FitReportKeys& keys);

// "Use fitted …": writes the value into the tool's field. Disabled, with the
// fit's "use" entry ("fit.em_use") under it saying why, when there is nothing to use
// or the data are inconsistent (app::fit_use_blocked); "✓ In use" once it is.
bool use_button(UiContext& ctx, DrawnReport& rv, const char* test_name, const std::string& label,
                const app::FitViewBase& view, const chem::FitResult& fit, const app::FitReportKeys& keys,
                const std::string& parameter);

}  // namespace ui
