// Minimal "--name value" option reading for the CLI subcommands.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "chem/number_input.hpp"

namespace cli {

class Args {
 public:
  // Flags are options without a value (e.g. --syringe); they must be declared.
  Args(const std::vector<std::string>& words, const std::vector<std::string>& flag_names);

  const std::string& parse_error() const { return parse_error_; }
  bool has(const std::string& name) const { return values_.count(name) > 0; }
  std::optional<std::string> text(const std::string& name) const;
  // Reads a number with the model's rule; the error names the field.
  chem::Outcome<double> number(const std::string& name, const chem::QuantityRule& rule) const;
  // Options given but never asked for are typos: report them.
  std::optional<std::string> unknown_option(const std::vector<std::string>& known) const;

 private:
  std::map<std::string, std::string> values_;
  std::string parse_error_;
};

}  // namespace cli
