// Chemistry as chemists write it on screen: LiAlH₄, H₂SO₄, Na₂SO₄·10H₂O,
// κ = k₂/k₁. Only the screen (and the printed card) is typeset; the CLI,
// CSV, the text mirror and copied text stay plain ASCII for other tools.
#pragma once

#include <string>

namespace ui {

// `text` with the digits inside chemical formulas turned into subscripts.
// A word is a formula only when it parses wholly as element symbols (and a
// few common groups: Boc, TMS, Tf, Ts, Et, Me, Bn, Ph, Ms) with counts, so
// numbers, units and names ("2.58 L", "1,4-diazepane", "SN2") stay as they are.
std::string typeset_chemistry(const std::string& text);

}  // namespace ui
