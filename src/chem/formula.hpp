// Molecular formulas: parsing, molar mass and the Hill formula.
// Accepts element symbols with counts, parentheses and brackets, and hydrates
// or adducts joined by "·", "•", "*" or "." with leading multipliers:
// "Na2SO4·10H2O", "(CH3)3COH", "KNaC4H4O6*4H2O". Hostile text (very long,
// deeply nested, huge counts) is refused with a message, never a crash.
// Atomic weights: IUPAC CIAAW standard atomic weights, abridged to five
// significant figures (2021), conventional values for interval elements.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "chem/model_card.hpp"
#include "chem/outcome.hpp"

namespace chem {

inline constexpr size_t kMaxFormulaLength = 256;
inline constexpr int kMaxFormulaDepth = 16;
inline constexpr long long kMaxAtomCount = 1000000;  // per element, after multiplying out

struct Formula {
  std::map<std::string, long long> atoms;  // element symbol -> count
  double molar_mass = 0;                   // g/mol
  std::string hill;                        // "C12H16N2O": C, H, then alphabetical
};

Outcome<Formula> parse_formula(std::string_view text);

const ModelCard& formula_model();

// Standard atomic weight, or 0 for an unknown symbol or an element without one.
double atomic_weight(std::string_view symbol);

// Formula arithmetic on atom counts (for derived products), with mass and Hill formula.
Formula make_formula(const std::map<std::string, long long>& atoms);

}  // namespace chem
