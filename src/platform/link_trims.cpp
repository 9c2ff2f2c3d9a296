// Calls the page never makes at run time, but whose mere reference keeps
// large code and data in the first paint. The link wraps each (-Wl,--wrap,
// cmake/gui.cmake) to a stand-in here, so the linker drops the original.

struct ImFont;
struct ImFontAtlas;
struct ImFontConfig;

// The page never draws Dear ImGui's built-in ProggyClean font: ui/fonts.cpp
// always adds the embedded UI font first. But ImFontAtlas::Build() calls
// AddFontDefault() when no font was added, and that call alone keeps the
// font's 12 KB of base85 text in the wasm (about 11.8 KB gzip of the first
// paint). Build() only reaches it with no font added, which the embedded
// font rules out.
extern "C" ImFont* __wrap__ZN11ImFontAtlas14AddFontDefaultEPK12ImFontConfig(ImFontAtlas*,
                                                                            const ImFontConfig*) {
  return nullptr;
}

// SDL's EGL layer keeps a reference to eglGetProcAddress, and with it
// Emscripten's table of every GL and WebGL extension entry point by name:
// 19.5 KB of wasm (6.4 KB gzip) and as much JavaScript. Nothing here looks a
// GL function up by name: the renderer and Dear ImGui's OpenGL ES 3 backend
// call WebGL 2 directly. EGL's own answer for an unknown name is null, so an
// extension SDL asks for reads as not supported.
extern "C" void* __wrap_eglGetProcAddress(const char*) { return nullptr; }
