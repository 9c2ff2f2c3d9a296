// Every CLI subcommand: takes the words after its name, prints one JSON object
// on stdout and returns 0, or prints one line on stderr and returns 2.
// `report` prints a tool's report as text instead.
//
// Layers: cli -> app -> chem. The models' commands read chem alone; `report`
// reads src/app too, because a tool has one report (built there) that the
// page's screen, mirror, clipboard and print card render, and the CLI's text
// renders the same one. src/app has no UI toolkit and no browser calls.
#pragma once

#include <string>
#include <vector>

#include "cli/declared_options.hpp"

namespace cli {

using Words = std::vector<std::string>;

struct Command {
  const char* name;
  const char* usage;                  // the synopsis and what the output means
  const Declared* options = nullptr;  // listed under the usage, one line each, from the declarations
  int (*run)(const Words& words) = nullptr;
};

// Prints "<command>: <field>: <message>" on stderr; returns the exit status 2.
int fail(const std::string& command, const std::string& field, const std::string& message);
// The command's options as `diazepane-bench --help` lists them (the end of its help).
std::string command_usage(const std::string& command);

// The declared options of the commands that have them (cmd_*.cpp).
extern const Declared kRouteOptions;
extern const Declared kCyclizationOptions;
extern const Declared kFitEmOptions;
extern const Declared kFitKIntraOptions;
extern const Declared kFitKappaOptions;
extern const Declared kWorkupOptions;
extern const Declared kAlkylationOptions;
extern const Declared kMonobocOptions;

int run_workup(const Words& words);
int run_cyclization(const Words& words);
int run_alkylation(const Words& words);
int run_monoboc(const Words& words);
int run_mw(const Words& words);
int run_route(const Words& words);
int run_fit_em(const Words& words);
int run_fit_kintra(const Words& words);
int run_fit_kappa(const Words& words);
int run_report(const Words& words);

}  // namespace cli
