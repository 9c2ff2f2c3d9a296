// The troubleshooting guide: searchable cards, each opening the tool that
// quantifies it with the scenario's values, and the critical parameters.
#pragma once

#include "app/app_state.hpp"
#include "ui/ui_context.hpp"

namespace ui {

void draw_guide_panel(app::AppState& state, app::AppSession& session, UiContext& ctx);

}  // namespace ui
