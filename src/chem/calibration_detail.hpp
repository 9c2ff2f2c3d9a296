// Internals shared by the fits (calibration_*.cpp) and their tests: the
// one-parameter solvers and the wording of the verdicts.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "chem/calibration.hpp"
#include "chem/outcome.hpp"

namespace chem::calibration_detail {

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

// The x in [lo, hi] that minimises `objective`, golden section in ln x to
// `ln_tolerance` (at most kMaxSolveRuns runs).
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

}  // namespace chem::calibration_detail
