#include "platform/web_host.hpp"

#include <cmath>
#include <unordered_map>

#include "app/report.hpp"
#include "platform/page_bridge.hpp"
#include "ui/typeset.hpp"

namespace platform {

WebHost::WebHost() : test_hooks_(page::ask_flag("test-hooks")) {}

void WebHost::copy_text(const std::string& text) { page::post_record("copy", {text}); }

void WebHost::save_file(const std::string& filename, const std::string& mime_type,
                        const std::vector<uint8_t>& bytes) {
  page::save_file(filename, mime_type, bytes);
}

void WebHost::save_png(const std::string& filename, const std::vector<uint8_t>& rgba, int width, int height) {
  page::save_png(filename, rgba, width, height);
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

// One rectangle's record: name, x, y, width, height, clipTop, clipBottom, focused.
void write_rect(app::RecordWriter& out, const ui::WidgetRect& rect) {
  out.field(rect.name).field(rect.x, 1).field(rect.y, 1).field(rect.width, 1).field(rect.height, 1);
  out.field(rect.clip_top, 1).field(rect.clip_bottom, 1).flag(rect.focused).end();
}
}  // namespace

void WebHost::publish_mirror(const std::string& tool, const app::Report& report) {
  app::RecordWriter out;
  out.field(tool).end();
  app::write_report_records(out, report, typeset_remembered);
  page::post("mirror", out.text());
}

void WebHost::print_card(const std::string& tool, const std::string& title, const ui::WidgetRect* plot) {
  const ui::WidgetRect none{};
  const ui::WidgetRect& rect = plot ? *plot : none;  // width 0: no plot on the card
  app::RecordWriter out;
  out.field(tool).field(ui::typeset_chemistry(title));  // as on screen: LiAlH₄
  out.field(rect.x, 1).field(rect.y, 1).field(rect.width, 1).field(rect.height, 1).end();
  page::post("card", out.text());
}

bool WebHost::card_ready() { return page::ask_flag("card-ready"); }

void WebHost::want_card() { page::post_record("card-wanted", {}); }

void WebHost::publish_text_fields(const std::vector<ui::WidgetRect>& fields, bool editing, bool keypad_on) {
  app::RecordWriter out;
  out.flag(editing).flag(keypad_on).end();
  for (const auto& field : fields) write_rect(out, field);
  page::post("text-fields", out.text());
}

std::string WebHost::take_soft_keyboard_input() { return page::ask("soft-input"); }

void WebHost::publish_controls(const std::string& records) { page::post("controls", records); }

void WebHost::publish_keyboard_focus(const std::string& name) { page::post_record("keyboard-focus", {name}); }

std::vector<WebHost::TouchSample> WebHost::take_touch_samples() { return page::take_touch_samples(); }

bool WebHost::has_control_commands() { return page::ask_flag("commands-waiting"); }

std::string WebHost::take_control_commands() { return page::ask("commands"); }

void WebHost::publish_widget_rects(const std::vector<ui::WidgetRect>& rects) {
  app::RecordWriter out;
  for (const auto& rect : rects) write_rect(out, rect);
  page::post("widgets", out.text());
}

std::string WebHost::initial_query() const { return page::ask("initial-query"); }
std::string WebHost::stored_state() const { return page::ask("stored-state"); }
std::string WebHost::page_address() const { return page::ask("page-address"); }
void WebHost::persist_state(const std::string& query, bool embed) {
  page::post_record("state", {query, embed ? "1" : ""});
}
bool WebHost::prefers_dark_theme() const { return page::ask_flag("prefers-dark"); }

void WebHost::share_text(const std::string& title, const std::string& text, bool dark) {
  page::post_record("share", {title, text, dark ? "1" : ""});
}

ui::Host::CopyStatus WebHost::last_copy_status() const {
  const std::string status = page::ask("copy-status");
  return status == "copied"    ? CopyStatus::copied
         : status == "blocked" ? CopyStatus::blocked
                               : CopyStatus::pending;
}

void WebHost::open_url(const std::string& url) { page::post_record("open-url", {url}); }

bool WebHost::offers_offline_copy() const {
  // Asked every frame (the header); the answer never changes while the page lives.
  static const bool offers = page::ask_flag("offers-offline-copy");
  return offers;
}
void WebHost::download_offline_copy() { page::post_record("offline-copy", {}); }

void WebHost::publish_content_height(float height_px) {
  // Whole pixels, and only changes: each one may resize the iframe.
  const int rounded = static_cast<int>(std::ceil(height_px));
  if (rounded == published_height_px_) return;
  published_height_px_ = rounded;
  page::post_record("content-height", {std::to_string(rounded)});
}

void WebHost::frame_rendered(double cpu_ms, bool more_frames_wanted, bool drawn) {
  // Linear memory only grows, so its size is the heap's high-water mark.
  const double memory_bytes = static_cast<double>(__builtin_wasm_memory_size(0)) * 65536.0;
  app::RecordWriter out;
  out.field(cpu_ms, 3).field(memory_bytes, 0).flag(more_frames_wanted).flag(drawn).end();
  page::post("frame", out.text());
}

void WebHost::settled() { page::post_record("settled", {}); }

}  // namespace platform
