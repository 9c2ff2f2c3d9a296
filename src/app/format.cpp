#include "app/format.hpp"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>

namespace app {
namespace {

const char* const kSuperscriptDigits[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};

}  // namespace

std::string superscript(int exponent) {
  std::string out = exponent < 0 ? "⁻" : "";
  const std::string digits = std::to_string(std::abs(exponent));
  for (char digit : digits) out += kSuperscriptDigits[digit - '0'];
  return out;
}

namespace {
std::string format_sig_uncached(double value, int significant) {
  if (!std::isfinite(value)) return "—";
  if (significant < 1) significant = 1;
  if (value == 0) {
    return significant > 1 ? "0." + std::string(static_cast<size_t>(significant - 1), '0') : "0";
  }
  // Round first so that 999.7 at 3 figures becomes 1.00×10³ territory correctly.
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*e", significant - 1, value);
  const double rounded = std::atof(buffer);
  const int exponent = static_cast<int>(std::floor(std::log10(std::fabs(rounded))));
  if (exponent >= 6 || exponent < -3) {
    std::string mantissa(buffer, std::string(buffer).find('e'));
    return mantissa + "×10" + superscript(exponent);
  }
  const int decimals = significant - 1 - exponent;
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals > 0 ? decimals : 0, rounded);
  std::string out = buffer;
  if (out == "-0" || out.rfind("-0.", 0) == 0) {
    bool all_zero = out.find_first_not_of("-0.") == std::string::npos;
    if (all_zero) out.erase(0, 1);
  }
  return out;
}
}  // namespace

std::string format_sig(double value, int significant) {
  // A frame formats a few hundred numbers, most of them the same as in the
  // last frame (axis ticks, amounts a dragged slider does not touch), and
  // each costs two printf and a parse: remember the last answer per slot.
  // (The app and the CLI each run on one thread.)
  struct Slot {
    double value = 0;
    int significant = -1;  // empty
    std::string text;
  };
  static Slot slots[512];
  uint64_t bits = 0;
  std::memcpy(&bits, &value, sizeof bits);
  Slot& slot =
      slots[(bits ^ (bits >> 29) ^ (bits >> 47) ^ static_cast<uint64_t>(significant) * 0x9E37u) % 512];
  if (slot.significant == significant && std::memcmp(&slot.value, &value, sizeof value) == 0)
    return slot.text;
  slot.value = value;
  slot.significant = significant;
  slot.text = format_sig_uncached(value, significant);
  return slot.text;
}

std::string format_volume_ml(double millilitres) {
  if (millilitres > 0 && millilitres < 1) {
    return format_sig(millilitres) + " mL (" + format_sig(millilitres * 1000) + " µL)";
  }
  return format_sig(millilitres) + " mL";
}

std::string format_mass_g(double grams) {
  if (grams > 0 && grams < 1) return format_sig(grams * 1000) + " mg";
  return format_sig(grams) + " g";
}

}  // namespace app
