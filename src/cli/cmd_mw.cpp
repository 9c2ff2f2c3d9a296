// diazepane-bench mw FORMULA: molar mass of a formula, or of a reagent given
// by key or name ("boc2o", "Sodium azide").
#include <cstdio>

#include "chem/reagents.hpp"
#include "cli/commands.hpp"
#include "cli/json.hpp"

namespace cli {

int run_mw(const Words& words) {
  if (words.size() != 1) return fail("mw", "formula", "give exactly one formula, e.g. mw \"Na2SO4·10H2O\"");
  const std::string& text = words[0];
  // The formula first, so that "LaH" stays lanthanum hydride and is not read
  // as the reagent key "lah"; keys and names are the fallback.
  auto formula = chem::parse_formula(text);
  const chem::Reagent* reagent = nullptr;
  if (!formula.ok()) {
    reagent = chem::lookup_reagent(text);
    if (!reagent) return fail("mw", formula.error().field, formula.error().message);
    if (reagent->formula.empty()) {
      return fail("mw", "formula", reagent->name + " is a mixture without one molar mass");
    }
    formula = chem::parse_formula(reagent->formula);
  }
  const chem::Formula& f = formula.value();
  JsonObject json;
  json.text("formula", text).number("molar_mass", f.molar_mass).text("hill", f.hill);
  if (reagent) json.text("reagent", reagent->name);
  for (const auto& [symbol, count] : f.atoms) json.number("atoms_" + symbol, static_cast<double>(count));
  std::printf("%s\n", json.str().c_str());
  return 0;
}

}  // namespace cli
