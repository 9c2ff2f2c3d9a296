// The Fieser n-n-3n workup of a LiAlH4 reduction.
// Source: L. F. Fieser, M. Fieser, Reagents for Organic Synthesis, Vol. 1,
// Wiley (1967), p. 584 (LiAlH4 entry): for n g LiAlH4 add successively and
// slowly n mL water, n mL 15 % aqueous NaOH and 3n mL water, giving a
// granular, easily filtered aluminate.
#pragma once

#include <string>
#include <vector>

#include "chem/model_card.hpp"
#include "chem/outcome.hpp"
#include "chem/warning_level.hpp"

namespace chem {

enum class LahInputMode { mass_g, mass_mg, millimoles, solution, equivalents };

// How much LiAlH4 was used, in whichever way the chemist knows it. Only the
// fields of the chosen mode are read.
struct LahAmountInput {
  LahInputMode mode = LahInputMode::mass_g;
  double mass_g = 0;
  double mass_mg = 0;
  double millimoles = 0;
  double solution_ml = 0;
  double solution_molarity = 0;  // mol/L of LiAlH4 in the solution
  double equivalents = 0;        // mol LiAlH4 per mol substrate (not hydride equivalents)
  double substrate_mmol = 0;
};

struct LahAmount {
  double grams = 0;
  double millimoles = 0;
};

// Upper limits that keep the tool to bench and pilot-plant scale.
inline constexpr double kMaxLahGrams = 10000;  // 10 kg
inline constexpr double kMaxSolutionMolarity = 10;

Outcome<LahAmount> resolve_lah_amount(const LahAmountInput& input);

struct FieserWorkup {
  double lah_g = 0;
  double lah_mmol = 0;
  double water_first_ml = 0;           // n mL water
  double naoh_15pct_ml = 0;            // n mL 15 % (w/w) aqueous NaOH
  double water_last_ml = 0;            // 3n mL water
  double h2_mol_max = 0;               // 4 H2 per LiAlH4, all hydride left
  double h2_l_25c_max = 0;             // that H2 as ideal gas at 25 °C, 1 atm
  double water_stoichiometric_ml = 0;  // LiAlH4 + 2 H2O -> LiAlO2 + 4 H2: the least water that destroys it
  double glauber_salt_min_g = 0;       // Na2SO4·10H2O carrying that water (10 H2O each)
  double fieser_water_ml = 0;          // all the water the recipe adds, the NaOH solution's included
};

// 15 % (w/w) NaOH: density 1.164 g/mL at 20 °C (CRC Handbook, concentrative
// properties of aqueous solutions), 85 % of it water.
inline constexpr double kNaOH15DensityGPerMl = 1.164;

const ModelCard& fieser_model();

Outcome<FieserWorkup> fieser_workup(double lah_g);

struct ScaleWarning {
  WarningLevel level;
  std::string text;
};

// Scale-dependent hazards of the quench: hydrogen volume, exotherm, addition rate.
std::vector<ScaleWarning> workup_scale_warnings(const FieserWorkup& workup);

}  // namespace chem
