// Numbers as a chemist writes them: significant figures, units, no "-0", no NaN.
#pragma once

#include <string>

namespace app {

// value with `significant` significant figures, plain decimal notation for
// 1e-3 <= |value| < 1e6 and scientific (×10ⁿ) outside; trailing zeros kept
// because they carry the precision ("2.50").
std::string format_sig(double value, int significant = 3);

// An exponent in Unicode superscript digits: -4 -> "⁻⁴".
std::string superscript(int exponent);

// "2.50 mL", or for volumes under 1 mL "0.250 mL (250 µL)", as pipettes read.
std::string format_volume_ml(double millilitres);

// "2.50 g", or "250 mg" below 1 g.
std::string format_mass_g(double grams);

}  // namespace app
