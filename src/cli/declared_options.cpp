#include "cli/declared_options.hpp"

#include <algorithm>
#include <cctype>

namespace cli {
namespace {

// The placeholder after a flag: "E" for equivalents, "MIN" for minutes,
// "PER_S" for 1/s; none after a switch; "N" for a whole number that offers
// presets (a ring size).
std::string placeholder(const app::InputSpec& input, bool variant) {
  if (is_switch(input)) return "";
  if (input.choices && !input.whole_number) {
    std::string names;
    for (int i = 0; i < input.choice_count; ++i) names += (i ? "|" : "") + std::string(input.choices[i].name);
    return names;
  }
  if (input.is_text) return "TEXT";
  if (input.cli_scale != 1.0) return "FRACTION";
  if (input.whole_number) return "N";
  std::string unit(input.unit_for(variant));
  if (unit.empty()) return input.whole_number ? "N" : "X";
  if (unit == "equiv") return "E";
  if (unit == "mol/L") return "M";
  std::string upper;
  if (unit.rfind("1/", 0) == 0) upper = "PER_", unit.erase(0, 2);
  for (char c : unit) upper += std::isalnum(static_cast<unsigned char>(c)) ? std::toupper(c) : '_';
  return upper;
}

}  // namespace

bool is_switch(const app::InputSpec& input) {
  return input.choice_count == 2 && !input.cli_by_name && !input.cli_flag.empty();
}

std::vector<std::string> declared_flags(const Declared& inputs) {
  std::vector<std::string> flags;
  for (const app::InputSpec* input : inputs) {
    if (is_switch(*input)) continue;
    if (!input->cli_flag.empty()) flags.emplace_back(input->cli_flag);
    if (!input->variant_cli_flag.empty()) flags.emplace_back(input->variant_cli_flag);
  }
  return flags;
}

std::vector<std::string> declared_switches(const Declared& inputs) {
  std::vector<std::string> flags;
  for (const app::InputSpec* input : inputs)
    if (is_switch(*input)) flags.emplace_back(input->cli_flag);
  return flags;
}

std::string declared_help(const Declared& inputs) {
  std::string text;
  for (const app::InputSpec* input : inputs) {
    for (bool variant : {false, true}) {
      const std::string_view flag = variant ? input->variant_cli_flag : input->cli_flag;
      if (flag.empty()) continue;
      const std::string value = placeholder(*input, variant);
      std::string line = "        --" + std::string(flag) + (value.empty() ? "" : " " + value);
      line.resize(std::max<size_t>(line.size() + 2, 40), ' ');
      // The noun where the label reads on from a neighbour on screen ("NaN3 added in").
      app::InputSpec named = *input;
      if (!named.what.empty()) named.label = named.variant_label = named.what;
      if (!named.what.empty() && named.whole_number) named.unit = named.variant_unit = {};  // a count
      line += named.label_with_unit(variant && !input->variant_unit.empty());
      // In the CLI's scale the screen's unit goes: "Lactam yield as a fraction, 0..1".
      const std::string_view help = input->cli_help;
      if (input->cli_scale != 1.0)
        line =
            line.substr(0, line.rfind(" (")) + (help.rfind("as ", 0) == 0 ? " " : "; ") + std::string(help);
      else if (!input->cli_help.empty())
        line += "; " + std::string(input->cli_help);
      text += line + "\n";
    }
  }
  return text;
}

chem::Outcome<double> declared_number(const Args& args, const app::InputSpec& input, bool variant) {
  const std::string flag(variant ? input.variant_cli_flag : input.cli_flag);
  const auto text = args.text(flag);
  if (!text) return chem::InputError{std::string(input.key), "--" + flag + " is required"};
  // The CLI's scale has no unit of its own (a fraction): read the bare number.
  if (input.cli_scale != 1.0) {
    return chem::parse_quantity(*text, {input.key, input.what.empty() ? input.label : input.what, "",
                                        app::kAnyNumber, input.allow_zero});
  }
  return app::parse_number(input, *text, variant);
}

chem::Outcome<int> declared_choice(const Args& args, const app::InputSpec& input) {
  const std::string flag(input.cli_flag);
  const std::string value = args.text(flag).value_or("");
  const int index = app::find_choice(input, value);
  if (index >= 0) return index;
  std::string names;
  for (int i = 0; i < input.choice_count; ++i)
    names += std::string(i == 0                        ? ""
                         : i + 1 == input.choice_count ? " or "
                                                       : ", ") +
             std::string(input.choices[i].name);
  return chem::InputError{std::string(input.key), "--" + flag + " is " + names + ", not '" + value + "'"};
}

bool declared_switch(const Args& args, const app::InputSpec& input) {
  return args.has(std::string(input.cli_flag));
}

}  // namespace cli
