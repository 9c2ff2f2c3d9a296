// A model result or the reason there is none. Models never return NaN or
// abort: bad input comes back as an InputError naming the field, so the UI can
// put the message next to that field and the CLI can name it on stderr.
#pragma once

#include <optional>
#include <string>
#include <utility>

namespace chem {

struct InputError {
  std::string field;    // machine name of the input, e.g. "lah_g"
  std::string message;  // one sentence for a person, e.g. "LiAlH4 mass must be positive"
};

template <typename Value>
class Outcome {
 public:
  Outcome(Value value) : value_(std::move(value)) {}
  Outcome(InputError error) : error_(std::move(error)) {}

  bool ok() const { return value_.has_value(); }
  const Value& value() const { return *value_; }
  const InputError& error() const { return *error_; }

 private:
  std::optional<Value> value_;
  std::optional<InputError> error_;
};

}  // namespace chem
