#include "ui/fonts.hpp"

#include "imgui.h"
#include "ui/font_data.hpp"
#include "ui/theme.hpp"

namespace ui {

Fonts load_fonts(float pixel_ratio, float ui_scale) {
  const float raster = pixel_ratio * ui_scale;
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // the bytes are static
  // Glyphs are rasterised at device pixels and drawn on whole pixels, so
  // sub-pixel oversampling buys nothing visible and would double the atlas
  // (and the start-up time spent rasterising it).
  config.OversampleH = 1;
  config.OversampleV = 1;
  config.PixelSnapH = true;
  // ImGui copies nothing of the data, but wants a mutable pointer.
  void* data = const_cast<unsigned char*>(kUiFontTtf);
  const int size = static_cast<int>(kUiFontTtfSize);
  Fonts fonts;
  fonts.body = io.Fonts->AddFontFromMemoryTTF(data, size, kBodyFontPx * raster, &config, kUiFontGlyphRanges);
  fonts.heading =
      io.Fonts->AddFontFromMemoryTTF(data, size, kHeadingFontPx * raster, &config, kUiFontHeadingRanges);
  fonts.large =
      io.Fonts->AddFontFromMemoryTTF(data, size, kLargeFontPx * raster, &config, kUiFontNumberRanges);
  io.FontGlobalScale = 1.0f / pixel_ratio;  // glyphs at ui_scale × CSS size
  io.Fonts->Build();
  return fonts;
}

}  // namespace ui
