#include "app/workup_state.hpp"

#include <utility>

#include "app/format.hpp"
#include "app/input_spec.hpp"
#include "app/report_keys.hpp"
#include "chem/constants.hpp"

namespace app {
namespace {

namespace spec = workup_input;

// Reads the fields of the chosen mode into the model's input struct (the
// model checks the ranges).
std::optional<chem::InputError> read_amount(const WorkupInputs& in, chem::LahAmountInput& out) {
  out.mode = in.mode;
  switch (in.mode) {
    case chem::LahInputMode::mass_g:
      return read_number(spec::kMassG, in.mass_g, out.mass_g);
    case chem::LahInputMode::mass_mg:
      return read_number(spec::kMassMg, in.mass_mg, out.mass_mg);
    case chem::LahInputMode::millimoles:
      return read_number(spec::kMillimoles, in.millimoles, out.millimoles);
    case chem::LahInputMode::solution: {
      if (auto e = read_number(spec::kSolutionMl, in.solution_ml, out.solution_ml)) return e;
      const SolutionPreset& preset = kLahSolutionPresets[in.solution_preset % kLahSolutionPresets.size()];
      if (preset.molarity > 0) {
        out.solution_molarity = preset.molarity;
        return std::nullopt;
      }
      return read_number(spec::kMolarity, in.custom_molarity, out.solution_molarity);
    }
    case chem::LahInputMode::equivalents:
      if (auto e = read_number(spec::kEquivalents, in.equivalents, out.equivalents)) return e;
      return read_number(spec::kSubstrateMmol, in.substrate_mmol, out.substrate_mmol);
  }
  return chem::InputError{"mode", "Choose how the LiAlH4 amount is given"};
}

std::string conversion_line(const chem::LahAmountInput& in, const chem::LahAmount& amount) {
  const std::string mmol = format_sig(amount.millimoles) + " mmol";
  const std::string grams = format_sig(amount.grams) + " g";
  switch (in.mode) {
    case chem::LahInputMode::mass_g:
      return grams + " LiAlH4 ÷ 37.95 g/mol = " + mmol;
    case chem::LahInputMode::mass_mg:
      return format_sig(in.mass_mg) + " mg = " + grams + " LiAlH4 = " + mmol;
    case chem::LahInputMode::millimoles:
      return mmol + " × 37.95 g/mol = " + grams + " LiAlH4";
    case chem::LahInputMode::solution:
      return format_sig(in.solution_ml) + " mL × " + format_sig(in.solution_molarity) + " mol/L = " + mmol +
             " = " + grams + " LiAlH4";
    case chem::LahInputMode::equivalents:
      return format_sig(in.equivalents) + " equiv × " + format_sig(in.substrate_mmol) +
             " mmol substrate = " + mmol + " = " + grams + " LiAlH4";
  }
  return grams;
}

std::vector<ProtocolStep> fieser_steps(const chem::FieserWorkup& w) {
  return {
      {"Cool to 0 °C and dilute",
       "Ice bath; dilute the reaction with diethyl ether (or THF) so the salts can be stirred."},
      {"Add " + format_volume_ml(w.water_first_ml) + " water",
       "Dropwise, slowly, with vigorous stirring: this step releases the hydrogen and the heat."},
      {"Add " + format_volume_ml(w.naoh_15pct_ml) + " 15 % aqueous NaOH",
       "Dropwise (15 g NaOH per 100 g solution). The grey slurry starts to turn white."},
      {"Add " + format_volume_ml(w.water_last_ml) + " water", "Then remove the ice bath."},
      {"Warm to room temperature, stir 15–30 min", "Until the precipitate is white and granular."},
      {"Add anhydrous MgSO4, stir 15 min",
       "A spatula or two; it binds the excess water and firms the solid."},
      {"Filter through Celite and rinse the cake",
       "Rinse well with ether or THF. Polar amines (such as 1,4-diazepanes) cling to the aluminium salts: "
       "rinse with warm THF. Rochelle salt suits amines that extract (1-benzyl-1,4-diazepane), not the "
       "water-soluble free diamine."},
  };
}

using VisibleField = std::pair<const InputSpec*, const TextField*>;

// The text fields on screen in the current mode, as typed.
std::vector<VisibleField> visible_fields(const WorkupInputs& in) {
  switch (in.mode) {
    case chem::LahInputMode::mass_g:
      return {{&spec::kMassG, &in.mass_g}};
    case chem::LahInputMode::mass_mg:
      return {{&spec::kMassMg, &in.mass_mg}};
    case chem::LahInputMode::millimoles:
      return {{&spec::kMillimoles, &in.millimoles}};
    case chem::LahInputMode::solution:
      if (kLahSolutionPresets[in.solution_preset % kLahSolutionPresets.size()].molarity > 0) {
        return {{&spec::kSolutionMl, &in.solution_ml}};
      }
      return {{&spec::kSolutionMl, &in.solution_ml}, {&spec::kMolarity, &in.custom_molarity}};
    case chem::LahInputMode::equivalents:
      return {{&spec::kEquivalents, &in.equivalents}, {&spec::kSubstrateMmol, &in.substrate_mmol}};
  }
  return {};
}

}  // namespace

WorkupView evaluate_workup(const WorkupInputs& inputs, const std::optional<chem::FieserWorkup>& last_valid) {
  WorkupView view;
  chem::LahAmountInput amount_input;
  std::optional<chem::Outcome<chem::LahAmount>> amount;
  if (auto text_error = read_amount(inputs, amount_input)) {
    view.error = *text_error;
  } else {
    amount = chem::resolve_lah_amount(amount_input);
    if (!amount->ok()) view.error = amount->error();
  }
  if (!view.error) {
    auto workup = chem::fieser_workup(amount->value().grams);
    if (workup.ok()) {
      view.workup = workup.value();
      view.conversions.push_back(conversion_line(amount_input, amount->value()));
    } else {
      view.error = workup.error();
    }
  }
  if (view.error) {
    view.workup = last_valid;
    view.stale = last_valid.has_value();
  }
  if (view.workup) {
    view.steps = fieser_steps(*view.workup);
    view.warnings = chem::workup_scale_warnings(*view.workup);
  }
  return view;
}

std::vector<ProtocolStep> workup_alternatives(const chem::FieserWorkup& w) {
  return {
      {"Rochelle salt (potassium sodium tartrate)",
       "After destroying the excess hydride (ethyl acetate, then a little water at 0 °C), add saturated "
       "aqueous Rochelle salt and stir vigorously until two clear layers form (often 1 h to overnight). "
       "Tartrate binds aluminium, so emulsions break and polar amines are released. The literature gives "
       "no per-gram volume: use a generous excess, comparable to the reaction volume."},
      {"Glauber's salt (Na2SO4·10H2O)",
       "Add the solid in portions at 0 °C until no more gas evolves, stir, then filter. Its crystal water "
       "quenches gently and the sulfate dries the solution. Least amount that carries the water for " +
           format_mass_g(w.lah_g) + " LiAlH4 (2 H2O per LiAlH4, LiAlH4 + 2 H2O → LiAlO2 + 4 H2): " +
           format_mass_g(w.glauber_salt_min_g) +
           "; in practice a clear excess is used — the literature gives no per-gram rule."},
  };
}

std::vector<ReportEntry> workup_report(const WorkupInputs& inputs, const WorkupView& view) {
  namespace keys = report_key::workup;
  std::vector<ReportEntry> entries;
  // The mode in words (the panel's buttons say "g", "Solution").
  static const char* const kModeNames[] = {"mass (g)", "mass (mg)", "amount (mmol)", "solution volume",
                                           "equivalents"};
  entries.push_back({keys::kMode.name, std::string(spec::kMode.label),
                     kModeNames[static_cast<int>(inputs.mode)], ReportKind::input});
  // Named as the messages name them ("LiAlH4 mass (g)"; the panel asks "Mass of LiAlH4").
  for (const auto& [input, field] : visible_fields(inputs))
    entries.push_back(noun_entry(input->rule(), *field));
  if (view.error)
    entries.push_back({keys::kError.name, "Input problem", view.error->message, ReportKind::status});
  if (view.stale) entries.push_back({keys::kStale.name, "Results", kStaleText, ReportKind::status});
  if (!view.workup) {
    entries.push_back({keys::kSource.name, "Source", kFieserCitation, ReportKind::source});
    return entries;
  }
  const chem::FieserWorkup& w = *view.workup;
  for (const auto& line : view.conversions) entries.push_back({keys::kConversion.name, "Conversion", line});
  entries.push_back({keys::kLahG.name, "LiAlH4 mass", format_sig(w.lah_g) + " g"});
  entries.push_back({keys::kLahMmol.name, "LiAlH4 amount", format_sig(w.lah_mmol) + " mmol"});
  entries.push_back({keys::kWaterFirstMl.name, "1st addition: water", format_volume_ml(w.water_first_ml)});
  entries.push_back(
      {keys::kNaoh15pctMl.name, "2nd addition: 15 % aq. NaOH", format_volume_ml(w.naoh_15pct_ml)});
  entries.push_back({keys::kWaterLastMl.name, "3rd addition: water", format_volume_ml(w.water_last_ml)});
  entries.push_back({keys::kH2MolMax.name, "H2 released, upper bound", format_sig(w.h2_mol_max) + " mol"});
  entries.push_back(
      {keys::kH2L25cMax.name, "H2 volume at 25 °C, 1 atm, upper bound", format_sig(w.h2_l_25c_max) + " L"});
  entries.push_back({keys::kWaterStoichiometricMl.name,
                     "Least water that destroys the hydride, formally (2 H2O per LiAlH4, to LiAlO2)",
                     format_volume_ml(w.water_stoichiometric_ml)});
  // The recipe's water counts the water of the 15 % NaOH solution too.
  const double naoh_water_ml = w.fieser_water_ml - w.water_first_ml - w.water_last_ml;
  entries.push_back({keys::kFieserWaterMl.name,
                     "Water the recipe adds in all, the 15 % NaOH's water included",
                     format_volume_ml(w.fieser_water_ml) + " (" + format_sig(w.water_first_ml) + " + " +
                         format_volume_ml(w.water_last_ml) + " water, " + format_volume_ml(naoh_water_ml) +
                         " in the NaOH solution), " +
                         format_sig(w.fieser_water_ml / w.water_stoichiometric_ml, 2) + " times the least"});
  for (size_t i = 0; i < view.warnings.size(); ++i) {
    entries.push_back({keys::kWarnings.key(i + 1), "Safety", view.warnings[i].text, ReportKind::warning});
    entries.back().level = view.warnings[i].level;
  }
  if (view.stale) {
    // The checklist and the copied protocol carry the same (last valid) amounts; both say so.
    entries.push_back({keys::kChecklistStale.name, "Bench checklist", kStaleText, ReportKind::status});
    entries.push_back({keys::kProtocolStale.name, "Copied protocol", kStaleText, ReportKind::status});
  }
  for (size_t i = 0; i < view.steps.size(); ++i) {
    const bool done = i < inputs.steps_done.size() && inputs.steps_done[i];
    entries.push_back({keys::kSteps.key(i + 1), "Step " + std::to_string(i + 1) + (done ? " (done)" : ""),
                       view.steps[i].title, ReportKind::step});
    entries.back().detail = view.steps[i].detail;
    entries.back().done = done;
  }
  const auto alternatives = workup_alternatives(w);
  for (size_t i = 0; i < alternatives.size(); ++i) {
    entries.push_back({keys::kAlternatives.key(i + 1), alternatives[i].title, alternatives[i].detail});
  }
  entries.push_back({keys::kSource.name, "Source", kFieserCitation, ReportKind::source});
  if (view.stale) mark_stale(entries);
  return entries;
}

}  // namespace app
