// Every item a person can press or type into on the canvas is also a control
// of the accessible form, under the name its widget is tagged with, so a
// screen reader reaches all of it. Items are found with Dear ImGui's own item
// hooks (ui/item_probe.hpp), not with our helpers: a button drawn with a bare
// ImGui::Button would be found, and fail. Each tool is drawn at desktop and
// phone width; every button, toggle, checkbox and header is pressed once from
// the tool's first state, and what that reveals (a menu, a section, a mode's
// fields) is pressed once more.
#include <doctest/doctest.h>

#include <cfloat>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "app/app_state.hpp"
#include "app/records.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "ui/app_ui.hpp"
#include "ui/fonts.hpp"
#include "ui/item_probe.hpp"
#include "ui/theme.hpp"

namespace {

class ProbeHost : public ui::Host {
 public:
  void copy_text(const std::string&) override {}
  void save_file(const std::string&, const std::string&, const std::vector<uint8_t>&) override {}
  void save_png(const std::string&, const std::vector<uint8_t>&, int, int) override {}
  void publish_mirror(const std::string&, const app::Report&) override {}
  bool test_hooks_enabled() const override { return true; }
  void publish_widget_rects(const std::vector<ui::WidgetRect>& rects) override { rects_ = rects; }
  std::string initial_query() const override { return ""; }
  std::string stored_state() const override { return ""; }
  void persist_state(const std::string&, bool) override {}
  std::string page_address() const override { return "https://example.org/"; }
  bool prefers_dark_theme() const override { return false; }
  bool offers_offline_copy() const override { return true; }
  void publish_text_fields(const std::vector<ui::WidgetRect>&, bool, bool) override {}
  void publish_controls(const std::string& lines) override {
    controls_.clear();
    for (const auto& record : app::read_records(lines))
      if (record.size() >= 3) controls_.insert(record[2]);  // section, kind, name, ...
  }

  std::vector<ui::WidgetRect> rects_;
  std::set<std::string> controls_;
};

// Items whose place is tagged but that are no control of the form, and why.
const std::map<std::string, std::string> kNotInForm = {
    {"app.tool_select", "the phone's tool list: its choices are the form's tab list (tab.*)"},
};
// A plot's area is a pointer readout; its values are the plot's CSV export and the mirror.
bool is_plot_area(const std::string& name) {
  return name.size() > 5 && name.compare(name.size() - 5, 5, ".area") == 0;
}

// One font atlas, built once, shared by every screen's own ImGui context.
struct SharedFonts {
  ImGuiContext* owner = nullptr;
  ui::Fonts fonts;
  SharedFonts() {
    owner = ImGui::CreateContext();
    fonts = ui::load_fonts(1.0f, 1.0f);
  }
  ~SharedFonts() { ImGui::DestroyContext(owner); }
};

SharedFonts& shared_fonts() {
  static SharedFonts fonts;
  return fonts;
}

struct Screen {
  ImGuiContext* imgui;
  ProbeHost host;
  ui::UiContext ctx{host};
  app::AppState state;
  app::AppSession session;
  ImVec2 size;

  Screen(app::Tool tool, ImVec2 display, bool embed)
      : imgui(ImGui::CreateContext(shared_fonts().owner->IO.Fonts)), size(display) {
    ImGui::GetIO().IniFilename = nullptr;
    ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    ui::apply_theme(app::Theme::light, 1.0f);
    ctx.fonts = shared_fonts().fonts;
    state.tool = tool;
    session.embed = embed;
    session.select_tool = tool;
  }
  ~Screen() { ImGui::DestroyContext(imgui); }
  Screen(const Screen&) = delete;
  Screen& operator=(const Screen&) = delete;

  std::vector<ui::ProbedItem> frame() {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = size;
    io.DeltaTime = 1.0f / 60;
    ui::start_item_probe();
    ImGui::NewFrame();
    ctx.begin_frame();
    ctx.text_fields.keypad_on = state.keypad_on;
    ui::draw_app(state, session, ctx);
    ctx.end_frame();
    ImGui::Render();
    return ui::take_probed_items();
  }

  // Frames until the curves are built and the layout has settled.
  std::vector<ui::ProbedItem> settle() {
    std::vector<ui::ProbedItem> items;
    for (int i = 0; i < 40; ++i) {
      items = frame();
      if (i >= 3 && !ctx.tags.layout_moved() && !ctx.frames.take_next_frame_request()) break;
    }
    return items;
  }

  void click(const ui::ProbedItem& item) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(item.x + item.width / 2, item.y + item.height / 2);
    frame();
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
    frame();
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
    frame();
    io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
  }

  // The names tagged over the item's centre.
  std::vector<std::string> names_at(const ui::ProbedItem& item) const {
    const float cx = item.x + item.width / 2, cy = item.y + item.height / 2;
    std::vector<std::string> names;
    for (const auto& rect : host.rects_) {
      if (cx >= rect.x && cx <= rect.x + rect.width && cy >= rect.y && cy <= rect.y + rect.height)
        names.push_back(rect.name);
    }
    return names;
  }

  // "" when the item is a control of the form (or exempt), else what is wrong.
  std::string coverage_problem(const ui::ProbedItem& item) const {
    const std::vector<std::string> names = names_at(item);
    for (const auto& name : names) {
      if (host.controls_.count(name) || host.controls_.count(name + ".0") || is_plot_area(name)) return "";
      if (kNotInForm.count(name)) return "";
    }
    std::string tags;
    for (const auto& name : names) tags += " " + name;
    return "\"" + item.label + "\" tagged [" + tags + " ] has no control of the form";
  }
};

bool pressable(const ui::ProbedItem& item) {
  return !(item.status_flags & ImGuiItemStatusFlags_Inputable) && item.label != "plot";
}

struct Coverage {
  std::set<std::string> problems;
  std::set<std::string> items_seen;
  int presses = 0;
};

void check(const Screen& screen, const std::vector<ui::ProbedItem>& items, const std::string& where,
           Coverage& coverage) {
  for (const auto& item : items) {
    coverage.items_seen.insert(item.label);
    const std::string problem = screen.coverage_problem(item);
    if (!problem.empty()) coverage.problems.insert(where + ": " + problem);
  }
}

std::string item_key(const ui::ProbedItem& item) { return std::to_string(item.id); }

// Presses each pressable item of the first state once; each item that press
// revealed is pressed once more, after pressing the first again.
void crawl(app::Tool tool, ImVec2 display, bool embed, const std::string& where, Coverage& coverage) {
  std::vector<ui::ProbedItem> first;
  std::set<std::string> tool_tabs;  // pressing one shows another tool, crawled on its own
  {
    Screen screen(tool, display, embed);
    first = screen.settle();
    check(screen, first, where, coverage);
    for (const auto& item : first)
      for (const auto& name : screen.names_at(item))
        if (name.rfind("tab.", 0) == 0) tool_tabs.insert(item_key(item));
  }
  std::set<std::string> known;
  for (const auto& item : first) known.insert(item_key(item));
  for (const auto& item : first) {
    if (!pressable(item) || tool_tabs.count(item_key(item))) continue;
    Screen screen(tool, display, embed);
    screen.settle();
    screen.click(item);
    ++coverage.presses;
    const std::vector<ui::ProbedItem> revealed = screen.settle();
    check(screen, revealed, where + " after \"" + item.label + "\"", coverage);
    for (const auto& next : revealed) {
      if (known.count(item_key(next)) || !pressable(next)) continue;
      known.insert(item_key(next));
      Screen deeper(tool, display, embed);
      deeper.settle();
      deeper.click(item);
      deeper.settle();
      deeper.click(next);
      ++coverage.presses;
      check(deeper, deeper.settle(), where + " after \"" + item.label + "\", \"" + next.label + "\"",
            coverage);
    }
  }
}

}  // namespace

TEST_CASE("every item that can be pressed or typed into is a control of the accessible form") {
  REQUIRE(ui::item_probe_available());
  Coverage coverage;
  const std::pair<const char*, app::Tool> tools[] = {{"workup", app::Tool::workup},
                                                     {"alkylation", app::Tool::alkylation},
                                                     {"cyclization", app::Tool::cyclization},
                                                     {"route", app::Tool::route},
                                                     {"guide", app::Tool::guide}};
  for (const auto& [name, tool] : tools) {
    crawl(tool, ImVec2(1280, 6000), false, std::string(name) + " at 1280 px", coverage);
    crawl(tool, ImVec2(390, 9000), false, std::string(name) + " at 390 px", coverage);
  }
  crawl(app::Tool::cyclization, ImVec2(800, 6000), true, "cyclization embedded", coverage);
  MESSAGE(coverage.items_seen.size() << " distinct items, " << coverage.presses << " presses");
  // The crawl must have reached the buttons the form once missed.
  for (const char* label : {"Remove", "Add a run", "Clear ticks", "Open in the Workup tool", "Export CSV",
                            "Export PNG", "Menu", "Open in full app"}) {
    bool seen = false;
    for (const auto& item : coverage.items_seen) seen |= item.rfind(label, 0) == 0;
    CHECK_MESSAGE(seen, "never drawn: " << label);
  }
  for (const auto& problem : coverage.problems) FAIL_CHECK(problem);
  CHECK(coverage.problems.empty());
}
