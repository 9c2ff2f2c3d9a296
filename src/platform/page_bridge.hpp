// The app's end of the channel to the page (web/js/bridge.js). Every message
// is a kind and a body of records (app/records.hpp): the app posts messages
// and asks questions, whose answers are strings. Only bytes and numbers in
// bulk (files, pixels, touch samples) take their own typed calls.
// docs/PAGE_MESSAGES.md lists every kind with its fields.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "app/records.hpp"

namespace platform::page {

// A message whose body is already records (app::RecordWriter's text).
void post(const char* kind, const std::string& body);
// A message of one record, each field escaped. A name of its own: with one
// overloaded name, post(kind, {text}) would bind {text} to the std::string
// body and send the text unescaped (a copied protocol cut at its first line).
void post_record(const char* kind, std::initializer_list<std::string_view> fields);
// The page's answer ("" when it has none, or when no page is there).
std::string ask(const char* kind);
bool ask_flag(const char* kind);

void save_file(const std::string& name, const std::string& mime_type, const std::vector<uint8_t>& bytes);
// RGBA rows top to bottom; the browser encodes the PNG.
void save_png(const std::string& name, const std::vector<uint8_t>& rgba, int width, int height);

// A finger's press (0), moves (1) and lift (2), with the DOM events' times.
struct TouchSample {
  int kind;
  double time_s;
  float y_px;
};
std::vector<TouchSample> take_touch_samples();

}  // namespace platform::page
