// Ring closure versus oligomerisation of a linear precursor (e.g. the
// 7-membered ring of a 1,4-diazepane).
//
// The closed-form limits of the cyclization engine (cyclization_engine.hpp;
// docs/MODELS.md, "Cyclization"): the precursor C closes the ring in a first
// order step (k_intra) and is lost to a second order intermolecular step
// (k_inter) in which two precursor molecules react with each other:
//   dC/dt = F - k_intra C - 2 k_inter C^2,   EM = k_intra / k_inter (mol/L),
// with F = 0 in batch. Only the ratio C/EM matters for the yield; k_intra sets
// the clock. Source of the classic analysis: G. Illuminati, L. Mandolini,
// Acc. Chem. Res. 1981, 14, 95; L. Mandolini, Adv. Phys. Org. Chem. 1986, 22, 1.
//
// Internally everything is dimensionless: concentration c = C / EM, time
// tau = k_intra t, so dc/dtau = f - c - 2 c^2 with f = F / (k_intra EM).
#pragma once

#include <vector>

#include "chem/number_input.hpp"
#include "chem/outcome.hpp"

namespace chem {

// Ranges the tool accepts. The lower limits keep the dimensionless numbers
// (C/EM, k_intra t) inside double precision; none of them binds at the bench.
inline constexpr double kMinConcentrationMolar = 1e-9;
inline constexpr double kMaxConcentrationMolar = 20;  // more is not a solution any more
inline constexpr double kMinEmMolar = 1e-12;
inline constexpr double kMaxEmMolar = 1e6;
inline constexpr double kMinKIntraPerS = 1e-12;
inline constexpr double kMaxKIntraPerS = 1e6;
inline constexpr double kMinAdditionHours = 1e-6;
inline constexpr double kMaxAdditionHours = 1000;  // six weeks of syringe pump

// Field rules, shared by the model checks and by anything parsing text for
// these fields (CLI, UI), so every front end shows the same messages.
inline constexpr QuantityRule kC0Rule{"c0", "Precursor concentration", "mol/L", kMaxConcentrationMolar};
inline constexpr QuantityRule kTotalRule{"total", "Total precursor concentration", "mol/L",
                                         kMaxConcentrationMolar};
inline constexpr QuantityRule kEmRule{"em", "Effective molarity (EM)", "mol/L", kMaxEmMolar};
inline constexpr QuantityRule kKIntraRule{"k_intra", "Ring-closure rate constant k_intra", "1/s",
                                          kMaxKIntraPerS};
inline constexpr QuantityRule kAdditionHoursRule{"addition_h", "Addition time", "h", kMaxAdditionHours};
inline constexpr QuantityRule kTargetYieldRule{"target_yield", "Target ring yield", "", 1, true};

// "Complete" means 99 % of the precursor has reacted (to ring or oligomer),
// i.e. at most 1 % of it is left in the flask; every completion time uses it.
inline constexpr double kCompletionFraction = 0.99;

// --- batch: all precursor present at t = 0 -----------------------------------

struct BatchCyclizationInput {
  double concentration_molar = 0;  // C0
  double em_molar = 0;
};

struct BatchCyclization {
  double ring_yield = 0;           // Y = (EM / 2 C0) ln(1 + 2 C0 / EM), fraction of precursor
  double oligomer_fraction = 0;    // 1 - Y: lost to intermolecular reaction
  double c0_over_em = 0;           // the one number that decides Y
  double solvent_ml_per_mmol = 0;  // 1 / C0: mL of solvent per mmol of precursor
};

Outcome<BatchCyclization> batch_cyclization(const BatchCyclizationInput& input);

// Time until 99 % of the precursor is consumed in batch:
// k_intra t = ln((100 + 2 C0/EM) / (1 + 2 C0/EM)), i.e. ln(100) / k_intra when dilute.
Outcome<double> batch_completion_hours(const BatchCyclizationInput& input, double k_intra_per_s);

struct ConcentrationPlan {
  double concentration_molar = 0;  // the C0 that gives the target batch yield
  double solvent_ml_per_mmol = 0;  // 1 / C0
};

// Inverse of batch_cyclization: the C0 that gives `target_ring_yield` (0 < Y < 1).
Outcome<ConcentrationPlan> concentration_for_ring_yield(double em_molar, double target_ring_yield);

// --- slow (syringe-pump) addition into a fixed final volume -------------------

struct SlowAdditionInput {
  double total_molar = 0;  // C_total: all precursor (mmol) / final volume (mL)
  double em_molar = 0;
  double k_intra_per_s = 0;
  double addition_hours = 0;  // t_add: constant feed F = C_total / t_add
};

struct SlowAddition {
  double ring_yield = 0;             // integral of k_intra C dt over C_total, including the stirring tail
  double steady_state_molar = 0;     // C_ss = 2F / (k_intra + sqrt(k_intra^2 + 8 k_inter F))
  double steady_state_yield = 0;     // k_intra C_ss / F: the pseudo-high-dilution estimate
  double peak_precursor_molar = 0;   // C when the feed stops: the peak, as C only rises during a
                                     // constant feed into a fixed volume with inert oligomers
  double batch_ring_yield = 0;       // the same material added all at once, for comparison
  double feed_molar_per_hour = 0;    // F
  double k_inter_per_molar_s = 0;    // k_intra / EM
  double completion_hours = 0;       // see slow_addition() below
  double k_intra_addition_time = 0;  // k_intra t_add: ring-closure "lifetimes" spanned by the feed
};

// Exact solution: with a constant feed the rate law is a Riccati equation with
// constant coefficients, solved in closed form (about 0.1 µs per call), and
// after the feed stops the rest converts by the batch closed form started at
// C(t_add). completion_hours = max(t_add, time at which 99 % of C_total has
// reacted): the work-up can start neither before the feed ends nor before
// the precursor left in the flask is down to 1 % of C_total.
Outcome<SlowAddition> slow_addition(const SlowAdditionInput& input);

// The same numbers by adaptive Dormand–Prince 5(4) integration of the feed
// phase (closed-form tail). It exists to check slow_addition() independently
// and as the starting point for feeds that are not constant. Explicit, so its
// cost grows linearly with k_intra t_add once the steady state is reached
// (~0.05 ms at 30, ~1 ms at 3e4, ~15 ms at 3e5); beyond ~1e6 it returns an
// InputError on addition_h. Use slow_addition() for curves.
Outcome<SlowAddition> slow_addition_integrated(const SlowAdditionInput& input);

struct AdditionPlan {
  double addition_hours = 0;    // 0 when adding everything at once already reaches the target
  double batch_ring_yield = 0;  // yield without slow addition, for comparison
  bool batch_suffices = false;
};

// Inverse of slow_addition: the addition time that gives `target_ring_yield`.
// input.addition_hours is ignored. The ring yield rises monotonically with
// t_add, from the batch yield at C_total towards 1.
Outcome<AdditionPlan> addition_hours_for_ring_yield(const SlowAdditionInput& input, double target_ring_yield);

// --- curves for plots (log-spaced abscissa) ----------------------------------

struct CurvePoint {
  double x = 0;  // concentration in mol/L, or addition time in h
  double ring_yield = 0;
};

// Batch ring yield for `points` concentrations from c0_min to c0_max (mol/L).
Outcome<std::vector<CurvePoint>> batch_yield_curve(double em_molar, double c0_min_molar, double c0_max_molar,
                                                   int points);

// Slow-addition ring yield for `points` addition times from hours_min to hours_max.
Outcome<std::vector<CurvePoint>> slow_addition_yield_curve(const SlowAdditionInput& input, double hours_min,
                                                           double hours_max, int points);

}  // namespace chem
