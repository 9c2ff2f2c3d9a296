// Plot data as CSV that describes itself: "# " comment lines (tool, plot,
// every parameter of the curve with its unit, the model's source), a header
// row whose names carry units in brackets, then one row per sample.
// Plain ASCII throughout (κ -> kappa, µ -> u, ° -> deg), '.' as the decimal
// point: it is pasted into spreadsheets and read by scripts.
#pragma once

#include <string>
#include <vector>

namespace app {

struct CsvColumn {
  std::string name;  // e.g. "C0"
  std::string unit;  // e.g. "mol/L", "0-1" for a fraction, "-" for a pure number; header "C0 [mol/L]"
  const std::vector<double>* values = nullptr;
};

// One "# name = value unit" line, e.g. "# EM = 0.05 mol/L" or "# mode = batch".
struct CsvParameter {
  std::string name;
  std::string value;  // a number as csv_number() writes it, or a word
  std::string unit;   // empty for a pure number, a count or a word
};

// Everything an exported CSV carries; built in src/app beside the tool's
// report, so the numbers and their description come from the same view.
struct CsvExport {
  std::string tool;   // "Cyclization"
  std::string title;  // the plot
  std::vector<CsvParameter> parameters;
  std::vector<std::string> notes;  // "name: text" lines, e.g. the mode or what the fractions are of
  bool stale = false;              // the last valid input's curve, while an input is invalid
  std::string source;              // the model's source line, as under the panel; may be empty
  std::vector<CsvColumn> columns;  // x first; all share the row count of the first
};

// Full precision (%.10g); a missing or non-finite value is an empty cell.
std::string to_csv(const CsvExport& csv);

// %.10g: enough figures to re-plot, '.' as the decimal point in any locale.
std::string csv_number(double value);

std::string csv_quote(const std::string& field);

// UTF-8 text spelled in ASCII: Greek letters by name, sub- and superscript
// digits as digits, µ -> u, ° -> deg, × -> x, dashes -> '-', accents dropped;
// anything else not ASCII becomes '?'.
std::string ascii_text(const std::string& utf8);

}  // namespace app
