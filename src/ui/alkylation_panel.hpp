// The Alkylation tool: the statistical mono/bis distribution of a symmetric
// diamine, how much excess makes mono-protection clean, and the route choice.
#pragma once

#include "app/app_state.hpp"
#include "ui/ui_context.hpp"

namespace ui {

void draw_alkylation_panel(app::AlkylationInputs& inputs, app::AppSession& session, UiContext& ctx);

}  // namespace ui
