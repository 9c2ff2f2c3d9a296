// Restores the app state at start (localStorage, then the URL on top) and
// writes it back whenever it changes, so a reload keeps the work and the
// address bar is always a permalink.
#pragma once

#include "app/app_state.hpp"
#include "ui/host.hpp"

namespace ui {

void restore_state(app::AppState& state, app::AppSession& session, Host& host);
void persist_state_if_changed(app::AppState& state, app::AppSession& session, Host& host);

}  // namespace ui
