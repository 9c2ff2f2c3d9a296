// diazepane-bench cyclization: ring closure versus oligomerisation by the
// cyclization engine, in batch (--c0) or by syringe pump (--syringe --total
// --k-intra|--half-life-h --addition-h), and the inverse problems
// (--target-yield). EM comes from --em or from a --ring-size preset
// (optionally adjusted with --tosyl / --gem-dialkyl).
#include <cmath>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "chem/cyclization.hpp"
#include "chem/cyclization_engine.hpp"
#include "chem/ring_presets.hpp"
#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/json.hpp"

namespace cli {
namespace {

const char kName[] = "cyclization";
const char kModel[] = "cyclization-engine";

// The EM and where it came from.
struct EmChoice {
  double em_molar = 0;
  std::string source;                     // "input", or the preset with its citation and factors
  std::vector<std::string> illustrative;  // the factors applied at their illustrative default
};

void describe_model(Json& out, bool chain_ends, const EmChoice& em) {
  out["em_source"] = em.source;
  out["illustrative_factors"] = em.illustrative;
  std::vector<std::string> assumptions(std::begin(chem::kEngineAssumptions),
                                       std::end(chem::kEngineAssumptions));
  if (!chain_ends)
    assumptions.push_back("--no-chain-ends: precursor meets only precursor; oligomers are inert");
  add_model(out, {chain_ends ? kModel : "cyclization-closed-form-limit", assumptions});
}

template <class Value>
int fail_with(const chem::Outcome<Value>& outcome) {
  return fail(kName, outcome.error().field, outcome.error().message);
}

// The EM in mol/L, from --em or from a ring-size preset with its factors.
std::string factor_text(double factor) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", factor);
  return text;
}

chem::Outcome<EmChoice> read_em(const Args& args) {
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
    auto em = args.number("em", chem::kEmRule);
    if (!em.ok()) return em.error();
    return EmChoice{em.value(), "input", {}};
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
  const chem::RingPreset& row = *preset.value().preset;
  EmChoice choice{preset.value().em_molar,
                  std::to_string(row.ring_size) + "-ring preset" +
                      (row.illustrative ? " (illustrative)" : "") + ", EM " + factor_text(row.em_molar) +
                      " M: " + row.source,
                  {}};
  // A factor given with --*-factor is the user's own; the bare switch takes the illustrative x10.
  auto factor = [&](const char* name, double value, bool given) {
    choice.source += std::string(" × ") + name + " factor " + factor_text(value) +
                     (given ? " (input)" : " (illustrative, not measured)");
    if (!given) choice.illustrative.push_back(std::string(name) + " ×" + factor_text(value));
  };
  if (adjustments.n_tosyl) factor("N-tosyl", adjustments.tosyl_factor, args.has("tosyl-factor"));
  if (adjustments.gem_dialkyl)
    factor("gem-dialkyl", adjustments.gem_dialkyl_factor, args.has("gem-dialkyl-factor"));
  if (!choice.illustrative.empty()) choice.source += std::string(" — ") + chem::kFactorSource;
  return choice;
}

// Engine options shared by every mode: ring size, large-ring anchor, oligomer
// EMs, chain length, the closed-form limit switch.
std::optional<chem::InputError> read_engine_options(const Args& args, chem::EngineInput& in) {
  if (args.has("ring-size")) {
    auto size = args.number("ring-size", {"ring_size", "Ring size", "", 1000});
    if (!size.ok()) return size.error();
    in.ring_size = static_cast<int>(size.value());
  }
  if (args.has("large-ring-em")) {
    auto em = args.number("large-ring-em", chem::kLargeRingEmRule);
    if (!em.ok()) return em.error();
    in.large_ring_em_molar = em.value();
  }
  for (int i = 2; args.has("em" + std::to_string(i)); ++i) {
    const std::string field = "em_" + std::to_string(i);
    auto em = args.number("em" + std::to_string(i), {field, "EM of the cyclic oligomer", "mol/L", 1e6});
    if (!em.ok()) return em.error();
    in.oligomer_em_molar.push_back(em.value());
  }
  if (args.has("max-chain")) {
    auto n = args.number("max-chain", {"max_chain_length", "Longest chain tracked", "", 100});
    if (!n.ok()) return n.error();
    if (n.value() != std::floor(n.value())) {
      return chem::InputError{"max_chain_length", "Longest chain tracked must be a whole number"};
    }
    in.max_chain_length = static_cast<int>(n.value());
  }
  in.chain_ends_react = !args.has("no-chain-ends");
  return std::nullopt;
}

// The oligomer split at the completion time (99 % of the precursor reacted,
// feed over): ring_at_completion + cyclic_oligomers + linear_oligomers +
// long_chains + precursor_left = 1. ring_yield (first key) is the ring once
// the precursor has reacted; oligomer_yield the rest then.
void write_fractions(Json& out, const chem::EngineResult& r, int max_chain_length) {
  const chem::EngineComposition& c = r.at_completion;
  out["oligomer_yield"] = r.oligomer_yield;
  out["completion_k_intra_time"] = c.k_intra_time;
  out["ring_at_completion"] = c.ring;
  out["cyclic_oligomers"] = c.cyclic_oligomers;
  out["linear_oligomers"] = c.linear_oligomers;
  out["long_chains"] = c.long_chains;
  out["precursor_left"] = c.precursor_left;
  out["cyclic_dimer"] = c.cyclic_by_size[1];
  out["max_chain_length"] = max_chain_length;
}

// k_intra from --k-intra or --half-life-h (exactly one); nullopt when neither
// and it is optional.
chem::Outcome<std::optional<double>> read_k_intra(const Args& args, bool required) {
  if (args.has("k-intra") && args.has("half-life-h")) {
    return chem::InputError{"k_intra",
                            "give k_intra either as --k-intra (1/s) or as --half-life-h, not both"};
  }
  if (args.has("half-life-h")) {
    auto h = args.number("half-life-h", chem::kHalfLifeRule);
    if (!h.ok()) return h.error();
    return std::optional<double>(chem::k_intra_from_half_life(h.value()));
  }
  if (args.has("k-intra")) {
    auto k = args.number("k-intra", chem::kKIntraRule);
    if (!k.ok()) return k.error();
    return std::optional<double>(k.value());
  }
  if (required) {
    return chem::InputError{"k_intra",
                            "give the ring-closure rate constant with --k-intra (1/s) or --half-life-h"};
  }
  return std::optional<double>();
}

int run_batch(const Args& args, chem::EngineInput in, const EmChoice& em) {
  auto c0 = args.number("c0", chem::kC0Rule);
  if (!c0.ok()) return fail_with(c0);
  in.total_molar = c0.value();
  auto k = read_k_intra(args, false);
  if (!k.ok()) return fail_with(k);
  in.k_intra_per_s = k.value().value_or(0);
  auto result = chem::run_cyclization_engine(in);
  if (!result.ok()) return fail_with(result);
  const auto& r = result.value();
  const auto closed = chem::batch_cyclization({in.total_molar, in.em_molar}).value();
  Json out;
  out["ring_yield"] = r.ring_yield;
  write_fractions(out, r, in.max_chain_length);
  out["closed_form_ring_yield"] = closed.ring_yield;
  out["c0_over_em"] = closed.c0_over_em;
  out["solvent_ml_per_mmol"] = closed.solvent_ml_per_mmol;
  out["em_molar"] = in.em_molar;
  out["dimer_em_molar"] = r.em_by_size[1];
  if (k.value()) {
    out["completion_h"] = r.completion_hours;
    out["k_intra_per_s"] = in.k_intra_per_s;
  }
  describe_model(out, in.chain_ends_react, em);
  return print_json(out);
}

int run_concentration_for_yield(chem::EngineInput in, double target, const EmChoice& em) {
  auto c0 = chem::engine_concentration_for_ring_yield(in, target, 1e-10);
  if (!c0.ok()) return fail_with(c0);
  Json out;
  out["c0_molar"] = c0.value();
  out["solvent_ml_per_mmol"] = 1 / c0.value();
  out["em_molar"] = in.em_molar;
  auto closed = chem::concentration_for_ring_yield(in.em_molar, target);
  if (closed.ok()) out["closed_form_c0_molar"] = closed.value().concentration_molar;
  describe_model(out, in.chain_ends_react, em);
  return print_json(out);
}

int run_syringe(const Args& args, chem::EngineInput in, std::optional<double> target, const EmChoice& em) {
  auto total = args.number("total", chem::kTotalRule);
  if (!total.ok()) return fail_with(total);
  in.total_molar = total.value();
  auto k = read_k_intra(args, true);
  if (!k.ok()) return fail_with(k);
  in.k_intra_per_s = *k.value();
  if (args.has("start-volume-fraction")) {
    auto v0 = args.number("start-volume-fraction", chem::kStartVolumeRule);
    if (!v0.ok()) return fail_with(v0);
    in.start_volume_fraction = v0.value();
  }
  Json out;
  if (target) {
    auto hours = chem::engine_addition_hours_for_ring_yield(in, *target, 1e-10);
    if (!hours.ok()) return fail_with(hours);
    in.addition_hours = 0;
    const auto batch = chem::run_cyclization_engine(in).value();
    out["addition_h"] = hours.value();
    out["batch_ring_yield"] = batch.ring_yield;
    out["em_molar"] = in.em_molar;
    if (hours.value() == 0) {
      out["note"] = "adding everything at once already gives the target; no slow addition needed";
    }
    describe_model(out, in.chain_ends_react, em);
    return print_json(out);
  }
  auto hours = args.number("addition-h", chem::kAdditionHoursRule);
  if (!hours.ok()) return fail_with(hours);
  in.addition_hours = hours.value();
  auto result = chem::run_cyclization_engine(in);
  if (!result.ok()) return fail_with(result);
  const auto& r = result.value();
  chem::EngineInput at_once = in;
  at_once.addition_hours = 0;
  const auto batch = chem::run_cyclization_engine(at_once).value();
  out["ring_yield"] = r.ring_yield;
  out["steady_state_molar"] = r.steady_state ? Json(r.steady_state_molar) : Json();
  out["steady_state_yield"] = r.steady_state ? Json(r.steady_state_yield) : Json();
  write_fractions(out, r, in.max_chain_length);
  out["peak_precursor_molar"] = r.peak_precursor_molar;
  out["peak_precursor_h"] = r.peak_precursor_hours;
  out["end_of_feed_precursor_molar"] = r.end_of_feed_precursor_molar;
  out["batch_ring_yield"] = batch.ring_yield;
  out["feed_molar_per_h"] = in.total_molar / in.addition_hours;
  out["completion_h"] = r.completion_hours;
  out["k_intra_per_s"] = in.k_intra_per_s;
  out["half_life_h"] = chem::half_life_hours(in.k_intra_per_s);
  out["k_intra_addition_time"] = in.k_intra_per_s * in.addition_hours * 3600;
  out["k_inter_per_molar_s"] = in.k_intra_per_s / in.em_molar;
  out["start_volume_fraction"] = in.start_volume_fraction;
  out["em_molar"] = in.em_molar;
  auto closed = chem::slow_addition({in.total_molar, in.em_molar, in.k_intra_per_s, in.addition_hours});
  if (closed.ok()) out["closed_form_ring_yield"] = closed.value().ring_yield;
  describe_model(out, in.chain_ends_react, em);
  return print_json(out);
}

}  // namespace

int run_cyclization(const Words& words) {
  // Every mode's options; the extras --em2, --em3, ... are read as given.
  Args args(kName, words,
            {"em", "ring-size", "tosyl-factor", "gem-dialkyl-factor", "large-ring-em", "max-chain", "c0",
             "k-intra", "half-life-h", "total", "addition-h", "start-volume-fraction", "target-yield"},
            {"syringe", "tosyl", "gem-dialkyl", "no-chain-ends"});
  if (args.help_printed()) return 0;
  if (!args.parse_error().empty()) return fail(kName, "arguments", args.parse_error());
  const bool syringe = args.has("syringe");
  const bool inverse = args.has("target-yield");
  // Each mode accepts only its own options, so a forgotten --syringe is not
  // silently ignored.
  std::vector<std::string> known = {"em",           "ring-size",          "tosyl",         "tosyl-factor",
                                    "gem-dialkyl",  "gem-dialkyl-factor", "large-ring-em", "max-chain",
                                    "no-chain-ends"};
  for (int i = 2; args.has("em" + std::to_string(i)); ++i) known.push_back("em" + std::to_string(i));
  if (syringe) {
    known.insert(known.end(), {"syringe", "total", "k-intra", "half-life-h", "start-volume-fraction"});
    known.push_back(inverse ? "target-yield" : "addition-h");
  } else if (inverse) {
    known.push_back("target-yield");
  } else {
    known.insert(known.end(), {"c0", "k-intra", "half-life-h"});
  }
  if (auto unknown = args.unknown_option(known)) {
    const bool pump_option =
        *unknown == "total" || *unknown == "addition-h" || *unknown == "start-volume-fraction";
    return fail(kName, *unknown,
                "option --" + *unknown +
                    (pump_option && !syringe ? " needs --syringe" : " does not apply here") +
                    " (see diazepane-bench --help)");
  }
  auto em = read_em(args);
  if (!em.ok()) return fail_with(em);
  chem::EngineInput in;
  in.em_molar = em.value().em_molar;
  if (auto problem = read_engine_options(args, in)) return fail(kName, problem->field, problem->message);
  std::optional<double> target;
  if (inverse) {
    auto value = args.number("target-yield", chem::kTargetYieldRule);
    if (!value.ok()) return fail_with(value);
    target = value.value();
  }
  if (syringe) return run_syringe(args, in, target, em.value());
  if (target) return run_concentration_for_yield(in, *target, em.value());
  return run_batch(args, in, em.value());
}

}  // namespace cli
