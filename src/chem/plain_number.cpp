#include "chem/plain_number.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace chem {

std::string plain_number(double value, int significant) {
  if (!std::isfinite(value)) return "?";
  if (value == 0) return "0";
  if (significant < 1) significant = 1;
  char buffer[64];
  // Round in scientific form first, so 999.7 at 3 figures becomes 1000.
  std::snprintf(buffer, sizeof buffer, "%.*e", significant - 1, value);
  const double rounded = std::atof(buffer);
  const int exponent = static_cast<int>(std::floor(std::log10(std::fabs(rounded))));
  const int decimals = significant - 1 - exponent;
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals > 0 ? decimals : 0, rounded);
  std::string text = buffer;
  // In running text "5 min" reads better than "5.0 min": drop trailing zeros.
  if (text.find('.') != std::string::npos) {
    text.erase(text.find_last_not_of('0') + 1);
    if (text.back() == '.') text.pop_back();
  }
  return text;
}

std::string mass_text(double grams) {
  if (grams >= 1000) return plain_number(grams / 1000, 2) + " kg";
  if (grams > 0 && grams < 1) return plain_number(grams * 1000, 2) + " mg";
  return plain_number(grams, 2) + " g";
}

std::string volume_text(double millilitres) {
  if (millilitres >= 1000) return plain_number(millilitres / 1000, 2) + " L";
  return plain_number(millilitres, 2) + " mL";
}

}  // namespace chem
