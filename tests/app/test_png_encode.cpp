#include <doctest/doctest.h>

#include <cstring>
#include <string>

#include "app/png_encode.hpp"

namespace {
uint32_t read_u32(const std::vector<uint8_t>& bytes, size_t at) {
  return (uint32_t(bytes[at]) << 24) | (uint32_t(bytes[at + 1]) << 16) | (uint32_t(bytes[at + 2]) << 8) |
         bytes[at + 3];
}
}  // namespace

TEST_CASE("CRC-32 and Adler-32 match their published check values") {
  const char* check = "123456789";
  CHECK(app::crc32(reinterpret_cast<const uint8_t*>(check), 9) == 0xCBF43926u);
  CHECK(app::adler32(reinterpret_cast<const uint8_t*>("Wikipedia"), 9) == 0x11E60398u);
  CHECK(app::crc32(reinterpret_cast<const uint8_t*>("IEND"), 4) == 0xAE426082u);  // every PNG ends so
}

TEST_CASE("a PNG holds the pixels in stored deflate blocks") {
  const uint32_t width = 3, height = 2;
  std::vector<uint8_t> rgba(width * height * 4);
  for (size_t i = 0; i < rgba.size(); ++i) rgba[i] = static_cast<uint8_t>(i * 7);
  const auto png = app::encode_png_rgba(rgba, width, height);
  REQUIRE(png.size() > 8 + 25 + 12);
  CHECK(std::memcmp(png.data(), "\x89PNG\r\n\x1a\n", 8) == 0);
  CHECK(read_u32(png, 8) == 13);
  CHECK(std::string(png.begin() + 12, png.begin() + 16) == "IHDR");
  CHECK(read_u32(png, 16) == width);
  CHECK(read_u32(png, 20) == height);
  CHECK(png[24] == 8);
  CHECK(png[25] == 6);
  // IDAT: zlib header, one final stored block of (1 + 12) × 2 = 26 bytes.
  const size_t idat = 8 + 25;
  CHECK(std::string(png.begin() + idat + 4, png.begin() + idat + 8) == "IDAT");
  const size_t z = idat + 8;
  CHECK(png[z] == 0x78);
  CHECK(png[z + 2] == 1);  // BFINAL, stored
  CHECK((png[z + 3] | (png[z + 4] << 8)) == 26);
  CHECK(png[z + 7] == 0);  // filter byte of row 0
  CHECK(png[z + 8 + 5] == rgba[5]);
  CHECK(png[z + 7 + 13 + 1 + 2] == rgba[12 + 2]);  // row 1 after its filter byte
  CHECK(std::string(png.end() - 8, png.end() - 4) == "IEND");
  CHECK(app::encode_png_rgba({1, 2, 3}, 2, 2).empty());  // too few bytes
}

TEST_CASE("images larger than one stored block split into several") {
  const uint32_t width = 200, height = 100;  // 80,100 bytes of scanlines
  std::vector<uint8_t> rgba(width * height * 4, 0x80);
  const auto png = app::encode_png_rgba(rgba, width, height);
  const size_t z = 8 + 25 + 8;
  CHECK(png[z + 2] == 0);  // first block is not the last
  CHECK((png[z + 3] | (png[z + 4] << 8)) == 65535);
}
