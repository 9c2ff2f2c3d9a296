// diazepane-bench: the models of src/chem on the command line, JSON out; and
// the page's reports of src/app as text (see commands.hpp for the layers).
#include <cstdio>
#include <cstring>
#include <exception>
#include <iterator>

#include "cli/commands.hpp"

namespace {

const cli::Command kCommands[] = {
    {"workup",
     "<the LiAlH4 amount, one way>   a mass, millimoles, a solution's volume with its molarity, or\n"
     "      equivalents with the substrate's millimoles; exits 2 naming lah, given no way or two. Options:",
     &cli::kWorkupOptions, cli::run_workup},
    {"cyclization",
     "<batch, or syringe pump by its switch> [options]   the ring against its oligomers: in batch\n"
     "      at C0; by syringe pump at C_total, k_intra (or its half-life) and the addition time; or, with\n"
     "      a target yield, the batch C0 or the addition time that gives it. The EM is given, or a\n"
     "      ring-size preset's (times its factors). Each mode takes only its own options: another's\n"
     "      exits 2 naming it (\"needs\" the syringe-pump switch, or \"does not apply here\").\n"
     "      Output: ring_yield = the ring once the precursor has reacted (hardly depends on N, the longest\n"
     "      chain tracked: the same to 1e-6 for N >= 20, a few tenths of a % lower at N = 2); the\n"
     "      split at the completion time (99 % reacted, feed over; completion_h,\n"
     "      completion_k_intra_time): ring_at_completion + cyclic_oligomers + linear_oligomers +\n"
     "      long_chains + precursor_left = 1; linear_oligomers = open chains of 2..N units, long_chains =\n"
     "      longer chains (linear or large rings, not resolved); the split depends on N.\n"
     "      \"em_source\" (\"input\", or the preset with its citation and factors) and\n"
     "      \"illustrative_factors\" (a list) say where the EM came from; steady_state_molar and\n"
     "      steady_state_yield are null unless a steady state forms; \"model\" and \"assumptions\" name\n"
     "      the model.\n"
     "      Two components (its switch): diamine + dihalide (A2 + B2), the seed's reaction, in batch at\n"
     "      C0 (each component) or by pump (feed: dihalide, diamine or both; C_total, k_intra, the\n"
     "      addition time). ring_yield = mol of ring per mol of diamine once the scarcer monomer is\n"
     "      below 1e-4; the split ring_at_completion + cyclic_oligomers + linear_oligomers +\n"
     "      long_chains + diamine_left = 1 (diamine units; diamine_left = free diamine and open 1:1\n"
     "      adduct); \"strategies\": batch, dihalide_into_diamine, diamine_into_dihalide, both,\n"
     "      preformed_ab, each {\"ring_yield\": …} at the same total, addition time and k_intra (the\n"
     "      fed ones null in a batch call). An unknown feed exits 2 naming feed; a dihalide\n"
     "      equivalent outside 0.5-2 exits 2 naming dihalide_equiv.\n"
     "      Options:",
     &cli::kCyclizationOptions, cli::run_cyclization},
    {"alkylation", "<equivalents> [options]   the diamine's unreacted, mono and bis fractions. Options:",
     &cli::kAlkylationOptions, cli::run_alkylation},
    {"mw", "FORMULA                   (e.g. \"Na2SO4·10H2O\", \"(CH3)3COH\", or a reagent key such as boc2o)",
     nullptr, cli::run_mw},
    {"route",
     "the ketone amount (in g or in mmol, required) and any of the options below; yields as fractions 0..1\n"
     "      --portions defaults to one more than the method's least number (14 for h2so4 at 1.5 equiv and\n"
     "      4 mL/g, 16 for msoh, 11 for tmsn3-tfoh), --addition-min to 120 or 5 min per interval; exits 2\n"
     "      naming ketone_amount above bench scale (0.5 mol azide: no schedule, a process-safety\n"
     "      assessment first), acid_ml_per_g below 2 mL/g (a stirrable slurry), tfoh_equiv when the TfOH\n"
     "      left after the basic N is below the TMSN3 equiv, portions below 10 TMSN3 parts (a caution,\n"
     "      \"scale_warning\", between 0.1 and 0.5 mol azide; ice_min_g null except for h2so4);\n"
     "      exits 2 naming portions or addition_min when the NaN3 would go in all at once (too few portions\n"
     "      for the heat of one portion, or under 5 min between portions); \"scale_warning\" is null or a\n"
     "      string. Options:",
     &cli::kRouteOptions, cli::run_route},
    {"monoboc", "<diamine excess> [options]   yields per mol Boc2O. Options:", &cli::kMonobocOptions,
     cli::run_monoboc},
    {"fit-em",
     "<one or more batch runs> [options]   EM from each run's C0 and ring yield (or ring : oligomer ratio).\n"
     "      \"em_range_molar\": every EM that reproduces all runs within the error, null at an unbounded\n"
     "      end, null as a whole when none does (\"consistent\": false); \"determined\": false with\n"
     "      \"em_molar\": null when the data only bound EM (exit 0). Options:",
     &cli::kFitEmOptions, cli::run_fit_em},
    {"fit-kintra",
     "<one syringe-pump run> [options]   k_intra from its ring yield; with a target yield, the addition\n"
     "      time for it at the fitted k_intra and over its range (\"addition_h_for_target_range\"). Options:",
     &cli::kFitKIntraOptions, cli::run_fit_kintra},
    {"fit-kappa",
     "<one composition> [options]   kappa = k2/k1 from the electrophile charged and the SM, mono and bis\n"
     "      found (areas divided by the response factors, then normalised); \"conversion\" =\n"
     "      (mono + 2 bis) / equiv when the electrophile was not used up. Options:",
     &cli::kFitKappaOptions, cli::run_fit_kappa},
    {"report",
     "[--lines] '<permalink>'   a tool's report as the page makes it, from a whole permalink or its query\n"
     "      (\"tool=workup&workup.lah_g=2.5\"): the protocol \"Copy protocol\" copies (plain text), or with\n"
     "      --lines the TSV lines of the page's text mirror (key, label, value, kind, flags, detail). Exits "
     "2\n"
     "      naming a key the page would refuse, a missing tool=, or the tool's input problem (the report is\n"
     "      printed first, saying what the page says)",
     nullptr, cli::run_report},
};

void print_usage(std::FILE* out) {
  std::fprintf(out, "usage: diazepane-bench <command> [options]\n\ncommands:\n");
  for (const auto& command : kCommands)
    std::fprintf(out, "  %s %s\n", command.name, cli::command_usage(command.name).c_str());
  std::fprintf(
      out,
      "\nOutput (all but report): one JSON object on stdout, with \"model\" (the model's short name) and "
      "\"assumptions\"\n"
      "(a list of sentences; see docs/MODELS.md). Bad input: exit status 2, one line on stderr naming the\n"
      "field.\n");
}

}  // namespace

namespace cli {

int fail(const std::string& command, const std::string& field, const std::string& message) {
  std::fprintf(stderr, "%s: %s: %s\n", command.c_str(), field.c_str(), message.c_str());
  return 2;
}

std::string command_usage(const std::string& command) {
  for (const auto& entry : kCommands) {
    if (command != entry.name) continue;
    std::string usage = entry.usage;
    if (entry.options) {
      usage += "\n" + declared_help(*entry.options);
      usage.pop_back();  // the last line's newline: print_usage adds one
    }
    return usage;
  }
  return "";
}

}  // namespace cli

int main(int argc, char** argv) {
  if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h")) {
    print_usage(argc < 2 ? stderr : stdout);
    return argc < 2 ? 2 : 0;
  }
  for (const auto& command : kCommands) {
    if (std::strcmp(argv[1], command.name)) continue;
    try {
      return command.run(cli::Words(argv + 2, argv + argc));
    } catch (const std::exception& error) {  // CLI11 and nlohmann report a bug (or no memory) by throwing
      std::fprintf(stderr, "%s: internal error: %s\n", command.name, error.what());
      return 1;
    }
  }
  std::fprintf(stderr, "unknown command '%s'\n", argv[1]);
  print_usage(stderr);
  return 2;
}
