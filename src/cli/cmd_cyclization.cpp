// diazepane-bench cyclization: ring closure versus oligomerisation, in batch
// (--c0) or by syringe pump (--syringe --total --k-intra --addition-h), and
// the inverse problems (--target-yield). EM comes from --em or from a
// --ring-size preset (optionally adjusted with --tosyl / --gem-dialkyl).
#include <cmath>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "chem/cyclization.hpp"
#include "chem/ring_chain.hpp"
#include "chem/ring_presets.hpp"
#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/json.hpp"

namespace cli {
namespace {

const char kName[] = "cyclization";

// The EM in mol/L, from --em or from a ring-size preset with its factors.
chem::Outcome<double> read_em(const Args& args) {
  const bool preset_options = args.has("tosyl") || args.has("tosyl-factor") || args.has("gem-dialkyl") ||
                              args.has("gem-dialkyl-factor");
  if (args.has("em") == args.has("ring-size")) {
    return chem::InputError{"em",
                            "give the effective molarity with --em (mol/L) or a preset with --ring-size"};
  }
  if (args.has("em")) {
    if (preset_options) {
      return chem::InputError{"em",
                              "--tosyl and --gem-dialkyl adjust a --ring-size preset; with --em give the EM "
                              "of your own substrate"};
    }
    return args.number("em", chem::kEmRule);
  }
  auto size = args.number("ring-size", {"ring_size", "Ring size", "", 1000});
  if (!size.ok()) return size.error();
  if (size.value() != std::floor(size.value())) {
    return chem::InputError{"ring_size", "Ring size must be a whole number of ring atoms"};
  }
  chem::RingAdjustments adjustments;
  adjustments.n_tosyl = args.has("tosyl") || args.has("tosyl-factor");
  if (args.has("tosyl-factor")) {
    auto factor = args.number("tosyl-factor", chem::kTosylFactorRule);
    if (!factor.ok()) return factor.error();
    adjustments.tosyl_factor = factor.value();
  }
  adjustments.gem_dialkyl = args.has("gem-dialkyl") || args.has("gem-dialkyl-factor");
  if (args.has("gem-dialkyl-factor")) {
    auto factor = args.number("gem-dialkyl-factor", chem::kGemDialkylFactorRule);
    if (!factor.ok()) return factor.error();
    adjustments.gem_dialkyl_factor = factor.value();
  }
  auto preset = chem::ring_preset(static_cast<int>(size.value()), adjustments);
  if (!preset.ok()) return preset.error();
  return preset.value().em_molar;
}

int run_batch(const Args& args, double em_molar) {
  auto c0 = args.number("c0", chem::kC0Rule);
  if (!c0.ok()) return fail(kName, c0.error().field, c0.error().message);
  const chem::BatchCyclizationInput input{c0.value(), em_molar};
  auto batch = chem::batch_cyclization(input);
  if (!batch.ok()) return fail(kName, batch.error().field, batch.error().message);
  const auto& b = batch.value();
  JsonObject json;
  json.number("ring_yield", b.ring_yield)
      .number("oligomer_fraction", b.oligomer_fraction)
      .number("c0_over_em", b.c0_over_em)
      .number("solvent_ml_per_mmol", b.solvent_ml_per_mmol)
      .number("em_molar", em_molar);
  std::optional<double> k_intra;
  if (args.has("k-intra")) {
    auto k = args.number("k-intra", chem::kKIntraRule);
    if (!k.ok()) return fail(kName, k.error().field, k.error().message);
    auto hours = chem::batch_completion_hours(input, k.value());
    if (!hours.ok()) return fail(kName, hours.error().field, hours.error().message);
    json.number("completion_h", hours.value());
    k_intra = k.value();
  }
  if (args.has("ring-chain") || args.has("max-chain")) {
    chem::RingChainInput chain_input{c0.value(), em_molar};
    if (args.has("max-chain")) {
      auto n = args.number("max-chain", {"max_chain_length", "Longest chain tracked", "", 100});
      if (!n.ok()) return fail(kName, n.error().field, n.error().message);
      if (n.value() != std::floor(n.value())) {
        return fail(kName, "max_chain_length", "Longest chain tracked must be a whole number");
      }
      chain_input.max_chain_length = static_cast<int>(n.value());
    }
    auto chain = chem::ring_chain_batch(chain_input);
    if (!chain.ok()) return fail(kName, chain.error().field, chain.error().message);
    const auto& r = chain.value();
    json.number("ring_chain_cyclic_monomer", r.cyclic_monomer)
        .number("ring_chain_cyclic_oligomers", r.cyclic_oligomers)
        .number("ring_chain_cyclic_dimer", r.cyclic_by_size[1])
        .number("ring_chain_linear_oligomers", r.linear_oligomers)
        .number("ring_chain_long_chains", r.long_chains)
        .number("ring_chain_precursor_left", r.precursor_left)
        .number("ring_chain_k_intra_time", r.completion_k_intra_time);
    if (k_intra) json.number("ring_chain_completion_h", r.completion_k_intra_time / *k_intra / 3600);
  }
  std::printf("%s\n", json.str().c_str());
  return 0;
}

int run_concentration_for_yield(double em_molar, double target) {
  auto plan = chem::concentration_for_ring_yield(em_molar, target);
  if (!plan.ok()) return fail(kName, plan.error().field, plan.error().message);
  JsonObject json;
  json.number("c0_molar", plan.value().concentration_molar)
      .number("solvent_ml_per_mmol", plan.value().solvent_ml_per_mmol)
      .number("em_molar", em_molar);
  std::printf("%s\n", json.str().c_str());
  return 0;
}

int run_syringe(const Args& args, double em_molar, std::optional<double> target) {
  chem::SlowAdditionInput input;
  input.em_molar = em_molar;
  auto total = args.number("total", chem::kTotalRule);
  if (!total.ok()) return fail(kName, total.error().field, total.error().message);
  input.total_molar = total.value();
  auto k = args.number("k-intra", chem::kKIntraRule);
  if (!k.ok()) return fail(kName, k.error().field, k.error().message);
  input.k_intra_per_s = k.value();
  JsonObject json;
  if (target) {
    auto plan = chem::addition_hours_for_ring_yield(input, *target);
    if (!plan.ok()) return fail(kName, plan.error().field, plan.error().message);
    json.number("addition_h", plan.value().addition_hours)
        .number("batch_ring_yield", plan.value().batch_ring_yield)
        .number("em_molar", em_molar);
    if (plan.value().batch_suffices) {
      json.text("note", "adding everything at once already gives the target; no slow addition needed");
    }
  } else {
    auto hours = args.number("addition-h", chem::kAdditionHoursRule);
    if (!hours.ok()) return fail(kName, hours.error().field, hours.error().message);
    input.addition_hours = hours.value();
    auto result = chem::slow_addition(input);
    if (!result.ok()) return fail(kName, result.error().field, result.error().message);
    const auto& s = result.value();
    json.number("ring_yield", s.ring_yield)
        .number("steady_state_molar", s.steady_state_molar)
        .number("steady_state_yield", s.steady_state_yield)
        .number("peak_precursor_molar", s.peak_precursor_molar)
        .number("batch_ring_yield", s.batch_ring_yield)
        .number("feed_molar_per_h", s.feed_molar_per_hour)
        .number("completion_h", s.completion_hours)
        .number("k_inter_per_molar_s", s.k_inter_per_molar_s)
        .number("em_molar", em_molar);
  }
  std::printf("%s\n", json.str().c_str());
  return 0;
}

}  // namespace

int run_cyclization(const Words& words) {
  Args args(words, {"syringe", "ring-chain", "tosyl", "gem-dialkyl"});
  if (!args.parse_error().empty()) return fail(kName, "arguments", args.parse_error());
  const bool syringe = args.has("syringe");
  const bool inverse = args.has("target-yield");
  // Each mode accepts only its own options, so a forgotten --syringe is not
  // silently ignored.
  std::vector<std::string> known = {"em",           "ring-size",   "tosyl",
                                    "tosyl-factor", "gem-dialkyl", "gem-dialkyl-factor"};
  if (syringe) {
    known.insert(known.end(), {"syringe", "total", "k-intra"});
    known.push_back(inverse ? "target-yield" : "addition-h");
  } else if (inverse) {
    known.push_back("target-yield");
  } else {
    known.insert(known.end(), {"c0", "k-intra", "ring-chain", "max-chain"});
  }
  if (auto unknown = args.unknown_option(known)) {
    const bool pump_option = *unknown == "total" || *unknown == "addition-h";
    return fail(kName, *unknown,
                "option --" + *unknown +
                    (pump_option && !syringe ? " needs --syringe" : " does not apply here") +
                    " (see diazepane-bench --help)");
  }
  auto em = read_em(args);
  if (!em.ok()) return fail(kName, em.error().field, em.error().message);
  std::optional<double> target;
  if (inverse) {
    auto value = args.number("target-yield", chem::kTargetYieldRule);
    if (!value.ok()) return fail(kName, value.error().field, value.error().message);
    target = value.value();
  }
  if (syringe) return run_syringe(args, em.value(), target);
  if (target) return run_concentration_for_yield(em.value(), *target);
  return run_batch(args, em.value());
}

}  // namespace cli
