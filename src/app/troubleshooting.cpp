#include "app/troubleshooting.hpp"

#include <algorithm>
#include <cctype>

#include "app/app_state.hpp"
#include "app/report_keys.hpp"

namespace app {
namespace {

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

void open_gummy_cyclization(AppState& s) {
  s.tool = Tool::cyclization;
  s.cyclization = CyclizationInputs{};
  s.cyclization.components = Components::two;  // the seed's diamine + dihalide
  s.cyclization.c0_molar.set("0.5");           // the concentrated batch that gave the gum
}

void open_schmidt_excess(AppState& s) {
  s.tool = Tool::route;
  s.route = RouteInputs{};
  s.route.azide_equiv.set("3");     // the excess that feeds tetrazole formation
  s.route.portions.set("25");       // twice the azide needs about twice the portions (the heat gate)
  s.route.addition_min.set("150");  // and more time: at least 5 min apart
}

void open_statistical_mixture(AppState& s) {
  s.tool = Tool::alkylation;
  s.alkylation = AlkylationInputs{};
  s.alkylation.equivalents.set("1.0");
  s.alkylation.diamine_equiv.set("1");  // 1:1, the naive attempt
}

void open_workup_emulsion(AppState& s) {
  s.tool = Tool::workup;
  s.workup = WorkupInputs{};
  s.workup.mass_g.set("5");
}

}  // namespace

const std::vector<TroubleCard>& trouble_cards() {
  static const std::vector<TroubleCard> cards = {
      {"cyclization_gum", "Ring closure gives a gummy, insoluble solid",
       "The diamine and the bis-electrophile (e.g. 1,3-dibromopropane with a protected ethylenediamine) "
       "give a sticky solid that does not dissolve, and little of the 7-membered ring.",
       "Intermolecular reaction won over ring closure: the precursor met other precursor molecules faster "
       "than its own other end. The solid is a mixture of linear oligomers and larger rings.",
       "Ring closure is first order (k_intra·C), oligomerisation second order (2·k_inter·C²). For a "
       "7-membered ring EM = k_intra/k_inter is only ~0.01-0.1 M, so at 0.5 M most material polymerises.",
       "Work well below EM (C0 ≈ 0.1·EM gives ~90 % ring; the usual < 0.05 M is only a start for a 7-ring), "
       "or add the precursor slowly by syringe pump into hot solvent with the base (pseudo-high dilution). "
       "N-tosyl groups (Richman–Atkins: sodium sulfonamide salts in DMF; or Cs2CO3 in DMF, Kellogg) and "
       "gem-dialkyl substitution raise EM. With two components (A2 + B2, as here) it is worse than for one "
       "precursor: at EM 0.05 M in batch, 4 % ring at 0.5 M of each, 25 % at 0.05 M, 72 % at 0.005 M. "
       "Adding the dihalide slowly to the diamine barely helps; add both components together and slowly "
       "(the tool's \"Which way to add it\").",
       "Open the Cyclization tool at 0.5 M", open_gummy_cyclization},
      {"schmidt_tetrazole", "Schmidt reaction gives tetrazole or fragments",
       "Besides the lactam, a tetrazole (ketone mass + 40, i.e. lactam + 25; no C=O in the IR) or "
       "nitrile/olefin fragments appear; yields drop on scale-up.",
       "Too much hydrazoic acid, or too warm: excess HN3 traps the nitrilium ion as a tetrazole; heat "
       "favours fragmentation of the intermediate.",
       "The azidohydrin loses water to an iminodiazonium ion; the anti C–C bond migrates as N2 leaves, "
       "giving a nitrilium ion; water gives the lactam, a second HN3 gives the 1,5-disubstituted tetrazole. "
       "Fragmentation competes when a stable cation can leave.",
       "Use less azide (the planner's default, 1.5 equiv, is its own choice; a published preparation of this "
       "lactam used 5.0 equiv, Sha et al. 2008, where the tetrazole risk is higher), NaN3 added in portions "
       "at 0 °C to the ketone in acid; keep below room "
       "temperature; consider MsOH as the acid. Not TMSN3/TfOH: with it ketones gave mainly tetrazoles "
       "(Motiwala et al., J. Org. Chem. 2016). Treat HN3 as toxic and explosive.",
       "Open the Route tool with 3 equiv azide", open_schmidt_excess},
      {"statistical_mixture", "N-alkylation gives a statistical mixture",
       "One equivalent of alkyl halide on 1,4-diazepane gives starting material, mono and bis product, "
       "about 1:2:1, which are hard to separate.",
       "The two NH groups react independently (κ ≈ 0.5): the mono product competes for the electrophile.",
       "Consecutive competitive reactions: with κ = 0.5 and 1 equiv the closed form gives exactly 25/50/25 "
       "under perfect mixing; local excess of electrophile (poor mixing) makes it worse.",
       "Use a large excess of diamine (4-10 equiv) and recover it, or protect first: Boc2O onto excess "
       "diamine gives clean mono-Boc, alkylate the free NH, then remove Boc (TFA/DCM or HCl/dioxane).",
       "Open the Alkylation tool at 1:1", open_statistical_mixture},
      {"workup_emulsion", "LiAlH4 workup gives an emulsion or a grey gel",
       "After the quench the mixture is a grey, gelatinous slurry that clogs the filter, or an emulsion "
       "that will not separate; the amine stays in the solid.",
       "Aluminium hydroxide formed as a gel: water added too fast or in the wrong amounts, or the amine is "
       "bound to the aluminium salts.",
       "LiAlH4 + 2 H2O → LiAlO2 + 4 H2 is the least water; with more it gives LiOH, Al(OH)3 and 4 H2. The "
       "n-n-3n sequence with NaOH forms granular aluminate "
       "instead of gel; tartrate (Rochelle salt) chelates aluminium and dissolves it.",
       "Follow n mL water, n mL 15 % NaOH, 3n mL water per n g LiAlH4 at 0 °C, then stir at rt until white "
       "and granular; add MgSO4. For extractable amines (1-benzyl-1,4-diazepane) Rochelle salt works: stir "
       "until two clear layers form. A water-soluble diamine (free 1,4-diazepane) stays in any aqueous "
       "layer: use Fieser or Glauber's salt and wash the salts with hot THF.",
       "Open the Workup tool for 5 g LiAlH4", open_workup_emulsion},
  };
  return cards;
}

bool card_matches(const TroubleCard& card, const std::string& query) {
  const std::string needle = lower(query);
  if (needle.find_first_not_of(' ') == std::string::npos) return true;
  for (const std::string* text : {&card.title, &card.symptom, &card.diagnosis, &card.mechanism, &card.fix}) {
    if (lower(*text).find(needle) != std::string::npos) return true;
  }
  return false;
}

const std::vector<CriticalParameter>& critical_parameters() {
  static const std::vector<CriticalParameter> table = {
      {"Ring closure", "Precursor concentration", "well below EM; 0.1·EM gives ~90 %",
       "7-ring EM ~0.01-0.1 M"},
      {"Ring closure", "Addition time (syringe pump)", "hours; see the tool",
       "keeps the precursor dilute; it stays near a steady state C_ss only when the feed lasts many "
       "ring-closure half-lives"},
      {"Schmidt", "NaN3", "1.5 equiv (the planner's choice; Sha 2008: 5.0), in portions",
       "excess gives tetrazole"},
      {"Schmidt", "Temperature", "0 °C to rt", "HN3 boils at 37 °C; fragmentation"},
      {"Mono-alkylation", "Diamine excess", "4-10 equiv, or protect", "statistical 25/50/25 at 1:1"},
      {"LiAlH4 reduction", "LiAlH4", "1.5-3 equiv for a lactam", "an N–H lactam uses 3 H⁻ (one lost as H2)"},
      {"LiAlH4 workup", "Water, 15 % NaOH, water", "n, n, 3n mL per n g", "granular, filterable salts"},
  };
  return table;
}

Report guide_report(const std::string& search) {
  namespace keys = report_key::guide;
  Report entries{{keys::kSearch.name, "Search", search, ReportKind::input}};
  int shown = 0;
  for (const auto& card : trouble_cards()) {
    if (!card_matches(card, search)) continue;
    ++shown;
    entries.push_back({keys::kCards.key(card.id), card.title, card.fix, ReportKind::step});
    entries.back().detail = card.diagnosis;
  }
  entries.push_back({keys::kCardsShown.name, "Cards shown",
                     std::to_string(shown) + (shown == 1 ? " card" : " cards") + " of " +
                         std::to_string(trouble_cards().size())});
  return entries;
}

}  // namespace app
