#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "chem/number_input.hpp"

namespace {
const chem::QuantityRule kMass{"lah_g", "LiAlH4 mass", "g", 10000};

std::string message_for(const char* text) {
  auto result = chem::parse_quantity(text, kMass);
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().field == "lah_g");
  return result.error().message;
}
}  // namespace

TEST_CASE("plain decimal numbers parse, with spaces, signs, exponents and the field's unit") {
  CHECK(chem::parse_quantity("2.5", kMass).value() == doctest::Approx(2.5));
  CHECK(chem::parse_quantity("  .5 ", kMass).value() == doctest::Approx(0.5));
  CHECK(chem::parse_quantity("+4", kMass).value() == doctest::Approx(4));
  CHECK(chem::parse_quantity("1e-3", kMass).value() == doctest::Approx(0.001));
  CHECK(chem::parse_quantity("2.5 g", kMass).value() == doctest::Approx(2.5));
  CHECK(chem::parse_quantity("2.5g", kMass).value() == doctest::Approx(2.5));
}

TEST_CASE("every kind of bad text gets its own message") {
  CHECK(message_for("") == "Enter the LiAlH4 mass in g");
  CHECK(message_for("   ") == "Enter the LiAlH4 mass in g");
  CHECK(message_for("abc") == "\"abc\" is not a number; enter the LiAlH4 mass in g");
  CHECK(message_for("0x10") == "\"0x10\" is not a number; enter the LiAlH4 mass in g");
  CHECK(message_for("2.5 kg") == "\"2.5 kg\" is not a number; enter the LiAlH4 mass in g");
  CHECK(message_for("1,5") == "Use a decimal point: 1.5, not 1,5");
  CHECK(message_for("NaN") == "LiAlH4 mass must be a finite number");
  CHECK(message_for("-inf") == "LiAlH4 mass must be a finite number");
  CHECK(message_for("Infinity") == "LiAlH4 mass must be a finite number");
  CHECK(message_for("-2") == "LiAlH4 mass cannot be negative");
  CHECK(message_for("0") == "LiAlH4 mass must be greater than zero");
  CHECK(message_for("1e-400") == "LiAlH4 mass must be greater than zero");
  CHECK(message_for("1e9") == "LiAlH4 mass above 10000 g is outside this tool's range");
  CHECK(message_for("1e400") == "LiAlH4 mass above 10000 g is outside this tool's range");
  CHECK(message_for("1.2.3") == "\"1.2.3\" is not a number; enter the LiAlH4 mass in g");
  CHECK(message_for(std::string(10000, '9').c_str()) == "That is too long to be a number");
}

TEST_CASE("zero can be allowed, and range checks work without text") {
  chem::QuantityRule rule{"x", "Equivalents", "", 2, true};
  CHECK(chem::parse_quantity("0", rule).value() == 0);
  CHECK(chem::check_quantity(2, rule).ok());
  CHECK_FALSE(chem::check_quantity(2.0000001, rule).ok());
  CHECK(chem::check_quantity(std::nan(""), rule).error().message == "Equivalents must be a finite number");
}
