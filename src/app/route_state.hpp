// Inputs of the Route tool (Schmidt ring expansion -> lactam -> LiAlH4) and
// the molar-mass calculator beside it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/report.hpp"
#include "app/route_inputs.hpp"
#include "app/text_field.hpp"
#include "chem/schmidt_route.hpp"

namespace app {

// Defaults come from the declarations (route_inputs.hpp).
struct RouteInputs {
  TextField ketone_formula{route_input::kKetoneFormula.default_text};
  bool amount_in_mmol = false;
  TextField ketone_amount{route_input::kKetoneAmount.default_text};
  chem::SchmidtMethod method = chem::SchmidtMethod::nan3_h2so4;
  TextField azide_equiv{route_input::kAzideEquiv.default_text};
  TextField portions{route_input::kPortions.default_text};
  TextField addition_min{route_input::kAdditionMin.default_text};
  TextField acid_ml_per_g{route_input::kAcidMlPerG.default_text};
  TextField tfoh_equiv{route_input::kTfohEquiv.default_text};
  TextField basic_n_equiv{route_input::kBasicNEquiv.default_text};  // each basic N takes 1 equiv TfOH
  TextField lactam_yield_pct{route_input::kLactamYield.default_text};
  TextField lah_equiv{route_input::kLahEquiv.default_text};
  size_t lah_form = 0;  // 0: solid; 1..: kLahSolutionPresets[lah_form - 1]
  TextField reduction_yield_pct{route_input::kReductionYield.default_text};
  TextField calculator_formula{route_input::kCalculatorFormula.default_text};
  size_t preset = 0;  // route_input::kPresets: 0 the planner's own, else a published procedure
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

// Switches the Schmidt method; the portions (and, if needed, the addition
// time) follow the new method's least number (chem::default_portions).
void set_route_method(RouteInputs& inputs, chem::SchmidtMethod method);
std::vector<ReportEntry> route_report(const RouteInputs& inputs, const RouteView& view);

inline constexpr const char* kRouteCitations =
    "Schmidt reaction of ketones: H. Wolff, Org. React. 1946, 3, 307. Amounts of acid are common practice, "
    "not stoichiometry: check them against your procedure.";

// "The model" in short; docs/MODELS.md, section "Ring-expansion route", in full.
inline constexpr const char* kRouteModelText =
    "The model (docs/MODELS.md, Ring-expansion route): the lactam is the ketone + NH, the amine the lactam - "
    "O + H2; yields are your inputs. NaN3 portions: at least as many as keep one portion's heat (about "
    "-390 kJ/mol azide, estimated from formation enthalpies: HN3 from NaN3 in the acid -69, the Schmidt "
    "reaction -320; acid cp 1.39 J/(g K)) within a 25 K rise, from 0 °C to room temperature, 12 K below "
    "HN3's boiling point (semi-batch thermal safety, F. Stoessel, Thermal Safety of Chemical Processes, "
    "Wiley-VCH 2008), and at least 5 min apart (this tool's choice); at least 2 mL acid per g ketone (a "
    "stirrable slurry). TMSN3: at least 1 TfOH per TMSN3 after the basic N, at least 10 parts and at most 5 "
    "mmol per part (this tool's choice). Azide above 2 equiv a caution, above 5 equiv (what Sha et al. 2008 "
    "used) refused; the default 1.5 equiv is the planner's choice. Between 0.1 "
    "and 0.5 mol azide a caution; above 0.5 mol azide no plan: a process-safety assessment first (this "
    "tool's lines). Only the ketone is assumed to react: other groups must survive the acid and LiAlH4.";

}  // namespace app
