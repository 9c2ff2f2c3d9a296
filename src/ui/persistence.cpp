#include "ui/persistence.hpp"

#include "app/state_codec.hpp"
#include "imgui.h"
#include "ui/touch_scroll.hpp"

namespace ui {
namespace {

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size() && i < 6; ++i) out += (i ? ", " : "") + items[i];
  if (items.size() > 6) out += " and " + std::to_string(items.size() - 6) + " more";
  return out;
}

}  // namespace

void restore_state(app::AppState& state, app::AppSession& session, Host& host) {
  state.theme = host.prefers_dark_theme() ? app::Theme::dark : app::Theme::light;
  std::string notice;
  const std::string stored = host.stored_state();
  if (!stored.empty()) {
    const app::DecodeReport report = app::decode_state(state, stored);
    if (!report.rejected.empty()) {
      notice =
          "Some saved inputs could not be restored and were reset to defaults: " + joined(report.rejected) +
          ".";
    }
  }
  // A first visit (no link, nothing saved) starts on the seed's own reaction,
  // diamine + dihalide. A link or saved state without the key keeps one
  // precursor, so every link made before the choice shows what it showed.
  if (stored.empty() && host.initial_query().empty()) state.cyclization.components = app::Components::two;
  const app::DecodeReport from_url = app::decode_state(state, host.initial_query());
  session.embed = from_url.embed;
  if (!from_url.rejected.empty()) {
    notice += (notice.empty() ? "" : " ") +
              std::string(
                  "Some parts of the link were not understood and were "
                  "ignored: ") +
              joined(from_url.rejected) + ".";
  }
  session.notice = notice;
  session.select_tool = state.tool;
}

void persist_state_if_changed(app::AppState& state, app::AppSession& session, Host& host) {
  // While a slider is dragged the state changes every frame; encoding and
  // storing it each time cost a quarter of the frame on a slow tablet. The
  // value the finger or mouse lets go of is stored on the release frame.
  if (pointer_drag_in_progress()) return;
  std::string query = app::encode_state(state);
  if (query == session.persisted_query) return;
  session.persisted_query = query;
  host.persist_state(query, session.embed);
}

void note_link_change(app::AppState& before, app::AppState& after, app::AppSession& session,
                      const char* source) {
  session.select_tool = after.tool;
  const std::vector<std::string> changes = app::describe_changes(before, after);
  if (changes.empty()) return;  // nothing the user typed was replaced
  std::string text;
  for (size_t i = 0; i < changes.size() && i < 4; ++i) text += (i ? "; " : "") + changes[i];
  if (changes.size() > 4) text += " and " + std::to_string(changes.size() - 4) + " more";
  session.link_change = "From " + std::string(source) + ": " + text + ".";
  session.state_before_link = app::encode_state(before);
}

void undo_link(app::AppState& state, app::AppSession& session) {
  if (session.state_before_link.empty()) return;
  // The inputs go back; the tool in view stays, so the old values are seen.
  const app::Tool in_view = state.tool;
  app::decode_state(state, session.state_before_link);
  state.tool = in_view;
  session.select_tool = in_view;
  // The restored ticks belong to the restored amounts: measure afresh.
  session.last_valid_workup.reset();
  session.shown_workup_lah_g.reset();
  session.ticks_lah_g.reset();
  session.link_change.clear();
  session.state_before_link.clear();
}

}  // namespace ui
