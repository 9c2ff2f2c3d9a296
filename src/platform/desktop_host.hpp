// The desktop stand-in for the browser: SDL's clipboard, and the text mirror
// printed to stdout when DZB_PRINT_MIRROR is set (handy for checking by eye).
#pragma once

#include "ui/host.hpp"

namespace platform {

class DesktopHost : public ui::Host {
 public:
  void copy_text(const std::string& text) override;
  // Writes the file into the current folder and says where on stdout.
  void save_file(const std::string& filename, const std::string& mime_type,
                 const std::vector<uint8_t>& bytes) override;
  void save_png(const std::string& filename, const std::vector<uint8_t>& rgba, int width,
                int height) override;
  void publish_mirror(const std::string& tool, const app::Report& entries) override;
  bool test_hooks_enabled() const override { return false; }
  void publish_widget_rects(const std::vector<ui::WidgetRect>&) override {}
  // The desktop build starts from defaults, or from DZB_STATE (a query string).
  std::string initial_query() const override;
  std::string stored_state() const override { return ""; }
  void persist_state(const std::string&, bool) override {}
  std::string page_address() const override { return "https://example.org/diazepane-bench/"; }
  bool prefers_dark_theme() const override { return false; }
  void publish_text_fields(const std::vector<ui::WidgetRect>&, bool, bool) override {}
};

}  // namespace platform
