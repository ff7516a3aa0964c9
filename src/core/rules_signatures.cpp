// Rules LA-7xx: who signed each section, when, and whether the signed content is unchanged.
// learning-agreement.md, section 4; the signed content and its hash: content_hash.hpp.
#include <array>
#include <string>

#include "core/calendar.hpp"
#include "core/content_hash.hpp"
#include "core/json_pointer.hpp"
#include "core/rule_groups.hpp"
#include "core/text_formats.hpp"

namespace la {
namespace {

constexpr Rule kSignatureMissing{"LA-701", Severity::Warning, "G, X"};
constexpr Rule kSignatureIncomplete{"LA-702", Severity::Error, "X"};
constexpr Rule kSignatureVoid{"LA-703", Severity::Error, "ext"};
constexpr Rule kSignedAfterMobility{"LA-704", Severity::Warning, "—"};

constexpr const Rule* kRules[] = {
    &kSignatureMissing, &kSignatureIncomplete, &kSignatureVoid, &kSignedAfterMobility,
};

enum class Signer { Student, SendingHei, ReceivingHei };

struct SignatureRef {
  Signer signer;
  const char* field;
  const std::optional<Signature>* signature;
};

std::array<SignatureRef, 3> signatures_of(const ComponentsList& lists) {
  return {{{Signer::Student, "studentSignature", &lists.student_signature},
           {Signer::SendingHei, "sendingHeiSignature", &lists.sending_hei_signature},
           {Signer::ReceivingHei, "receivingHeiSignature", &lists.receiving_hei_signature}}};
}

// G: "all parties must sign"; X requires the three signatures of a first version. Section 2:
// "A draft may omit firstVersion signatures", so an unsigned first version is a draft; once one
// party has signed, the others' signatures are awaited.
void check_first_version_signed(const Agreement& agreement, FindingSink& sink) {
  if (!agreement.first_version) return;
  std::array<SignatureRef, 3> signatures = signatures_of(*agreement.first_version);
  bool signing_started = false;
  for (const SignatureRef& ref : signatures) signing_started = signing_started || ref.signature->has_value();
  if (!signing_started) return;
  for (const SignatureRef& ref : signatures) {
    if (!*ref.signature) sink.add(kSignatureMissing, pointer_append("/firstVersion", ref.field));
  }
}

// "/<section>/<signature>/<field>", made only for a finding.
std::string signature_pointer(Section section, const SignatureRef& ref, std::string_view field) {
  return pointer_append(pointer_append(pointer_append("", section_field_name(section)), ref.field), field);
}

// The last day of the mobility, when the end date is valid.
std::optional<long long> mobility_last_day(const Agreement& agreement) {
  if (is_missing(agreement.end_date)) return std::nullopt;
  std::optional<CalendarDate> end = parse_month_or_date(*agreement.end_date);
  return end ? std::optional<long long>(last_day(*end)) : std::nullopt;
}

// X Signature: a timestamp (xs:dateTime) always; signer-name "MUST be set" but for the student.
void check_signature(const Agreement& agreement, Section section, const SignatureRef& ref, const Signature& signature,
                     std::optional<long long> last_day, FindingSink& sink) {
  std::optional<Timestamp> stamp =
      is_missing(signature.timestamp) ? std::nullopt : parse_timestamp(*signature.timestamp);
  if (!stamp) {
    sink.add(kSignatureIncomplete, signature_pointer(section, ref, "timestamp"));
  } else if (last_day && day_number(stamp->date.year, stamp->date.month, stamp->date.day) > *last_day) {
    sink.add(kSignedAfterMobility, signature_pointer(section, ref, "timestamp"),
             {{"date", signature.timestamp->substr(0, 10)}, {"end", *agreement.end_date}});
  }
  if (ref.signer != Signer::Student && is_missing(signature.signer_name)) {
    sink.add(kSignatureIncomplete, signature_pointer(section, ref, "signerName"));
  }
  if (!is_missing(signature.signer_email) && !is_email(*signature.signer_email)) {
    sink.add(kSignatureIncomplete, signature_pointer(section, ref, "signerEmail"));
  }
}

// ext contentHash: a signature binds the content it was made on; hashing writes the whole
// agreement, so it is done once per section and only when a signature there carries a hash.
void check_content_hashes(const Agreement& agreement, Section section, const ComponentsList& lists,
                          FindingSink& sink) {
  std::string expected;
  for (const SignatureRef& ref : signatures_of(lists)) {
    const std::optional<Signature>& signature = *ref.signature;
    if (!signature || is_missing(signature->content_hash)) continue;
    if (expected.empty()) expected = content_hash(agreement, section);
    if (*signature->content_hash != expected) {
      sink.add(kSignatureVoid, signature_pointer(section, ref, "contentHash"));
    }
  }
}

void check_section(const Agreement& agreement, Section section, const ComponentsList& lists,
                   std::optional<long long> last_day, FindingSink& sink) {
  for (const SignatureRef& ref : signatures_of(lists)) {
    if (*ref.signature) check_signature(agreement, section, ref, **ref.signature, last_day, sink);
  }
  check_content_hashes(agreement, section, lists, sink);
}

void check_signatures(const CheckContext& context, FindingSink& sink) {
  const Agreement& agreement = context.agreement;
  check_first_version_signed(agreement, sink);
  std::optional<long long> last_day = mobility_last_day(agreement);
  if (agreement.first_version) {
    check_section(agreement, Section::FirstVersion, *agreement.first_version, last_day, sink);
  }
  if (agreement.approved_changes) {
    check_section(agreement, Section::ApprovedChanges, *agreement.approved_changes, last_day, sink);
  }
  if (agreement.changes_proposal) {
    check_section(agreement, Section::ChangesProposal, *agreement.changes_proposal, last_day, sink);
  }
}

}  // namespace

const RuleGroup kSignatureRules{kRules, std::size(kRules), check_signatures};

}  // namespace la
