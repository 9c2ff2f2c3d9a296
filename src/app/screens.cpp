#include "app/screens.hpp"

namespace app {

WorkupScreen evaluate_workup_screen(const WorkupInputs& inputs, AppSession& session, const EditState& edit) {
  WorkupScreen screen{evaluate_workup(inputs, session.last_valid_workup), {}};
  const WorkupView& view = screen.view;
  if (!view.stale && view.workup && edit.may_commit(session.last_valid_workup.has_value()))
    session.last_valid_workup = view.workup;
  if (view.workup) session.shown_workup_lah_g = view.workup->lah_g;
  screen.report = workup_report(inputs, view);
  return screen;
}

AlkylationScreen evaluate_alkylation_screen(const AlkylationInputs& inputs, AppSession& session,
                                            const EditState& edit) {
  const AlkylationView* last = session.last_valid_alkylation ? &*session.last_valid_alkylation : nullptr;
  AlkylationScreen screen{evaluate_alkylation(inputs, last), {}, {}, {}};
  if (screen.view.valid && !screen.view.stale && edit.may_commit(session.last_valid_alkylation.has_value()))
    session.last_valid_alkylation = screen.view;
  screen.report = alkylation_report(inputs, screen.view);
  FitCache& cache = session.fit_cache;
  // κ's fit does not depend on the slider being dragged: no hold.
  screen.fit = evaluate_kappa_fit(inputs, cache, false, edit.may_commit(cache.kappa_committed.has_value()));
  screen.fit_report = kappa_fit_report(inputs, screen.fit);
  return screen;
}

CyclizationScreen evaluate_cyclization_screen(const CyclizationInputs& inputs, AppSession& session,
                                              const EditState& edit) {
  const CyclizationView* last = session.last_valid_cyclization ? &*session.last_valid_cyclization : nullptr;
  CyclizationScreen screen;
  screen.view =
      evaluate_cyclization(inputs, last, session.cyclization_cache,
                           edit.drag_in_motion ? kCyclizationCurveDeferred : kCyclizationCurveRunsPerFrame);
  const CyclizationView& view = screen.view;
  if (view.valid && !view.stale && edit.may_commit(session.last_valid_cyclization.has_value()))
    session.last_valid_cyclization = view;
  screen.report = cyclization_report(inputs, view);
  // A slider drag (the EM the k_intra fit uses) would refit every frame:
  // during one the last fit is kept, marked held.
  FitCache& cache = session.fit_cache;
  const bool hold = edit.drag_in_progress;
  screen.em_fit = evaluate_em_fit(inputs, cache, hold, edit.may_commit(cache.em_committed.has_value()));
  screen.k_intra_fit =
      evaluate_k_intra_fit(inputs, cache, hold, edit.may_commit(cache.k_committed.has_value()));
  screen.em_fit_report = em_fit_report(inputs, screen.em_fit, view);
  screen.k_intra_fit_report = k_intra_fit_report(inputs, screen.k_intra_fit, view);
  return screen;
}

RouteScreen evaluate_route_screen(const RouteInputs& inputs, AppSession& session, const EditState& edit) {
  const RouteView* last = session.last_valid_route ? &*session.last_valid_route : nullptr;
  RouteScreen screen{evaluate_route(inputs, last), {}};
  if (screen.view.valid && !screen.view.stale && edit.may_commit(session.last_valid_route.has_value()))
    session.last_valid_route = screen.view;
  screen.report = route_report(inputs, screen.view);
  return screen;
}

}  // namespace app
