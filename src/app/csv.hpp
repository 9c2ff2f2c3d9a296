// Plot data as CSV: one x column and one column per series, RFC 4180 quoting.
#pragma once

#include <string>
#include <vector>

namespace app {

struct CsvColumn {
  std::string title;  // with units, e.g. "Equivalents of electrophile"
  const std::vector<double>* values;
};

// All columns share the row count of the first; full precision (%.10g).
std::string to_csv(const std::vector<CsvColumn>& columns);

std::string csv_quote(const std::string& field);

}  // namespace app
