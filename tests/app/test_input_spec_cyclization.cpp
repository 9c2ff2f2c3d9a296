// The Cyclization tool's declarations and its fits': what links, the report,
// the parser and (later) the CLI read.
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "app/cyclization_inputs.hpp"
#include "app/fit_state.hpp"
#include "app/input_spec.hpp"
#include "app/state_codec.hpp"
#include "chem/ring_presets.hpp"

namespace spec = app::cyclization_input;

namespace {

bool is_row_input(const app::InputSpec* input) {
  for (const app::InputSpec* row : spec::kRowInputs)
    if (row == input) return true;
  return false;
}

// The link key of a declaration: a row's takes the first row's number.
std::string link_key(const app::InputSpec* input) {
  return is_row_input(input) ? spec::row_name(input->permalink, 0) : std::string(input->permalink);
}

// What a fresh state's field for `key` holds, as its link writes it.
std::string fresh_value(const std::string& key) {
  app::AppState state;
  for (const auto& field : app::state_fields(state))
    if (field.key == key) return field.get();
  return "<no field " + key + ">";
}

template <size_t N>
void check_flags_unique(const app::InputSpec* const (&inputs)[N]) {
  std::set<std::string_view> flags;
  for (const app::InputSpec* input : inputs) {
    CAPTURE(input->key);
    for (std::string_view flag : {input->cli_flag, input->variant_cli_flag})
      if (!flag.empty()) CHECK(flags.insert(flag).second);
  }
}

}  // namespace

TEST_CASE("cyclization declarations: each permalink key and CLI flag once, each decodable") {
  std::set<std::string> permalinks;
  for (const app::InputSpec* input : spec::kAll) {
    CAPTURE(input->key);
    if (input->permalink.empty()) {
      CHECK_FALSE(input->cli_flag.empty());  // a CLI-only option
      continue;
    }
    const std::string key = link_key(input);
    CHECK(permalinks.insert(key).second);
    if (!input->permalink_alias.empty()) CHECK(permalinks.insert(std::string(input->permalink_alias)).second);
    app::AppState state;
    const std::string value =
        input->choices ? std::string(input->choices[input->choice_count - 1].name) : std::string("1");
    const auto report = app::decode_state(state, key + "=" + value);
    CHECK(report.rejected.empty());
    CHECK(report.applied == 1);
  }
  // Every link key the codec writes for the tool is declared.
  app::AppState state;
  state.cyclization.fit.batch_runs = app::kMaxBatchRuns;
  for (const auto& field : app::state_fields(state)) {
    if (field.key.rfind("cyclization.", 0) != 0) continue;
    CAPTURE(field.key);
    bool declared = permalinks.count(field.key) > 0;
    for (const app::InputSpec* row : spec::kRowInputs)
      for (int i = 0; i < app::kMaxBatchRuns; ++i) declared |= field.key == spec::row_name(row->permalink, i);
    CHECK(declared);
  }
  check_flags_unique(spec::kAll);
  check_flags_unique(spec::kCyclizationCommand);
  check_flags_unique(spec::kFitEmCommand);
  check_flags_unique(spec::kFitKIntraCommand);
}

TEST_CASE("cyclization: a fresh state holds each declaration's default") {
  for (const app::InputSpec* input : spec::kAll) {
    if (input->permalink.empty()) continue;
    CAPTURE(input->key);
    CHECK(fresh_value(link_key(input)) == input->default_text);
  }
  // Every row of the runs' table starts as the first does.
  for (int row = 1; row < app::kMaxBatchRuns; ++row)
    for (const app::InputSpec* input : spec::kRowInputs)
      CHECK(fresh_value(spec::row_name(input->permalink, row)) == input->default_text);
  // CLI-only options whose default the models hold.
  CHECK(std::stoi(std::string(spec::kMaxChain.default_text)) == chem::kDefaultMaxChainLength);
  CHECK(std::stod(std::string(spec::kTosylFactor.default_text)) == chem::kDefaultTosylFactor);
  CHECK(std::stod(std::string(spec::kGemDialkylFactor.default_text)) == chem::kDefaultGemDialkylFactor);
  CHECK(std::stod(std::string(spec::kFitErrorFraction.default_text)) == chem::kDefaultFitErrorAbs);
  CHECK(std::stod(std::string(spec::kLargeRingEm.default_text)) == chem::kLargeRingEmMolar);
  CHECK(std::stod(std::string(spec::kKIntra.default_text)) == chem::kDefaultKIntraPerS);
  CHECK(std::stod(std::string(spec::kFitError.default_text)) / 100 ==
        doctest::Approx(chem::kDefaultFitErrorAbs));
}

TEST_CASE("cyclization: a declaration with a chem rule is named and checked by it") {
  struct Pair {
    const app::InputSpec* input;
    chem::QuantityRule rule;
  };
  for (const Pair& pair :
       {Pair{&spec::kC0, chem::kC0Rule}, Pair{&spec::kEm, chem::kEmRule},
        Pair{&spec::kKIntra, chem::kKIntraRule}, Pair{&spec::kHalfLife, chem::kHalfLifeRule},
        Pair{&spec::kAdditionH, chem::kAdditionHoursRule}, Pair{&spec::kLargeRingEm, chem::kLargeRingEmRule},
        Pair{&spec::kTotal, chem::kTotalRule}, Pair{&spec::kStartVolumeFraction, chem::kStartVolumeRule},
        Pair{&spec::kTosylFactor, chem::kTosylFactorRule},
        Pair{&spec::kGemDialkylFactor, chem::kGemDialkylFactorRule},
        Pair{&spec::kRunRingYield, chem::kRingYieldRule},
        Pair{&spec::kFitErrorFraction, chem::kFitErrorRule}}) {
    CAPTURE(pair.rule.field);
    const chem::QuantityRule rule = pair.input->rule();
    CHECK(rule.field == pair.rule.field);
    CHECK(rule.what == pair.rule.what);
    CHECK(rule.unit == pair.rule.unit);
    CHECK(rule.max_value == pair.rule.max_value);
    CHECK(rule.allow_zero == pair.rule.allow_zero);
  }
  // The screen asks for the target in % (below 100), the CLI as the rule's fraction.
  CHECK(spec::kTargetYield.key == chem::kTargetYieldRule.field);
  CHECK(spec::kTargetYield.cli_scale == 0.01);
  // The ring sizes offered are the presets, in their order.
  REQUIRE(spec::kRingSize.choice_count == 6);
  for (int i = 0; i < spec::kRingSize.choice_count; ++i)
    CHECK(spec::kRingSize.choices[i].name == std::to_string(chem::kRingPresets[i].ring_size));
}

TEST_CASE("cyclization: the messages of the fields stay as they were") {
  double value = 0;
  const auto message = [&value](const app::InputSpec& input, const char* text) {
    const auto error = app::read_number(input, app::TextField(text), value);
    REQUIRE(error);
    CHECK(error->field == input.key);
    return error->message;
  };
  CHECK(message(spec::kEm, "0") == "Effective molarity (EM) must be greater than zero");
  CHECK(message(spec::kC0, "-1") == "Precursor concentration cannot be negative");
  CHECK(message(spec::kC0, "50") == "Precursor concentration above 20 mol/L is outside this tool's range");
  CHECK(message(spec::kAmountMmol, "") == "Enter the Amount of precursor in mmol");
  CHECK(message(spec::kFinalVolumeMl, "0") == "Final volume must be greater than zero");
  CHECK(message(spec::kStartVolumeMl, "x") == "\"x\" is not a number; enter the Starting volume in mL");
  CHECK(message(spec::kHalfLife, "-2") == "Ring-closure half-life cannot be negative");
  CHECK(message(spec::kTargetYield, "0") == "Target ring yield must be greater than zero");
  CHECK(message(spec::kFitPumpTotal, "") == "Enter the C_total of the run in mol/L");
  CHECK(message(spec::kFitPumpAdditionH, "2000") ==
        "Addition time of the run above 1000 h is outside this tool's range");
  CHECK(message(spec::kFitPumpYield, "101") ==
        "Ring yield of the run above 100 % is outside this tool's range");
  CHECK(message(spec::kFitError, "0") == "Measurement error must be greater than zero");
  CHECK(message(spec::kMaxChain, "2.5") == "Longest chain tracked must be a whole number");
  // The fits name a row's field by its number.
  CHECK(app::batch_c0_field(1) == "fit_c0_2");
  CHECK(app::batch_value_field(0) == "fit_value_1");
}

TEST_CASE("cyclization: links the tests and pages use open to the same state") {
  app::AppState batch;
  CHECK(app::decode_state(batch,
                          "tool=cyclization&cyclization.mode=batch&cyclization.em=0.05&cyclization.c0=0.02")
            .rejected.empty());
  CHECK(batch.cyclization.mode == app::CyclizationMode::batch);
  CHECK(batch.cyclization.em_molar.str() == "0.05");
  CHECK(batch.cyclization.c0_molar.str() == "0.02");

  app::AppState fits;
  const auto report = app::decode_state(
      fits,
      "tool=cyclization&cyclization.fit_runs=2&cyclization.fit_c0_1=0.05&cyclization.fit_value_1=47.7"
      "&cyclization.fit_c0_2=0.1&cyclization.fit_measure_2=ratio&cyclization.fit_value_2=1%3A2"
      "&cyclization.fit_pump_total=0.05&cyclization.fit_pump_addition_h=8&cyclization.fit_pump_yield=60"
      "&cyclization.fit_error=5&cyclization.ring=12&cyclization.tosyl=1&cyclization.gem=0"
      "&cyclization.k_entry=half_life&cyclization.half_life_h=2&cyclization.mode=syringe");
  CHECK(report.rejected.empty());
  CHECK(report.applied == 17);
  app::AppState by_hand;
  by_hand.tool = app::Tool::cyclization;
  app::CyclizationInputs& c = by_hand.cyclization;
  c.fit.batch[0].c0_molar.set("0.05");
  c.fit.batch[0].value.set("47.7");
  c.fit.batch[1].c0_molar.set("0.1");
  c.fit.batch[1].measure = app::RingMeasure::ratio;
  c.fit.batch[1].value.set("1:2");
  c.fit.pump_total_molar.set("0.05");
  c.fit.pump_addition_h.set("8");
  c.fit.pump_yield_pct.set("60");
  c.fit.error_pct.set("5");
  c.ring_size = 12;
  c.n_tosyl = true;
  c.k_entry = app::KIntraEntry::half_life;
  c.half_life_h.set("2");
  c.mode = app::CyclizationMode::syringe_pump;
  CHECK(app::encode_state(fits) == app::encode_state(by_hand));

  // Refused as before: a ring size without a preset, a switch spelled out, an unknown measure.
  app::AppState refused;
  CHECK(app::decode_state(refused, "cyclization.ring=8&cyclization.tosyl=yes&cyclization.fit_measure_1=area")
            .rejected.size() == 3);
}

TEST_CASE("cyclization: the report's input entries read the declarations") {
  app::AppState state;
  app::CyclizationInputs& in = state.cyclization;
  in.fit.batch[1].measure = app::RingMeasure::ratio;
  app::FitCache cache;
  const app::CyclizationView tool;
  const auto em = app::em_fit_report(in, app::evaluate_em_fit(in, cache), tool);
  const auto entry = [](const app::Report& report, const char* key) {
    const app::ReportEntry* found = app::find_entry(report, key);
    REQUIRE(found);
    return *found;
  };
  CHECK(entry(em, "input.fit.error").label == "Measurement error, ± (absolute) (%)");
  CHECK(entry(em, "input.fit.c0_1").label == "Run 1: C0 (mol/L)");
  CHECK(entry(em, "input.fit.measure_2").value == "ring : oligomer");
  CHECK(entry(em, "input.fit.value_1").label == "Run 1: Ring yield (%)");
  CHECK(entry(em, "input.fit.value_2").label == "Run 2: Ring : oligomer (3 or 3:1)");
  const auto k = app::k_intra_fit_report(in, app::evaluate_k_intra_fit(in, cache), tool);
  CHECK(entry(k, "input.fit.pump_total").label == "Syringe-pump run: C_total (mol/L)");
  CHECK(entry(k, "input.fit.pump_yield").label == "Syringe-pump run: Ring yield (%)");
  app::CyclizationCache tool_cache;
  const auto report = app::cyclization_report(in, app::evaluate_cyclization(in, nullptr, tool_cache));
  CHECK(entry(report, "input.c0").label == spec::kC0.label_with_unit());
  CHECK(entry(report, "input.c0").value == std::string(spec::kC0.default_text));
  CHECK(entry(report, "ring_size").value == "7");
}
