// Writes numbers for messages (number_text.hpp).
#include "core/number_text.hpp"

#include <cmath>
#include <cstdio>

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

}  // namespace la
