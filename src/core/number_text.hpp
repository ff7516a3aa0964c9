// How numbers appear in finding messages: "6", "7.5", "4.63" (whole numbers without a fraction).
#pragma once

#include <string>

namespace la {

// At most two decimals, trailing zeros dropped.
std::string number_text(double value);

}  // namespace la
