// What the views need from the world outside the canvas. The platform layer
// implements it for the browser (clipboard API, DOM) and for the desktop.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/report.hpp"

namespace ui {

struct WidgetRect {
  std::string name;                     // stable test name, e.g. "workup.lah_g"
  float x, y, width, height;            // CSS pixels from the canvas' top-left corner
  bool focused = false;                 // has keyboard focus (keyboard-only use)
  float clip_top = 0, clip_bottom = 0;  // visible band of its scrolling window
};

class Host {
 public:
  virtual ~Host() = default;
  virtual void copy_text(const std::string& text) = 0;
  // Offers bytes as a file: a download in the browser, a file on the desktop.
  virtual void save_file(const std::string& filename, const std::string& mime_type,
                         const std::vector<uint8_t>& bytes) = 0;
  // Offers an image as a PNG file: `rgba` holds width × height × 4 bytes,
  // rows top to bottom. The browser encodes it itself (the page carries no
  // PNG encoder); the desktop uses stb_image_write.
  virtual void save_png(const std::string& filename, const std::vector<uint8_t>& rgba, int width,
                        int height) = 0;
  // Replaces the text mirror of a tool: its report (see app/report.hpp).
  virtual void publish_mirror(const std::string& tool, const app::Report& entries) = 0;
  // The bench card: prints the tool's report (its mirror) with the plot that
  // `plot` frames on the canvas (null when the tool shows none).
  virtual void print_card(const std::string& tool, const std::string& title, const WidgetRect* plot) {
    (void)tool;
    (void)title;
    (void)plot;
  }
  // Whether the card's code is there to take the plot from the frame being
  // drawn. The page loads it after the first frame: a card asked for before
  // then waits (a plot read outside its frame would be blank), and
  // want_card() has the page fetch it at once.
  virtual bool card_ready() { return true; }
  virtual void want_card() {}
  // Browser tests find widgets by name; off unless the page asked for it.
  virtual bool test_hooks_enabled() const = 0;
  virtual void publish_widget_rects(const std::vector<WidgetRect>& rects) = 0;

  // State that outlives the page: the URL the page was opened with, what
  // localStorage kept, and the place both are written back to.
  virtual std::string initial_query() const = 0;
  virtual std::string stored_state() const = 0;
  virtual void persist_state(const std::string& query, bool embed) = 0;
  virtual std::string page_address() const = 0;  // without the query, for links and embed snippets
  virtual bool prefers_dark_theme() const = 0;

  // "Copy link", "Embed this": copies `text` and shows it in a small panel
  // where it can be selected by hand when the clipboard is blocked; `dark`
  // gives the panel the app's theme.
  virtual void share_text(const std::string& title, const std::string& text, bool dark) {
    (void)title;
    (void)dark;
    copy_text(text);
  }
  // What became of the last share_text: the browser answers a moment later.
  enum class CopyStatus { pending, copied, blocked };
  virtual CopyStatus last_copy_status() const { return CopyStatus::copied; }
  // Opens an address in a new browser tab ("Open in full app" from an embed).
  virtual void open_url(const std::string& url) { (void)url; }
  // "Download for offline use": offers the single-file page (the whole app in
  // one HTML file that opens without a server). Only a served page has one.
  virtual bool offers_offline_copy() const { return false; }
  virtual void download_offline_copy() {}
  // Embeds: the height (CSS px) the content needs without scrolling, so the
  // page around the iframe can fit the iframe to it.
  virtual void publish_content_height(float height_px) { (void)height_px; }

  // Touch screens: where the text fields are (so a tap on one can raise the
  // soft keyboard inside the touch handler), and whether one is being edited.
  // With the on-screen keypad on, a tap must not raise the soft keyboard.
  virtual void publish_text_fields(const std::vector<WidgetRect>& fields, bool editing, bool keypad_on) = 0;

  // Screen readers: the controls on screen become a real, visually hidden
  // form beside the canvas (one record each, app/records.hpp: section, kind,
  // name, label, value, state), and what was done in that form comes back as
  // name, value records (a text, a slider position, "press", "1"/"0" for a
  // checkbox).
  virtual void publish_controls(const std::string& lines) { (void)lines; }
  virtual std::string take_control_commands() { return ""; }
  // Focus follows both ways: the form sends the record focus, name when one of its
  // controls gets the focus, and the app names the control that keyboard
  // navigation on the canvas moved to, so the page can move its focus there.
  virtual void publish_keyboard_focus(const std::string& name) { (void)name; }
};

}  // namespace ui
