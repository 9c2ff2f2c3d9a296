// Builds the font atlas from the embedded TTF at the screen's pixel ratio, so
// text is rasterised at device resolution and drawn at CSS size: crisp on HiDPI.
#pragma once

#include "ui/ui_context.hpp"

namespace ui {

// raster_scale = device pixel ratio × UI scale; glyphs are drawn at
// ui_scale × their nominal CSS size.
Fonts load_fonts(float pixel_ratio, float ui_scale);

}  // namespace ui
