// Numbers as text: how they appear in finding messages ("6", "7.5", "4.63"), and reading the
// decimals people write ("7,5": many countries write a decimal comma).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace la {

// At most two decimals, trailing zeros dropped.
std::string number_text(double value);

// "7", "7.5", "7,5", " -2 ", ".5"; not "", "7.5.1", "1e3", "seven", nor ±2^53 and beyond.
std::optional<double> parse_decimal(std::string_view text);

}  // namespace la
