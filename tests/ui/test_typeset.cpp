#include <doctest/doctest.h>

#include "ui/typeset.hpp"

using ui::typeset_chemistry;

TEST_CASE("formulas get subscripts") {
  CHECK(typeset_chemistry("LiAlH4") == "LiAlH₄");
  CHECK(typeset_chemistry("Add 1.00 mL H2O to the LiAlH4 (26.4 mmol)") ==
        "Add 1.00 mL H₂O to the LiAlH₄ (26.4 mmol)");
  CHECK(typeset_chemistry("Na2SO4·10H2O") == "Na₂SO₄·10H₂O");
  CHECK(typeset_chemistry("NaN3, TMSN3 and H2SO4") == "NaN₃, TMSN₃ and H₂SO₄");
  CHECK(typeset_chemistry("Boc2O") == "Boc₂O");
  CHECK(typeset_chemistry("(CH3)3COH") == "(CH₃)₃COH");
  CHECK(typeset_chemistry("κ = k2/k1") == "κ = k₂/k₁");
  CHECK(typeset_chemistry("C0 = 0.1 M") == "C₀ = 0.1 M");
}

TEST_CASE("an ion's charge is a superscript sign; a hyphen inside words stays") {
  CHECK(typeset_chemistry("the azide stays in the water as N3-, which") ==
        "the azide stays in the water as N₃⁻, which");
  CHECK(typeset_chemistry("Na+ and Cl-") == "Na⁺ and Cl⁻");
  CHECK(typeset_chemistry("HN3 (pKa 4.7)") == "HN₃ (pKa 4.7)");
  for (const char* plain : {"N-alkylation", "N-sulfonyl", "A + B", "P + B -> Q", "1,4-diazepane",
                            "di- and tri-", "C-N bond", "x - y", "10^-3"}) {
    CHECK(typeset_chemistry(plain) == plain);
  }
}

TEST_CASE("numbers, units, names and mechanisms stay as typed") {
  for (const char* plain : {"2.58 L", "1,4-diazepane", "SN2 displacement", "A2 + B2", "10^-3", "1e-9",
                            "n, n, 3n", "7-membered", "DP5(4)", "mL", "NaOH", "THF", "EM 0.05 M"}) {
    CHECK(typeset_chemistry(plain) == plain);
  }
}

TEST_CASE("a DOI keeps its digits on the line; a formula after it is still typeset") {
  CHECK(typeset_chemistry("Acta Cryst. 2008, E64, o569 (doi:10.1107/S1600536808001773): from C12H15NO") ==
        "Acta Cryst. 2008, E64, o569 (doi:10.1107/S1600536808001773): from C₁₂H₁₅NO");
  CHECK(typeset_chemistry("a NaN3/H2SO4 mixture") == "a NaN₃/H₂SO₄ mixture");
}
