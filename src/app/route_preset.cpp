#include "app/route_preset.hpp"

#include <cmath>
#include <cstdio>
#include <optional>

#include "app/fill.hpp"
#include "app/format.hpp"
#include "app/report_keys.hpp"

namespace app {
namespace {

using chem::PaperCondition;
using chem::Verdict;

// Up to six significant figures, as a person would type them: "2.1164", "380".
std::string typed(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.6g", value);
  return text;
}

// "60 min", "180 min (3 h)": the papers give whole minutes or hours.
std::string minutes(double value) {
  const long whole = std::lround(value);
  return std::to_string(whole) + " min" +
         (whole >= 120 && whole % 60 == 0 ? " (" + std::to_string(whole / 60) + " h)" : "");
}

// The Schmidt step's text fields: what a preset writes, and what
// route_preset_unchanged compares (with the unit and the method).
constexpr TextField RouteInputs::*kStepTexts[] = {&RouteInputs::ketone_formula,  &RouteInputs::ketone_amount,
                                                  &RouteInputs::azide_equiv,     &RouteInputs::portions,
                                                  &RouteInputs::addition_min,    &RouteInputs::acid_ml_per_g,
                                                  &RouteInputs::lactam_yield_pct};

void copy_step_fields(const RouteInputs& from, RouteInputs& to) {
  for (auto field : kStepTexts) to.*field = from.*field;
  to.amount_in_mmol = from.amount_in_mmol;
  to.method = from.method;
}

bool same_step_fields(const RouteInputs& a, const RouteInputs& b) {
  for (auto field : kStepTexts) {
    if ((a.*field).str() != (b.*field).str()) return false;
  }
  return a.amount_in_mmol == b.amount_in_mmol && a.method == b.method;
}

const char* kCosolventHazard =
    "Azide anion and dichloromethane give diazidomethane, CH2(N3)2, which explodes (R. E. Conrow, W. D. "
    "Dean, Org. Process Res. Dev. 2008, 12, 1285). In the strong acid the azide is HN3, so little forms "
    "during the reaction itself; but HN3 (bp 37 °C) dissolves in the low-boiling CH2Cl2 and is carried out "
    "with the N2, a hot spot boils it, and the CH2Cl2 is still there at the quench and where the base goes "
    "in (azide as N3-), and in the extract that is evaporated.";
const char* kExtractionHazard =
    "Azide in the basic water gives diazidomethane with CH2Cl2, found on evaporation (chloroform gives "
    "triazidomethane); a NaN3/H2SO4 mixture extracted with CH2Cl2 exploded (N. P. Peet, P. M. Weintraub, "
    "Chem. Eng. News, 19 April 1993, p. 4).";

PresetRow row_for(const chem::PublishedAssessment& a, chem::ConditionVerdict v) {
  const chem::PublishedProcedure& p = *a.procedure;
  const chem::RouteResult& plan = a.plan;
  const chem::RouteInput& in = a.input;
  const bool kept = v.verdict == Verdict::accepted;
  const std::string_view own = kept ? "" : " (the planner's own)";
  auto sig = [](double value, int figures = 3) { return format_sig(value, figures); };
  switch (v.condition) {
    case PaperCondition::ketone:
      return {"ketone",
              "Ketone, " + plan.ketone.hill,
              fill("{0} ({1} mol)", {format_mass_g(p.ketone_g), sig(p.ketone_mol_stated, 2)}),
              fill("{0} = {1} mmol", {format_mass_g(plan.ketone_g), sig(plan.ketone_mmol)}),
              "",
              "The paper's amount."};
    case PaperCondition::acid:
      return {
          "acid",
          "Conc. H2SO4",
          fill("{0} ({1} mL per g)", {format_volume_ml(p.acid_ml), sig(a.acid_ml_per_g)}),
          fill("{0} ({1} mL per g){2}", {format_volume_ml(plan.acid_ml), sig(in.acid_ml_per_g), own}),
          "",
          fill("At least {0} mL per g keeps a stirrable slurry (the planner's minimum). The planner's own "
               "default, 4 mL per g, takes up more heat per portion.",
               {sig(chem::kMinAcidMlPerG, 1)})};
    case PaperCondition::azide:
      return {
          "azide",
          "NaN3",
          fill("{0} ({1} mol, {2} equiv)",
               {format_mass_g(p.azide_g), sig(p.azide_mol_stated, 2), sig(p.azide_equiv_stated, 2)}),
          fill("{0} = {1} mmol, {2} equiv{3}",
               {format_mass_g(plan.azide_g), sig(plan.azide_mmol), sig(in.azide_equiv, 2), own}),
          "",
          fill("The planner allows up to {0} equiv, what this paper states, with no margin above it (its "
               "masses give {1} equiv; the plan uses the stated figure). Its own default, 1.5 equiv, is its "
               "choice. Above 2 equiv it cautions (tetrazole; the excess HN3 must be destroyed).{2}",
               {sig(chem::kMaxAzideEquiv, 2), sig(a.azide_equiv_from_masses, 4),
                plan.scale_warning ? fill(" {0} mol azide is between its 0.1 and 0.5 mol lines: a caution, "
                                          "not a refusal.",
                                          {sig(plan.azide_mmol / 1000)})
                                   : ""})};
    case PaperCondition::cosolvent:
      return {"cosolvent",
              "Co-solvent",
              fill("CH2Cl2, {0}", {format_volume_ml(p.cosolvent_ml)}),
              kept ? "as the paper" : fill("none: the acid alone{0}", {own}),
              "",
              fill("{0} Without it the acid alone takes each portion's heat: more, smaller portions (the "
                   "addition, below).",
                   {kCosolventHazard})};
    case PaperCondition::addition:
      return {
          "addition",
          "NaN3 addition",
          fill("over {0} at {1} °C; the number of portions is not given",
               {minutes(p.addition_min), sig(p.addition_temp_c, 1)}),
          fill("{0} portions over {1} min, one every {2} min{3}",
               {std::to_string(in.portions), sig(in.addition_min), sig(plan.interval_min), own}),
          "",
          fill("The heat gate: one portion reacting at once may warm the mixture by 25 K at most (0 °C to "
               "room temperature). Counting the paper's CH2Cl2 (an upper bound: it assumes a well-stirred "
               "emulsion, while the heat is released in the acid; {0} J/K beside the acid's {1} J/K; it "
               "boils at 39.6 °C, above that limit), it needs at least {2} portions; with one more, as the "
               "planner adds them, they come {3} min apart in the paper's time. In the acid alone it needs "
               "at least {4}, {5} min apart in the paper's time{6}",
               {sig(a.cosolvent_heat_capacity_j_per_k), sig(a.acid_heat_capacity_j_per_k),
                std::to_string(a.min_portions_with_cosolvent), sig(a.paper_interval_with_cosolvent_min),
                std::to_string(a.min_portions_acid_only), sig(a.paper_interval_acid_only_min),
                kept ? "." : ", under the 5 min the gate keeps between portions: so the longer addition."})};
    case PaperCondition::temperature:
      return {"temperature",
              "Temperature",
              fill("{0} °C during the addition, then {1} at about {2} °C",
                   {sig(p.addition_temp_c, 1), minutes(p.stir_min), sig(p.stir_temp_c, 1)}),
              kept ? "as the paper" : fill("0 °C, never warmer than room temperature{0}", {own}),
              "",
              "The plan keeps the mixture between 0 °C and room temperature (25 °C); the stirring time after "
              "the addition is not modelled."};
    case PaperCondition::quench_ice:
      return {
          "quench_ice",
          "Quench",
          fill("onto {0} of ice", {format_mass_g(p.ice_g)}),
          fill(kept ? "as the paper (at least {0})" : "at least {0} of ice{1}",
               {format_mass_g(plan.ice_min_g), own}),
          "",
          fill("Diluting and neutralising the acid releases {0} kJ, which {1} of ice takes up on melting.",
               {sig(plan.quench_heat_kj), format_mass_g(plan.ice_min_g)})};
    case PaperCondition::base:
      return {
          "base",
          "Base",
          fill("{0} of 15 % aqueous NH4OH, to pH {1}", {format_volume_ml(p.base_ml), sig(p.base_ph, 2)}),
          fill("{0} NaOH as a cold solution, to pH 12 or above{1}", {format_mass_g(plan.naoh_g), own}),
          "",
          "The planner counts its base and the heat as NaOH; the paper's ammonia is not modelled, and "
          "whether it reaches the stated pH is not checked here. Ammonia also leaves ammonium azide in the "
          "water, volatile and explosive when dry: never evaporate that layer."};
    case PaperCondition::extraction:
      return {"extraction",
              "Extraction",
              p.extraction_solvent,
              kept ? "as the paper" : fill("ethyl acetate or 2-MeTHF{0}", {own}),
              "",
              kExtractionHazard};
    case PaperCondition::recrystallisation:
      return {"recrystallisation",
              "Recrystallisation",
              fill("from {0}", {p.recrystallised_from}),
              "as the paper",
              "",
              "Not modelled."};
    case PaperCondition::yield:
      return {"yield",
              "Lactam yield",
              fill("{0}, {1} %", {format_mass_g(p.product_g), sig(p.yield_pct_stated, 2)}),
              fill("{0} % (the lactam yield)", {sig(in.lactam_yield * 100, 2)}),
              "",
              fill("{0} of {1} is {2} mmol: {3} % of the stated {4} mol. The plan keeps the paper's figure.",
                   {format_mass_g(p.product_g), plan.lactam.hill, sig(a.product_mmol),
                    sig(a.yield_from_mass_pct), sig(p.ketone_mol_stated, 2)})};
  }
  return {};
}

}  // namespace

const char* verdict_name(chem::Verdict verdict) {
  switch (verdict) {
    case Verdict::accepted:
      return "Accepted";
    case Verdict::changed:
      return "Changed";
    case Verdict::not_modelled:
      return "Kept, not modelled";
  }
  return "";
}

const chem::PublishedAssessment* route_preset_assessment(size_t preset) {
  namespace in = route_input;
  if (preset == 0 || preset >= static_cast<size_t>(in::kPreset.choice_count)) return nullptr;
  // Computed on first use, once per preset (a paper does not change).
  static std::vector<std::optional<chem::Outcome<chem::PublishedAssessment>>> cache(
      static_cast<size_t>(in::kPreset.choice_count));
  auto& slot = cache[preset];
  if (!slot) {
    const auto* procedure = chem::find_published_procedure(in::kPreset.choices[preset].name);
    if (!procedure) return nullptr;
    slot = chem::assess_published(*procedure);
  }
  return slot->ok() ? &slot->value() : nullptr;
}

void load_route_preset(RouteInputs& inputs, size_t preset) {
  const chem::PublishedAssessment* a = route_preset_assessment(preset);
  RouteInputs loaded;  // the planner's own defaults
  if (a) {
    const chem::RouteInput& in = a->input;
    loaded.ketone_formula.set(in.ketone_formula);
    loaded.amount_in_mmol = in.amount_in_mmol;
    loaded.ketone_amount.set(typed(in.ketone_amount));
    loaded.method = in.method;
    loaded.azide_equiv.set(typed(in.azide_equiv));
    loaded.portions.set(std::to_string(in.portions));
    loaded.addition_min.set(typed(in.addition_min));
    loaded.acid_ml_per_g.set(typed(in.acid_ml_per_g));
    loaded.lactam_yield_pct.set(typed(in.lactam_yield * 100));
  }
  copy_step_fields(loaded, inputs);
  inputs.preset = a ? preset : 0;
}

bool route_preset_unchanged(const RouteInputs& inputs) {
  RouteInputs loaded = inputs;
  load_route_preset(loaded, inputs.preset);
  return same_step_fields(loaded, inputs);
}

std::vector<PresetRow> preset_rows(const chem::PublishedAssessment& assessment) {
  std::vector<PresetRow> rows;
  for (const auto& verdict : assessment.verdicts) {
    rows.push_back(row_for(assessment, verdict));
    rows.back().verdict = verdict_name(verdict.verdict);
  }
  return rows;
}

std::string preset_summary(const chem::PublishedAssessment& assessment) {
  int accepted = 0, changed = 0, not_modelled = 0;
  for (const auto& v : assessment.verdicts) {
    (v.verdict == Verdict::accepted ? accepted : v.verdict == Verdict::changed ? changed : not_modelled) += 1;
  }
  return "the plan keeps " + std::to_string(accepted) + " of the paper's " +
         std::to_string(assessment.verdicts.size()) + " conditions, changes " + std::to_string(changed) +
         " that its gates refuse (marked \"the planner's own\"), and takes " + std::to_string(not_modelled) +
         " as given, not modelled";
}

void add_preset_entries(const RouteInputs& inputs, std::vector<ReportEntry>& entries) {
  namespace keys = report_key::route;
  const chem::PublishedAssessment* a = route_preset_assessment(inputs.preset);
  if (!a) return;
  std::string line =
      std::string(a->procedure->citation) + ". Against the planner: " + preset_summary(*a) + ".";
  if (!route_preset_unchanged(inputs))
    line += " The fields have changed since it was loaded: the verdicts are for the plan as loaded.";
  entries.push_back({keys::kPreset.name, "Published procedure", line});
  for (const PresetRow& row : preset_rows(*a)) {
    entries.push_back({keys::kPresetConditions.key(row.key), row.condition,
                       row.verdict + ". Paper: " + row.paper + ". Plan: " + row.plan + ". " + row.why});
  }
}

}  // namespace app
