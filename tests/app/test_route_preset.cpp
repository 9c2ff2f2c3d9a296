// A published procedure as a preset of the Route tool: what it puts in the
// fields, what the report says of each condition, and the link that keeps it.
#include <doctest/doctest.h>

#include <string>

#include "app/route_preset.hpp"
#include "app/state_codec.hpp"
#include "mirror_value.hpp"

TEST_CASE("loading Sha 2008 fills the Schmidt step with the plan the gates accept") {
  app::RouteInputs in;
  in.lah_equiv.set("3");  // the reduction's own fields are left alone
  app::load_route_preset(in, 1);
  CHECK(in.preset == 1);
  CHECK(in.ketone_formula.str() == "C12H15NO");
  CHECK(in.ketone_amount.str() == "18.9");
  CHECK(in.azide_equiv.str() == "5");
  CHECK(in.acid_ml_per_g.str() == "2.1164");
  CHECK(in.portions.str() == "77");
  CHECK(in.addition_min.str() == "380");
  CHECK(in.lactam_yield_pct.str() == "65");
  CHECK(in.lah_equiv.str() == "3");
  CHECK(app::route_preset_unchanged(in));
  const auto view = app::evaluate_route(in, nullptr);
  REQUIRE(view.valid);
  const auto report = app::route_report(in, view);
  CHECK(mirror_value(report, "preset").find("Acta Cryst. 2008, E64, o569") != std::string::npos);
  CHECK(mirror_value(report, "preset").find("keeps 6 of the paper's 11 conditions, changes 4") !=
        std::string::npos);
  const std::string cosolvent = mirror_value(report, "preset.cosolvent");
  CHECK(cosolvent.find("Changed. Paper: CH2Cl2, 80.0 mL. Plan: none: the acid alone (the planner's own)") ==
        0);
  CHECK(cosolvent.find("diazidomethane") != std::string::npos);
  const std::string addition = mirror_value(report, "preset.addition");
  CHECK(addition.find("Changed. Paper: over 180 min (3 h) at 0 °C") == 0);
  CHECK(addition.find("77 portions over 380 min, one every 5.00 min") != std::string::npos);
  CHECK(addition.find("at least 34 portions") != std::string::npos);
  CHECK(addition.find("at least 76, 2.37 min apart") != std::string::npos);
  CHECK(mirror_value(report, "preset.azide").find("Accepted. Paper: 32.5 g (0.50 mol, 5.0 equiv)") == 0);
  CHECK(mirror_value(report, "preset.extraction")
            .find("Changed. Paper: CH2Cl2. Plan: ethyl acetate or 2-MeTHF") == 0);
  CHECK(mirror_value(report, "preset.yield").find("63.6 mmol: 63.6 % of the stated 0.10 mol") !=
        std::string::npos);
  // The plan itself carries the cautions of its 5 equiv and its scale.
  CHECK(mirror_value(report, "tetrazole_warning").find("Sha et al.") != std::string::npos);
  CHECK(mirror_value(report, "scale_warning").find("Large for the bench: 0.499 mol azide") == 0);
}

TEST_CASE("a field changed after loading is said; the planner's own puts its defaults back") {
  app::RouteInputs in;
  app::load_route_preset(in, 1);
  in.portions.set("90");
  CHECK_FALSE(app::route_preset_unchanged(in));
  const auto view = app::evaluate_route(in, nullptr);
  const auto report = app::route_report(in, view);
  CHECK(mirror_value(report, "preset").find("changed since it was loaded") != std::string::npos);
  app::load_route_preset(in, 0);
  const app::RouteInputs defaults;
  CHECK(in.preset == 0);
  CHECK(in.ketone_amount.str() == defaults.ketone_amount.str());
  CHECK(in.azide_equiv.str() == defaults.azide_equiv.str());
  CHECK(in.portions.str() == defaults.portions.str());
  CHECK(in.acid_ml_per_g.str() == defaults.acid_ml_per_g.str());
  CHECK(app::find_entry(app::route_report(in, app::evaluate_route(in, nullptr)), "preset") == nullptr);
}

TEST_CASE("the preset is in the link by name, and an unknown one is refused") {
  app::AppState state;
  app::load_route_preset(state.route, 1);
  CHECK(app::encode_state(state).find("route.preset=sha2008") != std::string::npos);
  app::AppState opened;
  CHECK(app::decode_state(opened, "route.preset=sha2008").rejected.empty());
  CHECK(opened.route.preset == 1);
  CHECK(opened.route.preset == 1);
  // The key alone opens the paper's plan, not the planner's defaults under its name.
  CHECK(opened.route.azide_equiv.str() == "5");
  CHECK(opened.route.portions.str() == "77");
  CHECK(app::route_preset_unchanged(opened.route));
  CHECK(app::decode_state(opened, "route.preset=sha2099").rejected.size() == 1);
  CHECK(opened.route.preset == 1);
  // A link of a plan edited after loading: the fields after the preset win.
  app::AppState edited;
  app::load_route_preset(edited.route, 1);
  edited.route.portions.set("90");
  app::AppState reopened;
  CHECK(app::decode_state(reopened, app::encode_state(edited)).rejected.empty());
  CHECK(reopened.route.preset == 1);
  CHECK(reopened.route.portions.str() == "90");
  CHECK(reopened.route.azide_equiv.str() == "5");
  CHECK_FALSE(app::route_preset_unchanged(reopened.route));
}

TEST_CASE("every preset offered is a published procedure the planner can plan") {
  namespace in = app::route_input;
  for (int i = 1; i < in::kPreset.choice_count; ++i) {
    CAPTURE(in::kPreset.choices[i].name);
    REQUIRE(chem::find_published_procedure(in::kPreset.choices[i].name) != nullptr);
    CHECK(app::route_preset_assessment(static_cast<size_t>(i)) != nullptr);
  }
  CHECK(app::route_preset_assessment(0) == nullptr);
}
