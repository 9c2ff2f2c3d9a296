// One call per tool and frame: the tool's inputs go down once, and its
// evaluated state comes back whole (results, report, fits and their reports),
// so a panel only draws. The last valid results, kept for bad input, are
// updated here too.
#pragma once

#include "app/app_state.hpp"
#include "app/fit_state.hpp"

namespace app {

// What the person is doing with pointer and keyboard: app has no UI toolkit,
// so the panel says.
struct EditState {
  bool typing = false;             // a text field has the keyboard
  bool edit_just_started = false;  // this frame's click or focus began an edit
  bool drag_in_progress = false;   // a slider or plot is held
  bool drag_in_motion = false;     // ... and moving (not resting under the finger)

  // Whether a valid result may become the one kept for bad input: not while
  // a field is being typed in. Typing "50" passes through a valid "5" on its
  // way; if "50" is refused, the result kept is the one the user had before
  // starting to edit (what was on screen at the click or focus that began
  // the edit), not that of a passing keystroke. The first valid result is
  // always taken.
  bool may_commit(bool has_committed) const { return !has_committed || !typing || edit_just_started; }
};

struct WorkupScreen {
  WorkupView view;
  Report report;
};
WorkupScreen evaluate_workup_screen(const WorkupInputs& inputs, AppSession& session, const EditState& edit);

struct AlkylationScreen {
  AlkylationView view;
  Report report;
  KappaFitView fit;
  Report fit_report;
};
AlkylationScreen evaluate_alkylation_screen(const AlkylationInputs& inputs, AppSession& session,
                                            const EditState& edit);

struct CyclizationScreen {
  CyclizationView view;
  Report report;
  EmFitView em_fit;
  KIntraFitView k_intra_fit;
  Report em_fit_report, k_intra_fit_report;
};
// While a drag moves, the curve waits (view.curve_pending) and the fits hold.
CyclizationScreen evaluate_cyclization_screen(const CyclizationInputs& inputs, AppSession& session,
                                              const EditState& edit);

struct RouteScreen {
  RouteView view;
  Report report;
};
RouteScreen evaluate_route_screen(const RouteInputs& inputs, AppSession& session, const EditState& edit);

}  // namespace app
