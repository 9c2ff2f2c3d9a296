// The Alkylation tool's fit: κ from one measured SM / mono / bis composition.
#include "app/fit_state.hpp"
#include "app/fit_view_detail.hpp"

namespace app {
namespace {

std::string kappa_key(const AlkylationInputs& in) {
  const AlkylationFitInputs& f = in.fit;
  std::vector<std::string> parts = {f.equivalents.str(), std::to_string(static_cast<int>(f.unit)),
                                    f.sm.str(),          f.mono.str(),
                                    f.bis.str(),         f.error_pct.str()};
  if (f.unit == CompositionUnit::areas)
    parts.insert(parts.end(), {f.rf_sm.str(), f.rf_mono.str(), f.rf_bis.str()});
  return join_key(parts);
}

KappaFitView compute_kappa(const AlkylationInputs& in, const KappaFitView& last, int& fits_run) {
  namespace spec = alkylation_input;
  KappaFitView v;
  const AlkylationFitInputs& f = in.fit;
  v.error_abs = read_error_pct(spec::kFitError, f.error_pct, v.errors);
  if (trimmed(f.sm.str()).empty() && trimmed(f.mono.str()).empty() && trimmed(f.bis.str()).empty()) return v;
  const auto equiv = read_number(spec::kFitEquiv, f.equivalents.str(), v.errors);
  const bool areas = f.unit == CompositionUnit::areas;
  // By the unit chosen (spec::composition_rule): % up to 100, or areas of any size.
  const auto sm = read_number(f.sm.str(), spec::composition_rule(spec::kFitSm, areas), v.errors);
  const auto mono = read_number(f.mono.str(), spec::composition_rule(spec::kFitMono, areas), v.errors);
  const auto bis = read_number(f.bis.str(), spec::composition_rule(spec::kFitBis, areas), v.errors);
  chem::ResponseFactors rf;
  if (areas) {  // mol % are already per mole: the factors apply to areas only
    const auto rf_sm = read_number(spec::kFitRfSm, f.rf_sm.str(), v.errors);
    const auto rf_mono = read_number(spec::kFitRfMono, f.rf_mono.str(), v.errors);
    const auto rf_bis = read_number(spec::kFitRfBis, f.rf_bis.str(), v.errors);
    if (rf_sm && rf_mono && rf_bis) rf = {*rf_sm, *rf_mono, *rf_bis};
  }
  if (!v.errors.empty()) return keep_last_fit(v, last);
  v.equivalents = *equiv;
  v.entered_sum_pct = areas ? 0 : *sm + *mono + *bis;
  ++fits_run;
  take_fit(v, chem::fit_kappa(v.equivalents, *sm, *mono, *bis, v.error_abs, rf));
  return v;
}

}  // namespace

KappaFitView evaluate_kappa_fit(const AlkylationInputs& in, FitCache& cache, bool hold, bool commit) {
  KappaFitView view = cached(cache.kappa_key, cache.kappa, kappa_key(in), hold, [&](const KappaFitView&) {
    return compute_kappa(in, cache.kappa_committed.value_or(KappaFitView{}), cache.fits_run);
  });
  view.in_use = !view.value_text.empty() && !view.stale && trimmed(in.kappa.str()) == view.value_text;
  commit_fit(view, cache.kappa_committed, commit);
  return view;
}

bool use_fitted_kappa(AlkylationInputs& in, const KappaFitView& view) {
  if (view.value_text.empty() || view.stale || view.held || !view.fit || !view.fit->consistent) return false;
  in.kappa.set(view.value_text);
  return true;
}

bool has_fit_data(const AlkylationFitInputs& fit) {
  return !trimmed(fit.sm.str()).empty() || !trimmed(fit.mono.str()).empty() ||
         !trimmed(fit.bis.str()).empty();
}

}  // namespace app
