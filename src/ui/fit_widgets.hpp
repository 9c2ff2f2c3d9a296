// Building blocks of the "From my results" sections (calibration_panel.cpp,
// kappa_fit_panel.cpp): fields side by side, the fit's verdict, "Use" buttons.
#pragma once

#include <initializer_list>
#include <string>

#include "app/calibration_state.hpp"
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
// Starts the next group on this row when `width_px` fits beside the last item.
void flow_next(float width_px);
void row_errors(UiContext& ctx, const app::FieldErrors& errors, std::initializer_list<std::string> fields);

// The measurement error field shared by a section's fits, with what it means.
void error_field(UiContext& ctx, app::TextField& value, const app::FieldErrors& errors);

// Why there is no fit (a tool field, the model), and whether the one shown is stale.
void fit_status(const app::FitViewBase& view);

// The verdict in the colour of what it says: determined, only a bound or
// barely consistent, inconsistent; under it the fit's message when it is not
// a clean fit.
void verdict_line(const chem::FitResult& fit, const std::string& text);

// "Use fitted …": writes the value into the tool's field. Disabled, with the
// reason under it, when there is nothing to use or the data are
// inconsistent (app::fit_use_blocked); "✓ In use" once it is.
bool use_button(UiContext& ctx, const char* test_name, const std::string& label, const app::FitViewBase& view,
                const chem::FitResult& fit, const std::string& parameter);

}  // namespace ui
