// The CLI's options read from the inputs' declarations (app/*_inputs.hpp):
// the flag, the label and unit for --help, the rule for the value.
#pragma once

#include <string>
#include <vector>

#include "app/input_spec.hpp"
#include "cli/args.hpp"

namespace cli {

// A command's declared options, in the order --help lists them.
using Declared = std::vector<const app::InputSpec*>;

// A two-choice input on the CLI is a switch (--syringe, --tosyl): given, its
// second choice ("syringe", "1"); absent, its first. It takes no value.
bool is_switch(const app::InputSpec& input);

// Every CLI flag of the declarations that takes a value (both wordings), without "--".
std::vector<std::string> declared_flags(const Declared& inputs);
// Every switch of the declarations, without "--".
std::vector<std::string> declared_switches(const Declared& inputs);

// "--basic-n-equiv E   Basic amine N per ketone (equiv); each basic N takes 1 TfOH"
// one line each, indented for `diazepane-bench --help`.
std::string declared_help(const Declared& inputs);

// The value of a declared option (`variant`: its second flag), read by the
// declaration's rule in the CLI's own scale; the error names the input's key.
chem::Outcome<double> declared_number(const Args& args, const app::InputSpec& input, bool variant = false);

// The index of a choice option's value among the declared names or aliases;
// the error lists the names.
chem::Outcome<int> declared_choice(const Args& args, const app::InputSpec& input);

// A switch given: its second choice.
bool declared_switch(const Args& args, const app::InputSpec& input);

}  // namespace cli
