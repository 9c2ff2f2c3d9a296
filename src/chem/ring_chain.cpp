#include "chem/ring_chain.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "chem/cyclization.hpp"
#include "chem/cyclization_detail.hpp"
#include "chem/ode_integrator.hpp"

namespace chem {
namespace {

// Right-hand side in dimensionless form: tau = k_intra t, every amount per C0
// (chains per precursor molecule), a = C0 / EM_1. State layout, n = N:
// [0, n) linear i-mers x_i, [n, 2n) cyclic i-mers g_i, [2n] pool chains p,
// [2n + 1] monomer units in the pool m.
struct RingChainRates {
  int n;
  double a;
  std::vector<double> closure;  // i^(-3/2)
  mutable std::vector<double> formed;

  RingChainRates(int chain_length, double c0_over_em)
      : n(chain_length), a(c0_over_em), closure(chain_length), formed(chain_length + 1) {
    for (int i = 1; i <= n; ++i) closure[i - 1] = std::pow(i, -1.5);
  }

  void operator()(double, const std::vector<double>& y, std::vector<double>& dydt) const {
    const double* x = y.data();
    const double pool = y[2 * n];
    double chains = pool;  // S: every open chain has one A and one B end
    for (int i = 0; i < n; ++i) chains += x[i];
    // Pairs (A end of i, B end of j): rate a x_i x_j each, forming length i + j.
    std::fill(formed.begin(), formed.end(), 0.0);
    double into_pool = 0, units_into_pool = 0, units_linear = 0;
    for (int i = 1; i <= n; ++i) {
      units_linear += i * x[i - 1];
      for (int j = 1; j <= n; ++j) {
        const double pair = x[i - 1] * x[j - 1];
        if (i + j <= n) {
          formed[i + j] += pair;
        } else {
          into_pool += pair;
          units_into_pool += (i + j) * pair;
        }
      }
    }
    for (int i = 1; i <= n; ++i) {
      const double closing = closure[i - 1] * x[i - 1];
      dydt[i - 1] = -closing - 2 * a * x[i - 1] * chains + a * formed[i];
      dydt[n + i - 1] = closing;
    }
    // Pool chains: born from long pairs, merge pairwise (a p^2), and absorb
    // short chains that react with their ends (2 a p x_i, units only).
    dydt[2 * n] = a * (into_pool - pool * pool);
    dydt[2 * n + 1] = a * (units_into_pool + 2 * pool * units_linear);
  }
};

}  // namespace

Outcome<RingChain> ring_chain_batch(const RingChainInput& input) {
  using cyclization_detail::check_between;
  auto c0 = check_between(input.concentration_molar, kC0Rule, kMinConcentrationMolar);
  if (!c0.ok()) return c0.error();
  auto em = check_between(input.em_molar, kEmRule, kMinEmMolar);
  if (!em.ok()) return em.error();
  const int n = input.max_chain_length;
  if (n < 2 || n > 100) {
    return InputError{"max_chain_length", "Longest chain tracked must be between 2 and 100 units"};
  }
  const RingChainRates rates(n, c0.value() / em.value());
  std::vector<double> y(2 * n + 2, 0.0);
  y[0] = 1;
  OdeSettings settings;
  settings.relative_tolerance = 1e-9;
  settings.absolute_tolerance = 1e-12;
  // Monomer decays at least as fast as e^(-tau) (it closes with rate 1 and
  // only ever disappears otherwise), so completion comes before ln(1e6) ~ 13.8.
  auto done = [](const std::vector<double>& state) { return kRingChainPrecursorLeft - state[0]; };
  const OdeReport report = integrate_dopri5(rates, y, 0, 30, settings, done);
  if (!report.ok || !report.stopped) {
    return InputError{"c0", "The ring-chain simulation did not converge for these conditions"};
  }
  RingChain result;
  result.cyclic_by_size.resize(n);
  for (int i = 1; i <= n; ++i) {
    const double cyclic_units = i * y[n + i - 1];
    result.cyclic_by_size[i - 1] = cyclic_units;
    (i == 1 ? result.cyclic_monomer : result.cyclic_oligomers) += cyclic_units;
    if (i > 1) result.linear_oligomers += i * y[i - 1];
  }
  result.long_chains = y[2 * n + 1];
  result.linear_oligomers += result.long_chains;
  result.precursor_left = y[0];
  result.completion_k_intra_time = report.t;
  return result;
}

}  // namespace chem
