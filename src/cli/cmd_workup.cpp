// diazepane-bench workup: the Fieser n-n-3n quench for an amount of LiAlH4.
#include "chem/workup.hpp"
#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/json.hpp"

namespace cli {
namespace {

// Which options select which input mode; exactly one mode must be chosen.
chem::Outcome<chem::LahAmountInput> read_amount(const Args& args) {
  const int modes = args.has("lah-g") + args.has("lah-mg") + args.has("lah-mmol") +
                    (args.has("solution-ml") || args.has("molarity")) +
                    (args.has("equiv") || args.has("substrate-mmol"));
  if (modes != 1) {
    return chem::InputError{"lah",
                            "give the LiAlH4 amount exactly one way: --lah-g, --lah-mg, --lah-mmol, "
                            "--solution-ml with --molarity, or --equiv with --substrate-mmol"};
  }
  const double no_limit = 1e300;  // the model checks ranges; here only the text is read
  chem::LahAmountInput input;
  auto read = [&](const char* option, const char* field, double& target) -> std::optional<chem::InputError> {
    auto value = args.number(option, {field, option, "", no_limit, true});
    if (!value.ok()) return value.error();
    target = value.value();
    return std::nullopt;
  };
  std::optional<chem::InputError> problem;
  if (args.has("lah-g")) {
    input.mode = chem::LahInputMode::mass_g;
    problem = read("lah-g", "lah_g", input.mass_g);
  } else if (args.has("lah-mg")) {
    input.mode = chem::LahInputMode::mass_mg;
    problem = read("lah-mg", "lah_mg", input.mass_mg);
  } else if (args.has("lah-mmol")) {
    input.mode = chem::LahInputMode::millimoles;
    problem = read("lah-mmol", "lah_mmol", input.millimoles);
  } else if (args.has("solution-ml") || args.has("molarity")) {
    input.mode = chem::LahInputMode::solution;
    problem = read("solution-ml", "solution_ml", input.solution_ml);
    if (!problem) problem = read("molarity", "molarity", input.solution_molarity);
  } else {
    input.mode = chem::LahInputMode::equivalents;
    problem = read("equiv", "equiv", input.equivalents);
    if (!problem) problem = read("substrate-mmol", "substrate_mmol", input.substrate_mmol);
  }
  if (problem) return *problem;
  return input;
}

}  // namespace

int run_workup(const Words& words) {
  Args args("workup", words,
            {"lah-g", "lah-mg", "lah-mmol", "solution-ml", "molarity", "equiv", "substrate-mmol"}, {});
  if (args.help_printed()) return 0;
  if (!args.parse_error().empty()) return fail("workup", "arguments", args.parse_error());
  if (auto unknown = args.unknown_option()) {
    return fail("workup", *unknown, "unknown option --" + *unknown);
  }
  auto input = read_amount(args);
  if (!input.ok()) return fail("workup", input.error().field, input.error().message);
  auto amount = chem::resolve_lah_amount(input.value());
  if (!amount.ok()) return fail("workup", amount.error().field, amount.error().message);
  auto workup = chem::fieser_workup(amount.value().grams);
  if (!workup.ok()) return fail("workup", workup.error().field, workup.error().message);
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
