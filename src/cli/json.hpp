// The JSON object a subcommand prints: nlohmann::ordered_json keeps the keys
// in the order they are set.
#pragma once

#include <cstdio>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "chem/model_card.hpp"

namespace cli {

using Json = nlohmann::ordered_json;

// The value, or null when there is none (e.g. no steady state, an unbounded end of a range).
template <class Value>
Json or_null(const std::optional<Value>& value) {
  return value ? Json(*value) : Json();
}

// Every subcommand's JSON says which model produced its numbers: "model" (a
// short name) and "assumptions" (a list of sentences).
inline void add_model(Json& json, const chem::ModelCard& card) {
  json["model"] = card.name;
  json["assumptions"] = card.assumptions;
}

// Prints `json` on one line of stdout and returns the exit status 0. JSON has
// no NaN or infinity: a non-finite number prints as null (the models never
// produce one); invalid UTF-8 (an argument echoed back) prints as U+FFFD.
inline int print_json(const Json& json) {
  const std::string text = json.dump(-1, ' ', false, Json::error_handler_t::replace);
  std::printf("%s\n", text.c_str());
  return 0;
}

}  // namespace cli
