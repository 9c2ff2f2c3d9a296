#include "ui/route_panel.hpp"

#include "app/format.hpp"
#include "app/route_preset.hpp"
#include "chem/reagents.hpp"
#include "imgui.h"
#include "ui/layout.hpp"
#include "ui/persistence.hpp"
#include "ui/report_widgets.hpp"
#include "ui/theme.hpp"
#include "ui/typeset.hpp"
#include "ui/widgets.hpp"

namespace ui {
namespace {

namespace keys = app::report_key::route;

void draw_inputs(app::RouteInputs& in, const app::RouteView& view, DrawnReport& rv, UiContext& ctx) {
  namespace spec = app::route_input;
  const auto& error = view.error;
  heading(ctx, "Ring expansion: piperidone → 1,4-diazepane");
  // A published procedure loads its conditions; the planner's verdict on
  // each is under the results.
  ImGui::TextUnformatted(spec::kPreset.label.data());
  int preset = static_cast<int>(in.preset);
  if (segmented(ctx, "route.preset", spec::kPreset, preset))
    app::load_route_preset(in, static_cast<size_t>(preset));
  if (in.preset != 0)
    muted_text("The paper's conditions, and the planner's verdict on each, follow the results.");
  // The amount, the method, the azide and its portions first: what sets the
  // amounts on the right, in view beside them on a laptop.
  int unit = in.amount_in_mmol ? 1 : 0;
  if (segmented(ctx, "route.unit", spec::kAmountInMmol, unit)) in.amount_in_mmol = unit == 1;
  number_field(ctx, spec::kKetoneAmount, in.ketone_amount, error, 160, true, in.amount_in_mmol);
  ImGui::TextUnformatted(spec::kMethod.label.data());
  int method = static_cast<int>(in.method);
  if (segmented(ctx, "route.method", spec::kMethod, method))
    app::set_route_method(in, static_cast<chem::SchmidtMethod>(method));
  number_field(ctx, spec::kAzideEquiv, in.azide_equiv, error);
  const bool tmsn3 = in.method == chem::SchmidtMethod::tmsn3_tfoh;
  number_field(ctx, spec::kPortions, in.portions, error, 160, true, tmsn3);
  if (tmsn3) muted_text(chem::kTmsn3PortionNote);
  if (rv.find(keys::kMinPortions)) {
    rv.line(keys::kMinPortions);
    if (!tmsn3) {
      muted_text(
          "One portion reacting at once may warm the acid by at most 25 K, from 0 °C to room "
          "temperature, 12 K below HN3's boiling point.");
    }
  }
  number_field(ctx, spec::kAdditionMin, in.addition_min, error);
  if (tmsn3) {
    number_field(ctx, spec::kTfohEquiv, in.tfoh_equiv, error);
    number_field(ctx, spec::kBasicNEquiv, in.basic_n_equiv, error);
    muted_text("Each basic amine N takes 1 equiv TfOH.");
  } else {
    number_field(ctx, spec::kAcidMlPerG, in.acid_ml_per_g, error);
    muted_text("A practice value (a stirrable slurry), not stoichiometry.");
  }
  number_field(ctx, spec::kKetoneFormula, in.ketone_formula, error, 220);
  muted_text(
      "Default: 1-benzyl-4-piperidone. Assumes only the ketone reacts: other groups must survive the acid "
      "and LiAlH4.");
  number_field(ctx, spec::kLactamYield, in.lactam_yield_pct, error);
  slider_for(ctx, "route.lactam_yield_slider", in.lactam_yield_pct, 1.0f, 100.0f, false, "%.0f %%", "%.0f");
  number_field(ctx, spec::kLahEquiv, in.lah_equiv, error);
  int form = static_cast<int>(in.lah_form);
  if (segmented(ctx, "route.lah_form", spec::kLahForm, form)) in.lah_form = static_cast<size_t>(form);
  number_field(ctx, spec::kReductionYield, in.reduction_yield_pct, error);
  slider_for(ctx, "route.reduction_yield_slider", in.reduction_yield_pct, 1.0f, 100.0f, false, "%.0f %%",
             "%.0f");
}

void step_heading(UiContext& ctx, const char* text) {
  ImGui::Spacing();
  heading(ctx, text);
}

// The published procedure against the plan: one line per condition.
void draw_preset_verdicts(DrawnReport& rv, UiContext& ctx) {
  if (!rv.find(keys::kPreset)) return;
  step_heading(ctx, "The paper against the planner");
  rv.sentence(keys::kPreset);
  for (const auto& entry : rv.report()) {
    if (entry.key.rfind(keys::kPresetConditions.name, 0) != 0) continue;
    ImGui::Spacing();
    rv.line_named(entry.key);
  }
}

void draw_results(app::AppState& state, app::AppSession& session, const app::RouteView& view, DrawnReport& rv,
                  UiContext& ctx) {
  if (!rv.find(keys::kAzide)) {
    muted_text("Fix the marked input to see the route.");
    return;
  }
  rv.status(keys::kStale);
  rv.warnings(keys::kScaleWarning);
  rv.warnings(keys::kCautions);
  step_heading(ctx, "1. Schmidt reaction");
  rv.line(keys::kKetone);
  rv.big(keys::kAzide);
  rv.big(keys::kAcid);
  end_results();  // a phone shows the two amounts, then the inputs
  rv.line(keys::kPortions);
  rv.line(keys::kPortionTimes);
  rv.warnings(keys::kPortionWait);
  rv.warnings(keys::kTetrazoleWarning);
  rv.warnings(keys::kAzideHazardPrefix);
  rv.line(keys::kTfohFree);
  step_heading(ctx, "After the reaction: quench, base, azide waste");
  size_t number = 0;
  for (const auto& step : rv.report()) {
    if (step.kind != app::ReportKind::step) continue;
    ++number;
    ImGui::BeginGroup();
    // "Step 1: …", as the clipboard, the card and each step's hazard name it.
    wrapped_text("%s: %s", step.label.c_str(), step.value.c_str());
    wrapped_text_unformatted(step.detail);
    ImGui::EndGroup();
    rv.tag(step);
    rv.warnings_named(keys::kStepHazards.key(number));
    rv.sources_named(keys::kStepSources.key(number));
  }
  step_heading(ctx, "2. Lactam");
  rv.big(keys::kLactam);
  step_heading(ctx, "3. LiAlH4 reduction");
  rv.big(keys::kLah);
  rv.line(keys::kWorkup);
  if (button(ctx, "route.open_workup", "Open in the Workup tool")) {
    const double lah_g = view.result.lah_g;
    follow_link(state, session, "the route", [&](app::AppState& s) {
      s.workup.mode = chem::LahInputMode::mass_g;
      char grams[32];
      std::snprintf(grams, sizeof grams, "%.3g", lah_g);
      s.workup.mass_g.set(grams);
      s.tool = app::Tool::workup;
    });
  }
  step_heading(ctx, "4. Product");
  rv.big(keys::kAmine);
  draw_preset_verdicts(rv, ctx);
  // Folded, as in every tool; the mirror and the card carry them.
  if (section_header(ctx, "route.model", "The model")) muted_text(app::kRouteModelText);
  if (section_header(ctx, "route.sources", "Sources")) rv.sources(keys::kSource);
}

void draw_reagents_and_calculator(app::RouteInputs& in, const app::RouteView& view, DrawnReport& rv,
                                  UiContext& ctx) {
  step_heading(ctx, "Molar mass calculator");
  number_field(ctx, app::route_input::kCalculatorFormula, in.calculator_formula, view.calculator_error, 260);
  rv.big(keys::kCalculator);
  ImGui::Spacing();
  // A reference table: folded until asked for.
  if (!section_header(ctx, "route.reagents", "Reagents")) return;
  if (ImGui::BeginTable("reagents", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
    ImGui::TableSetupColumn("Reagent");
    ImGui::TableSetupColumn("Formula");
    ImGui::TableSetupColumn("M (g/mol)");
    ImGui::TableSetupColumn("Form");
    ImGui::TableHeadersRow();
    for (const auto& reagent : chem::reagent_table()) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      wrapped_text("%s", reagent.name.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(reagent.formula.empty() ? "mixture"
                                                     : typeset_chemistry(reagent.formula).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(reagent.molar_mass > 0 ? app::format_sig(reagent.molar_mass, 5).c_str() : "—");
      ImGui::TableNextColumn();
      std::string form = reagent.form;
      if (reagent.density_g_ml > 0) form += ", d " + app::format_sig(reagent.density_g_ml, 4);
      wrapped_text("%s", form.c_str());
    }
    ImGui::EndTable();
  }
}

}  // namespace

void draw_route_panel(app::AppState& state, app::AppSession& session, UiContext& ctx) {
  const app::RouteScreen screen = app::evaluate_route_screen(state.route, session, edit_state());
  const app::RouteView& view = screen.view;
  ctx.mirror.add("route", screen.report);
  DrawnReport rv(screen.report, ctx);
  Columns columns = begin_columns("route", 0.40f);
  draw_inputs(state.route, view, rv, ctx);
  draw_reagents_and_calculator(state.route, view, rv, ctx);
  next_column(columns);
  draw_results(state, session, view, rv, ctx);
  end_columns(columns);
}

}  // namespace ui
