#include "chem/workup.hpp"

#include <cmath>
#include <cstdio>

#include "chem/constants.hpp"
#include "chem/number_input.hpp"
#include "chem/plain_number.hpp"

namespace chem {
namespace {

constexpr double kMaxLahMmol = kMaxLahGrams / kLahMolarMassGPerMol * 1000;

Outcome<LahAmount> from_grams(double grams, const char* field) {
  if (grams > kMaxLahGrams) {
    return InputError{field, "That is more than 10 kg of LiAlH4, outside this tool's range"};
  }
  return LahAmount{grams, grams / kLahMolarMassGPerMol * 1000};
}

Outcome<LahAmount> from_mmol(double mmol, const char* field) {
  return from_grams(mmol / 1000 * kLahMolarMassGPerMol, field);
}

}  // namespace

Outcome<LahAmount> resolve_lah_amount(const LahAmountInput& input) {
  switch (input.mode) {
    case LahInputMode::mass_g: {
      auto grams = check_quantity(input.mass_g, {"lah_g", "LiAlH4 mass", "g", kMaxLahGrams});
      if (!grams.ok()) return grams.error();
      return from_grams(grams.value(), "lah_g");
    }
    case LahInputMode::mass_mg: {
      auto mg = check_quantity(input.mass_mg, {"lah_mg", "LiAlH4 mass", "mg", kMaxLahGrams * 1000});
      if (!mg.ok()) return mg.error();
      return from_grams(mg.value() / 1000, "lah_mg");
    }
    case LahInputMode::millimoles: {
      auto mmol = check_quantity(input.millimoles, {"lah_mmol", "LiAlH4 amount", "mmol", kMaxLahMmol});
      if (!mmol.ok()) return mmol.error();
      return from_mmol(mmol.value(), "lah_mmol");
    }
    case LahInputMode::solution: {
      auto volume = check_quantity(input.solution_ml, {"solution_ml", "Solution volume", "mL", 1e5});
      if (!volume.ok()) return volume.error();
      auto molarity =
          check_quantity(input.solution_molarity, {"molarity", "Molarity", "mol/L", kMaxSolutionMolarity});
      if (!molarity.ok()) return molarity.error();
      return from_mmol(volume.value() * molarity.value(), "solution_ml");
    }
    case LahInputMode::equivalents: {
      auto equiv = check_quantity(input.equivalents, {"equiv", "Equivalents of LiAlH4", "", 100});
      if (!equiv.ok()) return equiv.error();
      auto substrate =
          check_quantity(input.substrate_mmol, {"substrate_mmol", "Substrate amount", "mmol", 1e6});
      if (!substrate.ok()) return substrate.error();
      return from_mmol(equiv.value() * substrate.value(), "equiv");
    }
  }
  return InputError{"mode", "Unknown way of giving the LiAlH4 amount"};
}

Outcome<FieserWorkup> fieser_workup(double lah_g) {
  auto checked = check_quantity(lah_g, {"lah_g", "LiAlH4 mass", "g", kMaxLahGrams});
  if (!checked.ok()) return checked.error();
  FieserWorkup w;
  w.lah_g = lah_g;
  w.lah_mmol = lah_g / kLahMolarMassGPerMol * 1000;
  // The Fieser rule is written per gram of LiAlH4, in mL: n, n, 3n.
  w.water_first_ml = lah_g;
  w.naoh_15pct_ml = lah_g;
  w.water_last_ml = 3 * lah_g;
  const double lah_mol = w.lah_mmol / 1000;
  w.h2_mol_max = 4 * lah_mol;
  w.h2_l_25c_max = w.h2_mol_max * ideal_gas_litres_per_mol_25c();
  // LiAlH4 + 2 H2O -> LiAlO2 + 4 H2: two waters supply the four protons; the
  // oxygen ends in the aluminate. The Fieser recipe's extra water hydrates
  // the salts into a filterable solid.
  w.water_stoichiometric_ml = 2 * lah_mol * kWaterMolarMassGPerMol / kWaterDensityGPerMl;
  w.glauber_salt_min_g = 2 * lah_mol / 10 * kGlauberSaltMolarMassGPerMol;
  w.fieser_water_ml = w.water_first_ml + w.water_last_ml +
                      w.naoh_15pct_ml * kNaOH15DensityGPerMl * 0.85 / kWaterDensityGPerMl;
  return w;
}

std::vector<ScaleWarning> workup_scale_warnings(const FieserWorkup& workup) {
  std::vector<ScaleWarning> warnings;
  // Three figures, as the hydrogen volume shown beside it: one number, one way.
  const std::string line = "Up to " + plain_number(workup.h2_l_25c_max, 3) +
                           " L of hydrogen comes off: quench under N2 in an open (vented) system, away from "
                           "ignition sources; never stopper the flask.";
  warnings.push_back({workup.h2_l_25c_max >= 1 ? WarningLevel::caution : WarningLevel::note, line});
  warnings.push_back({WarningLevel::note,
                      "The first water is the violent step: add it dropwise at 0 °C with good "
                      "stirring, and wait for each drop's gas to subside."});
  if (workup.lah_g >= 10) {
    warnings.push_back({WarningLevel::danger,
                        "Large scale: the quench releases much heat and gas. Use a dropping funnel, "
                        "watch the internal temperature, add the first water over 30 min or more, "
                        "and keep an ice bath and a wide gas outlet ready."});
  } else if (workup.lah_g >= 2) {
    warnings.push_back({WarningLevel::caution,
                        "Multi-gram scale: dilute with ether before the quench and add the first "
                        "water over 10 min or more."});
  }
  return warnings;
}

const ModelCard& fieser_model() {
  static const ModelCard card{
      "fieser-n-n-3n",
      {
          "For n g LiAlH4: n mL water, n mL 15 % aqueous NaOH, 3n mL water (Fieser & Fieser, Reagents for "
          "Organic Synthesis, Vol. 1, 1967, p. 584).",
          "Hydrogen is an upper bound: all the hydride still present, 4 H2 per LiAlH4, ideal gas at 25 °C "
          "and "
          "1 atm.",
          "The least water that destroys LiAlH4 is 2 H2O per LiAlH4 (LiAlH4 + 2 H2O -> LiAlO2 + 4 H2); the "
          "recipe adds about five times that (its NaOH solution's water included). In the n : n : 3n "
          "proportions the salts come out as a filterable solid; more water than this tends to give a "
          "gelatinous, slow-filtering solid.",
          "LiAlH4 is taken as pure (37.95 g/mol); a solution's molarity is taken as labelled.",
      }};
  return card;
}

}  // namespace chem
