// What a person enters under "From my results": bench measurements that the
// fits in chem/calibration.hpp turn into EM, k_intra and κ. Plain text
// fields, like every other input, so a bad entry stays on screen and the
// whole set travels in the permalink ("our EM for this substrate").
#pragma once

#include <array>

#include "app/report.hpp"
#include "app/text_field.hpp"

namespace app {

// How a batch run's outcome was measured: the ring yield, or the ring :
// oligomer ratio (isolated masses, LC areas or NMR integrals, in monomer units).
enum class RingMeasure { yield_pct, ratio };

struct BatchRun {
  TextField c0_molar;
  RingMeasure measure = RingMeasure::yield_pct;
  TextField value;  // "47.7" (%), or "3" / "3:1" (ring : oligomer)
};

inline constexpr int kMaxBatchRuns = 6;
inline constexpr const char* kDefaultFitErrorPct = "3";  // chem::kDefaultFitErrorAbs as % points

struct CyclizationFitInputs {
  int batch_runs = 2;  // rows shown; the rest keep no meaning (and are not saved)
  std::array<BatchRun, kMaxBatchRuns> batch;
  TextField error_pct{kDefaultFitErrorPct};  // ± absolute, percentage points, for every fit here
  // One timed syringe-pump run into a fixed volume, at the tool's EM.
  TextField pump_total_molar;
  TextField pump_addition_h;
  TextField pump_yield_pct;
};

// SM / mono / bis as mol % (normalised if they do not sum to 100) or as LC
// areas divided by response factors.
enum class CompositionUnit { mol_pct, areas };

struct AlkylationFitInputs {
  TextField equivalents{"1.0"};  // electrophile charged per diamine
  CompositionUnit unit = CompositionUnit::mol_pct;
  TextField sm, mono, bis;
  TextField rf_sm{"1"}, rf_mono{"1"}, rf_bis{"1"};
  TextField error_pct{kDefaultFitErrorPct};
};

}  // namespace app
