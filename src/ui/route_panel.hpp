// The Route tool: Schmidt ring expansion of the piperidone, lactam, LiAlH4
// reduction and workup, with the reagent table and a molar-mass calculator.
#pragma once

#include "app/app_state.hpp"
#include "ui/ui_context.hpp"

namespace ui {

void draw_route_panel(app::AppState& state, app::AppSession& session, UiContext& ctx);

}  // namespace ui
