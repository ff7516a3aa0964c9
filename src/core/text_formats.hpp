// Hand-written checks of the text formats the rules need (no std::regex: slow and large in wasm).
// Blank text, e-mail addresses, internet domains (SCHAC ids), Erasmus codes, European Student
// Identifiers and http(s) URLs.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace la {

// Bytes of the white-space character at `pos` (ASCII or Unicode, incl. no-break and zero-width
// spaces that text pasted from documents carries), 0 when there is none.
std::size_t whitespace_length(std::string_view text, std::size_t pos);
bool contains_whitespace(std::string_view text);
// Empty or white space only.
bool is_blank(std::string_view text);
// Absent or blank: every "missing" condition of the rule catalogue counts blank text as missing.
bool is_missing(const std::optional<std::string>& text);
std::string_view trimmed(std::string_view text);
// Equal but for the case of ASCII letters (domains, URN prefixes).
bool equals_ignoring_ascii_case(std::string_view a, std::string_view b);

// local@domain.tld: exactly one '@', a local part, a domain of non-empty dot-separated labels
// ending in a top-level domain of at least two letters, no white space (X Email, tightened).
bool is_email(std::string_view text);

// A lower-case internet domain ("uw.edu.pl"): at least two labels of a-z, 0-9 and '-', none
// empty or starting or ending with '-', the last not all digits, so no IP address (X hei-id: a
// SCHAC identifier).
bool is_internet_domain(std::string_view text);

// The country prefix of a well-formed Erasmus code without its padding ("D" of "D  MUNCHEN01"):
// three characters of upper-case letters right-padded with spaces, then upper-case letters or
// hyphens, then two or three digits. Nothing when the code is not of that form.
std::optional<std::string_view> erasmus_code_prefix(std::string_view code);

// A European Student Identifier: "urn:schac:personalUniqueCode:int:esi:<qualifier>:<code>",
// the qualifier being the institution's internet domain or, for nation-wide codes, a two-letter
// country code (ESI specification v1.0).
bool is_esi(std::string_view text);

// "http://" or "https://", a host, optionally a port and a path; no white space (X HTTP).
bool is_http_url(std::string_view text);

// A phone number in E.164 form: "+" and 1 to 15 digits, nothing else (phonenumber.xsd, e164).
bool is_e164(std::string_view text);

}  // namespace la
