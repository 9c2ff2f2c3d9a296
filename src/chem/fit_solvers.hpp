// Internals shared by the fits (fit_*.cpp) and their tests: the
// one-parameter solvers and the wording of the verdicts.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "chem/constants.hpp"
#include "chem/cyclization_detail.hpp"
#include "chem/cyclization_engine.hpp"
#include "chem/fits.hpp"
#include "chem/outcome.hpp"

namespace chem::fit_solvers {

// A forward model of one parameter, increasing in it (ring yield against EM
// or k_intra). Engine runs cost ~0.3 ms each, so the solvers count them.
using Model = std::function<Outcome<double>(double)>;

// Model runs allowed per root once it is bracketed, and per minimisation. The
// Illinois steps below converge in ~6-10 runs; the cap only guards against a
// model that is not monotone at the level of its integration error.
inline constexpr int kMaxSolveRuns = 40;
inline constexpr double kLogTolerance = 1e-7;  // width of the final bracket in ln x

enum class Side {
  inside,     // the model crosses the target at x
  below_min,  // even x_min gives more than the target: every x in the range does
  above_max,  // even x_max gives less than the target
};
struct Crossing {
  Side side = Side::inside;
  double x = 0;
};

// Where the increasing `model` crosses `target` in [x_min, x_max]. Starts from
// a guessed bracket (from a closed form) and widens it by growing factors, so
// the costly ends of the range are run only when the answer lies there; then
// Illinois regula falsi in ln x (a bisection whenever a step would leave the
// bracket), at most kMaxSolveRuns runs. `runs` counts every model run.
Outcome<Crossing> crossing(const Model& model, double target, double x_min, double x_max, double guess_lo,
                           double guess_hi, int& runs);

// The x in [lo, hi] that minimises `objective`, by Brent's method in ln x to
// `ln_tolerance` (at most kMaxSolveRuns runs, each counted in `runs`).
Outcome<double> minimum_log(const Model& objective, double lo, double hi, double ln_tolerance, int& runs);

// Fills rms_residual and max_abs_residual from residuals.
void summarise_residuals(FitResult& fit);

// "0.052", "1.2e-05": two or three significant figures for the messages.
std::string figure(double value, int digits = 2);
// "±3 %" for an absolute error of 0.03.
std::string plus_minus_percent(double error_abs);
// "0.041–0.066 mol/L", "≥ 0.46 mol/L", "≤ 1e-4 mol/L" or "any value".
std::string describe_range(const FitRange& range, const std::string& unit);

// Checks an error_abs: finite, > 0, at most 0.5.
Outcome<double> check_error(double error_abs);

// --- the cyclization fits (EM, k_intra) ---------------------------------------

// Ring yields to ~1e-8, far below any measurement error, at half the cost of
// the engine's default; only the ring yield is needed, so no course.
inline constexpr double kFitEngineTolerance = 1e-8;

inline EngineInput fit_engine(EngineInput input) {
  input.relative_tolerance = kFitEngineTolerance;
  input.course_points = 0;
  return input;
}

inline Outcome<double> ring_yield_of(const EngineInput& input) {
  auto run = run_cyclization_engine(input);
  if (!run.ok()) return run.error();
  return run.value().ring_yield;
}

// Closed-form guesses. Chain ends only lower the ring yield, so the engine
// needs a larger EM (or k_intra) than the precursor-only limit for the same
// yield: the closed form's answer is a lower end of the bracket.
// x = 2 C0 / EM with ln(1 + x) / x = target (decreasing in x).
double closed_form_x(double target);
// k_intra·t_add for a slow-addition ring yield `target` at C_total / EM (increasing in it).
double closed_form_tau(double c_total, double target);

// One end of the interval a measurement allows, from a crossing: `side`
// tells whether the crossing lies in the model's range.
struct End {
  std::optional<double> bound;
  bool impossible = false;  // no parameter value in range reaches the target
};

inline End lower_end(const Crossing& c) {
  if (c.side == Side::inside) return {c.x, false};
  return {std::nullopt, c.side == Side::above_max};
}

inline End upper_end(const Crossing& c) {
  if (c.side == Side::inside) return {c.x, false};
  return {std::nullopt, c.side == Side::below_min};
}

}  // namespace chem::fit_solvers
