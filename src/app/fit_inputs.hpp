// What a person enters under "From my results": bench measurements that the
// fits in chem/fits.hpp turn into EM, k_intra and κ. Plain text
// fields, like every other input, so a bad entry stays on screen and the
// whole set travels in the permalink ("our EM for this substrate").
#pragma once

#include <array>

#include "app/alkylation_inputs.hpp"
#include "app/cyclization_inputs.hpp"
#include "app/report.hpp"
#include "app/text_field.hpp"

namespace app {

// How a batch run's outcome was measured: the ring yield, or the ring :
// oligomer ratio (isolated masses, LC areas or NMR integrals, in monomer units).
enum class RingMeasure { yield_pct, ratio };

// Defaults come from the declarations (cyclization_inputs.hpp).
struct BatchRun {
  TextField c0_molar{cyclization_input::kFitC0.default_text};
  RingMeasure measure = RingMeasure::yield_pct;
  TextField value{cyclization_input::kFitValue.default_text};  // "47.7" (%), or "3" / "3:1" (ring : oligomer)
};

inline constexpr int kMaxBatchRuns = 6;
static_assert(cyclization_input::kFitRuns.max_value == kMaxBatchRuns);
inline constexpr const char* kDefaultFitErrorPct = "3";  // chem::kDefaultFitErrorAbs as % points
static_assert(cyclization_input::kFitError.default_text == kDefaultFitErrorPct);

struct CyclizationFitInputs {
  int batch_runs = 2;  // rows shown; the rest keep no meaning (and are not saved)
  std::array<BatchRun, kMaxBatchRuns> batch;
  TextField error_pct{cyclization_input::kFitError.default_text};  // ± absolute, percentage points
  // One timed syringe-pump run into a fixed volume, at the tool's EM.
  TextField pump_total_molar{cyclization_input::kFitPumpTotal.default_text};
  TextField pump_addition_h{cyclization_input::kFitPumpAdditionH.default_text};
  TextField pump_yield_pct{cyclization_input::kFitPumpYield.default_text};
};

// SM / mono / bis as mol % (normalised if they do not sum to 100) or as LC
// areas divided by response factors.
enum class CompositionUnit { mol_pct, areas };

// Defaults come from the declarations (alkylation_inputs.hpp).
struct AlkylationFitInputs {
  TextField equivalents{alkylation_input::kFitEquiv.default_text};  // electrophile charged per diamine
  CompositionUnit unit = CompositionUnit::mol_pct;
  TextField sm, mono, bis;
  TextField rf_sm{alkylation_input::kFitRfSm.default_text},
      rf_mono{alkylation_input::kFitRfMono.default_text}, rf_bis{alkylation_input::kFitRfBis.default_text};
  TextField error_pct{alkylation_input::kFitError.default_text};
};
static_assert(alkylation_input::kFitError.default_text == std::string_view(kDefaultFitErrorPct));

}  // namespace app
