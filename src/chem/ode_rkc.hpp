// RKC, the second-order Runge–Kutta–Chebyshev method with damping (B. P.
// Sommeijer, L. F. Shampine, J. G. Verwer, J. Comput. Appl. Math. 1997, 88,
// 315; the coefficients as in their §2). An explicit method whose stability
// interval along the negative real axis grows as the square of its stages
// (about 0.65 s²): for the long, slow tail of a kinetic run whose only fast
// modes are real decays (chains closing to rings at k_intra while the last
// monomers meet at a power-law pace). DOPRI5 would creep along at its
// stability limit there; RKC takes steps as long as accuracy allows, with
// as many stages as the fastest decay needs. Each stage is a linear
// combination of states and right-hand sides, so linear invariants (mass
// balance) are kept exactly.
#pragma once

#include <functional>
#include <vector>

#include "chem/ode_integrator.hpp"

namespace chem {

// rhs(y, dydt) for an autonomous system; spectral_radius(y) bounds the
// fastest decay rate. Integrates from t0 until `event(y) >= 0` (the crossing
// located by bisecting the step that made it) or t_end.
using OdeAutonomousRhs = std::function<void(const OdeState&, OdeState&)>;
OdeReport integrate_rkc(const OdeAutonomousRhs& rhs,
                        const std::function<double(const OdeState&)>& spectral_radius, std::vector<double>& y,
                        double t0, double t_end, const OdeSettings& settings, const OdeEvent& event);

}  // namespace chem
