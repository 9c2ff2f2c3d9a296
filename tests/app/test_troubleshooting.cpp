#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <utility>

#include "app/app_state.hpp"
#include "app/route_state.hpp"
#include "app/troubleshooting.hpp"
#include "chem/cyclization_engine.hpp"

TEST_CASE("four problem cards, searchable in any of their texts") {
  const auto& cards = app::trouble_cards();
  REQUIRE(cards.size() == 4);
  int matches = 0;
  for (const auto& card : cards) matches += app::card_matches(card, "TETRAZOLE");
  CHECK(matches == 1);
  matches = 0;
  for (const auto& card : cards) matches += app::card_matches(card, "");
  CHECK(matches == 4);
  matches = 0;
  for (const auto& card : cards) matches += app::card_matches(card, "no such symptom");
  CHECK(matches == 0);
  CHECK(app::critical_parameters().size() >= 6);
}

TEST_CASE("each card opens its tool with the scenario's inputs") {
  app::AppState state;
  for (const auto& card : app::trouble_cards()) card.open(state);  // last one wins: the workup card
  CHECK(state.tool == app::Tool::workup);
  CHECK(state.workup.mass_g.str() == "5");
  app::trouble_cards()[0].open(state);
  CHECK(state.tool == app::Tool::cyclization);
  CHECK(state.cyclization.c0_molar.str() == "0.5");
  app::trouble_cards()[1].open(state);
  CHECK(state.tool == app::Tool::route);
  CHECK(state.route.azide_equiv.str() == "3");
  // Twice the azide: the scenario's own schedule passes the heat gate (at least 25 portions).
  const auto excess = app::evaluate_route(state.route, nullptr);
  CHECK(excess.valid);
  CHECK(excess.result.min_portions == 25);
  CHECK(excess.result.tetrazole_risk);
  // The default plan passes it too.
  CHECK(app::evaluate_route(app::RouteInputs{}, nullptr).valid);
  app::trouble_cards()[2].open(state);
  CHECK(state.tool == app::Tool::alkylation);
  CHECK(state.alkylation.diamine_equiv.str() == "1");
}

TEST_CASE("the gummy-solid card quotes the two-component engine and opens the tool on two components") {
  const auto& gum = app::trouble_cards()[0];
  REQUIRE(gum.id == std::string("cyclization_gum"));
  CHECK(gum.fix.find("together and slowly") != std::string::npos);
  // The figures it quotes are the engine's, in batch at EM 0.05 M.
  const std::pair<double, const char*> quoted[] = {
      {0.5, "4 % ring at 0.5 M"}, {0.05, "25 % at 0.05 M"}, {0.005, "72 % at 0.005 M"}};
  for (const auto& row : quoted) {
    const double c0 = row.first;  // a plain name: clang 14 cannot capture a structured binding
    const char* text = row.second;
    CAPTURE(text);
    CHECK(gum.fix.find(text) != std::string::npos);
    chem::EngineInput input;
    input.two_component = true;
    input.total_molar = c0;
    input.em_molar = 0.05;
    const double percent = 100 * chem::run_cyclization_engine(input).value().ring_yield;
    CHECK(std::to_string(int(std::lround(percent))) ==
          std::string(text).substr(0, std::string(text).find(' ')));
  }
  app::AppState state;
  gum.open(state);
  CHECK(state.cyclization.components == app::Components::two);
}

TEST_CASE("the syringe-pump row claims C near C_ss only where a steady state forms") {
  bool found = false;
  for (const auto& row : app::critical_parameters()) {
    const std::string why = row.why;
    CHECK(why.find("keeps C near C_ss") == std::string::npos);
    if (std::string(row.parameter) == "Addition time (syringe pump)") {
      found = true;
      CHECK(why.find("only when the feed lasts many ring-closure half-lives") != std::string::npos);
    }
  }
  CHECK(found);
}

TEST_CASE("the tetrazole card does not send the chemist to TMSN3/TfOH, which gave mainly tetrazoles") {
  const app::TroubleCard* tetrazole = nullptr;
  for (const auto& card : app::trouble_cards())
    if (card.id == "schmidt_tetrazole") tetrazole = &card;
  REQUIRE(tetrazole);
  // The route's own reference (Motiwala 2016): ketones gave tetrazoles as the major products.
  CHECK(tetrazole->fix.find("consider MsOH or TMSN3/TfOH") == std::string::npos);
  CHECK(tetrazole->fix.find("Not TMSN3/TfOH: with it ketones gave mainly tetrazoles") != std::string::npos);
}
