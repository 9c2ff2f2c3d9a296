// Adaptive Dormand–Prince 5(4) integration of y' = rhs(t, y), with an
// optional stopping event. Coefficients: J. R. Dormand, P. J. Prince, J. Comput.
// Appl. Math. 1980, 6, 19; step control and starting step as in E. Hairer,
// S. P. Nørsett, G. Wanner, Solving Ordinary Differential Equations I, §II.4.
// Explicit, so meant for non-stiff problems; the kinetics here are
// dimensionless, which keeps every rate near 1.
#pragma once

#include <functional>
#include <vector>

namespace chem {

struct OdeSettings {
  double relative_tolerance = 1e-10;
  double absolute_tolerance = 1e-13;
  int max_steps = 200000;
  double max_step = 0;  // > 0: no step longer than this (a resolution for recorded courses)
};

struct OdeReport {
  bool ok = false;       // false: max_steps reached (t and y are where it stopped), or the step collapsed
  bool stopped = false;  // the event fired; t is the event time
  double t = 0;          // where the integration ended
  int steps = 0;
  int rejected = 0;
};

// The right-hand side rhs(t, y, dydt), a stopping event (it fires when
// event(y) >= 0) and an observer of every accepted step. Type-erased, so
// each integrator is compiled once (it is what the page's first paint pays
// for), not once per model; a right-hand side costs far more than the call.
using OdeState = std::vector<double>;
using OdeRhs = std::function<void(double, const OdeState&, OdeState&)>;
using OdeEvent = std::function<double(const OdeState&)>;
using OdeObserver = std::function<void(double, const OdeState&)>;

// Integrates from t0 to t_end (> t0), updating y. `event(y)` is checked after
// every accepted step; when it turns >= 0 the crossing is located by bisecting
// that step (re-stepping from its start, so no interpolation error) and the
// integration ends there. rhs(t, y, dydt) writes dydt (same size as y).
// `observe(t, y)` sees every accepted step (and the event point), e.g. to
// record a course for a plot. An empty event or observer is none.
OdeReport integrate_dopri5(const OdeRhs& rhs, std::vector<double>& y, double t0, double t_end,
                           const OdeSettings& settings, const OdeEvent& event = {},
                           const OdeObserver& observe = {});

}  // namespace chem
