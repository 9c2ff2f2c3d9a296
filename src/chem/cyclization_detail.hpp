// Internals of the cyclization model shared by its .cpp files and the tests:
// the dimensionless closed forms and the range check with a lower limit.
// Dimensionless variables: c = C / EM, tau = k_intra t, f = F / (k_intra EM).
#pragma once

#include <cmath>
#include <cstdio>
#include <string>

#include "chem/number_input.hpp"
#include "chem/outcome.hpp"

namespace chem::cyclization_detail {

// check_quantity plus a lower limit: tiny positive values would push the
// dimensionless numbers out of double range, so they get a message too.
inline Outcome<double> check_between(double value, const QuantityRule& rule, double min_value) {
  auto checked = check_quantity(value, rule);
  if (!checked.ok()) return checked;
  if (value < min_value) {
    char limit[32];
    std::snprintf(limit, sizeof limit, "%g", min_value);
    std::string unit = rule.unit.empty() ? "" : " " + std::string(rule.unit);
    return InputError{std::string(rule.field),
                      std::string(rule.what) + " below " + limit + unit + " is outside this tool's range"};
  }
  return value;
}

// A target ring yield must lie strictly between 0 and 1: 1 would need
// infinite dilution (or an infinitely slow feed).
inline Outcome<double> check_target_yield(double target) {
  const std::string field = "target_yield";
  if (!std::isfinite(target)) return InputError{field, "Target ring yield must be a finite number"};
  if (target <= 0) return InputError{field, "Target ring yield must be a fraction greater than 0"};
  if (target >= 1) {
    return InputError{field,
                      "Target ring yield must be below 1: some precursor is always lost to oligomers "
                      "(a yield of 1 needs infinite dilution)"};
  }
  return target;
}

// Batch ring yield as a function of x = 2 C0 / EM: Y = ln(1 + x) / x. log1p
// keeps full precision when x is tiny (Y -> 1 - x/2).
inline double batch_yield(double x) { return x > 0 ? std::log1p(x) / x : 1.0; }

// Dimensionless time for the batch rate law dc/dtau = -c - 2c^2 to take c
// from `from` down to `to` (0 < to <= from). From 1/c = (1/c0 + 2) e^tau - 2:
// e^tau = from (1 + 2 to) / (to (1 + 2 from)), written for log1p.
inline double batch_time(double from, double to) {
  return from > to ? std::log1p((from - to) / (to * (1 + 2 * from))) : 0.0;
}

// State of the flask at the end of a constant feed that started at c = 0.
struct FeedPhase {
  double c_end = 0;        // c at tau_add
  double ring_formed = 0;  // integral of c dtau over the feed (rings formed, in units of EM)
  double c_steady = 0;     // the positive root of f - c - 2c^2 = 0
};

// Closed form of dc/dtau = f - c - 2c^2, c(0) = 0. With the roots c+ > 0 > c-
// of 2c^2 + c - f, (c+ - c)/(c - c-) = q e^(-s tau) where s = sqrt(1 + 8f) and
// q = c+/|c-|. Every expression below avoids the cancellations that the
// textbook forms suffer when 8f << 1 (slow feed) or s tau << 1 (short feed).
inline FeedPhase feed_phase(double f, double tau_add) {
  const double s = std::sqrt(1 + 8 * f);
  const double c_plus = 2 * f / (1 + s);  // = (-1 + s) / 4 without cancellation
  const double q = 8 * f / ((1 + s) * (1 + s));
  const double decay = std::exp(-s * tau_add);
  const double grown = -std::expm1(-s * tau_add);  // 1 - decay, exact for small s tau
  FeedPhase phase;
  phase.c_steady = c_plus;
  phase.c_end = c_plus * grown / (1 + q * decay);
  // integral of c = c+ tau - (1/2) ln((1 + q) / (1 + q e^(-s tau)))
  phase.ring_formed = c_plus * tau_add - 0.5 * std::log1p(q * grown / (1 + q * decay));
  return phase;
}

// Ring yield of a constant feed of c_total over tau_add, then stirring until
// all precursor is gone (the tail is the batch closed form started at c_end:
// rings = (1/2) ln(1 + 2 c_end)).
inline double slow_addition_yield(double c_total, double tau_add) {
  const FeedPhase phase = feed_phase(c_total / tau_add, tau_add);
  return (phase.ring_formed + 0.5 * std::log1p(2 * phase.c_end)) / c_total;
}

}  // namespace chem::cyclization_detail
