// The engine's two-component mode (cyclization_two_component.cpp), called by
// run_cyclization_engine once the input is checked and the ring EMs are known,
// and what the two modes share.
#pragma once

#include <algorithm>
#include <optional>
#include <vector>

#include "chem/cyclization_engine.hpp"
#include "chem/ode_integrator.hpp"

namespace chem {

// The integrator settings of every engine run, one- or two-component.
inline OdeSettings engine_ode_settings(const EngineInput& input) {
  OdeSettings settings;
  settings.relative_tolerance = input.relative_tolerance;
  settings.absolute_tolerance = 1e-3 * input.relative_tolerance;
  settings.max_steps = 400000;
  return settings;
}

// The feed phase of a syringe-pump run, from 0 to rates.tau_add. The step
// limit gives the steady-state test and the plot a resolution. Adds the
// integrator's steps to `steps`; false (with the error to return) if it did
// not converge.
template <class Rates, class Observer>
std::optional<InputError> integrate_feed(const Rates& rates, std::vector<double>& y, OdeSettings settings,
                                         int course_points, const Observer& observe, int& steps) {
  settings.max_step = rates.tau_add / std::max(50, course_points);
  const OdeReport report = integrate_dopri5(rates, y, 0, rates.tau_add, settings, {}, observe);
  steps += report.steps + report.rejected;
  if (report.ok) return std::nullopt;
  return InputError{"addition_h", "The syringe-pump simulation did not converge for these conditions"};
}

}  // namespace chem

namespace chem::two_component_detail {

Outcome<EngineResult> run(const EngineInput& input, const std::vector<double>& em_by_size);

}  // namespace chem::two_component_detail
