// The one kinetic engine behind every Cyclization number: ring closure versus
// oligomerisation of an AB precursor (one nucleophilic and one electrophilic
// end, e.g. Br(CH2)5NH2 or the open bromopropyl-ethylenediamine that closes
// the 1,4-diazepane), in batch or by syringe pump. docs/MODELS.md,
// "Cyclization", states the equations, assumptions and sources.
//
// Species: linear i-mers L_i and cyclic i-mers R_i, i = 1..N (N =
// max_chain_length); longer chains are one lumped pool that keeps reacting
// end-to-end but does not close (its rings would have EM below EM_N).
// - every A end reacts with every B end of another chain: L_i + L_j -> L_i+j,
//   rate k_inter [L_i][L_j] per ordered pair (so precursor alone loses
//   2 k_inter [L_1]^2, as in the closed forms);
// - L_i closes to R_i with k_intra,i = EM_i k_inter: ends of equal reactivity,
//   so EM_i = k_intra,i / k_inter;
// - feed: the precursor arrives at a constant molar rate over t_add; the
//   volume grows linearly from V_0 to V_final with it (V_0 = V_final: the
//   fixed-volume Riccati limit); then the flask is stirred until the
//   precursor is down to kEnginePrecursorLeft of the total and the short
//   open chains have closed or grown past N (kEngineClosableLeft).
// Ring EMs: EM_1 is the input (preset or measured); EM_i, i >= 2, follow the
// strain-free Jacobson–Stockmayer line EM(R) = EM_anchor (R / R_anchor)^(-3/2)
// for a ring of R = i x ring_size atoms, unless the caller gives its own.
//
// With chain_ends_react = false the precursor meets only precursor and the
// oligomers are inert: the engine then reproduces the batch closed form and
// the Riccati slow-addition solution (cyclization.hpp), its tested limits.
#pragma once

#include <optional>
#include <vector>

#include "chem/number_input.hpp"
#include "chem/outcome.hpp"

namespace chem {

// Strain-free large-ring anchor of the Jacobson–Stockmayer line: EM about
// 1e-2 mol/L for a 14-membered ring, the order of magnitude of the large-ring
// plateau in Mandolini's compilations (L. Mandolini, Adv. Phys. Org. Chem.
// 1986, 22, 1; C. Galli, L. Mandolini, Eur. J. Org. Chem. 2000, 3117). The
// R^(-3/2) slope is the Jacobson–Stockmayer result for Gaussian chains
// (H. Jacobson, W. H. Stockmayer, J. Chem. Phys. 1950, 18, 1600).
// An order of magnitude, editable: real values move with solvent and chain.
inline constexpr double kLargeRingEmMolar = 1e-2;
inline constexpr int kLargeRingAnchorAtoms = 14;

// Default ring-closure rate constant and its range: an amine N-alkylation
// closing onto a primary alkyl bromide has k_inter ~1e-5 to 1e-3 /(M s)
// (Menshutkin-type SN2 kinetics of amines: J.-L. M. Abboud, R. Notario,
// J. Bertrán, M. Solà, Prog. Phys. Org. Chem. 1993, 19, 1; sulfonamide
// anions are typically faster); with EM ~0.05 M that is k_intra = EM k_inter
// ~5e-7 to 5e-5 /s. 1e-5 /s (half-life 19 h) is inside; the syringe-pump
// answer scales with k_intra t_add, so the screen also shows it at x0.1 and x10.
inline constexpr double kDefaultKIntraPerS = 1e-5;
inline constexpr double kKIntraRangeLowPerS = 5e-7, kKIntraRangeHighPerS = 5e-5;
inline constexpr const char* kKIntraSource =
    "k_intra = EM × k_inter: N-alkylation of an amine by a primary alkyl bromide has k_inter ≈ 1e-5–1e-3 "
    "M⁻¹ s⁻¹ (Menshutkin kinetics, Abboud et al., Prog. Phys. Org. Chem. 1993, 19, 1; sulfonamide anions "
    "are typically faster), so k_intra ≈ 5e-7–5e-5 s⁻¹ at EM 0.05 M. Order of magnitude: measure yours if "
    "you can.";
inline constexpr QuantityRule kHalfLifeRule{"half_life_h", "Ring-closure half-life", "h", 1e9};
inline double half_life_hours(double k_intra_per_s) { return 0.6931471805599453 / k_intra_per_s / 3600; }
inline double k_intra_from_half_life(double hours) { return 0.6931471805599453 / (hours * 3600); }

inline constexpr double kEnginePrecursorLeft = 1e-9;  // precursor consumed, fraction of the total
// Stirring then goes on until the open chains that can still close (L_1..L_N)
// hold less than this fraction of the units, for at most this k_intra t more.
inline constexpr double kEngineClosableLeft = 1e-6;
inline constexpr double kEngineSettleSpan = 1e5;
inline constexpr double kEngineSettleTolerance = 1e-7;  // relative, for that phase only
inline constexpr int kDefaultMaxChainLength = 20;
// k_intra t_add above this would take the explicit integrator more than
// ~10^5 steps; no bench addition needs it (5e-5 /s for 1000 h is 1.8e5).
inline constexpr double kMaxKIntraAdditionTime = 2e5;
inline constexpr double kMinStartVolumeFraction = 0.01;

inline constexpr QuantityRule kStartVolumeRule{"start_volume_fraction", "Starting volume / final volume", "",
                                               1};
inline constexpr QuantityRule kLargeRingEmRule{"large_ring_em", "Large-ring EM anchor", "mol/L", 1e6};

struct EngineInput {
  double total_molar = 0;            // all precursor / final volume (C0 in batch)
  double em_molar = 0;               // EM_1, the wanted ring
  double k_intra_per_s = 0;          // sets the clock only (times); 0 in batch means no times are asked for
  double addition_hours = 0;         // 0: batch, everything present at t = 0
  double start_volume_fraction = 1;  // V_0 / V_final during a feed, 0.01..1
  int ring_size = 7;                 // ring atoms of the cyclic monomer; R_i has i x ring_size
  double large_ring_em_molar = kLargeRingEmMolar;
  std::vector<double> oligomer_em_molar;          // optional EM_2, EM_3, ... overriding the line
  int max_chain_length = kDefaultMaxChainLength;  // 2..100
  bool chain_ends_react = true;
  // Integrator tolerance: 1e-10 for reported numbers; curves for a plot may
  // use 1e-6 (yields then good to ~1e-6, at a fraction of the cost).
  double relative_tolerance = 1e-10;
  int course_points = 0;  // > 0: record a concentration-time course with at least this resolution
  // false: stop when the precursor is consumed. The ring yield is final then,
  // the oligomer split is not (a lower bound on the cyclic oligomers); for
  // runs that need only the ring yield (curves, inverse problems), at a
  // third of the cost.
  bool settle_open_chains = true;
};

struct CoursePoint {
  double hours = 0;
  double precursor_molar = 0;  // [L_1]
  double ring_molar = 0;       // [R_1]
  double oligomer_molar = 0;   // every other unit (cyclic and linear, as monomer units per litre)
};

// Fractions are of the precursor's monomer units; the four totals sum to 1.
struct EngineResult {
  double ring_yield = 0;                   // cyclic monomer
  double cyclic_oligomers = 0;             // cyclic dimer and larger
  double linear_oligomers = 0;             // open chains of 2 or more units, the pool included
  double precursor_left = 0;               // ~kEnginePrecursorLeft by the definition of the end
  double long_chains = 0;                  // part of linear_oligomers longer than max_chain_length
  std::vector<double> cyclic_by_size;      // [i - 1]: fraction in R_i
  std::vector<double> em_by_size;          // [i - 1]: EM_i used, mol/L
  double k_intra_time_end = 0;             // k_intra t when the run stopped (the open chains settled)
  double k_intra_time_precursor_gone = 0;  // k_intra t when the precursor was down to kEnginePrecursorLeft
  double closable_left = 0;          // units still in open chains that could close (L_1..L_N) at the end
  double k_intra_time_complete = 0;  // k_intra t when 99 % of the precursor had reacted and the feed was over
  double completion_hours = 0;       // the same in hours (0 without k_intra)
  // Feed phase only (0 in batch):
  double peak_precursor_molar = 0;         // highest [L_1] during the run (always within the feed)
  double peak_precursor_hours = 0;         // when it is reached, from the start of the feed
  double end_of_feed_precursor_molar = 0;  // [L_1] when the feed stops
  // A steady state is reached when the volume is fixed and [L_1] stays within
  // 5 % of its end-of-feed value over the last 80 % of the feed.
  bool steady_state = false;
  double steady_state_molar = 0;  // [L_1] at the end of the feed, when steady
  double steady_state_yield = 0;  // ring formation rate / feed rate there, when steady
  std::vector<CoursePoint> course;
  int integrator_steps = 0;  // accepted + rejected, for cost reports
};

Outcome<EngineResult> run_cyclization_engine(const EngineInput& input);

// Where the AB picture holds, for the screen and docs/MODELS.md.
inline constexpr const char kAbPrecursorCaveat[] =
    "One A end and one B end per chain holds cleanly for N-sulfonyl (Richman–Atkins) precursors, whose "
    "sulfonamide N alkylates once. A free amine alkylates again: chains branch (over-alkylation inside "
    "chains) and this model no longer counts them. The cyclic dimer of the diazepane precursor is the "
    "14-membered cyclam-type ring.";

// What the engine assumes, for the CLI's "assumptions" and the screen.
inline constexpr const char* kEngineAssumptions[] = {
    "AB precursor (one nucleophilic, one electrophilic end); for A2 + B2 closures C0 is the open AB "
    "intermediate's concentration, and using each component's concentration overestimates the ring",
    "the AB picture holds cleanly for N-sulfonyl (Richman-Atkins) precursors; free amines alkylate again "
    "and branch, which the model does not count",
    "irreversible steps; all chain ends equally reactive; perfect mixing; one temperature",
    "every chain end reacts with every other chain end (k_inter = k_intra / EM_1)",
    "cyclic i-mer EMs: EM_1 as given, i >= 2 on the strain-free Jacobson-Stockmayer line "
    "EM(R) = EM_anchor (R/14)^-1.5 unless given",
    "chains longer than max_chain_length are lumped and do not close",
    "syringe pump: constant molar feed; the volume grows linearly from the starting to the final volume",
    "finished when unreacted precursor is below 1e-9 of the total and open chains that can still close "
    "(up to max_chain_length) hold below 1e-6 of it; EM and k_intra are orders of magnitude",
};

// EM_i for i = 1..n from the rule above (input.oligomer_em_molar first, then
// the Jacobson–Stockmayer line), checked.
Outcome<std::vector<double>> ring_ems(const EngineInput& input, int n);

// The batch C0 that gives `target` ring yield by the engine (bisection in log C0).
// A `hint` (lo, hi) that brackets the answer, e.g. from a plotted curve,
// saves most of the runs; a wrong hint only costs two.
struct SolveHint {
  double lo = 0, hi = 0;
};
Outcome<double> engine_concentration_for_ring_yield(EngineInput input, double target,
                                                    double relative_tolerance,
                                                    std::optional<SolveHint> hint = std::nullopt);

// The addition time (h) that gives `target` ring yield by the engine; 0 when
// adding everything at once already does.
Outcome<double> engine_addition_hours_for_ring_yield(EngineInput input, double target,
                                                     double relative_tolerance,
                                                     std::optional<SolveHint> hint = std::nullopt);

}  // namespace chem
