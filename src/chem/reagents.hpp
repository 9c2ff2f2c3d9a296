// Every reagent on the ring-expansion route to 1,4-diazepanes and around it,
// with formula, density (liquids) and the usual commercial form. Molar masses
// are computed from the formulas, never typed twice.
#pragma once

#include <string>
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
const Reagent* find_reagent(const std::string& key);

// A table name or key ("NaN3", "boc2o") or else a formula typed by the user.
Outcome<double> molar_mass_of(const std::string& name_or_formula);

}  // namespace chem
