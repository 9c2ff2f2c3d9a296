#include <doctest/doctest.h>

#include "app/screens.hpp"

TEST_CASE("a tool's screen keeps the result the user had before typing, not a passing keystroke's") {
  app::AppSession session;
  app::CyclizationInputs inputs;
  app::EditState typing;
  typing.typing = true;
  // Nothing kept yet: the first valid result is taken even mid-edit.
  const app::CyclizationScreen first = app::evaluate_cyclization_screen(inputs, session, typing);
  REQUIRE(first.view.valid);
  REQUIRE(session.last_valid_cyclization);
  const double kept_c0 = session.last_valid_cyclization->c0_molar;
  // Typing "0.05" passes through "0.0"... a valid value on the way is not kept.
  inputs.c0_molar.set("0.03");
  app::evaluate_cyclization_screen(inputs, session, typing);
  CHECK(session.last_valid_cyclization->c0_molar == doctest::Approx(kept_c0));
  // The edit ends (the field lets go of the keyboard): now it is.
  app::evaluate_cyclization_screen(inputs, session, app::EditState{});
  CHECK(session.last_valid_cyclization->c0_molar == doctest::Approx(0.03));
}

TEST_CASE("while a drag moves, the curve waits; once it rests the curve is built") {
  app::AppSession session;
  app::CyclizationInputs inputs;
  app::EditState moving;
  moving.drag_in_progress = moving.drag_in_motion = true;
  const app::CyclizationScreen held = app::evaluate_cyclization_screen(inputs, session, moving);
  CHECK(held.view.curve_pending);
  CHECK(held.view.curve.x.empty());
  app::CyclizationScreen rested = app::evaluate_cyclization_screen(inputs, session, app::EditState{});
  for (int frame = 0; frame < 200 && rested.view.curve_pending; ++frame)
    rested = app::evaluate_cyclization_screen(inputs, session, app::EditState{});
  CHECK_FALSE(rested.view.curve_pending);
  CHECK(rested.view.curve.x.size() > 2);
}

TEST_CASE("every tool's screen comes back with its report") {
  app::AppSession session;
  app::AppState state;
  const app::EditState idle;
  CHECK_FALSE(app::evaluate_workup_screen(state.workup, session, idle).report.empty());
  CHECK(session.shown_workup_lah_g.has_value());
  const app::AlkylationScreen alkylation = app::evaluate_alkylation_screen(state.alkylation, session, idle);
  CHECK_FALSE(alkylation.report.empty());
  CHECK_FALSE(alkylation.fit_report.empty());
  const app::CyclizationScreen cyclization =
      app::evaluate_cyclization_screen(state.cyclization, session, idle);
  CHECK_FALSE(cyclization.em_fit_report.empty());
  CHECK_FALSE(cyclization.k_intra_fit_report.empty());
  CHECK_FALSE(app::evaluate_route_screen(state.route, session, idle).report.empty());
}
