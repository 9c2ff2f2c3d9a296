// "--name value" options of a CLI subcommand, read by CLI11.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "chem/number_input.hpp"

namespace cli {

class Args {
 public:
  // `options` take one value each (given twice, the last counts), `flags`
  // none; "--name=value" works too. Options no one declared (cyclization's
  // --em2, --em3, ...) are read the same way and kept for the command to
  // check. On --help or -h, prints the subcommand's help on stdout instead.
  Args(const std::string& command, const std::vector<std::string>& words,
       const std::vector<std::string>& options, const std::vector<std::string>& flags);

  // The help was printed: the command exits 0.
  bool help_printed() const { return help_printed_; }
  // What every command checks first: the exit status when the help was
  // printed (0), the words do not read as options, or (with
  // `undeclared_refused`) an option no one declared (2, with the one line on
  // stderr); nullopt when the command goes on.
  std::optional<int> early_exit(bool undeclared_refused = true) const;
  // The words do not read as options (e.g. an option without its value).
  const std::string& parse_error() const { return parse_error_; }
  bool has(const std::string& name) const { return values_.count(name) > 0; }
  std::optional<std::string> text(const std::string& name) const;
  // Every value of an option given more than once, in order (fit-em's --point).
  std::vector<std::string> texts(const std::string& name) const;
  // Reads a number with the model's rule; the error names the field.
  chem::Outcome<double> number(const std::string& name, const chem::QuantityRule& rule) const;
  // Options given but not declared are typos: report them.
  std::optional<std::string> unknown_option() const { return unknown_option(declared_); }
  // An option given that is not in `known` (e.g. not one of the mode's).
  std::optional<std::string> unknown_option(const std::vector<std::string>& known) const;

 private:
  std::map<std::string, std::vector<std::string>> values_;  // "" for a flag
  std::vector<std::string> declared_;
  std::string command_;
  std::string parse_error_;
  bool help_printed_ = false;
};

}  // namespace cli
