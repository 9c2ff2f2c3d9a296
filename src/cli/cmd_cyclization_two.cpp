// diazepane-bench cyclization --two-component: diamine + dihalide (A2 + B2),
// in batch (--c0, each component) or by syringe pump (--feed, --total,
// k_intra, --addition-h), with every addition strategy side by side.
#include <string>

#include "app/cyclization_inputs.hpp"
#include "chem/cyclization.hpp"
#include "chem/cyclization_engine.hpp"
#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/cyclization_shared.hpp"
#include "cli/declared_options.hpp"
#include "cli/json.hpp"

namespace cli::cyclization {
namespace {

namespace in = app::cyclization_input;

// {"ring_yield": …} of a run, or null when it does not apply (no addition time).
Json strategy(const chem::EngineInput& input) {
  auto r = chem::run_cyclization_engine(input);
  if (!r.ok()) return Json();
  Json out;
  out["ring_yield"] = r.value().ring_yield;
  return out;
}

// Every strategy at the same total concentration, addition time and k_intra.
Json strategies(chem::EngineInput input) {
  Json out;
  const double hours = input.addition_hours;
  input.addition_hours = 0;
  input.feed = chem::Feed::dihalide_into_diamine;
  out["batch"] = strategy(input);
  const std::pair<const char*, chem::Feed> fed[] = {
      {"dihalide_into_diamine", chem::Feed::dihalide_into_diamine},
      {"diamine_into_dihalide", chem::Feed::diamine_into_dihalide},
      {"both", chem::Feed::both},
  };
  input.addition_hours = hours;
  for (const auto& [name, feed] : fed) {
    input.feed = feed;
    out[name] = hours > 0 ? strategy(input) : Json();
  }
  input.feed = chem::Feed::preformed_ab;
  out["preformed_ab"] = strategy(input);
  return out;
}

}  // namespace

int run_two_component(const Args& args, chem::EngineInput engine, const EmChoice& em) {
  engine.two_component = true;
  if (args.has(flag(in::kDihalideEquiv))) {
    auto equiv = declared_number(args, in::kDihalideEquiv);
    if (!equiv.ok()) return fail_with_error(equiv.error());
    engine.dihalide_equiv = equiv.value();
  }
  const bool pump = args.has(flag(in::kFeed));
  if (pump) {
    auto feed = declared_choice(args, in::kFeed);
    if (!feed.ok()) return fail_with_error(feed.error());
    engine.feed = static_cast<chem::Feed>(feed.value());
    auto total = declared_number(args, in::kTotal);
    if (!total.ok()) return fail_with_error(total.error());
    engine.total_molar = total.value();
    auto hours = declared_number(args, in::kAdditionH);
    if (!hours.ok()) return fail_with_error(hours.error());
    engine.addition_hours = hours.value();
    if (args.has(flag(in::kStartVolumeFraction))) {
      auto v0 = declared_number(args, in::kStartVolumeFraction);
      if (!v0.ok()) return fail_with_error(v0.error());
      engine.start_volume_fraction = v0.value();
    }
  } else {
    auto c0 = declared_number(args, in::kC0);
    if (!c0.ok()) return fail_with_error(c0.error());
    engine.total_molar = c0.value();
  }
  auto k = read_k_intra(args, pump);
  if (!k.ok()) return fail_with_error(k.error());
  engine.k_intra_per_s = k.value().value_or(0);
  auto result = chem::run_cyclization_engine(engine);
  if (!result.ok()) return fail_with_error(result.error());
  const auto& r = result.value();
  Json out;
  out["ring_yield"] = r.ring_yield;
  write_split(out, r.at_completion, "diamine_left");
  out["adduct_left"] = r.at_completion.adduct;
  out["dihalide_left"] = r.at_completion.free_dihalide;
  out["strategies"] = strategies(engine);
  out["em_molar"] = engine.em_molar;
  out["dihalide_equiv"] = engine.dihalide_equiv;
  if (pump) {
    out["feed"] = in::kFeeds[static_cast<int>(engine.feed)].name;
    out["total_molar"] = engine.total_molar;
    out["addition_h"] = engine.addition_hours;
    out["start_volume_fraction"] = engine.start_volume_fraction;
  } else {
    out["c0_molar"] = engine.total_molar;
  }
  if (k.value()) {
    out["completion_h"] = r.completion_hours;
    out["k_intra_per_s"] = engine.k_intra_per_s;
  }
  describe_model(out, true, em,
                 std::vector<std::string>(std::begin(chem::kTwoComponentAssumptions),
                                          std::end(chem::kTwoComponentAssumptions)),
                 "cyclization-engine-two-component");
  return print_json(out);
}

}  // namespace cli::cyclization
