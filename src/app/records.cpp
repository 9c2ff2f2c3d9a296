#include "app/records.hpp"

#include <cstdio>

namespace app {

RecordWriter& RecordWriter::field(std::string_view text) {
  if (record_open_) text_ += '\t';
  record_open_ = true;
  for (char c : text) {
    if (c == '\\')
      text_ += "\\\\";
    else if (c == '\t')
      text_ += "\\t";
    else if (c == '\n')
      text_ += "\\n";
    else
      text_ += c;
  }
  return *this;
}

RecordWriter& RecordWriter::field(double number, int decimals) {
  char digits[64];
  std::snprintf(digits, sizeof digits, "%.*f", decimals, number);
  return field(digits);
}

void RecordWriter::end() {
  text_ += '\n';
  record_open_ = false;
}

std::vector<Record> read_records(std::string_view text) {
  std::vector<Record> records;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    Record& record = records.emplace_back();
    std::string field;
    for (size_t i = start; i < end; ++i) {
      const char c = text[i];
      if (c == '\t') {
        record.push_back(std::move(field));
        field.clear();
      } else if (c == '\\' && i + 1 < end) {
        const char next = text[++i];
        if (next == 't')
          field += '\t';
        else if (next == 'n')
          field += '\n';
        else if (next == '\\')
          field += '\\';
        else
          field.append({c, next});  // not an escape the writer makes: kept as written
      } else {
        field += c;
      }
    }
    record.push_back(std::move(field));
    start = end + 1;
  }
  return records;
}

}  // namespace app
