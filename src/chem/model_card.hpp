// What a model is called and what it assumes, in one place, so the CLI's JSON,
// the on-screen "The model" text and docs/MODELS.md say the same.
#pragma once

#include <string>
#include <vector>

namespace chem {

struct ModelCard {
  std::string name;                      // short machine name, e.g. "fieser-n-n-3n"
  std::vector<std::string> assumptions;  // one sentence each
};

}  // namespace chem
