// The Cyclization tool's words: its report (inputs, results, the bench plan,
// sources), the sentences the screen and the mirror share, and why no steady
// state formed. The numbers come from the view (cyclization_state.cpp).
#include <algorithm>
#include <cmath>

#include "app/cyclization_state.hpp"
#include "app/format.hpp"
#include "app/input_spec.hpp"
#include "app/report_keys.hpp"
#include "chem/cyclization.hpp"

namespace app {
namespace {

std::string percent(double fraction) { return format_sig(fraction * 100) + " %"; }

}  // namespace

// When the two-component flask counts as done (the engine's completion rule).
const char* const kTwoComponentDone =
    "the scarcer of the diamine and the dihalide, plus the open 1:1 adduct, is below 1 % of the diamine";

std::string completion_text(const CyclizationView& view) {
  const chem::EngineResult& r = view.result;
  const std::string when = view.two_component ? std::string("when ") + kTwoComponentDone
                                              : "when 99 % of the precursor has reacted";
  const std::string k_t = "k_intra·t = " + format_sig(r.k_intra_time_complete);
  if (r.completion_hours > 0) return format_sig(r.completion_hours) + " h, " + when + " (" + k_t + ")";
  // Batch: no k_intra on screen, so the time is in ring-closure half-lives.
  return format_sig(r.k_intra_time_complete / std::log(2.0)) + " ring-closure half-lives, " + when + " (" +
         k_t + ")";
}

namespace {

std::string mmol(double amount) { return format_sig(amount) + " mmol"; }

// Beyond about three days a syringe feed is rarely run (common practice), and DMF held with base
// for days hydrolyses to dimethylamine, a nucleophile the model does not count.
constexpr double kPracticalFeedHours = 72;
const char* const kLongFeedCaution =
    " That is more than three days: rarely practical on a syringe pump, and DMF held with base that long "
    "gives dimethylamine, which takes the bromide too (not counted by the model).";

const char* const kBaseInFlask =
    "The base goes in the flask, never in a syringe: Cs2CO3 (about 3 equiv) for an N,N'-disulfonyl diamine "
    "in DMF. A neutral sulfonamide in a syringe does not react until it meets the base.";
// Richman–Atkins made the disodium salts with NaOEt in ethanol and isolated them; NaH in DMF is a
// known runaway (Yang et al., Org. Process Res. Dev. 2019, 23, 2210).
const char* const kDisodiumSalt =
    " Or charge the diamine as its isolated disodium salt, made with NaOEt in ethanol (Richman & Atkins, "
    "J. Am. Chem. Soc. 1974, 96, 2268), not with NaH in DMF, which can run away (Yang et al., Org. Process "
    "Res. Dev. 2019, 23, 2210).";
const char* const kDihalideHazard =
    " 1,3-Dibromopropane is an alkylating agent: fume hood and gloves. Heating for hours or days: a "
    "condenser, N2 with a bubbler outlet (never a sealed flask), a temperature cut-off (common practice).";

// Two components: what goes in the flask and in each syringe, the rates, the base, the stirring.
std::vector<ProtocolStep> two_component_plan(const CyclizationView& view, const std::string& finish_detail) {
  const chem::EngineResult& r = view.result;
  const std::string stir_title = std::string("Stir on until ") + kTwoComponentDone + ": ";
  if (view.mode == CyclizationMode::batch) {
    return {
        {"Dissolve the diamine and " + format_sig(view.dihalide_equiv) +
             " equiv of the dihalide together at " + format_sig(view.c0_molar) +
             " mol/L of diamine: " + format_sig(1 / view.c0_molar) + " mL of solution per mmol of diamine",
         std::string("All at once: both components at full concentration, so the open 1:1 adduct meets more "
                     "diamine and dihalide than it would if they were fed. ") +
             kBaseInFlask +
             " Add the base last, at the reaction temperature: the model starts its clock then. A free "
             "diamine has no such switch: it reacts with the dihalide, with heat, as soon as they meet." +
             kDihalideHazard},
        {stir_title + format_sig(r.k_intra_time_complete / std::log(2.0)) +
             " ring-closure half-lives (k_intra·t = " + format_sig(r.k_intra_time_complete) + ")",
         finish_detail},
    };
  }
  const double feed_ml = view.final_volume_ml - view.start_volume_ml;
  const double diamine = view.amount_mmol, dihalide = view.amount_mmol * view.dihalide_equiv;
  const std::string diamine_text = mmol(diamine) + " of the diamine";
  const std::string dihalide_text =
      mmol(dihalide) + " of the dihalide (" + format_sig(view.dihalide_equiv) + " equiv)";
  std::string flask;
  std::vector<std::pair<std::string, double>> syringes;  // what each holds, and its mmol
  switch (view.feed) {
    case chem::Feed::dihalide_into_diamine:
      flask = diamine_text + " and the base";
      syringes = {{dihalide_text, dihalide}};
      break;
    case chem::Feed::diamine_into_dihalide:
      flask = dihalide_text + " and the base";
      syringes = {{diamine_text, diamine}};
      break;
    default:
      flask = "the base";
      syringes = {{diamine_text, diamine}, {dihalide_text, dihalide}};
      break;
  }
  std::vector<ProtocolStep> steps;
  steps.push_back(
      {"Put " + flask + " in " + format_volume_ml(view.start_volume_ml) + " of solvent in the flask",
       std::string(kBaseInFlask) + (view.feed == chem::Feed::dihalide_into_diamine ? kDisodiumSalt : "") +
           " Bring the flask to the reaction temperature and stir well: the model assumes perfect mixing and "
           "one temperature." +
           kDihalideHazard});
  const bool two_syringes = syringes.size() > 1;
  const double per_syringe_ml = feed_ml / double(syringes.size());
  for (size_t i = 0; i < syringes.size(); ++i) {
    const std::string which = two_syringes ? "syringe " + std::to_string(i + 1) : "the syringe";
    if (per_syringe_ml > 0) {
      steps.push_back({"Dissolve " + syringes[i].first + " and make up to " +
                           format_volume_ml(per_syringe_ml) + " (" +
                           format_sig(syringes[i].second / per_syringe_ml) + " mol/L); load " + which,
                       "The feed brings the flask from " + format_volume_ml(view.start_volume_ml) + " to " +
                           format_volume_ml(view.final_volume_ml) + "."});
    } else {
      steps.push_back({"Load " + which + " with " + syringes[i].first + " as a concentrated solution",
                       "The starting volume is the final volume: the feed's own volume is not counted."});
    }
  }
  const std::string rate =
      per_syringe_ml > 0 ? ": " + format_sig(per_syringe_ml / view.addition_hours) + " mL/h" : "";
  std::string feed_detail =
      two_syringes
          ? "Both syringes on one pump, at the same mL/h, so the diamine and the dihalide arrive in their "
            "ratio (" +
                format_sig(view.dihalide_equiv) +
                " : 1) over the same time, onto the vortex of the well-stirred flask. For an N,N'-disulfonyl "
                "diamine both may share one syringe, with no base (nothing reacts until it meets the "
                "Cs2CO3): the ratio is then exact, as in the Cs2CO3/DMF macrocyclisations of Buter & Kellogg "
                "(J. Org. Chem. 1981, 46, 4481). A free diamine reacts with the dihalide as soon as they "
                "mix, so it needs two syringes."
          : "Dropwise onto the vortex of the well-stirred flask, so each drop is diluted "
            "at once.";
  if (r.ring_yield < view.target_yield) {
    if (view.addition_for_target && *view.addition_for_target > 0) {
      feed_detail += " For " + percent(view.target_yield) + " ring this way, add over " +
                     format_sig(*view.addition_for_target) + " h.";
      if (*view.addition_for_target > kPracticalFeedHours) feed_detail += kLongFeedCaution;
    } else if (!view.addition_for_target) {
      feed_detail += " No addition up to " + format_sig(view.longest_addition_hours) + " h gives " +
                     percent(view.target_yield) + " ring this way: see \"Which way to add it\".";
    }
  }
  steps.push_back({std::string(two_syringes ? "Add both" : "Add it") + " over " +
                       format_sig(view.addition_hours) + " h" + rate +
                       (two_syringes && !rate.empty() ? " each" : ""),
                   feed_detail});
  const double after_feed_h = r.completion_hours - view.addition_hours;
  steps.push_back(
      {stir_title + format_sig(r.completion_hours) + " h after the feed began" +
           (after_feed_h > 0.005 * view.addition_hours ? " (" + format_sig(after_feed_h) + " h after it ends)"
                                                       : ", already when the feed ends"),
       finish_detail});
  return steps;
}

}  // namespace

std::vector<ProtocolStep> cyclization_plan(const CyclizationView& view) {
  const chem::EngineResult& r = view.result;
  const std::string finish_detail =
      "Then the ring is within about a point of its final yield; the precursor left still closes or joins "
      "chains, and open chains go on closing or growing. The time scales as 1/k_intra, an order of magnitude "
      "at best: confirm by TLC or LC–MS that the precursor is gone.";
  if (view.two_component) return two_component_plan(view, finish_detail);
  if (view.mode == CyclizationMode::batch) {
    return {
        {"Make up the solution at " + format_sig(view.c0_molar) + " mol/L: " + format_sig(1 / view.c0_molar) +
             " mL of solution per mmol, all at once",
         "In batch the concentration is the one lever: C0/EM = " + format_sig(view.c0_molar / view.em_molar) +
             ". Bring the solvent to the reaction temperature first and start the reaction there, the base "
             "(or "
             "the free amine) added last: the model has one temperature and starts its clock when everything "
             "is mixed."},
        {"Stir until 99 % of the precursor has reacted: " +
             format_sig(r.k_intra_time_complete / std::log(2.0)) +
             " ring-closure half-lives (k_intra·t = " + format_sig(r.k_intra_time_complete) + ")",
         finish_detail},
    };
  }
  std::vector<ProtocolStep> steps;
  const double feed_ml = view.final_volume_ml - view.start_volume_ml;
  const std::string unreactive_feed =
      "Keep that solution unreactive: the precursor as its ammonium salt, or as the N-sulfonamide "
      "(unreactive "
      "until deprotonated, as in Richman–Atkins-type closures), with the base in the flask, not in the "
      "syringe: at least 2 equiv for the ammonium salt, 1 for the sulfonamide. A free amine–alkyl halide "
      "precursor would close and oligomerise in the syringe, which the model does not count.";
  steps.push_back(
      {"Put " + format_volume_ml(view.start_volume_ml) + " of solvent in the flask",
       "Bring it to the reaction temperature and stir well: the model assumes perfect mixing and one "
       "temperature. Heating for hours or days: a condenser, N2 with a bubbler outlet (never a "
       "sealed flask), a temperature cut-off (common practice)."});
  std::string feed_detail =
      "Into the well-stirred flask, dropwise onto the vortex (not down the wall) or through a needle just "
      "below "
      "the surface, so each drop is diluted at once (common practice).";
  const double half_life_h = chem::half_life_hours(view.k_intra_per_s);
  if (view.addition_hours < half_life_h) {
    feed_detail += " This feed is shorter than the ring-closure half-life (" + format_sig(half_life_h) +
                   " h): it gives " + percent(r.ring_yield) + " ring against " +
                   percent(view.batch_ring_yield) + " for adding everything at once.";
  }
  // Below the target: how long a feed would reach it, or that none does here.
  if (r.ring_yield < view.target_yield) {
    if (view.addition_for_target && *view.addition_for_target > 0) {
      feed_detail += " For " + percent(view.target_yield) + ", add over " +
                     format_sig(*view.addition_for_target) + " h.";
    } else if (!view.addition_for_target) {
      feed_detail += " For " + percent(view.target_yield) + ", no addition up to " +
                     format_sig(view.longest_addition_hours) +
                     " h is enough at this final volume: use a larger final volume.";
    }
  }
  if (feed_ml > 0) {
    const double syringe_molar = view.amount_mmol / feed_ml;
    steps.push_back(
        {"Dissolve " + format_sig(view.amount_mmol) + " mmol of precursor and make up to " +
             format_volume_ml(feed_ml) + " (" + format_sig(syringe_molar) + " mol/L); load the syringe",
         "The syringe holds " + format_sig(syringe_molar) + " mol/L. " + unreactive_feed +
             " The feed brings the flask from " + format_volume_ml(view.start_volume_ml) + " to " +
             format_volume_ml(view.final_volume_ml) +
             "; if one syringe does not hold it: two syringes, a refill, or a peristaltic pump."});
    steps.push_back({"Add it over " + format_sig(view.addition_hours) +
                         " h: " + format_sig(feed_ml / view.addition_hours) + " mL/h (" +
                         format_sig(view.amount_mmol / view.addition_hours) + " mmol/h)",
                     feed_detail});
  } else {
    steps.push_back({"Add " + format_sig(view.amount_mmol) + " mmol of precursor over " +
                         format_sig(view.addition_hours) +
                         " h: " + format_sig(view.amount_mmol / view.addition_hours) + " mmol/h",
                     "The starting volume is the final volume: the feed is taken as so small that its volume "
                     "does not count. Such a concentrated feed must not react before it is added. " +
                         unreactive_feed + " " + feed_detail});
  }
  // 99 % may be reached as the feed runs out (a fast closure): say so, not "0.00 h after it ends".
  const double after_feed_h = r.completion_hours - view.addition_hours;
  const std::string after_feed = after_feed_h > 0.005 * view.addition_hours
                                     ? " (" + format_sig(after_feed_h) + " h after it ends)"
                                     : ", already when the feed ends";
  steps.push_back({"Stir on until 99 % of the precursor has reacted: " + format_sig(r.completion_hours) +
                       " h after the feed began" + after_feed,
                   finish_detail});
  return steps;
}

std::string strategy_target_text(const StrategyComparison& c, int s) {
  const StrategyResult& r = c.results[s];
  if (s == int(Strategy::batch)) return "no addition";
  if (!c.fed) return "needs an addition time and k_intra (syringe pump)";
  switch (r.target) {
    case TargetTime::at_once:
      return "adding at once reaches " + percent(c.target_yield);
    case TargetTime::found:
      return "for " + percent(c.target_yield) + ": add over " + format_sig(r.target_hours) + " h";
    case TargetTime::none:
      return "for " + percent(c.target_yield) + ": none up to " + format_sig(c.longest_hours) + " h";
    default:
      return "for " + percent(c.target_yield) + ": computing…";
  }
}

std::string strategy_winner_text(const StrategyComparison& c) {
  if (c.winner < 0) return "";
  const auto& preformed = c.results[int(Strategy::preformed_ab)].ring_yield;
  const std::string best = std::string(kStrategyLabels[c.winner].label) +
                           " gives the most ring of the two-component ways (" +
                           percent(*c.results[c.winner].ring_yield) + ")";
  switch (static_cast<Strategy>(c.winner)) {
    case Strategy::both:
      return best +
             ": feeding the diamine and the dihalide side by side keeps both scarce, so the open 1:1 adduct "
             "meets neither and closes, while a one-sided feed keeps only the fed component dilute and the "
             "adduct's free end meets the other at high concentration, growing into a 2:1 chain" +
             (preformed ? "; pre-forming the AB precursor does better still (" + percent(*preformed) + ")."
                        : ".");
    case Strategy::batch:
      return best +
             ": at this addition time and starting volume a feed does not keep either component "
             "dilute (a small starting volume concentrates what is fed early).";
    default:
      return best + ": here the excess of one component outweighs keeping both dilute.";
  }
}

std::string cyclization_pathway_text(const CyclizationView& view) {
  if (view.two_component) {
    return "diamine + dihalide → open 1:1 adduct → ring " + percent(view.ring_yield()) +
           "; 2:1 and 1:2 chains → oligomers " + percent(view.result.oligomer_yield);
  }
  return "ring " + percent(view.ring_yield()) + ", dimer and oligomers " +
         percent(view.result.oligomer_yield);
}

std::string cyclization_marker_label(const CyclizationView& view) {
  return view.mode == CyclizationMode::batch ? "C0 = " + format_sig(view.current_x) + " M"
                                             : "t = " + format_sig(view.current_x) + " h";
}

namespace {

// k_intra·t_add below which a feed is too short for the engine's steady-state
// test (within 5 % over the last 80 % of the feed: about ln 20 / 0.2 = 15
// ring-closure lifetimes for the first-order closure alone).
constexpr double kSteadyStateKIntraTime = 15;

// Why no steady state formed: a feed too short for the precursor's
// concentration to settle, or a growing volume (which the engine never counts
// as steady, though a nearly full flask comes close).
std::string no_steady_state_reason(const CyclizationView& view) {
  const chem::EngineResult& r = view.result;
  const double k_t = view.k_intra_per_s * view.addition_hours * 3600;
  const std::string short_feed =
      "the feed is too short: k_intra·t_add = " + format_sig(k_t) +
      "; at a fixed volume the precursor concentration settles (within 5 % over the "
      "last 80 % of the feed) only after about 12–15 ring-closure lifetimes";
  if (view.start_volume_fraction >= 1) return short_feed;
  if (k_t < kSteadyStateKIntraTime) return short_feed + "; the volume also grows with the feed";
  const double drop = r.peak_precursor_molar > 0
                          ? (r.peak_precursor_molar - r.end_of_feed_precursor_molar) / r.peak_precursor_molar
                          : 1;
  if (drop < 0.05) {
    return "the volume grows with the feed, and the model counts a steady state only at a fixed volume; here "
           "the precursor concentration stays within " +
           format_sig(std::max(drop, 0.0) * 100, 2) + " % of its peak, close to steady";
  }
  return "the volume grows with the feed, so the precursor concentration falls with it";
}

}  // namespace

namespace {

// "Which way to add it": each strategy's ring yield and addition time for the target.
void add_comparison(std::vector<ReportEntry>& entries, const StrategyComparison& c) {
  namespace keys = report_key::cyclization;
  if (!c.shown) return;
  std::string conditions = format_sig(c.total_molar) + " mol/L of diamine";
  if (c.fed) {
    conditions +=
        ", fed over " + format_sig(c.addition_hours) + " h, k_intra " + format_sig(c.k_intra_per_s) + " s⁻¹";
  }
  entries.push_back({keys::kStrategyConditions.name, "At", conditions});
  for (int s = 0; s < kStrategyCount; ++s) {
    const StrategyResult& r = c.results[s];
    std::string value;
    if (r.ring_yield) {
      value = percent(*r.ring_yield) + " ring; " + strategy_target_text(c, s);
    } else if (s != int(Strategy::batch) && !c.fed) {
      value = strategy_target_text(c, s);
    } else {
      value = c.pending ? "computing…" : "outside the model's range";
    }
    entries.push_back({keys::kStrategies.key(kStrategyLabels[s].key), kStrategyLabels[s].label, value});
  }
  if (c.pending)
    entries.push_back(
        {keys::kStrategyPending.name, "Which way to add it", "still computing", ReportKind::status});
  const std::string winner = strategy_winner_text(c);
  if (!winner.empty()) entries.push_back({keys::kStrategyWinner.name, "Why", winner});
}

}  // namespace

std::vector<ReportEntry> cyclization_report(const CyclizationInputs& in, const CyclizationView& view) {
  namespace spec = cyclization_input;
  namespace keys = report_key::cyclization;
  std::vector<ReportEntry> entries;
  const bool batch = in.mode == CyclizationMode::batch;
  const bool two = in.components == Components::two;
  entries.push_back({std::string(spec::kTwoComponent.key), std::string(spec::kTwoComponent.label),
                     std::string(spec::kComponentChoices[static_cast<int>(in.components)].label),
                     ReportKind::input});
  entries.push_back({std::string(spec::kMode.key), std::string(spec::kMode.label),
                     batch ? "batch (all at once)" : "syringe-pump addition", ReportKind::input});
  entries.push_back({std::string(spec::kRingSize.key), std::string(spec::kRingSize.label),
                     std::to_string(in.ring_size), ReportKind::input});
  entries.push_back(input_entry(spec::kEm, in.em_molar));
  entries.push_back(input_entry(spec::kLargeRingEm, in.large_ring_em_molar));
  if (two) {
    entries.push_back(input_entry(spec::kDihalideEquiv, in.dihalide_equiv));
    if (!batch) {
      entries.push_back({std::string(spec::kFeed.key), std::string(spec::kFeed.label),
                         std::string(spec::kFeeds[static_cast<int>(in.feed)].label), ReportKind::input});
    }
  }
  if (batch) {
    entries.push_back(input_entry(spec::kC0, in.c0_molar, two));
  } else {
    entries.push_back(input_entry(spec::kAmountMmol, in.amount_mmol, two));
    entries.push_back(input_entry(spec::kFinalVolumeMl, in.final_volume_ml));
    entries.push_back(input_entry(spec::kStartVolumeMl, in.start_volume_ml));
    entries.push_back(in.k_entry == KIntraEntry::rate ? input_entry(spec::kKIntra, in.k_intra_per_s)
                                                      : input_entry(spec::kHalfLife, in.half_life_h));
    entries.push_back(input_entry(spec::kAdditionH, in.addition_h));
  }
  entries.push_back(input_entry(spec::kTargetYield, in.target_yield_pct));
  if (view.error)
    entries.push_back({keys::kError.name, "Input problem", view.error->message, ReportKind::status});
  if (view.stale) entries.push_back({keys::kStale.name, "Results", kStaleText, ReportKind::status});
  entries.push_back({keys::kSource.name, "Sources", kCyclizationCitations, ReportKind::source});
  if (!view.valid) return entries;
  const auto plan = cyclization_plan(view);
  for (size_t i = 0; i < plan.size(); ++i) {
    entries.push_back(
        {keys::kSteps.key(i + 1), "Step " + std::to_string(i + 1), plan[i].title, ReportKind::step});
    entries.back().detail = plan[i].detail;
  }
  const auto& r = view.result;
  const chem::EngineComposition& c = r.at_completion;
  entries.push_back({keys::kRingYield.name, "Ring yield", percent(r.ring_yield)});
  // The diagram and the plot, in the other column: marked stale there too.
  entries.push_back({keys::kPathway.name, "Where the precursor goes", cyclization_pathway_text(view)});
  if (view.stale)
    entries.push_back({keys::kPathwayStale.name, "Pathway diagram", kStaleText, ReportKind::status});
  if (view.curve.x.size() >= 2) {
    entries.push_back({keys::kYieldPlotMarker.name, "Yield plot marker", cyclization_marker_label(view)});
    if (view.stale)
      entries.push_back({keys::kYieldPlotStale.name, "Yield plot", kStaleText, ReportKind::status});
  }
  entries.push_back({keys::kOligomerYield.name, "Oligomers, cyclic and linear", percent(r.oligomer_yield)});
  entries.push_back({keys::kCompositionTime.name, "Split of the flask shown at", completion_text(view)});
  entries.push_back({keys::kRingAtCompletion.name, "Ring, at that time", percent(c.ring)});
  entries.push_back(
      {keys::kCyclicOligomers.name, "Cyclic dimer and larger rings", percent(c.cyclic_oligomers)});
  entries.push_back({keys::kLinearOligomers.name,
                     "Open chains of 2–" + std::to_string(view.max_chain_length) + " units",
                     percent(c.linear_oligomers)});
  entries.push_back({keys::kLongChains.name, kLongChainsLabel, percent(c.long_chains)});
  entries.push_back({keys::kPrecursorLeft.name,
                     two ? "Diamine left, free or in the open adduct" : "Precursor left",
                     percent(c.precursor_left)});
  entries.push_back({keys::kDimerEm.name, "EM of the cyclic dimer", format_sig(r.em_by_size[1]) + " mol/L"});
  if (!two) {
    entries.push_back({keys::kClosedFormRingYield.name, "Precursor-only limit (closed form)",
                       percent(view.closed_form_ring_yield)});
  } else {
    entries.push_back({keys::kTwoComponentScope.name, "Scope", kTwoComponentScopeText});
    add_comparison(entries, view.comparison);
  }
  if (batch) {
    entries.push_back({keys::kC0OverEm.name, "C0 / EM", format_sig(view.c0_molar / view.em_molar)});
    entries.push_back(
        {keys::kSolventMlPerMmol.name, "Solvent per mmol", format_sig(1 / view.c0_molar) + " mL"});
    if (view.concentration_for_target) {
      entries.push_back({keys::kConcentrationForTarget.name,
                         "Concentration for " + percent(view.target_yield) + " ring in batch, at most",
                         format_sig(*view.concentration_for_target) + " mol/L (" +
                             format_sig(1 / *view.concentration_for_target) + " mL per mmol)"});
    }
    if (view.ring_yield_at_rule_of_thumb) {
      entries.push_back({keys::kRuleOfThumb.name, "Ring yield at the 0.05 M rule of thumb",
                         percent(*view.ring_yield_at_rule_of_thumb)});
    }
    if (view.stale) mark_stale(entries);
    return entries;
  }
  // Over the final volume: a one-sided feed's flask starts more concentrated in what it holds.
  entries.push_back(
      {keys::kTotalMolar.name,
       two ? "Final diamine concentration C_total (amount ÷ final volume)" : "Final concentration C_total",
       format_sig(view.total_molar) + " mol/L"});
  entries.push_back({keys::kKIntraHalfLife.name, "Ring-closure half-life",
                     format_sig(chem::half_life_hours(view.k_intra_per_s)) + " h"});
  if (two) {
    // Two components: no one "precursor" to hold steady (the model's steady state is the AB one).
    entries.push_back({keys::kEndOfFeedPrecursor.name,
                       "Diamine and open adduct in the flask when the feed stops",
                       format_sig(r.end_of_feed_precursor_molar) + " mol/L"});
  } else if (r.steady_state) {
    entries.push_back({keys::kSteadyStateMolar.name, "Steady-state precursor concentration",
                       format_sig(r.steady_state_molar) + " mol/L"});
    entries.push_back(
        {keys::kSteadyStateYield.name, "Steady-state ring yield", percent(r.steady_state_yield)});
  } else {
    entries.push_back({keys::kSteadyState.name, "Steady state",
                       "not reached during the feed (" + no_steady_state_reason(view) + ")"});
    entries.push_back({keys::kPeakPrecursor.name, "Precursor concentration in the flask, at most",
                       format_sig(r.peak_precursor_molar) + " mol/L, " + format_sig(r.peak_precursor_hours) +
                           " h into the feed"});
    entries.push_back({keys::kEndOfFeedPrecursor.name,
                       "Precursor concentration in the flask when the feed stops",
                       format_sig(r.end_of_feed_precursor_molar) + " mol/L"});
  }
  entries.push_back(
      {keys::kBatchRingYield.name, "Same amount added at once", percent(view.batch_ring_yield)});
  const auto varied = [&](const std::optional<double>& yield) {
    if (view.k_variants_pending) return std::string("computing…");
    return yield ? percent(*yield) : std::string("outside the model's range");
  };
  entries.push_back(
      {keys::kRingYieldKLow.name, "Ring yield at k_intra × 0.1", varied(view.ring_yield_k_low)});
  entries.push_back(
      {keys::kRingYieldKHigh.name, "Ring yield at k_intra × 10", varied(view.ring_yield_k_high)});
  entries.push_back(
      {keys::kCompletionH.name,
       two ? "Time until the scarcer component and the adduct are below 1 %" : "Time to 99 % conversion",
       format_sig(r.completion_hours) + " h"});
  if (view.addition_for_target) {
    entries.push_back({keys::kRecommendedAdditionH.name, "Addition time for the target yield",
                       *view.addition_for_target == 0 ? std::string("none needed: adding at once reaches it")
                                                      : format_sig(*view.addition_for_target) + " h"});
  }
  if (view.stale) mark_stale(entries);
  return entries;
}

}  // namespace app
