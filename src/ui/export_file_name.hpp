// The name of an exported agreement: from the student's name and the date, safe on every
// operating system, e.g. "learning-agreement-Żółć-Łukasz-2026-11-23.json".
#pragma once

#include <string>
#include <string_view>

#include "core/agreement.hpp"

namespace la {

// `date` is today's date as "YYYY-MM-DD".
std::string export_file_name(const Agreement& agreement, std::string_view date);

}  // namespace la
