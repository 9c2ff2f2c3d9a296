#include "chem/excess_diamine.hpp"

#include <cmath>

namespace chem {

namespace {

Outcome<ExcessDiamineOutcome> excess_diamine_from(double diamine_equiv, double kappa, double& log_unreacted) {
  auto n = check_quantity(diamine_equiv, kDiamineEquivRule);
  if (!n.ok()) return n.error();
  if (diamine_equiv < 1) {
    return InputError{"diamine_equiv",
                      "Diamine excess must be at least 1 equiv (1 equiv electrophile per diamine)"};
  }
  auto d = alkylation_distribution_from(1.0 / diamine_equiv, kappa, log_unreacted);
  if (!d.ok()) return d.error();
  ExcessDiamineOutcome out;
  out.diamine_equiv = diamine_equiv;
  out.mono_yield = d.value().mono * diamine_equiv;
  out.bis_yield = 2 * d.value().bis * diamine_equiv;
  out.diamine_left = d.value().unreacted;
  out.mono_to_bis = d.value().bis > 0 ? d.value().mono / d.value().bis : 1e300;
  return out;
}

}  // namespace

Outcome<ExcessDiamineOutcome> excess_diamine(double diamine_equiv, double kappa) {
  double log_unreacted = 1;  // no guess
  return excess_diamine_from(diamine_equiv, kappa, log_unreacted);
}

Outcome<ExcessCurve> excess_curve(double kappa, int points) {
  if (points < 2 || points > 100000) return InputError{"points", "A curve needs 2 to 100000 points"};
  ExcessCurve curve;
  double log_unreacted = 1;  // each point starts from the one before
  for (int i = 0; i < points; ++i) {
    const double n = 1 + 9.0 * i / (points - 1);
    auto outcome = excess_diamine_from(n, kappa, log_unreacted);
    if (!outcome.ok()) return outcome.error();
    curve.diamine_equiv.push_back(n);
    curve.mono_yield.push_back(outcome.value().mono_yield);
    curve.bis_yield.push_back(outcome.value().bis_yield);
    curve.mono_to_bis.push_back(outcome.value().mono_to_bis);
  }
  return curve;
}

const ElectrophileData& electrophile_data(Electrophile electrophile) {
  static const ElectrophileData kBoc{"Boc2O",
                                     kBoc2OMolarMass,
                                     kBoc2ODensity,
                                     kMonoBocDiazepaneMolarMass,
                                     kBisBocDiazepaneMolarMass,
                                     "1-Boc-1,4-diazepane",
                                     "1,4-di-Boc-1,4-diazepane"};
  static const ElectrophileData kBenzyl{"benzyl bromide",
                                        kBenzylBromideMolarMass,
                                        kBenzylBromideDensity,
                                        kMonoBenzylDiazepaneMolarMass,
                                        kDibenzylDiazepaneMolarMass,
                                        "1-benzyl-1,4-diazepane",
                                        "1,4-dibenzyl-1,4-diazepane"};
  return electrophile == Electrophile::boc2o ? kBoc : kBenzyl;
}

Outcome<ScalePlan> plan_scale(Electrophile electrophile, double electrophile_mmol, double diamine_equiv,
                              double kappa) {
  auto amount =
      check_quantity(electrophile_mmol, {"electrophile_mmol", "Amount of electrophile", "mmol", 1e6});
  if (!amount.ok()) return amount.error();
  auto outcome = excess_diamine(diamine_equiv, kappa);
  if (!outcome.ok()) return outcome.error();
  const ElectrophileData& data = electrophile_data(electrophile);
  ScalePlan plan;
  plan.outcome = outcome.value();
  plan.electrophile_mmol = electrophile_mmol;
  plan.electrophile_g = electrophile_mmol / 1000 * data.molar_mass;
  plan.electrophile_ml = plan.electrophile_g / data.density_g_ml;
  plan.diamine_mmol = electrophile_mmol * diamine_equiv;
  plan.diamine_g = plan.diamine_mmol / 1000 * kHomopiperazineMolarMass;
  plan.mono_mmol = electrophile_mmol * plan.outcome.mono_yield;
  plan.mono_g = plan.mono_mmol / 1000 * data.mono_product_molar_mass;
  plan.bis_mmol = electrophile_mmol * plan.outcome.bis_yield / 2;
  plan.bis_g = plan.bis_mmol / 1000 * data.bis_product_molar_mass;
  plan.diamine_left_mmol = plan.diamine_mmol * plan.outcome.diamine_left;
  plan.diamine_left_g = plan.diamine_left_mmol / 1000 * kHomopiperazineMolarMass;
  return plan;
}

const ModelCard& monoboc_model() {
  static const ModelCard card{
      "excess-diamine-frost-schwemer",
      {
          "1 equiv Boc2O onto N equiv diamine is x = 1/N equiv per diamine in the competitive-consecutive "
          "model "
          "(Frost and Schwemer 1952); yields are per mol Boc2O, at full conversion, before isolation losses.",
          "kappa = k2/k1 per molecule; 0.5 is the statistical case of two equal, independent NH.",
          "Perfect mixing; the diamine is the free base (no acid present): the mono-protonation method is "
          "not "
          "modelled.",
      }};
  return card;
}

}  // namespace chem
