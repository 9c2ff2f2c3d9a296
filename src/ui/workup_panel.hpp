// The Workup tool: Fieser n-n-3n quench for an amount of LiAlH4.
#pragma once

#include "app/app_state.hpp"
#include "ui/ui_context.hpp"

namespace ui {

void draw_workup_panel(app::WorkupInputs& inputs, app::AppSession& session, UiContext& ctx);

}  // namespace ui
