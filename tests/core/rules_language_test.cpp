// Rules on the student's language skill (LA-6xx), each from a valid example with the smallest change.

#include "rules_test.hpp"

namespace la {
namespace {

Agreement with_language(const char* language, const char* level) {
  Agreement agreement = test::example("valid-semester");
  agreement.student_language_skill = LanguageSkill{language, level, {}};
  return agreement;
}

TEST_CASE("LA-601: a language that is not an ISO 639-1 code") {
  CHECK(findings_of(with_language("EN", "B2")) == Lines{"LA-601 /studentLanguageSkill/language"});
  CHECK(findings_of(with_language("eng", "B2")) == Lines{"LA-601 /studentLanguageSkill/language"});
  CHECK(findings_of(with_language("", "B2")) == Lines{"LA-601 /studentLanguageSkill/language"});
}

TEST_CASE("LA-601 and LA-602: a missing language skill is reported at both of its fields") {
  Agreement agreement = test::example("valid-semester");
  agreement.student_language_skill.reset();
  CHECK(findings_of(agreement) ==
        Lines{"LA-601 /studentLanguageSkill/language", "LA-602 /studentLanguageSkill/cefrLevel"});
}

TEST_CASE("LA-601: any ISO 639-1 language is accepted") {
  CHECK(findings_of(with_language("pl", "B2")) == Lines{});
  CHECK(findings_of(with_language("ca", "B2")) == Lines{});  // "Catalan; Valencian" in iso-codes
}

TEST_CASE("LA-602: CEFR level C3 does not exist (scenario 11)") {
  CHECK(findings_of(with_language("en", "C3")) == Lines{"LA-602 /studentLanguageSkill/cefrLevel"});
  CHECK(findings_of(with_language("en", "b2")) == Lines{"LA-602 /studentLanguageSkill/cefrLevel"});
}

TEST_CASE("LA-602: a native speaker is NS") {
  CHECK(findings_of(with_language("en", "NS")) == Lines{});
  CHECK(findings_of(with_language("en", "C2")) == Lines{});
}

TEST_CASE("LA-603: a basic level A1 or A2 is a warning") {
  Findings findings = test::checked(with_language("pl", "A2"));
  CHECK(test::described(findings) == Lines{"LA-603 /studentLanguageSkill/cefrLevel"});
  CHECK(findings.at(0).args == MessageArgs{{"level", "A2"}});
  CHECK(findings.at(0).severity() == Severity::Warning);
  CHECK(findings_of(with_language("pl", "A1")) == Lines{"LA-603 /studentLanguageSkill/cefrLevel"});
}

TEST_CASE("LA-603: B1 is not basic") {
  CHECK(findings_of(with_language("pl", "B1")) == Lines{});
}

}  // namespace
}  // namespace la
