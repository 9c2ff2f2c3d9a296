#include "chem/number_input.hpp"

#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace chem {
namespace {

std::string_view trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  return text;
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string with_unit(const QuantityRule& rule) {
  std::string out(rule.what);
  if (!rule.unit.empty()) out += " in " + std::string(rule.unit);
  return out;
}

std::string format_limit(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", value);
  return buffer;
}

InputError error(const QuantityRule& rule, std::string message) {
  return InputError{std::string(rule.field), std::move(message)};
}

}  // namespace

Outcome<double> check_quantity(double value, const QuantityRule& rule) {
  const std::string what(rule.what);
  if (!std::isfinite(value)) return error(rule, what + " must be a finite number");
  if (value < 0) return error(rule, what + " cannot be negative");
  if (value == 0 && !rule.allow_zero) return error(rule, what + " must be greater than zero");
  if (value > rule.max_value) {
    std::string unit = rule.unit.empty() ? "" : " " + std::string(rule.unit);
    return error(rule,
                 what + " above " + format_limit(rule.max_value) + unit + " is outside this tool's range");
  }
  return value;
}

Outcome<double> parse_quantity(std::string_view text, const QuantityRule& rule) {
  text = trim(text);
  if (text.empty()) return error(rule, "Enter the " + with_unit(rule));
  // A trailing unit is fine when it is the one the field asks for ("2.5 g").
  const std::string original(text);
  if (!rule.unit.empty() && text.size() > rule.unit.size() &&
      text.substr(text.size() - rule.unit.size()) == rule.unit) {
    const char before = text[text.size() - rule.unit.size() - 1];
    if (std::isdigit(static_cast<unsigned char>(before)) || before == ' ' || before == '.') {
      text = trim(text.substr(0, text.size() - rule.unit.size()));
    }
  }
  if (text.size() > 40) return error(rule, "That is too long to be a number");
  const std::string lowered = lower(text);
  const std::string unsigned_text = (lowered[0] == '+' || lowered[0] == '-') ? lowered.substr(1) : lowered;
  if (unsigned_text.rfind("nan", 0) == 0 || unsigned_text.rfind("inf", 0) == 0) {
    return error(rule, std::string(rule.what) + " must be a finite number");
  }
  const bool has_comma = text.find(',') != std::string_view::npos;
  const bool has_point = text.find('.') != std::string_view::npos;
  if (has_comma && !has_point) {
    std::string suggestion(text);
    for (char& c : suggestion) c = c == ',' ? '.' : c;
    return error(rule, "Use a decimal point: " + suggestion + ", not " + std::string(text));
  }
  for (char c : text) {
    // Only plain decimal notation: strtod would also take hex floats.
    if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == 'e' || c == 'E' || c == '+' ||
          c == '-')) {
      return error(rule, "\"" + original + "\" is not a number; enter the " + with_unit(rule));
    }
  }
  const std::string owned(text);
  char* end = nullptr;
  errno = 0;
  const double value = std::strtod(owned.c_str(), &end);
  if (end != owned.c_str() + owned.size() || end == owned.c_str()) {
    return error(rule, "\"" + original + "\" is not a number; enter the " + with_unit(rule));
  }
  if (errno == ERANGE && std::isinf(value)) {
    return check_quantity(value > 0 ? rule.max_value * 2 : -1.0, rule);
  }
  return check_quantity(value, rule);
}

}  // namespace chem
