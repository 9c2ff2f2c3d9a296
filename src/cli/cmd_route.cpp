// diazepane-bench route: the Schmidt ring expansion of a piperidone to the
// lactam, its LiAlH4 reduction and the Fieser workup, in one JSON object.
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "app/route_inputs.hpp"
#include "app/route_preset.hpp"
#include "chem/schmidt_route.hpp"
#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/declared_options.hpp"
#include "cli/json.hpp"

namespace cli {

namespace in = app::route_input;

// The options, as declared (app/route_inputs.hpp), in the order of --help.
const Declared kRouteOptions = {
    &in::kKetoneAmount, &in::kKetoneFormula, &in::kMethod,         &in::kAzideEquiv,  &in::kPortions,
    &in::kAdditionMin,  &in::kAcidMlPerG,    &in::kTfohEquiv,      &in::kBasicNEquiv, &in::kLactamYield,
    &in::kLahEquiv,     &in::kLahMolarity,   &in::kReductionYield, &in::kPreset};

namespace {

const char kName[] = "route";

namespace in = app::route_input;

// Option -> model field. Only the text is read here; plan_route checks ranges
// and names the field itself.
struct NumberOption {
  const app::InputSpec* input;
  double chem::RouteInput::*target;
};

const NumberOption kNumberOptions[] = {
    {&in::kAzideEquiv, &chem::RouteInput::azide_equiv},
    {&in::kAdditionMin, &chem::RouteInput::addition_min},
    {&in::kAcidMlPerG, &chem::RouteInput::acid_ml_per_g},
    {&in::kTfohEquiv, &chem::RouteInput::tfoh_equiv},
    {&in::kBasicNEquiv, &chem::RouteInput::basic_n_equiv},
    {&in::kLactamYield, &chem::RouteInput::lactam_yield},
    {&in::kLahEquiv, &chem::RouteInput::lah_equiv},
    {&in::kLahMolarity, &chem::RouteInput::lah_molarity},
    {&in::kReductionYield, &chem::RouteInput::reduction_yield},
};

// The number options given, into `input`; the first malformed one's error.
std::optional<chem::InputError> read_number_options(const Args& args, chem::RouteInput& input) {
  for (const auto& option : kNumberOptions) {
    if (!args.has(std::string(option.input->cli_flag))) continue;
    auto value = declared_number(args, *option.input);
    if (!value.ok()) return value.error();
    input.*option.target = value.value();
  }
  return std::nullopt;
}

// The Schmidt step's options: a preset sets them all from its paper.
const app::InputSpec* const kStepOptions[] = {&in::kKetoneAmount, &in::kKetoneFormula, &in::kMethod,
                                              &in::kAzideEquiv,   &in::kPortions,      &in::kAdditionMin,
                                              &in::kAcidMlPerG,   &in::kLactamYield};

// The reduction's options (and TfOH's, unused by the papers) over a preset's plan.
chem::Outcome<chem::RouteInput> read_preset_input(const Args& args, const chem::PublishedAssessment& preset) {
  for (const app::InputSpec* option : kStepOptions) {
    for (std::string_view flag : {option->cli_flag, option->variant_cli_flag}) {
      if (flag.empty() || !args.has(std::string(flag))) continue;
      return chem::InputError{
          std::string(in::kPreset.key),
          "--preset sets the Schmidt step as the paper ran it (with the planner's verdict "
          "on each condition): leave out --" +
              std::string(flag)};
    }
  }
  chem::RouteInput input = preset.input;
  if (auto error = read_number_options(args, input)) return *error;
  return input;
}

// The paper's conditions, the verdict on each, and the heat model behind them.
Json preset_json(const chem::PublishedAssessment& a) {
  static const char* const kVerdictKeys[] = {"accepted", "changed", "not_modelled"};
  Json conditions = Json::array();
  const auto rows = app::preset_rows(a);
  for (size_t i = 0; i < rows.size(); ++i) {
    conditions.push_back({{"condition", rows[i].key},
                          {"name", rows[i].condition},
                          {"paper", rows[i].paper},
                          {"plan", rows[i].plan},
                          {"verdict", kVerdictKeys[static_cast<int>(a.verdicts[i].verdict)]},
                          {"why", rows[i].why}});
  }
  return {{"key", a.procedure->key},
          {"citation", a.procedure->citation},
          {"summary", app::preset_summary(a)},
          {"conditions", conditions},
          {"heat_model",
           {{"acid_heat_capacity_j_per_k", a.acid_heat_capacity_j_per_k},
            {"cosolvent_heat_capacity_j_per_k", a.cosolvent_heat_capacity_j_per_k},
            {"min_portions_with_cosolvent", a.min_portions_with_cosolvent},
            {"min_portions_acid_only", a.min_portions_acid_only},
            {"paper_interval_with_cosolvent_min", a.paper_interval_with_cosolvent_min},
            {"paper_interval_acid_only_min", a.paper_interval_acid_only_min}}},
          {"product_mmol", a.product_mmol},
          {"yield_from_mass_pct", a.yield_from_mass_pct}};
}

chem::Outcome<chem::RouteInput> read_input(const Args& args) {
  chem::RouteInput input;
  const std::string in_g(in::kKetoneAmount.cli_flag), in_mmol(in::kKetoneAmount.variant_cli_flag);
  if (args.has(in_g) == args.has(in_mmol)) {
    return chem::InputError{std::string(in::kKetoneAmount.key),
                            "give the ketone amount one way: --" + in_g + " or --" + in_mmol};
  }
  input.amount_in_mmol = args.has(in_mmol);
  auto amount = declared_number(args, in::kKetoneAmount, input.amount_in_mmol);
  if (!amount.ok()) return amount.error();
  input.ketone_amount = amount.value();
  if (auto formula = args.text(std::string(in::kKetoneFormula.cli_flag))) input.ketone_formula = *formula;
  if (args.has(std::string(in::kMethod.cli_flag))) {
    auto method = declared_choice(args, in::kMethod);
    if (!method.ok()) return method.error();
    input.method = static_cast<chem::SchmidtMethod>(method.value());
  }
  if (auto error = read_number_options(args, input)) return *error;
  if (args.has(std::string(in::kPortions.cli_flag))) {
    auto portions = declared_number(args, in::kPortions);
    if (!portions.ok()) return portions.error();
    input.portions = static_cast<int>(portions.value());
  } else {
    input.portions = chem::default_portions(input);  // follows the method's least number
  }
  if (!args.has(std::string(in::kAdditionMin.cli_flag)))
    input.addition_min = chem::default_addition_min(input.portions);
  return input;
}

}  // namespace

int run_route(const Words& words) {
  Args args(kName, words, declared_flags(kRouteOptions), {});
  if (auto status = args.early_exit()) return *status;
  const chem::PublishedAssessment* preset = nullptr;
  if (args.has(std::string(in::kPreset.cli_flag))) {
    auto choice = declared_choice(args, in::kPreset);
    if (!choice.ok()) return fail(kName, choice.error().field, choice.error().message);
    preset = app::route_preset_assessment(static_cast<size_t>(choice.value()));
  }
  auto input = preset ? read_preset_input(args, *preset) : read_input(args);
  if (!input.ok()) return fail(kName, input.error().field, input.error().message);
  auto route = chem::plan_route(input.value());
  if (!route.ok()) return fail(kName, route.error().field, route.error().message);
  const chem::RouteResult& r = route.value();
  const bool tmsn3 = input.value().method == chem::SchmidtMethod::tmsn3_tfoh;
  Json json;
  add_model(json, chem::route_model());
  json["ketone"] = r.ketone.hill;
  json["lactam"] = r.lactam.hill;
  json["amine"] = r.amine.hill;
  json["ketone_g"] = r.ketone_g;
  json["ketone_mmol"] = r.ketone_mmol;
  json["azide_mmol"] = r.azide_mmol;
  json["azide_g"] = r.azide_g;
  if (tmsn3) {
    json["azide_ml"] = r.azide_ml;
    json["tfoh_free_equiv"] = r.tfoh_free_equiv;
  }
  json["portions"] = r.schedule.size();
  json["min_portions"] = r.min_portions;
  json["portion_rise_k"] = tmsn3 ? Json() : Json(r.portion_rise_k);
  json["portion_g"] = r.portion_g;
  if (tmsn3) json["portion_ml"] = r.portion_ml;
  json["interval_min"] = r.interval_min;
  json["acid_ml"] = r.acid_ml;
  json["acid_mmol"] = r.acid_mmol;
  json["acid_equiv"] = r.acid_equiv;
  json["lactam_mmol"] = r.lactam_mmol;
  json["lactam_g"] = r.lactam_g;
  json["lah_mmol"] = r.lah_mmol;
  json["lah_g"] = r.lah_g;
  if (r.lah_solution_ml > 0) json["lah_solution_ml"] = r.lah_solution_ml;
  json["water_first_ml"] = r.workup.water_first_ml;
  json["naoh_15pct_ml"] = r.workup.naoh_15pct_ml;
  json["water_last_ml"] = r.workup.water_last_ml;
  json["h2_l_25c_max"] = r.workup.h2_l_25c_max;
  json["amine_mmol"] = r.amine_mmol;
  json["amine_g"] = r.amine_g;
  json["tetrazole_risk"] = r.tetrazole_risk ? 1 : 0;
  if (r.tetrazole_risk) json["warning"] = chem::kTetrazoleNote;
  json["naoh_g"] = r.naoh_g;
  json["quench_heat_kj"] = r.quench_heat_kj;
  json["ice_min_g"] = r.ice_min_g > 0 ? Json(r.ice_min_g) : Json();
  json["nitrite_g"] = r.nitrite_g;
  json["azide_waste_water_ml"] = r.azide_waste_water_ml;
  Json steps = Json::array(), cautions = Json::array();
  for (const auto& step : r.steps)
    steps.push_back(step.title + ". " + step.detail + " Hazard: " + step.hazard);
  for (const auto& caution : r.cautions) {
    cautions.push_back({{"key", caution.key}, {"field", caution.field}, {"text", caution.text}});
  }
  json["steps"] = steps;
  json["scale_warning"] = or_null(r.scale_warning);
  json["cautions"] = cautions;
  if (preset) json["preset"] = preset_json(*preset);
  return print_json(json);
}

}  // namespace cli
