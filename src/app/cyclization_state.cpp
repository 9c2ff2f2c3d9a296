#include "app/cyclization_state.hpp"

#include <cmath>

#include "app/format.hpp"
#include "chem/number_input.hpp"
#include "chem/ring_presets.hpp"

namespace app {
namespace {

constexpr int kCurvePoints = 200;
constexpr double kBatchCurveMinMolar = 1e-4, kBatchCurveMaxMolar = 1;

std::optional<chem::InputError> read(const TextField& field, const chem::QuantityRule& rule, double& target) {
  auto value = chem::parse_quantity(field.str(), rule);
  if (!value.ok()) return value.error();
  target = value.value();
  return std::nullopt;
}

std::string percent(double fraction) { return format_sig(fraction * 100) + " %"; }

void fill_curve(CyclizationView& view, const std::vector<chem::CurvePoint>& points) {
  for (const auto& p : points) {
    view.curve_x.push_back(p.x);
    view.curve_ring_yield.push_back(p.ring_yield);
    view.curve_oligomer.push_back(1 - p.ring_yield);
  }
}

std::optional<chem::InputError> evaluate_batch(const CyclizationInputs& in, CyclizationView& view,
                                               RingChainCache& cache) {
  double c0 = 0;
  if (auto e = read(in.c0_molar, chem::kC0Rule, c0)) return e;
  auto batch = chem::batch_cyclization({c0, view.em_molar});
  if (!batch.ok()) return batch.error();
  view.batch = batch.value();
  view.current_x = c0;
  auto target = chem::concentration_for_ring_yield(view.em_molar, view.target_yield);
  if (target.ok()) view.concentration_for_target = target.value();
  auto curve = chem::batch_yield_curve(view.em_molar, kBatchCurveMinMolar, kBatchCurveMaxMolar, kCurvePoints);
  if (curve.ok()) fill_curve(view, curve.value());
  if (cache.c0_molar != c0 || cache.em_molar != view.em_molar) {
    auto chain = chem::ring_chain_batch({c0, view.em_molar, 20});
    cache = {c0, view.em_molar, chain.ok() ? std::optional<chem::RingChain>(chain.value()) : std::nullopt};
  }
  view.ring_chain = cache.result;
  return std::nullopt;
}

std::optional<chem::InputError> evaluate_syringe(const CyclizationInputs& in, CyclizationView& view) {
  double amount_mmol = 0, volume_ml = 0, k_intra = 0, hours = 0;
  if (auto e = read(in.amount_mmol, {"amount_mmol", "Amount of precursor", "mmol", 1e6}, amount_mmol))
    return e;
  if (auto e = read(in.final_volume_ml, {"final_volume_ml", "Final volume", "mL", 1e6}, volume_ml)) return e;
  if (auto e = read(in.k_intra_per_s, chem::kKIntraRule, k_intra)) return e;
  if (auto e = read(in.addition_h, chem::kAdditionHoursRule, hours)) return e;
  view.total_molar = amount_mmol / volume_ml;  // mmol/mL = mol/L
  const chem::SlowAdditionInput input{view.total_molar, view.em_molar, k_intra, hours};
  auto slow = chem::slow_addition(input);
  if (!slow.ok()) {
    chem::InputError error = slow.error();
    // C_total is derived: point at the fields a person can change.
    if (error.field == "total") error = {"amount_mmol", error.message + " (amount ÷ final volume)"};
    return error;
  }
  view.slow = slow.value();
  view.current_x = hours;
  auto plan = chem::addition_hours_for_ring_yield(input, view.target_yield);
  if (plan.ok()) view.addition_for_target = plan.value();
  // Yield against addition time, two decades either side of the current one.
  const double low = std::max(chem::kMinAdditionHours, std::min(hours, 1.0) / 100);
  const double high = std::min(chem::kMaxAdditionHours, std::max(hours, 1.0) * 100);
  auto curve = chem::slow_addition_yield_curve(input, low, high, kCurvePoints);
  if (curve.ok()) fill_curve(view, curve.value());
  return std::nullopt;
}

}  // namespace

std::string preset_em_text(const CyclizationInputs& in) {
  chem::RingAdjustments adjustments;
  adjustments.n_tosyl = in.n_tosyl;
  adjustments.gem_dialkyl = in.gem_dialkyl;
  auto preset = chem::ring_preset(in.ring_size, adjustments);
  if (!preset.ok()) return "";
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2g", preset.value().em_molar);
  return buffer;
}

CyclizationView evaluate_cyclization(const CyclizationInputs& in, const CyclizationView* last_valid,
                                     RingChainCache& cache) {
  CyclizationView view;
  view.mode = in.mode;
  double target_pct = 0;
  std::optional<chem::InputError> error = read(in.em_molar, chem::kEmRule, view.em_molar);
  if (!error) error = read(in.target_yield_pct, {"target_yield", "Target ring yield", "%", 100}, target_pct);
  if (!error && target_pct >= 100)
    error = chem::InputError{"target_yield", "Target ring yield must be below 100 %"};
  view.target_yield = target_pct / 100;
  if (!error)
    error = in.mode == CyclizationMode::batch ? evaluate_batch(in, view, cache) : evaluate_syringe(in, view);
  if (!error) {
    view.valid = true;
    return view;
  }
  if (last_valid && last_valid->valid && last_valid->mode == in.mode) {
    view = *last_valid;
    view.stale = true;
  } else {
    view = CyclizationView{};
    view.mode = in.mode;
  }
  view.error = error;
  return view;
}

std::vector<MirrorEntry> cyclization_mirror(const CyclizationInputs& in, const CyclizationView& view) {
  std::vector<MirrorEntry> entries;
  const bool batch = in.mode == CyclizationMode::batch;
  entries.push_back({"mode", "Mode", batch ? "batch (all at once)" : "syringe-pump addition"});
  entries.push_back({"ring_size", "Ring size", std::to_string(in.ring_size)});
  entries.push_back({"input.em", "Effective molarity (mol/L)", in.em_molar.str()});
  if (batch) {
    entries.push_back({"input.c0", "Concentration (mol/L)", in.c0_molar.str()});
  } else {
    entries.push_back({"input.amount_mmol", "Amount (mmol)", in.amount_mmol.str()});
    entries.push_back({"input.final_volume_ml", "Final volume (mL)", in.final_volume_ml.str()});
    entries.push_back({"input.k_intra", "k_intra (1/s)", in.k_intra_per_s.str()});
    entries.push_back({"input.addition_h", "Addition time (h)", in.addition_h.str()});
  }
  entries.push_back({"input.target_yield", "Target ring yield (%)", in.target_yield_pct.str()});
  if (view.error)
    entries.push_back({"error", "Input problem (" + view.error->field + ")", view.error->message});
  if (view.stale) entries.push_back({"stale", "Results", "stale: showing the last valid input"});
  if (!view.valid) return entries;
  entries.push_back({"ring_yield", "Ring yield", percent(view.ring_yield())});
  entries.push_back({"oligomer", "Lost to dimer and oligomers", percent(1 - view.ring_yield())});
  if (batch) {
    entries.push_back({"c0_over_em", "C0 / EM", format_sig(view.batch.c0_over_em)});
    entries.push_back(
        {"solvent_ml_per_mmol", "Solvent per mmol", format_sig(view.batch.solvent_ml_per_mmol) + " mL"});
    if (view.concentration_for_target) {
      entries.push_back({"concentration_for_target", "Concentration for the target yield",
                         format_sig(view.concentration_for_target->concentration_molar) + " mol/L"});
    }
    if (view.ring_chain) {
      entries.push_back(
          {"cyclic_oligomers", "Cyclic dimer and larger rings", percent(view.ring_chain->cyclic_oligomers)});
      entries.push_back({"linear_oligomers", "Linear oligomers", percent(view.ring_chain->linear_oligomers)});
    }
  } else {
    entries.push_back(
        {"total_molar", "Final concentration C_total", format_sig(view.total_molar) + " mol/L"});
    entries.push_back({"steady_state_molar", "Steady-state precursor concentration",
                       format_sig(view.slow.steady_state_molar) + " mol/L"});
    entries.push_back(
        {"steady_state_yield", "Pseudo-high-dilution estimate", percent(view.slow.steady_state_yield)});
    entries.push_back({"batch_ring_yield", "Same amount added at once", percent(view.slow.batch_ring_yield)});
    entries.push_back(
        {"completion_h", "Time to 99 % conversion", format_sig(view.slow.completion_hours) + " h"});
    if (view.addition_for_target) {
      entries.push_back({"recommended_addition_h", "Addition time for the target yield",
                         view.addition_for_target->batch_suffices
                             ? std::string("none needed: adding at once reaches it")
                             : format_sig(view.addition_for_target->addition_hours) + " h"});
    }
  }
  return entries;
}

}  // namespace app
