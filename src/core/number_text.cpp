// Writes numbers for messages (number_text.hpp).
#include "core/number_text.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "core/json_codec.hpp"
#include "core/text_formats.hpp"

namespace la {

std::string number_text(double value) {
  char text[48];
  if (std::fabs(value) >= 1e15) {  // nobody means such a number; say it short
    std::snprintf(text, sizeof text, "%.6g", value);
    return text;
  }
  double rounded = std::round(value * 100.0) / 100.0;
  if (rounded == 0) rounded = 0;  // no "-0"
  std::snprintf(text, sizeof text, "%.2f", rounded);
  std::string result(text);
  while (result.back() == '0') result.pop_back();
  if (result.back() == '.') result.pop_back();
  return result;
}

std::optional<double> parse_decimal(std::string_view text) {
  text = trimmed(text);
  if (text.empty() || text.size() > 32) return std::nullopt;
  // Checked by hand, then read by strtod from a normalised copy: correctly rounded, and strtod
  // alone would take "1e3", "inf" or hexadecimal.
  std::string normal;
  std::size_t i = 0;
  if (text[0] == '-' || text[0] == '+') normal += text[i++];
  bool digits = false, separator = false;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c >= '0' && c <= '9') {
      digits = true;
      normal += c;
    } else if ((c == '.' || c == ',') && !separator) {
      separator = true;
      normal += '.';
    } else {
      return std::nullopt;
    }
  }
  if (!digits) return std::nullopt;
  double value = std::strtod(normal.c_str(), nullptr);
  // What no file may hold (json_codec.hpp) is not taken: the agreement must read back. Compared
  // with >=, because strtod rounds 2^53 + 1 down to 2^53.
  if (std::fabs(value) >= kMaxNumberMagnitude) return std::nullopt;
  return value;
}

}  // namespace la
