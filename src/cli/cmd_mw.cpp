// diazepane-bench mw FORMULA: molar mass of a formula (or a reagent key).
#include <cstdio>

#include "chem/reagents.hpp"
#include "cli/commands.hpp"
#include "cli/json.hpp"

namespace cli {

int run_mw(const Words& words) {
  if (words.size() != 1) return fail("mw", "formula", "give exactly one formula, e.g. mw \"Na2SO4·10H2O\"");
  auto formula = chem::parse_formula(words[0]);
  if (!formula.ok()) {
    const chem::Reagent* reagent = chem::find_reagent(words[0]);
    if (!reagent || reagent->formula.empty())
      return fail("mw", formula.error().field, formula.error().message);
    formula = chem::parse_formula(reagent->formula);
  }
  JsonObject json;
  json.text("formula", words[0])
      .number("molar_mass", formula.value().molar_mass)
      .text("hill", formula.value().hill);
  std::printf("%s\n", json.str().c_str());
  return 0;
}

}  // namespace cli
