// diazepane-bench alkylation / monoboc: the competitive-consecutive model.
#include <iterator>
#include <string>

#include "app/alkylation_inputs.hpp"
#include "chem/excess_diamine.hpp"
#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/declared_options.hpp"
#include "cli/json.hpp"

namespace cli {

namespace in = app::alkylation_input;

// The options, as declared (app/alkylation_inputs.hpp), in the order of --help.
const Declared kAlkylationOptions(std::begin(in::kAlkylationCli), std::end(in::kAlkylationCli));
const Declared kMonobocOptions(std::begin(in::kMonobocCli), std::end(in::kMonobocCli));

namespace {

// Reads an optional --kappa (default: the statistical 0.5).
chem::Outcome<double> read_kappa(const Args& args) {
  if (!args.has(std::string(in::kKappa.cli_flag))) return chem::kStatisticalKappa;
  return declared_number(args, in::kKappa);
}

}  // namespace

int run_alkylation(const Words& words) {
  const char name[] = "alkylation";
  Args args(name, words, declared_flags(kAlkylationOptions), {});
  if (auto status = args.early_exit()) return *status;
  // By chem::kEquivRule itself, as the panel reads it: its messages name no unit.
  auto equiv = args.number(std::string(in::kEquiv.cli_flag), chem::kEquivRule);
  if (!equiv.ok()) return fail(name, equiv.error().field, equiv.error().message);
  auto kappa = read_kappa(args);
  if (!kappa.ok()) return fail(name, kappa.error().field, kappa.error().message);
  auto d = chem::alkylation_distribution(equiv.value(), kappa.value());
  if (!d.ok()) return fail(name, d.error().field, d.error().message);
  Json json;
  add_model(json, chem::alkylation_model());
  json["unreacted"] = d.value().unreacted;
  json["mono"] = d.value().mono;
  json["bis"] = d.value().bis;
  return print_json(json);
}

int run_monoboc(const Words& words) {
  const char name[] = "monoboc";
  Args args(name, words, declared_flags(kMonobocOptions), {});
  if (auto status = args.early_exit()) return *status;
  auto n = declared_number(args, in::kDiamineEquiv);
  if (!n.ok()) return fail(name, n.error().field, n.error().message);
  auto kappa = read_kappa(args);
  if (!kappa.ok()) return fail(name, kappa.error().field, kappa.error().message);
  auto out = chem::excess_diamine(n.value(), kappa.value());
  if (!out.ok()) return fail(name, out.error().field, out.error().message);
  Json json;
  add_model(json, chem::monoboc_model());
  json["mono_yield"] = out.value().mono_yield;
  json["bis_yield"] = out.value().bis_yield;
  json["diamine_left"] = out.value().diamine_left;
  json["mono_to_bis"] = out.value().mono_to_bis;
  if (args.has(std::string(in::kBocMmol.cli_flag))) {
    auto mmol = declared_number(args, in::kBocMmol);
    if (!mmol.ok()) return fail(name, mmol.error().field, mmol.error().message);
    auto plan = chem::plan_scale(chem::Electrophile::boc2o, mmol.value(), n.value(), kappa.value());
    if (!plan.ok()) return fail(name, plan.error().field, plan.error().message);
    json["boc2o_g"] = plan.value().electrophile_g;
    json["boc2o_ml"] = plan.value().electrophile_ml;
    json["diamine_g"] = plan.value().diamine_g;
    json["mono_g"] = plan.value().mono_g;
    json["bis_g"] = plan.value().bis_g;
  }
  return print_json(json);
}

}  // namespace cli
