// One report per tool: every input, result, step, warning and source the
// tool shows, built once per change. The DOM mirror, the copied protocol and
// the print card all render this one list, so they cannot disagree.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app/records.hpp"
#include "chem/warning_level.hpp"  // chem::WarningLevel

namespace app {

enum class ReportKind {
  input,    // what the user set, as typed
  result,   // a number or sentence computed from the inputs
  status,   // an input problem or a stale note
  step,     // one action of the procedure, in order
  warning,  // a safety or validity caution
  source,   // a citation
};

struct ReportEntry {
  std::string key;    // stable machine name, e.g. "water_first_ml"
  std::string label;  // for people and screen readers
  std::string value;  // formatted, with units
  ReportKind kind = ReportKind::result;
  bool stale = false;    // derived from the last valid input, not from what is typed now
  std::string detail{};  // a step's how and why (empty elsewhere)
  bool done = false;     // a step ticked off on the bench checklist
  // How loud a warning or status is on screen (red for danger); the texts say
  // the same. A fit's verdict uses it too: note for a clean fit.
  chem::WarningLevel level = chem::WarningLevel::caution;
};

using Report = std::vector<ReportEntry>;

// One action of a tool's procedure, before it becomes a step entry.
struct ProtocolStep {
  std::string title;   // the action, with the amount
  std::string detail;  // how and why
};

// The first entry named `key`, or null.
const ReportEntry* find_entry(const Report& report, std::string_view key);

// The machine name of a kind, as published to the page: "input", "result", ...
const char* report_kind_name(ReportKind kind);

// While an input is invalid the view shows the last valid result: every
// result, step and warning derived from it is marked stale.
void mark_stale(Report& report);

// The report as plain ASCII text for the clipboard (people paste it into
// notebooks and e-mails): inputs, results, steps, warnings, sources, with
// every stale line marked (spelled by ascii_text, csv.hpp).
std::string report_text(const std::string& title, const Report& report);

// One record (app/records.hpp) per entry: key, label, value, kind, flags
// ("stale", "done", both or none), detail: the form the page's mirror
// receives. With `typeset` (formulas as chemists write them, LiAlH₄), three
// more fields give the label, value and detail typeset for the printed card,
// each empty when nothing changes; the mirror that screen readers and tests
// read keeps the plain text.
using TypesetFunction = std::string (*)(const std::string&);
void write_report_records(RecordWriter& out, const Report& report, TypesetFunction typeset = nullptr);
std::string report_lines(const Report& report, TypesetFunction typeset = nullptr);

}  // namespace app
