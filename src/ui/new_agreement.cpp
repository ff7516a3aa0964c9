// New agreements and changes of mobility type (new_agreement.hpp).
#include "ui/new_agreement.hpp"

namespace la {
namespace {

void ensure_list(List<Component>& list) {
  if (!list) list.emplace();
}

}  // namespace

std::string_view mobility_type_name(MobilityType type) {
  switch (type) {
    case MobilityType::Semester: return "semester";
    case MobilityType::Blended: return "blended";
    case MobilityType::ShortTermDoctoral: return "short-term-doctoral";
    case MobilityType::Unknown: break;
  }
  return "";
}

void change_mobility_type(Agreement& agreement, MobilityType type) {
  agreement.mobility_type = std::string(mobility_type_name(type));
  ComponentsList& first = agreement.first_version ? *agreement.first_version : agreement.first_version.emplace();
  switch (type) {
    case MobilityType::Semester:
      ensure_list(first.components_studied);
      ensure_list(first.components_recognized);
      break;
    case MobilityType::Blended:
      ensure_list(first.blended_mobility_components);
      ensure_list(first.virtual_components);
      ensure_list(first.components_recognized);
      break;
    case MobilityType::ShortTermDoctoral:
      ensure_list(first.short_term_doctoral_components);
      break;
    case MobilityType::Unknown:
      break;
  }
}

Agreement new_agreement(MobilityType type) {
  Agreement agreement;
  for (std::optional<Institution>* hei : {&agreement.sending_hei, &agreement.receiving_hei}) {
    hei->emplace().contact_person.emplace();
  }
  agreement.student.emplace();
  agreement.student_language_skill.emplace();
  change_mobility_type(agreement, type);
  return agreement;
}

}  // namespace la
