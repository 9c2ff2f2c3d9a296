// The whole window: header with the tool tabs, then the current tool's panel.
#pragma once

#include "app/app_state.hpp"
#include "ui/ui_context.hpp"

namespace ui {

void draw_app(app::AppState& state, app::AppSession& session, UiContext& ctx);

}  // namespace ui
