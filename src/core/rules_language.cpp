// Rules LA-6xx: the student's language skill (learning-agreement.md, section 4).
// The main language of instruction and the level the student has or will reach by the start (X, G).
#include "core/rule_groups.hpp"
#include "core/text_formats.hpp"

namespace la {
namespace {

constexpr Rule kLanguageInvalid{"LA-601", Severity::Error, "X, G"};
constexpr Rule kCefrLevelInvalid{"LA-602", Severity::Error, "X, G"};
constexpr Rule kCefrLevelBasic{"LA-603", Severity::Warning, "G"};

constexpr const Rule* kRules[] = {&kLanguageInvalid, &kCefrLevelInvalid, &kCefrLevelBasic};

void check_language(const CheckContext& context, FindingSink& sink) {
  static const LanguageSkill kNone;
  const std::optional<LanguageSkill>& given = context.agreement.student_language_skill;
  const LanguageSkill& skill = given ? *given : kNone;
  // X language is xs:language (BCP 47); G and the form ask for the language itself: ISO 639-1.
  if (is_missing(skill.language) || !context.reference.is_language(*skill.language)) {
    sink.add(kLanguageInvalid, "/studentLanguageSkill/language");
  }
  if (is_missing(skill.cefr_level) || !context.reference.is_cefr_level(*skill.cefr_level)) {
    sink.add(kCefrLevelInvalid, "/studentLanguageSkill/cefrLevel");
  } else if (*skill.cefr_level == "A1" || *skill.cefr_level == "A2") {
    // G: the student commits to the recommended level by the start; a basic level is unusual.
    sink.add(kCefrLevelBasic, "/studentLanguageSkill/cefrLevel", {{"level", *skill.cefr_level}});
  }
}

}  // namespace

const RuleGroup kLanguageRules{kRules, std::size(kRules), check_language};

}  // namespace la
