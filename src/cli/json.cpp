#include "cli/json.hpp"

#include <cmath>
#include <cstdio>

namespace cli {

std::string json_escape(const std::string& text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20) {
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
          out += buffer;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

JsonObject& JsonObject::number(const std::string& key, double value) {
  char buffer[40];
  // JSON has no NaN or infinity; models never produce them, but stay valid JSON.
  if (!std::isfinite(value)) {
    members_.emplace_back(key, "null");
  } else {
    std::snprintf(buffer, sizeof buffer, "%.17g", value);
    members_.emplace_back(key, buffer);
  }
  return *this;
}

JsonObject& JsonObject::text(const std::string& key, const std::string& value) {
  members_.emplace_back(key, json_escape(value));
  return *this;
}

JsonObject& JsonObject::null(const std::string& key) {
  members_.emplace_back(key, "null");
  return *this;
}

JsonObject& JsonObject::number_or_null(const std::string& key, const std::optional<double>& value) {
  return value ? number(key, *value) : null(key);
}

JsonObject& JsonObject::text_or_null(const std::string& key, const std::optional<std::string>& value) {
  return value ? text(key, *value) : null(key);
}

JsonObject& JsonObject::texts(const std::string& key, const std::vector<std::string>& values) {
  std::string list = "[";
  for (size_t i = 0; i < values.size(); ++i) list += (i ? ", " : "") + json_escape(values[i]);
  members_.emplace_back(key, list + "]");
  return *this;
}

JsonObject& JsonObject::boolean(const std::string& key, bool value) {
  members_.emplace_back(key, value ? "true" : "false");
  return *this;
}

JsonObject& JsonObject::numbers_or_null(const std::string& key,
                                        const std::vector<std::optional<double>>& values) {
  std::string list = "[";
  for (size_t i = 0; i < values.size(); ++i) {
    // Encoded by number() so that the list's numbers read exactly like the others.
    const std::string one = values[i] ? JsonObject().number("v", *values[i]).members_[0].second : "null";
    list += (i ? ", " : "") + one;
  }
  members_.emplace_back(key, list + "]");
  return *this;
}

JsonObject& JsonObject::objects(const std::string& key, const std::vector<JsonObject>& values) {
  std::string list = "[";
  for (size_t i = 0; i < values.size(); ++i) list += (i ? ", " : "") + values[i].str();
  members_.emplace_back(key, list + "]");
  return *this;
}

std::string JsonObject::str() const {
  std::string out = "{";
  for (size_t i = 0; i < members_.size(); ++i) {
    if (i) out += ", ";
    out += json_escape(members_[i].first) + ": " + members_[i].second;
  }
  return out + "}";
}

}  // namespace cli
