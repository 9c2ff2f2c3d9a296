// diazepane-bench mw FORMULA: molar mass of a formula, or of a reagent given
// by key or name ("boc2o", "Sodium azide").
#include "chem/reagents.hpp"
#include "cli/commands.hpp"
#include "cli/json.hpp"

namespace cli {

int run_mw(const Words& words) {
  if (words.size() != 1) return fail("mw", "formula", "give exactly one formula, e.g. mw \"Na2SO4·10H2O\"");
  const std::string& text = words[0];
  auto resolved = chem::resolve_formula(text);
  if (!resolved.ok()) return fail("mw", resolved.error().field, resolved.error().message);
  const chem::Formula& f = resolved.value().formula;
  Json json;
  add_model(json, chem::formula_model());
  json["formula"] = text;
  json["molar_mass"] = f.molar_mass;
  json["hill"] = f.hill;
  if (const chem::Reagent* reagent = resolved.value().reagent) json["reagent"] = reagent->name;
  for (const auto& [symbol, count] : f.atoms) json["atoms_" + symbol] = count;
  return print_json(json);
}

}  // namespace cli
