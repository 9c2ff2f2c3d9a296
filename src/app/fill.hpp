// Whole sentences with numbered placeholders: fill("{0} of {1}", {a, b}).
// A translator sees the whole sentence, and one out-of-line call costs less
// code than a chain of std::string operator+ (the page's size budget).
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace app {

// Replaces "{0}" to "{9}" with the arguments; any other brace is kept.
std::string fill(std::string_view pattern, std::initializer_list<std::string_view> args);

}  // namespace app
