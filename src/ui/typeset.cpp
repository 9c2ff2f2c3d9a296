#include "ui/typeset.hpp"

#include <cstring>

namespace ui {
namespace {

// Elements and groups that appear in this app's texts (a formula using any
// other symbol is left as typed, which is the safe way to be wrong).
const char* const kSymbols[] = {"Boc", "TMS", "Li", "Al", "Na", "Mg", "Ca", "Cs", "Cl", "Br", "Si",
                                "Zn",  "Cu",  "Fe", "Tf", "Ts", "Et", "Me", "Bn", "Ph", "Ms", "H",
                                "B",   "C",   "N",  "O",  "F",  "P",  "S",  "K",  "I"};
// Words that parse as formulas but are not: mechanism and kinetics names.
const char* const kNotFormulas[] = {"SN1", "SN2", "E1", "E2", "B2"};
const char* const kSubscripts[] = {"₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉"};

bool is_word_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '(' || c == ')';
}
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The word typeset, or empty when it is not a formula. `charged`: a sign
// follows the word (N3-, Na+), so a formula without digits counts too.
std::string formula(const std::string& word, bool charged = false) {
  for (const char* skip : kNotFormulas)
    if (word == skip) return "";
  std::string out;
  size_t i = 0;
  while (i < word.size() && is_digit(word[i])) out += word[i++];  // a coefficient: 10H2O
  if (i == word.size() || !(word[i] == '(' || (word[i] >= 'A' && word[i] <= 'Z'))) return "";
  bool subscripted = false, after_symbol = false;
  while (i < word.size()) {
    const char c = word[i];
    if (is_digit(c)) {
      if (!after_symbol) return "";
      out += kSubscripts[c - '0'];
      subscripted = true;
      ++i;
      continue;
    }
    if (c == '(' || c == ')') {
      out += c;
      after_symbol = c == ')';
      ++i;
      continue;
    }
    const char* matched = nullptr;
    for (const char* symbol : kSymbols) {
      if (word.compare(i, std::strlen(symbol), symbol) == 0) {
        matched = symbol;
        break;
      }
    }
    if (!matched) return "";
    out += matched;
    i += std::strlen(matched);
    after_symbol = true;
  }
  return subscripted || charged ? out : "";
}

// A sign right after a word, itself followed by no word character ("N3-,",
// "Na+ "), is an ion's charge; "N-alkylation" and "A-B" are not.
bool charge_at(const std::string& text, size_t i) {
  return i < text.size() && (text[i] == '-' || text[i] == '+') &&
         (i + 1 == text.size() || !is_word_char(text[i + 1]));
}

}  // namespace

std::string typeset_chemistry(const std::string& text) {
  std::string out;
  out.reserve(text.size() + 16);
  size_t i = 0;
  while (i < text.size()) {
    if (text.compare(i, 5, "k2/k1") == 0 && (i == 0 || !is_word_char(text[i - 1]))) {
      out += "k₂/k₁";
      i += 5;
      continue;
    }
    // A DOI is an identifier, not chemistry: doi:10.1107/S1600536808001773
    // keeps its digits on the line ("(" is a word character here: skip it).
    const size_t doi = text[i] == '(' ? i + 1 : i;
    if (text.compare(doi, 4, "doi:") == 0 && (i == 0 || !is_word_char(text[i - 1]))) {
      while (i < text.size() && text[i] != ' ' && !(text[i] == ')' && i > doi)) out += text[i++];
      continue;
    }
    if (!is_word_char(text[i])) {
      out += text[i++];
      continue;
    }
    size_t end = i;
    while (end < text.size() && is_word_char(text[end])) ++end;
    const std::string word = text.substr(i, end - i);
    const bool charged = charge_at(text, end);
    const std::string typeset = formula(word, charged);
    out += typeset.empty() ? word : typeset;
    i = end;
    if (charged && !typeset.empty()) {
      out += text[i] == '-' ? "⁻" : "⁺";
      ++i;
    }
  }
  return out;
}

}  // namespace ui
