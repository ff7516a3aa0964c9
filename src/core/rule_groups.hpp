// The rule groups of the catalogue, one per rules_*.cpp file (learning-agreement.md, section 4).
#pragma once

#include "core/rule_group.hpp"

namespace la {

extern const RuleGroup kDocumentRules;     // 0xx  rules_document.cpp
extern const RuleGroup kStudentRules;      // 1xx  rules_student.cpp
extern const RuleGroup kInstitutionRules;  // 2xx  rules_institution.cpp
extern const RuleGroup kMobilityRules;     // 3xx  rules_mobility.cpp
extern const RuleGroup kComponentRules;    // 4xx  rules_components.cpp
extern const RuleGroup kCreditRules;       // 5xx  rules_credits.cpp
extern const RuleGroup kLanguageRules;     // 6xx  rules_language.cpp
extern const RuleGroup kSignatureRules;    // 7xx  rules_signatures.cpp
extern const RuleGroup kChangeRules;       // 8xx  rules_changes.cpp
extern const RuleGroup kBipRules;          // 9xx  rules_bip.cpp
extern const RuleGroup kEwpRules;          // what EWP requires (ids in the ranges above)  rules_ewp.cpp

}  // namespace la
