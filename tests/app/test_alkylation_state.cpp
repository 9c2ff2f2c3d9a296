#include <doctest/doctest.h>

#include "app/alkylation_state.hpp"

TEST_CASE("the alkylation view reuses the curves only while kappa is unchanged") {
  app::AlkylationInputs inputs;
  const app::AlkylationView first = app::evaluate_alkylation(inputs, nullptr);
  REQUIRE(first.valid);
  CHECK(first.distribution.mono == doctest::Approx(0.5));

  // Another amount of electrophile, same kappa: the curves are those of a fresh evaluation.
  inputs.equivalents.set("1.5");
  const app::AlkylationView reused = app::evaluate_alkylation(inputs, &first);
  const app::AlkylationView fresh = app::evaluate_alkylation(inputs, nullptr);
  CHECK(reused.curve.mono == fresh.curve.mono);
  CHECK(reused.excess.mono_yield == fresh.excess.mono_yield);
  CHECK(reused.distribution.mono == doctest::Approx(fresh.distribution.mono));

  // A new kappa recomputes them.
  inputs.kappa.set("2");
  const app::AlkylationView moved = app::evaluate_alkylation(inputs, &first);
  CHECK(moved.curve.mono == app::evaluate_alkylation(inputs, nullptr).curve.mono);
  CHECK(moved.curve.mono != first.curve.mono);
}

TEST_CASE("the mono-Boc workup text carries the model's di-Boc share and no 'washes out' claim") {
  app::AlkylationInputs in;  // 4 equiv diamine, 10 mmol Boc2O, κ 0.5
  const app::AlkylationView view = app::evaluate_alkylation(in, nullptr);
  REQUIRE(view.valid);
  // x = 1/4: a = 0.765625, mono 0.875, bis 0.125 per Boc2O (Frost–Schwemer at κ = 0.5).
  CHECK(view.protection.outcome.bis_yield == doctest::Approx(0.125));
  const std::string text = app::monoboc_workup_text(view.protection);
  CHECK(text.find("12.5 % of the Boc2O ends as di-Boc") != std::string::npos);
  CHECK(text.find("acid/base extraction") != std::string::npos);
  CHECK(text.find("partly lost to water") != std::string::npos);
  // Mild, cold acid: strong or prolonged acid would take the Boc group off.
  CHECK(text.find("5-10 % citric acid or cold 0.5 M HCl") != std::string::npos);
  CHECK(text.find("Boc group survives") != std::string::npos);
  CHECK(text.find("76.6 % of the charge") != std::string::npos);
  CHECK(text.find("washes out") == std::string::npos);
  CHECK(std::string(app::kKappaText).find("κ = 0.5") != std::string::npos);
  CHECK(std::string(app::kMonoProtonationText).find("J. Mex. Chem. Soc. 2017") != std::string::npos);
  CHECK(std::string(app::kAcidByproductText).find("HBr") != std::string::npos);
  // Counted in N atoms: a mono-protonated diamine still reacts at its free N.
  CHECK(std::string(app::kAcidByproductText).find("Count N atoms, not molecules") != std::string::npos);
  CHECK(std::string(app::kAcidByproductText).find("still reacts at its free N") != std::string::npos);
  CHECK(std::string(app::kAcidByproductText).find("half the amine") == std::string::npos);
}
