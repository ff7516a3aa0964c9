// Canonical forms of what people write (text_tidy.hpp).
#include <doctest/doctest.h>

#include "core/text_formats.hpp"
#include "core/text_tidy.hpp"

namespace la {
namespace {

TEST_CASE("phone numbers as people write them become E.164") {
  CHECK(tidied_phone_number("+48 22 552 00 00") == "+48225520000");
  CHECK(tidied_phone_number("+34 958-24-30-00") == "+34958243000");
  CHECK(tidied_phone_number("(+48) 22 5520000") == "+48225520000");
  CHECK(tidied_phone_number("0048 22 552 00 00") == "+48225520000");
  CHECK(tidied_phone_number("+44 (0)20 7946 0000") == "+442079460000");
  CHECK(tidied_phone_number("+49 (89) 2180-0") == "+498921800");
  CHECK(tidied_phone_number("+33\xC2\xA0" "1 44 27 44 27") == "+33144274427");
  CHECK(is_e164(*tidied_phone_number("+48 22 552 00 00")));
}

TEST_CASE("what cannot be read as a phone number is left as written") {
  for (const char* text : {"+48225520000", "22 552 00 00", "+48 22 552 00 00 ext. 12", "call me", "+",
                           "+48 (22 552", "+1234567890123456", "+0 22 552"}) {
    INFO(text);
    CHECK_FALSE(tidied_phone_number(text));
  }
}

TEST_CASE("an Erasmus code gets its official padding and upper case") {
  CHECK(tidied_erasmus_code("E GRANADA01") == "E  GRANADA01");
  CHECK(tidied_erasmus_code("e granada01") == "E  GRANADA01");
  CHECK(tidied_erasmus_code(" pl warszaw01 ") == "PL WARSZAW01");
  CHECK(tidied_erasmus_code("D   MUNCHEN01") == "D  MUNCHEN01");
  CHECK(tidied_erasmus_code("irldublin01") == "IRLDUBLIN01");
  CHECK_FALSE(tidied_erasmus_code("E  GRANADA01"));  // already official
  CHECK_FALSE(tidied_erasmus_code("PL WARSZAW01"));
  CHECK_FALSE(tidied_erasmus_code("GRANADA"));       // cannot be repaired: LA-203 says so
  CHECK_FALSE(tidied_erasmus_code("E GRANADA 01"));
  CHECK_FALSE(tidied_erasmus_code("EGRANADA01"));
}

TEST_CASE("an e-mail's domain is lower-cased, its local part kept") {
  CHECK(tidied_email("Ana.Nowak@UW.EDU.PL") == "Ana.Nowak@uw.edu.pl");
  CHECK(tidied_email("ana@Student.UGR.es") == "ana@student.ugr.es");
  CHECK_FALSE(tidied_email("ana@uw.edu.pl"));
  CHECK_FALSE(tidied_email("ANA"));
  CHECK_FALSE(tidied_email("a@b@C.PL"));
}

TEST_CASE("dates written day first become ISO dates") {
  CHECK(tidied_date("17.04.2003", false) == "2003-04-17");
  CHECK(tidied_date("17/04/2003", false) == "2003-04-17");
  CHECK(tidied_date("17-04-2003", false) == "2003-04-17");
  CHECK(tidied_date("17. 4. 2003", false) == "2003-04-17");
  CHECK(tidied_date("1.9.2026", true) == "2026-09-01");
  CHECK(tidied_date("09.2026", true) == "2026-09");
  CHECK(tidied_date("9/2026", true) == "2026-09");
  CHECK_FALSE(tidied_date("09.2026", false));    // a day of birth needs its day
  CHECK_FALSE(tidied_date("2003-04-17", false));  // already ISO
  CHECK_FALSE(tidied_date("31.02.2003", false));  // no such day
  CHECK_FALSE(tidied_date("17.04.03", false));    // which century: not ours to guess
  CHECK_FALSE(tidied_date("13.2026", true));
  CHECK_FALSE(tidied_date("yesterday", false));
}

TEST_CASE("an ISCED code is read from the start of its code and name") {
  CHECK(leading_isced_code("0613 Software and applications development and analysis") == "0613");
  CHECK(leading_isced_code("061 Information and Communication Technologies") == "061");
  CHECK(leading_isced_code("0613") == "0613");
  CHECK(leading_isced_code(" 0613\tSoftware") == "0613");
  CHECK_FALSE(leading_isced_code("Software"));
  CHECK_FALSE(leading_isced_code("06131 x"));
  CHECK_FALSE(leading_isced_code("6"));
}

}  // namespace
}  // namespace la
