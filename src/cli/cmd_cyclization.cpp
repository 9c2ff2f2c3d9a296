// diazepane-bench cyclization: ring closure versus oligomerisation by the
// cyclization engine, in batch (C0) or by syringe pump (the mode's switch;
// C_total, k_intra or its half-life, the addition time), and the inverse
// problems (a target yield). The EM is given, or a ring-size preset's
// (optionally adjusted by the N-tosyl and gem-dialkyl factors). Every
// option is declared in app/cyclization_inputs.hpp.
#include <algorithm>
#include <cstdio>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "app/cyclization_inputs.hpp"
#include "chem/cyclization.hpp"
#include "chem/cyclization_engine.hpp"
#include "chem/ring_presets.hpp"
#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/cyclization_shared.hpp"
#include "cli/declared_options.hpp"
#include "cli/json.hpp"

namespace cli {

namespace in = app::cyclization_input;

// The options, as declared (app/cyclization_inputs.hpp), in the order of --help.
const Declared kCyclizationOptions(std::begin(in::kCyclizationCommand), std::end(in::kCyclizationCommand));

namespace cyclization {

std::string flag(const app::InputSpec& input) { return std::string(input.cli_flag); }

void describe_model(Json& out, bool chain_ends, const EmChoice& em, std::vector<std::string> assumptions,
                    const char* model) {
  out["em_source"] = em.source;
  out["illustrative_factors"] = em.illustrative;
  if (!chain_ends)
    assumptions.push_back("--" + flag(in::kNoChainEnds) +
                          ": precursor meets only precursor; oligomers are inert");
  add_model(out, {chain_ends ? model : "cyclization-closed-form-limit", assumptions});
}

void write_split(Json& out, const chem::EngineComposition& c, const char* left_key) {
  out["completion_k_intra_time"] = c.k_intra_time;
  out["ring_at_completion"] = c.ring;
  out["cyclic_oligomers"] = c.cyclic_oligomers;
  out["linear_oligomers"] = c.linear_oligomers;
  out["long_chains"] = c.long_chains;
  out[left_key] = c.precursor_left;
  out["cyclic_dimer"] = c.cyclic_by_size[1];
}

int fail_with_error(const chem::InputError& error) { return fail(kName, error.field, error.message); }

// k_intra from --k-intra or --half-life-h (exactly one); nullopt when neither
// and it is optional.
chem::Outcome<std::optional<double>> read_k_intra(const Args& args, bool required) {
  const std::string k_flag = "--" + flag(in::kKIntra) + " (" + std::string(in::kKIntra.unit) + ")";
  const std::string half_life_flag = "--" + flag(in::kHalfLife);
  const std::string field(in::kKIntra.key);
  const bool rate = args.has(flag(in::kKIntra)), half_life = args.has(flag(in::kHalfLife));
  if (rate && half_life) {
    return chem::InputError{
        field, "give " + field + " either as " + k_flag + " or as " + half_life_flag + ", not both"};
  }
  if (half_life) {
    auto h = declared_number(args, in::kHalfLife);
    if (!h.ok()) return h.error();
    return std::optional<double>(chem::k_intra_from_half_life(h.value()));
  }
  if (rate) {
    auto k = declared_number(args, in::kKIntra);
    if (!k.ok()) return k.error();
    return std::optional<double>(k.value());
  }
  if (required) {
    return chem::InputError{field,
                            "give the ring-closure rate constant with " + k_flag + " or " + half_life_flag};
  }
  return std::optional<double>();
}

}  // namespace cyclization

namespace {

using namespace cyclization;
const char kModel[] = "cyclization-engine";

// Each mode's options (the rest do not apply, so a forgotten switch is not
// silently ignored): the EM's and the engine's in every mode, then the mode's own.
const Declared kEveryMode = {&in::kEm,          &in::kRingSize,   &in::kTosyl,
                             &in::kTosylFactor, &in::kGem,        &in::kGemDialkylFactor,
                             &in::kLargeRingEm, &in::kOligomerEm, &in::kMaxChain};
const Declared kBatch = {&in::kC0, &in::kKIntra, &in::kHalfLife};
const Declared kBatchTarget = {&in::kTargetYield};
const Declared kSyringe = {&in::kMode, &in::kTotal, &in::kKIntra, &in::kHalfLife, &in::kStartVolumeFraction};
// Two components (--two-component): batch with --c0, the pump with --feed.
const Declared kTwoComponentMode = {&in::kTwoComponent, &in::kDihalideEquiv, &in::kFeed,
                                    &in::kC0,           &in::kTotal,         &in::kAdditionH,
                                    &in::kKIntra,       &in::kHalfLife,      &in::kStartVolumeFraction};
// Options of the syringe pump alone: given without its switch, they need it.
const Declared kPumpOnly = {&in::kTotal, &in::kAdditionH, &in::kStartVolumeFraction};

// --em2, --em3, ...: the declared flag names the first ("em2"); the engine
// names the field "em_2", "em_3", ...
std::string oligomer_flag(int n) {
  const std::string first = flag(in::kOligomerEm);
  return first.substr(0, first.find_first_of("0123456789")) + std::to_string(n);
}
int first_oligomer() {
  const std::string first = flag(in::kOligomerEm);
  return std::stoi(first.substr(first.find_first_of("0123456789")));
}

void describe_model(Json& out, bool chain_ends, const EmChoice& em) {
  describe_model(
      out, chain_ends, em,
      std::vector<std::string>(std::begin(chem::kEngineAssumptions), std::end(chem::kEngineAssumptions)),
      kModel);
}

template <class Value>
int fail_with(const chem::Outcome<Value>& outcome) {
  return fail_with_error(outcome.error());
}

// The EM in mol/L, from --em or from a ring-size preset with its factors.
std::string factor_text(double factor) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", factor);
  return text;
}

chem::Outcome<EmChoice> read_em(const Args& args) {
  const bool tosyl_factor = args.has(flag(in::kTosylFactor));
  const bool gem_factor = args.has(flag(in::kGemDialkylFactor));
  const bool tosyl = declared_switch(args, in::kTosyl) || tosyl_factor;
  const bool gem = declared_switch(args, in::kGem) || gem_factor;
  const std::string em_flag = "--" + flag(in::kEm), size_flag = "--" + flag(in::kRingSize);
  if (args.has(flag(in::kEm)) == args.has(flag(in::kRingSize))) {
    return chem::InputError{std::string(in::kEm.key), "give the effective molarity with " + em_flag + " (" +
                                                          std::string(in::kEm.unit) + ") or a preset with " +
                                                          size_flag};
  }
  if (args.has(flag(in::kEm))) {
    if (tosyl || gem) {
      return chem::InputError{std::string(in::kEm.key), "--" + flag(in::kTosyl) + " and --" + flag(in::kGem) +
                                                            " adjust a " + size_flag + " preset; with " +
                                                            em_flag + " give the EM of your own substrate"};
    }
    auto em = declared_number(args, in::kEm);
    if (!em.ok()) return em.error();
    return EmChoice{em.value(), "input", {}};
  }
  auto size = declared_number(args, in::kRingSize);
  if (!size.ok()) return size.error();
  chem::RingAdjustments adjustments;
  adjustments.n_tosyl = tosyl;
  if (tosyl_factor) {
    auto factor = declared_number(args, in::kTosylFactor);
    if (!factor.ok()) return factor.error();
    adjustments.tosyl_factor = factor.value();
  }
  adjustments.gem_dialkyl = gem;
  if (gem_factor) {
    auto factor = declared_number(args, in::kGemDialkylFactor);
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
  if (adjustments.n_tosyl) factor("N-tosyl", adjustments.tosyl_factor, tosyl_factor);
  if (adjustments.gem_dialkyl) factor("gem-dialkyl", adjustments.gem_dialkyl_factor, gem_factor);
  if (!choice.illustrative.empty()) choice.source += std::string(" — ") + chem::kFactorSource;
  return choice;
}

// Engine options shared by every mode: ring size, large-ring anchor, oligomer
// EMs, chain length, the closed-form limit switch.
std::optional<chem::InputError> read_engine_options(const Args& args, chem::EngineInput& engine) {
  if (args.has(flag(in::kRingSize))) {
    auto size = declared_number(args, in::kRingSize);
    if (!size.ok()) return size.error();
    engine.ring_size = static_cast<int>(size.value());
  }
  if (args.has(flag(in::kLargeRingEm))) {
    auto em = declared_number(args, in::kLargeRingEm);
    if (!em.ok()) return em.error();
    engine.large_ring_em_molar = em.value();
  }
  for (int n = first_oligomer(); args.has(oligomer_flag(n)); ++n) {
    const std::string field = std::string(in::kEm.key) + "_" + std::to_string(n);
    chem::QuantityRule rule = in::kOligomerEm.rule();
    rule.field = field;
    auto em = args.number(oligomer_flag(n), rule);
    if (!em.ok()) return em.error();
    engine.oligomer_em_molar.push_back(em.value());
  }
  if (args.has(flag(in::kMaxChain))) {
    auto n = declared_number(args, in::kMaxChain);
    if (!n.ok()) return n.error();
    engine.max_chain_length = static_cast<int>(n.value());
  }
  engine.chain_ends_react = !declared_switch(args, in::kNoChainEnds);
  return std::nullopt;
}

// The one-precursor split and the yields once the precursor has reacted:
// ring_yield (first key) is the ring then, oligomer_yield the rest.
void write_fractions(Json& out, const chem::EngineResult& r, int max_chain_length) {
  out["oligomer_yield"] = r.oligomer_yield;
  write_split(out, r.at_completion, "precursor_left");
  out["max_chain_length"] = max_chain_length;
}

int run_batch(const Args& args, chem::EngineInput in, const EmChoice& em) {
  auto c0 = declared_number(args, in::kC0);
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
  auto total = declared_number(args, in::kTotal);
  if (!total.ok()) return fail_with(total);
  in.total_molar = total.value();
  auto k = read_k_intra(args, true);
  if (!k.ok()) return fail_with(k);
  in.k_intra_per_s = *k.value();
  if (args.has(flag(in::kStartVolumeFraction))) {
    auto v0 = declared_number(args, in::kStartVolumeFraction);
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
  auto hours = declared_number(args, in::kAdditionH);
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
  // Every mode's options; the oligomers' --em3, --em4, ... are read as given.
  Args args(kName, words, declared_flags(kCyclizationOptions), declared_switches(kCyclizationOptions));
  if (auto status = args.early_exit(false)) return *status;
  const bool two_component = declared_switch(args, in::kTwoComponent);
  const bool syringe = !two_component && declared_switch(args, in::kMode);
  const bool inverse = !two_component && args.has(flag(in::kTargetYield));
  // Each mode accepts only its own options, so a forgotten --syringe is not
  // silently ignored.
  Declared mode = kEveryMode;
  if (!two_component)
    mode.push_back(&in::kNoChainEnds);  // the closed-form limit exists for one precursor only
  const Declared& own = two_component ? kTwoComponentMode
                        : syringe     ? kSyringe
                        : inverse     ? kBatchTarget
                                      : kBatch;
  mode.insert(mode.end(), own.begin(), own.end());
  if (syringe) mode.push_back(inverse ? &in::kTargetYield : &in::kAdditionH);
  std::vector<std::string> known = declared_flags(mode), switches = declared_switches(mode);
  known.insert(known.end(), switches.begin(), switches.end());
  for (int n = first_oligomer(); args.has(oligomer_flag(n)); ++n) known.push_back(oligomer_flag(n));
  if (auto unknown = args.unknown_option(known)) {
    const std::vector<std::string> pump_only = declared_flags(kPumpOnly);
    const bool pump_option =
        !two_component && std::find(pump_only.begin(), pump_only.end(), *unknown) != pump_only.end();
    return fail(
        kName, *unknown,
        "option --" + *unknown +
            (pump_option && !syringe ? " needs --" + flag(in::kMode) : std::string(" does not apply here")) +
            " (see diazepane-bench --help)");
  }
  auto em = read_em(args);
  if (!em.ok()) return fail_with(em);
  chem::EngineInput engine;
  engine.em_molar = em.value().em_molar;
  if (auto problem = read_engine_options(args, engine)) return fail(kName, problem->field, problem->message);
  std::optional<double> target;
  if (inverse) {
    // In the model's scale (a fraction) and by its rule, as the CLI always read it.
    auto value = args.number(flag(in::kTargetYield), chem::kTargetYieldRule);
    if (!value.ok()) return fail_with(value);
    target = value.value();
  }
  if (two_component) return run_two_component(args, engine, em.value());
  if (syringe) return run_syringe(args, engine, target, em.value());
  if (target) return run_concentration_for_yield(engine, *target, em.value());
  return run_batch(args, engine, em.value());
}

}  // namespace cli
