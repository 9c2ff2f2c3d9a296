// The fits' shared solvers and wording (fit_solvers.hpp).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <utility>

#include "chem/cyclization_engine.hpp"
#include "chem/fit_solvers.hpp"
#include "chem/root_find.hpp"

namespace chem::fit_solvers {

Outcome<Crossing> crossing(const Model& model, double target, double x_min, double x_max, double guess_lo,
                           double guess_hi, int& runs) {
  auto at = [&](double x) {
    ++runs;
    return model(x);
  };
  double lo = std::clamp(guess_lo, x_min, x_max), hi = std::clamp(guess_hi, x_min, x_max);
  if (!(lo < hi)) lo = std::max(x_min, hi / 4), hi = std::min(x_max, lo * 16);
  auto f_lo = at(lo);
  if (!f_lo.ok()) return f_lo.error();
  double flo = f_lo.value(), fhi = 0;
  bool hi_known = false;
  // Widen: each step multiplies the factor by itself (4, 16, 256, ...), so
  // even 18 decades take five runs.
  for (double factor = 4; flo > target; factor = std::min(factor * factor, 1e6)) {
    if (lo <= x_min) return Crossing{Side::below_min, x_min};
    hi = lo, fhi = flo, hi_known = true;
    lo = std::max(x_min, lo / factor);
    auto f = at(lo);
    if (!f.ok()) return f.error();
    flo = f.value();
  }
  if (!hi_known) {
    auto f = at(hi);
    if (!f.ok()) return f.error();
    fhi = f.value();
  }
  for (double factor = 4; fhi < target; factor = std::min(factor * factor, 1e6)) {
    if (hi >= x_max) return Crossing{Side::above_max, x_max};
    lo = hi, flo = fhi;
    hi = std::min(x_max, hi * factor);
    auto f = at(hi);
    if (!f.ok()) return f.error();
    fhi = f.value();
  }
  if (flo == target) return Crossing{Side::inside, lo};
  if (fhi == target) return Crossing{Side::inside, hi};
  auto root = illinois_log(
      [&](double x) -> Outcome<double> {
        auto f = at(x);
        if (!f.ok()) return f.error();
        return f.value() - target;
      },
      lo, flo - target, hi, fhi - target, kLogTolerance, 1e-12, kMaxSolveRuns);
  if (!root.ok()) return root.error();
  return Crossing{Side::inside, root.value()};
}

Outcome<double> minimum_log(const Model& objective, double lo, double hi, double ln_tolerance, int& runs) {
  if (!(lo < hi)) return lo;
  // Brent's method (R. P. Brent, Algorithms for Minimization without
  // Derivatives, 1973): parabolic steps through the three best points where
  // they behave, golden-section steps where they do not. A smooth objective
  // such as a sum of squared yield residuals takes ~8-12 runs.
  const double golden = 0.5 * (3 - std::sqrt(5.0));  // 0.382...
  double a = std::log(lo), b = std::log(hi);
  double x = a + golden * (b - a), w = x, v = x;
  auto at = [&](double u) {
    ++runs;
    return objective(std::exp(u));
  };
  auto first = at(x);
  if (!first.ok()) return first.error();
  double fx = first.value(), fw = fx, fv = fx, step = 0, previous = 0;
  const double tol = 0.5 * ln_tolerance;
  for (int i = 1; i < kMaxSolveRuns; ++i) {
    const double mid = 0.5 * (a + b);
    if (std::fabs(x - mid) <= 2 * tol - 0.5 * (b - a)) break;
    bool parabolic = false;
    if (std::fabs(previous) > tol) {
      const double r = (x - w) * (fx - fv), q0 = (x - v) * (fx - fw);
      double p = (x - v) * q0 - (x - w) * r, q = 2 * (q0 - r);
      if (q > 0) p = -p;
      q = std::fabs(q);
      // Accept a parabola's step only if it moves less than half the step
      // before last and stays inside the bracket.
      if (std::fabs(p) < std::fabs(0.5 * q * previous) && p > q * (a - x) && p < q * (b - x)) {
        previous = step;
        step = p / q;
        parabolic = true;
        if (x + step - a < 2 * tol || b - x - step < 2 * tol) step = mid > x ? tol : -tol;
      }
    }
    if (!parabolic) {
      previous = x >= mid ? a - x : b - x;
      step = golden * previous;
    }
    const double u = std::fabs(step) >= tol ? x + step : x + (step > 0 ? tol : -tol);
    auto f = at(u);
    if (!f.ok()) return f.error();
    const double fu = f.value();
    if (fu <= fx) {
      (u >= x ? a : b) = x;
      v = w, fv = fw, w = x, fw = fx, x = u, fx = fu;
    } else {
      (u < x ? a : b) = u;
      if (fu <= fw || w == x) {
        v = w, fv = fw, w = u, fw = fu;
      } else if (fu <= fv || v == x || v == w) {
        v = u, fv = fu;
      }
    }
  }
  return std::exp(x);
}

void summarise_residuals(FitResult& fit) {
  if (fit.residuals.empty()) return;
  double sum = 0, worst = 0;
  for (const auto& r : fit.residuals) {
    sum += r.residual() * r.residual();
    worst = std::max(worst, std::fabs(r.residual()));
  }
  fit.rms_residual = std::sqrt(sum / fit.residuals.size());
  fit.max_abs_residual = worst;
}

std::string figure(double value, int digits) {
  char buffer[32];
  const double magnitude = std::fabs(value);
  // Plain decimals where a chemist reads them easily, exponents outside.
  if (magnitude != 0 && (magnitude < 1e-3 || magnitude >= 1e5)) {
    std::snprintf(buffer, sizeof buffer, "%.*e", digits - 1, value);
  } else if (magnitude >= std::pow(10.0, digits)) {
    // 100 and 22000, not 1e+02 and 2.2e+04: rounded to the digits asked for.
    const double scale = std::pow(10.0, std::floor(std::log10(magnitude)) + 1 - digits);
    std::snprintf(buffer, sizeof buffer, "%.0f", std::round(value / scale) * scale);
  } else {
    std::snprintf(buffer, sizeof buffer, "%.*g", digits, value);
  }
  return buffer;
}

std::string plus_minus_percent(double error_abs) { return "±" + figure(error_abs * 100) + " %"; }

std::string describe_range(const FitRange& range, const std::string& unit) {
  const std::string u = unit.empty() ? "" : " " + unit;
  if (range.empty) return "no value";
  if (range.lo && range.hi) return figure(*range.lo) + "–" + figure(*range.hi) + u;
  if (range.lo) return "≥ " + figure(*range.lo) + u;
  if (range.hi) return "≤ " + figure(*range.hi) + u;
  return "any value";
}

// Both by bisection in log space on the closed forms (~80 evaluations, ~2 µs).
double closed_form_x(double target) {
  double lo = 1e-12, hi = 1e12;
  for (int i = 0; i < 80; ++i) {
    const double mid = std::sqrt(lo * hi);
    (cyclization_detail::batch_yield(mid) > target ? lo : hi) = mid;
  }
  return std::sqrt(lo * hi);
}

double closed_form_tau(double c_total, double target) {
  double lo = 1e-9, hi = 1e9;
  for (int i = 0; i < 80; ++i) {
    const double mid = std::sqrt(lo * hi);
    (cyclization_detail::slow_addition_yield(c_total, mid) < target ? lo : hi) = mid;
  }
  return std::sqrt(lo * hi);
}

Outcome<double> check_error(double error_abs) {
  auto checked = check_quantity(error_abs, kFitErrorRule);
  if (!checked.ok()) return checked.error();
  return error_abs;
}

}  // namespace chem::fit_solvers

namespace chem {
namespace {

ModelCard engine_card(const char* name, std::vector<std::string> fit_assumptions) {
  ModelCard card{name, std::move(fit_assumptions)};
  for (const char* sentence : kEngineAssumptions) card.assumptions.push_back(sentence);
  return card;
}

const char kBoundedError[] =
    "each measured value carries an absolute error of ±error; the range is every parameter value that "
    "reproduces all of them within it (bounded-error, set-membership estimate); a range open on one side "
    "means the data only bound the parameter";

}  // namespace

const ModelCard& em_fit_model() {
  static const ModelCard card = engine_card(
      "em-fit-cyclization-engine",
      {"EM is the one parameter fitted: the engine's batch ring yield rises monotonically with EM and is "
       "inverted by bracketed root finding in ln EM; several points by least squares in yield",
       "ring yields are of the precursor's monomer units after complete conversion, before losses in "
       "workup; a ring : oligomer ratio r counts as the yield r / (1 + r)",
       kBoundedError,
       "several runs whose range is under a third of the narrowest single run's interval (in ln EM), or "
       "whose "
       "single-run EMs drift monotonically with C0 beyond it, are flagged marginal: they barely agree, and "
       "the "
       "narrow range reflects that, not precision",
       "the model is one precursor closing on itself (AB); yields from a two-component A2 + B2 closure give "
       "an "
       "effective EM, biased low, that rises with C0"});
  return card;
}

const ModelCard& k_intra_fit_model() {
  static const ModelCard card = engine_card(
      "k-intra-fit-cyclization-engine",
      {"k_intra is the one parameter fitted, at the EM given: the syringe-pump ring yield depends on k_intra "
       "only through k_intra·t_add and rises monotonically with it from the batch yield towards 1",
       "constant feed over the addition time, then stirring to complete conversion; ring yield as above",
       kBoundedError,
       "the k_intra range holds at the EM given, taken as exact: an uncertain EM widens it, which the fit "
       "does not propagate"});
  return card;
}

const ModelCard& kappa_fit_model() {
  static const ModelCard card{
      "kappa-fit-frost-schwemer",
      {"kappa = k2/k1 from one composition by the Frost-Schwemer closed form P = (a^kappa - a)/(1 - kappa), "
       "which holds at any conversion (A. A. Frost, W. C. Schwemer, J. Am. Chem. Soc. 1952, 74, 1268)",
       "areas are divided by the response factors and normalised to mole fractions of SM, mono and bis; "
       "electrophile consumed x = mono + 2 bis, at most the equivalents charged; the charge carries the same "
       "error, read as relative (x <= charged * (1 + error))",
       "perfect mixing, free amines, no other reaction of the products", kBoundedError}};
  return card;
}

}  // namespace chem
