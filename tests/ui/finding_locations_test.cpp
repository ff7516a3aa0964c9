// Findings mapped onto the form: the section, the widget that takes the focus, and the label.
#include <doctest/doctest.h>

#include "core/checker.hpp"
#include "test_files.hpp"
#include "ui/field_access.hpp"
#include "ui/finding_locations.hpp"
#include "ui/ui_samples.hpp"

namespace la {
namespace {

// The sample's file, as the sample set part carries it.
std::string sample_text(std::string_view id) {
  return test::read_file(test::source_path("assets/samples/" + std::string(id) + ".json"));
}

FindingTarget target(std::string_view pointer, const Agreement& agreement = test::example("valid-semester")) {
  return finding_target(pointer, agreement);
}

TEST_CASE("a finding about a field goes to that field's widget") {
  FindingTarget t = target("/student/email");
  CHECK(t.section == FormSection::Student);
  CHECK(t.field == "/student/email");
  CHECK_FALSE(t.row);
  CHECK(target("/receivingHei/contactPerson/email").section == FormSection::ReceivingHei);
  CHECK(target("/endDate").section == FormSection::Mobility);
  CHECK(target("/studentLanguageSkill/cefrLevel").section == FormSection::Language);
  CHECK(target("/provisionsUrl").section == FormSection::Recognition);
}

TEST_CASE("a field the document lacks goes to where the widget would be") {
  Agreement empty;
  FindingTarget t = target("/student/givenNames", empty);
  CHECK(t.field == "/student/givenNames");
  CHECK(t.section == FormSection::Student);
}

TEST_CASE("list-level findings go to the table's total, row-level ones to the row's title") {
  FindingTarget list = target("/firstVersion/componentsStudied");
  CHECK(list.section == FormSection::TableA);
  CHECK(list.field == "/firstVersion/componentsStudied#total");
  CHECK(list.field == total_widget("/firstVersion/componentsStudied"));
  CHECK(list.list == "/firstVersion/componentsStudied");
  CHECK_FALSE(list.row);

  FindingTarget row = target("/firstVersion/componentsStudied/3");
  CHECK(row.field == "/firstVersion/componentsStudied/3/title");
  CHECK(row.row == 3u);
  CHECK(row.list == "/firstVersion/componentsStudied");
}

TEST_CASE("a finding about a missing or empty list goes to its \"Add a component\"") {
  CHECK(target("/firstVersion/componentsStudied", Agreement{}).field == "/firstVersion/componentsStudied");
  Agreement emptied = test::example("valid-semester");
  emptied.first_version->components_recognized.emplace();
  FindingTarget t = target("/firstVersion/componentsRecognized", emptied);
  CHECK(t.field == "/firstVersion/componentsRecognized");
  CHECK(t.list == "/firstVersion/componentsRecognized");
  CHECK(t.section == FormSection::TableB);
  CHECK(target("/changesProposal/componentsStudied").field == "/changesProposal/componentsStudied");
}

TEST_CASE("the totals of a list with rows show its total and mobility-window findings") {
  // LA-501: Table A of the sample adds up to 18 ECTS for 5 months.
  Agreement agreement = test::read_valid(sample_text("semester-typical-mistakes"));
  Findings findings = check_agreement(agreement);
  FindingMarks marks = mark_findings(findings, agreement);
  REQUIRE(marks.at("/firstVersion/componentsStudied#total"));
  CHECK(findings[marks.at("/firstVersion/componentsStudied#total")->front()].rule_id() == "LA-501");
  CHECK(marks.at("/firstVersion/componentsStudied") == nullptr);

  // LA-504: a mobility window with three lines in Table B.
  Agreement window = test::read_valid(sample_text("semester-mobility-window"));
  std::vector<Component>& lines = *window.first_version->components_recognized;
  REQUIRE(lines.size() == 1);
  lines.push_back(lines.front());
  lines.push_back(lines.front());
  Findings window_findings = check_agreement(window);
  FindingMarks window_marks = mark_findings(window_findings, window);
  const std::vector<std::size_t>* at_total = window_marks.at("/firstVersion/componentsRecognized#total");
  REQUIRE(at_total);
  bool lines_finding = false;
  for (std::size_t i : *at_total) lines_finding = lines_finding || window_findings[i].rule_id() == "LA-504";
  CHECK(lines_finding);
  CHECK(window_marks.at("/firstVersion/componentsRecognized") == nullptr);
}

TEST_CASE("a table's total is where its list is, and is named as the total") {
  FindingTarget total = target("/firstVersion/componentsRecognized#total");
  CHECK(total.section == FormSection::TableB);
  CHECK(total.list == "/firstVersion/componentsRecognized");
  CHECK(total.field == "/firstVersion/componentsRecognized#total");
  CHECK_FALSE(total.row);
  CHECK(place_text(total) == "Table B: recognition at the sending institution · the total");
  CHECK(place_text(target("/firstVersion/componentsStudied", Agreement{})) == "Table A: study programme abroad · the table");
  CHECK(place_text(target("/firstVersion/componentsStudied/0/credits/0/value")) ==
        "Table A: study programme abroad · row 1 · Credits");
}

TEST_CASE("a file's wrong field is named as the form names it, not by its pointer") {
  LoadError credits{"load.wrong-type",
                    {{"field", "/firstVersion/componentsStudied/0/credits/0/value"}, {"expected", "json.a-number"},
                     {"found", "json.a-string"}},
                    0, 0, "/firstVersion/componentsStudied/0/credits/0/value"};
  CHECK(load_error_text(credits) ==
        "The field “Table A: study programme abroad · row 1 · Credits” should be a number, but it is text.");
  CHECK(load_error_message(credits) ==
        "The field /firstVersion/componentsStudied/0/credits/0/value should be a number, but it is text.");
  // Where the form has no widget of its own for it, the nearest one, and the pointer for precision.
  LoadError twice{"load.duplicate-field", {{"field", "/student/nickname"}}, 0, 0, "/student/nickname"};
  CHECK(load_error_text(twice) ==
        "The field “Student” (/student/nickname) appears twice; which value is meant is unclear. Keep one of them.");
  LoadError list{"load.wrong-type", {{"field", "/firstVersion/componentsRecognized"}, {"expected", "json.a-list"},
                                     {"found", "json.an-object"}}, 0, 0, "/firstVersion/componentsRecognized"};
  CHECK(load_error_text(list).find("“Table B: recognition at the sending institution · the table”") != std::string::npos);
  LoadError not_json{"load.not-json", {{"problem", "json.unexpected-end"}, {"line", "3"}, {"column", "1"}}, 3, 1, ""};
  CHECK(load_error_text(not_json) == load_error_message(not_json));
}

TEST_CASE("credit findings go to the row's credit cell, term findings to its term") {
  CHECK(target("/firstVersion/componentsStudied/2/credits").field == "/firstVersion/componentsStudied/2/credits/0/value");
  CHECK(target("/firstVersion/componentsStudied/2/credits/1/value").field ==
        "/firstVersion/componentsStudied/2/credits/0/value");
  CHECK(target("/firstVersion/componentsRecognized/0/credits/0/scheme").field ==
        "/firstVersion/componentsRecognized/0/credits/0/scheme");
  CHECK(target("/firstVersion/componentsStudied/1/termId").field == "/firstVersion/componentsStudied/1/termId");
  CHECK(target("/changesProposal/componentsStudied/1/reasonCode").field == "/changesProposal/componentsStudied/1/reasonCode");
  CHECK(target("/changesProposal/componentsStudied/1/reasonCode").section == FormSection::ChangesProposal);
}

TEST_CASE("tables belong to the sections the mobility type gives them") {
  Agreement blended = test::example("valid-blended");
  CHECK(target("/firstVersion/blendedMobilityComponents/0/title", blended).section == FormSection::TableA);
  CHECK(target("/firstVersion/virtualComponents/0/shortDescription", blended).section == FormSection::TableC);
  CHECK(target("/firstVersion/componentsStudied", blended).section == FormSection::OtherLists);
  CHECK(target("/firstVersion/virtualComponents").section == FormSection::OtherLists);
  CHECK(target("/firstVersion/componentsRecognized", blended).section == FormSection::TableB);
  Agreement doctoral = test::example("valid-doctoral");
  CHECK(target("/firstVersion/shortTermDoctoralComponents/0", doctoral).section == FormSection::TableA);
}

TEST_CASE("a missing signature goes to its signer's name; objects to their first field") {
  FindingTarget signature = target("/firstVersion/sendingHeiSignature");
  CHECK(signature.section == FormSection::Signatures);
  CHECK(signature.field == "/firstVersion/sendingHeiSignature/signerName");
  CHECK(target("/firstVersion/studentSignature/timestamp").field == "/firstVersion/studentSignature/timestamp");
  CHECK(target("/creditSystem").field == "/creditSystem/name");
  CHECK(target("/bip/partnerHeis").field == "/bip/partnerHeis");
  CHECK(target("/bip/partnerHeis/1").field == "/bip/partnerHeis/1/heiId");
}

TEST_CASE("an unknown field goes to its nearest known parent, or the section's header") {
  CHECK(target("/student/nickname").field == "#student");
  CHECK(target("/student/nickname").section == FormSection::Student);
  CHECK(target("/firstVersion/componentsStudied/0/room").field == "/firstVersion/componentsStudied/0/title");
  CHECK(target("/approvedChanges").field == "#approvedChanges");
  CHECK(target("/comment").field == "#document");
  CHECK(target("/comment").section == FormSection::Document);
}

TEST_CASE("every finding of every sample lands on a widget or a section header") {
  for (const Sample& sample : samples()) {
    CAPTURE(sample.id);
    Agreement agreement = test::read_valid(sample_text(sample.id));
    FindingMarks marks = mark_findings(check_agreement(agreement), agreement);
    for (const FindingTarget& t : marks.targets) {
      CAPTURE(t.field);
      FieldKind kind = field_kind(t.field);
      bool widget = kind == FieldKind::Text || kind == FieldKind::Number || kind == FieldKind::WholeNumber ||
                    kind == FieldKind::Flag || kind == FieldKind::List || t.field.substr(0, 1) == "#" ||
                    (kind == FieldKind::Object && last_token(t.field) == "termId") ||
                    (field_kind(t.list) == FieldKind::List && t.field == total_widget(t.list));
      CHECK(widget);
    }
  }
}

TEST_CASE("findings are counted per section and listed per widget") {
  Agreement agreement = test::read_valid(sample_text("semester-typical-mistakes"));
  Findings findings = check_agreement(agreement);
  FindingMarks marks = mark_findings(findings, agreement);
  CHECK(marks.sections[static_cast<int>(FormSection::Student)].errors == 1);
  CHECK(marks.sections[static_cast<int>(FormSection::Student)].warnings == 1);
  REQUIRE(marks.at("/student/email"));
  CHECK(findings[marks.at("/student/email")->front()].rule_id() == "LA-104");
  CHECK(marks.at("/student/givenNames") == nullptr);
}

TEST_CASE("the form lists findings section by section, the student first") {
  Agreement agreement = test::read_valid(sample_text("semester-typical-mistakes"));
  Findings findings = check_agreement(agreement);
  FindingMarks marks = mark_findings(findings, agreement);
  REQUIRE(marks.form_order.size() == findings.size());
  CHECK(findings[marks.form_order.front()].pointer == "/student/globalId");   // the checker lists the institutions first
  CHECK(findings.front().pointer == "/receivingHei/erasmusCode");
  for (std::size_t k = 1; k < marks.form_order.size(); ++k) {
    CHECK(marks.targets[marks.form_order[k - 1]].section <= marks.targets[marks.form_order[k]].section);
  }
}

TEST_CASE("fields have labels by their name and place") {
  CHECK(field_label_key("/student/email") == "ui.field.email");
  CHECK(field_label_key("/sendingHei/contactPerson/email") == "ui.field.contact.email");
  CHECK(field_label_key("/firstVersion/componentsStudied/1/credits/0/value") == "ui.field.credits");
  CHECK(field_label_key("/creditSystem/url") == "ui.field.creditSystem.url");
  CHECK(field_label_key("/receivingHei/name") == "ui.field.heiName");
  CHECK(field_label_key("/bip/partnerHeis/0/heiId") == "ui.field.partnerHeiId");
}

}  // namespace
}  // namespace la
