#include "cli/args.hpp"

#include <algorithm>

namespace cli {

Args::Args(const std::vector<std::string>& words, const std::vector<std::string>& flag_names) {
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& word = words[i];
    if (word.rfind("--", 0) != 0 || word.size() < 3) {
      parse_error_ = "unexpected argument '" + word + "'";
      return;
    }
    const std::string name = word.substr(2);
    if (std::find(flag_names.begin(), flag_names.end(), name) != flag_names.end()) {
      values_[name] = "";
      continue;
    }
    if (i + 1 >= words.size()) {
      parse_error_ = "option --" + name + " needs a value";
      return;
    }
    values_[name] = words[++i];
  }
}

std::optional<std::string> Args::text(const std::string& name) const {
  auto found = values_.find(name);
  if (found == values_.end()) return std::nullopt;
  return found->second;
}

chem::Outcome<double> Args::number(const std::string& name, const chem::QuantityRule& rule) const {
  auto found = values_.find(name);
  if (found == values_.end()) return chem::InputError{std::string(rule.field), "--" + name + " is required"};
  return chem::parse_quantity(found->second, rule);
}

std::optional<std::string> Args::unknown_option(const std::vector<std::string>& known) const {
  for (const auto& entry : values_) {
    if (std::find(known.begin(), known.end(), entry.first) == known.end()) return entry.first;
  }
  return std::nullopt;
}

}  // namespace cli
