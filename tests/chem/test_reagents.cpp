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

TEST_CASE("liquids carry their supplier density (g/mL, 20-25 °C); solids and solutions carry none") {
  struct Expected {
    const char* key;
    double density_g_ml;
  };
  const Expected liquids[] = {
      {"ketone", 1.021}, {"h2so4", 1.84}, {"msoh", 1.48}, {"tmsn3", 0.868}, {"tfoh", 1.696}, {"boc2o", 0.95},
      {"bnbr", 1.438},   {"tfa", 1.489},  {"en", 0.899},  {"dbp", 1.989},   {"dmf", 0.944},
  };
  for (const auto& e : liquids) {
    CAPTURE(e.key);
    CHECK(chem::find_reagent(e.key)->density_g_ml == Approx(e.density_g_ml));
  }
  for (const char* key : {"nan3", "lah", "cs2co3", "k2co3", "rochelle", "glauber", "hcl_dioxane"}) {
    CAPTURE(key);
    CHECK(chem::find_reagent(key)->density_g_ml == 0);
  }
  CHECK(chem::find_reagent("hcl_dioxane")->form == "4.0 M in 1,4-dioxane");
}

TEST_CASE("lookup by key or name, ignoring case and outer spaces") {
  CHECK(chem::lookup_reagent("nan3")->key == "nan3");
  CHECK(chem::lookup_reagent("Sodium azide")->key == "nan3");
  CHECK(chem::lookup_reagent("  benzyl BROMIDE ")->key == "bnbr");
  CHECK(chem::lookup_reagent("BOC2O")->key == "boc2o");
  CHECK(chem::lookup_reagent("sodium azid") == nullptr);
  CHECK(chem::lookup_reagent("") == nullptr);
  CHECK(chem::find_reagent("Sodium azide") == nullptr);  // find_reagent takes keys only
}

TEST_CASE("molar_mass_of: key, then formula, then name") {
  CHECK(chem::molar_mass_of("Benzyl bromide").value() == Approx(171.04).epsilon(1e-4));
  CHECK(chem::molar_mass_of("Boc2O").value() == Approx(218.25).epsilon(1e-4));  // "Bo" is no element
  // A formula wins over a key that matches only when case is ignored:
  // LaH is lanthanum hydride (138.91 + 1.008), not LiAlH4 ("lah").
  CHECK(chem::molar_mass_of("LaH").value() == Approx(139.92).epsilon(1e-4));
  CHECK(chem::molar_mass_of("lah").value() == Approx(37.95).epsilon(2e-4));
  CHECK(chem::molar_mass_of("Polyphosphoric acid").error().message ==
        "Polyphosphoric acid is a mixture without one molar mass");
  CHECK(chem::molar_mass_of("Unobtainium").error().message == "Unknown element 'Un' at position 1");
}
