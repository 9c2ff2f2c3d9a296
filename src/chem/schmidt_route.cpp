#include "chem/schmidt_route.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "chem/constants.hpp"
#include "chem/number_input.hpp"
#include "chem/plain_number.hpp"
#include "chem/reagents.hpp"
#include "chem/schmidt_safety.hpp"

namespace chem {
namespace {

template <typename T>
bool check(double value, const QuantityRule& rule, Outcome<T>& failure) {
  auto checked = check_quantity(value, rule);
  if (checked.ok()) return true;
  failure = checked.error();
  return false;
}

double reagent_molar_mass(const char* key) { return find_reagent(key)->molar_mass; }
double reagent_density(const char* key) { return find_reagent(key)->density_g_ml; }

}  // namespace

const std::vector<ScaleWarning>& azide_hazard_notes() {
  // Danger: what can kill or explode (HN3 itself, azidomethanes); caution: how to avoid it.
  static const std::vector<ScaleWarning> notes = {
      {WarningLevel::danger,
       "Azide and acid give hydrazoic acid, HN3: highly toxic and explosive, boiling at 37 °C. Work in a "
       "fume "
       "hood behind a shield, at 0 °C to room temperature, never warmer."},
      {WarningLevel::caution,
       "Add NaN3 in small portions to the cold acid solution, never acid to solid azide and never all at "
       "once: "
       "each portion releases HN3 and N2."},
      {WarningLevel::danger,
       "No dichloromethane or chloroform with sodium azide (explosive di- and triazidomethane), no metal "
       "spatulas, and no azide waste into drains with copper or lead pipes (metal azides)."},
      {WarningLevel::caution,
       "Destroy excess azide before disposal: add aqueous sodium nitrite first, then acidify slowly (never "
       "acid before nitrite), in the hood; keep azide waste separate."},
  };
  return notes;
}

Outcome<RouteResult> plan_route(const RouteInput& in) {
  Outcome<RouteResult> failure = InputError{"", ""};
  auto ketone = parse_formula(in.ketone_formula);
  if (!ketone.ok()) return InputError{"ketone_formula", ketone.error().message};
  if (ketone.value().atoms.count("O") == 0) {
    return InputError{"ketone_formula", "A ketone has at least one oxygen atom"};
  }
  if (!check(in.ketone_amount, {"ketone_amount", "Amount of ketone", in.amount_in_mmol ? "mmol" : "g", 1e5},
             failure) ||
      !check(in.azide_equiv, {"azide_equiv", "Azide equivalents", "", 10}, failure) ||
      !check(in.portions, {"portions", "Number of portions", "", 100}, failure) ||
      !check(in.addition_min, {"addition_min", "Addition time", "min", 24 * 60, true}, failure) ||
      !check(in.lactam_yield, {"lactam_yield", "Lactam yield", "", 1}, failure) ||
      !check(in.lah_equiv, {"lah_equiv", "LiAlH4 equivalents", "", 20}, failure) ||
      !check(in.lah_molarity, {"lah_molarity", "LiAlH4 solution molarity", "M", kMaxSolutionMolarity, true},
             failure) ||
      !check(in.reduction_yield, {"reduction_yield", "Reduction yield", "", 1}, failure)) {
    return failure;
  }
  RouteResult r;
  r.ketone = ketone.value();
  auto atoms = r.ketone.atoms;
  atoms["N"] += 1;  // the Schmidt reaction inserts NH next to the carbonyl
  atoms["H"] += 1;
  r.lactam = make_formula(atoms);
  atoms["O"] -= 1;  // LiAlH4 reduces C=O to CH2
  atoms["H"] += 2;
  if (atoms["O"] == 0) atoms.erase("O");
  r.amine = make_formula(atoms);

  r.ketone_mmol = in.amount_in_mmol ? in.ketone_amount : in.ketone_amount / r.ketone.molar_mass * 1000;
  r.ketone_g = r.ketone_mmol / 1000 * r.ketone.molar_mass;
  r.azide_mmol = r.ketone_mmol * in.azide_equiv;
  // Above ~2 equiv the excess HN3 adds to the nitrilium ion once more and
  // gives the fused 1,5-disubstituted tetrazole (the classic Schmidt side product); keep close to
  // 1.2-1.5 equiv. A rule of thumb, not a sharp limit.
  r.tetrazole_risk = in.azide_equiv > kTetrazoleAzideEquiv;
  // What the ketone cannot use: HN3 beyond 1 equiv, all of it to be destroyed afterwards.
  const double excess_hn3_mmol = r.ketone_mmol * (in.azide_equiv - 1);
  const std::string excess_hn3 = mass_text(excess_hn3_mmol / 1000 * kHn3MolarMassGPerMol) + " of HN3 (" +
                                 plain_number(excess_hn3_mmol, 3) + " mmol)";
  if (in.azide_equiv > kMaxAzideEquiv) {
    return InputError{"azide_equiv",
                      "More than " + plain_number(kMaxAzideEquiv, 2) +
                          " equiv azide is refused: more than any cited procedure used (Sha et al. 2008: "
                          "5.0 equiv). The excess over 1 equiv, " +
                          excess_hn3 +
                          " here, does the ketone no good, must be destroyed afterwards, and traps the "
                          "nitrilium ion as a tetrazole"};
  }
  if (r.tetrazole_risk) {
    r.cautions.push_back({"excess_azide", "azide_equiv",
                          "Excess azide: " + plain_number(in.azide_equiv - 1, 3) +
                              " equiv beyond the ketone is up to " + excess_hn3 +
                              " that the ketone cannot use: it stays in the mixture and the waste until "
                              "destroyed, and invites tetrazole formation. " +
                              std::string(kAzideEquivLiterature) + "; the portions scale with the azide."});
  }
  const bool tms = in.method == SchmidtMethod::tmsn3_tfoh;
  // The plan's formulas assume only the ketone reacts (kOnlyKetoneReacts).
  const long long oxygens = r.ketone.atoms.at("O");
  if (oxygens > 1) {
    const char* acid = tms ? "TfOH" : in.method == SchmidtMethod::nan3_h2so4 ? "conc. H2SO4" : "MsOH";
    r.cautions.push_back(
        {"other_oxygen", "ketone_formula",
         "This formula has " + std::to_string(oxygens - 1) + " O atom" + (oxygens > 2 ? "s" : "") +
             " besides the ketone's: a Boc or ester does not survive " + acid +
             "/LiAlH4 as drawn (Boc is cleaved by the acid to CO2 and isobutylene; LiAlH4 reduces esters, "
             "and "
             "carbamates to N-CH3). The lactam and amine formulas assume every other group survives."});
  }
  if (tms && in.basic_n_equiv == 0 && r.ketone.atoms.count("N") > 0) {
    r.cautions.push_back({"basic_n", "basic_n_equiv",
                          "The formula has N, but basic amine N is set to 0: a basic amine N takes 1 equiv "
                          "TfOH as its salt, leaving less for the TMSN3. Count it unless it is an amide, "
                          "carbamate or sulfonamide N."});
  }
  // Above the bench line there is no schedule at all.
  if (auto refused = check_scale(r.azide_mmol)) return *refused;
  if (tms) {
    auto tfoh = check_quantity(in.tfoh_equiv, {"tfoh_equiv", "TfOH equivalents", "", 50});
    if (!tfoh.ok()) return tfoh.error();
    auto basic = check_quantity(in.basic_n_equiv, {"basic_n_equiv", "Basic amine N per ketone", "", 4, true});
    if (!basic.ok()) return basic.error();
    if (auto short_of_acid = check_tfoh(in, r)) return *short_of_acid;
    r.azide_g = r.azide_mmol / 1000 * reagent_molar_mass("tmsn3");
    r.azide_ml = r.azide_g / reagent_density("tmsn3");
    r.acid_mmol = r.ketone_mmol * in.tfoh_equiv;
    r.acid_equiv = in.tfoh_equiv;
    r.acid_ml = r.acid_mmol / 1000 * reagent_molar_mass("tfoh") / reagent_density("tfoh");
  } else {
    auto acid = check_quantity(in.acid_ml_per_g, {"acid_ml_per_g", "Acid per gram of ketone", "mL/g", 100});
    if (!acid.ok()) return acid.error();
    if (auto too_little = check_acid_amount(in)) return *too_little;
    r.azide_g = r.azide_mmol / 1000 * reagent_molar_mass("nan3");
    const char* acid_key = in.method == SchmidtMethod::nan3_h2so4 ? "h2so4" : "msoh";
    const double purity = in.method == SchmidtMethod::nan3_h2so4 ? 0.98 : 1.0;
    r.acid_ml = in.acid_ml_per_g * r.ketone_g;
    r.acid_mmol = r.acid_ml * reagent_density(acid_key) * purity / reagent_molar_mass(acid_key) * 1000;
    r.acid_equiv = r.acid_mmol / r.ketone_mmol;
  }
  if (auto gate = check_portions(in, r)) return *gate;
  // The addition time runs from the first portion to the last, so the
  // schedule ends exactly at addition_min and the masses add up to azide_g.
  r.portion_g = r.azide_g / in.portions;
  r.portion_ml = tms ? r.azide_ml / in.portions : 0;
  r.interval_min = in.addition_min / (in.portions - 1);
  for (int i = 0; i < in.portions; ++i) r.schedule.push_back({i * r.interval_min, r.portion_g, r.portion_ml});
  r.lactam_mmol = r.ketone_mmol * in.lactam_yield;
  r.lactam_g = r.lactam_mmol / 1000 * r.lactam.molar_mass;
  r.lah_mmol = r.lactam_mmol * in.lah_equiv;
  r.lah_g = r.lah_mmol / 1000 * kLahMolarMassGPerMol;
  if (in.lah_molarity > 0) r.lah_solution_ml = r.lah_mmol / in.lah_molarity;
  if (r.lah_g > kMaxLahGrams) {
    char message[160];
    std::snprintf(message, sizeof message,
                  "That batch needs %.3g kg of LiAlH4, above the 10 kg this tool plans for", r.lah_g / 1000);
    return InputError{"ketone_amount", message};
  }
  auto workup = fieser_workup(r.lah_g);
  if (!workup.ok()) return InputError{"ketone_amount", workup.error().message};
  r.workup = workup.value();
  r.amine_mmol = r.lactam_mmol * in.reduction_yield;
  r.amine_g = r.amine_mmol / 1000 * r.amine.molar_mass;
  add_quench_and_waste(in, r);
  r.scale_warning = scale_warning(r.azide_mmol);
  return r;
}

int default_portions(const RouteInput& input) {
  const bool tms = input.method == SchmidtMethod::tmsn3_tfoh;
  const int fallback = tms ? kMinTmsn3Portions + 1 : RouteInput{}.portions;
  auto ketone = parse_formula(input.ketone_formula);
  if (!ketone.ok() || !(input.ketone_amount > 0) || !(input.azide_equiv > 0) ||
      (!tms && !(input.acid_ml_per_g >= kMinAcidMlPerG)) ||
      !std::isfinite(input.ketone_amount * input.azide_equiv))
    return fallback;
  const double mmol =
      input.amount_in_mmol ? input.ketone_amount : input.ketone_amount / ketone.value().molar_mass * 1000;
  if (tms) {
    const int least = min_tmsn3_parts(mmol * input.azide_equiv);
    return least > 100 ? fallback : std::min(least + 1, 100);
  }
  const double grams = mmol / 1000 * ketone.value().molar_mass;
  const char* acid_key = input.method == SchmidtMethod::nan3_h2so4 ? "h2so4" : "msoh";
  const double acid_g = input.acid_ml_per_g * grams * reagent_density(acid_key);
  const int least = min_azide_portions(mmol * input.azide_equiv, acid_g);
  return least >= 100 ? fallback : least + 1;
}

double default_addition_min(int portions) {
  return std::max(RouteInput{}.addition_min, kMinPortionIntervalMin * (portions - 1));
}

}  // namespace chem
