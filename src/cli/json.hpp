// Writes one flat JSON object, keys in insertion order, numbers round-trip exact.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace cli {

class JsonObject {
 public:
  JsonObject& number(const std::string& key, double value);
  JsonObject& text(const std::string& key, const std::string& value);
  std::string str() const;

 private:
  std::vector<std::pair<std::string, std::string>> members_;  // key, encoded value
};

std::string json_escape(const std::string& text);

}  // namespace cli
