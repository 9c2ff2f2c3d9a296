#include "chem/reagents.hpp"

#include <cctype>

namespace chem {
namespace {

bool same_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

std::vector<Reagent> build_table() {
  // Densities: supplier values at 20-25 °C.
  std::vector<Reagent> table = {
      {"ketone", "1-Benzyl-4-piperidone", "C12H15NO", 1.021, "liquid", "starting ketone", 0},
      {"nan3", "Sodium azide", "NaN3", 0, "solid", "azide source (HN3 with acid)", 0},
      {"h2so4", "Sulfuric acid, conc. (98 %)", "H2SO4", 1.84, "liquid, 98 %",
       "acid and solvent of the Schmidt step", 0},
      {"msoh", "Methanesulfonic acid", "CH4O3S", 1.48, "liquid", "acid, milder alternative to H2SO4", 0},
      {"ppa", "Polyphosphoric acid", "", 0, "viscous mixture, ~84 % P2O5",
       "acid medium; no single molar mass", 0},
      {"tmsn3", "Trimethylsilyl azide", "C3H9N3Si", 0.868, "liquid", "azide source, anhydrous route", 0},
      {"tfoh", "Trifluoromethanesulfonic acid", "CF3SO3H", 1.696, "liquid", "acid for TMSN3", 0},
      {"lactam", "1-Benzyl-1,4-diazepan-5-one", "C12H16N2O", 0, "solid", "ring-expanded lactam", 0},
      {"lah", "Lithium aluminium hydride", "LiAlH4", 0, "solid, or 1.0-2.4 M in THF", "reduces the lactam",
       0},
      // No supplier density we could confirm: weigh it rather than measure a volume.
      {"benzyl_diazepane", "1-Benzyl-1,4-diazepane", "C12H18N2", 0, "oil (weigh it)", "product of the route",
       0},
      {"diazepane", "1,4-Diazepane (homopiperazine)", "C5H12N2", 0, "low-melting solid", "the parent diamine",
       0},
      {"boc2o", "Di-tert-butyl dicarbonate", "C10H18O5", 0.95, "low-melting solid", "Boc protection", 0},
      {"bnbr", "Benzyl bromide", "C7H7Br", 1.438, "liquid, lachrymator", "benzylation", 0},
      {"tfa", "Trifluoroacetic acid", "C2HF3O2", 1.489, "liquid", "Boc removal (TFA/DCM)", 0},
      {"hcl_dioxane", "Hydrogen chloride in 1,4-dioxane", "HCl", 0, "4.0 M in 1,4-dioxane", "Boc removal", 0},
      {"en", "Ethylenediamine", "C2H8N2", 0.899, "liquid", "building block for ring closure", 0},
      {"dbp", "1,3-Dibromopropane", "C3H6Br2", 1.989, "liquid", "C3 bis-electrophile for ring closure", 0},
      {"ts2en", "N,N'-Ditosylethylenediamine", "C16H20N2O4S2", 0, "solid", "Richman–Atkins nucleophile", 0},
      {"cs2co3", "Caesium carbonate", "Cs2CO3", 0, "solid", "base for ring closure", 0},
      {"k2co3", "Potassium carbonate", "K2CO3", 0, "solid", "base", 0},
      {"dmf", "N,N-Dimethylformamide", "C3H7NO", 0.944, "liquid", "solvent for ring closure", 0},
      {"rochelle", "Rochelle salt (K Na tartrate tetrahydrate)", "KNaC4H4O6·4H2O", 0,
       "solid; saturated aq. solution", "LiAlH4 workup without emulsions", 0},
      {"glauber", "Glauber's salt (sodium sulfate decahydrate)", "Na2SO4·10H2O", 0, "solid",
       "gentle LiAlH4 quench", 0},
  };
  for (auto& reagent : table) {
    if (!reagent.formula.empty()) reagent.molar_mass = parse_formula(reagent.formula).value().molar_mass;
  }
  return table;
}

}  // namespace

const std::vector<Reagent>& reagent_table() {
  static const std::vector<Reagent> table = build_table();
  return table;
}

const Reagent* find_reagent(const std::string& key) {
  for (const auto& reagent : reagent_table()) {
    if (reagent.key == key) return &reagent;
  }
  return nullptr;
}

const Reagent* lookup_reagent(std::string_view name) {
  while (!name.empty() && std::isspace(static_cast<unsigned char>(name.front()))) name.remove_prefix(1);
  while (!name.empty() && std::isspace(static_cast<unsigned char>(name.back()))) name.remove_suffix(1);
  if (name.empty()) return nullptr;
  if (const Reagent* exact = find_reagent(std::string(name))) return exact;
  for (const auto& reagent : reagent_table()) {
    if (same_ignoring_case(name, reagent.key) || same_ignoring_case(name, reagent.name)) return &reagent;
  }
  return nullptr;
}

Outcome<ResolvedFormula> resolve_formula(const std::string& text) {
  auto formula = parse_formula(text);
  if (formula.ok()) return ResolvedFormula{formula.value(), nullptr};
  const Reagent* reagent = lookup_reagent(text);
  if (!reagent) return formula.error();
  if (reagent->formula.empty())
    return InputError{"formula", reagent->name + " is a mixture without one molar mass"};
  return ResolvedFormula{parse_formula(reagent->formula).value(), reagent};
}

Outcome<double> molar_mass_of(const std::string& name_or_formula) {
  auto resolved = resolve_formula(name_or_formula);
  if (!resolved.ok()) return resolved.error();
  return resolved.value().formula.molar_mass;
}

}  // namespace chem
