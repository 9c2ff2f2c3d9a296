// Writes one JSON object, keys in insertion order, numbers round-trip exact.
// Values are numbers, strings, booleans, null, lists of strings, lists of
// numbers (or null), and lists of objects.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace cli {

class JsonObject {
 public:
  JsonObject& number(const std::string& key, double value);
  JsonObject& text(const std::string& key, const std::string& value);
  JsonObject& null(const std::string& key);
  // A number, or null when there is none (e.g. no steady state).
  JsonObject& number_or_null(const std::string& key, const std::optional<double>& value);
  JsonObject& text_or_null(const std::string& key, const std::optional<std::string>& value);
  JsonObject& texts(const std::string& key, const std::vector<std::string>& values);
  JsonObject& boolean(const std::string& key, bool value);
  // A list of numbers, null where there is none (e.g. an unbounded end of a range).
  JsonObject& numbers_or_null(const std::string& key, const std::vector<std::optional<double>>& values);
  JsonObject& objects(const std::string& key, const std::vector<JsonObject>& values);
  std::string str() const;

 private:
  std::vector<std::pair<std::string, std::string>> members_;  // key, encoded value
};

std::string json_escape(const std::string& text);

}  // namespace cli
