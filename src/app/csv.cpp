#include "app/csv.hpp"

#include <cmath>
#include <cstdint>
#include <cstdio>

namespace app {
namespace {

struct Spelling {
  uint32_t code_point;
  const char* ascii;
};

// The characters the app's texts use; searched linearly: exports are rare.
constexpr Spelling kSpellings[] = {
    {0x03BA, "kappa"}, {0x039A, "Kappa"}, {0x03B1, "alpha"},  {0x03B2, "beta"},  {0x03B3, "gamma"},
    {0x0394, "Delta"}, {0x03B4, "delta"}, {0x03BB, "lambda"}, {0x03C3, "sigma"}, {0x03C4, "tau"},
    {0x00B5, "u"},     {0x03BC, "u"},     {0x00B0, "deg"},    {0x00D7, "x"},     {0x00B7, "*"},
    {0x22C5, "*"},     {0x00F7, "/"},     {0x00B1, "+/-"},    {0x2212, "-"},     {0x2010, "-"},
    {0x2011, "-"},     {0x2013, "-"},     {0x2014, "-"},      {0x2192, "->"},    {0x2190, "<-"},
    {0x21CC, "<=>"},   {0x2264, "<="},    {0x2265, ">="},     {0x2248, "~"},     {0x223C, "~"},
    {0x2018, "'"},     {0x2019, "'"},     {0x2032, "'"},      {0x201C, "\""},    {0x201D, "\""},
    {0x2026, "..."},   {0x00A0, " "},     {0x202F, " "},      {0x2009, " "},     {0x00C5, "A"},
    {0x00E0, "a"},     {0x00E1, "a"},     {0x00E2, "a"},      {0x00E4, "a"},     {0x00E7, "c"},
    {0x00E8, "e"},     {0x00E9, "e"},     {0x00EA, "e"},      {0x00EB, "e"},     {0x00ED, "i"},
    {0x00EF, "i"},     {0x00F1, "n"},     {0x00F3, "o"},      {0x00F6, "o"},     {0x00F8, "o"},
    {0x00FA, "u"},     {0x00FC, "u"},     {0x0142, "l"},      {0x0141, "L"},     {0x00DF, "ss"},
};

// Sub- and superscript digits (₀-₉, ⁰-⁹) and signs.
const char* script_digit(uint32_t c) {
  static const char* const kDigits[] = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
  if (c >= 0x2080 && c <= 0x2089) return kDigits[c - 0x2080];
  if (c >= 0x2074 && c <= 0x2079) return kDigits[c - 0x2070];
  if (c == 0x2070) return "0";
  if (c == 0x00B9) return "1";
  if (c == 0x00B2) return "2";
  if (c == 0x00B3) return "3";
  if (c == 0x207B || c == 0x208B) return "-";
  if (c == 0x207A || c == 0x208A) return "+";
  return nullptr;
}

const char* spell(uint32_t c) {
  if (const char* digit = script_digit(c)) return digit;
  for (const auto& s : kSpellings) {
    if (s.code_point == c) return s.ascii;
  }
  return "?";
}

// A comment line stays one line, and a stray '"' could open a quoted field in
// a spreadsheet that swallows the rows after it.
std::string comment(const std::string& text) {
  std::string out = "# ";
  for (char c : ascii_text(text)) out += c == '"' ? '\'' : (c == '\n' || c == '\r') ? ' ' : c;
  return out + "\n";
}

std::string header_cell(const CsvColumn& column) {
  return csv_quote(ascii_text(column.unit.empty() ? column.name : column.name + " [" + column.unit + "]"));
}

}  // namespace

std::string ascii_text(const std::string& utf8) {
  std::string out;
  for (size_t i = 0; i < utf8.size();) {
    const auto lead = static_cast<unsigned char>(utf8[i]);
    if (lead < 0x80) {
      out += static_cast<char>(lead);
      ++i;
      continue;
    }
    const size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    uint32_t code = length == 1 ? 0 : lead & (0x7F >> length);
    size_t j = 1;
    for (; j < length && i + j < utf8.size() && (static_cast<unsigned char>(utf8[i + j]) & 0xC0) == 0x80; ++j)
      code = (code << 6) | (static_cast<unsigned char>(utf8[i + j]) & 0x3F);
    // A broken sequence is one unknown character, never a dropped ASCII byte.
    out += j == length && length > 1 ? spell(code) : "?";
    i += j;
  }
  return out;
}

std::string csv_quote(const std::string& field) {
  if (field.find_first_of(",\"\n\r") == std::string::npos) return field;
  std::string out = "\"";
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string csv_number(double value) {
  if (!std::isfinite(value)) return "";
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.10g", value);
  // A locale with a decimal comma would turn the file into extra columns.
  for (char* c = buffer; *c; ++c) {
    if (*c == ',') *c = '.';
  }
  return buffer;
}

std::string to_csv(const CsvExport& csv) {
  std::string out = comment("Diazepane Bench - " + csv.tool);
  out += comment("plot: " + csv.title);
  for (const auto& p : csv.parameters)
    out += comment(p.name + " = " + p.value + (p.unit.empty() ? "" : " " + p.unit));
  for (const auto& note : csv.notes) out += comment(note);
  if (!csv.source.empty()) out += comment("source: " + csv.source);
  const auto& columns = csv.columns;
  for (size_t c = 0; c < columns.size(); ++c) out += (c ? "," : "") + header_cell(columns[c]);
  out += "\n";
  const size_t rows = columns.empty() || !columns[0].values ? 0 : columns[0].values->size();
  for (size_t r = 0; r < rows; ++r) {
    for (size_t c = 0; c < columns.size(); ++c) {
      if (c) out += ",";
      const std::vector<double>* values = columns[c].values;
      if (values && r < values->size()) out += csv_number((*values)[r]);
    }
    out += "\n";
  }
  return out;
}

}  // namespace app
