// Signing, voided signatures, signature status and "Compare with my copy" (signing.hpp).
#include "core/signing.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "core/calendar.hpp"
#include "core/checker.hpp"
#include "core/content_hash.hpp"
#include "core/json_parse.hpp"
#include "core/json_pointer.hpp"
#include "core/sorted_order.hpp"
#include "core/text_formats.hpp"

#ifndef LA_VERSION
#error "LA_VERSION comes from the project's version (src/core/CMakeLists.txt)"
#endif

namespace la {
namespace {

constexpr Section kSections[] = {Section::FirstVersion, Section::ApprovedChanges, Section::ChangesProposal};

std::string trimmed_copy(const std::string& text) { return std::string(trimmed(text)); }

// Why a signer cannot sign, as a message key; empty when they can. EWP OMOBILITY-LAs 1.1.0
// requires name, position and e-mail in an institution's signature; a signature block without
// a name would print as an empty line, so the student needs one too.
std::string signer_problem(Party party, const Signer& signer) {
  if (is_blank(signer.name)) return "sign.name-missing";
  const bool institution = party != Party::Student;
  if (institution && is_blank(signer.position)) return "sign.position-missing";
  if (institution && is_blank(signer.email)) return "sign.email-missing";
  if (!is_blank(signer.email) && !is_email(trimmed(signer.email))) return "sign.email-invalid";
  return {};
}

std::string two_digits(long long value) {
  char text[24];  // room for any long long, which keeps the compiler's truncation check quiet
  std::snprintf(text, sizeof text, "%02lld", value);
  return text;
}

// The hexadecimal digits of a hash or fingerprint as a person may have noted them.
std::string hex_digits_of(std::string_view text) {
  if (text.rfind("sha256:", 0) == 0) text.remove_prefix(7);
  std::string digits;
  for (char c : text) {
    if (c == ' ' || c == '-') continue;
    digits += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return digits;
}

// The pointers where `now` differs from `then`: a value changed, or a member or an item that only
// one of them has. Written out rather than taken from nlohmann's diff(), whose JSON Patch
// generator would add kilobytes to the editor's first download for a list of places.
void collect_differences(const nlohmann::json& then, const nlohmann::json& now, const std::string& pointer,
                         std::vector<std::string>& out) {
  if (then.is_object() && now.is_object()) {
    for (auto it = then.begin(); it != then.end(); ++it) {
      auto other = now.find(it.key());
      if (other == now.end()) out.push_back(pointer_append(pointer, it.key()));
      else collect_differences(*it, *other, pointer_append(pointer, it.key()), out);
    }
    for (auto it = now.begin(); it != now.end(); ++it) {
      if (!then.contains(it.key())) out.push_back(pointer_append(pointer, it.key()));
    }
  } else if (then.is_array() && now.is_array()) {
    const std::size_t common = std::min(then.size(), now.size());
    for (std::size_t i = 0; i < common; ++i) collect_differences(then[i], now[i], pointer_append(pointer, i), out);
    for (std::size_t i = common; i < std::max(then.size(), now.size()); ++i) out.push_back(pointer_append(pointer, i));
  } else if (then != now) {
    out.push_back(pointer);
  }
}

bool section_has_content(const Agreement& agreement, Section section) {
  return section_lists(agreement, section) != nullptr;
}

}  // namespace

std::string_view party_name(Party party) {
  switch (party) {
    case Party::Student: return "student";
    case Party::SendingHei: return "sendingHei";
    case Party::ReceivingHei: return "receivingHei";
  }
  return {};
}

std::optional<Party> party_from_name(std::string_view name) {
  for (Party party : kParties) {
    if (party_name(party) == name) return party;
  }
  return std::nullopt;
}

std::string_view signature_field_name(Party party) {
  switch (party) {
    case Party::Student: return "studentSignature";
    case Party::SendingHei: return "sendingHeiSignature";
    case Party::ReceivingHei: return "receivingHeiSignature";
  }
  return {};
}

const std::optional<Signature>& signature_of(const ComponentsList& lists, Party party) {
  switch (party) {
    case Party::Student: return lists.student_signature;
    case Party::SendingHei: return lists.sending_hei_signature;
    case Party::ReceivingHei: break;
  }
  return lists.receiving_hei_signature;
}

std::optional<Signature>& signature_of(ComponentsList& lists, Party party) {
  return const_cast<std::optional<Signature>&>(signature_of(static_cast<const ComponentsList&>(lists), party));
}

const ComponentsList* section_lists(const Agreement& agreement, Section section) {
  switch (section) {
    case Section::FirstVersion: return agreement.first_version ? &*agreement.first_version : nullptr;
    case Section::ApprovedChanges: return agreement.approved_changes ? &*agreement.approved_changes : nullptr;
    case Section::ChangesProposal: break;
  }
  return agreement.changes_proposal ? &*agreement.changes_proposal : nullptr;
}

ComponentsList* section_lists(Agreement& agreement, Section section) {
  return const_cast<ComponentsList*>(section_lists(static_cast<const Agreement&>(agreement), section));
}

std::string signer_app() { return std::string("Learning Agreement Studio ") + LA_VERSION; }

Section signing_section(const Agreement& agreement) {
  return agreement.changes_proposal ? Section::ChangesProposal : Section::FirstVersion;
}

Signer student_signer(const Agreement& agreement) {
  Signer signer;
  if (!agreement.student) return signer;
  const Student& student = *agreement.student;
  if (!is_missing(student.given_names)) signer.name = trimmed_copy(*student.given_names);
  if (!is_missing(student.family_name)) {
    signer.name += (signer.name.empty() ? "" : " ") + trimmed_copy(*student.family_name);
  }
  if (!is_missing(student.email)) signer.email = trimmed_copy(*student.email);
  return signer;
}

std::string local_timestamp(long long utc_seconds, int utc_offset_minutes) {
  long long local = utc_seconds + utc_offset_minutes * 60LL;
  long long days = local >= 0 ? local / 86400 : -((-local + 86399) / 86400);
  long long second_of_day = local - days * 86400;
  CalendarDate date = date_of_day_number(days);
  int offset = utc_offset_minutes < 0 ? -utc_offset_minutes : utc_offset_minutes;
  char year[16];
  std::snprintf(year, sizeof year, "%04d", date.year);
  return std::string(year) + "-" + two_digits(date.month) + "-" + two_digits(date.day) + "T" +
         two_digits(second_of_day / 3600) + ":" + two_digits(second_of_day / 60 % 60) + ":" +
         two_digits(second_of_day % 60) + (utc_offset_minutes < 0 ? "-" : "+") + two_digits(offset / 60) + ":" +
         two_digits(offset % 60);
}

SignOutcome sign(const Agreement& agreement, Party party, const Signer& signer, long long now_utc_seconds,
                 int utc_offset_minutes) {
  SignOutcome outcome;
  outcome.findings = check_agreement(agreement);
  if (count_errors(outcome.findings) > 0) {
    outcome.error = "sign.has-errors";
    return outcome;
  }
  outcome.error = signer_problem(party, signer);
  if (!outcome.error.empty()) return outcome;

  Agreement signed_agreement = agreement;
  const Section section = signing_section(agreement);
  if (section == Section::FirstVersion && !signed_agreement.first_version) signed_agreement.first_version.emplace();
  Signature signature;
  signature.signer_name = trimmed_copy(signer.name);
  if (!is_blank(signer.position)) signature.signer_position = trimmed_copy(signer.position);
  if (!is_blank(signer.email)) signature.signer_email = trimmed_copy(signer.email);
  signature.timestamp = local_timestamp(now_utc_seconds, utc_offset_minutes);
  signature.signer_app = signer_app();
  // Signatures are not part of the signed content, so the hash is the same before and after.
  signature.content_hash = content_hash(signed_agreement, section);
  signature_of(*section_lists(signed_agreement, section), party) = std::move(signature);
  outcome.agreement = std::move(signed_agreement);
  return outcome;
}

std::vector<SignatureSlot> signatures_voided_by(const Agreement& before, const Agreement& after) {
  std::vector<SignatureSlot> voided;
  for (Section section : kSections) {
    const ComponentsList* lists = section_lists(after, section);
    if (!lists || !section_has_content(before, section)) continue;
    bool changed = false, compared = false;
    std::string sealed_over;  // the hash of the section in `after`, once a signature needs it
    for (Party party : kParties) {
      const std::optional<Signature>& signature = signature_of(*lists, party);
      if (!signature) continue;
      if (!compared) {
        changed = signed_content(before, section) != signed_content(after, section);
        compared = true;
      }
      if (!changed) continue;
      if (!is_missing(signature->content_hash)) {
        if (sealed_over.empty()) sealed_over = content_hash(after, section);
        if (*signature->content_hash == sealed_over) continue;
      }
      voided.push_back({section, party});
    }
  }
  return voided;
}

void remove_signatures(Agreement& agreement, const std::vector<SignatureSlot>& slots) {
  for (const SignatureSlot& slot : slots) {
    if (ComponentsList* lists = section_lists(agreement, slot.section)) signature_of(*lists, slot.party).reset();
  }
}

std::string_view signature_state_name(SignatureState state) {
  switch (state) {
    case SignatureState::Holds: return "holds";
    case SignatureState::Voided: return "voided";
    case SignatureState::NotSealed: return "not-sealed";
    case SignatureState::Absent: break;
  }
  return "absent";
}

std::vector<SignatureStatus> signature_statuses(const Agreement& agreement) {
  std::vector<SignatureStatus> statuses;
  for (Section section : kSections) {
    const ComponentsList* lists = section_lists(agreement, section);
    if (!lists) continue;
    std::string current;  // the section's hash, computed once and only when a signature needs it
    for (Party party : kParties) {
      SignatureStatus status;
      status.slot = {section, party};
      status.pointer = pointer_append(pointer_append("", section_field_name(section)), signature_field_name(party));
      const std::optional<Signature>& signature = signature_of(*lists, party);
      if (!signature) {
        status.state = SignatureState::Absent;
      } else if (is_missing(signature->content_hash)) {
        status.state = SignatureState::NotSealed;
      } else {
        if (current.empty()) current = content_hash(agreement, section);
        status.state = *signature->content_hash == current ? SignatureState::Holds : SignatureState::Voided;
        status.fingerprint = fingerprint(*signature->content_hash);
      }
      statuses.push_back(std::move(status));
    }
  }
  return statuses;
}

std::string fingerprint(std::string_view content_hash) {
  if (content_hash.rfind("sha256:", 0) != 0 || content_hash.size() < 7 + 16) return {};
  std::string_view hex = content_hash.substr(7, 16);
  std::string shown;
  for (std::size_t i = 0; i < hex.size(); ++i) {
    if (!std::isxdigit(static_cast<unsigned char>(hex[i]))) return {};
    if (i > 0 && i % 4 == 0) shown += ' ';
    shown += static_cast<char>(std::tolower(static_cast<unsigned char>(hex[i])));
  }
  return shown;
}

CopyComparison compare_with_fingerprint(const Agreement& agreement, Section section, std::string_view kept) {
  const std::string digits = hex_digits_of(kept);
  const std::string current = hex_digits_of(content_hash(agreement, section));
  CopyComparison comparison;
  // The whole hash, or the fingerprint's 16 digits: fewer would let a different content pass.
  comparison.same = (digits.size() == current.size() || digits.size() == 16) && current.rfind(digits, 0) == 0;
  return comparison;
}

CopyComparison compare_with_copy(const Agreement& agreement, Section section, const Agreement& copy) {
  const std::string now = signed_content(agreement, section);
  const std::string then = signed_content(copy, section);
  CopyComparison comparison;
  comparison.same = now == then;
  if (comparison.same) return comparison;
  // Both are canonical files written by our own codec, so they parse; the places are JSON
  // Pointers, the words an office can look up in the file.
  collect_differences(parse_json(then), parse_json(now), "",
                      comparison.differing);
  stable_sort_items(comparison.differing, [](const std::string& a, const std::string& b) { return a < b; });
  return comparison;
}

}  // namespace la
