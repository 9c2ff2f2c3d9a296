// What a person typed into a numeric field, kept verbatim: a bad entry stays
// on screen to be corrected instead of being thrown away.
#pragma once

#include <array>
#include <cstring>
#include <string>
#include <string_view>

namespace app {

struct TextField {
  static constexpr size_t kCapacity = 64;
  std::array<char, kCapacity> text{};

  TextField() = default;
  explicit TextField(std::string_view initial) { set(std::string(initial)); }
  // Longer text is cut at the capacity, never inside a UTF-8 character.
  void set(const std::string& value) {
    text.fill('\0');
    size_t length = value.size() < kCapacity ? value.size() : kCapacity - 1;
    while (length < value.size() && length > 0 &&
           (static_cast<unsigned char>(value[length]) & 0xC0) == 0x80) {
      --length;
    }
    std::memcpy(text.data(), value.data(), length);
  }
  std::string str() const { return std::string(text.data()); }
};

// The mark on every output that still shows the last committed result while
// an input is invalid: on screen (a muted note), in the mirror, in copied text.
inline constexpr const char* kStaleText = "stale: showing the last valid input";

}  // namespace app
