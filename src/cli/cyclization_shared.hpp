// What the cyclization command's two files share (cmd_cyclization.cpp, the
// one-precursor modes and the command itself; cmd_cyclization_two.cpp, the
// two-component mode).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/input_spec.hpp"
#include "chem/cyclization_engine.hpp"
#include "cli/args.hpp"
#include "cli/json.hpp"

namespace cli::cyclization {

inline constexpr char kName[] = "cyclization";

// The EM and where it came from.
struct EmChoice {
  double em_molar = 0;
  std::string source;                     // "input", or the preset with its citation and factors
  std::vector<std::string> illustrative;  // the factors applied at their illustrative default
};

std::string flag(const app::InputSpec& input);
// "em_source", "illustrative_factors" and the model card with its assumptions.
void describe_model(Json& out, bool chain_ends, const EmChoice& em, std::vector<std::string> assumptions,
                    const char* model);
// The split at the completion time (99 % reacted, feed over): ring_at_completion +
// cyclic_oligomers + linear_oligomers + long_chains + `left_key` = 1, and the cyclic dimer.
void write_split(Json& out, const chem::EngineComposition& split, const char* left_key);
int fail_with_error(const chem::InputError& error);
// k_intra from --k-intra or --half-life-h (exactly one); nullopt when neither and it is optional.
chem::Outcome<std::optional<double>> read_k_intra(const Args& args, bool required);

// The two-component mode (--two-component), once the EM and the engine's options are read.
int run_two_component(const Args& args, chem::EngineInput engine, const EmChoice& em);

}  // namespace cli::cyclization
