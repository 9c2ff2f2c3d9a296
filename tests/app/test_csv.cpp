#include <doctest/doctest.h>

#include <cmath>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include "app/csv.hpp"
#include "app/plot_exports.hpp"

namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

bool is_ascii(const std::string& text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

bool has_line(const std::string& text, const std::string& line) {
  return text.find("\n" + line + "\n") != std::string::npos || text.rfind(line + "\n", 0) == 0;
}

// The header row: the first line that is not a "# " comment.
std::string header_of(const std::string& text) {
  for (const auto& line : lines_of(text)) {
    if (line.rfind("# ", 0) != 0) return line;
  }
  return "";
}

// Every comment line comes first, and every one starts with "# ".
void check_layout(const std::string& csv) {
  CHECK(is_ascii(csv));
  bool in_comments = true;
  for (const auto& line : lines_of(csv)) {
    CAPTURE(line);
    CHECK(line.find('\r') == std::string::npos);
    if (line.rfind("#", 0) == 0) {
      CHECK(in_comments);
      CHECK(line.rfind("# ", 0) == 0);
      CHECK(line.find('"') == std::string::npos);
    } else {
      in_comments = false;
    }
  }
  CHECK(csv.rfind("# Diazepane Bench - ", 0) == 0);
}

// Cell `column` of data row `row` (0 = the first row after the header).
double cell(const std::string& csv, size_t row, size_t column) {
  const auto lines = lines_of(csv);
  size_t header = 0;
  while (header < lines.size() && lines[header].rfind("# ", 0) == 0) ++header;
  REQUIRE(header + 1 + row < lines.size());
  std::istringstream in(lines[header + 1 + row]);
  std::string field;
  for (size_t c = 0; c <= column; ++c) std::getline(in, field, ',');
  return std::strtod(field.c_str(), nullptr);
}

}  // namespace

TEST_CASE("CSV: comment lines, a header with units, one row per sample, quoting where needed") {
  std::vector<double> x{0, 0.5, 1};
  std::vector<double> y{1, 0.25, std::nan("")};
  app::CsvExport csv;
  csv.tool = "Test";
  csv.title = "Mono \"P\" against x";
  csv.parameters = {{"κ (k₂/k₁)", "4", ""}, {"V", app::csv_number(2.5e-6), "µL"}, {"mode", "batch", ""}};
  csv.notes = {"T: 0 °C, 2×"};
  csv.source = "Bałdyga – Bourne";
  csv.columns = {{"Equivalents, x", "-", &x}, {"Mono \"P\"", "0-1", &y}};
  CHECK(app::to_csv(csv) ==
        "# Diazepane Bench - Test\n"
        "# plot: Mono 'P' against x\n"
        "# kappa (k2/k1) = 4\n"
        "# V = 2.5e-06 uL\n"
        "# mode = batch\n"
        "# T: 0 degC, 2x\n"
        "# source: Baldyga - Bourne\n"
        "\"Equivalents, x [-]\",\"Mono \"\"P\"\" [0-1]\"\n0,1\n0.5,0.25\n1,\n");
  CHECK(app::csv_quote("plain") == "plain");
  // Enough figures to re-plot, '.' as the decimal point.
  CHECK(app::csv_number(1.0 / 3) == "0.3333333333");
  CHECK(app::csv_number(123456.789) == "123456.789");
}

TEST_CASE("CSV: UTF-8 spelled in ASCII") {
  CHECK(app::ascii_text("κ = k2/k1") == "kappa = k2/k1");
  CHECK(app::ascii_text("5 µL at 0 °C, 2×10⁻⁴") == "5 uL at 0 degC, 2x10-4");
  CHECK(app::ascii_text("Na₂SO₄·10H₂O") == "Na2SO4*10H2O");
  CHECK(app::ascii_text("A → P, Richman–Atkins") == "A -> P, Richman-Atkins");
  CHECK(app::ascii_text("Servín, Chávez") == "Servin, Chavez");
  // Unknown or broken sequences become one '?', and no ASCII byte is lost.
  CHECK(app::ascii_text("a\xE2\x98\x83z") == "a?z");
  CHECK(app::ascii_text("a\xCEz") == "a?z");
}

TEST_CASE("CSV: the alkylation distribution names kappa, its units and its source") {
  app::AlkylationInputs in;
  in.kappa.set("4");
  const app::AlkylationView view = app::evaluate_alkylation(in, nullptr);
  REQUIRE(view.valid);
  const std::string csv = app::to_csv(app::alkylation_fractions_csv(view));
  check_layout(csv);
  CHECK(has_line(csv, "# kappa (k2/k1 per molecule) = 4"));
  CHECK(has_line(csv, "# equiv electrophile (marked on the plot) = 1 equiv"));
  CHECK(has_line(csv, "# plot: Fraction of diamine against equivalents of electrophile"));
  CHECK(csv.find("\n# source: Closed form: A. A. Frost, W. C. Schwemer, J. Am. Chem. Soc. 1952") !=
        std::string::npos);
  CHECK(header_of(csv) == "equiv electrophile [-],unreacted [0-1],mono [0-1],bis [0-1]");
  // Rows at full precision: the plotted values, not rounded for the screen.
  const size_t row = 137;
  CHECK(cell(csv, row, 0) == doctest::Approx(view.curve.equivalents[row]).epsilon(1e-9));
  CHECK(cell(csv, row, 2) == doctest::Approx(view.curve.mono[row]).epsilon(1e-9));

  for (const auto& other : {app::alkylation_excess_csv(view), app::alkylation_ratio_csv(view)}) {
    const std::string text = app::to_csv(other);
    check_layout(text);
    CHECK(has_line(text, "# kappa (k2/k1 per molecule) = 4"));
    CHECK(has_line(text, "# diamine excess (marked on the plot) = 4 equiv"));
  }
  CHECK(header_of(app::to_csv(app::alkylation_excess_csv(view))) ==
        "diamine excess [equiv per electrophile],mono yield [0-1],in bis [0-1]");
  CHECK(header_of(app::to_csv(app::alkylation_ratio_csv(view))) ==
        "diamine excess [equiv per electrophile],mono/bis [mol/mol]");
  CHECK_FALSE(app::alkylation_fractions_csv(view).stale);

  // A bad κ: the export is the last valid curve, and says so (the PNG strip shows it too).
  in.kappa.set("1e-9");
  const app::AlkylationView stale = app::evaluate_alkylation(in, &view);
  REQUIRE(stale.stale);
  for (const auto& export_of : {app::alkylation_fractions_csv(stale), app::alkylation_excess_csv(stale)}) {
    CHECK(export_of.stale);
    CHECK(app::to_csv(export_of).find("# note: stale") != std::string::npos);
    CHECK(has_line(app::to_csv(export_of), "# kappa (k2/k1 per molecule) = 4"));
  }
}

TEST_CASE("CSV: the cyclization curves carry mode, ring size, EM and the conditions") {
  app::CyclizationInputs in;
  in.ring_size = 7;
  in.em_molar.set("0.05");
  in.c0_molar.set("0.1");
  app::CyclizationCache cache;
  const app::CyclizationView batch = app::evaluate_cyclization(in, nullptr, cache);
  REQUIRE(batch.valid);
  const std::string csv = app::to_csv(app::cyclization_curve_csv(batch));
  check_layout(csv);
  for (const char* line :
       {"# mode = batch", "# ring size = 7", "# EM (k_intra/k_inter) = 0.05 mol/L",
        "# large-ring EM at 14 ring atoms = 0.01 mol/L", "# C0 (marked on the plot) = 0.1 mol/L"}) {
    CAPTURE(line);
    CHECK(has_line(csv, line));
  }
  CHECK(csv.find("\n# source: G. Illuminati, L. Mandolini") != std::string::npos);
  CHECK(csv.find("Ruggli-Ziegler") != std::string::npos);
  CHECK(header_of(csv) == "C0 [mol/L],ring fraction [0-1],oligomer fraction [0-1]");
  CHECK(cell(csv, 5, 1) == doctest::Approx(batch.curve.ring[5]).epsilon(1e-9));

  in.mode = app::CyclizationMode::syringe_pump;
  in.k_entry = app::KIntraEntry::half_life;
  in.half_life_h.set("1");
  const app::CyclizationView pump = app::evaluate_cyclization(in, nullptr, cache);
  REQUIRE(pump.valid);
  for (const auto& exported : {app::cyclization_curve_csv(pump), app::cyclization_course_csv(pump)}) {
    const std::string text = app::to_csv(exported);
    check_layout(text);
    for (const char* line :
         {"# mode = syringe pump", "# precursor amount = 5 mmol", "# final volume = 100 mL",
          "# starting volume = 100 mL", "# C_total (amount / final volume) = 0.05 mol/L",
          "# ring-closure half-life (ln 2 / k_intra) = 1 h"}) {
      CAPTURE(line);
      CHECK(has_line(text, line));
    }
  }
  CHECK(header_of(app::to_csv(app::cyclization_curve_csv(pump))) ==
        "addition time [h],ring fraction [0-1],oligomer fraction [0-1]");
  CHECK(header_of(app::to_csv(app::cyclization_course_csv(pump))) ==
        "time [h],precursor [mol/L],ring [mol/L],oligomer [mol/L]");
  CHECK(has_line(app::to_csv(app::cyclization_course_csv(pump)), "# addition time = 8 h"));
}
