// "From my results": the fits of chem/fits.hpp over what the
// Cyclization and Alkylation tools' users measured, and what the panels show
// of them. A fit costs up to ~100 ms of engine runs, so each view is cached
// by the text of every input it depends on and recomputed only when one
// changes; while a slider is dragged, a fit whose inputs moved waits for the
// release (`hold`) and the last one stays on screen.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/alkylation_state.hpp"
#include "app/cyclization_state.hpp"
#include "chem/fits.hpp"

namespace app {

// Problems with what was typed, each naming its field ("fit_c0_2").
struct FieldErrors {
  std::vector<chem::InputError> list;
  std::optional<chem::InputError> at(const std::string& field) const;
  bool empty() const { return list.empty(); }
};

// What every fit view shares.
struct FitViewBase {
  FieldErrors errors;
  std::optional<std::string> blocked;       // a tool input the fit needs is unreadable
  std::optional<chem::InputError> problem;  // the model refused the data (not one field's text)
  double error_abs = chem::kDefaultFitErrorAbs;
  bool stale = false;      // a field is bad: the fit shown is for the last readable input
  bool held = false;       // a drag is on: the fit shown waits for its end
  bool in_use = false;     // the tool's own field holds this fit's value
  std::string value_text;  // the fitted value as its tool field takes it ("0.0502"); empty without one
};

struct EmFitView : FitViewBase {
  std::vector<chem::YieldPoint> points;  // the complete runs, in the order shown
  std::vector<int> point_rows;           // the row (from 0) of each point
  std::optional<chem::EmFit> fit;        // none until one run is complete
};

struct KIntraFitView : FitViewBase {
  double total_molar = 0, addition_hours = 0, ring_yield = 0, em_molar = 0, target_yield = 0;
  std::optional<chem::KIntraFit> fit;
  // For the tool's target yield at the run's C_total: a time, a bound, or why there is none.
  std::optional<chem::FitAdvice> advice;
  std::string half_life_text;  // the fitted half-life for the half-life field
};

struct KappaFitView : FitViewBase {
  double equivalents = 0;
  double entered_sum_pct = 0;  // mol %: what the three summed to before normalising
  std::optional<chem::KappaFit> fit;
};

struct FitCache {
  std::string em_key, k_key, kappa_key;
  EmFitView em;
  KIntraFitView k;
  KappaFitView kappa;
  // The last fits committed (not taken mid-edit): what a refused input shows, stale.
  std::optional<EmFitView> em_committed;
  std::optional<KIntraFitView> k_committed;
  std::optional<KappaFitView> kappa_committed;
  int fits_run = 0;  // counts model fits actually computed (tests check the cache)
};

// `hold`: a slider is being dragged (a changed fit waits, marked held).
// `commit`: the user is not mid-edit, so a fresh fit may become the committed one.
EmFitView evaluate_em_fit(const CyclizationInputs& inputs, FitCache& cache, bool hold = false,
                          bool commit = true);
KIntraFitView evaluate_k_intra_fit(const CyclizationInputs& inputs, FitCache& cache, bool hold = false,
                                   bool commit = true);
KappaFitView evaluate_kappa_fit(const AlkylationInputs& inputs, FitCache& cache, bool hold = false,
                                bool commit = true);

// Write a fitted value into the tool's own field, which everything else in
// the tool (and the permalink) reads. False when there is no value to use,
// or the data are inconsistent (the value is then a compromise: see
// fit_use_blocked).
bool use_fitted_em(CyclizationInputs& inputs, const EmFitView& view);
bool use_fitted_k_intra(CyclizationInputs& inputs, const KIntraFitView& view);
bool use_fitted_kappa(AlkylationInputs& inputs, const KappaFitView& view);

// Why the "Use fitted …" button is off, for the screen and the mirror
// ("the data do not determine EM", "the data are inconsistent: …"); empty
// when it can be used (or is in use).
std::string fit_use_blocked(const FitViewBase& view, const chem::FitResult& fit, const std::string& name);

// "Addition for 80 % ring": "12.0 h", "at least 12.0 h", "none needed: …",
// "not given: …" (what the mirror and the panel show).
std::string addition_advice_text(const chem::FitAdvice& advice);

// Rows: adds an empty run (false at kMaxBatchRuns); removes one, moving the
// later ones up (the last row left is cleared instead).
bool add_batch_run(CyclizationFitInputs& fit);
void remove_batch_run(CyclizationFitInputs& fit, int row);

// Whether anything was entered (a shared link opens the section on it).
bool has_fit_data(const CyclizationFitInputs& fit);
bool has_fit_data(const AlkylationFitInputs& fit);

// "Determined: one EM explains all 2 runs within ±3 %", "Only a lower bound:
// EM ≥ 0.46 mol/L", "Inconsistent: …": the verdict in one line.
std::string fit_verdict(const chem::FitResult& fit, const std::string& name, const std::string& unit,
                        const std::string& measurements, size_t count, double error_abs);
// "3" for ±3 percentage points (an error_abs of 0.03), "2.5" for 0.025.
std::string plain_error_points(double error_abs);
// "0.0450–0.0556 mol/L", "≥ 0.460 mol/L", "none", "any value".
std::string fit_range_text(const chem::FitRange& range, const std::string& unit);

// A sentence when the tool uses the fitted EM beyond the measured
// concentrations (never extrapolate silently); empty otherwise.
std::string em_extrapolation_note(const CyclizationInputs& inputs, const EmFitView& em,
                                  const CyclizationView& tool);

// The same for a fitted k_intra used at a C_total or addition time far from
// the run it came from.
std::string k_intra_extrapolation_note(const CyclizationInputs& inputs, const KIntraFitView& k,
                                       const CyclizationView& tool);

std::vector<ReportEntry> em_fit_report(const CyclizationInputs& inputs, const EmFitView& view,
                                       const CyclizationView& tool);
std::vector<ReportEntry> k_intra_fit_report(const CyclizationInputs& inputs, const KIntraFitView& view,
                                            const CyclizationView& tool);
std::vector<ReportEntry> kappa_fit_report(const AlkylationInputs& inputs, const KappaFitView& view);

// Field names (and test names "field.<name>") of the fit inputs.
std::string batch_c0_field(int row);     // "fit_c0_1" for the first row
std::string batch_value_field(int row);  // "fit_value_1"

}  // namespace app
