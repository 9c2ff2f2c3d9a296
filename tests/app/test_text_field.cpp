#include <doctest/doctest.h>

#include <string>

#include "app/text_field.hpp"

TEST_CASE("a text field keeps what fits and never splits a UTF-8 character") {
  app::TextField field("2.5");
  CHECK(field.str() == "2.5");
  field.set(std::string(100, '9'));
  CHECK(field.str() == std::string(app::TextField::kCapacity - 1, '9'));
  // 62 ASCII bytes then "µ" (2 bytes): the "µ" would straddle the end, so it goes whole.
  field.set(std::string(62, '1') + "\xC2\xB5");
  CHECK(field.str() == std::string(62, '1'));
  // 61 bytes then "µ" fits exactly in 63.
  field.set(std::string(61, '1') + "\xC2\xB5" + "tail");
  CHECK(field.str() == std::string(61, '1') + "\xC2\xB5");
  field.set("");
  CHECK(field.str().empty());
}
