// The value forms the EWP XSDs require (omobility-las get-response.xsd and its imports), checked by
// hand as text_formats.hpp does (no std::regex). The XML export refuses values outside them, and
// the rules that report what an EWP import would refuse use the same checks.
#pragma once

#include <string_view>

namespace la {

// ewp:AsciiPrintableIdentifier, [!-~]{1,64}: omobility-id, ounit-id.
bool is_ewp_identifier(std::string_view text);
// course:LosID, (CR|CLS|MOD|DEP)/(.{1,40}), and course:LoiID, (CRI|CLSI|MODI|DEPI)/(.{1,40}).
bool is_ewp_los_id(std::string_view text);
bool is_ewp_loi_id(std::string_view text);
// trm:AcademicYearId, [0-9]{4}/[0-9]{4}.
bool is_ewp_academic_year_id(std::string_view text);
// ewp:Email, [^@]+@[^.]+\..+ (looser than is_email; what the XSD itself refuses).
bool is_ewp_email(std::string_view text);
// ewp:CountryCode, [A-Z][A-Z].
bool is_ewp_country_code(std::string_view text);
// xs:language, [a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*.
bool is_xml_language(std::string_view text);
// ewp:CefrLevel, [ABC][12]|NS.
bool is_ewp_cefr_level(std::string_view text);
// The closed list of X's reason-code enumeration (reason-codes.json).
bool is_ewp_reason_code(std::string_view text);

// The byte offset of the first character XML 1.0 cannot carry (a control character other than
// tab, line feed and carriage return, U+FFFE or U+FFFF), or npos. Text is UTF-8.
std::size_t first_non_xml_character(std::string_view text);

}  // namespace la
