#include "platform/desktop_host.hpp"

#include <SDL.h>
#include <stb/stb_image_write.h>

#include <cstdio>
#include <cstdlib>

namespace platform {

std::string DesktopHost::initial_query() const {
  const char* state = std::getenv("DZB_STATE");
  return state ? state : "";
}

void DesktopHost::copy_text(const std::string& text) { SDL_SetClipboardText(text.c_str()); }

void DesktopHost::save_file(const std::string& filename, const std::string&,
                            const std::vector<uint8_t>& bytes) {
  std::FILE* file = std::fopen(filename.c_str(), "wb");
  if (!file) {
    std::fprintf(stderr, "Could not write %s\n", filename.c_str());
    return;
  }
  std::fwrite(bytes.data(), 1, bytes.size(), file);
  std::fclose(file);
  std::printf("Saved %s (%zu bytes)\n", filename.c_str(), bytes.size());
}

void DesktopHost::save_png(const std::string& filename, const std::vector<uint8_t>& rgba, int width,
                           int height) {
  if (width <= 0 || height <= 0 || rgba.size() < static_cast<size_t>(width) * height * 4) return;
  std::vector<uint8_t> png;
  auto append = [](void* context, void* data, int size) {
    auto* out = static_cast<std::vector<uint8_t>*>(context);
    out->insert(out->end(), static_cast<uint8_t*>(data), static_cast<uint8_t*>(data) + size);
  };
  if (!stbi_write_png_to_func(append, &png, width, height, 4, rgba.data(), width * 4)) {
    std::fprintf(stderr, "Could not encode %s\n", filename.c_str());
    return;
  }
  save_file(filename, "image/png", png);
}

void DesktopHost::publish_mirror(const std::string& tool, const app::Report& entries) {
  if (!std::getenv("DZB_PRINT_MIRROR")) return;
  std::printf("[%s]\n", tool.c_str());
  for (const auto& entry : entries) std::printf("  %s: %s\n", entry.label.c_str(), entry.value.c_str());
  std::fflush(stdout);
}

}  // namespace platform
