// The canonical form of what people write in fields that have one: phone numbers as E.164,
// Erasmus codes with their official padding, e-mail domains in lower case, dates as ISO 8601,
// an ISCED code with its name pasted after it. Each returns the tidied text only when the text
// can be read as such a value and differs from it; what cannot be read stays as written, for the
// rules to report (LA-211, LA-203, ...). The editor applies them as a field is left, visibly.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace la {

// "+48 22 552 00 00", "+34 958-24-30-00", "(+48) 22 5520000", "0048 22 552 00 00",
// "+44 (0)20 7946 0000" -> "+48225520000" ...: a "+" (or the "00" international prefix), then
// digits grouped by spaces, hyphens, dots, slashes or brackets; 1 to 15 digits (E.164). A "(0)"
// after the country code is the national trunk prefix, not dialled from abroad, and goes.
std::optional<std::string> tidied_phone_number(std::string_view text);

// "E GRANADA01", "e  granada01", "pl warszaw01" -> "E  GRANADA01", "PL WARSZAW01": upper case,
// the country prefix padded with spaces to three characters (web pages collapse double spaces).
std::optional<std::string> tidied_erasmus_code(std::string_view text);

// "Ana.Nowak@UW.EDU.PL" -> "Ana.Nowak@uw.edu.pl": domains are not case-sensitive, the local part
// may be (RFC 5321), so only the domain is lower-cased.
std::optional<std::string> tidied_email(std::string_view text);

// "17.04.2003", "17/04/2003", "17-04-2003", "17. 4. 2003" -> "2003-04-17" (day first, as Europe
// writes it); "04.2027", "4/2027" -> "2027-04" where a month alone is allowed.
std::optional<std::string> tidied_date(std::string_view text, bool month_allowed);

// The ISCED-F code at the start of "0613 Software and applications development…" (2 to 4
// digits, then the end or a non-digit): what a student pastes from a list that shows both.
std::optional<std::string> leading_isced_code(std::string_view text);

}  // namespace la
