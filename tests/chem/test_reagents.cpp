#include <doctest/doctest.h>

#include "chem/reagents.hpp"

using doctest::Approx;

TEST_CASE("every reagent's molar mass matches its literature value") {
  struct Expected {
    const char* key;
    double molar_mass;  // supplier / PubChem values
  };
  const Expected expected[] = {
      {"ketone", 189.26},    {"nan3", 65.01},        {"h2so4", 98.08},
      {"msoh", 96.10},       {"tmsn3", 115.21},      {"tfoh", 150.07},
      {"lactam", 204.27},    {"lah", 37.95},         {"benzyl_diazepane", 190.29},
      {"diazepane", 100.16}, {"boc2o", 218.25},      {"bnbr", 171.04},
      {"tfa", 114.02},       {"hcl_dioxane", 36.46}, {"en", 60.10},
      {"dbp", 201.89},       {"ts2en", 368.47},      {"cs2co3", 325.82},
      {"k2co3", 138.21},     {"dmf", 73.09},         {"rochelle", 282.22},
      {"glauber", 322.20},
  };
  for (const auto& e : expected) {
    CAPTURE(e.key);
    const chem::Reagent* reagent = chem::find_reagent(e.key);
    REQUIRE(reagent != nullptr);
    CHECK(reagent->molar_mass == Approx(e.molar_mass).epsilon(1.5e-4));
  }
  CHECK(chem::reagent_table().size() == 23);
  CHECK(chem::find_reagent("ppa")->molar_mass == 0);
}

TEST_CASE("a reagent by key or any substrate by formula") {
  CHECK(chem::molar_mass_of("boc2o").value() == Approx(218.25).epsilon(1e-4));
  CHECK(chem::molar_mass_of("C6H10O").value() == Approx(98.145).epsilon(1e-4));  // cyclohexanone
  CHECK(chem::molar_mass_of("ppa").error().message ==
        "Polyphosphoric acid is a mixture without one molar mass");
  CHECK(chem::molar_mass_of("Zz").error().field == "formula");
}
