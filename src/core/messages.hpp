// The one table of user-visible text (assets/i18n/<language>.json), keyed by rule id for
// findings ("LA-101"), "load.*" for unreadable files, and so on. English now; a language that
// lacks a key falls back to English.
#pragma once

#include <string>
#include <string_view>

#include "core/finding.hpp"

namespace la {

// The text for `key` with its {placeholders} replaced by `args`; the key itself if unknown.
std::string message_text(std::string_view key, const MessageArgs& args = {},
                         std::string_view language = "en");
bool has_message(std::string_view key, std::string_view language = "en");

// The plain-language message of a finding.
std::string finding_message(const Finding& finding, std::string_view language = "en");

}  // namespace la
