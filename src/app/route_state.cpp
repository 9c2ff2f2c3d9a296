#include "app/route_state.hpp"

#include <cmath>

#include "app/format.hpp"
#include "app/report_keys.hpp"
#include "app/route_preset.hpp"
#include "app/workup_state.hpp"
#include "chem/number_input.hpp"

namespace app {
namespace {

namespace in = route_input;

std::optional<chem::InputError> read_inputs(const RouteInputs& fields, chem::RouteInput& out) {
  out.ketone_formula = fields.ketone_formula.str();
  out.amount_in_mmol = fields.amount_in_mmol;
  out.method = fields.method;
  double portions = 0, lactam_pct = 0, reduction_pct = 0;
  if (auto e = read_number(in::kKetoneAmount, fields.ketone_amount, out.ketone_amount, fields.amount_in_mmol))
    return e;
  if (auto e = read_number(in::kAzideEquiv, fields.azide_equiv, out.azide_equiv)) return e;
  if (fields.method == chem::SchmidtMethod::tmsn3_tfoh) {
    if (auto e = read_number(in::kTfohEquiv, fields.tfoh_equiv, out.tfoh_equiv)) return e;
    if (auto e = read_number(in::kBasicNEquiv, fields.basic_n_equiv, out.basic_n_equiv)) return e;
  } else {
    if (auto e = read_number(in::kAcidMlPerG, fields.acid_ml_per_g, out.acid_ml_per_g)) return e;
  }
  // Every method adds its azide in portions (TMSN3: parts of the dropwise addition).
  if (auto e = read_number(in::kPortions, fields.portions, portions)) return e;
  out.portions = static_cast<int>(std::min(portions, 1e6));
  if (auto e = read_number(in::kAdditionMin, fields.addition_min, out.addition_min)) return e;
  if (auto e = read_number(in::kLactamYield, fields.lactam_yield_pct, lactam_pct)) return e;
  if (auto e = read_number(in::kLahEquiv, fields.lah_equiv, out.lah_equiv)) return e;
  if (auto e = read_number(in::kReductionYield, fields.reduction_yield_pct, reduction_pct)) return e;
  if (lactam_pct > 100) return chem::InputError{"lactam_yield", "Lactam yield cannot exceed 100 %"};
  if (reduction_pct > 100) return chem::InputError{"reduction_yield", "Reduction yield cannot exceed 100 %"};
  out.lactam_yield = lactam_pct / 100;
  out.reduction_yield = reduction_pct / 100;
  out.lah_molarity = fields.lah_form == 0
                         ? 0
                         : kLahSolutionPresets[(fields.lah_form - 1) % kLahSolutionPresets.size()].molarity;
  return std::nullopt;
}

}  // namespace

void set_route_method(RouteInputs& in, chem::SchmidtMethod method) {
  if (method == in.method) return;
  in.method = method;
  // The portions follow the new method's least number at the amounts on
  // screen (an unreadable field counts as its default), and the addition
  // time stretches if the portions would come closer than the least interval.
  chem::RouteInput amounts;
  read_inputs(in, amounts);
  amounts.method = method;
  const int portions = chem::default_portions(amounts);
  in.portions.set(std::to_string(portions));
  double minutes = 0;
  const bool readable = !read_number(route_input::kAdditionMin, in.addition_min, minutes);
  if (!readable || minutes < chem::kMinPortionIntervalMin * (portions - 1))
    in.addition_min.set(format_sig(chem::default_addition_min(portions)));
}

RouteView evaluate_route(const RouteInputs& in, const RouteView* last_valid) {
  RouteView view;
  chem::RouteInput input;
  std::optional<chem::InputError> error = read_inputs(in, input);
  if (!error) {
    auto result = chem::plan_route(input);
    if (result.ok()) {
      view.result = result.value();
      view.valid = true;
    } else {
      error = result.error();
    }
  }
  if (error) {
    if (last_valid && last_valid->valid) {
      view = *last_valid;
      view.stale = true;
    }
    view.error = error;
  }
  view.lah_as_solution = input.lah_molarity > 0;
  auto formula = chem::parse_formula(in.calculator_formula.str());
  view.calculator.reset();
  view.calculator_error.reset();
  if (formula.ok()) {
    view.calculator = formula.value();
  } else {
    view.calculator_error = chem::InputError{"calculator_formula", formula.error().message};
  }
  return view;
}

namespace {

// The molar-mass calculator answers its own field: never stale with the route.
void add_calculator(const RouteInputs& in, const RouteView& view, std::vector<ReportEntry>& entries) {
  if (view.calculator) {
    entries.push_back(
        {report_key::route::kCalculator.name, "Molar mass of " + in.calculator_formula.str(),
         format_sig(view.calculator->molar_mass, 6) + " g/mol (" + view.calculator->hill + ")"});
  } else if (view.calculator_error) {
    entries.push_back({report_key::route::kCalculatorError.name, "Molar mass", view.calculator_error->message,
                       ReportKind::status});
  }
}

}  // namespace

std::vector<ReportEntry> route_report(const RouteInputs& in, const RouteView& view) {
  namespace spec = route_input;
  namespace keys = report_key::route;
  const bool tms = in.method == chem::SchmidtMethod::tmsn3_tfoh;
  // Every input the panel shows, so a screen reader (and a test) can read back what was set.
  std::vector<ReportEntry> entries{
      input_entry(spec::kKetoneFormula, in.ketone_formula),
      input_entry(spec::kKetoneAmount, in.ketone_amount, in.amount_in_mmol),
      input_entry(spec::kAzideEquiv, in.azide_equiv),
  };
  if (tms) {
    entries.push_back(input_entry(spec::kTfohEquiv, in.tfoh_equiv));
    entries.push_back(input_entry(spec::kBasicNEquiv, in.basic_n_equiv));
  }
  entries.push_back(input_entry(spec::kPortions, in.portions, tms));
  entries.push_back(input_entry(spec::kAdditionMin, in.addition_min));
  if (!tms) entries.push_back(input_entry(spec::kAcidMlPerG, in.acid_ml_per_g));
  for (const auto& [input, field] : {std::pair{&spec::kLactamYield, &in.lactam_yield_pct},
                                     {&spec::kLahEquiv, &in.lah_equiv},
                                     {&spec::kReductionYield, &in.reduction_yield_pct},
                                     {&spec::kCalculatorFormula, &in.calculator_formula}})
    entries.push_back(input_entry(*input, *field));
  if (view.error)
    entries.push_back({keys::kError.name, "Input problem", view.error->message, ReportKind::status});
  if (view.stale) entries.push_back({keys::kStale.name, "Results", kStaleText, ReportKind::status});
  entries.push_back({keys::kSource.name, "Sources", kRouteCitations, ReportKind::source});
  if (!view.valid) {
    add_preset_entries(in, entries);
    add_calculator(in, view, entries);
    return entries;
  }
  const chem::RouteResult& r = view.result;
  entries.insert(
      entries.end(),
      {
          {keys::kKetone.name, "Ketone",
           format_mass_g(r.ketone_g) + " = " + format_sig(r.ketone_mmol) + " mmol (" + r.ketone.hill + ")"},
          {keys::kAzide.name, tms ? "TMSN3" : "NaN3",
           format_mass_g(r.azide_g) + (tms ? " = " + format_volume_ml(r.azide_ml) : "") + " (" +
               format_sig(r.azide_mmol) + " mmol)"},
          {keys::kAcid.name,
           tms                                            ? "TfOH"
           : in.method == chem::SchmidtMethod::nan3_h2so4 ? "Conc. H2SO4"
                                                          : "MsOH",
           format_volume_ml(r.acid_ml) + " (" + format_sig(r.acid_mmol) + " mmol)"},
      });
  if (!r.schedule.empty() && !tms) {
    entries.push_back({keys::kPortions.name, "Azide portions",
                       std::to_string(r.schedule.size()) + " × " + format_mass_g(r.schedule[0].mass_g) +
                           " at 0 °C, one every " + format_sig(r.interval_min) + " min"});
    entries.push_back({keys::kMinPortions.name, "Least number of portions (heat gate)",
                       std::to_string(r.min_portions) + "; one portion at once: +" +
                           format_sig(r.portion_rise_k, 2) + " K"});
    // Whole minutes (portions are at least 5 min apart): two significant
    // figures would print "120 min" twice above 100 min.
    std::string times;
    for (const auto& portion : r.schedule)
      times += (times.empty() ? "" : ", ") + std::to_string(std::lround(portion.time_min)) + " min";
    entries.push_back({keys::kPortionTimes.name, "Portion times", times});
    entries.push_back({keys::kPortionWait.name, "Caution", chem::kPortionWaitNote, ReportKind::warning});
  }
  if (!r.schedule.empty() && tms) {
    entries.push_back({keys::kPortions.name, "TMSN3 parts",
                       std::to_string(r.schedule.size()) + " × " + format_volume_ml(r.portion_ml) +
                           " at 0 °C, one every " + format_sig(r.interval_min) + " min"});
    entries.push_back(
        {keys::kMinPortions.name, "Least number of parts",
         std::to_string(r.min_portions) +
             " (this tool's choice: at least 10, at most 5 mmol each; no calorimetry for this method)"});
  }
  if (tms)
    entries.push_back(
        {keys::kTfohFree.name, "TfOH left after the basic N", format_sig(r.tfoh_free_equiv) + " equiv"});
  // A yield rule of thumb: a caution, below the azide's own dangers.
  if (r.tetrazole_risk)
    entries.push_back({keys::kTetrazoleWarning.name, "Caution", chem::kTetrazoleNote, ReportKind::warning});
  if (r.scale_warning)
    entries.push_back({keys::kScaleWarning.name, "Caution: scale", *r.scale_warning, ReportKind::warning});
  for (const auto& caution : r.cautions)
    entries.push_back({keys::kCautions.key(caution.key), "Caution", caution.text, ReportKind::warning});
  const auto& hazards = chem::azide_hazard_notes();
  for (size_t i = 0; i < hazards.size(); ++i) {
    entries.push_back({keys::kAzideHazards.key(i + 1), "Azide hazard", hazards[i].text, ReportKind::warning});
    entries.back().level = hazards[i].level;
  }
  // After the reaction: each step with its own hazard and source, so the screen
  // can put the hazard beside its step and every surface can cite it.
  for (size_t i = 0; i < r.steps.size(); ++i) {
    const chem::RouteStep& step = r.steps[i];
    entries.push_back(
        {keys::kSteps.key(i + 1), "Step " + std::to_string(i + 1), step.title, ReportKind::step});
    entries.back().detail = step.detail;
    // The hazard names its step: the clipboard and the card list warnings apart from the steps.
    entries.push_back({keys::kStepHazards.key(i + 1), "Hazard",
                       "Step " + std::to_string(i + 1) + ", " + step.title + ": " + step.hazard,
                       ReportKind::warning});
    entries.back().level = step.hazard_level;
    entries.push_back({keys::kStepSources.key(i + 1), "Source", step.source, ReportKind::source});
  }
  entries.insert(
      entries.end(),
      {
          {keys::kLactam.name, "Lactam",
           format_mass_g(r.lactam_g) + " = " + format_sig(r.lactam_mmol) + " mmol (" + r.lactam.hill + ")"},
          {keys::kLah.name, "LiAlH4",
           format_mass_g(r.lah_g) + " = " + format_sig(r.lah_mmol) + " mmol" +
               (view.lah_as_solution ? " = " + format_volume_ml(r.lah_solution_ml) + " of solution" : "")},
          {keys::kWorkup.name, "Fieser workup",
           format_volume_ml(r.workup.water_first_ml) + " water, " + format_volume_ml(r.workup.naoh_15pct_ml) +
               " 15 % NaOH, " + format_volume_ml(r.workup.water_last_ml) + " water"},
          {keys::kAmine.name, "Product amine",
           format_mass_g(r.amine_g) + " = " + format_sig(r.amine_mmol) + " mmol (" + r.amine.hill + ")"},
      });
  if (view.stale) mark_stale(entries);
  add_preset_entries(in, entries);  // the paper against the plan as loaded: never stale
  add_calculator(in, view, entries);
  return entries;
}

}  // namespace app
