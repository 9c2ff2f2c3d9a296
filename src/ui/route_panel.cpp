#include "ui/route_panel.hpp"

#include "app/format.hpp"
#include "chem/reagents.hpp"
#include "imgui.h"
#include "ui/layout.hpp"
#include "ui/persistence.hpp"
#include "ui/theme.hpp"
#include "ui/typeset.hpp"
#include "ui/widgets.hpp"

namespace ui {
namespace {

void draw_inputs(app::RouteInputs& in, const app::RouteView& view, UiContext& ctx) {
  const auto& error = view.error;
  heading(ctx, "Ring expansion: piperidone → 1,4-diazepane");
  number_field(ctx, "ketone_formula", "Ketone (formula; default 1-benzyl-4-piperidone)", in.ketone_formula,
               "", error, 220);
  muted_text("Assumes only the ketone reacts: other groups must survive the acid and LiAlH4.");
  static const char* const kUnits[] = {"g", "mmol"};
  int unit = in.amount_in_mmol ? 1 : 0;
  if (segmented(ctx, "route.unit", kUnits, 2, unit)) in.amount_in_mmol = unit == 1;
  number_field(ctx, "ketone_amount", "Amount of ketone", in.ketone_amount, in.amount_in_mmol ? "mmol" : "g",
               error);
  ImGui::TextUnformatted("Schmidt conditions");
  static const char* const kMethods[] = {"NaN3 / H2SO4", "NaN3 / MsOH", "TMSN3 / TfOH"};
  int method = static_cast<int>(in.method);
  if (segmented(ctx, "route.method", kMethods, 3, method))
    app::set_route_method(in, static_cast<chem::SchmidtMethod>(method));
  number_field(ctx, "azide_equiv", "Azide per ketone", in.azide_equiv, "equiv", error);
  if (in.method == chem::SchmidtMethod::tmsn3_tfoh) {
    number_field(ctx, "tfoh_equiv", "TfOH per ketone", in.tfoh_equiv, "equiv", error);
    number_field(ctx, "basic_n_equiv", "Basic amine N per ketone (each takes 1 TfOH)", in.basic_n_equiv,
                 "equiv", error);
    number_field(ctx, "portions", "TMSN3 added in", in.portions, "parts", error);
    muted_text(chem::kTmsn3PortionNote);
    number_field(ctx, "addition_min", "over", in.addition_min, "min", error);
  } else {
    number_field(ctx, "portions", "NaN3 added in", in.portions, "portions", error);
    if (view.valid && !view.result.schedule.empty()) {
      muted_text("At least " + std::to_string(view.result.min_portions) +
                 " here: one portion reacting at once may warm the acid by at most 25 K, from 0 °C to "
                 "room temperature, 12 K below HN3's boiling point.");
    }
    number_field(ctx, "addition_min", "over", in.addition_min, "min", error);
    number_field(ctx, "acid_ml_per_g", "Acid per gram of ketone (practice value)", in.acid_ml_per_g, "mL/g",
                 error);
  }
  number_field(ctx, "lactam_yield", "Lactam yield", in.lactam_yield_pct, "%", error);
  slider_for(ctx, "route.lactam_yield_slider", in.lactam_yield_pct, 1.0f, 100.0f, false, "%.0f %%", "%.0f");
  number_field(ctx, "lah_equiv", "LiAlH4 per lactam", in.lah_equiv, "equiv", error);
  static const char* const kForms[] = {"Solid", "1.0 M", "2.0 M", "2.4 M", "4.0 M"};
  int form = static_cast<int>(in.lah_form);
  if (segmented(ctx, "route.lah_form", kForms, 5, form)) in.lah_form = static_cast<size_t>(form);
  number_field(ctx, "reduction_yield", "Reduction yield", in.reduction_yield_pct, "%", error);
  slider_for(ctx, "route.reduction_yield_slider", in.reduction_yield_pct, 1.0f, 100.0f, false, "%.0f %%",
             "%.0f");
}

void step_heading(UiContext& ctx, const char* text) {
  ImGui::Spacing();
  heading(ctx, text);
}

void draw_results(app::AppState& state, app::AppSession& session, const app::RouteView& view,
                  UiContext& ctx) {
  if (!view.valid) {
    muted_text("Fix the marked input to see the route.");
    return;
  }
  if (view.stale) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette().caution);
    wrapped_text("Stale: these amounts are for the last valid input.");
    ImGui::PopStyleColor();
  }
  const chem::RouteResult& r = view.result;
  const bool tms = state.route.method == chem::SchmidtMethod::tmsn3_tfoh;
  if (r.scale_warning) warning_text(chem::WarningLevel::caution, *r.scale_warning);
  for (const auto& caution : r.cautions) warning_text(chem::WarningLevel::caution, caution.text);
  step_heading(ctx, "1. Schmidt reaction");
  wrapped_text("%s ketone (%s, %s mmol).", app::format_mass_g(r.ketone_g).c_str(), r.ketone.hill.c_str(),
               app::format_sig(r.ketone_mmol).c_str());
  if (tms) {
    big_result(ctx, "TMSN3", app::format_volume_ml(r.azide_ml), view.stale);
    big_result(ctx, "TfOH", app::format_volume_ml(r.acid_ml), view.stale);
    wrapped_text("Add TMSN3 in %zu parts of %s, one every %s min, at 0 °C.", r.schedule.size(),
                 app::format_volume_ml(r.portion_ml).c_str(), app::format_sig(r.interval_min).c_str());
  } else {
    big_result(ctx, "NaN3", app::format_mass_g(r.azide_g), view.stale);
    big_result(ctx, state.route.method == chem::SchmidtMethod::nan3_h2so4 ? "Conc. H2SO4" : "MsOH",
               app::format_volume_ml(r.acid_ml), view.stale);
    wrapped_text("Add NaN3 in %zu portions of %s, one every %s min, at 0 °C:", r.schedule.size(),
                 app::format_mass_g(r.schedule.empty() ? 0 : r.schedule[0].mass_g).c_str(),
                 app::format_sig(r.interval_min).c_str());
    std::string times;
    for (const auto& portion : r.schedule)
      times += (times.empty() ? "" : ", ") + app::format_sig(portion.time_min, 2) + " min";
    muted_text(times);
    warning_text(chem::WarningLevel::caution, chem::kPortionWaitNote);
  }
  if (r.tetrazole_risk) {
    warning_text(chem::WarningLevel::danger, chem::kTetrazoleNote);
  }
  for (const auto& note : chem::azide_hazard_notes()) warning_text(chem::WarningLevel::caution, note);
  if (tms) {
    wrapped_text("TfOH left for the reaction after the basic N: %s equiv.",
                 app::format_sig(r.tfoh_free_equiv).c_str());
  }
  step_heading(ctx, "After the reaction: quench, base, azide waste");
  for (size_t i = 0; i < r.steps.size(); ++i) {
    const chem::RouteStep& step = r.steps[i];
    wrapped_text("%c. %s", static_cast<char>('a' + i), step.title.c_str());
    wrapped_text("%s", step.detail.c_str());
    warning_text(chem::WarningLevel::caution, step.hazard);
    muted_text("Source: " + step.source);
  }
  step_heading(ctx, "2. Lactam");
  big_result(ctx, r.lactam.hill.c_str(), app::format_mass_g(r.lactam_g), view.stale);
  step_heading(ctx, "3. LiAlH4 reduction");
  big_result(ctx, "LiAlH4", app::format_mass_g(r.lah_g), view.stale);
  if (view.lah_as_solution)
    wrapped_text("= %s of the solution", app::format_volume_ml(r.lah_solution_ml).c_str());
  wrapped_text("Fieser workup: %s water, %s 15 %% NaOH, %s water.",
               app::format_volume_ml(r.workup.water_first_ml).c_str(),
               app::format_volume_ml(r.workup.naoh_15pct_ml).c_str(),
               app::format_volume_ml(r.workup.water_last_ml).c_str());
  if (ImGui::Button("Open in the Workup tool", touch_button_size("Open in the Workup tool"))) {
    follow_link(state, session, "the route", [&](app::AppState& s) {
      s.workup.mode = chem::LahInputMode::mass_g;
      char grams[32];
      std::snprintf(grams, sizeof grams, "%.3g", r.lah_g);
      s.workup.mass_g.set(grams);
      s.tool = app::Tool::workup;
    });
  }
  ctx.tag_last_item("route.open_workup");
  step_heading(ctx, "4. Product");
  big_result(ctx, r.amine.hill.c_str(), app::format_mass_g(r.amine_g), view.stale);
  muted_text(app::kRouteCitations);
  muted_text(app::kRouteModelText);
}

void draw_reagents_and_calculator(app::RouteInputs& in, const app::RouteView& view, UiContext& ctx) {
  step_heading(ctx, "Molar mass calculator");
  number_field(ctx, "calculator_formula", "Formula (hydrates with · or *)", in.calculator_formula, "",
               view.calculator_error, 260);
  if (view.calculator) {
    big_result(ctx, view.calculator->hill.c_str(), app::format_sig(view.calculator->molar_mass, 6) + " g/mol",
               false);
  }
  step_heading(ctx, "Reagents");
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
  const app::RouteView* last = session.last_valid_route ? &*session.last_valid_route : nullptr;
  const app::RouteView view = app::evaluate_route(state.route, last);
  if (view.valid && !view.stale && may_commit(session.last_valid_route.has_value()))
    session.last_valid_route = view;
  ctx.mirror("route", app::route_report(state.route, view));
  Columns columns = begin_columns("route", 0.40f);
  draw_inputs(state.route, view, ctx);
  draw_reagents_and_calculator(state.route, view, ctx);
  next_column(columns);
  draw_results(state, session, view, ctx);
  end_columns(columns);
}

}  // namespace ui
