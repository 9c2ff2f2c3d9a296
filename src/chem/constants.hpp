// Physical constants and molar masses shared by the models.
#pragma once

namespace chem {

inline constexpr double kGasConstantLAtmPerMolK = 0.082057366;  // CODATA 2018, R in L·atm/(mol·K)
inline constexpr double kKelvinAt25C = 298.15;
inline constexpr double kWaterMolarMassGPerMol = 18.015;
inline constexpr double kWaterDensityGPerMl = 0.997;            // at 25 °C
inline constexpr double kLahMolarMassGPerMol = 37.95;           // LiAlH4: Li 6.94 + Al 26.98 + 4 H 1.008
inline constexpr double kGlauberSaltMolarMassGPerMol = 322.19;  // Na2SO4·10H2O
inline constexpr double kSecondsPerHour = 3600;
inline constexpr double kLn2 = 0.6931471805599453;

// Molar volume of an ideal gas at 25 °C and 1 atm (24.47 L/mol).
inline constexpr double ideal_gas_litres_per_mol_25c() { return kGasConstantLAtmPerMolK * kKelvinAt25C; }

}  // namespace chem
