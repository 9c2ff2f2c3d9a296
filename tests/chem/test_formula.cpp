#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include "chem/formula.hpp"

using doctest::Approx;

namespace {
double mass(const char* text) { return chem::parse_formula(text).value().molar_mass; }
std::string hill(const char* text) { return chem::parse_formula(text).value().hill; }
std::string problem(const std::string& text) {
  auto result = chem::parse_formula(text);
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().field == "formula");
  return result.error().message;
}
}  // namespace

TEST_CASE("molar masses against literature values") {
  CHECK(mass("H2O") == Approx(18.015).epsilon(1e-4));
  CHECK(mass("C5H12N2") == Approx(100.16).epsilon(1e-4));         // 1,4-diazepane
  CHECK(mass("C10H18O5") == Approx(218.25).epsilon(1e-4));        // Boc2O
  CHECK(mass("C7H7Br") == Approx(171.04).epsilon(1e-4));          // benzyl bromide
  CHECK(mass("LiAlH4") == Approx(37.95).epsilon(2e-4));           // LiAlH4
  CHECK(mass("NaN3") == Approx(65.01).epsilon(2e-4));             // sodium azide
  CHECK(mass("Na2SO4·10H2O") == Approx(322.20).epsilon(1e-4));    // Glauber's salt
  CHECK(mass("KNaC4H4O6·4H2O") == Approx(282.22).epsilon(1e-4));  // Rochelle salt
  CHECK(mass("CuSO4*5H2O") == Approx(249.68).epsilon(1e-4));
}

TEST_CASE("parentheses, brackets, adducts and the Hill order") {
  CHECK(hill("(CH3)3COH") == "C4H10O");
  CHECK(hill("[Cu(NH3)4]SO4") == "CuH12N4O4S");
  CHECK(hill("Na2SO4·10H2O") == "H20Na2O14S");
  CHECK(hill("Na2SO4.10H2O") == "H20Na2O14S");
  CHECK(hill("Na2SO4 • 10H2O") == "H20Na2O14S");
  CHECK(hill("LiAlH4") == "AlH4Li");
  CHECK(hill("CF3SO3H") == "CHF3O3S");
  CHECK(hill("2HCl") == "Cl2H2");
  CHECK(mass("Ca(OH)2") == Approx(74.092).epsilon(1e-4));
}

TEST_CASE("element counts multiply out through groups and adduct multipliers") {
  const auto tert_butanol = chem::parse_formula("(CH3)3COH").value();
  CHECK(tert_butanol.atoms.at("C") == 4);
  CHECK(tert_butanol.atoms.at("H") == 10);
  CHECK(tert_butanol.atoms.at("O") == 1);
  const auto rochelle = chem::parse_formula("C4H4KNaO6·4H2O").value();
  CHECK(rochelle.atoms.at("H") == 12);  // 4 + 4 × 2
  CHECK(rochelle.atoms.at("O") == 10);  // 6 + 4
  CHECK(rochelle.hill == "C4H12KNaO10");
  // Nested groups: [Co(NH3)5Cl]Cl2 has 15 H, 3 Cl.
  const auto complex = chem::parse_formula("[Co(NH3)5Cl]Cl2").value();
  CHECK(complex.atoms.at("H") == 15);
  CHECK(complex.atoms.at("Cl") == 3);
  CHECK(complex.hill == "Cl3CoH15N5");
}

TEST_CASE("malformed formulas say what and where") {
  CHECK(problem("") == "Enter a formula, e.g. C5H12N2 or Na2SO4·10H2O");
  CHECK(problem("Xx2") == "Unknown element 'Xx' at position 1");
  CHECK(problem("C6H5Q") == "Unknown element 'Q' at position 5");
  CHECK(problem("c6h6") == "Element symbols start with a capital letter: 'c' at position 1");
  CHECK(problem("(CH3") == "Missing ')'");
  CHECK(problem("CH3)2") == "Unmatched ')' at position 4");
  CHECK(problem("[CH3)") == "Unmatched ')' at position 5");
  CHECK(problem("C6H6!") == "Unexpected character at position 5");
  CHECK(problem("H0") == "A count of 0 at position 2");
  CHECK(problem("Na2SO4·") == "Nothing to weigh at position 8");
  CHECK(problem("C2Xx") == "Unknown element 'Xx' at position 3");
  // Positions count characters, not bytes: the "·" is two bytes but one character.
  CHECK(problem("Na2SO4·10H2Q") == "Unknown element 'Q' at position 12");
  CHECK(problem("Cx") == "Unknown element 'Cx' at position 1");  // not C followed by a stray x
  CHECK(problem("TcO4") == "Element 'Tc' at position 1 has no standard atomic weight (no stable isotope)");
  CHECK(problem("Na()2") == "Empty brackets at position 4");
  CHECK(problem("[]") == "Empty brackets at position 2");
  CHECK(problem("(CH3]") == "Unmatched ']' at position 5");
  CHECK(problem("0H2O") == "A multiplier of 0 at position 1");
  CHECK(problem("C6\tH6") == "Unexpected character at position 3");
  CHECK(problem("C6H5\xC3\xA9") == "Unexpected character at position 5");  // "é"
  CHECK(chem::parse_formula(" C6H6\t").value().hill == "C6H6");            // outer space is fine
}

TEST_CASE("hostile input is refused quickly, never a crash") {
  const auto start = std::chrono::steady_clock::now();
  CHECK(problem(std::string(10000, 'C')) == "A formula longer than 256 characters is refused");
  CHECK(problem(std::string(200, '(') + "H" + std::string(200, ')')) ==
        "A formula longer than 256 characters is refused");
  CHECK(problem(std::string(100, '(') + "H" + std::string(100, ')')) ==
        "Brackets nested deeper than 16 levels");
  // The depth limit sits exactly at 16: 16 levels parse, 17 do not.
  CHECK(chem::parse_formula(std::string(16, '(') + "H" + std::string(16, ')')).ok());
  CHECK(problem(std::string(17, '(') + "H" + std::string(17, ')')) ==
        "Brackets nested deeper than 16 levels");
  CHECK(problem(std::string(200, '[')) == "Brackets nested deeper than 16 levels");
  CHECK(problem("C1000000000000") == "A count above 1000000 is outside this tool's range");
  CHECK(problem("(H)1000000000000") == "A count above 1000000 is outside this tool's range");
  CHECK(problem("1000000000000H2O") == "A count above 1000000 is outside this tool's range");
  CHECK(problem("H" + std::string(250, '9')) == "A count above 1000000 is outside this tool's range");
  CHECK(problem("(((H999999)999999)999999)") ==
        "More than 1000000 atoms of one element is outside this tool's range");
  CHECK(problem("999999H2O") == "More than 1000000 atoms of one element is outside this tool's range");
  CHECK(problem("\xC2\xB7\xC2") == "Nothing to weigh at position 1");
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(1));
}
