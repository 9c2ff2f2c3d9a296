#include "platform/web_host.hpp"

#include <emscripten/emscripten.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <unordered_map>

#include "app/report.hpp"
#include "ui/typeset.hpp"

// Each EM_JS body runs in the page; window.dzb comes from web/app.js and may
// be missing when the module is loaded by something else, hence the guards.
// clang-format off (JavaScript inside: the C++ formatter would break it)
EM_JS(void, dzb_js_copy_text, (const char* text), {
  if (window.dzb && window.dzb.copyText) window.dzb.copyText(UTF8ToString(text));
});
EM_JS(void, dzb_js_save_file, (const char* name, const char* mime, const uint8_t* bytes, size_t length), {
  if (window.dzb && window.dzb.saveFile) {
    window.dzb.saveFile(UTF8ToString(name), UTF8ToString(mime), HEAPU8.slice(bytes, bytes + length));
  }
});
EM_JS(void, dzb_js_save_png, (const char* name, const uint8_t* rgba, int width, int height), {
  if (window.dzb && window.dzb.savePng)
    window.dzb.savePng(UTF8ToString(name), HEAPU8.slice(rgba, rgba + width * height * 4), width, height);
});
EM_JS(void, dzb_js_publish_mirror, (const char* tool, const char* lines), {
  if (window.dzb && window.dzb.publishMirror)
    window.dzb.publishMirror(UTF8ToString(tool), UTF8ToString(lines));
});
// The card is drawn from the mirror; the plot is read from the canvas once
// this frame has been drawn (the page grabs it after the frame's callback).
EM_JS(void, dzb_js_print_card, (const char* tool, const char* title, float x, float y, float w, float h), {
  if (window.dzb && window.dzb.printCard)
    window.dzb.printCard(UTF8ToString(tool), UTF8ToString(title),
                         w > 0 ? {x, y, width : w, height : h} : null);
});
EM_JS(int, dzb_js_test_hooks_enabled, (), { return (window.dzb && window.dzb.testHooks) ? 1 : 0; });
EM_JS(void, dzb_js_publish_widgets, (const char* json), {
  if (window.dzb && window.dzb.publishWidgets) window.dzb.publishWidgets(JSON.parse(UTF8ToString(json)));
});
// Strings from JS come back as malloc'ed UTF-8 that the caller frees.
EM_JS(char*, dzb_js_string, (int which), {
  const d = window.dzb || {};
  const value = String([ d.initialQuery, d.storedState, d.pageAddress ][which] || "");
  const length = lengthBytesUTF8(value) + 1;
  const pointer = _malloc(length);
  stringToUTF8(value, pointer, length);
  return pointer;
});
EM_JS(void, dzb_js_persist_state, (const char* query, int embed), {
  if (window.dzb && window.dzb.persistState)
    window.dzb.persistState(UTF8ToString(query), embed ? true : false);
});
EM_JS(void, dzb_js_publish_text_fields, (const char* json, int editing, int keypad_on), {
  if (window.dzb && window.dzb.publishTextFields) {
    window.dzb.publishTextFields(JSON.parse(UTF8ToString(json)), editing ? true : false,
                                 keypad_on ? true : false);
  }
});
EM_JS(void, dzb_js_publish_controls, (const char* lines), {
  if (window.dzb && window.dzb.publishControls) window.dzb.publishControls(UTF8ToString(lines));
});
EM_JS(void, dzb_js_publish_keyboard_focus, (const char* name), {
  if (window.dzb && window.dzb.followKeyboardFocus) window.dzb.followKeyboardFocus(UTF8ToString(name));
});
EM_JS(int, dzb_js_take_touch_samples, (double* out, int capacity), {
  const d = window.dzb || {};
  const samples = d.touchSamples || [];
  const count = Math.min(samples.length, capacity);
  for (let i = 0; i < count; i++) HEAPF64.set(samples[i], (out >> 3) + 3 * i);
  d.touchSamples = [];
  return count;
});
EM_JS(int, dzb_js_has_control_commands, (),
      { return (window.dzb && window.dzb.controlCommands && window.dzb.controlCommands.length) ? 1 : 0; });
EM_JS(char*, dzb_js_take_control_commands, (), {
  const d = window.dzb || {};
  if (!d.controlCommands || !d.controlCommands.length) return 0;
  const value = d.controlCommands.join("\n");
  d.controlCommands = [];
  const length = lengthBytesUTF8(value) + 1;
  const pointer = _malloc(length);
  stringToUTF8(value, pointer, length);
  return pointer;
});
EM_JS(char*, dzb_js_take_soft_input, (), {
  const d = window.dzb || {};
  const value = String(d.takeSoftInput ? d.takeSoftInput() : "");
  if (!value) return 0;
  const length = lengthBytesUTF8(value) + 1;
  const pointer = _malloc(length);
  stringToUTF8(value, pointer, length);
  return pointer;
});
EM_JS(void, dzb_js_share_text, (const char* title, const char* text, int dark), {
  if (window.dzb && window.dzb.share) window.dzb.share(UTF8ToString(title), UTF8ToString(text), !!dark);
});
// 0 pending, 1 copied, 2 blocked (ui::Host::CopyStatus).
EM_JS(int, dzb_js_copy_status, (), {
  const status = window.dzb && window.dzb.copyStatus;
  return status == 'copied' ? 1 : (status == 'blocked' ? 2 : 0);
});
EM_JS(void, dzb_js_open_url, (const char* url), {
  if (window.dzb && window.dzb.openUrl) window.dzb.openUrl(UTF8ToString(url));
});
// The offline file itself has no file beside it to offer.
EM_JS(int, dzb_js_offers_offline_copy, (),
      { return (window.dzb && !window.dzb.offlineFile && location.protocol != 'file:') ? 1 : 0; });
EM_JS(void, dzb_js_download_offline_copy, (), {
  if (window.dzb && window.dzb.downloadOfflineCopy) window.dzb.downloadOfflineCopy();
});
EM_JS(void, dzb_js_publish_content_height, (double height), {
  if (window.dzb && window.dzb.publishContentHeight) window.dzb.publishContentHeight(height);
});
EM_JS(void, dzb_js_settled, (), {
  if (window.dzb) window.dzb.settling = false;
});
EM_JS(int, dzb_js_prefers_dark, (), { return (window.dzb && window.dzb.prefersDark) ? 1 : 0; });
EM_JS(void, dzb_js_frame_rendered, (double cpu_ms, double memory_bytes, int settling), {
  if (window.dzb && window.dzb.frameRendered) window.dzb.frameRendered(cpu_ms, memory_bytes, !!settling);
});
// clang-format on

namespace platform {
namespace {

std::string json_string(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

}  // namespace

WebHost::WebHost() : test_hooks_(dzb_js_test_hooks_enabled() != 0) {}

void WebHost::copy_text(const std::string& text) { dzb_js_copy_text(text.c_str()); }

void WebHost::save_file(const std::string& filename, const std::string& mime_type,
                        const std::vector<uint8_t>& bytes) {
  dzb_js_save_file(filename.c_str(), mime_type.c_str(), bytes.data(), bytes.size());
}

void WebHost::save_png(const std::string& filename, const std::vector<uint8_t>& rgba, int width, int height) {
  if (width <= 0 || height <= 0 || rgba.size() < static_cast<size_t>(width) * height * 4) return;
  dzb_js_save_png(filename.c_str(), rgba.data(), width, height);
}

namespace {
// The card's typeset texts, remembered: a keystroke republishes a report
// whose labels and details are the same as before, and only a few values change.
std::string typeset_remembered(const std::string& text) {
  static std::unordered_map<std::string, std::string> remembered;
  if (auto found = remembered.find(text); found != remembered.end()) return found->second;
  if (remembered.size() > 2048) remembered.clear();  // bounded: values change with every input
  return remembered[text] = ui::typeset_chemistry(text);
}
}  // namespace

void WebHost::publish_mirror(const std::string& tool, const app::Report& report) {
  dzb_js_publish_mirror(tool.c_str(), app::report_lines(report, typeset_remembered).c_str());
}

void WebHost::print_card(const std::string& tool, const std::string& title, const ui::WidgetRect* plot) {
  const std::string card_title = ui::typeset_chemistry(title);  // as on screen: LiAlH₄
  if (plot) {
    dzb_js_print_card(tool.c_str(), card_title.c_str(), plot->x, plot->y, plot->width, plot->height);
  } else {
    dzb_js_print_card(tool.c_str(), card_title.c_str(), 0, 0, 0, 0);
  }
}

namespace {
// A string the page malloc'ed for us (or null): copied, then freed.
std::string taken(char* text) {
  std::string out = text ? text : "";
  std::free(text);
  return out;
}

std::string rects_json(const std::vector<ui::WidgetRect>& rects, bool as_object) {
  std::string json = as_object ? "{" : "[";
  char numbers[256];
  for (size_t i = 0; i < rects.size(); ++i) {
    std::snprintf(
        numbers, sizeof numbers,
        "{\"x\":%.1f,\"y\":%.1f,\"width\":%.1f,\"height\":%.1f,\"clipTop\":%.1f,\"clipBottom\":%.1f%s}",
        rects[i].x, rects[i].y, rects[i].width, rects[i].height, rects[i].clip_top, rects[i].clip_bottom,
        rects[i].focused ? ",\"focused\":true" : "");
    json += (i ? "," : "") + (as_object ? json_string(rects[i].name) + ":" : std::string()) + numbers;
  }
  return json + (as_object ? "}" : "]");
}
}  // namespace

void WebHost::publish_text_fields(const std::vector<ui::WidgetRect>& fields, bool editing, bool keypad_on) {
  dzb_js_publish_text_fields(rects_json(fields, false).c_str(), editing, keypad_on);
}

std::string WebHost::take_soft_keyboard_input() { return taken(dzb_js_take_soft_input()); }

void WebHost::publish_controls(const std::string& lines) { dzb_js_publish_controls(lines.c_str()); }

void WebHost::publish_keyboard_focus(const std::string& name) { dzb_js_publish_keyboard_focus(name.c_str()); }

std::vector<WebHost::TouchSample> WebHost::take_touch_samples() {
  constexpr int kCapacity = 64;
  double values[3 * kCapacity];
  const int count = dzb_js_take_touch_samples(values, kCapacity);
  std::vector<TouchSample> samples(static_cast<size_t>(count));
  for (int i = 0; i < count; ++i) {
    samples[i] = {static_cast<int>(values[3 * i]), values[3 * i + 1] / 1000.0,
                  static_cast<float>(values[3 * i + 2])};
  }
  return samples;
}

bool WebHost::has_control_commands() { return dzb_js_has_control_commands() != 0; }

std::string WebHost::take_control_commands() { return taken(dzb_js_take_control_commands()); }

void WebHost::publish_widget_rects(const std::vector<ui::WidgetRect>& rects) {
  dzb_js_publish_widgets(rects_json(rects, true).c_str());
}

namespace {
std::string js_string(int which) { return taken(dzb_js_string(which)); }
}  // namespace

std::string WebHost::initial_query() const { return js_string(0); }
std::string WebHost::stored_state() const { return js_string(1); }
std::string WebHost::page_address() const { return js_string(2); }
void WebHost::persist_state(const std::string& query, bool embed) {
  dzb_js_persist_state(query.c_str(), embed);
}
bool WebHost::prefers_dark_theme() const { return dzb_js_prefers_dark() != 0; }

void WebHost::share_text(const std::string& title, const std::string& text, bool dark) {
  dzb_js_share_text(title.c_str(), text.c_str(), dark ? 1 : 0);
}

ui::Host::CopyStatus WebHost::last_copy_status() const {
  const int status = dzb_js_copy_status();
  return status == 1 ? CopyStatus::copied : status == 2 ? CopyStatus::blocked : CopyStatus::pending;
}

void WebHost::open_url(const std::string& url) { dzb_js_open_url(url.c_str()); }

bool WebHost::offers_offline_copy() const {
  // Asked every frame (the header); the answer never changes while the page lives.
  static const bool offers = dzb_js_offers_offline_copy() != 0;
  return offers;
}
void WebHost::download_offline_copy() { dzb_js_download_offline_copy(); }

void WebHost::publish_content_height(float height_px) {
  // Whole pixels, and only changes: each one may resize the iframe.
  const int rounded = static_cast<int>(std::ceil(height_px));
  if (rounded == published_height_px_) return;
  published_height_px_ = rounded;
  dzb_js_publish_content_height(rounded);
}

void WebHost::frame_rendered(double cpu_ms, bool more_frames_wanted) {
  // Linear memory only grows, so its size is the heap's high-water mark.
  const double memory_bytes = static_cast<double>(__builtin_wasm_memory_size(0)) * 65536.0;
  dzb_js_frame_rendered(cpu_ms, memory_bytes, more_frames_wanted ? 1 : 0);
}

void WebHost::settled() { dzb_js_settled(); }

}  // namespace platform
