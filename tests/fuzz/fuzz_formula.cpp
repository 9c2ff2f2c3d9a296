// libFuzzer target: formulas of any shape parse to a positive, finite molar
// mass with a Hill formula that parses again to the same mass, or to a message.
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "chem/formula.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto result = chem::parse_formula(text);
  if (!result.ok()) {
    if (result.error().message.empty()) std::abort();
    return 0;
  }
  const chem::Formula& formula = result.value();
  if (!std::isfinite(formula.molar_mass) || formula.molar_mass <= 0 || formula.hill.empty()) std::abort();
  auto again = chem::parse_formula(formula.hill);
  if (!again.ok() || std::fabs(again.value().molar_mass - formula.molar_mass) > 1e-6 * formula.molar_mass) {
    std::abort();
  }
  return 0;
}
