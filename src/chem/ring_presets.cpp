#include "chem/ring_presets.hpp"

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
  RingEstimate estimate{found->ring_size, found->relative_rate, 1, found->em_molar};
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

}  // namespace chem
