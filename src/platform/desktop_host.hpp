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
  void publish_mirror(const std::string& tool, const std::vector<app::MirrorEntry>& entries) override;
  bool test_hooks_enabled() const override { return false; }
  void publish_widget_rects(const std::vector<ui::WidgetRect>&) override {}
};

}  // namespace platform
