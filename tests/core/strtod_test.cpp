// strtod as every reader of numbers uses it (nlohmann/json's lexer, number_text.cpp). Natively
// this is the C library's; in the wasm suites it is the browser build's own, through the JS
// engine (src/platform/web/js_strtod): both must give these same results, to the bit.
#include <doctest/doctest.h>

#include <cerrno>
#include <cstddef>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>

#include <nlohmann/json.hpp>

namespace {

struct Read {
  double value;
  long used;  // characters strtod read
  bool out_of_range;
};

Read read(const char* text) {
  errno = 0;
  char* end = nullptr;
  const double value = std::strtod(text, &end);
  return {value, static_cast<long>(end - text), errno == ERANGE};
}

// Same value to the bit (so 0 and -0 differ, and each NaN equals itself).
bool same(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

struct Case {
  const char* text;
  double value;
  long used;  // characters read
};

// Each text reads as its value, to the bit, ends where it says, and is out of range or not.
template <std::size_t N>
void check_reads(const Case (&cases)[N], bool out_of_range) {
  for (const Case& c : cases) {
    CAPTURE(c.text);
    const Read result = read(c.text);
    CHECK(same(result.value, c.value));
    CHECK(result.used == c.used);
    CHECK(result.out_of_range == out_of_range);
  }
}

}  // namespace

TEST_CASE("strtod reads decimal numbers correctly rounded, and says where they end") {
  const Case cases[] = {
      {"7.5", 7.5, 3},
      {"0.1", 0.1, 3},
      {"6.0", 6.0, 3},
      {"-0", -0.0, 2},
      {"-0.0e5", -0.0, 6},
      {"1e308", 1e308, 5},
      {"1.7976931348623157e308", 1.7976931348623157e308, 22},
      {"2.2250738585072014e-308", 2.2250738585072014e-308, 23},
      {"9007199254740993", 9007199254740992.0, 16},  // halfway: to even
      {"9007199254740995", 9007199254740996.0, 16},
      {"0.30000000000000004", 0.30000000000000004, 19},
      {"123456789012345678901234567890", 1.2345678901234568e29, 30},
      {"  +12.5e-1xyz", 1.25, 10},
      {".5", 0.5, 2},
      {"5.", 5.0, 2},
      {"1e", 1.0, 1},    // an exponent needs digits
      {"1e+", 1.0, 1},
      {"2E+3", 2000.0, 4},
      {"0x1.8p1", 3.0, 7},
      {"-0x10", -16.0, 5},
      {"0x", 0.0, 1},    // the number is the 0
      {"0x1p-1074", 0x1p-1074, 9},  // subnormal, but exact
      {"0x1.fffffffffffff8p0", 2.0, 20},  // rounds up to even
      {"INF", HUGE_VAL, 3},
      {"-Infinity", -HUGE_VAL, 9},
      {"infinit", HUGE_VAL, 3},
  };
  check_reads(cases, false);
}

TEST_CASE("strtod: out of range is HUGE_VAL or zero with ERANGE, and the whole number is read") {
  const Case cases[] = {
      {"1e309", HUGE_VAL, 5},
      {"-1e400", -HUGE_VAL, 6},
      {"1e99999999999999999999", HUGE_VAL, 22},
      {"1e-400", 0.0, 6},
      {"-1e-400", -0.0, 7},
      {"1e-320", 1e-320, 6},  // subnormal, so digits were lost
      {"2.4703282292062328e-324", 0x1p-1074, 23},  // just above half the least subnormal
      {"0x3p-1075", 0x1p-1073, 9},  // subnormal: 1.5 least subnormals round to 2
  };
  check_reads(cases, true);
  CHECK_FALSE(read("0e-400").out_of_range);  // zero is exact
}

TEST_CASE("strtod reads nothing from text that is not a number") {
  for (const char* text : {"", "  ", "-", "+.", ".", "e5", "x1", "in", "- 1"}) {
    CAPTURE(text);
    const Read result = read(text);
    CHECK(same(result.value, 0.0));
    CHECK(result.used == 0);
  }
  const Read nan = read("nan(chars_1)z");
  CHECK(std::isnan(nan.value));
  CHECK(nan.used == 12);
  CHECK(read("NaN(").used == 3);
}

TEST_CASE("JSON numbers read to the same doubles") {
  const auto number = [](const char* text) { return nlohmann::json::parse(text, nullptr, false); };
  CHECK(same(number("7.5").get<double>(), 7.5));
  CHECK(same(number("0.1").get<double>(), 0.1));
  CHECK(same(number("1e308").get<double>(), 1e308));
  CHECK(same(number("1e-320").get<double>(), 1e-320));
  CHECK(same(number("-0.0").get<double>(), -0.0));
  CHECK(same(number("6.0").get<double>(), 6.0));
  CHECK(same(number("[2.5e-3]")[0].get<double>(), 0.0025));
  CHECK(number("1e400").is_discarded());  // strtod says infinity: nlohmann reports an overflow
  CHECK(number("1.5x").is_discarded());
}
