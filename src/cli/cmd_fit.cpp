// diazepane-bench fit-em / fit-kintra / fit-kappa: model parameters from bench
// results (src/chem/fits.hpp). A fit the data cannot pin down is not an
// error: it exits 0 with "determined": false and the bound it can give.
//
// The options are declared in app/cyclization_inputs.hpp (fit-em, fit-kintra)
// and app/alkylation_inputs.hpp (fit-kappa). fit-kappa, the target yield and
// the fits' error are read by the models' own rules (chem/fits.hpp):
// in their scale (fractions, areas) and naming their fields.
#include <iterator>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "app/alkylation_inputs.hpp"
#include "app/cyclization_inputs.hpp"
#include "chem/cyclization.hpp"
#include "chem/fits.hpp"
#include "chem/plain_number.hpp"
#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/declared_options.hpp"
#include "cli/json.hpp"

namespace cli {

namespace cyc = app::cyclization_input;
namespace alk = app::alkylation_input;

// The options, as declared, in the order of --help.
const Declared kFitEmOptions(std::begin(cyc::kFitEmCommand), std::end(cyc::kFitEmCommand));
const Declared kFitKIntraOptions(std::begin(cyc::kFitKIntraCommand), std::end(cyc::kFitKIntraCommand));
const Declared kFitKappaOptions(std::begin(alk::kFitKappaCli), std::end(alk::kFitKappaCli));

namespace {

std::string flag(const app::InputSpec& input) { return std::string(input.cli_flag); }

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

// The measurement error (`input`: the command's declaration), a fraction.
chem::Outcome<double> read_error(const Args& args, const app::InputSpec& input) {
  if (!args.has(flag(input))) return chem::kDefaultFitErrorAbs;
  return args.number(flag(input), chem::kFitErrorRule);
}

// Engine options the Cyclization tool also offers: ring size (of the ring
// atoms, for the oligomer EMs) and the large-ring anchor.
std::optional<chem::InputError> read_engine(const Args& args, chem::EngineInput& engine) {
  if (args.has(flag(cyc::kRingSize))) {
    auto size = declared_number(args, cyc::kRingSize);
    if (!size.ok()) return size.error();
    engine.ring_size = static_cast<int>(size.value());
  }
  if (args.has(flag(cyc::kLargeRingEm))) {
    auto em = declared_number(args, cyc::kLargeRingEm);
    if (!em.ok()) return em.error();
    engine.large_ring_em_molar = em.value();
  }
  return std::nullopt;
}

// "C0:VALUE" of `option` (a run) -> (C0, VALUE), each read with its rule.
chem::Outcome<std::pair<double, double>> read_pair(const std::string& text, const chem::QuantityRule& second,
                                                   const app::InputSpec& option, size_t index) {
  const std::string which = std::string(cyc::kPoint.key) + " " + std::to_string(index) + ": ";
  const size_t colon = text.find(':');
  if (colon == std::string::npos) {
    return chem::InputError{std::string(cyc::kPoint.key),
                            which + "--" + flag(option) + " takes C0:VALUE, e.g. 0.05:0.42"};
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
  Args args(name, words, declared_flags(kFitEmOptions), declared_switches(kFitEmOptions));
  if (auto status = args.early_exit()) return *status;
  std::vector<chem::YieldPoint> points;
  for (const auto& text : args.texts(flag(cyc::kPoint))) {
    auto p = read_pair(text, chem::kRingYieldRule, cyc::kPoint, points.size() + 1);
    if (!p.ok()) return fail(name, p.error().field, p.error().message);
    points.push_back({p.value().first, p.value().second});
  }
  for (const auto& text : args.texts(flag(cyc::kPointRatio))) {
    auto p = read_pair(text, chem::kRingRatioRule, cyc::kPointRatio, points.size() + 1);
    if (!p.ok()) return fail(name, p.error().field, p.error().message);
    points.push_back({p.value().first, chem::ring_yield_from_ratio(p.value().second).value()});
  }
  if (points.empty()) {
    return fail(name, std::string(cyc::kPoint.key),
                "give at least one --" + flag(cyc::kPoint) + " C0:YIELD (mol/L : fraction 0–1)");
  }
  auto error = read_error(args, cyc::kFitErrorFraction);
  if (!error.ok()) return fail(name, error.error().field, error.error().message);
  chem::EngineInput engine;
  if (auto problem = read_engine(args, engine)) return fail(name, problem->field, problem->message);
  engine.two_component = declared_switch(args, cyc::kTwoComponent);
  if (args.has(flag(cyc::kDihalideEquiv))) {
    if (!engine.two_component)
      return fail(name, "dihalide_equiv", "option --dihalide-equiv needs --two-component");
    auto equiv = declared_number(args, cyc::kDihalideEquiv);
    if (!equiv.ok()) return fail(name, equiv.error().field, equiv.error().message);
    engine.dihalide_equiv = equiv.value();
  }
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
  json["two_component"] = engine.two_component;
  if (engine.two_component) json["dihalide_equiv"] = engine.dihalide_equiv;
  add_model(json, chem::em_fit_model());
  return print_json(json);
}

int run_fit_kintra(const Words& words) {
  const char* name = "fit-kintra";
  Args args(name, words, declared_flags(kFitKIntraOptions), declared_switches(kFitKIntraOptions));
  if (auto status = args.early_exit()) return *status;
  auto total = declared_number(args, cyc::kTotal);
  if (!total.ok()) return fail(name, total.error().field, total.error().message);
  auto em = declared_number(args, cyc::kEm);
  if (!em.ok()) return fail(name, em.error().field, em.error().message);
  auto hours = declared_number(args, cyc::kAdditionH);
  if (!hours.ok()) return fail(name, hours.error().field, hours.error().message);
  auto yield = declared_number(args, cyc::kRunRingYield);
  if (!yield.ok()) return fail(name, yield.error().field, yield.error().message);
  auto error = read_error(args, cyc::kFitErrorFraction);
  if (!error.ok()) return fail(name, error.error().field, error.error().message);
  chem::EngineInput engine;
  if (auto problem = read_engine(args, engine)) return fail(name, problem->field, problem->message);
  if (args.has(flag(cyc::kStartVolumeFraction))) {
    auto v0 = declared_number(args, cyc::kStartVolumeFraction);
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
  if (args.has(flag(cyc::kTargetYield))) {
    // In the model's scale (a fraction) and by its rule: 0 and 1 are answers (no time), not errors.
    auto target = args.number(flag(cyc::kTargetYield), chem::kTargetYieldRule);
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
  card.assumptions.push_back("k_intra and its range are at EM = " + chem::plain_number(em.value(), 4) + " " +
                             std::string(cyc::kEm.unit) + " exactly (--" + flag(cyc::kEm) + ")");
  add_model(json, card);
  return print_json(json);
}

int run_fit_kappa(const Words& words) {
  const char* name = "fit-kappa";
  Args args(name, words, declared_flags(kFitKappaOptions), declared_switches(kFitKappaOptions));
  if (auto status = args.early_exit()) return *status;
  auto equiv = args.number(flag(alk::kFitEquiv), chem::kFitEquivRule);
  if (!equiv.ok()) return fail(name, equiv.error().field, equiv.error().message);
  double area[3];
  const app::InputSpec* areas[] = {&alk::kFitSm, &alk::kFitMono, &alk::kFitBis};
  for (int i = 0; i < 3; ++i) {
    auto value = args.number(flag(*areas[i]), chem::kAreaRules[i]);
    if (!value.ok()) return fail(name, value.error().field, value.error().message);
    area[i] = value.value();
  }
  chem::ResponseFactors rf;
  double* factors[] = {&rf.sm, &rf.mono, &rf.bis};
  const app::InputSpec* factor_options[] = {&alk::kFitRfSm, &alk::kFitRfMono, &alk::kFitRfBis};
  for (int i = 0; i < 3; ++i) {
    if (!args.has(flag(*factor_options[i]))) continue;
    auto value = args.number(flag(*factor_options[i]), chem::kResponseFactorRules[i]);
    if (!value.ok()) return fail(name, value.error().field, value.error().message);
    *factors[i] = value.value();
  }
  auto error = read_error(args, alk::kFitError);
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
