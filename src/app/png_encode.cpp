#include "app/png_encode.hpp"

#include <algorithm>
#include <cstring>

namespace app {
namespace {

void put_u32(std::vector<uint8_t>& out, uint32_t value) {
  for (int shift = 24; shift >= 0; shift -= 8) out.push_back(static_cast<uint8_t>(value >> shift));
}

void put_chunk(std::vector<uint8_t>& out, const char* type, const std::vector<uint8_t>& data) {
  put_u32(out, static_cast<uint32_t>(data.size()));
  const size_t type_at = out.size();
  out.insert(out.end(), type, type + 4);
  out.insert(out.end(), data.begin(), data.end());
  put_u32(out, crc32(out.data() + type_at, data.size() + 4));
}

}  // namespace

uint32_t crc32(const uint8_t* data, size_t length, uint32_t crc) {
  crc = ~crc;
  for (size_t i = 0; i < length; ++i) {
    crc ^= data[i];
    for (int bit = 0; bit < 8; ++bit) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return ~crc;
}

uint32_t adler32(const uint8_t* data, size_t length) {
  uint32_t a = 1, b = 0;
  for (size_t i = 0; i < length; ++i) {
    a = (a + data[i]) % 65521;
    b = (b + a) % 65521;
  }
  return (b << 16) | a;
}

std::vector<uint8_t> encode_png_rgba(const std::vector<uint8_t>& rgba, uint32_t width, uint32_t height) {
  const size_t row_bytes = static_cast<size_t>(width) * 4;
  if (rgba.size() < row_bytes * height) return {};
  // Each scanline is preceded by filter type 0 (none).
  std::vector<uint8_t> raw;
  raw.reserve((row_bytes + 1) * height);
  for (uint32_t y = 0; y < height; ++y) {
    raw.push_back(0);
    raw.insert(raw.end(), rgba.begin() + static_cast<long>(y * row_bytes),
               rgba.begin() + static_cast<long>((y + 1) * row_bytes));
  }
  // zlib stream of stored (uncompressed) deflate blocks of at most 65535 bytes.
  std::vector<uint8_t> zlib{0x78, 0x01};
  size_t offset = 0;
  do {
    const size_t block = std::min<size_t>(65535, raw.size() - offset);
    const bool last = offset + block == raw.size();
    zlib.push_back(last ? 1 : 0);
    zlib.push_back(static_cast<uint8_t>(block & 0xFF));
    zlib.push_back(static_cast<uint8_t>(block >> 8));
    zlib.push_back(static_cast<uint8_t>(~block & 0xFF));
    zlib.push_back(static_cast<uint8_t>((~block >> 8) & 0xFF));
    zlib.insert(zlib.end(), raw.begin() + static_cast<long>(offset),
                raw.begin() + static_cast<long>(offset + block));
    offset += block;
  } while (offset < raw.size());
  put_u32(zlib, adler32(raw.data(), raw.size()));

  std::vector<uint8_t> png{0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  std::vector<uint8_t> header;
  put_u32(header, width);
  put_u32(header, height);
  header.insert(header.end(), {8, 6, 0, 0, 0});  // 8-bit, RGBA, deflate, no filter set, no interlace
  put_chunk(png, "IHDR", header);
  put_chunk(png, "IDAT", zlib);
  put_chunk(png, "IEND", {});
  return png;
}

}  // namespace app
