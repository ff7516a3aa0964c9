// Signing an agreement, and what a signature still means after the agreement changed (issue 14).
//
//   SignOutcome outcome = sign(agreement, Party::SendingHei, signer, now_utc_seconds, offset_minutes);
//   if (!outcome.agreement) show(message_text(outcome.error));   // nothing was changed
//   else save(*outcome.agreement), show(fingerprint(*signature_of(...)->content_hash));
//
// A party signs its block of the section being agreed: the changes proposal when there is one,
// else the first version. Signing sets timestamp, signerApp and contentHash (content_hash.hpp,
// docs/format.md). The hash detects any change to the signed content and gives each party a
// short fingerprint to keep; it proves no identity: anyone with the tool can seal edited content.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/agreement.hpp"
#include "core/component_lists.hpp"
#include "core/finding.hpp"

namespace la {

enum class Party { Student, SendingHei, ReceivingHei };
constexpr Party kParties[] = {Party::Student, Party::SendingHei, Party::ReceivingHei};

std::string_view party_name(Party party);                   // "student", "sendingHei", "receivingHei"
std::optional<Party> party_from_name(std::string_view name);  // the embedding API's words
std::string_view signature_field_name(Party party);         // "studentSignature", ...

// The signature block of a party in a section's lists.
const std::optional<Signature>& signature_of(const ComponentsList& lists, Party party);
std::optional<Signature>& signature_of(ComponentsList& lists, Party party);
// The section's lists, null when the agreement has no such section.
const ComponentsList* section_lists(const Agreement& agreement, Section section);
ComponentsList* section_lists(Agreement& agreement, Section section);

// "Learning Agreement Studio <version>": what signerApp says about the signing tool.
std::string signer_app();

// The section a signature made now goes into: the changes proposal if there is one, else the
// first version.
Section signing_section(const Agreement& agreement);

struct Signer {
  std::string name, position, email;
};
// The student signs with the name and e-mail of the student section (the dialog lets them edit).
Signer student_signer(const Agreement& agreement);

struct SignOutcome {
  std::optional<Agreement> agreement;  // the signed agreement, when signing was possible
  std::string error;                   // otherwise a message key (messages.hpp): why not
  Findings findings;                   // the check before signing: its warnings, or the errors that stop it
};

// Signs `party`'s block of signing_section(). Refused when the agreement has errors (the
// findings say which) or a signer field is missing or wrong: a name always; for an institution
// also a position and an e-mail address (EWP OMOBILITY-LAs 1.1.0); an e-mail, if given, valid.
// `now_utc_seconds` is the Unix time, `utc_offset_minutes` the signer's local offset (+120 in CEST).
SignOutcome sign(const Agreement& agreement, Party party, const Signer& signer, long long now_utc_seconds,
                 int utc_offset_minutes);

// "2026-05-02T10:15:00+02:00": a Unix time as local time with its offset (xs:dateTime).
std::string local_timestamp(long long utc_seconds, int utc_offset_minutes);

// --- Which signatures an edit voids

struct SignatureSlot {
  Section section;
  Party party;
  bool operator==(const SignatureSlot& other) const { return section == other.section && party == other.party; }
};

// The signatures of `after` whose signed content the edit changed and that no longer hold in
// `after`: an edit voids them ("This removes the signatures of ..."). A signature sealed over the
// content `after` has (a signed proposal applied as the approved changes) is not voided.
std::vector<SignatureSlot> signatures_voided_by(const Agreement& before, const Agreement& after);
// Removes those signatures, so that a changed agreement carries no broken ones.
void remove_signatures(Agreement& agreement, const std::vector<SignatureSlot>& slots);

// --- What each signature says now

enum class SignatureState {
  Holds,      // it carries a contentHash, and the content is still what was signed
  Voided,     // the content changed since (rule LA-703)
  NotSealed,  // signed without a contentHash (another tool): whether it holds cannot be told
  Absent,     // this party has not signed this section
};
std::string_view signature_state_name(SignatureState state);  // "holds", "voided", "not-sealed", "absent"

struct SignatureStatus {
  SignatureSlot slot;
  SignatureState state = SignatureState::Absent;
  std::string pointer;      // "/firstVersion/studentSignature"
  std::string fingerprint;  // of the hash the signature carries (what the party signed), or empty
};
// Every party of every section present, in document order.
std::vector<SignatureStatus> signature_statuses(const Agreement& agreement);

// A short form of a content hash for people to note and compare: its first 16 hexadecimal
// digits in four groups, "3f2a 91c0 7b44 e1d2". Empty for a text that is no content hash.
std::string fingerprint(std::string_view content_hash);

// --- "Compare with my copy"

struct CopyComparison {
  bool same = false;                   // the section's content is exactly what the copy holds
  std::vector<std::string> differing;  // JSON Pointers of the fields that differ (with a file only)
};
// `kept` is a content hash ("sha256:...") or a fingerprint, as the party noted it (case, spaces
// and dashes do not matter).
CopyComparison compare_with_fingerprint(const Agreement& agreement, Section section, std::string_view kept);
// `copy` is the file the party kept after signing; signatures do not count as differences.
CopyComparison compare_with_copy(const Agreement& agreement, Section section, const Agreement& copy);

}  // namespace la
