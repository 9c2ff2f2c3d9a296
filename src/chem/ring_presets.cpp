#include "chem/ring_presets.hpp"

#include <cmath>
#include <string>

#include "chem/cyclization_detail.hpp"

namespace chem {

Outcome<RingEstimate> ring_preset(int ring_size, const RingAdjustments& adjustments) {
  const RingPreset* found = nullptr;
  std::string sizes;
  for (const auto& preset : kRingPresets) {
    if (preset.ring_size == ring_size) found = &preset;
    sizes += (sizes.empty() ? "" : ", ") + std::to_string(preset.ring_size);
  }
  if (!found) {
    return InputError{
        "ring_size", "No preset for ring size " + std::to_string(ring_size) + "; presets exist for " + sizes};
  }
  RingEstimate estimate{found->ring_size, found, found->relative_rate, 1, found->em_molar};
  if (adjustments.n_tosyl) {
    auto factor = cyclization_detail::check_between(adjustments.tosyl_factor, kTosylFactorRule, 1e-4);
    if (!factor.ok()) return factor.error();
    estimate.em_factor *= factor.value();
  }
  if (adjustments.gem_dialkyl) {
    auto factor =
        cyclization_detail::check_between(adjustments.gem_dialkyl_factor, kGemDialkylFactorRule, 1e-4);
    if (!factor.ok()) return factor.error();
    estimate.em_factor *= factor.value();
  }
  estimate.em_molar *= estimate.em_factor;
  return estimate;
}

double small_oligomer_ring_em(int atoms, double em_at_14) {
  // Nearest known sizes below and above (the presets, then 14 atoms).
  int lo_size = 0, hi_size = 14;
  double lo_em = 0, hi_em = em_at_14;
  for (const auto& preset : kRingPresets) {
    if (preset.ring_size == atoms) return preset.em_molar;
    if (preset.ring_size < atoms && preset.ring_size > lo_size)
      lo_size = preset.ring_size, lo_em = preset.em_molar;
    if (preset.ring_size > atoms && preset.ring_size < hi_size)
      hi_size = preset.ring_size, hi_em = preset.em_molar;
  }
  if (lo_size == 0) return hi_em;  // below every preset (not reached: oligomer rings have >= 6 atoms)
  const double w = double(atoms - lo_size) / (hi_size - lo_size);
  return std::exp((1 - w) * std::log(lo_em) + w * std::log(hi_em));
}

}  // namespace chem
