// The browser side of ui::Host: the clipboard API, the DOM text mirror, the
// accessible form and the test hooks, all as messages to the page
// (platform/page_bridge.hpp).
#pragma once

#include "platform/page_bridge.hpp"
#include "ui/host.hpp"

namespace platform {

class WebHost : public ui::Host {
 public:
  WebHost();
  void copy_text(const std::string& text) override;
  void save_file(const std::string& filename, const std::string& mime_type,
                 const std::vector<uint8_t>& bytes) override;
  void save_png(const std::string& filename, const std::vector<uint8_t>& rgba, int width,
                int height) override;
  void publish_mirror(const std::string& tool, const app::Report& report) override;
  void print_card(const std::string& tool, const std::string& title, const ui::WidgetRect* plot) override;
  bool card_ready() override;
  void want_card() override;
  bool test_hooks_enabled() const override { return test_hooks_; }
  void publish_widget_rects(const std::vector<ui::WidgetRect>& rects) override;
  std::string initial_query() const override;
  std::string stored_state() const override;
  void persist_state(const std::string& query, bool embed) override;
  std::string page_address() const override;
  bool prefers_dark_theme() const override;
  void publish_text_fields(const std::vector<ui::WidgetRect>& fields, bool editing, bool keypad_on) override;
  void publish_controls(const std::string& lines) override;
  void publish_keyboard_focus(const std::string& name) override;
  std::string take_control_commands() override;
  using TouchSample = page::TouchSample;
  static std::vector<TouchSample> take_touch_samples();
  // Whether the accessible form has commands waiting (an idle app wakes for them).
  static bool has_control_commands();
  void share_text(const std::string& title, const std::string& text, bool dark) override;
  CopyStatus last_copy_status() const override;
  void open_url(const std::string& url) override;
  bool offers_offline_copy() const override;
  void download_offline_copy() override;
  void publish_content_height(float height_px) override;
  // Text typed on a soft keyboard (through the page's hidden input) since the
  // last call; "\b" is backspace, "\n" is enter.
  static std::string take_soft_keyboard_input();

  // The page shell hides its loading screen after the first frame and counts
  // frames so tests can check that an idle page draws nothing.
  // Tells the page a frame was drawn, with the CPU time it took (input,
  // models, ImGui, GL calls) and the size of the wasm memory.
  // `more_frames_wanted`: the layout is still settling (tests wait for it).
  // `drawn`: false when the frame looked like the last and was not drawn again.
  static void frame_rendered(double cpu_ms, bool more_frames_wanted, bool drawn);
  // No frame after one that wanted more: the layout has settled after all.
  static void settled();

 private:
  bool test_hooks_ = false;
  int published_height_px_ = -1;
};

}  // namespace platform
