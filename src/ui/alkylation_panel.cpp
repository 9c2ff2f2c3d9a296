#include "ui/alkylation_panel.hpp"

#include <cmath>
#include <cstdio>

#include "app/format.hpp"
#include "app/plot_exports.hpp"
#include "imgui.h"
#include "ui/fit_panels.hpp"
#include "ui/flow_diagram.hpp"
#include "ui/layout.hpp"
#include "ui/plot.hpp"
#include "ui/report_widgets.hpp"
#include "ui/theme.hpp"
#include "ui/typeset.hpp"
#include "ui/widgets.hpp"

namespace ui {
namespace {

namespace keys = app::report_key::alkylation;

std::string percent_of(double fraction) { return app::format_sig(fraction * 100) + " %"; }

// What a slider shows while the results are stale: the value they are for.
std::optional<double> stale_value(const app::AlkylationView& view, double value) {
  return view.stale ? std::optional<double>(value) : std::nullopt;
}

// Where κ comes from: the note for the value typed, and three presets.
void draw_kappa_presets(app::AlkylationInputs& in, const app::AlkylationView& view, DrawnReport& rv,
                        UiContext& ctx) {
  ImGui::TextUnformatted(typeset_chemistry("Rate ratio κ = k2/k1 (per molecule)").c_str());
  if (rv.find(keys::kKappaNote)) {
    rv.sentence(keys::kKappaNote, true);
  } else {
    muted_text(app::kKappaText);
  }
  int preset = -1;
  for (int i = 0; i < 3; ++i) {
    if (view.valid && std::fabs(view.kappa - app::kKappaPresets[i].kappa) < 1e-9) preset = i;
  }
  static const char* const kPresetLabels[] = {"Statistical 0.5", "Product 4× per site: 2",
                                              "Deactivated 0.05"};
  if (segmented(ctx, "alkylation.kappa_preset", kPresetLabels, 3, preset)) {
    char text[16];
    std::snprintf(text, sizeof text, "%g", app::kKappaPresets[preset].kappa);
    in.kappa.set(text);
  }
}

// κ and the equivalents first, each field with its slider on one row, then
// the three fractions side by side and the plot: in view together on a laptop.
void draw_distribution(app::AlkylationInputs& in, const app::AlkylationView& view,
                       const app::AlkylationScreen& screen, DrawnReport& rv, UiContext& ctx) {
  heading(ctx, "Mono or bis? A symmetric diamine");
  namespace decl = app::alkylation_input;
  number_field_with_slider(
      ctx, decl::kKappa, in.kappa, view.error,
      {"alkylation.kappa_slider", 0.001f, 100.0f, true, "κ = %.3g", nullptr, stale_value(view, view.kappa)});
  number_field_with_slider(ctx, decl::kEquiv, in.equivalents, view.error,
                           {"alkylation.equiv_slider", 0.0f, 2.0f, false, "%.2f equiv", nullptr,
                            stale_value(view, view.equivalents)});
  if (!view.valid) {
    draw_kappa_presets(in, view, rv, ctx);
    return;
  }
  mark_results();
  rv.status(keys::kStale);
  rv.big_row({keys::kUnreacted, keys::kMono, keys::kBis});
  PlotSpec spec;
  spec.id = "alkylation.fractions";
  spec.main_plot = true;
  spec.tool = "alkylation";
  spec.x_title = "Equivalents of electrophile";
  spec.y_title = "Fraction of diamine";
  spec.x_axis = {app::AxisScale::linear, 0, 2};
  spec.y_axis = {app::AxisScale::linear, 0, 1};
  spec.xs = &view.curve.equivalents;
  spec.series = {{"Unreacted", &view.curve.unreacted, 1},
                 {"Mono", &view.curve.mono, 2, nullptr, true},
                 {"Bis", &view.curve.bis, 5}};
  spec.marker_x = view.equivalents;
  spec.marker_label = app::format_sig(view.equivalents) + " equiv";
  spec.format_x = [](double x) { return app::format_sig(x) + " equiv"; };
  spec.format_y = [](double y) { return app::format_sig(y * 100) + " %"; };
  spec.csv = [&view] { return app::alkylation_fractions_csv(view); };
  add_alkylation_fit_points(screen.fit, spec);
  draw_plot(ctx, spec);
  end_results();  // a phone shows the fractions and the plot, then κ and the equivalents
  draw_kappa_presets(in, view, rv, ctx);
}

// The model's assumptions and sources, folded (the mirror and the card carry them).
void draw_model_sections(const app::AlkylationView& view, DrawnReport& rv, UiContext& ctx) {
  if (!view.valid) return;
  if (section_header(ctx, "alkylation.model", "The model")) {
    muted_text(
        "Assumes perfect mixing and complete reaction of the electrophile. Poor mixing (fast addition, "
        "viscous solution) lowers the mono selectivity below these numbers.");
    muted_text(app::kAlkylationModelText);
  }
  if (section_header(ctx, "alkylation.sources", "Sources")) rv.sources();
}

void draw_planner(app::AlkylationInputs& in, const app::AlkylationView& view, DrawnReport& rv,
                  UiContext& ctx) {
  heading(ctx, "How much excess makes mono-Boc clean?");
  namespace decl = app::alkylation_input;
  number_field_with_slider(ctx, decl::kDiamineEquiv, in.diamine_equiv, view.error,
                           {"alkylation.diamine_slider", 1.0f, 10.0f, false, "%.1f equiv", nullptr,
                            stale_value(view, view.protection.outcome.diamine_equiv)});
  number_field(ctx, decl::kElectrophileMmol, in.electrophile_mmol, view.error);
  if (!view.valid) return;
  const auto& p = view.protection;
  rv.big(keys::kMonoYield);
  // The planner's lines, muted and noted while stale, so they never read as the
  // amounts for what is typed now.
  rv.status(keys::kPlannerStale);
  rv.line(keys::kMonoToBis);
  rv.line(keys::kDiamineLeft);
  rv.line(keys::kBisYield);
  rv.sentence(keys::kPlannerWeighOut);
  rv.tag(keys::kDiamine);
  rv.tag(keys::kBoc2o);
  rv.sentence(keys::kPlannerExpect);
  rv.tag(keys::kMonoBoc);
  rv.sentence(keys::kMonobocWorkup, true);
  rv.sentence(keys::kMonoProtonation, true);
  PlotSpec yields;
  yields.id = "alkylation.excess";
  yields.tool = "alkylation";
  yields.x_title = "Diamine excess (equiv per electrophile)";
  yields.y_title = "Fraction of electrophile";
  yields.x_axis = {app::AxisScale::linear, 1, 10};
  yields.y_axis = {app::AxisScale::linear, 0, 1};
  yields.xs = &view.excess.diamine_equiv;
  yields.series = {{"Mono yield", &view.excess.mono_yield, 2, nullptr, true},
                   {"In bis", &view.excess.bis_yield, 5}};
  yields.marker_x = p.outcome.diamine_equiv;
  yields.marker_label = app::format_sig(p.outcome.diamine_equiv) + " equiv";
  yields.format_x = [](double x) { return app::format_sig(x) + " equiv"; };
  yields.format_y = [](double y) { return app::format_sig(y * 100) + " %"; };
  yields.height_px = 260;
  yields.csv = [&view] { return app::alkylation_excess_csv(view); };
  draw_plot(ctx, yields);
  PlotSpec ratio = yields;
  ratio.id = "alkylation.ratio";
  ratio.y_title = "Mono : bis (molar)";
  ratio.y_axis = {app::AxisScale::log10, 1, 1000};
  ratio.series = {{"Mono : bis", &view.excess.mono_to_bis, 4}};
  ratio.format_y = [](double y) { return app::format_sig(y) + " : 1"; };
  ratio.height_px = 220;
  ratio.csv = [&view] { return app::alkylation_ratio_csv(view); };
  draw_plot(ctx, ratio);
}

void draw_route(app::AlkylationInputs& in, const app::AlkylationView& view, DrawnReport& rv, UiContext& ctx) {
  heading(ctx, "Direct alkylation or protection first?");
  namespace decl = app::alkylation_input;
  number_field(ctx, decl::kAlkylationYield, in.alkylation_yield_pct, view.error);
  number_field(ctx, decl::kDeprotectionYield, in.deprotection_yield_pct, view.error);
  if (!view.valid) return;
  const std::string n = app::format_sig(view.protection.outcome.diamine_equiv);
  FlowBox question{"Mono-N-alkyl 1,4-diazepane", "from the free diamine", -1};
  FlowBranch direct{"direct",
                    {
                        {"1 equiv BnBr onto 1 equiv diamine",
                         "mono " + rv.value(keys::kDirectOneToOne) +
                             " per BnBr; the rest is bis and "
                             "unreacted diamine: a statistical mixture to separate",
                         5},
                        {"or BnBr onto " + n + " equiv diamine",
                         "mono " + rv.value(keys::kDirectMono) + " per BnBr, mono : bis " +
                             rv.value(keys::kDirectMonoToBis) + "; recover the excess diamine",
                         0},
                    }};
  FlowBranch protect{
      "protect",
      {
          {"Boc2O onto " + n + " equiv diamine", "mono-Boc " + rv.value(keys::kMonoYield) + " per Boc2O", 2},
          {"Alkylate the single free NH", percent_of(view.alkylation_yield) + ": no bis possible", 2},
          {"Remove Boc (TFA/DCM or HCl/dioxane)", percent_of(view.deprotection_yield), 2},
          {"Overall", rv.value(keys::kProtectionOverall) + " per Boc2O, one clean product", 2},
      }};
  rv.status(keys::kStale);
  draw_flow(ctx, "alkylation.route", question, {direct, protect});
  for (app::ReportKey key :
       {keys::kDirectOneToOne, keys::kDirectMono, keys::kDirectMonoToBis, keys::kProtectionOverall})
    rv.tag(key);
  rv.warnings();
}

}  // namespace

void draw_alkylation_panel(app::AlkylationInputs& inputs, app::AppSession& session, UiContext& ctx) {
  const app::AlkylationScreen screen = app::evaluate_alkylation_screen(inputs, session, edit_state());
  const app::AlkylationView& view = screen.view;
  ctx.mirror.add("alkylation", screen.report);
  ctx.mirror.add("alkylation", screen.fit_report);
  DrawnReport rv(screen.report, ctx);

  Columns columns = begin_columns("alkylation", 0.5f);
  draw_distribution(inputs, view, screen, rv, ctx);
  ImGui::Spacing();
  // Under the plot that shows the measured composition; closed, it takes one row.
  draw_alkylation_fit(inputs, screen, ctx);
  draw_model_sections(view, rv, ctx);
  next_column(columns);
  draw_planner(inputs, view, rv, ctx);
  ImGui::Spacing();
  draw_route(inputs, view, rv, ctx);
  end_columns(columns);
}

}  // namespace ui
