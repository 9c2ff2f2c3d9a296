// One declaration per input: its key, label, unit, rule, default, permalink
// key (with the spellings older links used) and CLI flag. The parser, the
// permalink codec, the report's input entries, the panel's widget and the
// accessible form's label, and the CLI's options and --help lines all read
// this one record, so no input is spelled twice.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "app/report.hpp"
#include "app/text_field.hpp"
#include "chem/number_input.hpp"

namespace app {

// The model checks the range (and names the field itself); reading the text
// only asks for a number.
inline constexpr double kAnyNumber = 1e300;

// One allowed value of a choice input: its name in links and on the CLI,
// what the screen says, and the name an older link or the CLI used for it.
struct InputChoice {
  std::string_view name;
  std::string_view label;
  std::string_view alias = {};
};

// Declared as InputSpec{key, label, unit, default, permalink} and then the
// modifiers it needs: .cli("flag"), .alias("old.key"), ...
struct InputSpec {
  std::string_view key;    // machine name: error field, report "input.<key>", widget id
  std::string_view label;  // for people: widget, accessible form, report, --help
  std::string_view unit;   // "mL", "%", "equiv"; empty for a pure number
  std::string_view default_text;
  std::string_view permalink;        // "route.basic_n_equiv"; empty: not in links
  std::string_view permalink_alias;  // the key older links used; empty: none
  std::string_view cli_flag;         // "basic-n-equiv" (without "--"); empty: not on the CLI
  // The rule: largest value (kAnyNumber when the model checks the range),
  // zero allowed, whole numbers only.
  double max_value = kAnyNumber;
  bool allow_zero = true;
  bool whole_number = false;
  // The CLI takes the value in its own scale: yields as fractions (0..1)
  // where the screen asks for %: cli value = screen value × cli_scale.
  double cli_scale = 1.0;
  std::string_view cli_help;  // what --help adds after the label
  // The noun of an error message when the label is not one ("NaN3 added in"
  // is a label; "Number of portions must be a whole number" the message).
  std::string_view what;
  // A second wording for a second mode: the ketone in mmol, the route's
  // TMSN3 "parts" (label, unit and CLI flag; empty: as the first).
  std::string_view variant_label;
  std::string_view variant_unit;
  std::string_view variant_cli_flag;
  bool is_text = false;                  // kept as typed (a formula), not read as a number
  const InputChoice* choices = nullptr;  // a choice input: its allowed values
  int choice_count = 0;
  // A two-choice input is a CLI switch unless it is taken by name (a list
  // that will grow: the published procedures).
  bool cli_by_name = false;

  constexpr InputSpec(std::string_view key_, std::string_view label_, std::string_view unit_,
                      std::string_view default_text_, std::string_view permalink_ = {})
      : key(key_), label(label_), unit(unit_), default_text(default_text_), permalink(permalink_) {}

  constexpr InputSpec cli(std::string_view flag, std::string_view help = {}) const {
    InputSpec s = *this;
    s.cli_flag = flag;
    s.cli_help = help;
    return s;
  }
  constexpr InputSpec alias(std::string_view old_permalink) const {
    InputSpec s = *this;
    s.permalink_alias = old_permalink;
    return s;
  }
  constexpr InputSpec range(double max, bool zero_allowed) const {
    InputSpec s = *this;
    s.max_value = max;
    s.allow_zero = zero_allowed;
    return s;
  }
  constexpr InputSpec text() const {
    InputSpec s = *this;
    s.is_text = true;
    return s;
  }
  constexpr InputSpec whole() const {
    InputSpec s = *this;
    s.whole_number = true;
    return s;
  }
  constexpr InputSpec cli_as_fraction() const {
    InputSpec s = *this;
    s.cli_scale = 0.01;
    return s;
  }
  constexpr InputSpec noun(std::string_view what_) const {
    InputSpec s = *this;
    s.what = what_;
    return s;
  }
  constexpr InputSpec variant(std::string_view label_, std::string_view unit_,
                              std::string_view cli_flag_ = {}) const {
    InputSpec s = *this;
    s.variant_label = label_;
    s.variant_unit = unit_;
    s.variant_cli_flag = cli_flag_;
    return s;
  }
  template <size_t N>
  constexpr InputSpec one_of(const InputChoice (&list)[N]) const {
    InputSpec s = *this;
    s.choices = list;
    s.choice_count = static_cast<int>(N);
    return s;
  }

  constexpr InputSpec by_name() const {
    InputSpec s = *this;
    s.cli_by_name = true;
    return s;
  }

  chem::QuantityRule rule(bool variant = false) const {
    return {key, what.empty() ? label : what, unit_for(variant), max_value, allow_zero};
  }
  constexpr std::string_view label_for(bool variant) const {
    return variant && !variant_label.empty() ? variant_label : label;
  }
  constexpr std::string_view unit_for(bool variant) const {
    return variant && !variant_unit.empty() ? variant_unit : unit;
  }
  // "Amount of ketone (g)" as the report, the form and --help write it.
  std::string label_with_unit(bool variant = false) const;
};

// The text of `field` read by the spec's rule; the error names the spec's key.
// `variant`: the spec's second wording (its unit names the error).
std::optional<chem::InputError> read_number(const InputSpec& spec, const TextField& field, double& value,
                                            bool variant = false);
// The same for a number that did not come from a field (the CLI).
chem::Outcome<double> parse_number(const InputSpec& spec, std::string_view text, bool variant = false);

// The report's entry for an input, as typed: "input.<key>", label with unit.
ReportEntry input_entry(const InputSpec& spec, const TextField& field, bool variant = false);
// The same named as the input's messages name it, by its rule (spec.rule()):
// "LiAlH4 mass (g)", the noun and its unit, where the panel asks "Mass of LiAlH4".
ReportEntry noun_entry(const chem::QuantityRule& rule, const TextField& field);

// The index of `name` among a choice input's names or aliases; -1 if none.
int find_choice(const InputSpec& spec, std::string_view name);

}  // namespace app
