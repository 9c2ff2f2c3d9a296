// The embedded UI font (generated at build time; see scripts/tools/embed_font.py).
#pragma once

#include "imgui.h"

namespace ui {

extern const unsigned char kUiFontTtf[];
extern const unsigned kUiFontTtfSize;
extern const ImWchar kUiFontGlyphRanges[];    // zero-terminated pairs: everything the UI draws
extern const ImWchar kUiFontHeadingRanges[];  // titles
extern const ImWchar kUiFontNumberRanges[];   // formatted results with units

}  // namespace ui
