// The session's signing: signing a block, the question before an edit voids signatures (one undo
// step, every kind of edit), a file whose signatures no longer hold, and the embedding's sign().
#include <doctest/doctest.h>

#include <functional>

#include <nlohmann/json.hpp>

#include "core/content_hash.hpp"
#include "core/json_codec.hpp"
#include "memory_platform.hpp"
#include "session_notices.hpp"
#include "test_files.hpp"
#include "ui/editor_session.hpp"
#include "ui/field_access.hpp"

namespace la {
namespace {

using test::MemoryPlatform;
using test::has_notice;
using test::notice_of;

// The valid semester example before anybody signed it.
Agreement unsigned_semester() { return test::without_signatures(test::example("valid-semester")); }

const Signer kOfficer{"Anna de Vries", "Erasmus coordinator", "a.devries@utwente.example"};

// A session showing `agreement`, as if the page had given it.
struct Started {
  MemoryPlatform platform;
  EditorSession session{platform, "draft"};
  explicit Started(const Agreement& agreement) { session.start(write_agreement(agreement)); }
  const std::optional<Signature>& signature(Party party) {
    return signature_of(*session.agreement().first_version, party);
  }
};

TEST_CASE("signing as the student seals the first version in one undo step and shows the fingerprint") {
  Started s(unsigned_semester());
  EditorSession::SignResult result = s.session.sign(Party::Student, student_signer(s.session.agreement()));
  REQUIRE(result.ok);
  REQUIRE(s.signature(Party::Student));
  CHECK(s.signature(Party::Student)->signer_name == "Łukasz Żółć");
  CHECK(s.signature(Party::Student)->timestamp == "2026-11-23T10:15:00+01:00");  // the browser's clock and zone
  CHECK(s.signature(Party::Student)->signer_app == signer_app());
  CHECK(s.signature(Party::Student)->content_hash == content_hash(s.session.agreement(), Section::FirstVersion));
  CHECK(result.fingerprint.size() == 19);
  CHECK(notice_of(s.session, NoticeKind::Signed).text.find(result.fingerprint) != std::string::npos);
  CHECK(s.session.status_text().find("signed by the student") != std::string::npos);
  REQUIRE(s.session.undo());
  CHECK_FALSE(s.signature(Party::Student));
  CHECK(s.session.status_text().find("not signed yet") != std::string::npos);
}

TEST_CASE("signing is refused while the agreement has errors, and says how many") {
  Agreement agreement = unsigned_semester();
  agreement.student->email = "not an address";
  Started s(agreement);
  EditorSession::SignResult result = s.session.sign(Party::Student, {"Łukasz Żółć", "", ""});
  CHECK_FALSE(result.ok);
  CHECK(result.errors == 1);
  CHECK(result.error.find("errors") != std::string::npos);
  CHECK_FALSE(s.signature(Party::Student));
  CHECK_FALSE(s.session.document().can_undo());
}

TEST_CASE("an institution's signer needs a name, a position and an e-mail address") {
  Started s(unsigned_semester());
  CHECK(s.session.sign(Party::SendingHei, {"Anna de Vries", "", "a.devries@utwente.example"}).error.find("position") !=
        std::string::npos);
  CHECK(s.session.sign(Party::SendingHei, {"Anna de Vries", "Erasmus coordinator", ""}).error.find("e-mail") !=
        std::string::npos);
  CHECK_FALSE(s.signature(Party::SendingHei));
  CHECK(s.session.sign(Party::SendingHei, kOfficer).ok);
  CHECK(s.signature(Party::SendingHei)->signer_position == "Erasmus coordinator");
}

TEST_CASE("an edit of signed content asks first and changes nothing until the answer") {
  Started s(unsigned_semester());
  REQUIRE(s.session.sign(Party::Student, student_signer(s.session.agreement())).ok);
  REQUIRE(s.session.sign(Party::SendingHei, kOfficer).ok);
  const std::string before = s.session.document_json();
  s.session.edit_text("/student/email", "lukasz@student.utwente.example");
  CHECK(s.session.document_json() == before);
  REQUIRE(s.session.void_question_open());
  CHECK(s.session.void_question() ==
        "This removes the signatures of the student and the sending institution; they will have to sign again.");
  CHECK(s.session.void_question_field() == "/student/email");
  // Keys typed while the question is open go nowhere.
  s.session.edit_text("/student/email", "lukasz@student.utwente.examplex");
  s.session.add_row("/firstVersion/componentsStudied");
  CHECK_FALSE(s.session.undo());
  CHECK(s.session.document_json() == before);

  SUBCASE("not going on keeps the text and the signatures as they were") {
    s.session.answer_void_question(false);
    CHECK_FALSE(s.session.void_question_open());
    CHECK(s.session.document_json() == before);
    REQUIRE(s.session.undo());  // the undo history is untouched: the last step is the signing
    CHECK_FALSE(s.signature(Party::SendingHei));
    CHECK(s.signature(Party::Student));
  }
  SUBCASE("going on makes the edit and removes the voided signatures in one undo step") {
    s.session.answer_void_question(true);
    CHECK(s.session.agreement().student->email == "lukasz@student.utwente.example");
    CHECK_FALSE(s.signature(Party::Student));
    CHECK_FALSE(s.signature(Party::SendingHei));
    CHECK(has_notice(s.session, NoticeKind::SignaturesRemoved));
    REQUIRE(s.session.undo());
    CHECK(s.session.document_json() == before);
    // After the voiding, editing goes on without asking: nothing signed is left.
    REQUIRE(s.session.redo());
    s.session.edit_text("/student/email", "l@student.utwente.example");
    CHECK_FALSE(s.session.void_question_open());
  }
}

TEST_CASE("every kind of edit of signed content asks: rows, a paste, a pick, a number, a flag") {
  const std::string list = "/firstVersion/componentsStudied";
  auto edits = std::vector<std::pair<std::string, std::function<void(EditorSession&)>>>{
      {"add a row", [&](EditorSession& e) { e.add_row(list); }},
      {"delete a row", [&](EditorSession& e) { e.delete_row(list, 0); }},
      {"move a row", [&](EditorSession& e) { e.move_row(list, 0, 1); }},
      {"duplicate a row", [&](EditorSession& e) { e.duplicate_row(list, 0); }},
      {"paste courses", [&](EditorSession& e) { e.paste_courses(list, 0, {{"X1", "Course", 5.0}}); }},
      {"pick a country", [&](EditorSession& e) { e.pick_text("/student/citizenship", std::string("NL")); }},
      {"type credits", [&](EditorSession& e) { e.edit_number(list + "/0/credits/0/value", "7", PendingNumbers::Kind::Decimal); }},
      {"pick a gender", [&](EditorSession& e) { e.pick_whole_number("/student/gender", 2); }},
      {"change the type", [&](EditorSession& e) { e.set_mobility_type(MobilityType::Blended); }},
  };
  for (auto& [name, edit] : edits) {
    CAPTURE(name);
    Started s(test::sealed(test::example("valid-semester")));
    const std::string before = s.session.document_json();
    edit(s.session);
    CHECK(s.session.void_question_open());
    CHECK(s.session.document_json() == before);
    s.session.answer_void_question(true);
    CHECK(s.session.document_json() != before);
    CHECK_FALSE(s.signature(Party::Student));
    REQUIRE(s.session.undo());
    CHECK(s.session.document_json() == before);
  }
}

TEST_CASE("leaving a field tidies it only where that voids no signature") {
  Agreement agreement = test::sealed(test::example("valid-semester"));
  agreement.student->email = " l.zolc@student.utwente.example ";  // sealed with the spaces
  agreement = test::sealed(agreement);
  Started s(agreement);
  const std::string before = s.session.document_json();
  s.session.field_left("/student/email");
  CHECK_FALSE(s.session.void_question_open());
  CHECK(s.session.document_json() == before);
}

TEST_CASE("opening a file whose signature no longer holds says which, and what changed since") {
  MemoryPlatform platform;
  EditorSession session(platform, "draft");
  const Agreement sealed = test::sealed(test::example("valid-semester"));
  session.start(write_agreement(sealed));
  Agreement tampered = sealed;
  tampered.student->email = "someone.else@student.utwente.example";
  tampered.first_version->components_studied->at(0).title = std::string("Another course");

  SUBCASE("with the signed agreement at hand, the changed fields are named as the form names them") {
    REQUIRE(session.open_file({"tampered.json", write_agreement(tampered), ""}));
    const std::string& text = notice_of(session, NoticeKind::SignaturesBroken).text;
    CHECK(text.find("the student, the sending institution and the receiving institution") != std::string::npos);
    CHECK(text.find("(LA-703)") != std::string::npos);
    CHECK(text.find("Student · E-mail") != std::string::npos);
    CHECK_MESSAGE(text.find("Table A: study programme abroad · row 1 · Component title") != std::string::npos, text);
  }
  SUBCASE("without it, the notice says that the file does not tell what changed") {
    session.new_agreement(MobilityType::Semester);
    REQUIRE(session.open_file({"tampered.json", write_agreement(tampered), ""}));
    const std::string& text = notice_of(session, NoticeKind::SignaturesBroken).text;
    CHECK(text.find("does not tell what was changed") != std::string::npos);
  }
  SUBCASE("a file whose signatures hold says nothing of the kind") {
    REQUIRE(session.open_file({"sealed.json", write_agreement(sealed), ""}));
    CHECK_FALSE(has_notice(session, NoticeKind::SignaturesBroken));
  }
}

TEST_CASE("the embedding's sign() signs for an office and answers in words when it cannot") {
  Started s(unsigned_semester());
  auto answer = [&](std::string_view party, std::string_view signer) {
    return nlohmann::json::parse(s.session.sign_json(party, signer));
  };
  nlohmann::json refused = answer("sendingHei", R"({"signerName":"Anna de Vries"})");
  CHECK(refused["ok"] == false);
  CHECK(refused["error"]["message"].get<std::string>().find("position") != std::string::npos);
  CHECK(answer("dean", "{}")["error"]["message"].get<std::string>().find("dean") != std::string::npos);
  CHECK(answer("student", "[1]")["ok"] == false);
  nlohmann::json signed_ = answer(
      "sendingHei", R"({"signerName":"Anna de Vries","signerPosition":"Erasmus coordinator","signerEmail":"a.devries@utwente.example"})");
  REQUIRE(signed_["ok"] == true);
  CHECK(signed_["findings"].is_array());
  CHECK(signed_["fingerprint"].get<std::string>().size() == 19);
  CHECK(s.signature(Party::SendingHei)->signer_name == "Anna de Vries");
}

TEST_CASE("signatures survive a reload through the draft") {
  MemoryPlatform platform;
  {
    EditorSession first(platform, "draft");
    first.start(write_agreement(unsigned_semester()));
    REQUIRE(first.sign(Party::Student, student_signer(first.agreement())).ok);
    first.page_hidden();
  }
  EditorSession second(platform, "draft");
  second.start();
  REQUIRE(second.agreement().first_version->student_signature);
  CHECK(signature_statuses(second.agreement()).front().state == SignatureState::Holds);
}

}  // namespace
}  // namespace la
