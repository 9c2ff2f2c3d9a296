// Inputs of the Cyclization tool (ring closure versus oligomerisation) and
// what the panel shows for them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/text_field.hpp"
#include "chem/cyclization.hpp"
#include "chem/outcome.hpp"
#include "chem/ring_chain.hpp"

namespace app {

enum class CyclizationMode { batch, syringe_pump };

struct CyclizationInputs {
  CyclizationMode mode = CyclizationMode::batch;
  int ring_size = 7;
  bool n_tosyl = false;
  bool gem_dialkyl = false;
  TextField em_molar{"0.05"};
  TextField c0_molar{"0.1"};         // batch
  TextField amount_mmol{"5"};        // syringe pump: all precursor
  TextField final_volume_ml{"100"};  // syringe pump: volume at the end of the addition
  TextField k_intra_per_s{"1e-3"};   // syringe pump: sets the clock
  TextField addition_h{"8"};         // syringe pump
  TextField target_yield_pct{"90"};
};

struct CyclizationView {
  std::optional<chem::InputError> error;
  bool stale = false;
  bool valid = false;  // the numbers below belong to some valid input
  CyclizationMode mode = CyclizationMode::batch;
  double em_molar = 0;
  double target_yield = 0;
  // Batch
  chem::BatchCyclization batch;
  std::optional<chem::ConcentrationPlan> concentration_for_target;
  std::optional<chem::RingChain> ring_chain;
  // Syringe pump
  double total_molar = 0;
  chem::SlowAddition slow;
  std::optional<chem::AdditionPlan> addition_for_target;
  // Ring yield against concentration (batch, mol/L) or addition time (h)
  std::vector<double> curve_x, curve_ring_yield, curve_oligomer;
  double current_x = 0;
  double ring_yield() const { return mode == CyclizationMode::batch ? batch.ring_yield : slow.ring_yield; }
};

// The ring-chain simulation costs about a millisecond: keep its last answer.
struct RingChainCache {
  double c0_molar = -1, em_molar = -1;
  std::optional<chem::RingChain> result;
};

// The preset EM for the chosen ring size and substituents, as text for the EM field.
std::string preset_em_text(const CyclizationInputs& inputs);

CyclizationView evaluate_cyclization(const CyclizationInputs& inputs, const CyclizationView* last_valid,
                                     RingChainCache& cache);

std::vector<MirrorEntry> cyclization_mirror(const CyclizationInputs& inputs, const CyclizationView& view);

inline constexpr const char* kCyclizationCitations =
    "G. Illuminati, L. Mandolini, Acc. Chem. Res. 1981, 14, 95; C. Galli, L. Mandolini, Eur. J. Org. "
    "Chem. 2000, 3117; the Ruggli–Ziegler dilution principle (P. Ruggli, Liebigs Ann. 1912, 392, 92; "
    "K. Ziegler et al., Liebigs Ann. 1933, 504, 94).";

}  // namespace app
