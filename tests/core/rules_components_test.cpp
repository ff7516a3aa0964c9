// Rules on components (LA-4xx), each from a valid example with the smallest change.

#include "rules_test.hpp"

namespace la {
namespace {

Agreement blended() { return test::example("valid-blended"); }

std::vector<Component>& table_a(Agreement& agreement) { return *agreement.first_version->components_studied; }
std::vector<Component>& table_b(Agreement& agreement) { return *agreement.first_version->components_recognized; }

// The semester example with an approved change that deletes Table A's first course.
Agreement with_approved_deletion() {
  Agreement agreement = semester();
  Component deleted = table_a(agreement)[0];
  deleted.status = "deleted";
  deleted.reason_code = "not-available";
  agreement.approved_changes.emplace().components_studied = std::vector<Component>{deleted};
  return agreement;
}

// A change of `component` without a short description.
Component undescribed_change(Component component, const char* status, const char* reason_code) {
  component.short_description.reset();
  component.status = status;
  component.reason_code = reason_code;
  return component;
}

// The semester example still being drafted: its first version proposed in the changes proposal (X).
Agreement proposed_first_version() {
  Agreement agreement = test::first_version_proposed(semester(), "cp-1");
  agreement.changes_proposal->receiving_hei_signature.reset();
  return agreement;
}

TEST_CASE("LA-401: a semester without Table A") {
  Agreement agreement = semester();
  agreement.first_version->components_studied.reset();
  CHECK(pointers_of(agreement, "LA-401") == Lines{"/firstVersion/componentsStudied"});
  table_a(agreement = semester()).clear();
  CHECK(pointers_of(agreement, "LA-401") == Lines{"/firstVersion/componentsStudied"});
}

TEST_CASE("LA-401: the study list follows the mobility type") {
  Agreement mixed_up = blended();
  mixed_up.first_version->blended_mobility_components.reset();
  CHECK(pointers_of(mixed_up, "LA-401") == Lines{"/firstVersion/blendedMobilityComponents"});
  Agreement doctoral = test::example("valid-doctoral");
  doctoral.first_version->short_term_doctoral_components->clear();
  CHECK(findings_of(doctoral) == Lines{"LA-401 /firstVersion/shortTermDoctoralComponents"});
}

TEST_CASE("LA-401 and LA-402 point into firstVersion when there is no list at all") {
  Agreement agreement = semester();
  agreement.first_version.reset();
  CHECK(pointers_of(agreement, "LA-401") == Lines{"/firstVersion/componentsStudied"});
  CHECK(pointers_of(agreement, "LA-402") == Lines{"/firstVersion/componentsRecognized"});
}

TEST_CASE("a first version proposed in the changes proposal counts as the first version") {
  CHECK(findings_of(proposed_first_version()) == Lines{});
  Agreement agreement = proposed_first_version();
  agreement.changes_proposal->components_recognized.reset();
  CHECK(pointers_of(agreement, "LA-402") == Lines{"/changesProposal/componentsRecognized"});
}

TEST_CASE("LA-402: a semester without Table B") {
  Agreement agreement = semester();
  table_b(agreement).clear();
  CHECK(findings_of(agreement) == Lines{"LA-402 /firstVersion/componentsRecognized"});
}

TEST_CASE("LA-402 is for semesters only") {
  Agreement agreement = blended();
  agreement.first_version->components_recognized.reset();
  CHECK(findings_of(agreement) == Lines{});
}

TEST_CASE("LA-403: a component without title, in any list and section") {
  Agreement agreement = semester();
  table_a(agreement)[1].title = "  ";
  CHECK(findings_of(agreement) == Lines{"LA-403 /firstVersion/componentsStudied/1/title"});
  Agreement changed = with_approved_deletion();
  (*changed.approved_changes->components_studied)[0].title.reset();
  CHECK(pointers_of(changed, "LA-403") == Lines{"/approvedChanges/componentsStudied/0/title"});
}

TEST_CASE("LA-404: a component without a credit value") {
  Agreement agreement = semester();
  table_a(agreement)[3].credits.reset();  // Table A: 26 of 30 ECTS
  CHECK(findings_of(agreement) == Lines{"LA-404 /firstVersion/componentsStudied/3/credits"});
  table_a(agreement)[3].credits = std::vector<Credit>{};
  CHECK(findings_of(agreement) == Lines{"LA-404 /firstVersion/componentsStudied/3/credits"});
  table_a(agreement)[3].credits = std::vector<Credit>{{"ects", std::nullopt, {}}};
  CHECK(findings_of(agreement) == Lines{"LA-404 /firstVersion/componentsStudied/3/credits"});
}

TEST_CASE("LA-404: a deleted component needs no credits of its own") {
  Agreement agreement = with_approved_deletion();
  (*agreement.approved_changes->components_studied)[0].credits.reset();
  CHECK(findings_of(agreement) == Lines{});
}

TEST_CASE("LA-405: a negative credit value (scenario 23)") {
  Agreement agreement = semester();
  (*table_a(agreement)[4].credits)[0].value = -3;  // Table A: 19 of 30 ECTS
  Findings findings = test::checked(agreement);
  CHECK(test::pointers_of(findings, "LA-405") == Lines{"/firstVersion/componentsStudied/4/credits/0/value"});
  CHECK_FALSE(test::fires(findings, "LA-406"));
}

TEST_CASE("LA-406: zero, over 30, or more than one decimal is unusual") {
  for (double value : {0.0, 31.0, 7.25, 29.99, 3.00000001, 1e-07}) {
    CAPTURE(value);
    Agreement agreement = semester();
    (*table_b(agreement)[2].credits)[0].value = value;
    CHECK(pointers_of(agreement, "LA-406") == Lines{"/firstVersion/componentsRecognized/2/credits/0/value"});
  }
}

TEST_CASE("LA-406: half credits and exactly 30 are usual") {
  // Tenths with binary rounding error (0.7 * 10 is 7.000000000000001) are still one decimal.
  for (double value : {7.5, 30.0, 0.1, 0.7, 29.9, 2.3, 12.1}) {
    CAPTURE(value);
    Agreement agreement = semester();
    (*table_b(agreement)[2].credits)[0].value = value;
    CHECK(pointers_of(agreement, "LA-406") == Lines{});
  }
}

TEST_CASE("LA-407: the same course code twice in Table A (scenario 12)") {
  Agreement agreement = semester();
  table_a(agreement).push_back(table_a(agreement)[0]);
  Findings findings = test::checked(agreement);
  CHECK(test::pointers_of(findings, "LA-407") == Lines{"/firstVersion/componentsStudied/5"});
  CHECK(test::first_of(findings, "LA-407").severity() == Severity::Warning);
}

TEST_CASE("LA-407: without codes, the same title in the same term is the same component") {
  Agreement agreement = semester();
  Component again = table_a(agreement)[3];  // "Polish Language Course A1", no code
  again.title = " Polish Language Course A1 ";
  table_a(agreement).insert(table_a(agreement).begin(), again);
  CHECK(pointers_of(agreement, "LA-407") == Lines{"/firstVersion/componentsStudied/4"});
}

TEST_CASE("LA-407: another term, another list or another code is another component") {
  Agreement agreement = semester();
  Component next_term = table_a(agreement)[3];
  next_term.term_id->term_number = 2;
  table_a(agreement).push_back(next_term);
  Component other_code = table_a(agreement)[0];
  other_code.los_code = "1000-2M09ALC-B";
  table_a(agreement).push_back(other_code);
  table_b(agreement).push_back(table_a(agreement)[1]);
  CHECK(pointers_of(agreement, "LA-407") == Lines{});
}

TEST_CASE("LA-408: mixed schemes, some ECTS and some local (scenario 18)") {
  Agreement agreement = semester();
  (*table_a(agreement)[0].credits)[0].scheme = "uw-local";
  Findings findings = test::checked(agreement);
  CHECK(test::pointers_of(findings, "LA-408") == Lines{"/firstVersion/componentsStudied/0/credits/0/scheme"});
  CHECK(test::first_of(findings, "LA-408").args == MessageArgs{{"found", "uw-local"}, {"expected", "ects"}});
}

TEST_CASE("LA-409, not LA-408: a local scheme throughout without a credit system link (scenario 16)") {
  Agreement agreement = semester();
  for (Component& component : table_a(agreement)) (*component.credits)[0].scheme = "uw-local";
  for (Component& component : table_b(agreement)) (*component.credits)[0].scheme = "uw-local";
  Findings findings = test::checked(agreement);
  CHECK(test::described(findings) == Lines{"LA-409 /creditSystem"});
  CHECK(findings.at(0).args == MessageArgs{{"scheme", "uw-local"}});

  SUBCASE("with a credit system's name and https link (scenario 17)") {
    agreement.credit_system = CreditSystem{"UW local credits", "https://www.uw.example/credits", {}};
    CHECK(findings_of(agreement) == Lines{});
  }
  SUBCASE("with a name but no web link") {
    agreement.credit_system = CreditSystem{"UW local credits", "www.uw.example/credits", {}};
    CHECK(findings_of(agreement) == Lines{"LA-409 /creditSystem"});
  }
  SUBCASE("with a link but a blank name") {
    agreement.credit_system = CreditSystem{" ", "https://www.uw.example/credits", {}};
    CHECK(findings_of(agreement) == Lines{"LA-409 /creditSystem"});
  }
}

TEST_CASE("LA-409: upper-case \"ECTS\" is not X's scheme \"ects\"") {
  Agreement agreement = test::example("valid-doctoral");
  (*(*agreement.first_version->short_term_doctoral_components)[0].credits)[0].scheme = "ECTS";
  CHECK(findings_of(agreement) == Lines{"LA-409 /creditSystem"});
}

TEST_CASE("LA-410: a virtual component without a short description") {
  Agreement agreement = blended();
  (*agreement.first_version->virtual_components)[0].short_description = "";
  CHECK(findings_of(agreement) == Lines{"LA-410 /firstVersion/virtualComponents/0/shortDescription"});
}

TEST_CASE("LA-410: a deleted virtual component needs no description") {
  Agreement agreement = blended();
  Component deleted =
      undescribed_change((*agreement.first_version->virtual_components)[0], "deleted", "timetable-conflict");
  agreement.approved_changes.emplace().virtual_components = std::vector<Component>{deleted};
  CHECK_FALSE(test::fires(test::checked(agreement), "LA-410"));
}

TEST_CASE("LA-411: blended components where none has a short description") {
  Agreement agreement = blended();
  (*agreement.first_version->blended_mobility_components)[0].short_description.reset();
  CHECK(findings_of(agreement) == Lines{"LA-411 /firstVersion/blendedMobilityComponents"});
}

TEST_CASE("LA-411: one described blended component is enough") {
  Agreement agreement = blended();
  std::vector<Component>& physical = *agreement.first_version->blended_mobility_components;
  Component second = physical[0];
  second.los_code = "202400118";
  second.short_description.reset();
  physical.push_back(second);
  CHECK(pointers_of(agreement, "LA-411") == Lines{});
}

TEST_CASE("LA-411: blended components inserted by a change need a description too (section 4: every list)") {
  Agreement agreement = blended();
  Component inserted = undescribed_change((*agreement.first_version->blended_mobility_components)[0], "inserted",
                                          "extending-mobility");
  inserted.los_code = "202400118";
  agreement.approved_changes.emplace().blended_mobility_components = std::vector<Component>{inserted};
  CHECK(findings_of(agreement) == Lines{"LA-411 /approvedChanges/blendedMobilityComponents"});
}

TEST_CASE("LA-411: a change that only deletes blended components needs no description") {
  Agreement agreement = blended();
  Component deleted = undescribed_change((*agreement.first_version->blended_mobility_components)[0], "deleted",
                                         "timetable-conflict");
  agreement.approved_changes.emplace().blended_mobility_components = std::vector<Component>{deleted};
  CHECK_FALSE(test::fires(test::checked(agreement), "LA-411"));
}

TEST_CASE("LA-412: a short description on a Table A course") {
  Agreement agreement = semester();
  table_a(agreement)[0].short_description = "Logic for CS";
  Findings findings = test::checked(agreement);
  CHECK(test::described(findings) == Lines{"LA-412 /firstVersion/componentsStudied/0/shortDescription"});
  CHECK(findings.at(0).severity() == Severity::Warning);
}

TEST_CASE("LA-412: doctoral components may have a short description") {
  CHECK(findings_of(test::example("valid-doctoral")) == Lines{});
}

TEST_CASE("LA-413: a term number outside 1 to the total of terms") {
  Agreement agreement = semester();
  table_a(agreement)[2].term_id->term_number = 3;
  CHECK(findings_of(agreement) == Lines{"LA-413 /firstVersion/componentsStudied/2/termId"});
  table_a(agreement)[2].term_id->term_number = 0;
  CHECK(findings_of(agreement) == Lines{"LA-413 /firstVersion/componentsStudied/2/termId"});
  table_a(agreement)[2].term_id = TermId{1, 0, {}};
  CHECK(findings_of(agreement) == Lines{"LA-413 /firstVersion/componentsStudied/2/termId"});
  // X requires both numbers: half a term id cannot be imported.
  table_a(agreement)[2].term_id = TermId{1, std::nullopt, {}};
  CHECK(findings_of(agreement) == Lines{"LA-413 /firstVersion/componentsStudied/2/termId"});
  table_a(agreement)[2].term_id = TermId{};
  CHECK(findings_of(agreement) == Lines{"LA-413 /firstVersion/componentsStudied/2/termId"});
}

TEST_CASE("LA-413: the last term of the year is a valid term") {
  Agreement agreement = semester();
  table_a(agreement)[2].term_id->term_number = 2;
  CHECK(findings_of(agreement) == Lines{});
}

TEST_CASE("LA-414: change fields on a first-version component") {
  Agreement agreement = semester();
  table_a(agreement)[1].status = "inserted";
  table_a(agreement)[1].reason_text = "new course";
  CHECK(findings_of(agreement) == Lines{"LA-414 /firstVersion/componentsStudied/1/status",
                                        "LA-414 /firstVersion/componentsStudied/1/reasonText"});
  Agreement draft = proposed_first_version();
  (*draft.changes_proposal->components_recognized)[0].reason_code = "not-available";
  CHECK(pointers_of(draft, "LA-414") == Lines{"/changesProposal/componentsRecognized/0/reasonCode"});
}

TEST_CASE("LA-414: change fields in approved changes are where they belong") {
  CHECK(pointers_of(with_approved_deletion(), "LA-414") == Lines{});
}

}  // namespace
}  // namespace la
