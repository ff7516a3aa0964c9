// Numbers as students type them: decimal commas, and text that is not a number kept in view.
#include <doctest/doctest.h>

#include "ui/number_entry.hpp"

namespace la {
namespace {

TEST_CASE("a decimal comma or point both give the number") {
  CHECK(parse_decimal("7,5") == 7.5);
  CHECK(parse_decimal("7.5") == 7.5);
  CHECK(parse_decimal(" 6 ") == 6.0);
  CHECK(parse_decimal(".5") == 0.5);
  CHECK(parse_decimal("-2") == -2.0);
  CHECK(parse_decimal("7.25") == 7.25);
}

TEST_CASE("text that is not a plain number is refused") {
  for (const char* text : {"", " ", "seven", "7.5.1", "7,5,", "1e3", "inf", "0x10", "7 5", "-", ","}) {
    CAPTURE(text);
    CHECK_FALSE(parse_decimal(text));
  }
  // Beyond 2^53 no file may hold it (json_codec.hpp): the agreement must read back.
  CHECK_FALSE(parse_decimal("9007199254740993"));
  CHECK_FALSE(parse_decimal("-99999999999999999999999999999999"));
  CHECK(parse_decimal("9007199254740991") == 9007199254740991.0);
  CHECK(parse_whole_number(" 18 ") == 18);
  CHECK_FALSE(parse_whole_number("18.5"));
  CHECK_FALSE(parse_whole_number(""));
}

TEST_CASE("values show without exponent or trailing zeros") {
  CHECK(decimal_text(6) == "6");
  CHECK(decimal_text(7.5) == "7.5");
  CHECK(decimal_text(0.125) == "0.125");
  CHECK(decimal_text(-0.0) == "0");
}

TEST_CASE("typed text stays while typing, and only invalid text stays after the field is left") {
  PendingNumbers pending;
  const std::string field = "/firstVersion/componentsStudied/0/credits/0/value";
  PendingNumbers::Typed typed = pending.typed(field, "7,", PendingNumbers::Kind::Decimal);
  CHECK(typed.valid);
  CHECK(typed.value == 7.0);
  CHECK(pending.shown(field, 7.0) == "7,");
  pending.field_left(field);
  CHECK(pending.shown(field, 7.0) == "7");

  typed = pending.typed(field, "sechs", PendingNumbers::Kind::Decimal);
  CHECK_FALSE(typed.valid);
  CHECK_FALSE(typed.value);
  pending.field_left(field);
  CHECK(pending.shown(field, std::nullopt) == "sechs");
  CHECK(pending.is_invalid(field));
  CHECK(pending.invalid_count() == 1);
  pending.clear_below("/firstVersion/componentsStudied");
  CHECK(pending.invalid_count() == 0);
}

TEST_CASE("a whole-number field refuses fractions") {
  PendingNumbers pending;
  CHECK_FALSE(pending.typed("/bip/participants", "15.5", PendingNumbers::Kind::Whole).valid);
  PendingNumbers::Typed typed = pending.typed("/bip/participants", "18", PendingNumbers::Kind::Whole);
  CHECK(typed.valid);
  CHECK(typed.value == 18.0);
}

}  // namespace
}  // namespace la
