#include "ui/cyclization_panel.hpp"

#include <algorithm>
#include <string>
#include <utility>

#include "app/format.hpp"
#include "app/plot_exports.hpp"
#include "chem/ring_presets.hpp"
#include "imgui.h"
#include "ui/fit_panels.hpp"
#include "ui/layout.hpp"
#include "ui/pathway_diagram.hpp"
#include "ui/plot.hpp"
#include "ui/report_widgets.hpp"
#include "ui/theme.hpp"
#include "ui/touch_scroll.hpp"
#include "ui/widgets.hpp"

namespace ui {
namespace {

namespace spec = app::cyclization_input;
namespace keys = app::report_key::cyclization;

std::string percent(double fraction) { return app::format_sig(fraction * 100) + " %"; }

// A choice's test name: its link key ("cyclization.ring"). Declarations are
// string literals, so their views end in NUL.
const char* test_name(const app::InputSpec& input) { return input.permalink.data(); }

void draw_ring_choice(app::CyclizationInputs& in, const std::optional<chem::InputError>& error,
                      UiContext& ctx) {
  // The declared ring sizes are the presets, in their order (a test checks it).
  int selected = std::max(0, app::find_choice(spec::kRingSize, std::to_string(in.ring_size)));
  ImGui::TextUnformatted((std::string(spec::kRingSize.label) + " (sets an order-of-magnitude EM)").c_str());
  bool changed = segmented(ctx, test_name(spec::kRingSize), spec::kRingSize, selected);
  if (changed) in.ring_size = chem::kRingPresets[selected].ring_size;
  field_error(ctx, spec::kRingSize.key.data(), error);  // two components refuse the 3-ring
  muted_text(chem::kRingPresets[selected].source);
  for (const auto& [input, value] : {std::pair{&spec::kTosyl, &in.n_tosyl}, {&spec::kGem, &in.gem_dialkyl}}) {
    changed |= wrapped_checkbox(ctx, test_name(*input), std::string(input->label), value);
  }
  if (in.n_tosyl || in.gem_dialkyl) muted_text(chem::kFactorSource);
  if (changed) in.em_molar.set(app::preset_em_text(in));
}

void draw_k_intra(app::CyclizationInputs& in, const app::CyclizationView& view, UiContext& ctx) {
  int entry = static_cast<int>(in.k_entry);
  ImGui::TextUnformatted(spec::kKEntry.label.data());
  if (segmented(ctx, test_name(spec::kKEntry), spec::kKEntry, entry)) {
    app::set_k_intra_entry(in, static_cast<app::KIntraEntry>(entry));
  }
  if (in.k_entry == app::KIntraEntry::rate) {
    number_field(ctx, spec::kKIntra, in.k_intra_per_s, view.error);
  } else {
    number_field(ctx, spec::kHalfLife, in.half_life_h, view.error);
  }
  muted_text(chem::kKIntraSource);
}

// What a slider shows while the results are stale: the value they are for.
std::optional<double> stale_value(const app::CyclizationView& view, double value) {
  return view.stale ? std::optional<double>(value) : std::nullopt;
}

// The primary inputs, each field with its slider on one row: what moves
// the headline is in view beside it on a laptop.
void draw_primary_inputs(app::CyclizationInputs& in, const app::CyclizationView& view, UiContext& ctx) {
  heading(ctx, "Ring closure or oligomer?");
  ImGui::TextUnformatted(spec::kTwoComponent.label.data());
  int components = static_cast<int>(in.components);
  if (segmented(ctx, test_name(spec::kTwoComponent), spec::kTwoComponent, components))
    in.components = static_cast<app::Components>(components);
  const bool two = in.components == app::Components::two;
  int mode = static_cast<int>(in.mode);
  if (segmented(ctx, test_name(spec::kMode), spec::kMode, mode))
    in.mode = static_cast<app::CyclizationMode>(mode);
  if (two && in.mode == app::CyclizationMode::syringe_pump) {
    ImGui::TextUnformatted(spec::kFeed.label.data());
    int feed = static_cast<int>(in.feed);
    if (segmented(ctx, test_name(spec::kFeed), spec::kFeed, feed)) in.feed = static_cast<chem::Feed>(feed);
  }
  const auto& error = view.error;
  number_field_with_slider(ctx, spec::kEm, in.em_molar, error,
                           {"cyclization.em_slider", 1e-5f, 10.0f, true, "EM = %.3g M", nullptr,
                            stale_value(view, view.em_molar)});
  if (in.mode == app::CyclizationMode::batch) {
    number_field_with_slider(ctx, spec::kC0, in.c0_molar, error,
                             {"cyclization.c0_slider", 1e-4f, 1.0f, true, "C0 = %.3g M", nullptr,
                              stale_value(view, view.c0_molar)},
                             two);
  } else {
    number_field_with_slider(ctx, spec::kAdditionH, in.addition_h, error,
                             {"cyclization.addition_slider", 0.1f, 100.0f, true, "%.3g h"});
  }
  if (two) {
    muted_text(in.mode == app::CyclizationMode::batch
                   ? "C0 is the diamine's; the dihalide follows at its equivalents."
                   : "The amount is the diamine's; the dihalide follows at its equivalents.");
  }
  muted_text("EM values are orders of magnitude: replace them with your substrate's if you know it.");
}

// What else sets the answer: the ring size behind the EM preset, the large
// rings' EM, the pump's amounts, k_intra, the target.
void draw_secondary_inputs(app::CyclizationInputs& in, const app::CyclizationView& view, UiContext& ctx) {
  const auto& error = view.error;
  const bool two = in.components == app::Components::two;
  ImGui::Spacing();
  if (two) number_field(ctx, spec::kDihalideEquiv, in.dihalide_equiv, error);
  draw_ring_choice(in, error, ctx);
  number_field(ctx, spec::kLargeRingEm, in.large_ring_em_molar, error);
  muted_text(chem::kOligomerEmRuleText);
  if (in.mode == app::CyclizationMode::syringe_pump) {
    number_field(ctx, spec::kAmountMmol, in.amount_mmol, error, 160.0f, true, two);
    number_field(ctx, spec::kFinalVolumeMl, in.final_volume_ml, error);
    number_field(ctx, spec::kStartVolumeMl, in.start_volume_ml, error);
    draw_k_intra(in, view, ctx);
  }
  number_field(ctx, spec::kTargetYield, in.target_yield_pct, error);
}

void draw_breakdown(const app::CyclizationView& view, DrawnReport& rv) {
  rv.line(keys::kCompositionTime);
  rv.line(keys::kRingAtCompletion);
  rv.line(keys::kCyclicOligomers);
  rv.line(keys::kLinearOligomers);
  rv.line(keys::kLongChains);
  rv.line(keys::kPrecursorLeft);
  muted_text(
      "Open chains are the gummy, poorly soluble solid. They go on closing or growing; how they end up "
      "split depends on the longest chain the model tracks (" +
      std::to_string(view.max_chain_length) + " units), the ring yield does not.");
  rv.line(keys::kClosedFormRingYield);
  rv.line(keys::kDimerEm);
}

void draw_syringe_results(DrawnReport& rv) {
  rv.line(keys::kTotalMolar);
  rv.line(keys::kSteadyStateMolar);
  rv.line(keys::kSteadyStateYield);
  rv.line(keys::kSteadyState);
  rv.line(keys::kPeakPrecursor);
  rv.line(keys::kEndOfFeedPrecursor);
  rv.line(keys::kBatchRingYield);
  muted_text("The answer depends on k_intra:");
  rv.line(keys::kKIntraHalfLife);
  rv.line(keys::kRingYieldKLow);
  rv.line(keys::kRingYieldKHigh);
  rv.line(keys::kCompletionH);
  rv.big(keys::kRecommendedAdditionH);
}

// The headline: what a glance (or a small embed) must show first.
void draw_headline_results(DrawnReport& rv) {
  rv.status(keys::kStale);
  rv.big(keys::kRingYield);
  rv.big(keys::kOligomerYield);
}

// The steps of the report, numbered: what to do at the bench for these conditions.
void draw_plan(DrawnReport& rv) {
  int number = 0;
  for (const auto& step : rv.report()) {
    if (step.kind != app::ReportKind::step) continue;
    ImGui::BeginGroup();
    if (step.stale) ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
    wrapped_text("%d. %s", ++number, step.value.c_str());
    if (step.stale) ImGui::PopStyleColor();
    muted_text(step.detail);
    ImGui::EndGroup();
    rv.tag(step);
  }
}

void draw_result_details(const app::CyclizationView& view, DrawnReport& rv) {
  if (!view.valid) return;
  draw_breakdown(view, rv);
  if (view.mode == app::CyclizationMode::syringe_pump) {
    draw_syringe_results(rv);
    return;
  }
  rv.line(keys::kC0OverEm);
  rv.line(keys::kSolventMlPerMmol);
  rv.line(keys::kConcentrationForTarget);
  if (rv.find(keys::kRuleOfThumb)) {
    rv.line(keys::kRuleOfThumb);
    muted_text("Whether a solution is dilute enough depends on EM, not on the \"below 0.05 M\" rule.");
  }
}

void draw_yield_plot(const app::CyclizationView& view, const app::CyclizationScreen& fits, DrawnReport& rv,
                     UiContext& ctx) {
  if (view.curve.x.size() < 2) return;
  PlotSpec spec;
  // One id per axis: a readout pinned on the concentration axis means nothing in hours.
  const bool batch = view.mode == app::CyclizationMode::batch;
  spec.id = batch ? "cyclization.concentration_curve" : "cyclization.addition_curve";
  spec.tool = "cyclization";
  spec.main_plot = true;
  spec.xs = &view.curve.x;
  spec.y_axis = {app::AxisScale::linear, 0, 1};
  spec.y_title = view.two_component ? "Ring and oligomer per diamine" : "Fraction of precursor";
  spec.series = {{"Ring", &view.curve.ring, 2, nullptr, true},
                 {"Oligomer", &view.curve.oligomer, 5, nullptr, false}};
  spec.format_y = [](double y) { return app::format_sig(y * 100) + " %"; };
  spec.marker_x = view.current_x;
  spec.x_axis = {app::AxisScale::log10, view.curve.x.front(), view.curve.x.back()};
  if (batch) {
    spec.x_title = "Concentration C0 (mol/L)";
    spec.marker_label = rv.value(keys::kYieldPlotMarker);
    if (view.concentration_for_target) {
      spec.guides = {{*view.concentration_for_target, percent(view.target_yield) + " ring"}};
    }
    spec.format_x = [](double x) { return app::format_sig(x) + " mol/L"; };
  } else {
    spec.x_title = "Addition time (h)";
    spec.marker_label = rv.value(keys::kYieldPlotMarker);
    if (view.addition_for_target && *view.addition_for_target > 0) {
      spec.guides = {{*view.addition_for_target, "target"}};
    }
    spec.format_x = [](double x) { return app::format_sig(x) + " h"; };
  }
  spec.csv = [&view] { return app::cyclization_curve_csv(view); };
  spec.csv_rows_pending = view.curve_pending;
  add_cyclization_fit_points(fits, view, spec);
  draw_plot(ctx, spec);
  rv.status(keys::kYieldPlotStale);
  rv.tag(keys::kYieldPlotMarker);
}

void draw_course_plot(const app::CyclizationView& view, UiContext& ctx) {
  if (view.course_h.size() < 2) return;
  double top = 0;
  for (size_t i = 0; i < view.course_h.size(); ++i) {
    top = std::max({top, view.course_precursor[i], view.course_ring[i], view.course_oligomer[i]});
  }
  PlotSpec spec;
  spec.id = "cyclization.course";
  spec.tool = "cyclization";
  spec.xs = &view.course_h;
  spec.x_axis = {app::AxisScale::linear, 0, view.course_h.back()};
  spec.x_title = "Time (h)";
  spec.y_title = "Concentration (mol/L, as monomer units)";
  if (view.two_component) {
    for (size_t i = 0; i < view.course_h.size(); ++i)
      top = std::max({top, view.course_dihalide[i], view.course_adduct[i]});
    spec.series = {{"Diamine", &view.course_precursor, 0, nullptr, false},
                   {"Dihalide", &view.course_dihalide, 1, nullptr, false},
                   {"Open 1:1 adduct", &view.course_adduct, 3, nullptr, false},
                   {"Ring", &view.course_ring, 2, nullptr, false},
                   {"Oligomer", &view.course_oligomer, 5, nullptr, false}};
    spec.y_title = "Concentration (mol/L, as diamine units)";
  } else {
    spec.series = {{"Precursor", &view.course_precursor, 0, nullptr, false},
                   {"Ring", &view.course_ring, 2, nullptr, false},
                   {"Oligomer", &view.course_oligomer, 5, nullptr, false}};
  }
  spec.y_axis = {app::AxisScale::linear, 0, top > 0 ? top * 1.05 : 1};
  spec.guides = {{view.addition_hours, "feed ends"}};
  spec.height_px = 240;
  spec.format_x = [](double x) { return app::format_sig(x) + " h"; };
  spec.format_y = [](double y) { return app::format_sig(y) + " mol/L"; };
  spec.csv = [&view] { return app::cyclization_course_csv(view); };
  draw_plot(ctx, spec);
}

void draw_pathway_diagram(const app::CyclizationInputs& in, const app::CyclizationView& view, DrawnReport& rv,
                          UiContext& ctx) {
  heading(ctx, view.two_component ? "Where the diamine goes" : "Where the precursor goes");
  // Both pictures are of the last valid input while a field is refused: say so here too.
  rv.status(keys::kPathwayStale);
  // Without a valid input the diagram is drawn half and half, with no number on it.
  const double ring = view.valid ? view.ring_yield() : 0.5;
  const double rest = view.valid ? view.result.oligomer_yield : 0.5;
  const auto labelled = [&rv](const char* label, app::ReportKey key) {
    const std::string value = rv.value(key);
    return value.empty() ? std::string(label) : std::string(label) + ": " + value;
  };
  const std::string ring_name = std::to_string(in.ring_size) + "-membered ring";
  if (view.two_component) {
    draw_pathway(ctx, "cyclization.pathway", "diamine + dihalide → open 1:1 adduct",
                 {ring_name, labelled("adduct closes, k_intra", keys::kRingYield), ring, 2},
                 {"2:1 and 1:2 chains, oligomers",
                  labelled("adduct meets a monomer, k_inter", keys::kOligomerYield), rest, 5});
  } else {
    draw_pathway(ctx, "cyclization.pathway", "linear precursor",
                 {ring_name, labelled("k_intra", keys::kRingYield), ring, 2},
                 {"dimer, oligomers", labelled("k_inter, every chain end", keys::kOligomerYield), rest, 5});
  }
  if (view.valid) rv.tag(keys::kPathway);
}

// "Which way to add it": one bar per strategy, its ring yield, and the
// addition time each needs for the target (the values are the mirror's).
void draw_comparison(const app::CyclizationView& view, DrawnReport& rv, UiContext& ctx) {
  const app::StrategyComparison& c = view.comparison;
  if (!c.shown) return;
  heading(ctx, "Which way to add it");
  rv.line(keys::kStrategyConditions);
  for (int s = 0; s < app::kStrategyCount; ++s) {
    const std::string key = keys::kStrategies.key(app::kStrategyLabels[s].key);
    const app::ReportEntry* entry = rv.find_named(key);
    if (!entry) continue;
    const auto& y = c.results[s].ring_yield;
    bar_row(entry->label, y ? std::optional<float>(float(*y)) : std::nullopt, entry->value,
            s == c.winner ? 2 : (s == int(app::Strategy::preformed_ab) ? 4 : 0), entry->stale);
    rv.tag_named(key);
  }
  rv.status(keys::kStrategyPending);
  rv.sentence(keys::kStrategyWinner);
  rv.sentence(keys::kTwoComponentScope, true);
}

void draw_explanation(const app::CyclizationView& view) {
  muted_text(
      std::string(
          "One kinetic model for every number here: the precursor closes its ring (k_intra) or reacts with "
          "any chain end present, precursor or oligomer (k_inter = k_intra/EM); every linear chain may also "
          "close to a larger ring, with EMs on the strain-free Jacobson–Stockmayer line (EM proportional to "
          "ring "
          "size^−3/2, about 0.01 M at 14 atoms) from 14 ring atoms up, and the ring-size presets below that. "
          "A "
          "syringe pump feeds the precursor at a constant rate while the volume "
          "grows from the starting to the final volume; then the flask is stirred until the precursor is "
          "gone. "
          "The ring yield is counted then; the split of the rest is shown at the completion time (99 % "
          "reacted), with chains longer than the longest tracked one (") +
      std::to_string(view.max_chain_length) +
      " units) given apart. If precursor met only precursor, the batch yield would be Y = (EM/2C0)·ln(1 + "
      "2C0/EM).");
  muted_text(
      "Assumptions: irreversible steps, ends of equal reactivity, perfect mixing, one temperature; an AB "
      "precursor. EM and k_intra are orders of magnitude. Equations, parameters and tests: docs/MODELS.md, "
      "\"Cyclization\".");
  if (view.two_component) {
    muted_text(app::kTwoComponentModelText);
  } else {
    muted_text(chem::kTwoComponentCaveat);
    muted_text(chem::kAbPrecursorCaveat);
  }
}

}  // namespace

void draw_cyclization_panel(app::CyclizationInputs& inputs, app::AppSession& session, UiContext& ctx) {
  const app::CyclizationScreen fits = app::evaluate_cyclization_screen(inputs, session, edit_state());
  const app::CyclizationView& view = fits.view;
  // The curve is built a few engine runs per frame: keep frames coming until it is done.
  if (view.work_pending()) ctx.frames.request_next_frame();
  ctx.mirror.add("cyclization", fits.report);
  ctx.mirror.add("cyclization", fits.em_fit_report);
  ctx.mirror.add("cyclization", fits.k_intra_fit_report);
  DrawnReport rv(fits.report, ctx);

  // Inputs on the left; the headline and the main plot at the top on the
  // right, in view together. One column (a portrait tablet) goes primary
  // inputs, headline, plot, the other inputs, details; a phone puts the
  // headline and plot first.
  Columns columns = begin_columns("cyclization", 0.40f);
  draw_primary_inputs(inputs, view, ctx);
  if (columns.wide) draw_secondary_inputs(inputs, view, ctx);
  next_column(columns);
  draw_headline_results(rv);
  draw_fit_extrapolation(fits, ctx);
  if (view.valid) draw_yield_plot(view, fits, rv, ctx);
  end_results();  // a phone shows the yields and the curve, then EM and C0
  // One column: the rest of the inputs after the answer they refine.
  if (!columns.wide) draw_secondary_inputs(inputs, view, ctx);
  if (view.valid) draw_comparison(view, rv, ctx);
  draw_pathway_diagram(inputs, view, rv, ctx);
  if (view.valid && view.mode == app::CyclizationMode::syringe_pump) {
    heading(ctx, "Concentrations during the addition");
    draw_course_plot(view, ctx);
  }
  // The rest folds into named sections; the mirror and the card carry it all.
  if (view.valid && section_header(ctx, "cyclization.details", "Details")) draw_result_details(view, rv);
  if (rv.find_named(keys::kSteps.key(1)) && section_header(ctx, "cyclization.bench", "At the bench"))
    draw_plan(rv);
  // Below the plot that shows the runs; closed, it takes one row.
  draw_cyclization_fits(inputs, fits, ctx);
  if (section_header(ctx, "cyclization.model", "The model")) draw_explanation(view);
  if (section_header(ctx, "cyclization.sources", "Sources")) rv.sources();
  end_columns(columns);
}

}  // namespace ui
