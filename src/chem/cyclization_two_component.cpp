// The two-component mode of the cyclization engine (A2 + B2): a diamine (two
// A ends) and a dihalide (two B ends) first make the open 1:1 adduct, and only
// that closes to the wanted ring. docs/MODELS.md, "Cyclization, two
// components", states the equations and assumptions.
//
// Every chain alternates diamine and dihalide units, so it is one of three
// kinds: AA_i (i + 1 diamines, i dihalides, two A ends), BB_i (i diamines,
// i + 1 dihalides, two B ends) and AB_i (i of each, one end of each kind;
// AB_1 is the open adduct). Every A end meets every B end of another chain at
// k_inter; AB_i closes to the ring R_i (i of each, 7 i ring atoms for the
// diazepane) at k_intra,i = EM_i k_inter, with the AB engine's EM rule. The
// products of a meeting: AA + BB -> AB, AA + AB -> AA, AB + BB -> BB,
// AB + AB -> AB. Chains past AB_N, AA_N-1, BB_N-1 are lumped by kind: they
// keep meeting but never close. Fed with the pre-formed adduct alone, this is
// the AB engine exactly (the doctests compare them).
#include "chem/cyclization_two_component.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include "chem/cyclization.hpp"
#include "chem/cyclization_engine.hpp"
#include "chem/ode_integrator.hpp"
#include "chem/ode_rkc.hpp"

namespace chem::two_component_detail {
namespace {

// DOPRI5 steps of stirring before RKC takes over: a run that closes at a
// brisk pace ends well within them.
constexpr int kExplicitStirSteps = 1000;

// Dimensionless, as the AB engine: tau = k_intra,1 t, amounts per mole of
// diamine charged, a = C_diamine / EM_1, v = V / V_final.
struct Layout {
  int n;
  int aa(int i) const { return i; }              // AA_i, i = 0..n-1 (AA_0: free diamine)
  int bb(int i) const { return n + i; }          // BB_i, i = 0..n-1 (BB_0: free dihalide)
  int ab(int i) const { return 2 * n + i - 1; }  // AB_i, i = 1..n (AB_1: the open adduct)
  int ring(int i) const { return 3 * n + i - 1; }
  int pool_aa() const { return 4 * n; }  // lumped chains by kind
  int pool_bb() const { return 4 * n + 1; }
  int pool_ab() const { return 4 * n + 2; }
  int pool_diamines() const { return 4 * n + 3; }  // diamine units in the lumped chains
  int size() const { return 4 * n + 4; }
};

struct Rates {
  Layout at;
  double a = 0;
  double tau_add = 0, v0 = 1;
  bool feeding = false;
  double feed_diamine = 0, feed_dihalide = 0, feed_adduct = 0;  // per unit tau while feeding
  std::vector<double> closure;                                  // EM_i / EM_1

  double volume(double tau) const { return feeding ? v0 + (1 - v0) * std::min(tau, tau_add) / tau_add : 1.0; }

  struct Ends {
    double aa = 0, bb = 0, ab = 0;  // chains of each kind, lumped ones included
    double a() const { return 2 * aa + ab; }
    double b() const { return 2 * bb + ab; }
  };
  Ends ends(const std::vector<double>& y) const {
    Ends e{y[at.pool_aa()], y[at.pool_bb()], y[at.pool_ab()]};
    for (int i = 0; i < at.n; ++i) {
      e.aa += y[at.aa(i)];
      e.bb += y[at.bb(i)];
      e.ab += y[at.ab(i + 1)];
    }
    return e;
  }

  void operator()(double tau, const std::vector<double>& y, std::vector<double>& d) const {
    const int n = at.n;
    const double meet = a / volume(tau);
    const Ends e = ends(y);
    const double ends_a = e.a(), ends_b = e.b();
    std::fill(d.begin(), d.end(), 0.0);
    // Meetings whose product is tracked; the rest, by difference from the
    // totals, make lumped chains.
    double aa_bb = 0, aa_ab = 0, ab_bb = 0, ab_ab = 0;
    for (int i = 0; i < n; ++i) {
      const double aa_i = y[at.aa(i)], ab_i = i + 1 <= n ? y[at.ab(i + 1)] : 0;
      for (int j = 0; j < n; ++j) {
        const double bb_j = y[at.bb(j)], ab_j = y[at.ab(j + 1)];
        if (i + j + 1 <= n) {  // AA_i + BB_j -> AB_i+j+1
          const double r = 4 * aa_i * bb_j;
          d[at.ab(i + j + 1)] += r;
          aa_bb += r;
        }
        if (i + j + 1 <= n - 1) {  // AA_i + AB_j+1 -> AA_i+j+1; AB_i+1 + BB_j -> BB_i+j+1
          const double r_aa = 2 * aa_i * ab_j, r_bb = 2 * ab_i * bb_j;
          d[at.aa(i + j + 1)] += r_aa;
          d[at.bb(i + j + 1)] += r_bb;
          aa_ab += r_aa;
          ab_bb += r_bb;
        }
        if (i + j + 2 <= n) {  // AB_i+1 + AB_j+1 -> AB_i+j+2
          const double r = ab_i * ab_j;
          d[at.ab(i + j + 2)] += r;
          ab_ab += r;
        }
      }
    }
    for (int i = 0; i < n; ++i) {
      d[at.aa(i)] -= 2 * y[at.aa(i)] * ends_b;
      d[at.bb(i)] -= 2 * y[at.bb(i)] * ends_a;
      d[at.ab(i + 1)] -= y[at.ab(i + 1)] * (ends_a + ends_b);
    }
    const double p_aa = y[at.pool_aa()], p_bb = y[at.pool_bb()], p_ab = y[at.pool_ab()];
    d[at.pool_aa()] = 2 * e.aa * e.ab - aa_ab - 2 * p_aa * ends_b;
    d[at.pool_bb()] = 2 * e.ab * e.bb - ab_bb - 2 * p_bb * ends_a;
    d[at.pool_ab()] = 4 * e.aa * e.bb - aa_bb + e.ab * e.ab - ab_ab - p_ab * (ends_a + ends_b);
    for (int k = 0; k < at.size(); ++k) d[k] *= meet;
    for (int i = 1; i <= n; ++i) {
      const double closing = closure[i - 1] * y[at.ab(i)];
      d[at.ab(i)] -= closing;
      d[at.ring(i)] = closing;
    }
    if (feeding) {
      d[at.aa(0)] += feed_diamine;
      d[at.bb(0)] += feed_dihalide;
      d[at.ab(1)] += feed_adduct;
    }
    // Diamine units reach the lumped chains by what leaves the tracked ones.
    double tracked = 0;
    for (int i = 0; i < n; ++i) {
      tracked += (i + 1) * d[at.aa(i)] + i * d[at.bb(i)] + (i + 1) * (d[at.ab(i + 1)] + d[at.ring(i + 1)]);
    }
    d[at.pool_diamines()] = (feeding ? feed_diamine + feed_adduct : 0) - tracked;
  }

  // An upper bound of the fastest decay rate (the Jacobian's spectral
  // radius, Gershgorin's bound on its diagonal part), for RKC's stages.
  double fastest_decay(const std::vector<double>& y) const {
    const Ends e = ends(y);
    double fastest = 0;
    for (int i = 0; i < at.n; ++i) fastest = std::max(fastest, closure[i]);
    return fastest + 2 * a * (e.a() + e.b() + e.ab);
  }
};

// What can still make the ring: the scarcer monomer (either alone makes
// none) and the open adduct.
double scarcer_monomer(const Layout& at, const std::vector<double>& y) {
  return std::min(y[at.aa(0)], y[at.bb(0)]);
}

}  // namespace

Outcome<EngineResult> run(const EngineInput& in, const std::vector<double>& ems) {
  const int n = in.max_chain_length;
  const bool batch = in.addition_hours == 0;
  Rates rates;
  rates.at = Layout{n};
  rates.a = in.total_molar / in.em_molar;
  rates.v0 = batch ? 1.0 : in.start_volume_fraction;
  for (int i = 0; i < n; ++i) rates.closure.push_back(ems[i] / in.em_molar);
  const double tau_per_hour = in.k_intra_per_s * kSecondsPerHour;
  rates.tau_add = in.addition_hours * tau_per_hour;
  const Layout& at = rates.at;
  const double r = in.feed == Feed::preformed_ab ? 1.0 : in.dihalide_equiv;

  std::vector<double> y(at.size(), 0.0);
  const bool feed_diamine = in.feed == Feed::diamine_into_dihalide || in.feed == Feed::both;
  const bool feed_dihalide = in.feed == Feed::dihalide_into_diamine || in.feed == Feed::both;
  if (batch || in.feed == Feed::preformed_ab) {
    if (in.feed == Feed::preformed_ab) {
      y[at.ab(1)] = batch ? 1 : 0;
    } else {
      y[at.aa(0)] = 1;
      y[at.bb(0)] = r;
    }
  } else {
    y[at.aa(0)] = feed_diamine ? 0 : 1;
    y[at.bb(0)] = feed_dihalide ? 0 : r;
  }

  EngineResult result;
  result.em_by_size = ems;
  const OdeSettings settings = engine_ode_settings(in);

  const bool record = in.course_points > 0;
  auto add_point = [&](double tau, const std::vector<double>& s) {
    const double scale = in.total_molar / rates.volume(tau);
    double units = 0;
    for (int i = 1; i < n; ++i) units += (i + 1) * s[at.aa(i)] + i * s[at.bb(i)] + (i + 1) * s[at.ab(i + 1)];
    for (int i = 2; i <= n; ++i) units += i * s[at.ring(i)];
    units += s[at.pool_diamines()];
    CoursePoint point;
    point.hours = tau_per_hour > 0 ? tau / tau_per_hour : tau;
    point.precursor_molar = s[at.aa(0)] * scale;
    point.ring_molar = s[at.ring(1)] * scale;
    point.oligomer_molar = units * scale;
    point.dihalide_molar = s[at.bb(0)] * scale;
    point.adduct_molar = s[at.ab(1)] * scale;
    result.course.push_back(point);
  };
  auto observe = [&](double t, const std::vector<double>& s) {
    if (record) add_point(t, s);
  };
  if (record) add_point(0, y);

  double tau = 0;
  if (!batch) {
    rates.feeding = true;
    rates.feed_diamine = feed_diamine ? 1 / rates.tau_add : 0;
    rates.feed_dihalide = feed_dihalide ? r / rates.tau_add : 0;
    rates.feed_adduct = in.feed == Feed::preformed_ab ? 1 / rates.tau_add : 0;
    auto failed = integrate_feed(rates, y, settings, in.course_points, observe, result.integrator_steps);
    if (failed) return *failed;
    tau = rates.tau_add;
    result.end_of_feed_precursor_molar = (y[at.aa(0)] + y[at.ab(1)]) * in.total_molar;
    rates.feeding = false;
  }

  // Stirring: DOPRI5 while the closures set the pace; where it stalls at its
  // stability limit (the last monomers meeting at a power-law pace while the
  // adduct closes as fast as it forms), RKC takes over (ode_rkc.hpp).
  OdeSettings stir_settings = settings;
  stir_settings.max_steps = kExplicitStirSteps;
  if (record) stir_settings.max_step = 10.0 / in.course_points;
  OdeSettings tail_settings = settings;
  tail_settings.relative_tolerance = std::max(1e-6, 1e4 * in.relative_tolerance);
  tail_settings.absolute_tolerance = 1e-3 * tail_settings.relative_tolerance * kEnginePrecursorLeft;
  tail_settings.max_steps = 100000;
  const double stir_span = 1e12;  // ended by the leftover, not by time
  auto rhs = [&rates](const std::vector<double>& s, std::vector<double>& out) { rates(0, s, out); };
  auto fastest_decay = [&rates](const std::vector<double>& s) { return rates.fastest_decay(s); };
  auto stir_until = [&](const OdeEvent& done) {
    if (done(y) >= 0) return true;
    OdeReport report = integrate_dopri5(rates, y, tau, tau + stir_span, stir_settings, done, observe);
    result.integrator_steps += report.steps + report.rejected;
    tau = report.t;
    if (report.stopped) return true;
    if (report.steps + report.rejected < stir_settings.max_steps) return false;  // failed, not slow
    report = integrate_rkc(rhs, fastest_decay, y, tau, tau + stir_span, tail_settings, done);
    result.integrator_steps += report.steps + report.rejected;
    tau = report.t;
    observe(tau, y);
    return report.stopped;
  };
  const InputError failed{"c0", "The cyclization simulation did not converge for these conditions"};
  const double completion_left = 1 - kCompletionFraction;
  auto completed = [&at, completion_left](const std::vector<double>& s) {
    return completion_left - (scarcer_monomer(at, s) + s[at.ab(1)]);
  };
  if (!stir_until(completed)) return failed;
  result.k_intra_time_complete = tau;
  if (tau_per_hour > 0) result.completion_hours = tau / tau_per_hour;
  EngineComposition& now = result.at_completion;
  now.k_intra_time = tau;
  now.hours = result.completion_hours;
  now.cyclic_by_size.resize(n);
  for (int i = 1; i <= n; ++i) {
    now.cyclic_by_size[i - 1] = i * y[at.ring(i)];
    (i == 1 ? now.ring : now.cyclic_oligomers) += i * y[at.ring(i)];
  }
  for (int i = 1; i < n; ++i) now.linear_oligomers += (i + 1) * y[at.aa(i)] + i * y[at.bb(i)];
  for (int i = 2; i <= n; ++i) now.linear_oligomers += i * y[at.ab(i)];
  now.long_chains = y[at.pool_diamines()];
  now.precursor_left = y[at.aa(0)] + y[at.ab(1)];
  const Rates::Ends e = rates.ends(y);
  now.open_chains = e.aa + e.bb + e.ab;
  now.adduct = y[at.ab(1)];
  now.free_dihalide = y[at.bb(0)];
  now.a_end_conversion = 1 - e.a() / 2;
  now.b_end_conversion = 1 - e.b() / (2 * r);

  auto gone = [&at](const std::vector<double>& s) {
    return std::min(kTwoComponentMonomerLeft - scarcer_monomer(at, s), kEnginePrecursorLeft - s[at.ab(1)]);
  };
  if (!stir_until(gone)) return failed;
  result.k_intra_time_precursor_gone = tau;
  result.ring_yield = y[at.ring(1)];
  result.precursor_left_end = y[at.aa(0)] + y[at.ab(1)];
  result.oligomer_yield = 1 - result.ring_yield - result.precursor_left_end;
  return result;
}

}  // namespace chem::two_component_detail
