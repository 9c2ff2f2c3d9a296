// Turning what a person typed into a number, and checking that a number is in
// the range a model accepts. Text problems (empty, letters, "1,5", "nan") and
// range problems (negative, zero, absurdly large) each get their own message.
#pragma once

#include <string_view>

#include "chem/outcome.hpp"

namespace chem {

struct QuantityRule {
  std::string_view field;  // machine name, e.g. "lah_g"
  std::string_view what;   // for people, e.g. "LiAlH4 mass"
  std::string_view unit;   // e.g. "g"; empty for dimensionless values
  double max_value;        // largest accepted value (inclusive)
  bool allow_zero = false;
};

// Parses decimal text such as "2.5", " 1e-3 " or "+4". A unit may follow when
// it is the rule's own unit ("2.5 g"). Decimal commas are refused with a hint.
Outcome<double> parse_quantity(std::string_view text, const QuantityRule& rule);

// The range check alone, for values that did not come from text (CLI, URL).
Outcome<double> check_quantity(double value, const QuantityRule& rule);

}  // namespace chem
