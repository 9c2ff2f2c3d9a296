// A report entry's shown value by key, as the page's mirror reads it ("" when absent).
#pragma once

#include <string>
#include <vector>

#include "app/report.hpp"

inline std::string mirror_value(const std::vector<app::ReportEntry>& entries, const std::string& key) {
  for (const auto& e : entries)
    if (e.key == key) return e.value;
  return "";
}
