// The Cyclization tool: 7-membered ring closure against oligomerisation, in
// batch or by syringe-pump addition.
#pragma once

#include "app/app_state.hpp"
#include "ui/ui_context.hpp"

namespace ui {

void draw_cyclization_panel(app::CyclizationInputs& inputs, app::AppSession& session, UiContext& ctx);

}  // namespace ui
