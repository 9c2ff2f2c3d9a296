// Helpers shared by the fit views (fit_state.cpp,
// kappa_fit_state.cpp, fit_report.cpp): reading the fit fields and
// keying the caches.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/fit_state.hpp"
#include "app/format.hpp"
#include "app/input_spec.hpp"
#include "chem/number_input.hpp"

namespace app {

std::string trimmed(const std::string& text);

// The number in `text` by `rule`; a problem is added to `errors` under the
// rule's field (an empty field too: "Enter the …").
std::optional<double> read_number(const std::string& text, const chem::QuantityRule& rule,
                                  FieldErrors& errors);

// The same by a declaration's rule; the problem is named `field` (a row's
// "fit_c0_2"), or the declaration's key when `field` is empty.
std::optional<double> read_number(const InputSpec& spec, const std::string& text, FieldErrors& errors,
                                  const std::string& field = {});

// The "± … %" field, as an absolute fraction (3 -> 0.03); the default on a problem.
double read_error_pct(const InputSpec& spec, const TextField& field, FieldErrors& errors);

// "0.0502", "1.23e-05": what a fitted value looks like typed into a tool's
// field (format_sig's "×10⁻⁵" would not read back).
std::string plain_number(double value);

// Takes a fit's outcome into its view: the fit and its value as text, or
// the model's reason there is none. True when there is a fit.
template <class View, class Fit>
bool take_fit(View& view, const chem::Outcome<Fit>& fit) {
  if (!fit.ok()) {
    view.problem = fit.error();
    return false;
  }
  view.fit = fit.value();
  if (view.fit->value) view.value_text = plain_number(*view.fit->value);
  return true;
}

// Input texts joined into one cache key.
std::string join_key(const std::vector<std::string>& parts);

// A field is bad: keep showing the last fit, marked stale, with the new problems.
template <class View>
View keep_last_fit(const View& fresh, const View& last) {
  if (!last.fit) return fresh;
  View kept = last;
  kept.errors = fresh.errors;
  kept.stale = true;
  kept.held = false;
  return kept;
}

// A fresh fit becomes the one a refused input falls back to only when the
// user is not in the middle of an edit (`commit`, as for the tools' own
// results): a stale fit shows what the user had before editing, never the
// fit of a keystroke on the way ("7" on the way to "70").
template <class View>
void commit_fit(const View& view, std::optional<View>& committed, bool commit) {
  if (commit && view.fit && !view.stale && !view.held && view.errors.empty()) committed = view;
}

// The cached view for `key`, or a new one from `compute`; during a drag a
// changed key keeps the last view, marked held.
template <class View, class Compute>
View cached(std::string& cached_key, View& cached_view, const std::string& key, bool hold,
            const Compute& compute) {
  if (cached_key == key) return cached_view;
  if (hold && !cached_key.empty()) {
    View view = cached_view;
    view.held = true;
    return view;
  }
  cached_view = compute(cached_view);
  cached_key = key;
  return cached_view;
}

}  // namespace app
