#include "cli/args.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>

#include "cli/commands.hpp"

namespace cli {
namespace {

// CLI11's message, or plainer words for the two mistakes it reports most: an
// option last without its value ("--x: 1 required VALUE missing"), a flag
// given a value ("x was given a disallowed flag override").
std::string plain_message(const CLI::ParseError& error, const std::vector<std::string>& words,
                          const std::vector<std::string>& flags) {
  const std::string message = error.what();
  if (!words.empty() && words.back().rfind("--", 0) == 0 && message.rfind(words.back() + ": ", 0) == 0) {
    return "option " + words.back() + " needs a value";
  }
  for (const auto& flag : flags) {
    for (const auto& word : words) {
      if (word.rfind("--" + flag + "=", 0) == 0) return "option --" + flag + " takes no value";
    }
  }
  return message;
}

}  // namespace

Args::Args(const std::string& command, const std::vector<std::string>& words,
           const std::vector<std::string>& options, const std::vector<std::string>& flags)
    : declared_(options), command_(command) {
  declared_.insert(declared_.end(), flags.begin(), flags.end());
  CLI::App app("", "diazepane-bench " + command);
  app.footer("diazepane-bench " + command + " " + command_usage(command));
  app.allow_extras();
  std::vector<std::pair<std::string, CLI::Option*>> given_options, given_flags;
  for (const auto& name : options) {
    given_options.emplace_back(name, app.add_option("--" + name)
                                         ->type_name("VALUE")
                                         ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll));
  }
  for (const auto& name : flags)
    given_flags.emplace_back(name, app.add_flag("--" + name)->disable_flag_override());
  std::vector<std::string> backwards(words.rbegin(), words.rend());  // CLI11 reads from the back
  try {
    app.parse(backwards);
  } catch (const CLI::CallForHelp&) {
    std::fputs(app.help().c_str(), stdout);
    help_printed_ = true;
    return;
  } catch (const CLI::ParseError& error) {
    parse_error_ = plain_message(error, words, flags);
    return;
  }
  for (const auto& [name, option] : given_options) {
    if (option->count() > 0) values_[name] = option->results();
  }
  for (const auto& [name, flag] : given_flags) {
    if (flag->count() > 0) values_[name] = {""};
  }
  // What CLI11 did not recognise, in order: options no one declared, each
  // with its value ("--name value" or "--name=value"), or stray words.
  const std::vector<std::string> extras = app.remaining();
  for (size_t i = 0; i < extras.size(); ++i) {
    const std::string& word = extras[i];
    if (word.rfind("--", 0) != 0 || word.size() < 3) {
      parse_error_ = "unexpected argument '" + word + "'";
      return;
    }
    const size_t equals = word.find('=');
    if (equals != std::string::npos && equals > 2) {
      values_[word.substr(2, equals - 2)].push_back(word.substr(equals + 1));
    } else if (i + 1 < extras.size()) {
      values_[word.substr(2)].push_back(extras[++i]);
    } else {
      parse_error_ = "option " + word + " needs a value";
      return;
    }
  }
}

std::optional<std::string> Args::text(const std::string& name) const {
  auto found = values_.find(name);
  if (found == values_.end()) return std::nullopt;
  return found->second.back();
}

std::vector<std::string> Args::texts(const std::string& name) const {
  auto found = values_.find(name);
  return found == values_.end() ? std::vector<std::string>() : found->second;
}

chem::Outcome<double> Args::number(const std::string& name, const chem::QuantityRule& rule) const {
  auto found = values_.find(name);
  if (found == values_.end()) return chem::InputError{std::string(rule.field), "--" + name + " is required"};
  return chem::parse_quantity(found->second.back(), rule);
}

std::optional<std::string> Args::unknown_option(const std::vector<std::string>& known) const {
  for (const auto& entry : values_) {
    if (std::find(known.begin(), known.end(), entry.first) == known.end()) return entry.first;
  }
  return std::nullopt;
}

std::optional<int> Args::early_exit(bool undeclared_refused) const {
  if (help_printed_) return 0;
  if (!parse_error_.empty()) return fail(command_, "arguments", parse_error_);
  if (!undeclared_refused) return std::nullopt;
  if (auto unknown = unknown_option()) return fail(command_, *unknown, "unknown option --" + *unknown);
  return std::nullopt;
}

}  // namespace cli
