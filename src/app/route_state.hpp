// Inputs of the Route tool (Schmidt ring expansion -> lactam -> LiAlH4) and
// the molar-mass calculator beside it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/text_field.hpp"
#include "chem/schmidt_route.hpp"

namespace app {

struct RouteInputs {
  TextField ketone_formula{"C12H15NO"};
  bool amount_in_mmol = false;
  TextField ketone_amount{"10"};
  chem::SchmidtMethod method = chem::SchmidtMethod::nan3_h2so4;
  TextField azide_equiv{"1.5"};
  TextField portions{"6"};
  TextField addition_min{"60"};
  TextField acid_ml_per_g{"4"};
  TextField tfoh_equiv{"3"};
  TextField lactam_yield_pct{"70"};
  TextField lah_equiv{"2.0"};
  size_t lah_form = 0;  // 0: solid; 1..: kLahSolutionPresets[lah_form - 1]
  TextField reduction_yield_pct{"85"};
  TextField calculator_formula{"Na2SO4·10H2O"};
};

struct RouteView {
  std::optional<chem::InputError> error;
  bool stale = false;
  bool valid = false;
  chem::RouteResult result;
  bool lah_as_solution = false;
  // The molar-mass calculator, independent of the route.
  std::optional<chem::Formula> calculator;
  std::optional<chem::InputError> calculator_error;
};

RouteView evaluate_route(const RouteInputs& inputs, const RouteView* last_valid);
std::vector<MirrorEntry> route_mirror(const RouteInputs& inputs, const RouteView& view);

inline constexpr const char* kRouteCitations =
    "Schmidt reaction of ketones: H. Wolff, Org. React. 1946, 3, 307; azide rearrangements under strong "
    "acid, including TMSN3 with TfOH: S. Lang, J. A. Murphy, Chem. Soc. Rev. 2006, 35, 146. Amounts of acid "
    "are common "
    "practice, not stoichiometry: check them against your procedure.";

}  // namespace app
