#include "app/tool_report.hpp"

#include "app/fit_state.hpp"
#include "app/troubleshooting.hpp"

namespace app {

const char* tool_title(Tool tool) {
  switch (tool) {
    case Tool::workup:
      return kWorkupTitle;
    case Tool::alkylation:
      return "Mono- versus bis-alkylation of a diamine";
    case Tool::cyclization:
      return "Ring closure versus oligomerisation";
    case Tool::route:
      return "Schmidt ring expansion and lactam reduction";
    case Tool::guide:
      return "Troubleshooting guide";
  }
  return kWorkupTitle;
}

namespace {

void append(Report& to, const Report& from) { to.insert(to.end(), from.begin(), from.end()); }

}  // namespace

ToolReport tool_report(const AppState& state, Tool tool) {
  ToolReport out{tool_title(tool), {}, std::nullopt};
  FitCache fits;  // a fresh page: no fit computed yet
  switch (tool) {
    case Tool::workup: {
      const WorkupView view = evaluate_workup(state.workup, std::nullopt);
      out.report = workup_report(state.workup, view);
      out.error = view.error;
      break;
    }
    case Tool::alkylation: {
      const AlkylationView view = evaluate_alkylation(state.alkylation, nullptr);
      out.report = alkylation_report(state.alkylation, view);
      append(out.report, kappa_fit_report(state.alkylation, evaluate_kappa_fit(state.alkylation, fits)));
      out.error = view.error;
      break;
    }
    case Tool::cyclization: {
      CyclizationCache cache;
      const CyclizationView view = evaluate_cyclization(state.cyclization, nullptr, cache, 0);  // whole curve
      out.report = cyclization_report(state.cyclization, view);
      append(out.report, em_fit_report(state.cyclization, evaluate_em_fit(state.cyclization, fits), view));
      append(out.report,
             k_intra_fit_report(state.cyclization, evaluate_k_intra_fit(state.cyclization, fits), view));
      out.error = view.error;
      break;
    }
    case Tool::route: {
      const RouteView view = evaluate_route(state.route, nullptr);
      out.report = route_report(state.route, view);
      out.error = view.error;
      break;
    }
    case Tool::guide:
      out.report = guide_report(state.guide_search.str());
      break;
  }
  return out;
}

}  // namespace app
