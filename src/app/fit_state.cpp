// The Cyclization tool's fits (EM from batch runs, k_intra from a syringe-pump
// run), cached by input text; shared reading helpers. κ: kappa_fit_state.cpp.
#include "app/fit_state.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app/fit_view_detail.hpp"
#include "chem/cyclization.hpp"
#include "chem/cyclization_engine.hpp"
#include "chem/number_input.hpp"

namespace app {
namespace {

namespace spec = cyclization_input;  // the inputs' declarations

// The ratio "3" (ring : oligomer = 3 : 1) or "3:1" as a ring yield.
std::optional<double> read_ratio(const std::string& text, const std::string& field, FieldErrors& errors) {
  const size_t colon = text.find(':');
  if (colon == std::string::npos) {
    chem::QuantityRule rule = chem::kRingRatioRule;  // as the CLI's --point-ratio, named by the row
    rule.field = field;
    const auto r = read_number(text, rule, errors);
    if (!r) return std::nullopt;
    return *r / (1 + *r);
  }
  const chem::QuantityRule ring_rule{field, "Ring part of the ratio (before the colon)", "", 1e12, true};
  const chem::QuantityRule oligomer_rule{field, "Oligomer part of the ratio (after the colon)", "", 1e12,
                                         true};
  const auto ring = read_number(text.substr(0, colon), ring_rule, errors);
  if (!ring) return std::nullopt;
  const auto oligomer = read_number(text.substr(colon + 1), oligomer_rule, errors);
  if (!oligomer) return std::nullopt;
  if (*ring + *oligomer <= 0) {
    errors.list.push_back(
        {field, "A ratio of 0 : 0 says nothing: enter how much ring and how much oligomer"});
    return std::nullopt;
  }
  return *ring / (*ring + *oligomer);
}

// The engine options the tool's screen sets (ring size, large-ring EM): the
// fits invert the same model the tool then runs.
std::optional<chem::EngineInput> tool_engine(const CyclizationInputs& in, FitViewBase& view) {
  auto large = parse_number(spec::kLargeRingEm, in.large_ring_em_molar.str());
  if (!large.ok()) {
    view.blocked = "The fit uses the large-ring EM field above, which does not read: fix it first.";
    return std::nullopt;
  }
  chem::EngineInput engine;
  engine.ring_size = in.ring_size;
  engine.large_ring_em_molar = large.value();
  return engine;
}

std::string em_key(const CyclizationInputs& in) {
  const CyclizationFitInputs& f = in.fit;
  std::vector<std::string> parts = {std::to_string(in.ring_size),
                                    in.large_ring_em_molar.str(),
                                    f.error_pct.str(),
                                    std::to_string(f.batch_runs),
                                    std::to_string(static_cast<int>(in.components)),
                                    in.dihalide_equiv.str()};
  for (int row = 0; row < f.batch_runs; ++row) {
    const BatchRun& run = f.batch[row];
    parts.insert(parts.end(),
                 {run.c0_molar.str(), std::to_string(static_cast<int>(run.measure)), run.value.str()});
  }
  return join_key(parts);
}

EmFitView compute_em(const CyclizationInputs& in, const EmFitView& last, int& fits_run) {
  EmFitView v;
  v.error_abs = read_error_pct(spec::kFitError, in.fit.error_pct, v.errors);
  for (int row = 0; row < in.fit.batch_runs; ++row) {
    const BatchRun& run = in.fit.batch[row];
    const std::string c0_text = trimmed(run.c0_molar.str()), value_text = trimmed(run.value.str());
    if (c0_text.empty() && value_text.empty()) continue;  // an unused row
    const std::string c0_field = batch_c0_field(row), value_field = batch_value_field(row);
    const auto c0 = read_number(spec::kFitC0, c0_text, v.errors, c0_field);
    std::optional<double> yield;
    if (run.measure == RingMeasure::yield_pct) {
      const auto pct = read_number(spec::kFitValue, value_text, v.errors, value_field);
      if (pct) yield = *pct / 100;
    } else if (value_text.empty()) {
      v.errors.list.push_back({value_field, "Enter the ring : oligomer ratio, e.g. 3 or 3:1"});
    } else {
      yield = read_ratio(value_text, value_field, v.errors);
    }
    if (c0 && yield) {
      v.points.push_back({*c0, *yield});
      v.point_rows.push_back(row);
    }
  }
  if (!v.errors.empty()) return keep_last_fit(v, last);
  if (v.points.empty()) return v;  // nothing entered yet: the panel asks for a run
  auto engine = tool_engine(in, v);
  if (!engine) return v;
  // Two components: the runs are fitted by the two-component engine (a true EM, not the AB one's
  // effective EM), at the dihalide equivalents above.
  if (in.components == Components::two) {
    auto equiv = parse_number(spec::kDihalideEquiv, in.dihalide_equiv.str());
    if (!equiv.ok()) {
      v.blocked = "The fit uses the dihalide equivalents field above, which does not read: fix it first.";
      return v;
    }
    engine->two_component = true;
    engine->dihalide_equiv = equiv.value();
  }
  ++fits_run;
  take_fit(v, chem::fit_em(v.points, v.error_abs, *engine));
  return v;
}

std::string k_key(const CyclizationInputs& in) {
  const CyclizationFitInputs& f = in.fit;
  return join_key({std::to_string(in.ring_size), in.large_ring_em_molar.str(), in.em_molar.str(),
                   in.target_yield_pct.str(), f.error_pct.str(), f.pump_total_molar.str(),
                   f.pump_addition_h.str(), f.pump_yield_pct.str()});
}

// The addition time for the tool's target at the run's C_total: one time
// for a fitted k_intra, a bound for a one-sided one, else the reason why not
// (chem::advise_from_k_intra_fit).
void advise(const chem::EngineInput& engine, KIntraFitView& v) {
  if (v.target_yield <= 0 || v.target_yield >= 1) {
    v.advice = chem::FitAdvice{};
    v.advice->reason =
        "No addition time: the tool's target ring yield does not read (0–100 %, not 0 or 100).";
    return;
  }
  chem::EngineInput conditions = engine;
  conditions.total_molar = v.total_molar;
  conditions.em_molar = v.em_molar;
  v.advice = chem::advise_from_k_intra_fit(*v.fit, conditions, v.target_yield);
}

KIntraFitView compute_k(const CyclizationInputs& in, const KIntraFitView& last, int& fits_run) {
  KIntraFitView v;
  const CyclizationFitInputs& f = in.fit;
  v.error_abs = read_error_pct(spec::kFitError, f.error_pct, v.errors);
  if (trimmed(f.pump_total_molar.str()).empty() && trimmed(f.pump_addition_h.str()).empty() &&
      trimmed(f.pump_yield_pct.str()).empty()) {
    return v;  // no run entered
  }
  const auto total = read_number(spec::kFitPumpTotal, f.pump_total_molar.str(), v.errors);
  const auto hours = read_number(spec::kFitPumpAdditionH, f.pump_addition_h.str(), v.errors);
  const auto pct = read_number(spec::kFitPumpYield, f.pump_yield_pct.str(), v.errors);
  if (!v.errors.empty()) return keep_last_fit(v, last);
  v.total_molar = *total;
  v.addition_hours = *hours;
  v.ring_yield = *pct / 100;
  auto em = parse_number(spec::kEm, in.em_molar.str());
  if (!em.ok()) {
    v.blocked = "The k_intra fit needs the EM field above, which does not read: fix it first.";
    return v;
  }
  v.em_molar = em.value();
  const auto engine = tool_engine(in, v);
  if (!engine) return v;
  auto target = parse_number(spec::kTargetYield, in.target_yield_pct.str());
  v.target_yield = target.ok() ? target.value() / 100 : 0;
  ++fits_run;
  if (!take_fit(v, chem::fit_k_intra(v.total_molar, v.em_molar, v.addition_hours, v.ring_yield, v.error_abs,
                                     *engine))) {
    return v;
  }
  if (v.fit->value) v.half_life_text = plain_number(*v.fit->half_life_h);
  advise(*engine, v);
  return v;
}

}  // namespace

std::string batch_c0_field(int row) {
  return cyclization_input::row_name(cyclization_input::kFitC0.key, row);
}
std::string batch_value_field(int row) {
  return cyclization_input::row_name(cyclization_input::kFitValue.key, row);
}

EmFitView evaluate_em_fit(const CyclizationInputs& in, FitCache& cache, bool hold, bool commit) {
  EmFitView view = cached(cache.em_key, cache.em, em_key(in), hold, [&](const EmFitView&) {
    return compute_em(in, cache.em_committed.value_or(EmFitView{}), cache.fits_run);
  });
  view.in_use = !view.value_text.empty() && !view.stale && trimmed(in.em_molar.str()) == view.value_text;
  commit_fit(view, cache.em_committed, commit);
  return view;
}

KIntraFitView evaluate_k_intra_fit(const CyclizationInputs& in, FitCache& cache, bool hold, bool commit) {
  KIntraFitView view = cached(cache.k_key, cache.k, k_key(in), hold, [&](const KIntraFitView&) {
    return compute_k(in, cache.k_committed.value_or(KIntraFitView{}), cache.fits_run);
  });
  const std::string& field_text = in.k_entry == KIntraEntry::rate ? view.value_text : view.half_life_text;
  const TextField& field = in.k_entry == KIntraEntry::rate ? in.k_intra_per_s : in.half_life_h;
  view.in_use = !field_text.empty() && !view.stale && trimmed(field.str()) == field_text;
  commit_fit(view, cache.k_committed, commit);
  return view;
}

std::string fit_use_blocked(const FitViewBase& view, const chem::FitResult& fit, const std::string& name) {
  if (view.in_use) return "";
  if (!fit.value) return "the data do not determine " + name;
  if (!fit.consistent) {
    return fit.value_kind == chem::ValueKind::composition_only
               ? "the data are inconsistent: the composition's own " + name +
                     " disagrees with the equivalents charged"
               : "the data are inconsistent: the value shown is a least-squares compromise, not a fit";
  }
  if (view.stale) return "fix the marked field first";
  return "";
}

std::string addition_advice_text(const chem::FitAdvice& advice) {
  switch (advice.kind) {
    case chem::AdviceKind::time:
      return advice.advice->addition_hours == 0 ? std::string("none needed: adding at once reaches it")
                                                : format_sig(advice.advice->addition_hours) + " h";
    case chem::AdviceKind::at_least:
      return "at least " + format_sig(advice.advice->addition_hours) + " h";
    case chem::AdviceKind::at_most:
      return "at most " + format_sig(advice.advice->addition_hours) + " h";
    case chem::AdviceKind::none:
      break;
  }
  return "not given";
}

bool use_fitted_em(CyclizationInputs& in, const EmFitView& view) {
  if (view.value_text.empty() || view.stale || view.held || !view.fit || !view.fit->consistent) return false;
  in.em_molar.set(view.value_text);
  return true;
}

bool use_fitted_k_intra(CyclizationInputs& in, const KIntraFitView& view) {
  if (view.value_text.empty() || view.stale || view.held || !view.fit || !view.fit->consistent) return false;
  if (in.k_entry == KIntraEntry::rate) {
    in.k_intra_per_s.set(view.value_text);
  } else {
    in.half_life_h.set(view.half_life_text);
  }
  return true;
}

bool add_batch_run(CyclizationFitInputs& fit) {
  if (fit.batch_runs >= kMaxBatchRuns) return false;
  fit.batch[fit.batch_runs] = BatchRun{};  // a hidden row may hold old text
  ++fit.batch_runs;
  return true;
}

void remove_batch_run(CyclizationFitInputs& fit, int row) {
  if (row < 0 || row >= fit.batch_runs) return;
  if (fit.batch_runs == 1) {
    fit.batch[0] = BatchRun{};
    return;
  }
  for (int i = row; i + 1 < fit.batch_runs; ++i) fit.batch[i] = fit.batch[i + 1];
  --fit.batch_runs;
  fit.batch[fit.batch_runs] = BatchRun{};
}

bool has_fit_data(const CyclizationFitInputs& fit) {
  for (int row = 0; row < fit.batch_runs; ++row) {
    if (!trimmed(fit.batch[row].c0_molar.str()).empty() || !trimmed(fit.batch[row].value.str()).empty())
      return true;
  }
  return !trimmed(fit.pump_total_molar.str()).empty() || !trimmed(fit.pump_addition_h.str()).empty() ||
         !trimmed(fit.pump_yield_pct.str()).empty();
}

std::string em_extrapolation_note(const CyclizationInputs& in, const EmFitView& em,
                                  const CyclizationView& tool) {
  if (!em.in_use || em.points.empty() || !tool.valid || tool.stale) return "";
  double lo = em.points[0].c0_molar, hi = lo;
  for (const auto& p : em.points) {
    lo = std::min(lo, p.c0_molar);
    hi = std::max(hi, p.c0_molar);
  }
  const std::string runs = lo == hi ? format_sig(lo) : format_sig(lo) + "–" + format_sig(hi);
  constexpr double kSame = 1e-9;  // relative: a C0 typed as in a run is inside
  if (in.mode == CyclizationMode::batch) {
    const double c0 = tool.c0_molar;
    if (c0 >= lo * (1 - kSame) && c0 <= hi * (1 + kSame)) return "";
    return "C0 = " + format_sig(c0) + " mol/L lies outside your runs (" + runs +
           " mol/L): the ring yield there is the model's extrapolation with your EM.";
  }
  const double peak = tool.result.peak_precursor_molar;
  if (peak >= lo * (1 - kSame)) return "";
  return "During the feed the precursor stays at or below " + format_sig(peak) + " mol/L, under your runs (" +
         runs + " mol/L): the model carries your EM down there.";
}

std::string k_intra_extrapolation_note(const CyclizationInputs& in, const KIntraFitView& k,
                                       const CyclizationView& tool) {
  if (!k.in_use || in.mode != CyclizationMode::syringe_pump || !tool.valid || tool.stale) return "";
  // One run pins k_intra·t_add at one C_total/EM; within a factor of 3 of
  // both, the model interpolates between the limits it is anchored to.
  constexpr double kFar = 3;
  const double c_ratio = tool.total_molar / k.total_molar, t_ratio = tool.addition_hours / k.addition_hours;
  const bool far = c_ratio > kFar || c_ratio < 1 / kFar || t_ratio > kFar || t_ratio < 1 / kFar ||
                   tool.start_volume_fraction < 1;
  if (!far) return "";
  return "Your k_intra comes from one run (" + format_sig(k.total_molar) + " mol/L over " +
         format_sig(k.addition_hours) +
         " h, fixed volume); at these conditions the ring yield is the model's "
         "extrapolation from it.";
}

}  // namespace app
