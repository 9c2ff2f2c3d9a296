#include "ui/fonts.hpp"

#include "imgui.h"
#include "ui/font_data.hpp"
#include "ui/theme.hpp"

namespace ui {

Fonts load_fonts(float pixel_ratio) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // the bytes are static
  config.OversampleH = 2;
  config.OversampleV = 1;
  // ImGui copies nothing of the data, but wants a mutable pointer.
  void* data = const_cast<unsigned char*>(kUiFontTtf);
  const int size = static_cast<int>(kUiFontTtfSize);
  Fonts fonts;
  fonts.body =
      io.Fonts->AddFontFromMemoryTTF(data, size, kBodyFontPx * pixel_ratio, &config, kUiFontGlyphRanges);
  fonts.heading =
      io.Fonts->AddFontFromMemoryTTF(data, size, kHeadingFontPx * pixel_ratio, &config, kUiFontGlyphRanges);
  fonts.large =
      io.Fonts->AddFontFromMemoryTTF(data, size, kLargeFontPx * pixel_ratio, &config, kUiFontGlyphRanges);
  io.FontGlobalScale = 1.0f / pixel_ratio;
  io.Fonts->Build();
  return fonts;
}

}  // namespace ui
