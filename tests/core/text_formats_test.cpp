// Text formats: blank text, e-mails, domains, Erasmus codes, ESIs and URLs (text_formats.hpp).
#include <doctest/doctest.h>

#include <string>

#include "core/text_formats.hpp"

namespace la {
namespace {

TEST_CASE("text of white space only is blank, pasted Unicode spaces included") {
  CHECK(is_blank(""));
  CHECK(is_blank("   \t\r\n"));
  CHECK(is_blank("\xC2\xA0"));          // no-break space
  CHECK(is_blank("\xE2\x80\x8B \xE3\x80\x80"));  // zero-width space, ideographic space
  CHECK_FALSE(is_blank("a"));
  CHECK_FALSE(is_blank(" Ł "));
}

TEST_CASE("absent or blank text is missing") {
  CHECK(is_missing(std::nullopt));
  CHECK(is_missing(std::string(" \t")));
  CHECK_FALSE(is_missing(std::string("x")));
}

TEST_CASE("trimming removes white space at both ends only") {
  CHECK(trimmed("  Computer Vision \t") == "Computer Vision");
  CHECK(trimmed("\xC2\xA0Żółć\xC2\xA0") == "Żółć");
  CHECK(trimmed("Ελένη") == "Ελένη");
  CHECK(trimmed("a b") == "a b");
  CHECK(trimmed("  ").empty());
}

TEST_CASE("an e-mail address is local@domain.tld") {
  CHECK(is_email("l.zolc@student.utwente.example"));
  CHECK(is_email("first+tag@uw.edu.pl"));
  CHECK(is_email("a@b.co"));
  CHECK(is_email("ivan@почта.рф"));
}

TEST_CASE("an e-mail address may end in an internationalized top-level domain's punycode") {
  CHECK(is_email("a@example.xn--p1ai"));  // .рф
  CHECK(is_email("a@example.XN--P1AI"));
  CHECK_FALSE(is_email("a@example.xn--"));
  CHECK_FALSE(is_email("a@example.xn--p1ai-"));
  CHECK_FALSE(is_email("a@example.xn--p1_ai"));
}

TEST_CASE("an e-mail address with spaces, no or two '@', or a bad domain is refused") {
  CHECK_FALSE(is_email("l zolc@student.utwente.example"));
  CHECK_FALSE(is_email("l.zolc@student.utwente.example "));
  CHECK_FALSE(is_email("l.zolc\xC2\xA0@uw.edu.pl"));
  CHECK_FALSE(is_email("l.zolc.student.utwente.example"));
  CHECK_FALSE(is_email("a@b@uw.edu.pl"));
  CHECK_FALSE(is_email("@uw.edu.pl"));
  CHECK_FALSE(is_email("a@localhost"));
  CHECK_FALSE(is_email("a@.pl"));
  CHECK_FALSE(is_email("a@uw..pl"));
  CHECK_FALSE(is_email("a@uw.edu."));
  CHECK_FALSE(is_email("a@uw.p"));
  CHECK_FALSE(is_email("a@uw.p1"));
  CHECK_FALSE(is_email(""));
}

TEST_CASE("an institution id is a lower-case internet domain") {
  CHECK(is_internet_domain("uw.edu.pl"));
  CHECK(is_internet_domain("uni-muenchen.de"));
  CHECK(is_internet_domain("b2b.example"));
  CHECK_FALSE(is_internet_domain("UW.edu.pl"));
  CHECK_FALSE(is_internet_domain("uw"));
  CHECK_FALSE(is_internet_domain("uw..pl"));
  CHECK_FALSE(is_internet_domain("uw.edu.pl."));
  CHECK_FALSE(is_internet_domain(".uw.pl"));
  CHECK_FALSE(is_internet_domain("-uw.pl"));
  CHECK_FALSE(is_internet_domain("10.0.0.1"));
  CHECK_FALSE(is_internet_domain("uw.123"));
  CHECK(is_internet_domain("123.uw.pl"));
  CHECK(is_internet_domain("uw.xn--p1ai"));
  CHECK_FALSE(is_internet_domain("uw-.pl"));
  CHECK_FALSE(is_internet_domain("uw_edu.pl"));
  CHECK_FALSE(is_internet_domain("uw .pl"));
  CHECK_FALSE(is_internet_domain("https://uw.edu.pl"));
}

TEST_CASE("an Erasmus code has a padded country prefix, letters and two or three digits") {
  CHECK(erasmus_code_prefix("D  MUNCHEN01") == std::optional<std::string_view>("D"));
  CHECK(erasmus_code_prefix("PL WARSZAW01") == std::optional<std::string_view>("PL"));
  CHECK(erasmus_code_prefix("IRLDUBLIN01") == std::optional<std::string_view>("IRL"));
  CHECK(erasmus_code_prefix("F  PARIS001") == std::optional<std::string_view>("F"));
  CHECK(erasmus_code_prefix("LUXLUX-VIL01") == std::optional<std::string_view>("LUX"));
  // well-formed, but "PLW" is no country prefix: the rule looks it up
  CHECK(erasmus_code_prefix("PLWARSZAW01") == std::optional<std::string_view>("PLW"));
}

TEST_CASE("an Erasmus code in another form has no prefix") {
  CHECK_FALSE(erasmus_code_prefix("P L WARSZAW01").has_value());  // space inside the prefix
  CHECK_FALSE(erasmus_code_prefix(" PLWARSZAW01").has_value());
  CHECK_FALSE(erasmus_code_prefix("pl warszaw01").has_value());
  CHECK_FALSE(erasmus_code_prefix("PL Warszaw01").has_value());
  CHECK_FALSE(erasmus_code_prefix("PL WARSZAW1").has_value());
  CHECK_FALSE(erasmus_code_prefix("PL WARSZAW0001").has_value());
  CHECK_FALSE(erasmus_code_prefix("PL 01").has_value());
  CHECK_FALSE(erasmus_code_prefix("PL WARSZAW01 ").has_value());
  CHECK_FALSE(erasmus_code_prefix("PL WARSZAW").has_value());
  CHECK_FALSE(erasmus_code_prefix("").has_value());
}

TEST_CASE("a European Student Identifier names the issuer and the student's code") {
  CHECK(is_esi("urn:schac:personalUniqueCode:int:esi:utwente.nl:s2345678"));
  CHECK(is_esi("urn:schac:personalUniqueCode:int:esi:uni-muenchen.de:11223344"));
  CHECK(is_esi("urn:schac:personalUniqueCode:int:esi:es:12345678Z"));  // nation-wide code
  CHECK_FALSE(is_esi("s2345678"));
  CHECK_FALSE(is_esi("urn:schac:personalUniqueCode:int:esi:utwente.nl:"));
  CHECK_FALSE(is_esi("urn:schac:personalUniqueCode:int:esi:utwente.nl"));
  CHECK_FALSE(is_esi("urn:schac:personalUniqueCode:int:esi:UTwente:s2345678"));
  CHECK_FALSE(is_esi("urn:schac:personalUniqueCode:int:esi:10.0.0.1:s2345678"));  // as heiId (LA-202)
  CHECK_FALSE(is_esi("urn:schac:personalUniqueCode:int:esi:utwente.nl:s 2345678"));
  CHECK_FALSE(is_esi("urn:schac:personalUniqueCode:nl:esi:utwente.nl:s2345678"));
}

TEST_CASE("a web address is http or https with a host") {
  CHECK(is_http_url("https://www.uw.example/courses"));
  CHECK(is_http_url("http://uw.example"));
  CHECK(is_http_url("https://uw.example:8443/a?b=c#d"));
  CHECK(is_http_url("https://www.universität.example/"));
  CHECK(is_http_url("https://uw.example:/courses"));  // an empty port is the default (RFC 3986)
  CHECK(is_http_url("https://[::1]:/"));
  CHECK_FALSE(is_http_url("www.uw.example/courses"));
  CHECK_FALSE(is_http_url("ftp://uw.example"));
  CHECK_FALSE(is_http_url("https://"));
  CHECK_FALSE(is_http_url("https:///courses"));
  CHECK_FALSE(is_http_url("https://uw example/"));
  CHECK_FALSE(is_http_url("https://uw.example/a b"));
  CHECK_FALSE(is_http_url("https://uw.example:port/"));
  CHECK_FALSE(is_http_url("HTTPS://uw.example"));  // X HTTP: lower-case scheme
}

TEST_CASE("an E.164 phone number is + and 1 to 15 digits") {
  CHECK(is_e164("+48221234567"));
  CHECK(is_e164("+1"));
  CHECK(is_e164("+123456789012345"));
  CHECK_FALSE(is_e164("+1234567890123456"));
  CHECK_FALSE(is_e164("+"));
  CHECK_FALSE(is_e164(""));
  CHECK_FALSE(is_e164("0048221234567"));
  CHECK_FALSE(is_e164("+48 22 123 45 67"));
  CHECK_FALSE(is_e164("+48-22-1234567"));
  CHECK_FALSE(is_e164("+48221234567 ext 12"));
}

}  // namespace
}  // namespace la
