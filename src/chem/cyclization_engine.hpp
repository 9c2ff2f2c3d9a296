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
//   precursor is down to kEnginePrecursorLeft of the total.
// Two kinds of result: the ring yield once the precursor has reacted (it does
// not depend on N), and what the flask holds at the completion time (99 % of
// the precursor reacted, the feed over): ring, cyclic oligomers, open chains
// up to N units, longer chains, precursor left. Where that split falls
// between "open chains" and "longer chains" depends on N by definition; taken
// after long stirring it would depend on N throughout (chains past N never
// close), which is why it is taken at that stated time.
// Ring EMs: EM_1 is the input (preset or measured); EM_i, i >= 2, for a ring
// of R = i x ring_size atoms: from R = 14 up the strain-free Jacobson–
// Stockmayer line EM(R) = EM_anchor (R / 14)^(-3/2); below 14 atoms the
// ring-size preset for R (the 3-ring's dimer is piperazine, a 6-ring),
// interpolated between presets where there is none (ring_presets.hpp);
// unless the caller gives its own.
//
// With chain_ends_react = false the precursor meets only precursor and the
// oligomers are inert: the engine then reproduces the batch closed form and
// the Riccati slow-addition solution (cyclization.hpp), its tested limits.
#pragma once

#include <optional>
#include <vector>

#include "chem/constants.hpp"
#include "chem/number_input.hpp"
#include "chem/outcome.hpp"

namespace chem {

// What the screen says about the oligomer EMs (the same rule as ring_ems).
inline constexpr const char kOligomerEmRuleText[] =
    "Cyclic dimer and larger rings: from 14 ring atoms up, EM = this × (ring atoms/14)^−3/2, the "
    "Jacobson–Stockmayer line for strain-free rings (J. Chem. Phys. 1950, 18, 1600); 0.01 M is the order of "
    "magnitude of the large-ring EMs compiled by Mandolini (Adv. Phys. Org. Chem. 1986, 22, 1). Below 14 "
    "atoms a ring is not strain-free: it takes the ring-size preset's EM (a 3-ring's dimer is piperazine, "
    "the 6-ring preset), log-interpolated between presets where there is none (illustrative).";

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
// closing onto a primary alkyl bromide near room temperature (20-25 °C) has
// k_inter ~1e-5 to 1e-3 /(M s) (Menshutkin-type SN2 kinetics of amines:
// J.-L. M. Abboud, R. Notario, J. Bertrán, M. Solà, Prog. Phys. Org. Chem.
// 1993, 19, 1); with EM ~0.05 M that is k_intra = EM k_inter ~5e-7 to
// 5e-5 /s. 1e-5 /s (half-life 19 h) is inside. It is a room-temperature
// figure: sulfonamide-anion closures (Richman–Atkins, DMF at ~100 °C) are
// faster, and heating multiplies k by roughly 10-100 (Arrhenius with
// Ea ~50-70 kJ/mol, 25 -> 60-80 °C). The syringe-pump answer scales with
// k_intra t_add, so the screen also shows it at x0.1 and x10. Text only: the
// default stays.
inline constexpr double kDefaultKIntraPerS = 1e-5;
inline constexpr double kKIntraRangeLowPerS = 5e-7, kKIntraRangeHighPerS = 5e-5;
inline constexpr const char* kKIntraSource =
    "k_intra = EM × k_inter. The default 1e-5 s⁻¹ is for amine N-alkylation by a primary alkyl bromide near "
    "room temperature: k_inter ≈ 1e-5–1e-3 M⁻¹ s⁻¹ (Menshutkin kinetics, Abboud et al., Prog. Phys. Org. "
    "Chem. 1993, 19, 1), so k_intra ≈ 5e-7–5e-5 s⁻¹ at EM 0.05 M. Sulfonamide-anion (Richman–Atkins) "
    "closures in DMF at ~100 °C are faster, and heating multiplies k by roughly 10–100 (Ea ≈ 50–70 kJ/mol, "
    "25 → 60–80 °C). Order of magnitude: measure yours if you can.";
inline constexpr QuantityRule kHalfLifeRule{"half_life_h", "Ring-closure half-life", "h", 1e9};
inline double half_life_hours(double k_intra_per_s) { return kLn2 / k_intra_per_s / kSecondsPerHour; }
inline double k_intra_from_half_life(double hours) { return kLn2 / (hours * kSecondsPerHour); }

inline constexpr double kEnginePrecursorLeft = 1e-9;  // precursor consumed, fraction of the total
inline constexpr int kDefaultMaxChainLength = 20;
// k_intra t_add above this would take the explicit integrator more than
// ~10^5 steps; no bench addition needs it (5e-5 /s for 1000 h is 1.8e5).
inline constexpr double kMaxKIntraAdditionTime = 2e5;
inline constexpr double kMinStartVolumeFraction = 0.01;

inline constexpr QuantityRule kStartVolumeRule{"start_volume_fraction", "Starting volume / final volume", "",
                                               1};
inline constexpr QuantityRule kLargeRingEmRule{"large_ring_em", "Large-ring EM anchor", "mol/L", 1e6};

// What the syringe pump adds in a two-component run (A2 + B2); the other
// component, if any, is in the flask from the start.
enum class Feed {
  dihalide_into_diamine,  // the classic "add the dihalide slowly to the diamine"
  diamine_into_dihalide,
  both,          // two syringes emptied over the same time (molar rates in the dihalide ratio)
  preformed_ab,  // the open 1:1 adduct itself, made beforehand: the one-precursor (AB) case
};
inline constexpr double kMinDihalideEquiv = 0.5, kMaxDihalideEquiv = 2;
// Two components: a run ends once the scarcer monomer (diamine or dihalide)
// is below this fraction of the diamine charged and the open 1:1 adduct below
// kEnginePrecursorLeft. At 1:1 the last monomers meet at a power-law pace, so
// the stated leftover is what ends the run; the ring it could still make is at
// most this much.
inline constexpr double kTwoComponentMonomerLeft = 1e-4;
// The lowest C0 / EM (total / EM with a pump) a two-component run takes (see
// check_input in cyclization_engine.cpp).
inline constexpr double kMinTwoComponentC0OverEm = 1e-3;

struct EngineInput {
  double total_molar = 0;     // all precursor / final volume (C0 in batch); two components: the diamine
  double em_molar = 0;        // EM_1, the wanted ring
  double k_intra_per_s = 0;   // sets the clock only (times); 0 in batch means no times are asked for
  double addition_hours = 0;  // 0: batch, everything present at t = 0
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
  // Two components (A2 + B2, cyclization_two_component.cpp): a diamine and
  // dihalide_equiv of dihalide per diamine first make the open 1:1 adduct,
  // which closes like the AB precursor. Batch when addition_hours is 0;
  // otherwise `feed` says what the pump adds.
  bool two_component = false;
  double dihalide_equiv = 1;
  Feed feed = Feed::dihalide_into_diamine;
};

struct CoursePoint {
  double hours = 0;
  double precursor_molar = 0;  // [L_1]
  double ring_molar = 0;       // [R_1]
  double oligomer_molar = 0;   // every other unit (cyclic and linear, as monomer units per litre)
  // Two components (0 otherwise); precursor_molar is then the free diamine,
  // and oligomer_molar counts diamine units.
  double dihalide_molar = 0;  // free dihalide
  double adduct_molar = 0;    // the open 1:1 adduct
};

// What the flask holds at one moment, as fractions of the precursor's
// monomer units; the five sum to 1. Two components: fractions of the diamine
// charged (diamine units), and precursor_left is the diamine still free or in
// the open 1:1 adduct, the two from which the ring can still form directly.
struct EngineComposition {
  double k_intra_time = 0;             // k_intra t of this moment
  double hours = 0;                    // the same in hours (0 without k_intra)
  double ring = 0;                     // cyclic monomer R_1
  double cyclic_oligomers = 0;         // cyclic dimer and larger, R_2 .. R_N
  double linear_oligomers = 0;         // open chains of 2..N units
  double long_chains = 0;              // chains longer than N units: linear or large rings, not resolved
  double precursor_left = 0;           // L_1
  std::vector<double> cyclic_by_size;  // [i - 1]: fraction in R_i
  // Two components only, per diamine charged: the open 1:1 adduct (part of
  // precursor_left), the free dihalide, the open chains (lumped ones
  // included; the number-average chain length is (1 + dihalide_equiv) /
  // open_chains where no rings form), and the fractions of the A (amine)
  // and B (halide) ends that have reacted.
  double adduct = 0;
  double free_dihalide = 0;
  double open_chains = 0;
  double a_end_conversion = 0;
  double b_end_conversion = 0;
  double total() const { return ring + cyclic_oligomers + linear_oligomers + long_chains + precursor_left; }
};

struct EngineResult {
  // Once the precursor has reacted (below kEnginePrecursorLeft): these do not depend on N.
  double ring_yield = 0;          // cyclic monomer
  double oligomer_yield = 0;      // every other unit that reacted: cyclic and open chains of 2 or more
  double precursor_left_end = 0;  // ~kEnginePrecursorLeft by the definition of the end
  // At the completion time (99 % of the precursor reacted and the feed over):
  // the split of the oligomers, which depends on N.
  EngineComposition at_completion;
  std::vector<double> em_by_size;          // [i - 1]: EM_i used, mol/L
  double k_intra_time_precursor_gone = 0;  // k_intra t when the precursor was down to kEnginePrecursorLeft
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

// In the one-precursor mode, what it means for a diamine + dihalide closure;
// the figures are this engine's, in batch at EM 0.05 M (both modes).
inline constexpr const char kTwoComponentCaveat[] =
    "For a diamine + dihalide (A2 + B2) closure, choose \"Two components\": this one-precursor (AB) number "
    "is "
    "then only an upper bound. At EM 0.05 M in batch: 48 % ring here at C0 = 0.05 M, 25 % for the two "
    "components at 0.05 M each.";

// What the engine assumes, for the CLI's "assumptions" and the screen.
inline constexpr const char* kEngineAssumptions[] = {
    "AB precursor (one nucleophilic, one electrophilic end). For a two-component A2 + B2 closure (e.g. "
    "1,3-dibromopropane + a protected ethylenediamine) the AB ring yield is an upper bound: use "
    "--two-component (at EM 0.05 M in batch, 0.48 here at C0 = 0.05 M against 0.25 for the two components "
    "at 0.05 M each)",
    "the AB picture holds cleanly for N-sulfonyl (Richman-Atkins) precursors; free amines alkylate again "
    "and branch, which the model does not count",
    "irreversible steps; all chain ends equally reactive; perfect mixing; one temperature",
    "every chain end reacts with every other chain end (k_inter = k_intra / EM_1)",
    "cyclic i-mer EMs: EM_1 as given; for i >= 2 a ring of R = i x ring size atoms takes, unless given, "
    "the strain-free Jacobson-Stockmayer line EM(R) = EM_anchor (R/14)^-1.5 from R = 14 up, and below 14 "
    "atoms the ring-size preset for R (log-interpolated between presets where there is none)",
    "chains longer than max_chain_length (N) are lumped: they keep reacting end to end but do not close; "
    "they are reported as long_chains (linear or large rings, not resolved)",
    "syringe pump: constant molar feed; the volume grows linearly from the starting to the final volume",
    "ring_yield once unreacted precursor is below 1e-9 of the total (independent of N); the split "
    "ring_at_completion + cyclic_oligomers + linear_oligomers (open chains up to N units) + long_chains + "
    "precursor_left = 1 at the completion time (99 % of the precursor reacted, feed over), which depends "
    "on N; EM and k_intra are orders of magnitude",
};

// What the two-component mode assumes, for the CLI's "assumptions".
inline constexpr const char* kTwoComponentAssumptions[] = {
    "two components: a diamine (A2) and a dihalide (B2); they first make the open 1:1 adduct, and only that "
    "closes to the wanted ring; every chain alternates the two, so it ends in two amines, two halides or one "
    "of each, and only a chain with one of each can close",
    "each N alkylates once: exact for N,N'-disulfonyl diamines (Richman-Atkins, Cs2CO3 or the disodium salt "
    "in DMF); free ethylenediamine's secondary amines alkylate again and branch, which the model does not "
    "count, so for the free diamine the ring yield is an upper bound",
    "irreversible steps; all ends equally reactive (every A end meets every B end of another chain at "
    "k_inter = k_intra / EM_1); perfect mixing; one temperature",
    "the (i + i)-ring closes at EM_i k_inter with the one-precursor rule: EM_1 as given, larger rings (7 i "
    "atoms for the diazepane) on the Jacobson-Stockmayer line or their ring-size preset",
    "syringe pump: a fed component arrives at a constant molar rate over the addition time; one that is not "
    "fed is in the flask from the start; total is each component's amount over the final volume",
    "ring_yield: mol of (1+1) ring per mol of diamine once the scarcer monomer is below 1e-4 of the diamine "
    "charged and the open adduct below 1e-9 (the ring the leftover could still make is at most that); the "
    "split ring_at_completion + cyclic_oligomers + linear_oligomers + long_chains + diamine_left = 1 "
    "(diamine "
    "units) when the scarcer monomer and the adduct are below 1 % and the feed is over; diamine_left counts "
    "the free diamine and the open adduct",
};

// EM_i for i = 1..n from the rule above (input.oligomer_em_molar first, then
// the presets below 14 atoms and the Jacobson–Stockmayer line), checked.
Outcome<std::vector<double>> ring_ems(const EngineInput& input, int n);

// The batch C0 that gives `target` ring yield by the engine (Illinois regula falsi in log C0,
// chem/root_find.hpp). A `hint` (lo, hi) that brackets the answer, e.g. from a plotted curve, saves most of
// the runs; a wrong hint only costs two.
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
