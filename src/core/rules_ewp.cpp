// Rules for what an EWP system requires of the `la` element (issue 15; docs/format.md, "Rules we
// add"): the constraints of X (the EWP XSD and its documentation) that the specification's
// catalogue leaves out, so that a file la-check passes is one an EWP node accepts. Their ids sit
// in the ranges of the fields they are about; they are one group because they share one source.
#include "core/ewp_values.hpp"
#include "core/json_pointer.hpp"
#include "core/rule_groups.hpp"
#include "core/text_formats.hpp"
#include "core/unicode_nfc.hpp"

namespace la {
namespace {

constexpr Rule kOmobilityIdMissingWhenSigned{"LA-002", Severity::Error, "X"};
constexpr Rule kOmobilityIdMalformed{"LA-003", Severity::Error, "X (ewp:AsciiPrintableIdentifier)"};
constexpr Rule kNotXmlCharacter{"LA-004", Severity::Error, "X (XML 1.0, production [2] Char)"};
// Not X's: text an office's system compares (a name, a course title) in two forms, "é" as one
// character or as "e" + U+0301, is two different texts to it. The W3C Character Model
// (charmod-norm) recommends NFC for content exchanged on the Web; the editor writes NFC.
constexpr Rule kNotNfc{"LA-005", Severity::Warning, "UAX #15, W3C charmod-norm"};
constexpr Rule kOunitIdMalformed{"LA-212", Severity::Error, "X (ewp:AsciiPrintableIdentifier)"};
constexpr Rule kSendingOunitNameMissing{"LA-213", Severity::Error, "X"};
constexpr Rule kLosIdMalformed{"LA-415", Severity::Error, "X (course:LosID)"};
constexpr Rule kLoiIdMalformed{"LA-416", Severity::Error, "X (course:LoiID)"};
constexpr Rule kCreditWithoutScheme{"LA-417", Severity::Error, "X"};
constexpr Rule kRecognitionConditionsInTableA{"LA-418", Severity::Error, "X"};
constexpr Rule kListOfOtherMobilityType{"LA-419", Severity::Warning, "X, G"};
constexpr Rule kSignerPositionMissing{"LA-705", Severity::Error, "X"};
constexpr Rule kProposalAfterAgreedShortMobility{"LA-808", Severity::Error, "X"};
constexpr Rule kReasonCodeOutsideEwpList{"LA-809", Severity::Error, "X"};

constexpr const Rule* kRules[] = {
    &kOmobilityIdMissingWhenSigned, &kOmobilityIdMalformed, &kNotXmlCharacter, &kNotNfc, &kOunitIdMalformed,
    &kSendingOunitNameMissing, &kLosIdMalformed, &kLoiIdMalformed, &kCreditWithoutScheme,
    &kRecognitionConditionsInTableA, &kListOfOtherMobilityType, &kSignerPositionMissing,
    &kProposalAfterAgreedShortMobility, &kReasonCodeOutsideEwpList,
};

// Every text field of the model, through the field lists of agreement.hpp: XML 1.0 cannot carry
// control characters but tab, line feed and carriage return (JSON can: "\u0001"); and text not in
// Unicode NFC.
class XmlCharacterVisitor {
 public:
  XmlCharacterVisitor(std::string pointer, FindingSink& sink) : pointer_(std::move(pointer)), sink_(sink) {}

  void operator()(std::string_view name, const Text& text) {
    if (!text) return;
    if (first_non_xml_character(*text) != std::string::npos) sink_.add(kNotXmlCharacter, pointer_append(pointer_, name));
    if (!is_nfc(*text)) sink_.add(kNotNfc, pointer_append(pointer_, name));
  }
  void operator()(std::string_view, const WholeNumber&) {}
  void operator()(std::string_view, const Number&) {}
  void operator()(std::string_view, const Flag&) {}
  template <class T>
  void operator()(std::string_view name, const std::optional<T>& object) {
    if (!object) return;
    XmlCharacterVisitor nested(pointer_append(pointer_, name), sink_);
    T::visit_fields(*object, nested);
  }
  template <class T>
  void operator()(std::string_view name, const List<T>& list) {
    if (!list) return;
    for (std::size_t i = 0; i < list->size(); ++i) {
      XmlCharacterVisitor nested(pointer_append(pointer_append(pointer_, name), i), sink_);
      T::visit_fields((*list)[i], nested);
    }
  }

 private:
  std::string pointer_;
  FindingSink& sink_;
};

// Once the sending institution has signed a section, the agreement is what EWP exchanges: what X
// requires of it then applies, where a draft (the specification: "omobilityId: optional in a
// draft") may still lack it.
bool signed_by_sending_institution(const Agreement& agreement) {
  return (agreement.first_version && agreement.first_version->sending_hei_signature) ||
         (agreement.approved_changes && agreement.approved_changes->sending_hei_signature) ||
         (agreement.changes_proposal && agreement.changes_proposal->sending_hei_signature);
}

void check_identifiers(const Agreement& agreement, FindingSink& sink) {
  if (is_missing(agreement.omobility_id)) {
    if (signed_by_sending_institution(agreement)) sink.add(kOmobilityIdMissingWhenSigned, "/omobilityId");
  } else if (!is_ewp_identifier(*agreement.omobility_id)) {
    sink.add(kOmobilityIdMalformed, "/omobilityId", {{"id", *agreement.omobility_id}});
  }
  for (const char* base : {"/sendingHei", "/receivingHei"}) {
    const std::optional<Institution>& hei = base[1] == 's' ? agreement.sending_hei : agreement.receiving_hei;
    if (hei && hei->ounit_id && !is_ewp_identifier(*hei->ounit_id)) {
      sink.add(kOunitIdMalformed, pointer_append(base, "ounitId"), {{"id", *hei->ounit_id}});
    }
  }
  // X ounit-name: "It MUST be provided for the sending HEI".
  const bool ounit_name_missing = !agreement.sending_hei || is_missing(agreement.sending_hei->ounit_name);
  if (ounit_name_missing && signed_by_sending_institution(agreement)) sink.add(kSendingOunitNameMissing, "/sendingHei/ounitName");
}

void check_components(const CheckContext& context, FindingSink& sink) {
  const std::optional<ListKind> study_list = study_list_kind(context.type);
  for (const ComponentListRef& list : context.lists) {
    // The study list a type fills (learning-agreement.md, section 1); the others are kept and
    // written, but no total counts them. Tables B and C go with every type.
    const bool study_kind = list.kind == ListKind::Studied || list.kind == ListKind::Blended || list.kind == ListKind::Doctoral;
    const bool of_type = !study_list || !study_kind || list.kind == *study_list;
    if (!of_type) sink.add(kListOfOtherMobilityType, list.pointer);
    for (std::size_t i = 0; i < list.components->size(); ++i) {
      const Component& item = (*list.components)[i];
      if (item.los_id && !is_ewp_los_id(*item.los_id)) {
        sink.add(kLosIdMalformed, component_pointer(list.pointer, i, "losId"), {{"id", *item.los_id}});
      }
      if (item.loi_id && !is_ewp_loi_id(*item.loi_id)) {
        sink.add(kLoiIdMalformed, component_pointer(list.pointer, i, "loiId"), {{"id", *item.loi_id}});
      }
      if (item.credits) {
        for (std::size_t c = 0; c < item.credits->size(); ++c) {
          if (is_missing((*item.credits)[c].scheme)) sink.add(kCreditWithoutScheme, credit_pointer(list.pointer, i, c, "scheme"));
        }
      }
      // X recognition-conditions: "This field MUST NOT be provided for components in components-studied".
      if (list.kind == ListKind::Studied && item.recognition_conditions) {
        sink.add(kRecognitionConditionsInTableA, component_pointer(list.pointer, i, "recognitionConditions"));
      }
      if (!is_missing(item.reason_code) && !is_ewp_reason_code(*item.reason_code)) {
        sink.add(kReasonCodeOutsideEwpList, component_pointer(list.pointer, i, "reasonCode"), {{"code", *item.reason_code}});
      }
    }
  }
}

// X Signature: signer-position "SHOULD NOT be set for student-signature element and MUST be set otherwise".
void check_signer_positions(const Agreement& agreement, FindingSink& sink) {
  const std::pair<const ComponentsList*, Section> sections[] = {
      {agreement.first_version ? &*agreement.first_version : nullptr, Section::FirstVersion},
      {agreement.approved_changes ? &*agreement.approved_changes : nullptr, Section::ApprovedChanges},
      {agreement.changes_proposal ? &*agreement.changes_proposal : nullptr, Section::ChangesProposal}};
  for (const auto& [lists, section] : sections) {
    if (!lists) continue;
    const std::string base = "/" + std::string(section_field_name(section));
    if (lists->sending_hei_signature && is_missing(lists->sending_hei_signature->signer_position)) {
      sink.add(kSignerPositionMissing, base + "/sendingHeiSignature/signerPosition");
    }
    if (lists->receiving_hei_signature && is_missing(lists->receiving_hei_signature->signer_position)) {
      sink.add(kSignerPositionMissing, base + "/receivingHeiSignature/signerPosition");
    }
  }
}

// X changes-proposal: "Blended mobilities with short-term physical mobility and short-term
// doctoral mobilities MUST NOT have any proposals of changes after first-version of LA has been
// agreed" (agreed: signed by all three parties).
void check_short_mobility_changes(const CheckContext& context, FindingSink& sink) {
  const Agreement& agreement = context.agreement;
  const bool short_mobility = context.type == MobilityType::Blended || context.type == MobilityType::ShortTermDoctoral;
  const ComponentsList* first = agreement.first_version ? &*agreement.first_version : nullptr;
  const bool agreed = first && first->student_signature && first->sending_hei_signature && first->receiving_hei_signature;
  if (short_mobility && agreed && agreement.changes_proposal) sink.add(kProposalAfterAgreedShortMobility, "/changesProposal");
}

void check_ewp(const CheckContext& context, FindingSink& sink) {
  check_identifiers(context.agreement, sink);
  check_components(context, sink);
  check_signer_positions(context.agreement, sink);
  check_short_mobility_changes(context, sink);
  XmlCharacterVisitor characters("", sink);
  Agreement::visit_fields(context.agreement, characters);
}

}  // namespace

const RuleGroup kEwpRules{kRules, std::size(kRules), check_ewp};

}  // namespace la
