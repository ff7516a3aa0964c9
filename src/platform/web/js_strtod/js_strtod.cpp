// strtod for the browser build (-Wl,--wrap=strtod, cmake/web_app.cmake): this file scans the number
// syntax of C's strtod and leaves the conversion of a decimal number to the JS engine's parseFloat,
// which rounds correctly as strtod does. Why: musl's strtod converts through 128-bit long double,
// which wasm computes in software; that code was about 12 KB of the editor's wasm (5 KB of gzip).
// Hexadecimal numbers ("0x1.8p3") are converted here: parseFloat does not read them.
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstring>

// js_strtod.js: text[0, length) is a decimal number as strtod reads it: optional sign, digits
// with an optional point, optional exponent. parseFloat reads the same grammar ("Infinity" aside).
extern "C" double la_js_parse_float(const char* text, int length);

namespace {

bool starts_with_word(const char* text, const char* word) {
  for (; *word; ++text, ++word) {
    if (std::tolower(static_cast<unsigned char>(*text)) != *word) return false;
  }
  return true;
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  const int lower = c | 0x20;
  return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
}

// Reads an exponent ("e-12", "p+3") at `text` if one is there; returns where it ends, or `text`.
const char* scan_exponent(const char* text, char letter, long* exponent) {
  if ((*text | 0x20) != letter) return text;
  const char* at = text + 1;
  const bool negative = *at == '-';
  if (*at == '+' || *at == '-') ++at;
  if (!std::isdigit(static_cast<unsigned char>(*at))) return text;
  long value = 0;
  for (; std::isdigit(static_cast<unsigned char>(*at)); ++at) {
    if (value < 100000000) value = value * 10 + (*at - '0');  // beyond this every result is 0 or inf
  }
  *exponent = negative ? -value : value;
  return at;
}

// "0x" hex digits, point, "p" binary exponent: the significand's top 60 bits, the rest kept as a
// sticky bit so that the one rounding to double is to nearest (subnormal results round twice).
double scan_hex(const char* digits, bool negative, const char** end) {
  uint64_t significand = 0;
  long exponent = 0;
  bool any = false;
  bool sticky = false;
  bool after_point = false;
  const char* at = digits;
  for (;; ++at) {
    if (*at == '.' && !after_point) {
      after_point = true;
      continue;
    }
    const int digit = hex_digit(*at);
    if (digit < 0) break;
    any = true;
    if (significand >> 56 == 0) {
      significand = significand << 4 | static_cast<unsigned>(digit);
      if (after_point) exponent -= 4;
    } else {
      sticky |= digit != 0;
      if (!after_point) exponent += 4;
    }
  }
  if (!any) {  // "0x" without digits: the number is the "0"
    *end = digits - 1;
    return negative ? -0.0 : 0.0;
  }
  long binary = 0;
  *end = scan_exponent(at, 'p', &binary);
  if (sticky) significand |= 1;
  const int scale = static_cast<int>(exponent + binary);
  const double value = std::ldexp(static_cast<double>(significand), scale);
  // As musl: ERANGE when the result overflowed, or is subnormal and lost bits.
  if (std::isinf(value)) {
    errno = ERANGE;
  } else if (std::fabs(value) < 0x1p-1022 && (sticky || static_cast<uint64_t>(std::ldexp(value, -scale)) != significand)) {
    errno = ERANGE;
  }
  return negative ? -value : value;
}

}  // namespace

extern "C" double __wrap_strtod(const char* text, char** end) {
  const char* at = text;
  while (std::isspace(static_cast<unsigned char>(*at))) ++at;
  const char* number = at;
  const bool negative = *at == '-';
  if (*at == '+' || *at == '-') ++at;
  const char* stop = text;  // no number: nothing read
  double value = 0;
  if (starts_with_word(at, "inf")) {
    stop = at + (starts_with_word(at, "infinity") ? 8 : 3);
    value = negative ? -HUGE_VAL : HUGE_VAL;
  } else if (starts_with_word(at, "nan")) {
    stop = at + 3;
    if (*stop == '(') {  // "nan(chars)": the chars are letters, digits and '_'
      const char* close = stop + 1;
      while (std::isalnum(static_cast<unsigned char>(*close)) || *close == '_') ++close;
      if (*close == ')') stop = close + 1;
    }
    value = NAN;
  } else if (at[0] == '0' && (at[1] | 0x20) == 'x') {
    value = scan_hex(at + 2, negative, &stop);
  } else {
    bool nonzero = false;
    bool any = false;
    const char* digit = at;
    for (bool after_point = false;; ++digit) {
      if (*digit == '.' && !after_point) {
        after_point = true;
      } else if (std::isdigit(static_cast<unsigned char>(*digit))) {
        any = true;
        nonzero |= *digit != '0';
      } else {
        break;
      }
    }
    if (any) {
      long ignored = 0;
      stop = scan_exponent(digit, 'e', &ignored);
      value = la_js_parse_float(number, static_cast<int>(stop - number));
      // As musl: ERANGE when the result overflowed, or lost digits to zero or to a subnormal
      // (a decimal subnormal is exact only when written with hundreds of digits).
      if (std::isinf(value) || (nonzero && std::fabs(value) < 0x1p-1022)) errno = ERANGE;
    }
  }
  if (end) *end = const_cast<char*>(stop);
  return value;
}
