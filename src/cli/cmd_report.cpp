// diazepane-bench report '<permalink>': the page's own report of one tool, as
// the clipboard protocol (app::report_text) or, with --lines, as the lines the
// page's DOM mirror receives (app::report_lines). The state is decoded and the
// tool evaluated by src/app, exactly as a freshly opened page does.
#include <cstdio>

#include "app/state_codec.hpp"
#include "app/tool_report.hpp"
#include "cli/commands.hpp"

namespace cli {
namespace {

// The query of a whole permalink ("https://…/?tool=workup&…#x"), or the query itself.
std::string_view query_of(std::string_view link) {
  const size_t question = link.find('?');
  if (question != std::string_view::npos) link.remove_prefix(question + 1);
  return link.substr(0, link.find('#'));
}

// Whether the query names its tool: without one the page would show the tool
// it last showed, which a script cannot know.
bool names_tool(std::string_view query) {
  while (!query.empty()) {
    const size_t end = query.find('&');
    std::string key;
    if (app::percent_decode(query.substr(0, query.substr(0, end).find('=')), key) && key == "tool")
      return true;
    query = end == std::string_view::npos ? std::string_view() : query.substr(end + 1);
  }
  return false;
}

bool is_known_key(app::AppState& state, const std::string& key) {
  for (const auto& field : app::state_fields(state))
    if (field.key == key) return true;
  return false;
}

}  // namespace

int run_report(const Words& words) {
  bool lines = false;
  std::string link;
  int links = 0;
  for (const auto& word : words) {
    if (word == "--lines") {
      lines = true;
    } else if (word.rfind("--", 0) == 0) {
      return fail("report", word.substr(2), "unknown option (only --lines)");
    } else {
      link = word;
      ++links;
    }
  }
  if (links != 1)
    return fail("report", "permalink", "give exactly one permalink or its query, e.g. 'tool=workup'");
  const std::string_view query = query_of(link);
  app::AppState state;
  const app::DecodeReport decoded = app::decode_state(state, query);
  if (!decoded.rejected.empty()) {
    std::string key = decoded.rejected.front();
    for (char& c : key)
      if (static_cast<unsigned char>(c) < 0x20) c = ' ';  // one line on stderr, whatever was sent
    return fail("report", key, is_known_key(state, key) ? "value not accepted" : "unknown key or malformed");
  }
  if (!names_tool(query)) {
    return fail("report", "tool", "missing: add tool=workup, alkylation, cyclization, route or guide");
  }
  const app::ToolReport report = app::tool_report(state, state.tool);
  std::fputs(lines ? app::report_lines(report.report).c_str()
                   : app::report_text(report.title, report.report).c_str(),
             stdout);
  // The report says what is wrong (as the page does); the status tells a script.
  if (report.error) return fail("report", report.error->field, report.error->message);
  return 0;
}

}  // namespace cli
