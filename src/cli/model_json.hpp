// Every subcommand's JSON says which model produced its numbers: "model" (a
// short name) and "assumptions" (a list of sentences).
#pragma once

#include "chem/model_card.hpp"
#include "cli/json.hpp"

namespace cli {

inline JsonObject& add_model(JsonObject& json, const chem::ModelCard& card) {
  return json.text("model", card.name).texts("assumptions", card.assumptions);
}

}  // namespace cli
