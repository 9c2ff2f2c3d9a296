// The CSV behind each plot of the Alkylation and Cyclization tools: the
// curve's columns with units and every parameter the curve depends on, taken
// from the same view the panel draws (a stale view exports the last valid
// input's curve with that input's parameters).
#pragma once

#include "app/alkylation_state.hpp"
#include "app/csv.hpp"
#include "app/cyclization_state.hpp"

namespace app {

CsvExport alkylation_fractions_csv(const AlkylationView& view);  // "alkylation.fractions"
CsvExport alkylation_excess_csv(const AlkylationView& view);     // "alkylation.excess"
CsvExport alkylation_ratio_csv(const AlkylationView& view);      // "alkylation.ratio"
// "cyclization.concentration_curve" (batch) or "cyclization.addition_curve" (syringe pump).
CsvExport cyclization_curve_csv(const CyclizationView& view);
CsvExport cyclization_course_csv(const CyclizationView& view);  // "cyclization.course"

}  // namespace app
