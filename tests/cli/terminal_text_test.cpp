// Escaping control characters for la-check's human output (terminal_text.hpp).
#include <doctest/doctest.h>

#include "cli/terminal_text.hpp"

namespace la {
namespace {

TEST_CASE("printable text, including non-ASCII letters and backslashes, is left as it is") {
  CHECK(escaped_for_terminal("Łódź \\ \"PL WARSZAW01\" ü") == "Łódź \\ \"PL WARSZAW01\" ü");
}

TEST_CASE("line breaks and tabs are written as \\n, \\r and \\t") {
  CHECK(escaped_for_terminal("x\nfake.json: ok\r\tend") == "x\\nfake.json: ok\\r\\tend");
}

TEST_CASE("other C0 controls, DEL and the C1 controls are written as \\u escapes") {
  CHECK(escaped_for_terminal("\x1B[2J") == "\\u001B[2J");
  CHECK(escaped_for_terminal(std::string("a\0b", 3)) == "a\\u0000b");
  CHECK(escaped_for_terminal("\x7F") == "\\u007F");
  CHECK(escaped_for_terminal("\xC2\x9B" "31m \xC2\x85") == "\\u009B31m \\u0085");
  CHECK(escaped_for_terminal("\xC2\xA0") == "\xC2\xA0");  // no-break space: printable
}

}  // namespace
}  // namespace la
