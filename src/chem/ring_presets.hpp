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
  double relative_rate;  // k_intra of Br(CH2)n-1NH2 -> n-ring ammonium, 5-ring = 100; 0 where not used
  double em_molar;       // order of magnitude only, see below
  const char* source;    // shown on screen next to the preset
  bool illustrative;     // the EM is this tool's order-of-magnitude choice, not a sourced value
};

// 3-, 5-, 6-, 7-rings: relative ring-closure rates of the omega-bromoalkyl-
// amines (G. Illuminati, L. Mandolini, Acc. Chem. Res. 1981, 14, 95). All of
// them share one intermolecular reference reaction (amine + primary alkyl
// bromide), so EM scales like k_intra; the 7-ring is anchored at 0.05 mol/L,
// inside the 1e-2 to 1e-1 mol/L order of magnitude of unstrained 7-membered
// ring closures in the EM compilations (C. Galli, L. Mandolini, Eur. J. Org.
// Chem. 2000, 3117; L. Mandolini, Adv. Phys. Org. Chem. 1986, 22, 1). A
// 7-ring closes ~5 x 10^4 times slower than a 5-ring.
//
// 10- and 12-rings: the same rate table's 1e-8 and 1e-5 would give EMs of
// 2.5e-7 and 2.5e-4 mol/L, two to three orders below the medium-ring EMs
// of the compilations, which put the medium-ring minimum (8 to 11 atoms)
// near 1e-4 mol/L and the 12-ring near 1e-3 mol/L, rising towards the
// strain-free plateau (~1e-2 mol/L at 14 atoms, the engine's large-ring
// anchor). The presets take those orders of magnitude. They are ILLUSTRATIVE
// and labelled so on screen: not values read from a table. (The lactonisation
// EMs of C. Galli, G. Illuminati, L. Mandolini, P. Tamborra, J. Am. Chem. Soc.
// 1977, 99, 2591 are the classic measured series, but these two numbers could
// not be checked against it, so it is not cited for them.)
//
// These are orders of magnitude, not measurements: real EMs move by 10x or
// more with solvent, leaving group, temperature and substitution.
inline constexpr double kSevenRingEmMolar = 0.05;
inline constexpr const char* kRateTableSource =
    "EM scaled from the relative closure rates of Br(CH2)n-1NH2 (Illuminati & Mandolini, Acc. Chem. Res. "
    "1981, 14, 95), not a measured EM; 7-ring anchored at 0.05 M (Galli & Mandolini, Eur. J. Org. Chem. "
    "2000; Mandolini, Adv. Phys. Org. Chem. 1986, 22, 1). Order of magnitude. The diazepane precursor "
    "carries an N in its chain (the azepane-forming Br(CH2)6NH2 does not), so its EM may differ "
    "several-fold: "
    "fit yours in From my results.";
inline constexpr const char* kMediumRingSource =
    "Illustrative: this tool's order-of-magnitude reading of the medium-ring EM minimum in the compilations "
    "of Mandolini (Adv. Phys. Org. Chem. 1986, 22, 1) and Galli & Mandolini (Eur. J. Org. Chem. 2000, "
    "3117), not a value taken from a table. Enter your substrate's EM if you know it.";
inline constexpr RingPreset kRingPresets[] = {
    {3, 0.07, kSevenRingEmMolar * 0.07 / 0.002, kRateTableSource, false},  // ~2 mol/L
    {5, 100, kSevenRingEmMolar * 100 / 0.002, kRateTableSource, false},    // ~3 x 10^3 mol/L
    {6, 1.7, kSevenRingEmMolar * 1.7 / 0.002, kRateTableSource, false},    // ~40 mol/L
    {7, 0.002, kSevenRingEmMolar, kRateTableSource, false},                // 0.05 mol/L
    {10, 0, 1e-4, kMediumRingSource, true},                                // medium-ring minimum
    {12, 0, 1e-3, kMediumRingSource, true},
};

// Substituent effects, as multipliers on EM (they speed up the ring closure,
// not the intermolecular reaction; k_intra, when the user gives it, is taken
// as already measured for their substrate). Neither default is a measured
// value: both x10 are illustrative, labelled so on screen, for the user to
// replace:
// - N-tosyl: Richman–Atkins-type closures of sulfonamide anions, where the
//   bulky N-sulfonyl groups favour the folded conformers (J. E. Richman,
//   T. J. Atkins, J. Am. Chem. Soc. 1974, 96, 2268). Default x10.
// - gem-dialkyl (Thorpe–Ingold): a CMe2 in the chain typically raises EM by
//   anything from a few-fold to orders of magnitude, depending on the ring
//   and the reaction (M. E. Jung, G. Piizzi, Chem. Rev. 2005, 105, 1735).
//   Default x10.
inline constexpr double kDefaultTosylFactor = 10;
inline constexpr double kDefaultGemDialkylFactor = 10;
inline constexpr QuantityRule kTosylFactorRule{"tosyl_factor", "N-tosyl EM factor", "", 1e4};
inline constexpr const char* kFactorSource =
    "The ×10 factors are illustrative, not measured: N-sulfonyl groups favour folded conformers in "
    "Richman–Atkins closures (Richman & Atkins, J. Am. Chem. Soc. 1974, 96, 2268); gem-dialkyl "
    "accelerations range from a few-fold to orders of magnitude (Jung & Piizzi, Chem. Rev. 2005, 105, "
    "1735). Enter your own factor or EM.";
inline constexpr QuantityRule kGemDialkylFactorRule{"gem_dialkyl_factor", "gem-dialkyl EM factor", "", 1e4};

struct RingAdjustments {
  bool n_tosyl = false;
  double tosyl_factor = kDefaultTosylFactor;
  bool gem_dialkyl = false;
  double gem_dialkyl_factor = kDefaultGemDialkylFactor;
};

struct RingEstimate {
  int ring_size = 0;
  const RingPreset* preset = nullptr;  // the table row, with its source
  double relative_rate = 0;            // as in the table, unadjusted
  double em_factor = 1;                // product of the chosen factors
  double em_molar = 0;                 // preset EM x em_factor
};

// The preset for `ring_size` with the chosen factors; an unknown ring size or
// a factor outside 1e-4..1e4 is an InputError.
Outcome<RingEstimate> ring_preset(int ring_size, const RingAdjustments& adjustments = {});

// EM of a ring of `atoms` atoms (6 <= atoms < 14) that is a cyclic oligomer:
// the preset for that size, unadjusted, when there is one (the 3-ring's
// cyclic dimer is piperazine, the 6-ring preset); between presets, log EM
// interpolated linearly in ring atoms between the nearest presets, with
// `em_at_14` (the strain-free anchor) as the upper neighbour of the 12-ring.
// The interpolation is this tool's choice, an illustrative estimate.
double small_oligomer_ring_em(int atoms, double em_at_14);

}  // namespace chem
