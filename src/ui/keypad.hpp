// A big on-screen numeric keypad for gloved hands: it types into the number
// field that was last tapped, without the soft keyboard covering the screen.
#pragma once

#include "ui/ui_context.hpp"

namespace ui {

void draw_keypad(UiContext& ctx);

}  // namespace ui
