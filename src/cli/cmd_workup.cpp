// diazepane-bench workup: the Fieser n-n-3n quench for an amount of LiAlH4.
#include <iterator>
#include <string>

#include "app/workup_inputs.hpp"
#include "chem/workup.hpp"
#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/declared_options.hpp"
#include "cli/json.hpp"

namespace cli {

namespace in = app::workup_input;

// The options, as declared (app/workup_inputs.hpp), in the order of --help.
const Declared kWorkupOptions(std::begin(in::kWorkupCli), std::end(in::kWorkupCli));

namespace {

const char kName[] = "workup";

// One input of a mode and the model's field it fills.
struct Field {
  const app::InputSpec* input = nullptr;
  double chem::LahAmountInput::*target = nullptr;
};

// The ways of giving the amount: the flags given pick one (the second field,
// where there is one, goes with the first).
struct Mode {
  chem::LahInputMode mode;
  Field first, second;
};

const Mode kModes[] = {
    {chem::LahInputMode::mass_g, {&in::kMassG, &chem::LahAmountInput::mass_g}, {}},
    {chem::LahInputMode::mass_mg, {&in::kMassMg, &chem::LahAmountInput::mass_mg}, {}},
    {chem::LahInputMode::millimoles, {&in::kMillimoles, &chem::LahAmountInput::millimoles}, {}},
    {chem::LahInputMode::solution,
     {&in::kSolutionMl, &chem::LahAmountInput::solution_ml},
     {&in::kMolarity, &chem::LahAmountInput::solution_molarity}},
    {chem::LahInputMode::equivalents,
     {&in::kEquivalents, &chem::LahAmountInput::equivalents},
     {&in::kSubstrateMmol, &chem::LahAmountInput::substrate_mmol}},
};

bool given(const Args& args, const Field& field) {
  return field.input && args.has(std::string(field.input->cli_flag));
}

// "--lah-g, --lah-mg, --lah-mmol, --solution-ml with --molarity, or --equiv with --substrate-mmol"
std::string ways() {
  std::string text;
  const size_t count = std::size(kModes);
  for (size_t i = 0; i < count; ++i) {
    text += i == 0 ? "" : i + 1 == count ? ", or " : ", ";
    text += "--" + std::string(kModes[i].first.input->cli_flag);
    if (kModes[i].second.input) text += " with --" + std::string(kModes[i].second.input->cli_flag);
  }
  return text;
}

// Which options select which input mode; exactly one mode must be chosen.
// Only the text is read here (each by its declaration); the model checks the
// ranges and names the field itself.
chem::Outcome<chem::LahAmountInput> read_amount(const Args& args) {
  const Mode* chosen = nullptr;
  int modes = 0;
  for (const Mode& mode : kModes) {
    if (!given(args, mode.first) && !given(args, mode.second)) continue;
    chosen = &mode;
    ++modes;
  }
  if (modes != 1) {
    return chem::InputError{std::string(in::kCliAmountField),
                            "give the LiAlH4 amount exactly one way: " + ways()};
  }
  chem::LahAmountInput input;
  input.mode = chosen->mode;
  for (const Field& field : {chosen->first, chosen->second}) {
    if (!field.input) continue;
    auto value = declared_number(args, *field.input);
    if (!value.ok()) return value.error();
    input.*field.target = value.value();
  }
  return input;
}

}  // namespace

int run_workup(const Words& words) {
  Args args(kName, words, declared_flags(kWorkupOptions), {});
  if (auto status = args.early_exit()) return *status;
  auto input = read_amount(args);
  if (!input.ok()) return fail(kName, input.error().field, input.error().message);
  auto amount = chem::resolve_lah_amount(input.value());
  if (!amount.ok()) return fail(kName, amount.error().field, amount.error().message);
  auto workup = chem::fieser_workup(amount.value().grams);
  if (!workup.ok()) return fail(kName, workup.error().field, workup.error().message);
  const auto& w = workup.value();
  Json json;
  add_model(json, chem::fieser_model());
  json["lah_g"] = w.lah_g;
  json["lah_mmol"] = w.lah_mmol;
  json["water_first_ml"] = w.water_first_ml;
  json["naoh_15pct_ml"] = w.naoh_15pct_ml;
  json["water_last_ml"] = w.water_last_ml;
  json["h2_mol_max"] = w.h2_mol_max;
  json["h2_l_25c_max"] = w.h2_l_25c_max;
  json["water_stoichiometric_ml"] = w.water_stoichiometric_ml;
  json["glauber_salt_min_g"] = w.glauber_salt_min_g;
  json["fieser_water_ml"] = w.fieser_water_ml;
  return print_json(json);
}

}  // namespace cli
