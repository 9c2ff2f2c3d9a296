// "From my results": the collapsible sections in which the Cyclization and
// Alkylation tools fit EM, k_intra and κ to what was measured at the bench,
// and the measured points their plots show beside the model.
#pragma once

#include <vector>

#include "app/app_state.hpp"
#include "ui/plot.hpp"
#include "ui/ui_context.hpp"

namespace ui {

// Each fit's view and its report, built once per frame: the mirror and the
// screen render the same report.
struct CyclizationFits {
  app::EmFitView em;
  app::KIntraFitView k_intra;
  app::Report em_report, k_intra_report;
};

struct AlkylationFit {
  app::KappaFitView view;
  app::Report report;
};

// Fits from the cache (refitted only when an input changed; held while a
// slider is dragged), mirrored into the tool's text mirror.
CyclizationFits evaluate_cyclization_fits(const app::CyclizationInputs& inputs,
                                          const app::CyclizationView& tool, app::AppSession& session,
                                          UiContext& ctx);
void draw_cyclization_fits(app::CyclizationInputs& inputs, const CyclizationFits& fits, UiContext& ctx);
// Under the tool's headline: a fitted value in use beyond the conditions it
// was measured at (never extrapolate silently, even with the section closed).
void draw_fit_extrapolation(const CyclizationFits& fits, UiContext& ctx);
// The runs on the ring-yield plot: batch runs against C0; the syringe-pump
// run against addition time when it was at the tool's C_total.
void add_cyclization_fit_points(const CyclizationFits& fits, const app::CyclizationView& tool,
                                PlotSpec& spec);

AlkylationFit evaluate_alkylation_fit(const app::AlkylationInputs& inputs, app::AppSession& session,
                                      UiContext& ctx);
void draw_alkylation_fit(app::AlkylationInputs& inputs, const AlkylationFit& fit, UiContext& ctx);
// The measured SM / mono / bis at the equivalents the products account for.
void add_alkylation_fit_points(const app::KappaFitView& fit, PlotSpec& spec);

}  // namespace ui
