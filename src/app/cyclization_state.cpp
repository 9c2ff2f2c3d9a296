#include "app/cyclization_state.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app/format.hpp"
#include "app/input_spec.hpp"
#include "chem/cyclization.hpp"
#include "chem/ring_presets.hpp"

namespace app {
namespace {

namespace spec = cyclization_input;  // the inputs' declarations

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

// A two-component run costs about ten one-precursor runs (three kinds of
// chain, the power-law tail): its plotted points take 1e-4, yields good to
// ~1e-4, a tenth of a pixel on a 300 px plot.
constexpr double kTwoComponentCurveTolerance = 1e-4;

chem::EngineInput curve_input(chem::EngineInput input) {
  input.max_chain_length = kCurveChainLength;
  input.relative_tolerance = input.two_component ? kTwoComponentCurveTolerance : kCurveTolerance;
  input.course_points = 0;
  return input;
}

// While a slider moves, a two-component point (the big number, the course)
// runs as a curve point does, with 8 chain lengths: four times cheaper, and
// within a few 1e-4 of the precise run that follows once the slider rests.
chem::EngineInput point_input(chem::EngineInput input, bool slider_moving) {
  if (!slider_moving || !input.two_component) return input;
  const int course_points = input.course_points;
  input = curve_input(input);
  input.course_points = course_points;
  return input;
}

// Cache keys of the headline runs end in 1 for a rough run (a slider in
// motion), 0 for a precise one; a precise run serves a rough request too.
std::vector<double> with_precision(std::vector<double> key, bool rough) {
  key.push_back(rough ? 1 : 0);
  return key;
}
bool cached_run_serves(const std::vector<double>& cached_key, const std::vector<double>& key, bool rough) {
  return cached_key == with_precision(key, false) || (rough && cached_key == with_precision(key, true));
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

// The two-component settings, in every cache key (all 0 for one precursor).
void append_components(std::vector<double>& key, const chem::EngineInput& engine) {
  key.push_back(engine.two_component ? 1 : 0);
  key.push_back(engine.two_component ? engine.dihalide_equiv : 0);
  key.push_back(engine.two_component ? double(engine.feed) : 0);
}

// The addition time for the target. One-sided two-component feeds are not
// monotonic in it (dihalide into diamine falls slightly between 100 and
// 2000 h): they are solved only inside the bracket where the plotted curve
// first crosses the target, never by the solver's own downward search.
chem::Outcome<double> addition_hours_for_ring_yield(chem::EngineInput input, double target, double tolerance,
                                                    std::optional<chem::SolveHint> hint) {
  const bool one_sided = input.two_component && input.feed != chem::Feed::both;
  if (!one_sided || hint) return chem::engine_addition_hours_for_ring_yield(input, target, tolerance, hint);
  return chem::InputError{"target_yield", "No addition time on the plotted range reaches the target"};
}

std::optional<chem::InputError> evaluate_batch(const CyclizationInputs& in, chem::EngineInput engine,
                                               CyclizationView& view, CyclizationCache& cache, int runs) {
  if (auto e = read_number(spec::kC0, in.c0_molar, view.c0_molar)) return e;
  engine.total_molar = view.c0_molar;
  std::vector<double> point_key = {0, view.c0_molar, view.em_molar, double(in.ring_size),
                                   engine.large_ring_em_molar};
  append_components(point_key, engine);
  const bool rough = runs < 0 && engine.two_component;
  if (!cached_run_serves(cache.point_key, point_key, rough)) {
    auto r = chem::run_cyclization_engine(point_input(engine, rough));
    if (!r.ok()) return r.error();
    cache.point = r.value();
    cache.point_key = with_precision(point_key, rough);
  }
  view.result = cache.point;
  view.closed_form_ring_yield = chem::batch_cyclization({view.c0_molar, view.em_molar}).value().ring_yield;
  view.current_x = view.c0_molar;
  view.total_molar = view.c0_molar;
  std::vector<double> curve_key = {0, view.em_molar, double(in.ring_size), engine.large_ring_em_molar};
  append_components(curve_key, engine);
  if (cache.rule_key != curve_key) {
    chem::EngineInput rule = curve_input(engine);  // shown to 3 figures: curve accuracy will do
    rule.total_molar = kRuleOfThumbMolar;
    auto r = chem::run_cyclization_engine(rule);
    cache.rule_yield = r.ok() ? std::optional<double>(r.value().ring_yield) : std::nullopt;
    cache.rule_key = curve_key;
  }
  view.ring_yield_at_rule_of_thumb = cache.rule_yield;
  view.concentration_for_target = curve_and_target(
      cache, view, curve_key, engine,
      // Two components: from the lowest C0 the engine takes (chem::kMinTwoComponentC0OverEm).
      engine.two_component ? std::max(kBatchCurveMinMolar, chem::kMinTwoComponentC0OverEm * view.em_molar)
                           : kBatchCurveMinMolar,
      kBatchCurveMaxMolar, runs, [](chem::EngineInput& input, double c0) { input.total_molar = c0; },
      chem::engine_concentration_for_ring_yield);
  return std::nullopt;
}

std::optional<chem::InputError> read_k_intra(const CyclizationInputs& in, double& k_intra) {
  if (in.k_entry == KIntraEntry::rate) return read_number(spec::kKIntra, in.k_intra_per_s, k_intra);
  double hours = 0;
  if (auto e = read_number(spec::kHalfLife, in.half_life_h, hours)) return e;
  k_intra = chem::k_intra_from_half_life(hours);
  if (k_intra < chem::kMinKIntraPerS || k_intra > chem::kMaxKIntraPerS) {
    return chem::InputError{"half_life_h", "Ring-closure half-life is outside this tool's range"};
  }
  return std::nullopt;
}

std::optional<chem::InputError> evaluate_syringe(const CyclizationInputs& in, chem::EngineInput engine,
                                                 CyclizationView& view, CyclizationCache& cache, int runs) {
  double amount_mmol = 0, volume_ml = 0, start_ml = 0;
  if (auto e = read_number(spec::kAmountMmol, in.amount_mmol, amount_mmol)) return e;
  if (auto e = read_number(spec::kFinalVolumeMl, in.final_volume_ml, volume_ml)) return e;
  if (auto e = read_number(spec::kStartVolumeMl, in.start_volume_ml, start_ml)) return e;
  if (start_ml > volume_ml) {
    return chem::InputError{"start_volume_ml", "Starting volume cannot exceed the final volume"};
  }
  if (start_ml < chem::kMinStartVolumeFraction * volume_ml) {
    return chem::InputError{"start_volume_ml", "Starting volume must be at least 1 % of the final volume"};
  }
  if (auto e = read_k_intra(in, view.k_intra_per_s)) return e;
  if (auto e = read_number(spec::kAdditionH, in.addition_h, view.addition_hours)) return e;
  view.amount_mmol = amount_mmol;
  view.final_volume_ml = volume_ml;
  view.start_volume_ml = start_ml;
  view.total_molar = amount_mmol / volume_ml;  // mmol/mL = mol/L
  view.start_volume_fraction = start_ml / volume_ml;
  engine.total_molar = view.total_molar;
  engine.k_intra_per_s = view.k_intra_per_s;
  engine.start_volume_fraction = view.start_volume_fraction;
  std::vector<double> conditions = {1,
                                    view.total_molar,
                                    view.em_molar,
                                    double(in.ring_size),
                                    view.k_intra_per_s,
                                    view.start_volume_fraction};
  append_components(conditions, engine);
  std::vector<double> point_key = conditions;
  point_key.push_back(view.addition_hours);
  const bool rough = runs < 0 && engine.two_component;
  if (!cached_run_serves(cache.point_key, point_key, rough)) {
    chem::EngineInput point = point_input(engine, rough);
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
    cache.point_key = with_precision(point_key, rough);
  }
  if (!cached_run_serves(cache.at_once_key, conditions, rough)) {  // the same material added at once
    chem::EngineInput at_once = point_input(engine, rough);
    at_once.addition_hours = 0;
    cache.at_once = chem::run_cyclization_engine(at_once).value();
    cache.at_once_key = with_precision(conditions, rough);
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
    view.course_dihalide.push_back(p.dihalide_molar);
    view.course_adduct.push_back(p.adduct_molar);
  }
  // The answer scales with k_intra t_add: show it at a tenth and ten times
  // k_intra. Two more two-component runs wait until the slider rests.
  view.k_variants_pending = rough && cache.k_key != point_key;
  if (cache.k_key != point_key && !rough) {
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
      addition_hours_for_ring_yield);
  // A one-sided two-component feed reaches the target at once only if batch does.
  if (engine.two_component && view.batch_ring_yield >= view.target_yield) view.addition_for_target = 0.0;
  return std::nullopt;
}

// --- "Which way to add it" --------------------------------------------------

constexpr int kScanPoints = 16;  // addition times on a log grid, shortest to longest
constexpr int kBisections = 12;  // in log t within the first grid cell that reaches the target
// The scan only decides which side of the target a run falls: yields to ~1e-4 will do.
constexpr double kScanTolerance = kTwoComponentCurveTolerance;

chem::EngineInput strategy_input(chem::EngineInput input, int strategy, double hours) {
  // The default chain length: the two-component ring yield moves with it by
  // a few 1e-4 (docs/MODELS.md), and the comparison must agree with the CLI.
  input.course_points = 0;
  input.two_component = true;
  input.addition_hours = strategy == int(Strategy::batch) ? 0 : hours;
  input.feed = strategy == int(Strategy::batch) ? chem::Feed::dihalide_into_diamine
                                                : static_cast<chem::Feed>(strategy - 1);
  return input;
}

// `scan`: a run of the addition-time search, with the curves' short chain
// (a few 1e-4 of yield, a fraction of the cost).
std::optional<double> strategy_yield(const chem::EngineInput& base, int strategy, double hours,
                                     bool scan = false) {
  chem::EngineInput input = strategy_input(base, strategy, hours);
  if (scan) {
    input.max_chain_length = kCurveChainLength;
    input.relative_tolerance = kScanTolerance;
  }
  auto r = chem::run_cyclization_engine(input);
  return r.ok() ? std::optional<double>(r.value().ring_yield) : std::nullopt;
}

// One engine run of the comparison's next job: the strategies' ring yields
// first, then each fed strategy's scan and bisection. False when all is done.
bool advance_comparison_once(CyclizationCache& cache, const chem::EngineInput& base) {
  StrategyComparison& c = cache.comparison;
  for (int s = 0; s < kStrategyCount; ++s) {
    if (c.results[s].ring_yield || cache.scan_index[s] < 0) continue;
    if (s != int(Strategy::batch) && !c.fed) continue;
    c.results[s].ring_yield = strategy_yield(base, s, c.addition_hours);
    if (!c.results[s].ring_yield) cache.scan_index[s] = -1;  // outside the engine's range
    return true;
  }
  if (!c.fed) return false;
  const double shortest = std::min(kAdditionCurveMinHours, c.longest_hours / 1e4);
  for (int s = 1; s < kStrategyCount; ++s) {
    StrategyResult& r = c.results[s];
    if (r.target != TargetTime::unknown || cache.scan_index[s] < 0) continue;
    if (cache.bisections[s] > 0) {  // within [lo, hi], hi reaches the target
      const double mid = std::sqrt(cache.bracket_lo[s] * cache.bracket_hi[s]);
      const auto y = strategy_yield(base, s, mid, true);
      (y && *y >= c.target_yield ? cache.bracket_hi[s] : cache.bracket_lo[s]) = mid;
      if (--cache.bisections[s] == 0) {
        r.target = TargetTime::found;
        r.target_hours = cache.bracket_hi[s];
      }
      return true;
    }
    const int i = cache.scan_index[s]++;
    const double hours = shortest * std::pow(c.longest_hours / shortest, double(i) / (kScanPoints - 1));
    const auto y = strategy_yield(base, s, hours, true);
    if (y && *y >= c.target_yield) {
      if (i == 0) {  // already at the shortest addition
        r.target = TargetTime::found;
        r.target_hours = hours;
      } else {
        cache.bracket_lo[s] =
            shortest * std::pow(c.longest_hours / shortest, double(i - 1) / (kScanPoints - 1));
        cache.bracket_hi[s] = hours;
        cache.bisections[s] = kBisections;
      }
    } else if (i + 1 == kScanPoints) {
      r.target = TargetTime::none;
    }
    return true;
  }
  return false;
}

// Finished comparisons, the newest last. Conditions seen a moment ago (a mode
// or a feed switched back, another view of the same flask) come back at once
// instead of costing a hundred engine runs again.
struct FinishedComparison {
  std::vector<double> key;
  StrategyComparison comparison;
  int scan_index[kStrategyCount];
};
constexpr size_t kRememberedComparisons = 8;
std::vector<FinishedComparison>& finished_comparisons() {
  static std::vector<FinishedComparison> finished;
  return finished;
}
const FinishedComparison* find_finished(const std::vector<double>& key) {
  for (const auto& done : finished_comparisons())
    if (done.key == key) return &done;
  return nullptr;
}

// Starts the comparison afresh for new conditions, or from a finished one,
// then spends up to `runs` engine runs on it (0: all; < 0: none, a slider is moving).
void advance_comparison(CyclizationCache& cache, const std::vector<double>& key,
                        const chem::EngineInput& base, const StrategyComparison& conditions, int runs) {
  if (cache.comparison_key != key) {
    cache.comparison = conditions;
    cache.comparison_key = key;
    for (int s = 0; s < kStrategyCount; ++s) {
      cache.scan_index[s] = cache.bisections[s] = 0;
      cache.bracket_lo[s] = cache.bracket_hi[s] = 0;
    }
    if (const FinishedComparison* done = find_finished(key)) {
      cache.comparison = done->comparison;
      std::copy(done->scan_index, done->scan_index + kStrategyCount, cache.scan_index);
    }
    // Batch needs no addition time; where batch already reaches the target, so does every feed.
  }
  StrategyComparison& c = cache.comparison;
  for (int done = 0; runs >= 0 && (runs == 0 || done < runs); ++done) {
    if (!advance_comparison_once(cache, base)) break;
    const auto& batch = c.results[int(Strategy::batch)].ring_yield;
    if (batch && *batch >= c.target_yield) {
      for (int s = 1; s < kStrategyCount; ++s)
        if (s != int(Strategy::preformed_ab) && c.results[s].target == TargetTime::unknown)
          c.results[s].target = TargetTime::at_once;
    }
  }
  c.pending = false;
  for (int s = 0; s < kStrategyCount; ++s) {
    const bool applies = s == int(Strategy::batch) || c.fed;
    if (applies && cache.scan_index[s] >= 0 && !c.results[s].ring_yield) c.pending = true;
    if (s > 0 && c.fed && cache.scan_index[s] >= 0 && c.results[s].target == TargetTime::unknown)
      c.pending = true;
  }
  c.winner = -1;
  for (int s = 0; s < int(Strategy::preformed_ab); ++s) {
    const auto& y = c.results[s].ring_yield;
    if (y && (c.winner < 0 || *y > *c.results[c.winner].ring_yield + 1e-9)) c.winner = s;
  }
  if (!c.pending && !find_finished(key)) {
    FinishedComparison done{key, c, {}};
    std::copy(cache.scan_index, cache.scan_index + kStrategyCount, done.scan_index);
    auto& finished = finished_comparisons();
    finished.push_back(done);
    if (finished.size() > kRememberedComparisons) finished.erase(finished.begin());
  }
}

// The comparison at the shown conditions: the total concentration, and (in
// batch, from the pump's fields when they read) the addition time and k_intra.
void evaluate_comparison(const CyclizationInputs& in, chem::EngineInput engine, CyclizationView& view,
                         CyclizationCache& cache, int runs) {
  StrategyComparison conditions;
  conditions.shown = true;
  conditions.total_molar = view.total_molar;
  conditions.target_yield = view.target_yield;
  double hours = view.addition_hours, k = view.k_intra_per_s;
  if (view.mode == CyclizationMode::batch) {
    const bool readable = !read_k_intra(in, k) && !read_number(spec::kAdditionH, in.addition_h, hours);
    if (!readable) hours = k = 0;
    engine.start_volume_fraction = 1;
  } else {
    engine.start_volume_fraction = view.start_volume_fraction;
  }
  conditions.fed = hours > 0 && k > 0;
  conditions.addition_hours = hours;
  conditions.k_intra_per_s = k;
  conditions.longest_hours = k > 0 ? std::min(kAdditionCurveMaxHours, kCurveMaxKIntraTime / k / 3600) : 0;
  engine.total_molar = view.total_molar;
  engine.k_intra_per_s = k;
  engine.relative_tolerance = kCurveTolerance;
  std::vector<double> key = {view.total_molar,
                             view.em_molar,
                             double(view.ring_size),
                             engine.large_ring_em_molar,
                             hours,
                             k,
                             engine.start_volume_fraction,
                             engine.dihalide_equiv,
                             view.target_yield};
  advance_comparison(cache, key, engine, conditions, runs);
  view.comparison = cache.comparison;
}

}  // namespace

void forget_finished_comparisons() { finished_comparisons().clear(); }

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
    if (!read_number(spec::kKIntra, in.k_intra_per_s, value))
      in.half_life_h.set(format_sig(chem::half_life_hours(value)));
  } else {
    if (!read_number(spec::kHalfLife, in.half_life_h, value)) {
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
  std::optional<chem::InputError> error = read_number(spec::kEm, in.em_molar, view.em_molar);
  if (!error) error = read_number(spec::kTargetYield, in.target_yield_pct, target_pct);
  if (!error && target_pct >= 100)
    error = chem::InputError{"target_yield", "Target ring yield must be below 100 %"};
  view.target_yield = target_pct / 100;
  double large_ring_em = 0;
  if (!error) error = read_number(spec::kLargeRingEm, in.large_ring_em_molar, large_ring_em);
  view.ring_size = in.ring_size;
  view.large_ring_em_molar = large_ring_em;
  chem::EngineInput engine;
  engine.em_molar = view.em_molar;
  engine.large_ring_em_molar = large_ring_em;
  engine.ring_size = in.ring_size;
  engine.relative_tolerance = kPointTolerance;
  view.two_component = in.components == Components::two;
  if (!error && view.two_component) {
    error = read_number(spec::kDihalideEquiv, in.dihalide_equiv, view.dihalide_equiv);
    if (!error && view.dihalide_equiv < chem::kMinDihalideEquiv)
      error =
          chem::InputError{"dihalide_equiv", "Dihalide per diamine must be between 0.5 and 2 equivalents"};
    view.feed = in.feed;
    engine.two_component = true;
    engine.dihalide_equiv = view.dihalide_equiv;
    engine.feed = in.mode == CyclizationMode::batch ? chem::Feed::dihalide_into_diamine : in.feed;
  }
  if (!error) {
    error = in.mode == CyclizationMode::batch ? evaluate_batch(in, engine, view, cache, curve_runs)
                                              : evaluate_syringe(in, engine, view, cache, curve_runs);
  }
  if (!error && view.two_component) {
    // After the curve: the comparison waits for it, so the plot comes first.
    evaluate_comparison(in, engine, view, cache, view.curve_pending ? -1 : curve_runs);
  }
  if (!error) {
    view.valid = true;
    return view;
  }
  if (last_valid && last_valid->valid && last_valid->mode == in.mode &&
      last_valid->two_component == view.two_component) {
    view = *last_valid;
    view.stale = true;
    view.curve_pending = false;  // nothing is being computed for a stale view
    view.comparison.pending = false;
  } else {
    view = CyclizationView{};
    view.mode = in.mode;
    view.two_component = in.components == Components::two;
  }
  view.error = error;
  return view;
}

}  // namespace app
