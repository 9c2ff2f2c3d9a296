// libFuzzer target: any text into the number parser gives a finite, in-range
// value or a named, non-empty message. Never a crash, NaN or hang.
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "chem/number_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const chem::QuantityRule rule{"lah_g", "LiAlH4 mass", "g", 10000};
  auto result = chem::parse_quantity(text, rule);
  if (result.ok()) {
    if (!std::isfinite(result.value()) || result.value() <= 0 || result.value() > 10000) std::abort();
  } else if (result.error().message.empty() || result.error().field != "lah_g") {
    std::abort();
  }
  return 0;
}
