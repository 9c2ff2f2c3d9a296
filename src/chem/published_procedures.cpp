#include "chem/published_procedures.hpp"

#include <cstring>

#include "chem/formula.hpp"
#include "chem/reagents.hpp"

namespace chem {

const std::vector<PublishedProcedure>& published_procedures() {
  // Sha, Xu, Liu, Wang, Wang, Acta Cryst. 2008, E64, o569, experimental: the
  // ketone (18.9 g, 0.10 mol) in 40 mL H2SO4 and 80 mL CH2Cl2 at 0 °C; NaN3
  // (32.5 g, 0.50 mol) added cautiously over 3 h; stirred 1 h at about 5 °C;
  // 1 kg ice, 200 mL 15 % NH4OH to pH 11, extracted with CH2Cl2;
  // recrystallised from EtOAc: 13.0 g, 65 %.
  static const std::vector<PublishedProcedure> procedures = {
      {"sha2008",
       "Sha et al. 2008",
       "Q.-K. Sha, W.-X. Xu, Y. Liu, G.-F. Wang, J.-D. Wang, Acta Cryst. 2008, E64, o569 "
       "(doi:10.1107/S1600536808001773): 1-benzyl-1,4-diazepan-5-one from 1-benzyl-4-piperidone",
       "C12H15NO",
       18.9,
       0.10,
       SchmidtMethod::nan3_h2so4,
       40,
       80,
       32.5,
       0.50,
       5.0,
       180,
       0,
       60,
       5,
       1000,
       200,
       11,
       "CH2Cl2",
       "EtOAc",
       "C12H16N2O",
       13.0,
       65},
  };
  return procedures;
}

const PublishedProcedure* find_published_procedure(std::string_view key) {
  for (const auto& procedure : published_procedures()) {
    if (key == procedure.key) return &procedure;
  }
  return nullptr;
}

namespace {

// Chlorinated solvents meet azide as di- and triazidomethane (see the
// extraction step in schmidt_safety.cpp): the plan never uses them.
bool chlorinated(const char* solvent) {
  return std::strcmp(solvent, "CH2Cl2") == 0 || std::strcmp(solvent, "CHCl3") == 0;
}

Verdict accepted_if(bool ok) { return ok ? Verdict::accepted : Verdict::changed; }

}  // namespace

Outcome<PublishedAssessment> assess_published(const PublishedProcedure& paper) {
  auto ketone = parse_formula(paper.ketone_formula);
  auto product = parse_formula(paper.product_formula);
  if (!ketone.ok() || !product.ok()) return InputError{"preset", "The preset's formula cannot be read"};
  PublishedAssessment a;
  a.procedure = &paper;
  a.ketone_mmol = paper.ketone_g / ketone.value().molar_mass * 1000;
  a.acid_ml_per_g = paper.acid_ml / paper.ketone_g;
  a.azide_equiv_from_masses = paper.azide_g / find_reagent("nan3")->molar_mass * 1000 / a.ketone_mmol;
  a.product_mmol = paper.product_g / product.value().molar_mass * 1000;
  a.yield_from_mass_pct = a.product_mmol / (paper.ketone_mol_stated * 1000) * 100;

  // The heat gate, with and without the paper's co-solvent (docs/MODELS.md).
  const HeatSink acid_only{paper.acid_ml * find_reagent("h2so4")->density_g_ml};
  HeatSink with_cosolvent = acid_only;
  with_cosolvent.cosolvent_g = paper.cosolvent_ml * kDichloromethaneDensityGPerMl;
  with_cosolvent.cosolvent_cp_j_per_g_k = kDichloromethaneCpJPerGK;
  with_cosolvent.cosolvent_bp_c = kDichloromethaneBoilingC;
  a.acid_heat_capacity_j_per_k = heat_capacity_j_per_k(acid_only);
  a.cosolvent_heat_capacity_j_per_k = heat_capacity_j_per_k(with_cosolvent) - a.acid_heat_capacity_j_per_k;
  const double azide_mmol = a.ketone_mmol * paper.azide_equiv_stated;
  a.min_portions_with_cosolvent = min_azide_portions(azide_mmol, with_cosolvent);
  a.min_portions_acid_only = min_azide_portions(azide_mmol, acid_only);
  // One more portion than the least, as the planner's default: that many
  // intervals in the paper's addition time.
  a.paper_interval_with_cosolvent_min = paper.addition_min / a.min_portions_with_cosolvent;
  a.paper_interval_acid_only_min = paper.addition_min / a.min_portions_acid_only;

  const RouteInput planner;
  RouteInput& in = a.input;
  in.ketone_formula = paper.ketone_formula;
  in.amount_in_mmol = false;
  in.ketone_amount = paper.ketone_g;
  in.method = paper.method;
  const bool acid_ok = a.acid_ml_per_g >= kMinAcidMlPerG;
  in.acid_ml_per_g = acid_ok ? a.acid_ml_per_g : planner.acid_ml_per_g;
  const bool azide_ok = paper.azide_equiv_stated <= kMaxAzideEquiv;
  in.azide_equiv = azide_ok ? paper.azide_equiv_stated : planner.azide_equiv;
  // The paper names no number of portions: the planner's least + 1. The plan
  // runs without the co-solvent, so the acid alone takes the heat.
  in.portions = default_portions(in);
  const bool time_ok = paper.addition_min / (in.portions - 1) >= kMinPortionIntervalMin - 1e-9;
  in.addition_min = time_ok ? paper.addition_min : default_addition_min(in.portions);
  in.lactam_yield = paper.yield_pct_stated / 100;
  auto plan = plan_route(in);
  if (!plan.ok()) return plan.error();
  a.plan = plan.value();

  const bool temperature_ok =
      paper.addition_temp_c >= kAdditionTempC && paper.stir_temp_c >= kAdditionTempC &&
      paper.addition_temp_c <= kMaxMixtureTempC && paper.stir_temp_c <= kMaxMixtureTempC;
  a.verdicts = {
      {PaperCondition::ketone, Verdict::accepted},
      {PaperCondition::acid, accepted_if(acid_ok)},
      {PaperCondition::azide, accepted_if(azide_ok)},
      {PaperCondition::cosolvent, paper.cosolvent_ml > 0 ? Verdict::changed : Verdict::accepted},
      {PaperCondition::addition, accepted_if(time_ok)},
      {PaperCondition::temperature, accepted_if(temperature_ok)},
      {PaperCondition::quench_ice, accepted_if(paper.ice_g >= a.plan.ice_min_g)},
      // The plan counts its base as NaOH (amount and heat); the paper's ammonia is not modelled.
      {PaperCondition::base, Verdict::changed},
      {PaperCondition::extraction, accepted_if(!chlorinated(paper.extraction_solvent))},
      {PaperCondition::recrystallisation, Verdict::not_modelled},
      {PaperCondition::yield, Verdict::accepted},
  };
  return a;
}

}  // namespace chem
