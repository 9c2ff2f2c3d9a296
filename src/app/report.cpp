#include "app/report.hpp"

#include "app/csv.hpp"
#include "app/text_field.hpp"

namespace app {

const char* report_kind_name(ReportKind kind) {
  switch (kind) {
    case ReportKind::input:
      return "input";
    case ReportKind::result:
      return "result";
    case ReportKind::status:
      return "status";
    case ReportKind::step:
      return "step";
    case ReportKind::warning:
      return "warning";
    case ReportKind::source:
      return "source";
  }
  return "result";
}

const ReportEntry* find_entry(const Report& report, std::string_view key) {
  for (const auto& entry : report)
    if (entry.key == key) return &entry;
  return nullptr;
}

void mark_stale(Report& report) {
  for (auto& entry : report) {
    if (entry.kind == ReportKind::result || entry.kind == ReportKind::step ||
        entry.kind == ReportKind::warning)
      entry.stale = true;
  }
}

void write_report_records(RecordWriter& out, const Report& report, TypesetFunction typeset) {
  auto typeset_field = [typeset](const std::string& text) {
    std::string set = typeset(text);
    return set == text ? std::string() : set;
  };
  for (const auto& entry : report) {
    std::string flags = entry.stale ? "stale" : "";
    if (entry.done) flags += flags.empty() ? "done" : " done";
    out.field(entry.key).field(entry.label).field(entry.value).field(report_kind_name(entry.kind));
    out.field(flags).field(entry.detail);
    if (typeset)
      out.field(typeset_field(entry.label))
          .field(typeset_field(entry.value))
          .field(typeset_field(entry.detail));
    out.end();
  }
}

std::string report_lines(const Report& report, TypesetFunction typeset) {
  RecordWriter out;
  write_report_records(out, report, typeset);
  return out.take();
}

namespace {

void add_section(std::string& out, const Report& report, ReportKind kind, const char* heading) {
  std::string lines;
  int number = 0;
  for (const auto& entry : report) {
    if (entry.kind != kind) continue;
    const std::string mark = entry.stale ? " [STALE]" : "";
    if (kind == ReportKind::step) {
      lines += std::to_string(++number) + ". " + (entry.done ? "[x] " : "[ ] ") + entry.value + "." +
               (entry.detail.empty() ? "" : " " + entry.detail) + mark + "\n";
    } else if (kind == ReportKind::source || kind == ReportKind::warning) {
      lines += "- " + entry.value + mark + "\n";
    } else {
      lines += "- " + entry.label + ": " + entry.value + mark + "\n";
    }
  }
  if (!lines.empty()) out += std::string(heading) + ":\n" + lines;
}

}  // namespace

std::string report_text(const std::string& title, const Report& report) {
  std::string out = title + "\n";
  for (const auto& entry : report) {
    if (entry.stale) {
      out += "STALE: " + std::string(kStaleText) + "; lines marked [STALE] belong to it.\n";
      break;
    }
  }
  add_section(out, report, ReportKind::status, "Notes");
  add_section(out, report, ReportKind::input, "Inputs");
  add_section(out, report, ReportKind::result, "Results");
  add_section(out, report, ReportKind::step, "Steps");
  add_section(out, report, ReportKind::warning, "Safety");
  add_section(out, report, ReportKind::source, "Sources");
  return ascii_text(out);
}

}  // namespace app
