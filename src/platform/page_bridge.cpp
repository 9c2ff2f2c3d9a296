#include "platform/page_bridge.hpp"

#include <emscripten/emscripten.h>

#include <cstdlib>

// window.dzb comes from web/js (bundled into app.js) and may be missing when
// the module is loaded by something else, hence the guards.
// clang-format off (JavaScript inside: the C++ formatter would break it)
EM_JS(void, dzb_js_post, (const char* kind, const char* body), {
  if (window.dzb && window.dzb.post) window.dzb.post(UTF8ToString(kind), UTF8ToString(body));
});
// The answer as malloc'ed UTF-8 that the caller frees, or null for "".
EM_JS(char*, dzb_js_ask, (const char* kind), {
  const value = (window.dzb && window.dzb.ask) ? window.dzb.ask(UTF8ToString(kind)) : "";
  if (!value) return 0;
  const length = lengthBytesUTF8(value) + 1;
  const pointer = _malloc(length);
  stringToUTF8(value, pointer, length);
  return pointer;
});
EM_JS(void, dzb_js_save_file, (const char* name, const char* mime, const uint8_t* bytes, size_t length), {
  if (window.dzb && window.dzb.saveFile) {
    window.dzb.saveFile(UTF8ToString(name), UTF8ToString(mime), HEAPU8.slice(bytes, bytes + length));
  }
});
EM_JS(void, dzb_js_save_png, (const char* name, const uint8_t* rgba, int width, int height), {
  if (window.dzb && window.dzb.savePng)
    window.dzb.savePng(UTF8ToString(name), HEAPU8.slice(rgba, rgba + width * height * 4), width, height);
});
EM_JS(int, dzb_js_take_touch_samples, (double* out, int capacity), {
  const d = window.dzb || {};
  const samples = d.touchSamples || [];
  const count = Math.min(samples.length, capacity);
  for (let i = 0; i < count; i++) HEAPF64.set(samples[i], (out >> 3) + 3 * i);
  d.touchSamples = [];
  return count;
});
// clang-format on

namespace platform::page {

void post(const char* kind, const std::string& body) { dzb_js_post(kind, body.c_str()); }

void post_record(const char* kind, std::initializer_list<std::string_view> fields) {
  app::RecordWriter record;
  for (std::string_view field : fields) record.field(field);
  record.end();
  post(kind, record.text());
}

std::string ask(const char* kind) {
  char* answer = dzb_js_ask(kind);
  std::string out = answer ? answer : "";
  std::free(answer);
  return out;
}

bool ask_flag(const char* kind) { return ask(kind) == "1"; }

void save_file(const std::string& name, const std::string& mime_type, const std::vector<uint8_t>& bytes) {
  dzb_js_save_file(name.c_str(), mime_type.c_str(), bytes.data(), bytes.size());
}

void save_png(const std::string& name, const std::vector<uint8_t>& rgba, int width, int height) {
  if (width <= 0 || height <= 0 || rgba.size() < static_cast<size_t>(width) * height * 4) return;
  dzb_js_save_png(name.c_str(), rgba.data(), width, height);
}

std::vector<TouchSample> take_touch_samples() {
  constexpr int kCapacity = 64;
  double values[3 * kCapacity];
  const int count = dzb_js_take_touch_samples(values, kCapacity);
  std::vector<TouchSample> samples(static_cast<size_t>(count));
  for (int i = 0; i < count; ++i) {
    samples[i] = {static_cast<int>(values[3 * i]), values[3 * i + 1] / 1000.0,
                  static_cast<float>(values[3 * i + 2])};
  }
  return samples;
}

}  // namespace platform::page
