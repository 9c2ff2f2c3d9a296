// The words of the fits: verdicts, ranges and the fits' report entries that
// the panels, the DOM mirror and the browser tests read. Reading helpers too.
#include <cctype>
#include <cmath>
#include <cstdio>

#include "app/fit_state.hpp"
#include "app/fit_view_detail.hpp"
#include "app/report_keys.hpp"
#include "chem/cyclization_engine.hpp"

namespace app {
namespace {

namespace keys = report_key::fit;

std::string percent(double fraction) { return format_sig(fraction * 100) + " %"; }

// The k_intra range is conditional on the EM, taken as exact.
std::string k_intra_at_em(double em_molar) { return " at EM = " + format_sig(em_molar) + " mol/L exactly"; }

// Inputs and field problems: the lines every fit's mirror starts with.
void add_errors(std::vector<ReportEntry>& entries, const FitViewBase& view) {
  for (const auto& e : view.errors.list)
    entries.push_back({keys::kFieldErrors.key(e.field), "Fit input problem", e.message, ReportKind::status});
  if (!view.errors.empty())
    entries.push_back(
        {keys::kError.name, "Fit input problem", view.errors.list.front().message, ReportKind::status});
}

// How the verdict reads on screen: a clean fit (note), one that holds only
// at the edges or only bounds the value (caution), data that disagree (danger).
chem::WarningLevel verdict_level(const chem::FitResult& fit) {
  if (!fit.consistent) return chem::WarningLevel::danger;
  return fit.determined && !fit.marginal ? chem::WarningLevel::note : chem::WarningLevel::caution;
}

// The lines that every fit has once it ran: value, range, verdict, the
// model's note when the fit is not clean (which measurement would pin it
// down, how the data disagree), whether its "Use" button can write it into
// the tool.
void add_verdict(std::vector<ReportEntry>& entries, const FitViewBase& view, const chem::FitResult& fit,
                 const FitReportKeys& fit_keys, const std::string& name, const std::string& unit,
                 const std::string& measurements, size_t count, const std::string& value,
                 const std::string& range_condition = "") {
  const std::string label = fit.value_kind == chem::ValueKind::least_squares_compromise
                                ? "Least-squares " + name + " (a compromise, not a fit)"
                            : fit.value_kind == chem::ValueKind::composition_only
                                ? name + " from the composition alone"
                                : "Fitted " + name;
  entries.push_back({fit_keys.value.name, label, fit.value ? value : "not determined"});
  entries.push_back({fit_keys.range.name,
                     name + " that reproduce the data within ±" + plain_error_points(view.error_abs) + " %" +
                         range_condition,
                     fit_range_text(fit.range, unit)});
  entries.push_back({fit_keys.verdict.name, "What the data say about " + name,
                     fit_verdict(fit, name, unit, measurements, count, view.error_abs)});
  entries.back().level = verdict_level(fit);
  if (entries.back().level != chem::WarningLevel::note)
    entries.push_back({fit_keys.message.name, "Fit note", fit.message});
  const std::string blocked = fit_use_blocked(view, fit, name);
  const std::string use = view.in_use        ? "In use: the tool's field holds the fitted value"
                          : !blocked.empty() ? "Not available: " + blocked
                                             : "Available";
  entries.push_back({fit_keys.use.name, "Use the fitted " + name, use});
}

// Why there is no fit, or whether the one shown is old: the fit's "blocked",
// "problem", "stale" and "held" keys ("fit.em_blocked"), each a status at the
// level it is shown.
void add_status(std::vector<ReportEntry>& entries, const FitViewBase& view, const FitReportKeys& fit_keys) {
  const auto add = [&](ReportKey key, const std::string& text, chem::WarningLevel level) {
    entries.push_back({key.name, "Fit", text, ReportKind::status});
    entries.back().level = level;
  };
  if (view.blocked) add(fit_keys.blocked, *view.blocked, chem::WarningLevel::caution);
  if (view.problem) add(fit_keys.problem, view.problem->message, chem::WarningLevel::danger);
  if (view.stale) {
    add(fit_keys.stale, "Stale: this fit is for the last readable input. Fix the marked field.",
        chem::WarningLevel::caution);
  }
  if (view.held) add(fit_keys.held, "Refitting when you let go…", chem::WarningLevel::note);
}

// A fit input's entry: "input.fit.<name>" for the field "fit_<name>", a
// row's with its number ("input.fit.c0_2"); its label after `prefix`
// ("Run 2: ", "Syringe-pump run: ").
ReportEntry fit_input_entry(const InputSpec& spec, const std::string& value, const std::string& prefix = "",
                            int row = -1, bool variant = false) {
  constexpr std::string_view kFieldPrefix = "fit_";
  const std::string name(spec.key.substr(kFieldPrefix.size()));
  return {"input.fit." + (row < 0 ? name : cyclization_input::row_name(name, row)),
          prefix + spec.label_with_unit(variant), value, ReportKind::input};
}

// A line of the report that is a warning on screen too.
ReportEntry warning_entry(ReportKey key, const std::string& label, const std::string& text) {
  return {key.name, label, text, ReportKind::warning};
}

// What became of the electrophile charged: the sentence under the κ fit.
std::string electrophile_balance(const KappaFitView& view, const chem::KappaFit& fit) {
  if (fit.conversion >= 0.995) {
    return "The products account for the " + format_sig(view.equivalents) +
           " equiv charged: the electrophile was used up.";
  }
  return "The products account for " + format_sig(fit.consumed_equiv) + " equiv of the " +
         format_sig(view.equivalents) + " charged: " + percent(fit.conversion) +
         " conversion of the electrophile (not used up yet, lost, e.g. to hydrolysis, or a product missing "
         "from the analysis: a precipitated HX or quaternary salt, a poor detector response).";
}

// The addition time for the tool's target yield at the run's C_total, its
// range, why there is none or only a bound, and a warning when it lies far
// from the run's own time (one run pins the model at one addition time).
void add_addition_advice(std::vector<ReportEntry>& entries, const KIntraFitView& view,
                         const chem::FitAdvice& a) {
  // Short enough to sit beside its number on a phone; the conditions are on the range's line.
  entries.push_back({keys::kAdditionH.name, "Addition for " + percent(view.target_yield) + " ring",
                     addition_advice_text(a)});
  if (!a.reason.empty()) {
    entries.push_back({keys::kAdditionNote.name, "Addition time", a.reason,
                       a.kind == chem::AdviceKind::none ? ReportKind::warning : ReportKind::result});
  }
  if (!a.advice) return;
  entries.push_back({keys::kAdditionRangeH.name,
                     "At C_total " + format_sig(view.total_molar) + " mol/L and EM " +
                         format_sig(view.em_molar) + " mol/L, over the k_intra range",
                     fit_range_text(a.advice->hours_range, "h")});
  const double ratio = a.advice->addition_hours / view.addition_hours;
  if (a.advice->addition_hours > 0 && (ratio > 3 || ratio < 1.0 / 3)) {
    entries.push_back(warning_entry(keys::kAdditionExtrapolation, "Beyond your run",
                                    "That is " + format_sig(ratio, 2) + "× your run's " +
                                        format_sig(view.addition_hours) +
                                        " h: the model extrapolates from one run."));
  }
}

}  // namespace

std::optional<chem::InputError> FieldErrors::at(const std::string& field) const {
  for (const auto& e : list) {
    if (e.field == field) return e;
  }
  return std::nullopt;
}

std::string trimmed(const std::string& text) {
  size_t begin = 0, end = text.size();
  while (begin < end && std::isspace(static_cast<unsigned char>(text[begin]))) ++begin;
  while (end > begin && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
  return text.substr(begin, end - begin);
}

std::optional<double> read_number(const std::string& text, const chem::QuantityRule& rule,
                                  FieldErrors& errors) {
  auto value = chem::parse_quantity(text, rule);
  if (!value.ok()) {
    errors.list.push_back(value.error());
    return std::nullopt;
  }
  return value.value();
}

std::optional<double> read_number(const InputSpec& spec, const std::string& text, FieldErrors& errors,
                                  const std::string& field) {
  auto value = parse_number(spec, text);
  if (value.ok()) return value.value();
  chem::InputError error = value.error();
  if (!field.empty()) error.field = field;
  errors.list.push_back(error);
  return std::nullopt;
}

double read_error_pct(const InputSpec& spec, const TextField& field, FieldErrors& errors) {
  const auto pct = read_number(spec, field.str(), errors);
  return pct ? *pct / 100 : chem::kDefaultFitErrorAbs;
}

std::string plain_error_points(double error_abs) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", error_abs * 100);
  return buffer;
}

std::string plain_number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3g", value);
  return buffer;
}

std::string join_key(const std::vector<std::string>& parts) {
  std::string key;
  for (const auto& part : parts) key += part + '\x1f';  // a unit separator never typed into a field
  return key;
}

std::string fit_range_text(const chem::FitRange& range, const std::string& unit) {
  const std::string u = unit.empty() ? "" : " " + unit;
  if (range.empty) return "none: no single value reproduces the data";
  if (range.lo && range.hi) return format_sig(*range.lo) + "–" + format_sig(*range.hi) + u;
  if (range.lo) return "≥ " + format_sig(*range.lo) + u;
  if (range.hi) return "≤ " + format_sig(*range.hi) + u;
  return "any value";
}

std::string fit_verdict(const chem::FitResult& fit, const std::string& name, const std::string& unit,
                        const std::string& measurements, size_t count, double error_abs) {
  const std::string within = " within ±" + plain_error_points(error_abs) + " %";
  const std::string all = count > 1 ? "all " + std::to_string(count) + " " + measurements : "the measurement";
  if (!fit.consistent) {
    const std::string shown =
        fit.value_kind == chem::ValueKind::least_squares_compromise
            ? "; the least-squares compromise is shown"
        : fit.value_kind == chem::ValueKind::composition_only
            ? "; shown is the composition's own " + name + ", which ignores the equivalents charged"
            : "";
    return "Inconsistent: no single " + name + " reproduces " + all + within + shown;
  }
  const std::string u = unit.empty() ? "" : " " + unit;
  if (fit.determined && fit.marginal) {
    return "Barely consistent: " + all + " agree" + (count > 1 ? "" : "s") + within +
           " only at the edges of their errors";
  }
  if (fit.determined) {
    return count > 1 ? "Determined: one " + name + " explains " + all + within
                     : "Determined: a bounded range reproduces the measurement" + within;
  }
  if (fit.range.lo && !fit.range.hi)
    return "Only a lower bound: " + name + " ≥ " + format_sig(*fit.range.lo) + u;
  if (fit.range.hi && !fit.range.lo)
    return "Only an upper bound: " + name + " ≤ " + format_sig(*fit.range.hi) + u;
  return "Not determined: any " + name + " reproduces it" + within;
}

std::vector<ReportEntry> em_fit_report(const CyclizationInputs& in, const EmFitView& view,
                                       const CyclizationView& tool) {
  namespace spec = cyclization_input;
  std::vector<ReportEntry> entries{fit_input_entry(spec::kFitError, in.fit.error_pct.str())};
  for (int row = 0; row < in.fit.batch_runs; ++row) {
    const BatchRun& run = in.fit.batch[row];
    const std::string run_n = "Run " + std::to_string(row + 1) + ": ";
    const bool ratio = run.measure == RingMeasure::ratio;
    entries.push_back(fit_input_entry(spec::kFitC0, run.c0_molar.str(), run_n, row));
    // The measure as the report words it (the screen's buttons say "Yield %" and "Ring : oligomer").
    entries.push_back(
        fit_input_entry(spec::kFitMeasure, ratio ? "ring : oligomer" : "ring yield (%)", run_n, row));
    entries.push_back(fit_input_entry(spec::kFitValue, run.value.str(), run_n, row, ratio));
  }
  add_errors(entries, view);
  add_status(entries, view, keys::kEm);
  if (!view.fit) {
    if (view.points.empty() && view.errors.empty()) {
      entries.push_back(
          {keys::kEmHint.name, "Fit",
           "Enter C0 and the ring yield (or the ring : oligomer ratio) of at least one batch run.",
           ReportKind::status});
      entries.back().level = chem::WarningLevel::note;
    }
    return entries;
  }
  const chem::FitResult& fit = *view.fit;
  add_verdict(entries, view, fit, keys::kEm, "EM", "mol/L", "runs", view.points.size(),
              fit.value ? format_sig(*fit.value) + " mol/L" : "");
  if (fit.value) {
    for (size_t i = 0; i < view.points.size() && i < fit.residuals.size(); ++i) {
      const std::string n = std::to_string(view.point_rows[i] + 1);
      entries.push_back(
          {keys::kRuns.key(static_cast<size_t>(view.point_rows[i] + 1)),
           "Run " + n + " at " + format_sig(view.points[i].c0_molar) + " mol/L",
           "measured " + percent(fit.residuals[i].measured) + ", model " + percent(fit.residuals[i].fitted)});
    }
    if (view.points.size() > 1 && fit.rms_residual) {
      entries.push_back({keys::kEmResidual.name, "Residual",
                         format_sig(*fit.rms_residual * 100, 2) + " % rms, largest " +
                             format_sig(*fit.max_abs_residual * 100, 2) + " % (percentage points)"});
    } else if (view.points.size() == 1 && fit.determined) {
      entries.push_back({keys::kEmOneRun.name, "One run",
                         "One run fits any model: a run at a second concentration tests whether one EM "
                         "explains both."});
    }
  }
  const std::string note = em_extrapolation_note(in, view, tool);
  if (!note.empty()) entries.push_back(warning_entry(keys::kEmExtrapolation, "Beyond your runs", note));
  if (view.stale) mark_stale(entries);
  return entries;
}

std::vector<ReportEntry> k_intra_fit_report(const CyclizationInputs& in, const KIntraFitView& view,
                                            const CyclizationView& tool) {
  namespace spec = cyclization_input;
  const std::string run = "Syringe-pump run: ";
  std::vector<ReportEntry> entries{
      fit_input_entry(spec::kFitPumpTotal, in.fit.pump_total_molar.str(), run),
      fit_input_entry(spec::kFitPumpAdditionH, in.fit.pump_addition_h.str(), run),
      fit_input_entry(spec::kFitPumpYield, in.fit.pump_yield_pct.str(), run),
  };
  add_errors(entries, view);
  add_status(entries, view, keys::kKIntra);
  if (!view.fit) return entries;
  const chem::KIntraFit& fit = *view.fit;
  entries.push_back({keys::kKIntraEm.name, "k_intra fitted at EM", format_sig(view.em_molar) + " mol/L"});
  add_verdict(entries, view, fit, keys::kKIntra, "k_intra", "1/s", "runs", 1,
              fit.value ? format_sig(*fit.value) + " 1/s" : "", k_intra_at_em(view.em_molar));
  entries.push_back({keys::kHalfLifeH.name, "Ring-closure half-life",
                     fit.half_life_h ? format_sig(*fit.half_life_h) + " h" : "not determined"});
  entries.push_back({keys::kHalfLifeRangeH.name, "Half-lives that reproduce the run",
                     fit_range_text(fit.half_life_range_h, "h")});
  entries.push_back({keys::kBatchRingYield.name, "Ring yield of the same run added at once",
                     percent(fit.batch_ring_yield)});
  if (view.advice) add_addition_advice(entries, view, *view.advice);
  const std::string note = k_intra_extrapolation_note(in, view, tool);
  if (!note.empty()) entries.push_back(warning_entry(keys::kKIntraExtrapolation, "Beyond your run", note));
  if (view.stale) mark_stale(entries);
  return entries;
}

std::vector<ReportEntry> kappa_fit_report(const AlkylationInputs& in, const KappaFitView& view) {
  namespace spec = alkylation_input;
  const AlkylationFitInputs& f = in.fit;
  const bool areas = f.unit == CompositionUnit::areas;
  // SM, mono and bis by the unit chosen: "SM (%)", or "SM area" (no unit).
  const auto composition = [areas](const InputSpec& input, const TextField& field) {
    ReportEntry entry = fit_input_entry(input, field.str());
    entry.label = noun_entry(spec::composition_rule(input, areas), field).label;
    return entry;
  };
  std::vector<ReportEntry> entries{
      fit_input_entry(spec::kFitEquiv, f.equivalents.str()),
      {keys::kUnitInput.name, std::string(spec::kFitUnit.label),
       std::string(spec::kFitUnit.choices[static_cast<int>(f.unit)].label), ReportKind::input},
      composition(spec::kFitSm, f.sm),
      composition(spec::kFitMono, f.mono),
      composition(spec::kFitBis, f.bis),
  };
  if (areas) {
    for (const auto& [input, field] : {std::pair{&spec::kFitRfSm, &f.rf_sm},
                                       {&spec::kFitRfMono, &f.rf_mono},
                                       {&spec::kFitRfBis, &f.rf_bis}})
      entries.push_back(fit_input_entry(*input, field->str()));
  }
  entries.push_back(fit_input_entry(spec::kFitError, f.error_pct.str()));
  add_errors(entries, view);
  add_status(entries, view, keys::kKappa);
  if (!view.fit) {
    if (view.errors.empty() && !view.problem) {
      entries.push_back(
          {keys::kKappaHint.name, "Fit", "Enter the measured SM, mono and bis.", ReportKind::status});
      entries.back().level = chem::WarningLevel::note;
    }
    return entries;
  }
  const chem::KappaFit& fit = *view.fit;
  add_verdict(entries, view, fit, keys::kKappa, "κ", "", "fractions", 1,
              fit.value ? format_sig(*fit.value) : "");
  // What the fit took: areas after their response factors, or mol % scaled to sum to 100.
  entries.push_back(
      {keys::kComposition.name, "As mol % of the diamine",
       "SM " + percent(fit.unreacted) + ", mono " + percent(fit.mono) + ", bis " + percent(fit.bis)});
  if (!areas && std::abs(view.entered_sum_pct - 100) > 0.5) {
    entries.push_back({keys::kNormalised.name, "Normalised",
                       "the three summed to " + format_sig(view.entered_sum_pct) + " %, scaled to 100 %"});
  }
  entries.push_back(
      {keys::kConsumedEquiv.name, "Electrophile in the products", format_sig(fit.consumed_equiv) + " equiv"});
  entries.push_back({keys::kConversion.name, "Conversion of the electrophile", percent(fit.conversion)});
  entries.push_back(
      {keys::kElectrophileBalance.name, "Where the electrophile went", electrophile_balance(view, fit)});
  if (view.stale) mark_stale(entries);
  return entries;
}

}  // namespace app
