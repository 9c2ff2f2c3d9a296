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
     "--lah-g G | --lah-mg MG | --lah-mmol MMOL | --solution-ml ML --molarity M | "
     "--equiv E --substrate-mmol MMOL",
     nullptr, cli::run_workup},
    {"cyclization",
     "--c0 M (--em M | --ring-size N [--tosyl] [--gem-dialkyl]) [--k-intra PER_S | --half-life-h H]\n"
     "      | --target-yield Y --em M                          (the C0 for a batch ring yield)\n"
     "      | --syringe --total M --em M (--k-intra PER_S | --half-life-h H) --addition-h H\n"
     "          [--start-volume-fraction F]   (starting / final volume, default 1 = fixed volume)\n"
     "      | --syringe --target-yield Y --total M --em M (--k-intra PER_S | --half-life-h H)\n"
     "      engine options: [--large-ring-em M] (EM at 14 ring atoms, default 0.01) [--em2 M --em3 M ...]\n"
     "        [--max-chain N] (default 20) [--no-chain-ends] (the closed-form limit: precursor meets only\n"
     "        precursor); concentrations in mol/L; --total = all precursor / final volume (C_total);\n"
     "      --tosyl-factor F, --gem-dialkyl-factor F (default 10, illustrative) multiply a preset's EM.\n"
     "      Output: ring_yield = the ring once the precursor has reacted (hardly depends on\n"
     "      --max-chain: the same to 1e-6 for N >= 20, a few tenths of a % lower at N = 2); the\n"
     "      split at the completion time (99 % reacted, feed over; completion_h,\n"
     "      completion_k_intra_time): ring_at_completion + cyclic_oligomers + linear_oligomers +\n"
     "      long_chains + precursor_left = 1; linear_oligomers = open chains of 2..N units, long_chains =\n"
     "      longer chains (linear or large rings, not resolved); the split depends on N = --max-chain.\n"
     "      \"em_source\" (\"input\", or the preset with its citation and factors) and\n"
     "      \"illustrative_factors\" (a list) say where the EM came from; steady_state_molar and\n"
     "      steady_state_yield are null unless a steady state forms; \"model\" and \"assumptions\" name\n"
     "      the model",
     nullptr, cli::run_cyclization},
    {"alkylation", "--equiv X [--kappa K]      (X in 0..2 equiv per diamine; K = k2/k1, default 0.5)",
     nullptr, cli::run_alkylation},
    {"mw", "FORMULA                   (e.g. \"Na2SO4·10H2O\", \"(CH3)3COH\", or a reagent key such as boc2o)",
     nullptr, cli::run_mw},
    {"route",
     "(--ketone-g G | --ketone-mmol MMOL) [options]   yields as fractions 0..1\n"
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
    {"monoboc", "--diamine-equiv N [--kappa K] [--boc-mmol MMOL]   (yields per mol Boc2O)", nullptr,
     cli::run_monoboc},
    {"fit-em",
     "--point C0:YIELD [--point C0:YIELD ...] [--point-ratio C0:RING_TO_OLIGOMER ...] [--error E]\n"
     "      [--ring-size N] [--large-ring-em M]   EM from batch ring yields (C0 mol/L, yield 0..1); E is "
     "the\n"
     "      absolute error of each yield (default 0.03). \"em_range_molar\": every EM that reproduces all\n"
     "      points within E, null at an unbounded end, null as a whole when none does (\"consistent\": "
     "false);\n"
     "      \"determined\": false with \"em_molar\": null when the data only bound EM (exit 0)",
     nullptr, cli::run_fit_em},
    {"fit-kintra",
     "--total M --em M --addition-h H --yield Y [--error E] [--target-yield Y2] [--start-volume-fraction F]\n"
     "      k_intra from a syringe-pump ring yield; with --target-yield, the addition time for Y2 at the\n"
     "      fitted k_intra and over its range (\"addition_h_for_target_range\")",
     nullptr, cli::run_fit_kintra},
    {"fit-kappa",
     "--equiv X --sm A --mono B --bis C [--rf-sm R --rf-mono R --rf-bis R] [--error E]\n"
     "      kappa = k2/k1 from one composition (areas divided by the response factors, then normalised);\n"
     "      \"conversion\" = (mono + 2 bis) / X when the electrophile was not used up",
     nullptr, cli::run_fit_kappa},
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
