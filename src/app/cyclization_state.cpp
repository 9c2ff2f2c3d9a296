#include "app/cyclization_state.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app/format.hpp"
#include "chem/cyclization.hpp"
#include "chem/number_input.hpp"
#include "chem/ring_presets.hpp"

namespace app {
namespace {

// Curves: 32 engine runs on a log grid with 8 chain lengths and a 1e-6
// tolerance (ring yields good to ~1e-5, far below a pixel); the point shown
// in numbers is a full run.
constexpr int kCurvePoints = 32;
constexpr int kCurveChainLength = 8;
constexpr double kCurveTolerance = 1e-6;
constexpr double kPointTolerance = 1e-8;
constexpr double kSolveTolerance = 1e-6;  // relative, for the inverse problems
constexpr double kBatchCurveMinMolar = 1e-4, kBatchCurveMaxMolar = 1;
constexpr double kAdditionCurveMinHours = 0.1, kAdditionCurveMaxHours = 1000;
constexpr double kCurveMaxKIntraTime = 2e4;  // keeps the longest curve point cheap
constexpr int kCoursePoints = 80;

std::optional<chem::InputError> read(const TextField& field, const chem::QuantityRule& rule, double& target) {
  auto value = chem::parse_quantity(field.str(), rule);
  if (!value.ok()) return value.error();
  target = value.value();
  return std::nullopt;
}

std::string percent(double fraction) { return format_sig(fraction * 100) + " %"; }

chem::EngineInput curve_input(chem::EngineInput input) {
  input.max_chain_length = kCurveChainLength;
  input.relative_tolerance = kCurveTolerance;
  input.course_points = 0;
  return input;
}

double grid_x(double x_min, double x_max, size_t i) {
  return x_min * std::pow(x_max / x_min, double(i) / (kCurvePoints - 1));
}

// Ring and the rest on a log grid of x, `runs` points per call (0: all);
// `set_x` puts x into the input. Returns true when the curve for `key` is done.
template <class SetX>
bool advance_curve(CyclizationCache& cache, const std::vector<double>& key, const chem::EngineInput& base,
                   double x_min, double x_max, int runs, const SetX& set_x) {
  if (cache.curve_key == key) return true;
  if (cache.building_key != key) {
    cache.building = YieldCurve{};
    cache.building_key = key;
  }
  if (runs < 0) return false;  // a slider in motion: see kCyclizationCurveDeferred
  chem::EngineInput input = curve_input(base);
  for (int done = 0; cache.building.x.size() < size_t(kCurvePoints) && (runs <= 0 || done < runs); ++done) {
    const double x = grid_x(x_min, x_max, cache.building.x.size());
    set_x(input, x);
    auto r = chem::run_cyclization_engine(input);
    cache.building.x.push_back(x);
    // A point outside the engine's range is left out of the plot (NaN gaps are not drawn).
    cache.building.ring.push_back(r.ok() ? r.value().ring_yield : std::nan(""));
    cache.building.oligomer.push_back(r.ok() ? r.value().oligomer_yield : std::nan(""));
  }
  if (cache.building.x.size() < size_t(kCurvePoints)) return false;
  YieldCurve finished;
  for (size_t i = 0; i < cache.building.x.size(); ++i) {
    if (std::isnan(cache.building.ring[i])) continue;
    finished.x.push_back(cache.building.x[i]);
    finished.ring.push_back(cache.building.ring[i]);
    finished.oligomer.push_back(cache.building.oligomer[i]);
  }
  cache.curve = finished;
  cache.curve_key = key;
  cache.building_key.clear();
  return true;
}

// Two grid cells either side of where the finished curve crosses `target`:
// the curve is good to ~1e-5, so the engine's answer lies inside.
std::optional<chem::SolveHint> hint_from_curve(const YieldCurve& curve, double target) {
  for (size_t i = 0; i + 1 < curve.x.size(); ++i) {
    const bool crosses = (curve.ring[i] - target) * (curve.ring[i + 1] - target) <= 0;
    if (!crosses) continue;
    const size_t lo = i >= 2 ? i - 2 : 0, hi = std::min(curve.x.size() - 1, i + 3);
    return chem::SolveHint{curve.x[lo], curve.x[hi]};
  }
  return std::nullopt;
}

// Advances the curve for `key`, and once it is complete solves for the target
// ring yield with `solve`, seeded from the curve. Returns the target's answer
// when it belongs to these conditions.
template <class SetX, class Solve>
std::optional<double> curve_and_target(CyclizationCache& cache, CyclizationView& view,
                                       const std::vector<double>& key, const chem::EngineInput& engine,
                                       double x_min, double x_max, int runs, const SetX& set_x,
                                       const Solve& solve) {
  const bool curve_done = advance_curve(cache, key, engine, x_min, x_max, runs, set_x);
  view.curve_pending = !curve_done;
  view.curve = cache.curve;
  std::vector<double> target_key = key;
  target_key.push_back(view.target_yield);
  if (curve_done && cache.target_key != target_key) {
    auto answer =
        solve(engine, view.target_yield, kSolveTolerance, hint_from_curve(cache.curve, view.target_yield));
    cache.target = answer.ok() ? std::optional<double>(answer.value()) : std::nullopt;
    cache.target_key = target_key;
  }
  return cache.target_key == target_key ? cache.target : std::nullopt;
}

std::optional<chem::InputError> evaluate_batch(const CyclizationInputs& in, chem::EngineInput engine,
                                               CyclizationView& view, CyclizationCache& cache, int runs) {
  if (auto e = read(in.c0_molar, chem::kC0Rule, view.c0_molar)) return e;
  engine.total_molar = view.c0_molar;
  const std::vector<double> point_key = {0, view.c0_molar, view.em_molar, double(in.ring_size),
                                         engine.large_ring_em_molar};
  if (cache.point_key != point_key) {
    auto r = chem::run_cyclization_engine(engine);
    if (!r.ok()) return r.error();
    cache.point = r.value();
    cache.point_key = point_key;
  }
  view.result = cache.point;
  view.closed_form_ring_yield = chem::batch_cyclization({view.c0_molar, view.em_molar}).value().ring_yield;
  view.current_x = view.c0_molar;
  const std::vector<double> curve_key = {0, view.em_molar, double(in.ring_size), engine.large_ring_em_molar};
  if (cache.rule_key != curve_key) {
    chem::EngineInput rule = curve_input(engine);  // shown to 3 figures: curve accuracy will do
    rule.total_molar = kRuleOfThumbMolar;
    auto r = chem::run_cyclization_engine(rule);
    cache.rule_yield = r.ok() ? std::optional<double>(r.value().ring_yield) : std::nullopt;
    cache.rule_key = curve_key;
  }
  view.ring_yield_at_rule_of_thumb = cache.rule_yield;
  view.concentration_for_target = curve_and_target(
      cache, view, curve_key, engine, kBatchCurveMinMolar, kBatchCurveMaxMolar, runs,
      [](chem::EngineInput& input, double c0) { input.total_molar = c0; },
      chem::engine_concentration_for_ring_yield);
  return std::nullopt;
}

std::optional<chem::InputError> read_k_intra(const CyclizationInputs& in, double& k_intra) {
  if (in.k_entry == KIntraEntry::rate) return read(in.k_intra_per_s, chem::kKIntraRule, k_intra);
  double hours = 0;
  if (auto e = read(in.half_life_h, chem::kHalfLifeRule, hours)) return e;
  k_intra = chem::k_intra_from_half_life(hours);
  if (k_intra < chem::kMinKIntraPerS || k_intra > chem::kMaxKIntraPerS) {
    return chem::InputError{"half_life_h", "Ring-closure half-life is outside this tool's range"};
  }
  return std::nullopt;
}

std::optional<chem::InputError> evaluate_syringe(const CyclizationInputs& in, chem::EngineInput engine,
                                                 CyclizationView& view, CyclizationCache& cache, int runs) {
  double amount_mmol = 0, volume_ml = 0, start_ml = 0;
  if (auto e = read(in.amount_mmol, {"amount_mmol", "Amount of precursor", "mmol", 1e6}, amount_mmol))
    return e;
  if (auto e = read(in.final_volume_ml, {"final_volume_ml", "Final volume", "mL", 1e6}, volume_ml)) return e;
  if (auto e = read(in.start_volume_ml, {"start_volume_ml", "Starting volume", "mL", 1e6}, start_ml))
    return e;
  if (start_ml > volume_ml) {
    return chem::InputError{"start_volume_ml", "Starting volume cannot exceed the final volume"};
  }
  if (start_ml < chem::kMinStartVolumeFraction * volume_ml) {
    return chem::InputError{"start_volume_ml", "Starting volume must be at least 1 % of the final volume"};
  }
  if (auto e = read_k_intra(in, view.k_intra_per_s)) return e;
  if (auto e = read(in.addition_h, chem::kAdditionHoursRule, view.addition_hours)) return e;
  view.amount_mmol = amount_mmol;
  view.final_volume_ml = volume_ml;
  view.start_volume_ml = start_ml;
  view.total_molar = amount_mmol / volume_ml;  // mmol/mL = mol/L
  view.start_volume_fraction = start_ml / volume_ml;
  engine.total_molar = view.total_molar;
  engine.k_intra_per_s = view.k_intra_per_s;
  engine.start_volume_fraction = view.start_volume_fraction;
  const std::vector<double> conditions = {1,
                                          view.total_molar,
                                          view.em_molar,
                                          double(in.ring_size),
                                          view.k_intra_per_s,
                                          view.start_volume_fraction};
  std::vector<double> point_key = conditions;
  point_key.push_back(view.addition_hours);
  if (cache.point_key != point_key) {
    chem::EngineInput point = engine;
    point.addition_hours = view.addition_hours;
    point.course_points = kCoursePoints;
    auto r = chem::run_cyclization_engine(point);
    if (!r.ok()) {
      chem::InputError error = r.error();
      // C_total is derived: point at the fields a person can change.
      if (error.field == "total") error = {"amount_mmol", error.message + " (amount ÷ final volume)"};
      if (error.field == "start_volume_fraction") error.field = "start_volume_ml";
      return error;
    }
    cache.point = r.value();
    cache.point_key = point_key;
  }
  if (cache.at_once_key != conditions) {  // the same material added at once
    chem::EngineInput at_once = engine;
    at_once.addition_hours = 0;
    cache.at_once = chem::run_cyclization_engine(at_once).value();
    cache.at_once_key = conditions;
  }
  view.result = cache.point;
  view.batch_ring_yield = cache.at_once.ring_yield;
  auto closed =
      chem::slow_addition({view.total_molar, view.em_molar, view.k_intra_per_s, view.addition_hours});
  view.closed_form_ring_yield = closed.ok() ? closed.value().ring_yield : 0;
  view.current_x = view.addition_hours;
  // The course is plotted to a little past 99 % conversion: the engine's
  // run to 1e-9 of precursor left would be mostly an empty tail.
  const double plot_end = 1.1 * view.result.completion_hours;
  for (const auto& p : view.result.course) {
    if (!view.course_h.empty() && view.course_h.back() >= plot_end) break;
    view.course_h.push_back(p.hours);
    view.course_precursor.push_back(p.precursor_molar);
    view.course_ring.push_back(p.ring_molar);
    view.course_oligomer.push_back(p.oligomer_molar);
  }
  // The answer scales with k_intra t_add: show it at a tenth and ten times k_intra.
  if (cache.k_key != point_key) {
    cache.k_low = cache.k_high = std::nullopt;
    for (double factor : {0.1, 10.0}) {
      chem::EngineInput varied = curve_input(engine);  // shown to 3 figures: curve accuracy will do
      varied.addition_hours = view.addition_hours;
      varied.k_intra_per_s = view.k_intra_per_s * factor;
      auto r = chem::run_cyclization_engine(varied);
      if (r.ok()) (factor < 1 ? cache.k_low : cache.k_high) = r.value().ring_yield;
    }
    cache.k_key = point_key;
  }
  view.ring_yield_k_low = cache.k_low;
  view.ring_yield_k_high = cache.k_high;
  const double longest = std::min(kAdditionCurveMaxHours, kCurveMaxKIntraTime / view.k_intra_per_s / 3600);
  const double shortest = std::min(kAdditionCurveMinHours, longest / 1e4);
  view.longest_addition_hours = longest;
  view.addition_for_target = curve_and_target(
      cache, view, conditions, engine, shortest, longest, runs,
      [](chem::EngineInput& input, double hours) { input.addition_hours = hours; },
      chem::engine_addition_hours_for_ring_yield);
  return std::nullopt;
}

}  // namespace

std::string preset_em_text(const CyclizationInputs& in) {
  chem::RingAdjustments adjustments;
  adjustments.n_tosyl = in.n_tosyl;
  adjustments.gem_dialkyl = in.gem_dialkyl;
  auto preset = chem::ring_preset(in.ring_size, adjustments);
  if (!preset.ok()) return "";
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2g", preset.value().em_molar);
  return buffer;
}

void set_k_intra_entry(CyclizationInputs& in, KIntraEntry entry) {
  if (entry == in.k_entry) return;
  double value = 0;
  // ln 2 / x converts either way; an unreadable field is left for the user.
  if (entry == KIntraEntry::half_life) {
    if (!read(in.k_intra_per_s, chem::kKIntraRule, value))
      in.half_life_h.set(format_sig(chem::half_life_hours(value)));
  } else {
    if (!read(in.half_life_h, chem::kHalfLifeRule, value)) {
      in.k_intra_per_s.set(format_sig(chem::k_intra_from_half_life(value)));
    }
  }
  in.k_entry = entry;
}

CyclizationView evaluate_cyclization(const CyclizationInputs& in, const CyclizationView* last_valid,
                                     CyclizationCache& cache, int curve_runs) {
  CyclizationView view;
  view.mode = in.mode;
  view.max_chain_length = chem::kDefaultMaxChainLength;
  double target_pct = 0;
  std::optional<chem::InputError> error = read(in.em_molar, chem::kEmRule, view.em_molar);
  if (!error) error = read(in.target_yield_pct, {"target_yield", "Target ring yield", "%", 100}, target_pct);
  if (!error && target_pct >= 100)
    error = chem::InputError{"target_yield", "Target ring yield must be below 100 %"};
  view.target_yield = target_pct / 100;
  double large_ring_em = 0;
  if (!error) error = read(in.large_ring_em_molar, chem::kLargeRingEmRule, large_ring_em);
  view.ring_size = in.ring_size;
  view.large_ring_em_molar = large_ring_em;
  chem::EngineInput engine;
  engine.em_molar = view.em_molar;
  engine.large_ring_em_molar = large_ring_em;
  engine.ring_size = in.ring_size;
  engine.relative_tolerance = kPointTolerance;
  if (!error) {
    error = in.mode == CyclizationMode::batch ? evaluate_batch(in, engine, view, cache, curve_runs)
                                              : evaluate_syringe(in, engine, view, cache, curve_runs);
  }
  if (!error) {
    view.valid = true;
    return view;
  }
  if (last_valid && last_valid->valid && last_valid->mode == in.mode) {
    view = *last_valid;
    view.stale = true;
    view.curve_pending = false;  // nothing is being computed for a stale view
  } else {
    view = CyclizationView{};
    view.mode = in.mode;
  }
  view.error = error;
  return view;
}

std::string completion_text(const CyclizationView& view) {
  const chem::EngineResult& r = view.result;
  const std::string when = "when 99 % of the precursor has reacted";
  const std::string k_t = "k_intra·t = " + format_sig(r.k_intra_time_complete);
  if (r.completion_hours > 0) return format_sig(r.completion_hours) + " h, " + when + " (" + k_t + ")";
  // Batch: no k_intra on screen, so the time is in ring-closure half-lives.
  return format_sig(r.k_intra_time_complete / std::log(2.0)) + " ring-closure half-lives, " + when + " (" +
         k_t + ")";
}

std::vector<ProtocolStep> cyclization_plan(const CyclizationView& view) {
  const chem::EngineResult& r = view.result;
  const std::string finish_detail =
      "Then the ring is within about a point of its final yield; the precursor left still closes or joins "
      "chains, and open chains go on closing or growing. The time scales as 1/k_intra, an order of magnitude "
      "at best: confirm by TLC or LC–MS that the precursor is gone.";
  if (view.mode == CyclizationMode::batch) {
    return {
        {"Make up the solution at " + format_sig(view.c0_molar) + " mol/L: " + format_sig(1 / view.c0_molar) +
             " mL of solution per mmol, all at once",
         "In batch the concentration is the one lever: C0/EM = " + format_sig(view.c0_molar / view.em_molar) +
             ". Bring the solvent to the reaction temperature first and start the reaction there, the base "
             "(or "
             "the free amine) added last: the model has one temperature and starts its clock when everything "
             "is mixed."},
        {"Stir until 99 % of the precursor has reacted: " +
             format_sig(r.k_intra_time_complete / std::log(2.0)) +
             " ring-closure half-lives (k_intra·t = " + format_sig(r.k_intra_time_complete) + ")",
         finish_detail},
    };
  }
  std::vector<ProtocolStep> steps;
  const double feed_ml = view.final_volume_ml - view.start_volume_ml;
  const std::string unreactive_feed =
      "Keep that solution unreactive: the precursor as its ammonium salt, or as the N-sulfonamide "
      "(unreactive "
      "until deprotonated, as in Richman–Atkins-type closures), with the base in the flask, not in the "
      "syringe: at least 2 equiv for the ammonium salt, 1 for the sulfonamide. A free amine–alkyl halide "
      "precursor would close and oligomerise in the syringe, which the model does not count.";
  steps.push_back(
      {"Put " + format_volume_ml(view.start_volume_ml) + " of solvent in the flask",
       "Bring it to the reaction temperature and stir well: the model assumes perfect mixing and one "
       "temperature. Heating for hours or days: a condenser, N2 with a bubbler outlet (never a "
       "sealed flask), a temperature cut-off (common practice)."});
  std::string feed_detail =
      "Into the well-stirred flask, dropwise onto the vortex (not down the wall) or through a needle just "
      "below "
      "the surface, so each drop is diluted at once (common practice).";
  const double half_life_h = chem::half_life_hours(view.k_intra_per_s);
  if (view.addition_hours < half_life_h) {
    feed_detail += " This feed is shorter than the ring-closure half-life (" + format_sig(half_life_h) +
                   " h): it gives " + percent(r.ring_yield) + " ring against " +
                   percent(view.batch_ring_yield) + " for adding everything at once.";
  }
  // Below the target: how long a feed would reach it, or that none does here.
  if (r.ring_yield < view.target_yield) {
    if (view.addition_for_target && *view.addition_for_target > 0) {
      feed_detail += " For " + percent(view.target_yield) + ", add over " +
                     format_sig(*view.addition_for_target) + " h.";
    } else if (!view.addition_for_target) {
      feed_detail += " For " + percent(view.target_yield) + ", no addition up to " +
                     format_sig(view.longest_addition_hours) +
                     " h is enough at this final volume: use a larger final volume.";
    }
  }
  if (feed_ml > 0) {
    const double syringe_molar = view.amount_mmol / feed_ml;
    steps.push_back(
        {"Dissolve " + format_sig(view.amount_mmol) + " mmol of precursor and make up to " +
             format_volume_ml(feed_ml) + " (" + format_sig(syringe_molar) + " mol/L); load the syringe",
         "The syringe holds " + format_sig(syringe_molar) + " mol/L. " + unreactive_feed +
             " The feed brings the flask from " + format_volume_ml(view.start_volume_ml) + " to " +
             format_volume_ml(view.final_volume_ml) +
             "; if one syringe does not hold it: two syringes, a refill, or a peristaltic pump."});
    steps.push_back({"Add it over " + format_sig(view.addition_hours) +
                         " h: " + format_sig(feed_ml / view.addition_hours) + " mL/h (" +
                         format_sig(view.amount_mmol / view.addition_hours) + " mmol/h)",
                     feed_detail});
  } else {
    steps.push_back({"Add " + format_sig(view.amount_mmol) + " mmol of precursor over " +
                         format_sig(view.addition_hours) +
                         " h: " + format_sig(view.amount_mmol / view.addition_hours) + " mmol/h",
                     "The starting volume is the final volume: the feed is taken as so small that its volume "
                     "does not count. Such a concentrated feed must not react before it is added. " +
                         unreactive_feed + " " + feed_detail});
  }
  // 99 % may be reached as the feed runs out (a fast closure): say so, not "0.00 h after it ends".
  const double after_feed_h = r.completion_hours - view.addition_hours;
  const std::string after_feed = after_feed_h > 0.005 * view.addition_hours
                                     ? " (" + format_sig(after_feed_h) + " h after it ends)"
                                     : ", already when the feed ends";
  steps.push_back({"Stir on until 99 % of the precursor has reacted: " + format_sig(r.completion_hours) +
                       " h after the feed began" + after_feed,
                   finish_detail});
  return steps;
}

std::string cyclization_pathway_text(const CyclizationView& view) {
  return "ring " + percent(view.ring_yield()) + ", dimer and oligomers " +
         percent(view.result.oligomer_yield);
}

std::string cyclization_marker_label(const CyclizationView& view) {
  return view.mode == CyclizationMode::batch ? "C0 = " + format_sig(view.current_x) + " M"
                                             : "t = " + format_sig(view.current_x) + " h";
}

namespace {

// k_intra·t_add below which a feed is too short for the engine's steady-state
// test (within 5 % over the last 80 % of the feed: about ln 20 / 0.2 = 15
// ring-closure lifetimes for the first-order closure alone).
constexpr double kSteadyStateKIntraTime = 15;

// Why no steady state formed: a feed too short for the precursor's
// concentration to settle, or a growing volume (which the engine never counts
// as steady, though a nearly full flask comes close).
std::string no_steady_state_reason(const CyclizationView& view) {
  const chem::EngineResult& r = view.result;
  const double k_t = view.k_intra_per_s * view.addition_hours * 3600;
  const std::string short_feed =
      "the feed is too short: k_intra·t_add = " + format_sig(k_t) +
      "; at a fixed volume the precursor concentration settles (within 5 % over the "
      "last 80 % of the feed) only after about 12–15 ring-closure lifetimes";
  if (view.start_volume_fraction >= 1) return short_feed;
  if (k_t < kSteadyStateKIntraTime) return short_feed + "; the volume also grows with the feed";
  const double drop = r.peak_precursor_molar > 0
                          ? (r.peak_precursor_molar - r.end_of_feed_precursor_molar) / r.peak_precursor_molar
                          : 1;
  if (drop < 0.05) {
    return "the volume grows with the feed, and the model counts a steady state only at a fixed volume; here "
           "the precursor concentration stays within " +
           format_sig(std::max(drop, 0.0) * 100, 2) + " % of its peak, close to steady";
  }
  return "the volume grows with the feed, so the precursor concentration falls with it";
}

}  // namespace

std::vector<ReportEntry> cyclization_report(const CyclizationInputs& in, const CyclizationView& view) {
  std::vector<ReportEntry> entries;
  const bool batch = in.mode == CyclizationMode::batch;
  entries.push_back(
      {"mode", "Mode", batch ? "batch (all at once)" : "syringe-pump addition", ReportKind::input});
  entries.push_back({"ring_size", "Ring size", std::to_string(in.ring_size), ReportKind::input});
  entries.push_back({"input.em", "Effective molarity (mol/L)", in.em_molar.str(), ReportKind::input});
  entries.push_back({"input.large_ring_em", "Large-ring EM at 14 atoms (mol/L)", in.large_ring_em_molar.str(),
                     ReportKind::input});
  if (batch) {
    entries.push_back({"input.c0", "Concentration (mol/L)", in.c0_molar.str(), ReportKind::input});
  } else {
    entries.push_back({"input.amount_mmol", "Amount (mmol)", in.amount_mmol.str(), ReportKind::input});
    entries.push_back(
        {"input.final_volume_ml", "Final volume (mL)", in.final_volume_ml.str(), ReportKind::input});
    entries.push_back(
        {"input.start_volume_ml", "Starting volume (mL)", in.start_volume_ml.str(), ReportKind::input});
    if (in.k_entry == KIntraEntry::rate) {
      entries.push_back({"input.k_intra", "k_intra (1/s)", in.k_intra_per_s.str(), ReportKind::input});
    } else {
      entries.push_back(
          {"input.half_life_h", "Ring-closure half-life (h)", in.half_life_h.str(), ReportKind::input});
    }
    entries.push_back({"input.addition_h", "Addition time (h)", in.addition_h.str(), ReportKind::input});
  }
  entries.push_back(
      {"input.target_yield", "Target ring yield (%)", in.target_yield_pct.str(), ReportKind::input});
  if (view.error) entries.push_back({"error", "Input problem", view.error->message, ReportKind::status});
  if (view.stale) entries.push_back({"stale", "Results", kStaleText, ReportKind::status});
  entries.push_back({"source", "Sources", kCyclizationCitations, ReportKind::source});
  if (!view.valid) return entries;
  const auto plan = cyclization_plan(view);
  for (size_t i = 0; i < plan.size(); ++i) {
    entries.push_back(
        {"step" + std::to_string(i + 1), "Step " + std::to_string(i + 1), plan[i].title, ReportKind::step});
    entries.back().detail = plan[i].detail;
  }
  const auto& r = view.result;
  const chem::EngineComposition& c = r.at_completion;
  entries.push_back({"ring_yield", "Ring yield", percent(r.ring_yield)});
  // The diagram and the plot, in the other column: marked stale there too.
  entries.push_back({"pathway", "Where the precursor goes", cyclization_pathway_text(view)});
  if (view.stale) entries.push_back({"pathway_stale", "Pathway diagram", kStaleText, ReportKind::status});
  if (view.curve.x.size() >= 2) {
    entries.push_back({"yield_plot_marker", "Yield plot marker", cyclization_marker_label(view)});
    if (view.stale) entries.push_back({"yield_plot_stale", "Yield plot", kStaleText, ReportKind::status});
  }
  entries.push_back({"oligomer_yield", "Oligomers, cyclic and linear", percent(r.oligomer_yield)});
  entries.push_back({"composition_time", "Split of the flask shown at", completion_text(view)});
  entries.push_back({"ring_at_completion", "Ring, at that time", percent(c.ring)});
  entries.push_back({"cyclic_oligomers", "Cyclic dimer and larger rings", percent(c.cyclic_oligomers)});
  entries.push_back({"linear_oligomers",
                     "Open chains of 2–" + std::to_string(view.max_chain_length) + " units",
                     percent(c.linear_oligomers)});
  entries.push_back({"long_chains", kLongChainsLabel, percent(c.long_chains)});
  entries.push_back({"precursor_left", "Precursor left", percent(c.precursor_left)});
  entries.push_back({"dimer_em", "EM of the cyclic dimer", format_sig(r.em_by_size[1]) + " mol/L"});
  entries.push_back(
      {"closed_form_ring_yield", "Precursor-only limit (closed form)", percent(view.closed_form_ring_yield)});
  if (batch) {
    entries.push_back({"c0_over_em", "C0 / EM", format_sig(view.c0_molar / view.em_molar)});
    entries.push_back({"solvent_ml_per_mmol", "Solvent per mmol", format_sig(1 / view.c0_molar) + " mL"});
    if (view.concentration_for_target) {
      entries.push_back({"concentration_for_target",
                         "Concentration for " + percent(view.target_yield) + " ring in batch, at most",
                         format_sig(*view.concentration_for_target) + " mol/L (" +
                             format_sig(1 / *view.concentration_for_target) + " mL per mmol)"});
    }
    if (view.ring_yield_at_rule_of_thumb) {
      entries.push_back({"rule_of_thumb", "Ring yield at the 0.05 M rule of thumb",
                         percent(*view.ring_yield_at_rule_of_thumb)});
    }
    if (view.stale) mark_stale(entries);
    return entries;
  }
  entries.push_back({"total_molar", "Final concentration C_total", format_sig(view.total_molar) + " mol/L"});
  entries.push_back({"k_intra_half_life", "Ring-closure half-life",
                     format_sig(chem::half_life_hours(view.k_intra_per_s)) + " h"});
  if (r.steady_state) {
    entries.push_back({"steady_state_molar", "Steady-state precursor concentration",
                       format_sig(r.steady_state_molar) + " mol/L"});
    entries.push_back({"steady_state_yield", "Steady-state ring yield", percent(r.steady_state_yield)});
  } else {
    entries.push_back({"steady_state", "Steady state",
                       "not reached during the feed (" + no_steady_state_reason(view) + ")"});
    entries.push_back({"peak_precursor", "Precursor concentration in the flask, at most",
                       format_sig(r.peak_precursor_molar) + " mol/L, " + format_sig(r.peak_precursor_hours) +
                           " h into the feed"});
    entries.push_back({"end_of_feed_precursor", "Precursor concentration in the flask when the feed stops",
                       format_sig(r.end_of_feed_precursor_molar) + " mol/L"});
  }
  entries.push_back({"batch_ring_yield", "Same amount added at once", percent(view.batch_ring_yield)});
  entries.push_back({"ring_yield_k_low", "Ring yield at k_intra × 0.1",
                     view.ring_yield_k_low ? percent(*view.ring_yield_k_low) : "outside the model's range"});
  entries.push_back(
      {"ring_yield_k_high", "Ring yield at k_intra × 10",
       view.ring_yield_k_high ? percent(*view.ring_yield_k_high) : "outside the model's range"});
  entries.push_back({"completion_h", "Time to 99 % conversion", format_sig(r.completion_hours) + " h"});
  if (view.addition_for_target) {
    entries.push_back({"recommended_addition_h", "Addition time for the target yield",
                       *view.addition_for_target == 0 ? std::string("none needed: adding at once reaches it")
                                                      : format_sig(*view.addition_for_target) + " h"});
  }
  if (view.stale) mark_stale(entries);
  return entries;
}

}  // namespace app
