// Published procedures as presets: the paper's numbers as the paper gives
// them, the heat gate with and without its co-solvent, and the verdicts.
#include <doctest/doctest.h>

#include "chem/published_procedures.hpp"

using doctest::Approx;

namespace {

chem::Verdict verdict_on(const chem::PublishedAssessment& a, chem::PaperCondition condition) {
  for (const auto& v : a.verdicts) {
    if (v.condition == condition) return v.verdict;
  }
  FAIL("no verdict");
  return chem::Verdict::not_modelled;
}

}  // namespace

TEST_CASE("Sha 2008: the paper's own numbers") {
  const auto* sha = chem::find_published_procedure("sha2008");
  REQUIRE(sha != nullptr);
  CHECK(chem::find_published_procedure("sha2009") == nullptr);
  // Acta Cryst. 2008, E64, o569: 18.9 g (0.10 mol) ketone, 40 mL H2SO4, 80 mL
  // CH2Cl2, 32.5 g (0.50 mol) NaN3 over 3 h at 0 °C, 1 h at 5 °C, 1 kg ice,
  // 200 mL 15 % NH4OH to pH 11, CH2Cl2, EtOAc, 13.0 g (65 %).
  CHECK(sha->ketone_g == 18.9);
  CHECK(sha->ketone_mol_stated == 0.10);
  CHECK(sha->acid_ml == 40);
  CHECK(sha->cosolvent_ml == 80);
  CHECK(sha->azide_g == 32.5);
  CHECK(sha->azide_mol_stated == 0.50);
  CHECK(sha->azide_equiv_stated == 5.0);
  CHECK(sha->addition_min == 180);
  CHECK(sha->addition_temp_c == 0);
  CHECK(sha->stir_min == 60);
  CHECK(sha->stir_temp_c == 5);
  CHECK(sha->ice_g == 1000);
  CHECK(sha->base_ml == 200);
  CHECK(sha->base_ph == 11);
  CHECK(sha->product_g == 13.0);
  CHECK(sha->yield_pct_stated == 65);
  // 32.5 g / 65.01 g/mol is the 0.50 mol the paper states; over 99.864 mmol
  // ketone that is 5.006 equiv (the paper says 5.0).
  CHECK(sha->azide_g / 65.01 == Approx(sha->azide_mol_stated).epsilon(1e-3));
  CHECK(chem::assess_published(*sha).value().azide_equiv_from_masses == Approx(5.006).epsilon(1e-4));
}

TEST_CASE("Sha 2008: the heat gate counts the CH2Cl2, the plan runs without it") {
  const auto a = chem::assess_published(*chem::find_published_procedure("sha2008"));
  REQUIRE(a.ok());
  const auto& s = a.value();
  // 18.9 g / 189.258 g/mol = 99.864 mmol ketone; × 5 = 499.32 mmol NaN3, just
  // under the 500 mmol bench line: a caution, not a refusal.
  CHECK(s.ketone_mmol == Approx(99.864).epsilon(1e-4));
  CHECK(s.plan.azide_mmol == Approx(499.32).epsilon(1e-4));
  CHECK(s.plan.azide_mmol < chem::kBenchScaleAzideMmol);
  CHECK(s.plan.scale_warning.has_value());
  CHECK(s.plan.tetrazole_risk);
  CHECK(s.acid_ml_per_g == Approx(40 / 18.9));
  // Acid 40 mL × 1.84 g/mL × 1.39 J/(g K) = 102.30 J/K; CH2Cl2 80 mL × 1.3266
  // g/mL × 101.2/84.93 J/(g K) = 126.46 J/K. Heat: 0.49932 mol × 389.2 kJ/mol
  // = 194.34 kJ. Acid alone: 1899.6 K / 25 K = 75.98 -> 76 portions, and the
  // paper's 3 h over 76 intervals is 2.37 min, under the 5 min gate. With the
  // CH2Cl2: 849.5 K / 25 K -> 34 portions, 5.29 min apart in 3 h.
  CHECK(s.acid_heat_capacity_j_per_k == Approx(102.304).epsilon(1e-4));
  CHECK(s.cosolvent_heat_capacity_j_per_k == Approx(126.457).epsilon(1e-4));
  CHECK(s.min_portions_acid_only == 76);
  CHECK(s.min_portions_with_cosolvent == 34);
  CHECK(s.paper_interval_acid_only_min == Approx(180.0 / 76));
  CHECK(s.paper_interval_with_cosolvent_min == Approx(180.0 / 34));
  // CH2Cl2 boils at 39.6 °C: 12 K below it is 27.6 °C, above room
  // temperature, so the allowed rise stays 25 K.
  chem::HeatSink sink{73.6, 106.128, chem::kDichloromethaneCpJPerGK, chem::kDichloromethaneBoilingC};
  CHECK(chem::allowed_portion_rise_k(sink) == Approx(25));
  sink.cosolvent_bp_c = 30;  // a lower-boiling co-solvent lowers the limit
  CHECK(chem::allowed_portion_rise_k(sink) == Approx(18));
  // The plan: 77 portions (least + 1), 380 min (5 min apart), the paper's acid
  // and azide, its yield as the lactam yield.
  CHECK(s.input.portions == 77);
  CHECK(s.input.addition_min == Approx(380));
  CHECK(s.input.azide_equiv == 5.0);
  CHECK(s.input.acid_ml_per_g == Approx(40 / 18.9));
  CHECK(s.input.lactam_yield == Approx(0.65));
  CHECK(s.plan.schedule.size() == 77);
  CHECK(s.plan.interval_min == Approx(5));
  // Quench: 735.4 mmol H2SO4 dilutes (70.08 kJ) and takes 1470.8 mmol NaOH
  // (82.07 kJ): 152.15 kJ melts 456.1 g ice, under the paper's 1 kg.
  CHECK(s.plan.ice_min_g == Approx(456.1).epsilon(1e-3));
  // 13.0 g / 204.273 g/mol = 63.64 mmol: 63.6 % of the stated 0.10 mol (the paper says 65 %).
  CHECK(s.product_mmol == Approx(63.64).epsilon(1e-3));
  CHECK(s.yield_from_mass_pct == Approx(63.64).epsilon(1e-3));
}

TEST_CASE("Sha 2008: the verdict on each condition is stable") {
  using C = chem::PaperCondition;
  using V = chem::Verdict;
  const auto s = chem::assess_published(*chem::find_published_procedure("sha2008")).value();
  CHECK(s.verdicts.size() == 11);
  CHECK(verdict_on(s, C::ketone) == V::accepted);
  CHECK(verdict_on(s, C::acid) == V::accepted);      // 2.12 mL/g, above the 2 mL/g slurry minimum
  CHECK(verdict_on(s, C::azide) == V::accepted);     // 5.0 equiv: the most the planner allows
  CHECK(verdict_on(s, C::cosolvent) == V::changed);  // CH2Cl2 with azide: diazidomethane
  CHECK(verdict_on(s, C::addition) == V::changed);   // 3 h is 2.4 min apart without the CH2Cl2
  CHECK(verdict_on(s, C::temperature) == V::accepted);
  CHECK(verdict_on(s, C::quench_ice) == V::accepted);
  CHECK(verdict_on(s, C::base) == V::changed);        // the plan's base is NaOH; ammonia not modelled
  CHECK(verdict_on(s, C::extraction) == V::changed);  // CH2Cl2 again
  CHECK(verdict_on(s, C::recrystallisation) == V::not_modelled);
  CHECK(verdict_on(s, C::yield) == V::accepted);
}

TEST_CASE("azide equivalents: the literature's 5 equiv is planned, more is refused") {
  chem::RouteInput in;
  in.ketone_amount = 18.9;
  in.azide_equiv = 5;
  in.portions = chem::default_portions(in);
  in.addition_min = chem::default_addition_min(in.portions);
  // 499.32 mmol NaN3 in 75.6 mL H2SO4 (139.1 g, 193.4 J/K): 1004.8 K / 25 -> 41 portions;
  // the default is 42 portions over 41 × 5 = 205 min, which the gate accepts.
  CHECK(in.portions == 42);
  CHECK(in.addition_min == Approx(205));
  const auto plan = chem::plan_route(in);
  REQUIRE(plan.ok());
  CHECK(plan.value().min_portions == 41);
  in.azide_equiv = 5.01;
  const auto refused = chem::plan_route(in);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().field == "azide_equiv");
  CHECK(refused.error().message.find("Sha et al. 2008") != std::string::npos);
}
