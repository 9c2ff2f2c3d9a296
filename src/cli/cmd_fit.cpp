// diazepane-bench fit-em / fit-kintra / fit-kappa: model parameters from bench
// results (src/chem/calibration.hpp). A fit the data cannot pin down is not an
// error: it exits 0 with "determined": false and the bound it can give.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "chem/calibration.hpp"
#include "chem/cyclization.hpp"
#include "chem/plain_number.hpp"
#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/json.hpp"

namespace cli {
namespace {

// [lo, hi], null at an unbounded end; null as a whole when the range is empty.
Json range_or_null(const chem::FitRange& range) {
  return range.empty ? Json() : Json::array({or_null(range.lo), or_null(range.hi)});
}

// What the value is: null without one; a value from inconsistent data is a
// compromise (or κ's composition-only value), not a fit to use as one.
std::optional<std::string> value_kind(chem::ValueKind kind) {
  switch (kind) {
    case chem::ValueKind::fit:
      return "fit";
    case chem::ValueKind::least_squares_compromise:
      return "least_squares_compromise";
    case chem::ValueKind::composition_only:
      return "composition_only";
    case chem::ValueKind::none:
      break;
  }
  return std::nullopt;
}

// The verdict fields every fit shares; `name` and `unit` make the keys, e.g. "em" and "_molar".
void add_verdict(Json& json, const chem::FitResult& fit, const std::string& name, const std::string& unit,
                 double error_abs) {
  json[name + unit] = or_null(fit.value);
  // null: no value reproduces the data; [lo, null]: only a lower bound.
  json[name + "_range" + unit] = range_or_null(fit.range);
  json["value_kind"] = or_null(value_kind(fit.value_kind));
  json["determined"] = fit.determined;
  json["consistent"] = fit.consistent;
  json["marginal"] = fit.marginal;
  json["rms_residual"] = or_null(fit.rms_residual);
  json["max_abs_residual"] = or_null(fit.max_abs_residual);
  json["error_abs"] = error_abs;
  json["message"] = fit.message;
}

chem::Outcome<double> read_error(const Args& args) {
  if (!args.has("error")) return chem::kDefaultFitErrorAbs;
  return args.number("error", chem::kFitErrorRule);
}

// Engine options the Cyclization tool also offers: ring size (of the ring
// atoms, for the oligomer EMs) and the large-ring anchor.
std::optional<chem::InputError> read_engine(const Args& args, chem::EngineInput& engine) {
  if (args.has("ring-size")) {
    auto size = args.number("ring-size", {"ring_size", "Ring size", "", 100});
    if (!size.ok()) return size.error();
    if (size.value() != static_cast<int>(size.value()) || size.value() < 3) {
      return chem::InputError{"ring_size", "Ring size must be a whole number of ring atoms, 3 to 100"};
    }
    engine.ring_size = static_cast<int>(size.value());
  }
  if (args.has("large-ring-em")) {
    auto em = args.number("large-ring-em", chem::kLargeRingEmRule);
    if (!em.ok()) return em.error();
    engine.large_ring_em_molar = em.value();
  }
  return std::nullopt;
}

// "C0:VALUE" -> (C0, VALUE), each read with its rule.
chem::Outcome<std::pair<double, double>> read_pair(const std::string& text, const chem::QuantityRule& second,
                                                   const std::string& option, size_t index) {
  const std::string which = "point " + std::to_string(index) + ": ";
  const size_t colon = text.find(':');
  if (colon == std::string::npos) {
    return chem::InputError{"point", which + "--" + option + " takes C0:VALUE, e.g. 0.05:0.42"};
  }
  auto c0 = chem::parse_quantity(text.substr(0, colon), chem::kC0Rule);
  if (!c0.ok()) return chem::InputError{c0.error().field, which + c0.error().message};
  auto value = chem::parse_quantity(text.substr(colon + 1), second);
  if (!value.ok()) return chem::InputError{value.error().field, which + value.error().message};
  return std::make_pair(c0.value(), value.value());
}

}  // namespace

int run_fit_em(const Words& words) {
  const char* name = "fit-em";
  Args args(name, words, {"point", "point-ratio", "error", "ring-size", "large-ring-em"}, {});
  if (args.help_printed()) return 0;
  if (!args.parse_error().empty()) return fail(name, "arguments", args.parse_error());
  if (auto unknown = args.unknown_option()) return fail(name, *unknown, "unknown option --" + *unknown);
  std::vector<chem::YieldPoint> points;
  for (const auto& text : args.texts("point")) {
    auto p = read_pair(text, chem::kRingYieldRule, "point", points.size() + 1);
    if (!p.ok()) return fail(name, p.error().field, p.error().message);
    points.push_back({p.value().first, p.value().second});
  }
  for (const auto& text : args.texts("point-ratio")) {
    auto p = read_pair(text, chem::kRingRatioRule, "point-ratio", points.size() + 1);
    if (!p.ok()) return fail(name, p.error().field, p.error().message);
    points.push_back({p.value().first, chem::ring_yield_from_ratio(p.value().second).value()});
  }
  if (points.empty()) return fail(name, "point", "give at least one --point C0:YIELD (mol/L : fraction 0–1)");
  auto error = read_error(args);
  if (!error.ok()) return fail(name, error.error().field, error.error().message);
  chem::EngineInput engine;
  if (auto problem = read_engine(args, engine)) return fail(name, problem->field, problem->message);
  auto fit = chem::fit_em(points, error.value(), engine);
  if (!fit.ok()) return fail(name, fit.error().field, fit.error().message);
  const auto& f = fit.value();
  Json json;
  add_verdict(json, f, "em", "_molar", error.value());
  json["em_drift_with_c0"] = f.drift > 0 ? Json("rises") : f.drift < 0 ? Json("falls") : Json();
  Json rows = Json::array();
  for (size_t i = 0; i < points.size(); ++i) {
    Json row;
    row["c0_molar"] = points[i].c0_molar;
    row["ring_yield"] = points[i].ring_yield;
    row["single_run_em_molar"] = or_null(f.point_values[i]);
    row["fitted_ring_yield"] = f.value ? Json(f.residuals[i].fitted) : Json();
    row["residual"] = f.value ? Json(f.residuals[i].residual()) : Json();
    rows.push_back(row);
  }
  json["points"] = rows;
  json["model_runs"] = f.model_runs;
  add_model(json, chem::em_fit_model());
  return print_json(json);
}

int run_fit_kintra(const Words& words) {
  const char* name = "fit-kintra";
  Args args(name, words,
            {"total", "em", "addition-h", "yield", "error", "target-yield", "start-volume-fraction",
             "ring-size", "large-ring-em"},
            {});
  if (args.help_printed()) return 0;
  if (!args.parse_error().empty()) return fail(name, "arguments", args.parse_error());
  if (auto unknown = args.unknown_option()) return fail(name, *unknown, "unknown option --" + *unknown);
  auto total = args.number("total", chem::kTotalRule);
  if (!total.ok()) return fail(name, total.error().field, total.error().message);
  auto em = args.number("em", chem::kEmRule);
  if (!em.ok()) return fail(name, em.error().field, em.error().message);
  auto hours = args.number("addition-h", chem::kAdditionHoursRule);
  if (!hours.ok()) return fail(name, hours.error().field, hours.error().message);
  auto yield = args.number("yield", chem::kRingYieldRule);
  if (!yield.ok()) return fail(name, yield.error().field, yield.error().message);
  auto error = read_error(args);
  if (!error.ok()) return fail(name, error.error().field, error.error().message);
  chem::EngineInput engine;
  if (auto problem = read_engine(args, engine)) return fail(name, problem->field, problem->message);
  if (args.has("start-volume-fraction")) {
    auto v0 = args.number("start-volume-fraction", chem::kStartVolumeRule);
    if (!v0.ok()) return fail(name, v0.error().field, v0.error().message);
    engine.start_volume_fraction = v0.value();
  }
  auto fit =
      chem::fit_k_intra(total.value(), em.value(), hours.value(), yield.value(), error.value(), engine);
  if (!fit.ok()) return fail(name, fit.error().field, fit.error().message);
  const auto& f = fit.value();
  Json json;
  add_verdict(json, f, "k_intra", "_per_s", error.value());
  json["half_life_h"] = or_null(f.half_life_h);
  json["half_life_range_h"] = range_or_null(f.half_life_range_h);
  json["batch_ring_yield"] = f.batch_ring_yield;
  json["fitted_ring_yield"] = f.value ? Json(f.residuals[0].fitted) : Json();
  if (args.has("target-yield")) {
    auto target = args.number("target-yield", chem::kTargetYieldRule);
    if (!target.ok()) return fail(name, target.error().field, target.error().message);
    // A target out of reach is an answer, not bad input: the fit stands, the
    // time is null and the reason says why. A one-sided k_intra gives a
    // one-sided time: the range, and "addition_h_for_target_kind".
    chem::EngineInput conditions = engine;
    conditions.total_molar = total.value();
    conditions.em_molar = em.value();
    const chem::FitAdvice a = chem::advise_from_k_intra_fit(f, conditions, target.value());
    const bool one_time = a.kind == chem::AdviceKind::time;
    json["addition_h_for_target"] = one_time ? Json(a.advice->addition_hours) : Json();
    json["addition_h_for_target_range"] = a.advice ? range_or_null(a.advice->hours_range) : Json();
    const char* kinds[] = {"none", "time", "at_least", "at_most"};
    json["addition_h_for_target_kind"] = kinds[static_cast<int>(a.kind)];
    json["addition_h_for_target_reason"] = a.reason.empty() ? Json() : Json(a.reason);
  }
  json["model_runs"] = f.model_runs;
  // The range is conditional on the EM given: say so with its value.
  chem::ModelCard card = chem::k_intra_fit_model();
  card.assumptions.push_back("k_intra and its range are at EM = " + chem::plain_number(em.value(), 4) +
                             " mol/L exactly (--em)");
  add_model(json, card);
  return print_json(json);
}

int run_fit_kappa(const Words& words) {
  const char* name = "fit-kappa";
  Args args(name, words, {"equiv", "sm", "mono", "bis", "rf-sm", "rf-mono", "rf-bis", "error"}, {});
  if (args.help_printed()) return 0;
  if (!args.parse_error().empty()) return fail(name, "arguments", args.parse_error());
  if (auto unknown = args.unknown_option()) return fail(name, *unknown, "unknown option --" + *unknown);
  auto equiv = args.number("equiv", chem::kFitEquivRule);
  if (!equiv.ok()) return fail(name, equiv.error().field, equiv.error().message);
  double area[3];
  const char* keys[] = {"sm", "mono", "bis"};
  for (int i = 0; i < 3; ++i) {
    auto value = args.number(keys[i], chem::kAreaRules[i]);
    if (!value.ok()) return fail(name, value.error().field, value.error().message);
    area[i] = value.value();
  }
  chem::ResponseFactors rf;
  double* factors[] = {&rf.sm, &rf.mono, &rf.bis};
  for (int i = 0; i < 3; ++i) {
    const std::string option = std::string("rf-") + keys[i];
    if (!args.has(option)) continue;
    auto value = args.number(option, chem::kResponseFactorRules[i]);
    if (!value.ok()) return fail(name, value.error().field, value.error().message);
    *factors[i] = value.value();
  }
  auto error = read_error(args);
  if (!error.ok()) return fail(name, error.error().field, error.error().message);
  auto fit = chem::fit_kappa(equiv.value(), area[0], area[1], area[2], error.value(), rf);
  if (!fit.ok()) return fail(name, fit.error().field, fit.error().message);
  const auto& f = fit.value();
  Json json;
  add_verdict(json, f, "kappa", "", error.value());
  json["conversion"] = f.conversion;
  json["consumed_equiv"] = f.consumed_equiv;
  json["unreacted"] = f.unreacted;
  json["mono"] = f.mono;
  json["bis"] = f.bis;
  const char* fitted[] = {"fitted_unreacted", "fitted_mono", "fitted_bis"};
  for (int i = 0; i < 3; ++i) json[fitted[i]] = f.value ? Json(f.residuals[i].fitted) : Json();
  add_model(json, chem::kappa_fit_model());
  return print_json(json);
}

}  // namespace cli
