#include "chem/schmidt_safety.hpp"

#include <algorithm>
#include <cmath>

#include "chem/constants.hpp"
#include "chem/plain_number.hpp"
#include "chem/reagents.hpp"

namespace chem {
namespace {

constexpr int kMaxPortions = 100;  // the input's own range
constexpr double kNaOHMolarMass = 39.997;
constexpr double kHn3MolarMass = 43.029;

std::string num(double value) { return plain_number(value, 2); }

double acid_grams(const RouteInput& in, const RouteResult& r) {
  const char* key = in.method == SchmidtMethod::nan3_h2so4 ? "h2so4" : "msoh";
  return r.acid_ml * find_reagent(key)->density_g_ml;
}

// Rise of the whole charge of acid if this much azide reacted at once, K.
double adiabatic_rise_k(double azide_mmol, double acid_g) {
  return azide_mmol / 1000 * kAzideHeatKjPerMol * 1000 / (acid_g * kAcidHeatCapacityJPerGK);
}

}  // namespace

int min_azide_portions(double azide_mmol, double acid_g) {
  const double portions = std::ceil(adiabatic_rise_k(azide_mmol, acid_g) / kMaxPortionRiseK - 1e-9);
  return static_cast<int>(std::max(2.0, std::min(portions, 1e6)));
}

std::optional<InputError> check_portions(const RouteInput& in, RouteResult& r) {
  const double acid_g = acid_grams(in, r);
  r.min_portions = min_azide_portions(r.azide_mmol, acid_g);
  r.portion_rise_k = adiabatic_rise_k(r.azide_mmol / in.portions, acid_g);
  if (r.min_portions > kMaxPortions) {
    return InputError{"acid_ml_per_g", "So little acid cannot take up the heat: even " +
                                           std::to_string(kMaxPortions) +
                                           " portions would each warm it by more than " +
                                           num(kMaxPortionRiseK) + " K. Use more acid per gram of ketone"};
  }
  if (in.portions < r.min_portions) {
    const std::string all_at_once =
        in.portions == 1 ? "One portion is all the azide at once" : "Too few portions";
    return InputError{"portions",
                      all_at_once + ": if one portion reacted at once it would warm the mixture by " +
                          plain_number(r.portion_rise_k, 3) +
                          " K, from 0 °C past room temperature (25 °C), the limit this plan keeps "
                          "12 K below HN3's boiling point (37 °C). Use at least " +
                          std::to_string(r.min_portions) + " portions"};
  }
  const double interval_min = in.addition_min / (in.portions - 1);
  if (interval_min < kMinPortionIntervalMin) {
    const double needed_min = kMinPortionIntervalMin * (in.portions - 1);
    return InputError{"addition_min", std::to_string(in.portions) + " portions over " + num(in.addition_min) +
                                          " min is all at once: leave at least " +
                                          num(kMinPortionIntervalMin) + " min between portions, " +
                                          num(needed_min) + " min in all"};
  }
  return std::nullopt;
}

std::optional<std::string> scale_warning(double azide_mmol) {
  if (azide_mmol <= kBenchScaleAzideMmol) return std::nullopt;
  return "Outside bench scale: " + num(azide_mmol / 1000) + " mol azide can give up to " +
         mass_text(azide_mmol / 1000 * kHn3MolarMass) +
         " of HN3. Do not run this from a calculator: it needs a process-safety review (reaction "
         "calorimetry, HN3 monitoring in the headspace, a written hazard assessment) first. This tool's "
         "bench "
         "line is " +
         num(kBenchScaleAzideMmol / 1000) + " mol azide, a choice, not a regulation.";
}

void add_quench_and_waste(const RouteInput& in, RouteResult& r) {
  const bool tms = in.method == SchmidtMethod::tmsn3_tfoh;
  const bool h2so4 = in.method == SchmidtMethod::nan3_h2so4;
  // Every acidic proton charged meets one NaOH; TMSOTf hydrolyses back to TfOH.
  r.naoh_mmol = r.acid_mmol * (h2so4 ? 2 : 1);
  r.naoh_g = r.naoh_mmol / 1000 * kNaOHMolarMass;
  const double dilution_kj = h2so4 ? r.acid_mmol / 1000 * kH2so4DilutionKjPerMol : 0;
  r.quench_heat_kj = dilution_kj + r.naoh_mmol / 1000 * kNeutralisationKjPerMol;
  r.ice_min_g = r.quench_heat_kj * 1000 / kIceFusionJPerG;
  // All the azide charged, as NaN3: the reaction may have used none of it.
  const double azide_as_nan3_g = r.azide_mmol / 1000 * find_reagent("nan3")->molar_mass;
  r.nitrite_g = azide_as_nan3_g * kNitriteGPerGAzide;
  r.azide_waste_water_ml = azide_as_nan3_g * (1 / kAzideWasteMaxFraction - 1) / kWaterDensityGPerMl;
  const std::string heats = "Heats: NBS tables (Wagman et al., J. Phys. Chem. Ref. Data 1982)";
  r.steps.clear();
  if (tms) {
    r.steps.push_back(
        {"TfOH first, then TMSN3, at 0 °C",
         "Add the TfOH dropwise to the cold ketone solution: the first " + num(in.basic_n_equiv) +
             " equiv protonate the basic ring N (its salt), leaving " + num(r.tfoh_free_equiv) +
             " equiv for the reaction. Then add the TMSN3 dropwise, waiting after each part until the gas "
             "evolution and the internal temperature have settled before adding more.",
         "TMSN3 + TfOH gives HN3 + TMSOTf: this route releases HN3 too (toxic, explosive, bp 37 °C). Both "
         "additions are exothermic: hood, shield, never warmer than room temperature.",
         kTmsn3Reference});
  }
  r.steps.push_back(
      {"Quench onto ice",
       "Pour the cold mixture slowly, with stirring, onto at least " + mass_text(r.ice_min_g) +
           (h2so4 ? std::string(" of crushed ice")
                  : std::string(" of crushed ice, plus more for the ") + (tms ? "TfOH" : "MsOH") +
                        "'s own heat of dilution") +
           ", in the hood.",
       "About " + num(r.quench_heat_kj) + " kJ come off on dilution and neutralisation" +
           (h2so4 ? ""
            : tms ? " (TfOH's own heat of dilution not counted)"
                  : " (MsOH's own heat of dilution not counted)") +
           ", enough to melt that ice. While the water is acidic, unreacted azide is HN3 (pKa 4.7): in the "
           "water and in the headspace.",
       heats});
  r.steps.push_back(
      {"Neutralise, then basify",
       "Add " + mass_text(r.naoh_g) +
           " NaOH as a cold aqueous solution, slowly, in the ice bath, then a little more to pH 12 or "
           "above "
           "(paper), so the lactam's amine N is free for extraction.",
       "Strongly exothermic. Above pH 9 the azide stays in the water as N3-, which does not evaporate: the "
       "aqueous layer now holds all the unreacted azide.",
       heats});
  r.steps.push_back(
      {"Extract the lactam",
       "Ethyl acetate or 2-MeTHF, several times; keep every aqueous layer as azide waste.",
       "Not dichloromethane or chloroform: azide in the water gives explosive di- and triazidomethane with "
       "them, found on evaporation.",
       "R. E. Conrow, W. D. Dean, Org. Process Res. Dev. 2008, 12, 1285; N. P. Peet, P. M. Weintraub, Chem. "
       "Eng. News, 19 April 1993, p. 4 (a NaN3/H2SO4 mixture extracted with CH2Cl2 exploded)"});
  r.steps.push_back(
      {"Destroy the azide in the aqueous waste",
       "Dilute so that the azide is at most 5 % (at least " + volume_text(r.azide_waste_water_ml) +
           " water for " + mass_text(azide_as_nan3_g) + " NaN3 equivalent). Add " + mass_text(r.nitrite_g) +
           " NaNO2 as a 20 % aqueous solution, stir, then add 20 % H2SO4 dropwise until acidic. When gas "
           "evolution stops, starch–iodide paper turning blue shows excess nitrite: the azide is destroyed.",
       "Nitrite first, acid second: acid before nitrite releases HN3. The reaction gives toxic NO: hood, "
       "open "
       "vessel.",
       kPrudentPractices});
}

const ModelCard& route_model() {
  static const ModelCard card{
      "schmidt-route-stoichiometry",
      {
          "Schmidt ring expansion inserts NH next to the carbonyl: lactam = ketone + NH; LiAlH4 reduces the "
          "lactam C=O to CH2.",
          "Yields are inputs, not predictions; acid volumes are practice values, not stoichiometry.",
          "NaN3 portions: at least as many as keep one portion's adiabatic rise (about -390 kJ/mol azide, "
          "estimated: HN3 formation from NaN3 in the acid -69, Schmidt reaction -320; acid cp 1.39 J/(g K)) "
          "within 25 K, from 0 °C to room temperature, 12 K below HN3's boiling point (37 °C), and at least "
          "5 min apart (the tool's choice). Add the next portion only when the N2 evolution has stopped.",
          "Above 0.5 mol azide the plan carries a scale warning (the tool's bench line, not a regulation).",
          "Azide destruction: 1.5 g NaNO2 per g NaN3 at <= 5 % azide, nitrite before acid (Prudent "
          "Practices, "
          "2011).",
      }};
  return card;
}

}  // namespace chem
