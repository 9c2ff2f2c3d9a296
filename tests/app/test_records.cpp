// The app's half of the records format (app/records.hpp); the page's half,
// web/js/records.js, is checked on the same cases by tests/web/records.test.mjs.
#include <doctest/doctest.h>

#include "app/records.hpp"

TEST_CASE("records: any text round-trips, tabs, newlines and backslashes included") {
  app::RecordWriter out;
  out.field("a\tb").field("line 1\nline 2").field("C:\\path\\n").end();
  out.field("").end();
  out.field("x").field("").field("y").end();
  const std::vector<app::Record> expected{{"a\tb", "line 1\nline 2", "C:\\path\\n"}, {""}, {"x", "", "y"}};
  CHECK(app::read_records(out.text()) == expected);
}

TEST_CASE("records: the exact spelling both sides share") {
  app::RecordWriter out;
  out.field("a\tb").field("c\\d").field("e\nf").end();
  CHECK(out.text() == "a\\tb\tc\\\\d\te\\nf\n");
  CHECK(app::read_records("a\\tb\tc\\\\d\te\\nf\n") == std::vector<app::Record>{{"a\tb", "c\\d", "e\nf"}});
}

TEST_CASE("records: an empty body is no record, a bare newline one empty field") {
  CHECK(app::read_records("").empty());
  CHECK(app::read_records("\n") == std::vector<app::Record>{{""}});
  CHECK(app::read_records("last without newline") == std::vector<app::Record>{{"last without newline"}});
}

TEST_CASE("records: an escape the writer never makes is kept as written") {
  CHECK(app::read_records("a\\xb\n") == std::vector<app::Record>{{"a\\xb"}});
}

TEST_CASE("records: numbers with fixed decimals, flags as 1 or empty") {
  app::RecordWriter out;
  out.field(12.345, 1).field(7.0, 0).flag(true).flag(false).end();
  CHECK(out.text() == "12.3\t7\t1\t\n");
}
