// The ring-expansion route to 1-benzyl-1,4-diazepane: Schmidt reaction of
// 1-benzyl-4-piperidone to the 7-membered lactam (1-benzyl-1,4-diazepan-5-one),
// LiAlH4 reduction of the lactam, Fieser workup. Any cyclic ketone can be
// given by formula: the lactam is ketone + NH, the amine is lactam - O + H2.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "chem/formula.hpp"
#include "chem/model_card.hpp"
#include "chem/workup.hpp"

namespace chem {

enum class SchmidtMethod { nan3_h2so4, nan3_msoh, tmsn3_tfoh };

struct RouteInput {
  std::string ketone_formula = "C12H15NO";  // 1-benzyl-4-piperidone
  bool amount_in_mmol = false;
  double ketone_amount = 10;  // g, or mmol when amount_in_mmol
  SchmidtMethod method = SchmidtMethod::nan3_h2so4;
  double azide_equiv = 1.5;   // NaN3 or TMSN3 per ketone
  int portions = 14;          // azide added in portions (heat, HN3); see default_portions()
  double addition_min = 120;  // first to last portion
  double acid_ml_per_g = 4;   // conc. H2SO4 or MsOH per g ketone: practice, not stoichiometry
  double tfoh_equiv = 3;      // TMSN3 route
  double basic_n_equiv = 1;   // basic amine N per ketone (1-benzyl-4-piperidone: 1); each takes 1 TfOH
  double lactam_yield = 0.7;  // fraction
  double lah_equiv = 2.0;     // mol LiAlH4 per mol lactam
  double lah_molarity = 0;    // 0: weigh solid LiAlH4; else mL of this solution
  double reduction_yield = 0.85;
};

struct Portion {
  double time_min;
  double mass_g;
  double volume_ml;  // TMSN3 only (a liquid), else 0
};

// One step of the plan after the reaction, with its hazard and where the
// procedure comes from.
struct RouteStep {
  std::string title;
  std::string detail;
  std::string hazard;
  std::string source;
  // Danger where the hazard can kill or explode (HN3, azidomethanes), else caution.
  WarningLevel hazard_level = WarningLevel::caution;
};

// A caution that goes with the plan, at the input it concerns.
struct RouteCaution {
  std::string key;    // "excess_azide", "other_oxygen", "basic_n"
  std::string field;  // the input it concerns, as in InputError
  std::string text;
};

struct RouteResult {
  Formula ketone, lactam, amine;
  double ketone_g = 0, ketone_mmol = 0;
  double azide_mmol = 0, azide_g = 0, azide_ml = 0;  // ml for TMSN3 only
  std::vector<Portion> schedule;                     // NaN3 portions, or TMSN3 parts
  double portion_g = 0;                              // azide per portion; the portions sum to azide_g
  double portion_ml = 0;                             // TMSN3 per part, mL (0 for NaN3)
  double interval_min = 0;                           // between portions: addition_min / (portions - 1)
  double acid_ml = 0, acid_mmol = 0;                 // H2SO4 or MsOH, or TfOH
  double acid_equiv = 0;  // mol acid per mol ketone (H2SO4: a solvent-scale excess)
  double lactam_mmol = 0, lactam_g = 0;
  double lah_mmol = 0, lah_g = 0, lah_solution_ml = 0;
  FieserWorkup workup;
  double amine_mmol = 0, amine_g = 0;
  bool tetrazole_risk = false;  // azide excess above 2 equiv
  // The portion gate: see min_azide_portions() (NaN3) and kMinTmsn3Portions.
  int min_portions = 0;
  double portion_rise_k = 0;  // NaN3: adiabatic rise if one portion's azide reacted at once, K (0 for TMSN3)
  // TMSN3/TfOH: TfOH left after the basic ring N is protonated, equiv.
  double tfoh_free_equiv = 0;
  // Work-up of the Schmidt mixture (NaN3 methods): base, heat, ice, nitrite.
  double naoh_g = 0, naoh_mmol = 0;  // neutralises every acidic proton charged
  double quench_heat_kj = 0;         // dilution of the acid + neutralisation
  double ice_min_g = 0;  // ice whose melting takes up quench_heat_kj; H2SO4 only (0: not given, the
                         // acid's heat of dilution is not in the tables)
  double nitrite_g = 0;  // NaNO2 that destroys all the azide charged
  double azide_waste_water_ml = 0;           // water that brings that azide to <= 5 %
  std::vector<RouteStep> steps;              // quench, neutralisation, extraction, azide destruction
  std::optional<std::string> scale_warning;  // set between kScaleCautionAzideMmol and kBenchScaleAzideMmol
  std::vector<RouteCaution> cautions;        // excess azide, other O atoms, a basic N not counted
};

Outcome<RouteResult> plan_route(const RouteInput& input);

// The portions a plan starts with for this method and these amounts: one more
// than the least the gate accepts (NaN3: min_azide_portions(); TMSN3:
// kMinTmsn3Portions), so that changing the method never lands on a refused
// plan. 14 for the default H2SO4 plan, 16 for MsOH, 11 for TMSN3/TfOH.
// Falls back to RouteInput{}.portions when the amounts cannot be read.
int default_portions(const RouteInput& input);
// The addition time a plan starts with for `portions`: 120 min, or longer so
// that the portions stay kMinPortionIntervalMin apart.
double default_addition_min(int portions);

// The least number of NaN3 portions. Rationale (semi-batch thermal safety,
// F. Stoessel, Thermal Safety of Chemical Processes, Wiley-VCH 2008): if
// cooling fails, the azide already added but not yet reacted is what can
// react at once; with portions that have each reacted before the next, that is
// one portion. Its adiabatic rise, portion azide × |ΔH| / (acid mass × cp),
// must keep the 0 °C mixture within the plan's own limit, room temperature
// (25 °C): Stoessel's criterion that the temperature reached on cooling
// failure stays below the hazard limit (HN3 boils at 37 °C) with a margin.
int min_azide_portions(double azide_mmol, double acid_g);

// What takes up a portion's heat: the acid, and a co-solvent where a
// procedure has one (Sha 2008: CH2Cl2). Heat capacities add (a stirred
// mixture); a co-solvent also lowers the limit to kCosolventBoilingMarginK
// below its own boiling point when that is under room temperature + margin.
struct HeatSink {
  double acid_g = 0;
  double cosolvent_g = 0;
  double cosolvent_cp_j_per_g_k = 0;
  double cosolvent_bp_c = 0;  // unused when cosolvent_g is 0
};
double heat_capacity_j_per_k(const HeatSink& sink);
// The rise one portion may cause, K: from 0 °C to the lower of room
// temperature and the co-solvent's boiling point less the margin.
double allowed_portion_rise_k(const HeatSink& sink);
int min_azide_portions(double azide_mmol, const HeatSink& sink);

// The gate's parameters, each with its source (docs/MODELS.md).
// ΔrH of ketone + HN3 -> lactam + N2, estimated from standard enthalpies of
// formation of the model reaction cyclohexanone(l) + HN3(l) -> ε-caprolactam(cr)
// + N2 (NIST Chemistry WebBook: -271.2, +264.0, -329.4 kJ/mol): -322 kJ/mol.
inline constexpr double kSchmidtHeatKjPerMol = 320;
// Forming HN3 from the salt in the acid comes first and at once:
// NaN3(s) + H2SO4(l) -> HN3(l) + NaHSO4(s), from NBS ΔfH (Wagman et al.,
// J. Phys. Chem. Ref. Data 11, Suppl. 2, 1982): NaN3 +21.7, H2SO4(l) -814.0,
// HN3(l) +264.0, NaHSO4(s) -1125.5 kJ/mol.
inline constexpr double kHn3FormationKjPerMol = -((264.0 - 1125.5) - (21.7 - 814.0));  // 69.2
// Both, per mol azide: about 390 kJ/mol, an estimate (MsOH taken as H2SO4).
inline constexpr double kAzideHeatKjPerMol = kSchmidtHeatKjPerMol + kHn3FormationKjPerMol;
inline constexpr double kAcidHeatCapacityJPerGK = 1.39;  // 100 % H2SO4, 0.332 cal/(g K), Perry's
inline constexpr double kHn3BoilingC = 37;               // CRC Handbook
inline constexpr double kHn3MolarMassGPerMol = 43.029;
inline constexpr double kAdditionTempC = 0;
inline constexpr double kMaxMixtureTempC = 25;  // the plan's "0 °C to room temperature, never warmer"
// Allowed adiabatic rise of one portion: 25 K, 12 K below HN3's boiling point.
inline constexpr double kMaxPortionRiseK = kMaxMixtureTempC - kAdditionTempC;
// The same 12 K margin below a co-solvent's boiling point as below HN3's.
inline constexpr double kCosolventBoilingMarginK = kHn3BoilingC - kMaxMixtureTempC;
// Dichloromethane, the co-solvent of Sha 2008: cp of the liquid 101.2
// J/(mol K) at 298.15 K / 84.93 g/mol, density 1.3266 g/mL at 20 °C, bp
// 39.6 °C (CRC Handbook of Chemistry and Physics: standard thermodynamic
// properties; physical constants of organic compounds).
inline constexpr double kDichloromethaneCpJPerGK = 101.2 / 84.93;
inline constexpr double kDichloromethaneDensityGPerMl = 1.3266;
inline constexpr double kDichloromethaneBoilingC = 39.6;
// The tool's choice, not a published number: time for one portion's gas
// evolution to subside at 0 °C. Wait longer if it has not.
inline constexpr double kMinPortionIntervalMin = 5;
inline constexpr const char kPortionWaitNote[] =
    "Add each portion only when the N2 evolution from the one before has stopped: otherwise unreacted azide "
    "accumulates and the portions no longer limit the heat. Wait longer than the interval if it has not.";
// Scale. Above the bench line (0.5 mol azide: 32.5 g NaN3, up to 21.5 g HN3)
// the planner gives no schedule and refuses at the ketone amount: that needs
// a process-safety assessment (reaction calorimetry, MTSR and TMRad: Stoessel,
// Thermal Safety of Chemical Processes, Wiley-VCH 2008). Between the caution
// line (0.1 mol azide: 6.5 g NaN3, up to 4.3 g HN3) and the bench line the
// plan carries a caution (scale_warning). Both lines are this tool's choices,
// not regulations.
inline constexpr double kBenchScaleAzideMmol = 500;
inline constexpr double kScaleCautionAzideMmol = 100;
// Practical least acid for the NaN3 methods: this tool's choice. The ketone
// (as its salt), the NaN3 and the sodium salt formed (NaHSO4 or NaOMs) must
// stay a stirrable slurry; below about 2 mL per g ketone they make a paste in
// which portions neither mix in nor lose their heat (local hot spots).
inline constexpr double kMinAcidMlPerG = 2;
// TMSN3/TfOH. TMSN3 + TfOH -> HN3 + TMSOTf takes one TfOH per TMSN3, after
// the basic ring N has taken its own: free TfOH (tfoh - basic N) must be at
// least the TMSN3 equivalents. No catalytic excess on top is required: the
// cited procedure's exact ratio could not be verified for this tool.
// Parts: at least kMinTmsn3Portions, kMinPortionIntervalMin apart (this
// tool's choice). There are no calorimetric data for this method here, so
// the heat gate of the NaN3 methods cannot be computed; by the same
// accumulation argument (what can react at once if cooling fails is what
// was added but has not reacted), ten parts that each react before the next
// keep that to a tenth of the charge.
inline constexpr int kMinTmsn3Portions = 10;
// And at most this much azide (so HN3) per part: the tool's choice, about
// what one portion of the default NaN3/H2SO4 plan holds (79 mmol in 13 to 14
// portions of 5.7-6.1 mmol), rounded down, so that a larger batch is split
// finer instead of into ten ever larger parts. At the bench line (500 mmol)
// that is the 100 parts the input allows.
inline constexpr double kMaxTmsn3MmolPerPart = 5;
// The least number of TMSN3 parts for this much azide.
int min_tmsn3_parts(double azide_mmol);

// Dilution and neutralisation heats (NBS tables, Wagman et al., J. Phys. Chem.
// Ref. Data 11, Suppl. 2, 1982): H2SO4(l) -> aq, -95.3 kJ/mol; H+ + OH- -> H2O,
// -55.8 kJ/mol. Ice takes up 333.6 J/g on melting.
inline constexpr double kH2so4DilutionKjPerMol = 95.3;
inline constexpr double kNeutralisationKjPerMol = 55.8;
inline constexpr double kIceFusionJPerG = 333.6;
// The nitrous-acid destruction of dilute azide (at most 5 % azide, 1.5 g
// NaNO2 per g NaN3, about 40 % excess, nitrite before acid) as given in
// Prudent Practices in the Laboratory: Handling and Disposal of Chemicals
// (National Research Council, National Academy Press, 1995), chapter 7; cited
// for the procedure only.
inline constexpr double kNitriteGPerGAzide = 1.5;
inline constexpr double kAzideWasteMaxFraction = 0.05;

inline constexpr const char kPrudentPractices[] =
    "Procedure after Prudent Practices in the Laboratory: Handling and Disposal of Chemicals, National "
    "Research Council, National Academy Press, Washington DC (1995 edition), chapter 7; follow your "
    "institution's waste rules";
inline constexpr const char kTmsn3PortionNote[] =
    "TMSN3: at least 10 parts and at most 5 mmol (0.22 g HN3) per part, 5 min apart (this tool's choice): "
    "with no calorimetry for TMSN3/TfOH, parts that each react before the next keep what could react at "
    "once, if cooling failed, to one small part (the accumulation argument of semi-batch safety, Stoessel "
    "2008).";
inline constexpr const char kTmsn3Reference[] =
    "TMSN3 with TfOH: H. F. Motiwala, M. Charaschanya, V. W. Day, J. Aubé, J. Org. Chem. 2016, 81, 1593 "
    "(in HFIP, ketones gave tetrazoles as the major products, not lactams). A primary procedure that makes "
    "this lactam with TMSN3/TfOH could not be verified for this tool: treat the method as exploratory.";

const ModelCard& route_model();

// The hydrazoic-acid hazards that go with every Schmidt reaction.
const std::vector<ScaleWarning>& azide_hazard_notes();

inline constexpr double kTetrazoleAzideEquiv = 2.0;  // rule of thumb, see the .cpp
inline constexpr const char kTetrazoleNote[] =
    "Azide above about 2 equiv: the excess HN3 can trap the nitrilium ion as a tetrazole. A rule of thumb, "
    "not a sharp limit. The planner's default, 1.5 equiv, is its own choice; a published preparation of this "
    "lactam (Sha et al., Acta Cryst. 2008, E64, o569) used 5.0 equiv.";
// Above this the plan is refused at azide_equiv: more than any cited
// procedure used (Sha 2008: 5.0 equiv NaN3 for this lactam). Between 2 equiv
// and it, a caution with the excess HN3 mass; the portion gate scales with it.
inline constexpr double kMaxAzideEquiv = 5.0;
inline constexpr const char kAzideEquivLiterature[] =
    "The planner's default, 1.5 equiv, is its own choice; Sha et al. 2008 (a published preparation of this "
    "lactam) used 5.0 equiv";

// The assumption every formula-based plan makes; the caution for formulas
// where it may fail.
inline constexpr const char kOnlyKetoneReacts[] =
    "Only the ketone reacts: every other group must survive the strong acid (conc. H2SO4, MsOH or TfOH) "
    "and LiAlH4. A Boc group is cleaved in strong acid (CO2 and isobutylene gas); LiAlH4 reduces esters, "
    "and carbamates to N-CH3.";

}  // namespace chem
