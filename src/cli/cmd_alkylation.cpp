// diazepane-bench alkylation / monoboc: the competitive-consecutive model.
#include <cstdio>

#include "chem/excess_diamine.hpp"
#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/json.hpp"
#include "cli/model_json.hpp"

namespace cli {
namespace {

// Reads an optional --kappa (default: the statistical 0.5).
chem::Outcome<double> read_kappa(const Args& args) {
  if (!args.has("kappa")) return chem::kStatisticalKappa;
  return args.number("kappa", chem::kKappaRule);
}

}  // namespace

int run_alkylation(const Words& words) {
  Args args(words, {});
  if (!args.parse_error().empty()) return fail("alkylation", "arguments", args.parse_error());
  if (auto unknown = args.unknown_option({"equiv", "kappa"})) {
    return fail("alkylation", *unknown, "unknown option --" + *unknown);
  }
  auto equiv = args.number("equiv", chem::kEquivRule);
  if (!equiv.ok()) return fail("alkylation", equiv.error().field, equiv.error().message);
  auto kappa = read_kappa(args);
  if (!kappa.ok()) return fail("alkylation", kappa.error().field, kappa.error().message);
  auto d = chem::alkylation_distribution(equiv.value(), kappa.value());
  if (!d.ok()) return fail("alkylation", d.error().field, d.error().message);
  JsonObject json;
  add_model(json, chem::alkylation_model());
  json.number("unreacted", d.value().unreacted).number("mono", d.value().mono).number("bis", d.value().bis);
  std::printf("%s\n", json.str().c_str());
  return 0;
}

int run_monoboc(const Words& words) {
  Args args(words, {});
  if (!args.parse_error().empty()) return fail("monoboc", "arguments", args.parse_error());
  if (auto unknown = args.unknown_option({"diamine-equiv", "kappa", "boc-mmol"})) {
    return fail("monoboc", *unknown, "unknown option --" + *unknown);
  }
  auto n = args.number("diamine-equiv", chem::kDiamineEquivRule);
  if (!n.ok()) return fail("monoboc", n.error().field, n.error().message);
  auto kappa = read_kappa(args);
  if (!kappa.ok()) return fail("monoboc", kappa.error().field, kappa.error().message);
  auto out = chem::excess_diamine(n.value(), kappa.value());
  if (!out.ok()) return fail("monoboc", out.error().field, out.error().message);
  JsonObject json;
  add_model(json, chem::monoboc_model());
  json.number("mono_yield", out.value().mono_yield)
      .number("bis_yield", out.value().bis_yield)
      .number("diamine_left", out.value().diamine_left)
      .number("mono_to_bis", out.value().mono_to_bis);
  if (args.has("boc-mmol")) {
    auto mmol = args.number("boc-mmol", {"boc_mmol", "Boc2O amount", "mmol", 1e6});
    if (!mmol.ok()) return fail("monoboc", mmol.error().field, mmol.error().message);
    auto plan = chem::plan_scale(chem::Electrophile::boc2o, mmol.value(), n.value(), kappa.value());
    if (!plan.ok()) return fail("monoboc", plan.error().field, plan.error().message);
    json.number("boc2o_g", plan.value().electrophile_g)
        .number("boc2o_ml", plan.value().electrophile_ml)
        .number("diamine_g", plan.value().diamine_g)
        .number("mono_g", plan.value().mono_g)
        .number("bis_g", plan.value().bis_g);
  }
  std::printf("%s\n", json.str().c_str());
  return 0;
}

}  // namespace cli
