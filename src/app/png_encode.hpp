// A minimal PNG writer (8-bit RGBA, uncompressed deflate blocks) for
// "export plot as PNG": small code, no library, and the browser's download
// or the desktop's file both take the same bytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace app {

// rgba: width × height × 4 bytes, rows top to bottom.
std::vector<uint8_t> encode_png_rgba(const std::vector<uint8_t>& rgba, uint32_t width, uint32_t height);

uint32_t crc32(const uint8_t* data, size_t length, uint32_t crc = 0);
uint32_t adler32(const uint8_t* data, size_t length);

}  // namespace app
