// Restores the app state at start (localStorage, then the URL on top) and
// writes it back whenever it changes, so a reload keeps the work and the
// address bar is always a permalink.
#pragma once

#include "app/app_state.hpp"
#include "ui/host.hpp"

namespace ui {

void restore_state(app::AppState& state, app::AppSession& session, Host& host);
void persist_state_if_changed(app::AppState& state, app::AppSession& session, Host& host);

// A link from one place to another tool ("Open the Cyclization tool at
// 0.5 M"): applies `change`, brings its tool to the front and keeps what it
// changed (from `source`, e.g. "the guide") for a notice with an Undo.
void note_link_change(app::AppState& before, app::AppState& after, app::AppSession& session,
                      const char* source);
template <typename Change>
void follow_link(app::AppState& state, app::AppSession& session, const char* source, Change change) {
  app::AppState before = state;
  change(state);
  note_link_change(before, state, session, source);
}
// Puts back the inputs from before the last link (in the tool now in view).
void undo_link(app::AppState& state, app::AppSession& session);

}  // namespace ui
