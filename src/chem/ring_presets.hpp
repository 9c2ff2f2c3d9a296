// Ring-size presets for the cyclization model: relative ring-closure rates and
// an order-of-magnitude effective molarity (EM) per ring size, plus two
// adjustable substituent factors. Every EM here is a starting point the user
// is expected to replace with a value for their own substrate.
#pragma once

#include "chem/number_input.hpp"
#include "chem/outcome.hpp"

namespace chem {

struct RingPreset {
  int ring_size;         // ring atoms
  double relative_rate;  // k_intra of Br(CH2)n-1NH2 -> n-ring ammonium, 5-ring = 100
  double em_molar;       // order of magnitude only, see below
};

// Relative rates: G. Illuminati, L. Mandolini, Acc. Chem. Res. 1981, 14, 95
// (as quoted in DESIGN.md). A 7-ring closes ~5 x 10^4 times slower than a 5-ring.
//
// EM: all these closures share one intermolecular reference reaction (amine +
// primary alkyl bromide), so EM scales like k_intra. We anchor the 7-ring at
// 0.05 mol/L, inside the 10^-2 to 10^-1 mol/L order of magnitude usually
// quoted for unstrained 7-membered ring closures (EM compilations: C. Galli,
// L. Mandolini, Eur. J. Org. Chem. 2000, 3117; L. Mandolini, Adv. Phys. Org.
// Chem. 1986, 22, 1), and scale the others by their relative rates. These are
// orders of magnitude, not measurements: real EMs move by 10x or more with
// solvent, leaving group, temperature and substitution. The 10-ring value
// inherits the deep medium-ring minimum of the rate table.
inline constexpr double kSevenRingEmMolar = 0.05;
inline constexpr RingPreset kRingPresets[] = {
    {3, 0.07, kSevenRingEmMolar * 0.07 / 0.002},   // ~2 mol/L
    {5, 100, kSevenRingEmMolar * 100 / 0.002},     // ~3 x 10^3 mol/L
    {6, 1.7, kSevenRingEmMolar * 1.7 / 0.002},     // ~40 mol/L
    {7, 0.002, kSevenRingEmMolar},                 // 0.05 mol/L
    {10, 1e-8, kSevenRingEmMolar * 1e-8 / 0.002},  // ~3 x 10^-7 mol/L (medium-ring minimum)
    {12, 1e-5, kSevenRingEmMolar * 1e-5 / 0.002},  // ~3 x 10^-4 mol/L
};

// Substituent effects, as multipliers on EM (they speed up the ring closure,
// not the intermolecular reaction; k_intra, when the user gives it, is taken
// as already measured for their substrate). Both defaults are orders of
// magnitude the user may change:
// - N-tosyl: Richman–Atkins-type closures of sulfonamide anions, where the
//   bulky N-sulfonyl groups favour the folded conformers (J. E. Richman,
//   T. J. Atkins, J. Am. Chem. Soc. 1974, 96, 2268). Default x10.
// - gem-dialkyl (Thorpe–Ingold): a CMe2 in the chain typically raises EM by
//   one order of magnitude or more (Jung & Piizzi, Chem. Rev. 2005, 105, 1735).
//   Default x10.
inline constexpr double kDefaultTosylFactor = 10;
inline constexpr double kDefaultGemDialkylFactor = 10;
inline constexpr QuantityRule kTosylFactorRule{"tosyl_factor", "N-tosyl EM factor", "", 1e4};
inline constexpr QuantityRule kGemDialkylFactorRule{"gem_dialkyl_factor", "gem-dialkyl EM factor", "", 1e4};

struct RingAdjustments {
  bool n_tosyl = false;
  double tosyl_factor = kDefaultTosylFactor;
  bool gem_dialkyl = false;
  double gem_dialkyl_factor = kDefaultGemDialkylFactor;
};

struct RingEstimate {
  int ring_size = 0;
  double relative_rate = 0;  // as in the table, unadjusted
  double em_factor = 1;      // product of the chosen factors
  double em_molar = 0;       // preset EM x em_factor
};

// The preset for `ring_size` with the chosen factors; an unknown ring size or
// a factor outside 1e-4..1e4 is an InputError.
Outcome<RingEstimate> ring_preset(int ring_size, const RingAdjustments& adjustments = {});

}  // namespace chem
