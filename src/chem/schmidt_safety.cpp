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

int min_tmsn3_parts(double azide_mmol) {
  const double parts = std::ceil(azide_mmol / kMaxTmsn3MmolPerPart - 1e-9);
  return static_cast<int>(std::max<double>(kMinTmsn3Portions, std::min(parts, 1e6)));
}

double heat_capacity_j_per_k(const HeatSink& sink) {
  return sink.acid_g * kAcidHeatCapacityJPerGK + sink.cosolvent_g * sink.cosolvent_cp_j_per_g_k;
}

double allowed_portion_rise_k(const HeatSink& sink) {
  double limit_c = kMaxMixtureTempC;
  if (sink.cosolvent_g > 0) limit_c = std::min(limit_c, sink.cosolvent_bp_c - kCosolventBoilingMarginK);
  return limit_c - kAdditionTempC;
}

int min_azide_portions(double azide_mmol, const HeatSink& sink) {
  const double rise_k = azide_mmol / 1000 * kAzideHeatKjPerMol * 1000 / heat_capacity_j_per_k(sink);
  const double portions = std::ceil(rise_k / allowed_portion_rise_k(sink) - 1e-9);
  return static_cast<int>(std::max(2.0, std::min(portions, 1e6)));
}

int min_azide_portions(double azide_mmol, double acid_g) {
  return min_azide_portions(azide_mmol, HeatSink{acid_g});
}

std::optional<InputError> check_scale(double azide_mmol) {
  if (azide_mmol <= kBenchScaleAzideMmol) return std::nullopt;
  return InputError{
      "ketone_amount",
      "Above bench scale (" + plain_number(azide_mmol / 1000, 2) + " mol azide, up to " +
          mass_text(azide_mmol / 1000 * kHn3MolarMassGPerMol) + " of HN3; this tool's line is " +
          num(kBenchScaleAzideMmol / 1000) +
          " mol): no addition schedule is given; this needs a process-safety assessment "
          "(reaction calorimetry: MTSR, TMRad — Stoessel, Thermal Safety of Chemical Processes, "
          "Wiley-VCH 2008)"};
}

std::optional<InputError> check_acid_amount(const RouteInput& in) {
  if (in.acid_ml_per_g >= kMinAcidMlPerG) return std::nullopt;
  return InputError{
      "acid_ml_per_g",
      "Below " + num(kMinAcidMlPerG) +
          " mL of acid per g of ketone the ketone salt, the NaN3 and the sodium salt formed make "
          "a paste that cannot be stirred: the portions would neither mix in nor lose their "
          "heat (local hot spots). Use at least " +
          num(kMinAcidMlPerG) + " mL/g (this tool's practical minimum)"};
}

std::optional<InputError> check_tfoh(const RouteInput& in, RouteResult& r) {
  r.tfoh_free_equiv = in.tfoh_equiv - in.basic_n_equiv;
  if (r.tfoh_free_equiv >= in.azide_equiv - 1e-12) return std::nullopt;
  const double needed = in.basic_n_equiv + in.azide_equiv;
  return InputError{
      "tfoh_equiv",
      "TMSN3 + TfOH → HN3 + TMSOTf takes one TfOH per TMSN3, after the basic ring N has taken " +
          plain_number(in.basic_n_equiv, 3) + " equiv as its salt: " + plain_number(in.azide_equiv, 3) +
          " equiv TMSN3 needs at least " + plain_number(needed, 3) + " equiv TfOH (" +
          plain_number(r.tfoh_free_equiv, 3) + " equiv left for it now)"};
}

std::optional<InputError> check_portions(const RouteInput& in, RouteResult& r) {
  const bool tms = in.method == SchmidtMethod::tmsn3_tfoh;
  const std::string parts = tms ? "parts" : "portions";
  if (tms) {
    r.min_portions = min_tmsn3_parts(r.azide_mmol);
    r.portion_rise_k = 0;  // no calorimetric data for this method
    if (in.portions < r.min_portions) {
      return InputError{
          "portions", std::string(in.portions == 1 ? "One part is all the TMSN3 at once" : "Too few parts") +
                          ": each part makes HN3 with the TfOH at once, and with no calorimetry for this "
                          "method this tool keeps what could react at once, if cooling failed, to one small "
                          "part: at least " +
                          std::to_string(kMinTmsn3Portions) + " parts and at most " +
                          num(kMaxTmsn3MmolPerPart) + " mmol HN3 (" +
                          mass_text(kMaxTmsn3MmolPerPart / 1000 * kHn3MolarMassGPerMol) +
                          ") per part, this tool's choice. " + plain_number(r.azide_mmol, 3) +
                          " mmol TMSN3 needs at least " + std::to_string(r.min_portions) + " parts"};
    }
  } else {
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
  }
  const double interval_min = in.addition_min / (in.portions - 1);
  if (interval_min < kMinPortionIntervalMin) {
    const double needed_min = kMinPortionIntervalMin * (in.portions - 1);
    return InputError{"addition_min", std::to_string(in.portions) + " " + parts + " over " +
                                          num(in.addition_min) + " min is all at once: leave at least " +
                                          num(kMinPortionIntervalMin) + " min between " + parts + ", " +
                                          num(needed_min) + " min in all"};
  }
  return std::nullopt;
}

std::optional<std::string> scale_warning(double azide_mmol) {
  if (azide_mmol <= kScaleCautionAzideMmol) return std::nullopt;
  return "Large for the bench: " + plain_number(azide_mmol / 1000, 3) + " mol azide can give up to " +
         mass_text(azide_mmol / 1000 * kHn3MolarMassGPerMol) +
         " of HN3. Run the procedure at small scale first; work behind a blast shield with a second person "
         "present and follow the internal temperature. Above " +
         num(kBenchScaleAzideMmol / 1000) +
         " mol azide this tool gives no schedule (a process-safety assessment first). Its caution line (" +
         num(kScaleCautionAzideMmol / 1000) + " mol) and bench line are choices, not regulations.";
}

void add_quench_and_waste(const RouteInput& in, RouteResult& r) {
  const bool tms = in.method == SchmidtMethod::tmsn3_tfoh;
  const bool h2so4 = in.method == SchmidtMethod::nan3_h2so4;
  // Every acidic proton charged meets one NaOH; TMSOTf hydrolyses back to TfOH.
  r.naoh_mmol = r.acid_mmol * (h2so4 ? 2 : 1);
  r.naoh_g = r.naoh_mmol / 1000 * kNaOHMolarMass;
  const double dilution_kj = h2so4 ? r.acid_mmol / 1000 * kH2so4DilutionKjPerMol : 0;
  r.quench_heat_kj = dilution_kj + r.naoh_mmol / 1000 * kNeutralisationKjPerMol;
  // Ice only where every heat is counted: TfOH's and MsOH's own heats of
  // dilution are not in the NBS tables used here, so no amount for them.
  r.ice_min_g = h2so4 ? r.quench_heat_kj * 1000 / kIceFusionJPerG : 0;
  // All the azide charged, as NaN3: the reaction may have used none of it.
  const double azide_as_nan3_g = r.azide_mmol / 1000 * find_reagent("nan3")->molar_mass;
  r.nitrite_g = azide_as_nan3_g * kNitriteGPerGAzide;
  r.azide_waste_water_ml = azide_as_nan3_g * (1 / kAzideWasteMaxFraction - 1) / kWaterDensityGPerMl;
  const std::string heats = "Heats: NBS tables (Wagman et al., J. Phys. Chem. Ref. Data 1982)";
  r.steps.clear();
  if (tms) {
    r.steps.push_back(
        {"TfOH first, then TMSN3 in parts, at 0 °C, in HFIP",
         "In hexafluoro-2-propanol (HFIP), the solvent of the cited paper. Add the TfOH dropwise to the cold "
         "ketone solution: the first " +
             num(in.basic_n_equiv) + " equiv protonate the basic ring N (its salt), leaving " +
             num(r.tfoh_free_equiv) +
             " equiv, at least one per TMSN3 (TMSN3 + TfOH → HN3 + TMSOTf uses it up). Then add the TMSN3 "
             "in " +
             std::to_string(in.portions) + " parts of " + volume_text(r.portion_ml) + ", one every " +
             num(r.interval_min) +
             " min, each only when the gas evolution and the internal temperature have settled.",
         "TMSN3 + TfOH gives HN3 + TMSOTf: this route releases HN3 too (toxic, explosive, bp 37 °C). Both "
         "additions are exothermic: hood, shield, never warmer than room temperature. Not dichloromethane: "
         "azide salts, including the ammonium azide the basic N forms with HN3, react with it to explosive "
         "diazidomethane (R. E. Conrow, W. D. Dean, Org. Process Res. Dev. 2008, 12, 1285).",
         kTmsn3Reference});
    r.steps.back().hazard_level = WarningLevel::danger;  // HN3 released
  }
  const std::string acid_name = tms ? "TfOH" : "MsOH";
  r.steps.push_back(
      {"Quench onto ice",
       h2so4
           ? "Pour the cold mixture slowly, with stirring, onto at least " + mass_text(r.ice_min_g) +
                 " of crushed ice, in the hood."
           : "Pour the cold mixture slowly, with stirring, onto a large excess of crushed ice, in the hood. "
             "No amount is given: " +
                 acid_name + "'s own heat of dilution is not in this tool's tables.",
       (h2so4 ? "About " + num(r.quench_heat_kj) +
                    " kJ come off on dilution and neutralisation, enough to melt that ice."
              : "Neutralisation alone gives about " + num(r.quench_heat_kj) + " kJ; the " + acid_name +
                    "'s dilution adds to it.") +
           " While the water is acidic, unreacted azide is HN3 (pKa 4.7): in the water and in the headspace.",
       heats});
  r.steps.back().hazard_level = WarningLevel::danger;  // HN3 in the headspace
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
  r.steps.back().hazard_level = WarningLevel::danger;  // explosive azidomethanes
  r.steps.push_back(
      {"Destroy the azide in the aqueous waste",
       "Dilute so that the azide is at most 5 % (at least " + volume_text(r.azide_waste_water_ml) +
           " water for " + mass_text(azide_as_nan3_g) + " NaN3 equivalent). Add " + mass_text(r.nitrite_g) +
           " NaNO2 as a 20 % aqueous solution, stir, then add 20 % H2SO4 dropwise until acidic. When gas "
           "evolution stops, starch–iodide paper turning blue shows excess nitrite: the azide is destroyed.",
       "Nitrite first, acid second: acid before nitrite releases HN3. The reaction gives toxic NO: hood, "
       "open vessel. Nitrite in acid also turns amines in the waste (lactam or ketone left in the water, "
       "other amine waste) into N-nitrosamines, potent carcinogens: keep other amine waste out of it.",
       kPrudentPractices});
  r.steps.back().hazard_level = WarningLevel::danger;  // HN3 if the order is wrong; nitrosamines
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
          "Acid for the NaN3 methods: at least 2 mL per g ketone, a stirrable slurry (the tool's practical "
          "minimum).",
          "TMSN3/TfOH: free TfOH (after the basic N) at least one per TMSN3 (TMSN3 + TfOH -> HN3 + TMSOTf); "
          "TMSN3 in at least 10 parts and at most 5 mmol per part, 5 min apart (the tool's choice: no "
          "calorimetry for this method); in HFIP, not dichloromethane (diazidomethane).",
          "Azide: above 2 equiv a caution (tetrazole; the excess HN3 must be destroyed), above 5 equiv "
          "refused at azide_equiv: more than a cited procedure used (Sha et al. 2008, 5.0 equiv), with no "
          "margin above it. The default, 1.5 equiv, is the planner's choice.",
          "Portion heat model: the acid takes the heat (and a co-solvent's heat capacity where a published "
          "procedure has one, an upper bound that assumes a well-stirred emulsion; the plan itself uses no "
          "co-solvent). Limit: from 0 °C to the lower of 25 °C and 12 K below the co-solvent's boiling "
          "point.",
          kOnlyKetoneReacts,
          "Scale: between 0.1 and 0.5 mol azide the plan carries a caution (scale_warning); above 0.5 mol it "
          "is refused at ketone_amount: a process-safety assessment first (the tool's lines, not "
          "regulations).",
          "Ice for the quench only for H2SO4 (NBS heats); TfOH's and MsOH's heats of dilution are not "
          "counted, so no amount is given for them.",
          "Azide destruction: 1.5 g NaNO2 per g NaN3 at <= 5 % azide, nitrite before acid (after Prudent "
          "Practices in the Laboratory, National Research Council, 1995).",
      }};
  return card;
}

}  // namespace chem
