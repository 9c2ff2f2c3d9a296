// The page never draws Dear ImGui's built-in ProggyClean font: ui/fonts.cpp
// always adds the embedded UI font first. But ImFontAtlas::Build() calls
// AddFontDefault() when no font was added, and that call alone keeps the
// font's 12 KB of base85 text in the wasm (about 11.8 KB gzip of the first
// paint). The link wraps the call (-Wl,--wrap, cmake/gui.cmake) to this
// stand-in, so the linker drops the data. Build() only reaches it with no
// font added, which the embedded font rules out.
struct ImFont;
struct ImFontAtlas;
struct ImFontConfig;

extern "C" ImFont* __wrap__ZN11ImFontAtlas14AddFontDefaultEPK12ImFontConfig(ImFontAtlas*,
                                                                            const ImFontConfig*) {
  return nullptr;
}
