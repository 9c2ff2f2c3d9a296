// libFuzzer target: any URL query or localStorage text is decoded without a
// crash, and whatever state results encodes and decodes back to itself.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "app/state_codec.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string query(reinterpret_cast<const char*>(data), size);
  app::AppState state;
  app::decode_state(state, query);
  const std::string encoded = app::encode_state(state);
  app::AppState restored;
  const app::DecodeReport report = app::decode_state(restored, encoded);
  if (!report.rejected.empty() || app::encode_state(restored) != encoded) std::abort();
  return 0;
}
