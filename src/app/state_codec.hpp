// Every input of every tool as a named text value, so that the whole app
// state round-trips through a URL query (permalinks, embed presets) and
// localStorage. Decoding never trusts its input: each value is checked, a bad
// one is skipped (the default stays) and reported for a visible notice.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "app/app_state.hpp"

namespace app {

struct StateField {
  std::string key;  // "workup.lah_g": tool, dot, input
  std::function<std::string()> get;
  std::function<bool(const std::string&)> set;  // false when the value is not acceptable
  // True when the value means nothing now and is left out of links (a row of
  // the fit table beyond those shown); decoding still accepts it.
  std::function<bool()> omit = nullptr;
  std::string alias{};  // the key older links used for it (decoding only)
  bool matches(std::string_view name) const { return name == key || (!alias.empty() && name == alias); }
};

std::vector<StateField> state_fields(AppState& state);

// "tool=workup&workup.mode=g&workup.lah_g=2.5…", percent-encoded. With
// only_current_tool, just the tool in view, the theme and the text size (for
// embed snippets and "Open in full app").
std::string encode_state(AppState& state, bool only_current_tool = false);

struct DecodeReport {
  int applied = 0;
  std::vector<std::string> rejected;  // keys (or a description) that were skipped
  bool embed = false;                 // embed=1: one tool, no surrounding chrome
};

// Applies what it can of `query` (with or without the leading '?').
DecodeReport decode_state(AppState& state, std::string_view query);

// The inputs that differ between two states, one line each:
// "c0 set to 0.5 (was 0.01)" (the key without its tool prefix).
std::vector<std::string> describe_changes(AppState& before, AppState& after);

std::string tool_key(Tool tool);
std::string percent_encode(std::string_view text);
// False for malformed escapes ("%zz", "%4") or a decoded NUL.
bool percent_decode(std::string_view text, std::string& out);

inline constexpr size_t kMaxQueryBytes = 8192;

}  // namespace app
