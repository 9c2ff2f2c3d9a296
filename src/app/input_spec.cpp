#include "app/input_spec.hpp"

#include <cmath>

namespace app {

std::string InputSpec::label_with_unit(bool variant) const {
  std::string text(label_for(variant));
  const std::string_view shown_unit = unit_for(variant);
  if (!shown_unit.empty()) text += " (" + std::string(shown_unit) + ")";
  return text;
}

chem::Outcome<double> parse_number(const InputSpec& spec, std::string_view text, bool variant) {
  const chem::QuantityRule rule = spec.rule(variant);
  auto value = chem::parse_quantity(text, rule);
  if (!value.ok()) return value;
  if (spec.whole_number && value.value() != std::floor(value.value()))
    return chem::InputError{std::string(spec.key), std::string(rule.what) + " must be a whole number"};
  return value;
}

std::optional<chem::InputError> read_number(const InputSpec& spec, const TextField& field, double& value,
                                            bool variant) {
  auto parsed = parse_number(spec, field.str(), variant);
  if (!parsed.ok()) return parsed.error();
  value = parsed.value();
  return std::nullopt;
}

ReportEntry input_entry(const InputSpec& spec, const TextField& field, bool variant) {
  return {"input." + std::string(spec.key), spec.label_with_unit(variant), field.str(), ReportKind::input};
}

ReportEntry noun_entry(const chem::QuantityRule& rule, const TextField& field) {
  std::string label(rule.what);
  if (!rule.unit.empty()) label += " (" + std::string(rule.unit) + ")";
  return {"input." + std::string(rule.field), label, field.str(), ReportKind::input};
}

int find_choice(const InputSpec& spec, std::string_view name) {
  for (int i = 0; i < spec.choice_count; ++i) {
    const InputChoice& choice = spec.choices[i];
    if (name == choice.name || (!choice.alias.empty() && name == choice.alias)) return i;
  }
  return -1;
}

}  // namespace app
