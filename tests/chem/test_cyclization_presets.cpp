#include <doctest/doctest.h>

#include <cmath>
#include <iterator>
#include <string>

#include "chem/ring_presets.hpp"

namespace {
// doctest's Approx is absolute for values below 1 (its scale is 1); every
// check here means relative, so small numbers are compared properly too.
doctest::Approx rel(double value) { return doctest::Approx(value).scale(0).epsilon(1e-12); }
}  // namespace

TEST_CASE("small-ring presets carry the omega-bromoalkylamine relative rates (5-ring = 100)") {
  REQUIRE(std::size(chem::kRingPresets) == 6);
  const int sizes[] = {3, 5, 6, 7};
  const double rates[] = {0.07, 100, 1.7, 0.002};
  for (int i = 0; i < 4; ++i) {
    CAPTURE(sizes[i]);
    auto preset = chem::ring_preset(sizes[i]);
    REQUIRE(preset.ok());
    CHECK(preset.value().relative_rate == rates[i]);
    CHECK(preset.value().em_factor == 1);
  }
  // A 7-ring closes ~5 x 10^4 times slower than a 5-ring.
  CHECK(chem::ring_preset(5).value().relative_rate / chem::ring_preset(7).value().relative_rate == rel(5e4));
}

TEST_CASE("preset EMs: 7-ring 0.05 M, small rings by their rates, medium rings from the compilations") {
  const double em7 = chem::ring_preset(7).value().em_molar;
  CHECK(em7 == rel(0.05));
  for (const auto& preset : chem::kRingPresets) {
    CAPTURE(preset.ring_size);
    CHECK(std::string(preset.source).find("Mandolini") != std::string::npos);
    if (preset.relative_rate > 0) CHECK(preset.em_molar / em7 == rel(preset.relative_rate / 0.002));
  }
  CHECK(chem::ring_preset(5).value().em_molar == rel(2500));
  // Medium rings: 1e-4 M (10) and 1e-3 M (12), not the 2.5e-7 and 2.5e-4 M
  // the old rate table implied; both below the 14-atom strain-free anchor.
  CHECK(chem::ring_preset(10).value().em_molar == rel(1e-4));
  CHECK(chem::ring_preset(12).value().em_molar == rel(1e-3));
  CHECK(chem::ring_preset(12).value().em_molar < 1e-2);
}

TEST_CASE("the 10- and 12-ring presets are labelled illustrative where their source is shown") {
  for (const auto& preset : chem::kRingPresets) {
    CAPTURE(preset.ring_size);
    const bool medium = preset.ring_size == 10 || preset.ring_size == 12;
    CHECK(preset.illustrative == medium);
    CHECK((std::string(preset.source).find("Illustrative") != std::string::npos) == medium);
    // No citation of a table the values were not checked against.
    CHECK(std::string(preset.source).find("1977") == std::string::npos);
  }
  CHECK(chem::ring_preset(12).value().preset->illustrative);
  CHECK_FALSE(chem::ring_preset(7).value().preset->illustrative);
}

TEST_CASE("N-tosyl and gem-dialkyl factors multiply EM, default x10 each") {
  chem::RingAdjustments tosyl;
  tosyl.n_tosyl = true;
  CHECK(chem::ring_preset(7, tosyl).value().em_molar == rel(0.5));
  chem::RingAdjustments both;
  both.n_tosyl = true;
  both.gem_dialkyl = true;
  both.gem_dialkyl_factor = 3;
  auto adjusted = chem::ring_preset(7, both).value();
  CHECK(adjusted.em_factor == rel(30));
  CHECK(adjusted.em_molar == rel(1.5));
  CHECK(adjusted.relative_rate == 0.002);
  // A factor that is not chosen is not checked either.
  chem::RingAdjustments unused;
  unused.tosyl_factor = -1;
  CHECK(chem::ring_preset(7, unused).ok());
}

TEST_CASE("unknown ring sizes and bad factors are InputErrors") {
  auto eight = chem::ring_preset(8);
  REQUIRE_FALSE(eight.ok());
  CHECK(eight.error().field == "ring_size");
  CHECK(eight.error().message == "No preset for ring size 8; presets exist for 3, 5, 6, 7, 10, 12");
  chem::RingAdjustments bad;
  bad.n_tosyl = true;
  bad.tosyl_factor = 0;
  CHECK(chem::ring_preset(7, bad).error().field == "tosyl_factor");
  bad.tosyl_factor = std::nan("");
  CHECK(chem::ring_preset(7, bad).error().message == "N-tosyl EM factor must be a finite number");
  chem::RingAdjustments huge;
  huge.gem_dialkyl = true;
  huge.gem_dialkyl_factor = 1e5;
  CHECK(chem::ring_preset(7, huge).error().field == "gem_dialkyl_factor");
}
