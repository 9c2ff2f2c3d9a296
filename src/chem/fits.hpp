// Fits: the model parameters back from what was measured at the bench.
// Each fit inverts one forward model for one parameter:
//   fit_em       EM from batch ring yields at known C0 (the cyclization engine);
//   fit_k_intra  k_intra from one syringe-pump ring yield (the same engine);
//   fit_kappa    κ = k2/k1 from one SM / mono / bis composition (Frost–Schwemer).
// Every fit reports two things: the best value, and the set of parameter
// values that reproduce every measurement within ±error_abs (a bounded-error,
// or set-membership, estimate). When the data only bound the parameter on one
// side (a yield within error of 100 %, no bis product at low conversion) the
// fit says so and gives the bound, never a made-up value. docs/MODELS.md,
// "Fits", states the rules.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "chem/cyclization_engine.hpp"
#include "chem/model_card.hpp"
#include "chem/number_input.hpp"
#include "chem/outcome.hpp"

namespace chem {

// Measurement error on a yield or a fraction, absolute (0.03 = ±3 percentage points).
inline constexpr double kDefaultFitErrorAbs = 0.03;
inline constexpr QuantityRule kFitErrorRule{"error", "Measurement error (absolute, as a fraction)", "", 0.5};
inline constexpr QuantityRule kRingYieldRule{"ring_yield", "Ring yield (a fraction 0–1)", "", 1, true};
inline constexpr QuantityRule kRingRatioRule{"ratio", "Ring : oligomer ratio", "", 1e12, true};
// More than 2 equiv may be charged; the products then show how much was used.
inline constexpr QuantityRule kFitEquivRule{"equiv", "Equivalents of electrophile charged", "equiv", 10};
inline constexpr QuantityRule kAreaRules[3] = {{"sm", "SM area (or fraction)", "", 1e300, true},
                                               {"mono", "Mono area (or fraction)", "", 1e300, true},
                                               {"bis", "Bis area (or fraction)", "", 1e300, true}};
inline constexpr QuantityRule kResponseFactorRules[3] = {{"rf_sm", "SM response factor", "", 1e6},
                                                         {"rf_mono", "Mono response factor", "", 1e6},
                                                         {"rf_bis", "Bis response factor", "", 1e6}};

// A set of parameter values. An end without a value is unbounded: the data
// allow any value that way, up to the edge of what the model covers. `empty`:
// no value at all reproduces the data (see FitResult::consistent).
struct FitRange {
  bool empty = false;
  std::optional<double> lo, hi;
  bool bounded() const { return !empty && lo.has_value() && hi.has_value(); }
};

// One measurement against the fitted model (in the order of the inputs).
struct FitResidual {
  double measured = 0;
  double fitted = 0;  // the model at the fitted value
  double residual() const { return fitted - measured; }
};

// What `value` is. A consistent fit's value reproduces every measurement
// within the error; an inconsistent one's does not, and must not be used as if it did.
enum class ValueKind {
  none,
  fit,                       // consistent data: a value inside the range
  least_squares_compromise,  // inconsistent data: the least-squares value, missing some points
  composition_only,          // κ: the composition's own κ, disagreeing with the equivalents charged
};

struct FitResult {
  // The best estimate. Set exactly when `determined`: never a guess.
  std::optional<double> value;
  ValueKind value_kind = ValueKind::none;
  // Every parameter value that reproduces all measurements within ±error_abs.
  FitRange range;
  // The data pin the parameter on both sides (consistent data: the range is
  // bounded), or, for inconsistent data, the least-squares value lies inside
  // the model's range.
  bool determined = false;
  // One parameter value reproduces every measurement within ±error_abs.
  bool consistent = false;
  // Consistent, but only just: the range is much narrower than any single
  // measurement allows (the runs barely agree: it reflects their
  // disagreement, not precision), or (EM) the single-run values drift with
  // C0 beyond it. The value is not presented as plainly determined.
  bool marginal = false;
  std::string message;                 // one or two sentences for the screen: the value or bound, and why
  std::vector<FitResidual> residuals;  // at `value`; empty without one
  std::optional<double> rms_residual, max_abs_residual;
  int model_runs = 0;  // forward-model evaluations (engine runs for EM and k_intra), for cost reports
};

// --- EM from batch ring yields -----------------------------------------------

struct YieldPoint {
  double c0_molar = 0;    // precursor concentration of the batch run
  double ring_yield = 0;  // 0..1, of the precursor
};

// A ring : oligomer ratio r (in monomer units, e.g. by mass) as a ring yield r / (1 + r).
Outcome<double> ring_yield_from_ratio(double ring_to_oligomer);

// EM fits: each run's own EM (its yield alone), none at a yield of 0 or 1.
struct EmFit : FitResult {
  std::vector<std::optional<double>> point_values;  // in the order of the points
  // The single-run EMs change monotonically with C0 (three or more distinct
  // C0) and spread beyond the range: +1 rising with C0, -1 falling, 0 not.
  int drift = 0;
};

// A marginal range: narrower than this fraction of the narrowest single-run
// interval (in ln EM). The tool's choice: at a third, the runs agree only
// near the edges of their errors.
inline constexpr double kMarginalWidthFraction = 1.0 / 3;
// The least EM the EM fit searches, as a fraction of the largest
// oligomer-ring EM: below about 1e-5 of it the engine's equations are too
// stiff to integrate; 1e-4 keeps a margin. With the default large-ring EM
// (0.01 mol/L) that is 1e-6 mol/L.
inline constexpr double kEmFloorRatio = 1e-4;

// EM (mol/L) from batch ring yields by the engine's batch ring yield, with
// `engine`'s options (ring size, large-ring anchor, chain length; the
// Cyclization tool's defaults when left alone). One point: the EM that gives
// its yield; several: least squares in yield. The range is the EMs that
// reproduce every point within ±error_abs. Yield within error of 1 bounds EM
// only from below, within error of 0 only from above. Several runs whose
// range is marginal (see FitResult::marginal) say so: a drift with C0 hints
// that the AB model does not describe the reaction (an A2 + B2 closure gives
// an effective EM, biased low).
Outcome<EmFit> fit_em(const std::vector<YieldPoint>& points, double error_abs = kDefaultFitErrorAbs,
                      const EngineInput& engine = EngineInput());

// --- k_intra from a syringe-pump ring yield ----------------------------------

struct KIntraFit : FitResult {
  // value, range: k_intra in 1/s. Half-life ln 2 / k_intra in h, ends swapped.
  std::optional<double> half_life_h;
  FitRange half_life_range_h;
  double batch_ring_yield = 0;  // the same material added at once: the yield as k_intra -> 0
};

// k_intra (1/s) from the ring yield of a syringe-pump run of C_total over
// addition_hours into the final volume (engine.start_volume_fraction, 1 =
// fixed volume). The yield rises with k_intra·t_add from the batch yield
// towards 1: a yield within error of the batch yield bounds k_intra only from
// above, within error of 1 only from below; below the batch yield beyond the
// error no k_intra explains it.
Outcome<KIntraFit> fit_k_intra(double total_molar, double em_molar, double addition_hours, double ring_yield,
                               double error_abs = kDefaultFitErrorAbs,
                               const EngineInput& engine = EngineInput());

struct AdditionAdvice {
  double addition_hours = 0;         // 0 when adding everything at once already gives the target
  double k_intra_addition_time = 0;  // k_intra·t_add: the yield depends on this product alone
  double batch_ring_yield = 0;
  // The addition time over the k_intra range given: the longest at its low
  // end, the safe plan; an unbounded end of the k_intra range leaves the
  // other end of this one unbounded. Without a range: addition_hours at both ends.
  FitRange hours_range;
};

// The addition time for `target_yield` at conditions.total_molar, em_molar,
// k_intra_per_s, by the engine's own inverse (engine_addition_hours_for_ring_yield).
// The ring yield depends on k_intra and t_add only through their product, so
// over a fitted `k_intra_range` the time scales as 1/k_intra: one engine
// solve serves the whole range. For an undetermined fit pass a bound as
// k_intra_per_s (the low end: an addition that long is enough).
Outcome<AdditionAdvice> recommend_addition_hours(const EngineInput& conditions, double target_yield,
                                                 const std::optional<FitRange>& k_intra_range = std::nullopt);

// What a k_intra fit can say about the addition time for a target yield.
enum class AdviceKind {
  none,      // no time: `reason` says why (no k_intra fits the run, or the target is out of reach)
  time,      // k_intra determined: one time, the range over the k_intra range
  at_least,  // k_intra only bounded above: the time is only bounded below
  at_most,   // k_intra only bounded below: that long is enough whatever k_intra is
};
struct FitAdvice {
  AdviceKind kind = AdviceKind::none;
  std::optional<AdditionAdvice> advice;  // set unless kind is none; addition_hours is the time or the bound
  std::string reason;                    // for none, at_least and at_most: one sentence
};

// The addition time for `target_yield` from `fit` at `conditions` (total,
// EM and engine options; k_intra is taken from the fit): the fitted k_intra,
// or the end of a one-sided range, which gives a bound on the time and is
// labelled as one. Never an error for a target out of reach: kind none and
// the reason.
FitAdvice advise_from_k_intra_fit(const KIntraFit& fit, const EngineInput& conditions, double target_yield);

// --- κ from one alkylation composition ----------------------------------------

struct ResponseFactors {  // detector response per mole, relative; areas are divided by them
  double sm = 1, mono = 1, bis = 1;
};

struct KappaFit : FitResult {
  double unreacted = 0, mono = 0, bis = 0;  // the measured composition, normalised (mole fractions)
  double consumed_equiv = 0;                // x = mono + 2 bis: electrophile used per diamine
  double conversion = 0;                    // min(1, x / equivalents charged)
};

// κ from the SM / mono / bis areas (any common scale) after `equivalents` of
// electrophile per diamine. With a = SM and P = mono, the Frost–Schwemer
// P = (a^κ − a)/(1 − κ) falls monotonically with κ at fixed a: κ comes from
// (a, mono), valid at any conversion. The range is the κ whose curve passes
// within ±error_abs of all three fractions and uses no more than the
// equivalents charged, which carry the same error as a relative one
// (consumed <= equivalents × (1 + error_abs)).
Outcome<KappaFit> fit_kappa(double equivalents, double sm_area, double mono_area, double bis_area,
                            double error_abs = kDefaultFitErrorAbs, const ResponseFactors& rf = {});

const ModelCard& em_fit_model();
const ModelCard& k_intra_fit_model();
const ModelCard& kappa_fit_model();

}  // namespace chem
