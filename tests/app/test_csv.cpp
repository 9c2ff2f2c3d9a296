#include <doctest/doctest.h>

#include <cmath>

#include "app/csv.hpp"

TEST_CASE("CSV: a header with units, one row per sample, quoting where needed") {
  std::vector<double> x{0, 0.5, 1};
  std::vector<double> y{1, 0.25, std::nan("")};
  const std::string csv = app::to_csv({{"Equivalents, x", &x}, {"Mono \"P\"", &y}});
  CHECK(csv == "\"Equivalents, x\",\"Mono \"\"P\"\"\"\n0,1\n0.5,0.25\n1,\n");
  CHECK(app::csv_quote("plain") == "plain");
}
