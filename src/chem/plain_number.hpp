// Numbers inside model texts (warnings, steps), written as a chemist reads
// them: "260", "0.52", "1.3", never "2.6e+02".
#pragma once

#include <string>

namespace chem {

// `significant` figures in plain decimal notation, trailing zeros dropped;
// integers above the precision are rounded ("261.4" at 2 figures is "260",
// "5.0" is "5").
std::string plain_number(double value, int significant);

// Two figures with a unit that keeps the number short: "520 mg", "5.2 g",
// "1400 kg"; "850 mL", "2.9 L".
std::string mass_text(double grams);
std::string volume_text(double millilitres);

}  // namespace chem
