// Every reagent on the ring-expansion route to 1,4-diazepanes and around it,
// with formula, density (liquids) and the usual commercial form. Molar masses
// are computed from the formulas, never typed twice.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "chem/formula.hpp"

namespace chem {

struct Reagent {
  std::string key;      // short machine name, e.g. "nan3"
  std::string name;     // for people
  std::string formula;  // empty for mixtures without one molar mass
  double density_g_ml;  // 0 for solids and solutions
  std::string form;     // usual form or concentration
  std::string role;     // what it does on the route
  double molar_mass;    // g/mol from the formula; 0 for mixtures
};

const std::vector<Reagent>& reagent_table();
// Exact key only ("nan3"); nullptr when there is none.
const Reagent* find_reagent(const std::string& key);
// What a person types: a key or a name, any case, outer spaces ignored
// ("Sodium azide", "BOC2O", " benzyl bromide "); nullptr when none matches.
const Reagent* lookup_reagent(std::string_view name);

struct ResolvedFormula {
  Formula formula;
  const Reagent* reagent = nullptr;  // set when the text named a reagent
};

// A formula typed by the user ("C6H10O"), else a reagent by key or name
// ("boc2o", "Sodium azide"). Formulas come first so that "LaH" stays
// lanthanum hydride; keys are lower case, so no key is read as a formula.
Outcome<ResolvedFormula> resolve_formula(const std::string& text);
Outcome<double> molar_mass_of(const std::string& name_or_formula);

}  // namespace chem
