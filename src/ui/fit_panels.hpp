// "From my results": the collapsible sections in which the Cyclization and
// Alkylation tools fit EM, k_intra and κ to what was measured at the bench,
// and the measured points their plots show beside the model.
#pragma once

#include <vector>

#include "app/app_state.hpp"
#include "app/screens.hpp"
#include "ui/plot.hpp"
#include "ui/ui_context.hpp"

namespace ui {

// The fits and their reports come with the tool's evaluated screen
// (app/screens.hpp); these draw them.
void draw_cyclization_fits(app::CyclizationInputs& inputs, const app::CyclizationScreen& fits,
                           UiContext& ctx);
// Under the tool's headline: a fitted value in use beyond the conditions it
// was measured at (never extrapolate silently, even with the section closed).
void draw_fit_extrapolation(const app::CyclizationScreen& fits, UiContext& ctx);
// The runs on the ring-yield plot: batch runs against C0; the syringe-pump
// run against addition time when it was at the tool's C_total.
void add_cyclization_fit_points(const app::CyclizationScreen& fits, const app::CyclizationView& tool,
                                PlotSpec& spec);

void draw_alkylation_fit(app::AlkylationInputs& inputs, const app::AlkylationScreen& screen, UiContext& ctx);
// The measured SM / mono / bis at the equivalents the products account for.
void add_alkylation_fit_points(const app::KappaFitView& fit, PlotSpec& spec);

}  // namespace ui
