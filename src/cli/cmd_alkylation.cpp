// diazepane-bench alkylation / monoboc: the competitive-consecutive model.
#include "chem/excess_diamine.hpp"
#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/json.hpp"

namespace cli {
namespace {

// Reads an optional --kappa (default: the statistical 0.5).
chem::Outcome<double> read_kappa(const Args& args) {
  if (!args.has("kappa")) return chem::kStatisticalKappa;
  return args.number("kappa", chem::kKappaRule);
}

}  // namespace

int run_alkylation(const Words& words) {
  Args args("alkylation", words, {"equiv", "kappa"}, {});
  if (args.help_printed()) return 0;
  if (!args.parse_error().empty()) return fail("alkylation", "arguments", args.parse_error());
  if (auto unknown = args.unknown_option()) {
    return fail("alkylation", *unknown, "unknown option --" + *unknown);
  }
  auto equiv = args.number("equiv", chem::kEquivRule);
  if (!equiv.ok()) return fail("alkylation", equiv.error().field, equiv.error().message);
  auto kappa = read_kappa(args);
  if (!kappa.ok()) return fail("alkylation", kappa.error().field, kappa.error().message);
  auto d = chem::alkylation_distribution(equiv.value(), kappa.value());
  if (!d.ok()) return fail("alkylation", d.error().field, d.error().message);
  Json json;
  add_model(json, chem::alkylation_model());
  json["unreacted"] = d.value().unreacted;
  json["mono"] = d.value().mono;
  json["bis"] = d.value().bis;
  return print_json(json);
}

int run_monoboc(const Words& words) {
  Args args("monoboc", words, {"diamine-equiv", "kappa", "boc-mmol"}, {});
  if (args.help_printed()) return 0;
  if (!args.parse_error().empty()) return fail("monoboc", "arguments", args.parse_error());
  if (auto unknown = args.unknown_option()) {
    return fail("monoboc", *unknown, "unknown option --" + *unknown);
  }
  auto n = args.number("diamine-equiv", chem::kDiamineEquivRule);
  if (!n.ok()) return fail("monoboc", n.error().field, n.error().message);
  auto kappa = read_kappa(args);
  if (!kappa.ok()) return fail("monoboc", kappa.error().field, kappa.error().message);
  auto out = chem::excess_diamine(n.value(), kappa.value());
  if (!out.ok()) return fail("monoboc", out.error().field, out.error().message);
  Json json;
  add_model(json, chem::monoboc_model());
  json["mono_yield"] = out.value().mono_yield;
  json["bis_yield"] = out.value().bis_yield;
  json["diamine_left"] = out.value().diamine_left;
  json["mono_to_bis"] = out.value().mono_to_bis;
  if (args.has("boc-mmol")) {
    auto mmol = args.number("boc-mmol", {"boc_mmol", "Boc2O amount", "mmol", 1e6});
    if (!mmol.ok()) return fail("monoboc", mmol.error().field, mmol.error().message);
    auto plan = chem::plan_scale(chem::Electrophile::boc2o, mmol.value(), n.value(), kappa.value());
    if (!plan.ok()) return fail("monoboc", plan.error().field, plan.error().message);
    json["boc2o_g"] = plan.value().electrophile_g;
    json["boc2o_ml"] = plan.value().electrophile_ml;
    json["diamine_g"] = plan.value().diamine_g;
    json["mono_g"] = plan.value().mono_g;
    json["bis_g"] = plan.value().bis_g;
  }
  return print_json(json);
}

}  // namespace cli
