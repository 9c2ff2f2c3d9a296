// Records: the one text format in which lists travel between the app and the
// page (web/js/records.js), and which `diazepane-bench report --lines` prints.
// A body is records, each ending with a newline; a record is fields separated
// by tabs. Inside a field a backslash, a tab and a newline are written \\, \t
// and \n, so any text travels unchanged. docs/PAGE_MESSAGES.md lists the
// fields of every message.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace app {

class RecordWriter {
 public:
  RecordWriter& field(std::string_view text);
  // A number as the page reads it back (Number()): "%.*f".
  RecordWriter& field(double number, int decimals);
  RecordWriter& flag(bool on) { return field(on ? "1" : ""); }
  // Ends the record (every record, the last one too).
  void end();
  const std::string& text() const { return text_; }
  std::string take() { return std::move(text_); }

 private:
  std::string text_;
  bool record_open_ = false;
};

using Record = std::vector<std::string>;
// The records of `text`, fields unescaped. "" is no record; "\n" is one
// record of one empty field.
std::vector<Record> read_records(std::string_view text);

}  // namespace app
