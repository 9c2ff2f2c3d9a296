// How much diamine excess makes mono-protection (or mono-alkylation) clean:
// 1 equiv of electrophile onto N equiv of a symmetric diamine is x = 1/N
// equivalents per diamine in the competitive-consecutive model.
#pragma once

#include <string>
#include <vector>

#include "chem/competitive_alkylation.hpp"
#include "chem/model_card.hpp"

namespace chem {

inline constexpr double kHomopiperazineMolarMass = 100.16;       // 1,4-diazepane C5H12N2
inline constexpr double kBoc2OMolarMass = 218.25;                // C10H18O5
inline constexpr double kBoc2ODensity = 0.95;                    // g/mL (melts at 22-24 °C)
inline constexpr double kBenzylBromideMolarMass = 171.04;        // C7H7Br
inline constexpr double kBenzylBromideDensity = 1.438;           // g/mL at 25 °C
inline constexpr double kMonoBocDiazepaneMolarMass = 200.28;     // C10H20N2O2
inline constexpr double kBisBocDiazepaneMolarMass = 300.40;      // C15H28N2O4
inline constexpr double kMonoBenzylDiazepaneMolarMass = 190.29;  // C12H18N2
inline constexpr double kDibenzylDiazepaneMolarMass = 280.41;    // C19H24N2

inline constexpr QuantityRule kDiamineEquivRule{"diamine_equiv", "Diamine excess", "equiv", 1000};

struct ExcessDiamineOutcome {
  double diamine_equiv = 0;  // N per electrophile
  double mono_yield = 0;     // fraction of the electrophile that ends in the mono product
  double bis_yield = 0;      // fraction of the electrophile that ends in the bis product (2 per molecule)
  double diamine_left = 0;   // fraction of the diamine charged that is left unreacted (washed out)
  double mono_to_bis = 0;    // molar ratio mono : bis (infinite is reported as 1e300)
};

// mono_yield + bis_yield = 1: the electrophile is fully consumed.
Outcome<ExcessDiamineOutcome> excess_diamine(double diamine_equiv, double kappa);

const ModelCard& monoboc_model();

struct ExcessCurve {
  std::vector<double> diamine_equiv, mono_yield, bis_yield, mono_to_bis;
};
// `points` samples of N from 1 to 10 equiv.
Outcome<ExcessCurve> excess_curve(double kappa, int points);

enum class Electrophile { boc2o, benzyl_bromide };

struct ElectrophileData {
  const char* name;
  double molar_mass;    // g/mol
  double density_g_ml;  // of the neat reagent
  double mono_product_molar_mass;
  double bis_product_molar_mass;
  const char* mono_product;
  const char* bis_product;
};
const ElectrophileData& electrophile_data(Electrophile electrophile);

struct ScalePlan {
  ExcessDiamineOutcome outcome;
  double electrophile_mmol = 0, electrophile_g = 0, electrophile_ml = 0;
  double diamine_mmol = 0, diamine_g = 0;
  double mono_mmol = 0, mono_g = 0;  // expected at full conversion, before isolation losses
  double bis_mmol = 0, bis_g = 0;
  double diamine_left_mmol = 0, diamine_left_g = 0;
};

// Amounts for `electrophile_mmol` of electrophile onto N equiv of 1,4-diazepane.
Outcome<ScalePlan> plan_scale(Electrophile electrophile, double electrophile_mmol, double diamine_equiv,
                              double kappa);

}  // namespace chem
