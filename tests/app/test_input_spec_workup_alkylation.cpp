// The Workup and Alkylation tools' declarations: what links, the report, the
// parser and (later) the CLI read.
#include <doctest/doctest.h>

#include <algorithm>
#include <initializer_list>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "app/alkylation_inputs.hpp"
#include "app/alkylation_state.hpp"
#include "app/fit_state.hpp"
#include "app/input_spec.hpp"
#include "app/state_codec.hpp"
#include "app/workup_inputs.hpp"
#include "app/workup_state.hpp"
#include "chem/fits.hpp"

namespace {

namespace workup = app::workup_input;
namespace alkylation = app::alkylation_input;

std::vector<const app::InputSpec*> both_tools() {
  std::vector<const app::InputSpec*> all(std::begin(workup::kAll), std::end(workup::kAll));
  all.insert(all.end(), std::begin(alkylation::kAll), std::end(alkylation::kAll));
  return all;
}

// The fresh state's link, key by key.
std::map<std::string, std::string> fresh_link() {
  app::AppState state;
  const std::string query = app::encode_state(state);
  std::map<std::string, std::string> values;
  size_t begin = 0;
  while (begin <= query.size()) {
    const size_t end = std::min(query.find('&', begin), query.size());
    const std::string pair = query.substr(begin, end - begin);
    const size_t equals = pair.find('=');
    std::string value;
    REQUIRE(app::percent_decode(pair.substr(equals + 1), value));
    values[pair.substr(0, equals)] = value;
    begin = end + 1;
  }
  return values;
}

template <size_t N>
std::set<std::string_view> flags_of(const app::InputSpec* const (&inputs)[N]) {
  std::set<std::string_view> flags;
  for (const app::InputSpec* input : inputs) {
    for (std::string_view flag : {input->cli_flag, input->variant_cli_flag}) {
      if (flag.empty()) continue;
      CAPTURE(flag);
      CHECK(flags.insert(flag).second);  // a flag is unique within its command
    }
  }
  return flags;
}

// What the parser says of `text`, by a declaration or by a chem rule.
std::string outcome(const chem::Outcome<double>& result) {
  return result.ok() ? "ok " + std::to_string(result.value())
                     : result.error().field + ": " + result.error().message;
}

const std::initializer_list<const char*> kTexts = {
    "", "  ", "abc", "1,5", "nan", "-inf", "-1", "0", "1e-400", "0.5", "2", "2.5", "1e9", "1e400", "3 equiv"};

}  // namespace

TEST_CASE("workup and alkylation declarations: each permalink key once, each accepted by a link") {
  std::set<std::string_view> permalinks;
  for (const app::InputSpec* input : both_tools()) {
    CAPTURE(input->key);
    REQUIRE_FALSE(input->permalink.empty());  // every input of these tools is in links
    CHECK(permalinks.insert(input->permalink).second);
    if (!input->permalink_alias.empty()) CHECK(permalinks.insert(input->permalink_alias).second);
    std::vector<std::string> values;
    for (int i = 0; i < input->choice_count; ++i) values.emplace_back(input->choices[i].name);
    if (!input->choices) values = {"1", std::string(input->default_text)};
    for (const std::string& value : values) {
      app::AppState state;
      const auto report = app::decode_state(state, std::string(input->permalink) + "=" + value);
      CAPTURE(value);
      CHECK(report.rejected.empty());
      CHECK(report.applied == 1);
      // And the link written from that state says the same.
      CHECK(app::encode_state(state).find(std::string(input->permalink) + "=" + app::percent_encode(value)) !=
            std::string::npos);
    }
  }
}

TEST_CASE("workup and alkylation: an older key opens to the same state as the declared one") {
  for (const app::InputSpec* input : both_tools()) {
    if (input->permalink_alias.empty()) continue;
    CAPTURE(input->key);
    const std::string value = input->choices ? std::string(input->choices[0].name) : std::string("7");
    app::AppState old_link, new_link;
    CHECK(app::decode_state(old_link, std::string(input->permalink_alias) + "=" + value).rejected.empty());
    CHECK(app::decode_state(new_link, std::string(input->permalink) + "=" + value).rejected.empty());
    CHECK(app::encode_state(old_link) == app::encode_state(new_link));
  }
  // Today's links, key by key, open to the state they always did.
  app::AppState state;
  const auto report = app::decode_state(
      state,
      "workup.mode=solution&workup.preset=4&workup.molarity=1.5&workup.equiv=1.2&alkylation.fit_unit=areas&"
      "alkylation.fit_rf_mono=2&alkylation.kappa=0.05&alkylation.electrophile_mmol=20");
  CHECK(report.rejected.empty());
  CHECK(report.applied == 8);
  CHECK(state.workup.mode == chem::LahInputMode::solution);
  CHECK(state.workup.solution_preset == 4);
  CHECK(state.workup.custom_molarity.str() == "1.5");
  CHECK(state.workup.equivalents.str() == "1.2");
  CHECK(state.alkylation.fit.unit == app::CompositionUnit::areas);
  CHECK(state.alkylation.fit.rf_mono.str() == "2");
  CHECK(state.alkylation.kappa.str() == "0.05");
  CHECK(state.alkylation.electrophile_mmol.str() == "20");
  app::AppState refused;
  CHECK(
      app::decode_state(refused, "workup.mode=kg&workup.preset=5&alkylation.fit_unit=mol").rejected.size() ==
      3);
}

TEST_CASE("workup and alkylation: a fresh state holds each declaration's default") {
  const auto link = fresh_link();
  for (const app::InputSpec* input : both_tools()) {
    CAPTURE(input->key);
    const auto found = link.find(std::string(input->permalink));
    REQUIRE(found != link.end());
    CHECK(found->second == input->default_text);
    if (input->choices) CHECK(app::find_choice(*input, input->default_text) >= 0);
  }
  const app::AppState state;
  CHECK(state.workup.mass_g.str() == workup::kMassG.default_text);
  CHECK(state.workup.solution_preset == 2);
  CHECK(state.alkylation.kappa.str() == alkylation::kKappa.default_text);
  CHECK(state.alkylation.fit.error_pct.str() == app::kDefaultFitErrorPct);
}

TEST_CASE("workup and alkylation: every CLI flag of their commands is declared, once a command") {
  CHECK(flags_of(workup::kAll) == std::set<std::string_view>{"lah-g", "lah-mg", "lah-mmol", "solution-ml",
                                                             "molarity", "equiv", "substrate-mmol"});
  CHECK(flags_of(alkylation::kAlkylationCli) == std::set<std::string_view>{"equiv", "kappa"});
  CHECK(flags_of(alkylation::kMonobocCli) ==
        std::set<std::string_view>{"diamine-equiv", "kappa", "boc-mmol"});
  CHECK(flags_of(alkylation::kFitKappaCli) ==
        std::set<std::string_view>{"equiv", "sm", "mono", "bis", "rf-sm", "rf-mono", "rf-bis", "error"});
  // Each declared flag belongs to one of the commands.
  for (const app::InputSpec* input : alkylation::kAll) {
    if (input->cli_flag.empty()) continue;
    CAPTURE(input->key);
    bool listed = false;
    for (const auto& list : {std::vector<const app::InputSpec*>(std::begin(alkylation::kAlkylationCli),
                                                                std::end(alkylation::kAlkylationCli)),
                             std::vector<const app::InputSpec*>(std::begin(alkylation::kMonobocCli),
                                                                std::end(alkylation::kMonobocCli)),
                             std::vector<const app::InputSpec*>(std::begin(alkylation::kFitKappaCli),
                                                                std::end(alkylation::kFitKappaCli))}) {
      for (const app::InputSpec* in_list : list) listed = listed || in_list == input;
    }
    CHECK(listed);
  }
}

TEST_CASE("alkylation: a chem rule's field is its declaration's key, and the messages are the rule's") {
  CHECK(alkylation::kKappa.key == chem::kKappaRule.field);
  CHECK(alkylation::kEquiv.key == chem::kEquivRule.field);
  CHECK(alkylation::kDiamineEquiv.key == chem::kDiamineEquivRule.field);
  // κ and the diamine excess are read by their declarations: the same words as the rule's.
  // (No structured binding: doctest's CAPTURE is a lambda, and C++17 cannot capture one.)
  for (const auto& pair : {std::pair{&alkylation::kKappa, &chem::kKappaRule},
                           {&alkylation::kDiamineEquiv, &chem::kDiamineEquivRule}}) {
    const app::InputSpec* input = pair.first;
    const chem::QuantityRule* rule = pair.second;
    CAPTURE(input->key);
    for (const char* text : kTexts) {
      CAPTURE(text);
      CHECK(outcome(app::parse_number(*input, text)) == outcome(chem::parse_quantity(text, *rule)));
    }
  }
  // The equivalents are read by chem::kEquivRule itself (its messages name no unit); the
  // declaration's range is the rule's, for the CLI.
  CHECK(alkylation::kEquiv.rule().what == chem::kEquivRule.what);
  CHECK(alkylation::kEquiv.max_value == chem::kEquivRule.max_value);
  CHECK(alkylation::kEquiv.allow_zero == chem::kEquivRule.allow_zero);
  app::AlkylationInputs in;
  for (const char* text : kTexts) {
    CAPTURE(text);
    in.equivalents.set(text);
    const app::AlkylationView view = app::evaluate_alkylation(in, nullptr);
    const auto expected = chem::parse_quantity(text, chem::kEquivRule);
    if (expected.ok()) continue;  // the model may still refuse it (above 2)
    REQUIRE(view.error);
    CHECK(view.error->field + ": " + view.error->message == outcome(expected));
  }
  // The κ fit's inputs: the screen's keys are the fit's own ("fit_equiv"), the words and
  // ranges are those of the CLI's rules (which take fractions where the screen takes %).
  CHECK(alkylation::kFitEquiv.rule().what == chem::kFitEquivRule.what);
  CHECK(alkylation::kFitEquiv.max_value == chem::kFitEquivRule.max_value);
  const app::InputSpec* factors[] = {&alkylation::kFitRfSm, &alkylation::kFitRfMono, &alkylation::kFitRfBis};
  for (int i = 0; i < 3; ++i) {
    CHECK(factors[i]->rule().what == chem::kResponseFactorRules[i].what);
    CHECK(factors[i]->max_value == chem::kResponseFactorRules[i].max_value);
    CHECK(factors[i]->key == "fit_" + std::string(chem::kResponseFactorRules[i].field));
  }
  CHECK(alkylation::kFitError.max_value * alkylation::kFitError.cli_scale ==
        doctest::Approx(chem::kFitErrorRule.max_value));
}

TEST_CASE("workup: read by the declarations, with the words the messages always had") {
  app::WorkupInputs in;
  in.mass_g.set("");
  app::WorkupView view = app::evaluate_workup(in, std::nullopt);
  REQUIRE(view.error);
  CHECK(view.error->field == "lah_g");
  CHECK(view.error->message == "Enter the LiAlH4 mass in g");
  in.mode = chem::LahInputMode::equivalents;
  in.substrate_mmol.set("x");
  view = app::evaluate_workup(in, std::nullopt);
  REQUIRE(view.error);
  CHECK(view.error->field == "substrate_mmol");
  CHECK(view.error->message == "\"x\" is not a number; enter the Substrate amount in mmol");
  // The report names the amount as the messages do; the panel asks "Mass of LiAlH4 (g)".
  in.mode = chem::LahInputMode::mass_g;
  in.mass_g.set("2.5");
  const auto report = app::workup_report(in, app::evaluate_workup(in, std::nullopt));
  bool found = false;
  for (const auto& entry : report) {
    if (entry.key != "input.lah_g") continue;
    found = true;
    CHECK(entry.label == "LiAlH4 mass (g)");
    CHECK(entry.value == "2.5");
  }
  CHECK(found);
  CHECK(workup::kMassG.label_with_unit() == "Mass of LiAlH4 (g)");
  CHECK(std::size(workup::kSolutionPresets) == app::kLahSolutionPresets.size());
}

TEST_CASE("κ fit: SM, mono and bis in mol % up to 100, or as areas of any size") {
  const chem::QuantityRule pct = alkylation::composition_rule(alkylation::kFitSm, false);
  CHECK(pct.field == "fit_sm");
  CHECK(pct.what == "SM");
  CHECK(pct.unit == "%");
  CHECK(pct.max_value == 100);
  const chem::QuantityRule areas = alkylation::composition_rule(alkylation::kFitSm, true);
  CHECK(areas.what == "SM area");
  CHECK(areas.unit.empty());
  CHECK(areas.max_value == app::kAnyNumber);
  app::AlkylationInputs in;
  in.fit.sm.set("120");
  in.fit.mono.set("40");
  in.fit.bis.set("30");
  app::FitCache cache;
  auto view = app::evaluate_kappa_fit(in, cache);
  REQUIRE(view.errors.at("fit_sm"));
  CHECK(view.errors.at("fit_sm")->message == "SM above 100 % is outside this tool's range");
  in.fit.unit = app::CompositionUnit::areas;
  view = app::evaluate_kappa_fit(in, cache);
  CHECK(view.errors.empty());
}
