#include "app/csv.hpp"

#include <cmath>
#include <cstdio>

namespace app {

std::string csv_quote(const std::string& field) {
  if (field.find_first_of(",\"\n\r") == std::string::npos) return field;
  std::string out = "\"";
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string to_csv(const std::vector<CsvColumn>& columns) {
  std::string out;
  for (size_t c = 0; c < columns.size(); ++c) out += (c ? "," : "") + csv_quote(columns[c].title);
  out += "\n";
  const size_t rows = columns.empty() || !columns[0].values ? 0 : columns[0].values->size();
  char buffer[32];
  for (size_t r = 0; r < rows; ++r) {
    for (size_t c = 0; c < columns.size(); ++c) {
      if (c) out += ",";
      const std::vector<double>* values = columns[c].values;
      if (values && r < values->size() && std::isfinite((*values)[r])) {
        std::snprintf(buffer, sizeof buffer, "%.10g", (*values)[r]);
        out += buffer;
      }
    }
    out += "\n";
  }
  return out;
}

}  // namespace app
