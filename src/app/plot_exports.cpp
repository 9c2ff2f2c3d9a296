#include "app/plot_exports.hpp"

#include "chem/cyclization_engine.hpp"

namespace app {
namespace {

// The model, in one line: what the curves assume.
constexpr const char* kAlkylationModelNote =
    "model: A + B -> P (k1), P + B -> Q (k2), kappa = k2/k1; perfect mixing; the electrophile B used up";
constexpr const char* kStaleNote = "note: stale - the last valid input's curve, with its parameters";

CsvParameter number(const std::string& name, double value, const std::string& unit = "") {
  return {name, csv_number(value), unit};
}

CsvExport alkylation_base(const AlkylationView& view, const std::string& title) {
  CsvExport csv;
  csv.tool = "Alkylation";
  csv.title = title;
  csv.parameters = {number("kappa (k2/k1 per molecule)", view.kappa)};
  csv.notes = {kAlkylationModelNote};
  if (view.stale) csv.notes.push_back(kStaleNote);
  csv.stale = view.stale;
  csv.source = kAlkylationCitations;
  return csv;
}

// The planner's plots: against N equiv diamine per electrophile.
CsvExport excess_base(const AlkylationView& view, const std::string& title, const std::string& y_note) {
  CsvExport csv = alkylation_base(view, title);
  csv.parameters.push_back(
      number("diamine excess (marked on the plot)", view.protection.outcome.diamine_equiv, "equiv"));
  csv.notes.push_back(y_note);
  csv.columns = {{"diamine excess", "equiv per electrophile", &view.excess.diamine_equiv}};
  return csv;
}

CsvExport cyclization_base(const CyclizationView& view, const std::string& title) {
  const bool batch = view.mode == CyclizationMode::batch;
  CsvExport csv;
  csv.tool = "Cyclization";
  csv.title = title;
  csv.parameters = {
      {"mode", batch ? "batch" : "syringe pump", ""},
      number("ring size", view.ring_size),
      number("EM (k_intra/k_inter)", view.em_molar, "mol/L"),
      number("large-ring EM at 14 ring atoms", view.large_ring_em_molar, "mol/L"),
  };
  if (!batch) {
    csv.parameters.insert(
        csv.parameters.end(),
        {number("precursor amount", view.amount_mmol, "mmol"),
         number("final volume", view.final_volume_ml, "mL"),
         number("starting volume", view.start_volume_ml, "mL"),
         number("C_total (amount / final volume)", view.total_molar, "mol/L"),
         number("k_intra", view.k_intra_per_s, "1/s"),
         number("ring-closure half-life (ln 2 / k_intra)", chem::half_life_hours(view.k_intra_per_s), "h")});
  }
  csv.notes = {
      "model: one kinetic engine - the precursor closes its ring (k_intra) or meets any chain end "
      "(k_inter = k_intra/EM); perfect mixing; irreversible steps; ring yields once the precursor has "
      "reacted"};
  if (view.stale) csv.notes.push_back(kStaleNote);
  csv.stale = view.stale;
  csv.source = kCyclizationCitations;
  return csv;
}

}  // namespace

CsvExport alkylation_fractions_csv(const AlkylationView& view) {
  CsvExport csv = alkylation_base(view, "Fraction of diamine against equivalents of electrophile");
  csv.parameters.push_back(number("equiv electrophile (marked on the plot)", view.equivalents, "equiv"));
  csv.notes.push_back("y: fraction of the diamine (0-1)");
  csv.columns = {{"equiv electrophile", "-", &view.curve.equivalents},
                 {"unreacted", "0-1", &view.curve.unreacted},
                 {"mono", "0-1", &view.curve.mono},
                 {"bis", "0-1", &view.curve.bis}};
  return csv;
}

CsvExport alkylation_excess_csv(const AlkylationView& view) {
  CsvExport csv = excess_base(view, "Fraction of electrophile against diamine excess",
                              "y: fraction of the electrophile (0-1); N equiv diamine is x = 1/N");
  csv.columns.push_back({"mono yield", "0-1", &view.excess.mono_yield});
  csv.columns.push_back({"in bis", "0-1", &view.excess.bis_yield});
  return csv;
}

CsvExport alkylation_ratio_csv(const AlkylationView& view) {
  CsvExport csv =
      excess_base(view, "Mono : bis against diamine excess", "y: mono product per bis product (molar)");
  csv.columns.push_back({"mono/bis", "mol/mol", &view.excess.mono_to_bis});
  return csv;
}

CsvExport cyclization_curve_csv(const CyclizationView& view) {
  const bool batch = view.mode == CyclizationMode::batch;
  CsvExport csv = cyclization_base(view, batch ? "Ring and oligomer against precursor concentration C0"
                                               : "Ring and oligomer against syringe-pump addition time");
  if (batch) {
    csv.parameters.push_back(number("C0 (marked on the plot)", view.c0_molar, "mol/L"));
  } else {
    csv.parameters.push_back(number("addition time (marked on the plot)", view.addition_hours, "h"));
  }
  csv.notes.push_back("y: fraction of the precursor (0-1); the rest is precursor left");
  csv.columns = {{batch ? "C0" : "addition time", batch ? "mol/L" : "h", &view.curve.x},
                 {"ring fraction", "0-1", &view.curve.ring},
                 {"oligomer fraction", "0-1", &view.curve.oligomer}};
  return csv;
}

CsvExport cyclization_course_csv(const CyclizationView& view) {
  CsvExport csv = cyclization_base(view, "Concentrations during the addition and after it");
  csv.parameters.push_back(number("addition time", view.addition_hours, "h"));
  csv.notes.push_back("y: concentrations in monomer units (mol/L); the feed ends at the addition time");
  csv.columns = {{"time", "h", &view.course_h},
                 {"precursor", "mol/L", &view.course_precursor},
                 {"ring", "mol/L", &view.course_ring},
                 {"oligomer", "mol/L", &view.course_oligomer}};
  return csv;
}

}  // namespace app
