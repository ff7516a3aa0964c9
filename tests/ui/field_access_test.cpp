// Fields read and written by JSON Pointer: nothing is created by reading, parents by writing.
#include <doctest/doctest.h>

#include "core/json_codec.hpp"
#include "test_files.hpp"
#include "ui/field_access.hpp"

namespace la {
namespace {

TEST_CASE("a pointer names a field of the format whether or not the document holds it") {
  CHECK(field_kind("/student/email") == FieldKind::Text);
  CHECK(field_kind("/firstVersion/componentsStudied/7/credits/0/value") == FieldKind::Number);
  CHECK(field_kind("/eqfLevelStudiedAtDeparture") == FieldKind::WholeNumber);
  CHECK(field_kind("/mobilityWindow") == FieldKind::Flag);
  CHECK(field_kind("/firstVersion/componentsStudied") == FieldKind::List);
  CHECK(field_kind("/firstVersion/componentsStudied/3") == FieldKind::ListItem);
  CHECK(field_kind("/firstVersion/componentsStudied/3/termId") == FieldKind::Object);
  CHECK(field_kind("/changesProposal/student/givenNames") == FieldKind::Text);
  CHECK(field_kind("") == FieldKind::Object);
  CHECK(field_kind("/student/nickname") == FieldKind::Unknown);
  CHECK(field_kind("/student/email/x") == FieldKind::Unknown);
  CHECK(field_kind("/firstVersion/componentsStudied/x/title") == FieldKind::Unknown);
}

TEST_CASE("reading an absent field changes nothing") {
  Agreement agreement;
  CHECK(text_at(agreement, "/student/email") == nullptr);
  CHECK_FALSE(number_at(agreement, "/firstVersion/componentsStudied/0/credits/0/value"));
  CHECK_FALSE(agreement.student);
  CHECK_FALSE(agreement.first_version);
}

TEST_CASE("reading finds the values of a document") {
  Agreement agreement = test::example("valid-semester");
  REQUIRE(text_at(agreement, "/student/familyName"));
  CHECK(*text_at(agreement, "/student/familyName") == "Żółć");
  CHECK(number_at(agreement, "/firstVersion/componentsStudied/1/credits/0/value") == 6.0);
  CHECK(whole_number_at(agreement, "/eqfLevelStudiedAtDeparture") == 7);
  CHECK(text_at(agreement, "/firstVersion/componentsStudied/99/title") == nullptr);
}

TEST_CASE("writing creates the objects on the way, and a list item only at the end") {
  Agreement agreement;
  Text* email = text_for_write(agreement, "/sendingHei/contactPerson/email");
  REQUIRE(email);
  *email = "a@b.eu";
  CHECK(agreement.sending_hei->contact_person->email == "a@b.eu");

  Number* first = number_for_write(agreement, "/firstVersion/componentsStudied/0/credits/0/value");
  REQUIRE(first);
  *first = 7.5;
  CHECK(agreement.first_version->components_studied->size() == 1);
  CHECK(number_for_write(agreement, "/firstVersion/componentsStudied/5/credits/0/value") == nullptr);
  CHECK(agreement.first_version->components_studied->size() == 1);
}

TEST_CASE("writing through a pointer of the wrong kind creates nothing") {
  Agreement agreement;
  CHECK(text_for_write(agreement, "/eqfLevelStudiedAtDeparture") == nullptr);
  CHECK(text_for_write(agreement, "/student/nickname") == nullptr);
  CHECK(whole_number_for_write(agreement, "/student/email") == nullptr);
  CHECK(write_agreement(agreement) == write_agreement(Agreement{}));
}

TEST_CASE("pointers split into parent, last token and list index") {
  CHECK(parent_pointer("/student/email") == "/student");
  CHECK(parent_pointer("/student") == "");
  CHECK(last_token("/firstVersion/componentsStudied/3") == "3");
  CHECK(list_index("3") == 3u);
  CHECK_FALSE(list_index("03"));
  CHECK_FALSE(list_index("-1"));
  CHECK_FALSE(list_index("title"));
}

}  // namespace
}  // namespace la
