// diazepane-bench route: the Schmidt ring expansion of a piperidone to the
// lactam, its LiAlH4 reduction and the Fieser workup, in one JSON object.
#include <cmath>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "chem/schmidt_route.hpp"
#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/json.hpp"
#include "cli/model_json.hpp"

namespace cli {
namespace {

const char kName[] = "route";

// Option -> model field. Only the text is read here; plan_route checks ranges
// and names the field itself.
struct NumberOption {
  const char* option;
  const char* field;
  double chem::RouteInput::*target;
};

const NumberOption kNumberOptions[] = {
    {"azide-equiv", "azide_equiv", &chem::RouteInput::azide_equiv},
    {"addition-min", "addition_min", &chem::RouteInput::addition_min},
    {"acid-ml-per-g", "acid_ml_per_g", &chem::RouteInput::acid_ml_per_g},
    {"tfoh-equiv", "tfoh_equiv", &chem::RouteInput::tfoh_equiv},
    {"basic-n-equiv", "basic_n_equiv", &chem::RouteInput::basic_n_equiv},
    {"lactam-yield", "lactam_yield", &chem::RouteInput::lactam_yield},
    {"lah-equiv", "lah_equiv", &chem::RouteInput::lah_equiv},
    {"lah-molarity", "lah_molarity", &chem::RouteInput::lah_molarity},
    {"reduction-yield", "reduction_yield", &chem::RouteInput::reduction_yield},
};

constexpr double kNoLimit = 1e300;

chem::Outcome<chem::RouteInput> read_input(const Args& args) {
  chem::RouteInput input;
  if (args.has("ketone-g") == args.has("ketone-mmol")) {
    return chem::InputError{"ketone_amount", "give the ketone amount one way: --ketone-g or --ketone-mmol"};
  }
  input.amount_in_mmol = args.has("ketone-mmol");
  const char* amount_option = input.amount_in_mmol ? "ketone-mmol" : "ketone-g";
  auto amount = args.number(amount_option, {"ketone_amount", amount_option, "", kNoLimit, true});
  if (!amount.ok()) return amount.error();
  input.ketone_amount = amount.value();
  if (auto formula = args.text("ketone-formula")) input.ketone_formula = *formula;
  if (auto method = args.text("method")) {
    if (*method == "h2so4") {
      input.method = chem::SchmidtMethod::nan3_h2so4;
    } else if (*method == "msoh") {
      input.method = chem::SchmidtMethod::nan3_msoh;
    } else if (*method == "tmsn3-tfoh") {
      input.method = chem::SchmidtMethod::tmsn3_tfoh;
    } else {
      return chem::InputError{"method", "--method is h2so4, msoh or tmsn3-tfoh, not '" + *method + "'"};
    }
  }
  for (const auto& option : kNumberOptions) {
    if (!args.has(option.option)) continue;
    auto value = args.number(option.option, {option.field, option.option, "", kNoLimit, true});
    if (!value.ok()) return value.error();
    input.*option.target = value.value();
  }
  if (args.has("portions")) {
    auto portions = args.number("portions", {"portions", "Number of portions", "", 100});
    if (!portions.ok()) return portions.error();
    if (portions.value() != std::floor(portions.value())) {
      return chem::InputError{"portions", "Number of portions must be a whole number"};
    }
    input.portions = static_cast<int>(portions.value());
  } else {
    input.portions = chem::default_portions(input);  // follows the method's least number
  }
  if (!args.has("addition-min")) input.addition_min = chem::default_addition_min(input.portions);
  return input;
}

}  // namespace

int run_route(const Words& words) {
  Args args(words, {});
  if (!args.parse_error().empty()) return fail(kName, "arguments", args.parse_error());
  if (auto unknown =
          args.unknown_option({"ketone-g", "ketone-mmol", "ketone-formula", "method", "azide-equiv",
                               "portions", "addition-min", "acid-ml-per-g", "tfoh-equiv", "basic-n-equiv",
                               "lactam-yield", "lah-equiv", "lah-molarity", "reduction-yield"})) {
    return fail(kName, *unknown, "unknown option --" + *unknown);
  }
  auto input = read_input(args);
  if (!input.ok()) return fail(kName, input.error().field, input.error().message);
  auto route = chem::plan_route(input.value());
  if (!route.ok()) return fail(kName, route.error().field, route.error().message);
  const chem::RouteResult& r = route.value();
  const bool tmsn3 = input.value().method == chem::SchmidtMethod::tmsn3_tfoh;
  JsonObject json;
  add_model(json, chem::route_model());
  json.text("ketone", r.ketone.hill)
      .text("lactam", r.lactam.hill)
      .text("amine", r.amine.hill)
      .number("ketone_g", r.ketone_g)
      .number("ketone_mmol", r.ketone_mmol)
      .number("azide_mmol", r.azide_mmol)
      .number("azide_g", r.azide_g);
  if (tmsn3) json.number("azide_ml", r.azide_ml).number("tfoh_free_equiv", r.tfoh_free_equiv);
  json.number("portions", static_cast<double>(r.schedule.size()))
      .number("min_portions", r.min_portions)
      .number_or_null("portion_rise_k", tmsn3 ? std::nullopt : std::optional<double>(r.portion_rise_k))
      .number("portion_g", r.portion_g);
  if (tmsn3) json.number("portion_ml", r.portion_ml);
  json.number("interval_min", r.interval_min);
  json.number("acid_ml", r.acid_ml)
      .number("acid_mmol", r.acid_mmol)
      .number("acid_equiv", r.acid_equiv)
      .number("lactam_mmol", r.lactam_mmol)
      .number("lactam_g", r.lactam_g)
      .number("lah_mmol", r.lah_mmol)
      .number("lah_g", r.lah_g);
  if (r.lah_solution_ml > 0) json.number("lah_solution_ml", r.lah_solution_ml);
  json.number("water_first_ml", r.workup.water_first_ml)
      .number("naoh_15pct_ml", r.workup.naoh_15pct_ml)
      .number("water_last_ml", r.workup.water_last_ml)
      .number("h2_l_25c_max", r.workup.h2_l_25c_max)
      .number("amine_mmol", r.amine_mmol)
      .number("amine_g", r.amine_g)
      .number("tetrazole_risk", r.tetrazole_risk ? 1 : 0);
  if (r.tetrazole_risk) json.text("warning", chem::kTetrazoleNote);
  json.number("naoh_g", r.naoh_g)
      .number("quench_heat_kj", r.quench_heat_kj)
      .number_or_null("ice_min_g", r.ice_min_g > 0 ? std::optional<double>(r.ice_min_g) : std::nullopt)
      .number("nitrite_g", r.nitrite_g)
      .number("azide_waste_water_ml", r.azide_waste_water_ml);
  std::vector<std::string> steps;
  for (const auto& step : r.steps)
    steps.push_back(step.title + ". " + step.detail + " Hazard: " + step.hazard);
  std::vector<JsonObject> cautions;
  for (const auto& caution : r.cautions) {
    JsonObject c;
    c.text("key", caution.key).text("field", caution.field).text("text", caution.text);
    cautions.push_back(c);
  }
  json.texts("steps", steps).text_or_null("scale_warning", r.scale_warning).objects("cautions", cautions);
  std::printf("%s\n", json.str().c_str());
  return 0;
}

}  // namespace cli
