#include "chem/formula.hpp"

#include <cctype>
#include <vector>

namespace chem {
namespace {

struct Element {
  const char* symbol;
  double weight;
};

// IUPAC abridged standard atomic weights (2021); elements without a standard
// atomic weight (Tc, Pm, Po–Ac, Np onwards) are not accepted.
constexpr Element kElements[] = {
    {"H", 1.008},   {"He", 4.0026}, {"Li", 6.94},   {"Be", 9.0122}, {"B", 10.81},   {"C", 12.011},
    {"N", 14.007},  {"O", 15.999},  {"F", 18.998},  {"Ne", 20.180}, {"Na", 22.990}, {"Mg", 24.305},
    {"Al", 26.982}, {"Si", 28.085}, {"P", 30.974},  {"S", 32.06},   {"Cl", 35.45},  {"Ar", 39.95},
    {"K", 39.098},  {"Ca", 40.078}, {"Sc", 44.956}, {"Ti", 47.867}, {"V", 50.942},  {"Cr", 51.996},
    {"Mn", 54.938}, {"Fe", 55.845}, {"Co", 58.933}, {"Ni", 58.693}, {"Cu", 63.546}, {"Zn", 65.38},
    {"Ga", 69.723}, {"Ge", 72.630}, {"As", 74.922}, {"Se", 78.971}, {"Br", 79.904}, {"Kr", 83.798},
    {"Rb", 85.468}, {"Sr", 87.62},  {"Y", 88.906},  {"Zr", 91.224}, {"Nb", 92.906}, {"Mo", 95.95},
    {"Ru", 101.07}, {"Rh", 102.91}, {"Pd", 106.42}, {"Ag", 107.87}, {"Cd", 112.41}, {"In", 114.82},
    {"Sn", 118.71}, {"Sb", 121.76}, {"Te", 127.60}, {"I", 126.90},  {"Xe", 131.29}, {"Cs", 132.91},
    {"Ba", 137.33}, {"La", 138.91}, {"Ce", 140.12}, {"Pr", 140.91}, {"Nd", 144.24}, {"Sm", 150.36},
    {"Eu", 151.96}, {"Gd", 157.25}, {"Tb", 158.93}, {"Dy", 162.50}, {"Ho", 164.93}, {"Er", 167.26},
    {"Tm", 168.93}, {"Yb", 173.05}, {"Lu", 174.97}, {"Hf", 178.49}, {"Ta", 180.95}, {"W", 183.84},
    {"Re", 186.21}, {"Os", 190.23}, {"Ir", 192.22}, {"Pt", 195.08}, {"Au", 196.97}, {"Hg", 200.59},
    {"Tl", 204.38}, {"Pb", 207.2},  {"Bi", 208.98}, {"Th", 232.04}, {"Pa", 231.04}, {"U", 238.03},
};

// Real elements that IUPAC gives no standard atomic weight (no stable isotope,
// no characteristic terrestrial composition): named as such, not as "unknown".
constexpr const char* kNoStandardWeight[] = {"Tc", "Pm", "Po", "At", "Rn", "Fr", "Ra", "Ac", "Np", "Pu",
                                             "Am", "Cm", "Bk", "Cf", "Es", "Fm", "Md", "No", "Lr"};

InputError error(std::string message) { return InputError{"formula", std::move(message)}; }

std::string unknown_symbol_message(const std::string& symbol, const std::string& position) {
  for (const char* radioactive : kNoStandardWeight) {
    if (symbol == radioactive) {
      return "Element '" + symbol + "' at position " + position +
             " has no standard atomic weight (no stable isotope)";
    }
  }
  return "Unknown element '" + symbol + "' at position " + position;
}

// Recognises the adduct separators; returns their length in bytes (0 if none).
size_t separator_at(std::string_view text, size_t i) {
  if (text[i] == '*' || text[i] == '.') return 1;
  if (text.substr(i, 2) == "\xC2\xB7") return 2;      // · middle dot
  if (text.substr(i, 3) == "\xE2\x80\xA2") return 3;  // • bullet
  if (text.substr(i, 3) == "\xE2\x8B\x85") return 3;  // ⋅ dot operator
  return 0;
}

// Reads digits at i; returns -1 for none, -2 for a number over the limit.
long long read_count(std::string_view text, size_t& i) {
  if (i >= text.size() || !std::isdigit(static_cast<unsigned char>(text[i]))) return -1;
  long long value = 0;
  while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) {
    value = value * 10 + (text[i] - '0');
    ++i;
    if (value > kMaxAtomCount) {
      while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
      return -2;
    }
  }
  return value;
}

using Counts = std::map<std::string, long long>;

bool add_scaled(Counts& into, const Counts& from, long long factor) {
  for (const auto& [symbol, count] : from) {
    const long long total = into[symbol] + count * factor;  // both bounded by 1e6, no overflow
    if (total > kMaxAtomCount) return false;
    into[symbol] = total;
  }
  return true;
}

// 1-based character (not byte) position of byte `at` in `full`, for messages.
size_t character_position(std::string_view full, size_t at) {
  size_t position = 1;
  for (size_t i = 0; i < at && i < full.size(); ++i) {
    if ((static_cast<unsigned char>(full[i]) & 0xC0) != 0x80) ++position;
  }
  return position;
}

// One part of an adduct ("10H2O"): an explicit stack instead of recursion.
Outcome<Counts> parse_part(std::string_view full, size_t offset, size_t length) {
  std::string_view text = full.substr(offset, length);
  while (!text.empty() && text.front() == ' ') {
    text.remove_prefix(1);
    ++offset;
  }
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  auto at = [&](size_t i) { return std::to_string(character_position(full, offset + i)); };
  size_t i = 0;
  long long multiplier = read_count(text, i);
  if (multiplier == -2) return error("A count above 1000000 is outside this tool's range");
  if (multiplier == 0) return error("A multiplier of 0 at position " + at(0));
  if (multiplier < 0) multiplier = 1;
  std::vector<Counts> stack(1);
  std::vector<char> closers;
  while (i < text.size()) {
    const char c = text[i];
    const std::string position = at(i);
    if (c == '(' || c == '[') {
      if (static_cast<int>(closers.size()) >= kMaxFormulaDepth) {
        return error("Brackets nested deeper than " + std::to_string(kMaxFormulaDepth) + " levels");
      }
      closers.push_back(c == '(' ? ')' : ']');
      stack.emplace_back();
      ++i;
    } else if (c == ')' || c == ']') {
      if (closers.empty() || closers.back() != c) {
        return error(std::string("Unmatched '") + c + "' at position " + position);
      }
      closers.pop_back();
      ++i;
      long long count = read_count(text, i);
      if (count == -2) return error("A count above 1000000 is outside this tool's range");
      if (count == 0) return error("A count of 0 at position " + at(i - 1));
      Counts group = std::move(stack.back());
      stack.pop_back();
      // "()" weighs nothing: almost surely a typing slip, so say so.
      if (group.empty()) return error("Empty brackets at position " + position);
      if (!add_scaled(stack.back(), group, count < 0 ? 1 : count)) {
        return error("More than 1000000 atoms of one element is outside this tool's range");
      }
    } else if (std::isupper(static_cast<unsigned char>(c))) {
      std::string symbol(1, c);
      ++i;
      if (i < text.size() && std::islower(static_cast<unsigned char>(text[i]))) symbol += text[i++];
      if (atomic_weight(symbol) == 0) return error(unknown_symbol_message(symbol, position));
      long long count = read_count(text, i);
      if (count == -2) return error("A count above 1000000 is outside this tool's range");
      if (count == 0) return error("A count of 0 at position " + at(i - 1));
      if (!add_scaled(stack.back(), Counts{{symbol, count < 0 ? 1 : count}}, 1)) {
        return error("More than 1000000 atoms of one element is outside this tool's range");
      }
    } else if (std::islower(static_cast<unsigned char>(c))) {
      return error(std::string("Element symbols start with a capital letter: '") + c + "' at position " +
                   position);
    } else {
      return error("Unexpected character at position " + position);
    }
  }
  if (!closers.empty()) return error(std::string("Missing '") + closers.back() + "'");
  Counts result;
  if (!add_scaled(result, stack.front(), multiplier)) {
    return error("More than 1000000 atoms of one element is outside this tool's range");
  }
  if (result.empty()) return error("Nothing to weigh at position " + at(0));
  return result;
}

}  // namespace

double atomic_weight(std::string_view symbol) {
  for (const auto& element : kElements) {
    if (symbol == element.symbol) return element.weight;
  }
  return 0;
}

Formula make_formula(const std::map<std::string, long long>& atoms) {
  Formula formula;
  formula.atoms = atoms;
  auto append = [&](const std::string& symbol, long long count) {
    if (count <= 0) return;
    formula.hill += symbol + (count > 1 ? std::to_string(count) : "");
    formula.molar_mass += atomic_weight(symbol) * static_cast<double>(count);
  };
  const bool has_carbon = atoms.count("C") && atoms.at("C") > 0;
  if (has_carbon) {
    append("C", atoms.at("C"));
    if (atoms.count("H")) append("H", atoms.at("H"));
  }
  for (const auto& [symbol, count] : atoms) {  // std::map: alphabetical
    if (has_carbon && (symbol == "C" || symbol == "H")) continue;
    append(symbol, count);
  }
  return formula;
}

Outcome<Formula> parse_formula(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  if (text.empty()) return error("Enter a formula, e.g. C5H12N2 or Na2SO4·10H2O");
  if (text.size() > kMaxFormulaLength) {
    return error("A formula longer than " + std::to_string(kMaxFormulaLength) + " characters is refused");
  }
  Counts total;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    const size_t separator = i < text.size() ? separator_at(text, i) : 1;
    if (separator == 0) continue;
    auto part = parse_part(text, start, i - start);
    if (!part.ok()) return part.error();
    if (!add_scaled(total, part.value(), 1)) {
      return error("More than 1000000 atoms of one element is outside this tool's range");
    }
    i += separator - 1;
    start = i + 1;
  }
  return make_formula(total);
}

const ModelCard& formula_model() {
  static const ModelCard card{
      "formula-molar-mass",
      {
          "Molar mass is the sum of IUPAC (CIAAW 2021) standard atomic weights, abridged to five significant "
          "figures; conventional values for elements given as intervals.",
          "Hydrates and adducts joined by a dot or * add up with their multipliers.",
      }};
  return card;
}

}  // namespace chem
