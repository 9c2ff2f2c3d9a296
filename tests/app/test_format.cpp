#include <doctest/doctest.h>

#include <cmath>

#include "app/format.hpp"

TEST_CASE("significant figures keep trailing zeros and round correctly") {
  CHECK(app::format_sig(2.5) == "2.50");
  CHECK(app::format_sig(7.5) == "7.50");
  CHECK(app::format_sig(65.876) == "65.9");
  CHECK(app::format_sig(999.7) == "1000");
  CHECK(app::format_sig(0.0012345) == "0.00123");
  CHECK(app::format_sig(123456) == "123000");
  CHECK(app::format_sig(2.58, 2) == "2.6");
  CHECK(app::format_sig(0) == "0.00");
  CHECK(app::format_sig(-0.0001234) == "-1.23×10⁻⁴");
  CHECK(app::format_sig(1.5e7) == "1.50×10⁷");
  CHECK(app::format_sig(std::nan("")) == "—");
}

TEST_CASE("volumes under 1 mL also read in microlitres, small masses in mg") {
  CHECK(app::format_volume_ml(2.5) == "2.50 mL");
  CHECK(app::format_volume_ml(0.25) == "0.250 mL (250 µL)");
  CHECK(app::format_mass_g(0.25) == "250 mg");
  CHECK(app::format_mass_g(12) == "12.0 g");
}
