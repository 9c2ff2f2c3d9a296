// Published preparations of the route's lactam, as their papers give them,
// and the planner's verdict on each of their conditions. A preset never
// edits a paper silently: every condition is kept where the gates accept it,
// and replaced by the planner's own, with its reason, where they do not.
#pragma once

#include <string_view>
#include <vector>

#include "chem/outcome.hpp"
#include "chem/schmidt_route.hpp"

namespace chem {

// One paper's Schmidt step, in its own units and words.
struct PublishedProcedure {
  const char* key;  // "sha2008": the CLI's --preset and the link's route.preset
  const char* short_name;
  const char* citation;
  const char* ketone_formula;
  double ketone_g;
  double ketone_mol_stated;
  SchmidtMethod method;
  double acid_ml;       // conc. H2SO4
  double cosolvent_ml;  // CH2Cl2, 0 for none
  double azide_g;       // NaN3
  double azide_mol_stated;
  double azide_equiv_stated;
  double addition_min;  // "added cautiously over 3 h"
  double addition_temp_c;
  double stir_min, stir_temp_c;  // after the addition
  double ice_g;                  // the quench
  double base_ml;                // 15 % aqueous NH4OH, to pH 11
  double base_ph;
  const char* extraction_solvent;
  const char* recrystallised_from;
  const char* product_formula;
  double product_g;
  double yield_pct_stated;
};

const std::vector<PublishedProcedure>& published_procedures();
// nullptr when no procedure has this key.
const PublishedProcedure* find_published_procedure(std::string_view key);

// The paper's conditions the planner judges, in the order of the paper.
enum class PaperCondition {
  ketone,
  acid,
  azide,
  cosolvent,
  addition,
  temperature,
  quench_ice,
  base,
  extraction,
  recrystallisation,
  yield,
};
enum class Verdict {
  accepted,      // the plan uses the paper's value
  changed,       // a gate refuses it: the plan uses the planner's own, with the reason
  not_modelled,  // outside the planner's model: kept as the paper has it, not checked
};
struct ConditionVerdict {
  PaperCondition condition;
  Verdict verdict;
};

struct PublishedAssessment {
  const PublishedProcedure* procedure = nullptr;
  RouteInput input;  // the plan's inputs: the paper's where accepted, the planner's where not
  RouteResult plan;
  std::vector<ConditionVerdict> verdicts;
  // The figures behind the verdicts.
  double ketone_mmol = 0;              // from the mass and the formula
  double azide_equiv_from_masses = 0;  // the paper's NaN3 over its ketone, from the masses
  double acid_ml_per_g = 0;            // the paper's acid per g ketone
  double acid_heat_capacity_j_per_k = 0;
  double cosolvent_heat_capacity_j_per_k = 0;
  int min_portions_with_cosolvent = 0;           // the heat gate counting the paper's CH2Cl2
  int min_portions_acid_only = 0;                // without it, as the plan runs
  double paper_interval_with_cosolvent_min = 0;  // the paper's time over one more portion than the least
  double paper_interval_acid_only_min = 0;
  double product_mmol = 0;
  double yield_from_mass_pct = 0;  // product mmol / ketone mmol: the paper's arithmetic checked
};

// The plan for a published procedure. Fails only if the planner itself
// refuses the plan it builds (a test keeps every preset planned).
Outcome<PublishedAssessment> assess_published(const PublishedProcedure& procedure);

}  // namespace chem
