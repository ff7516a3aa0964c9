// Rules on the mobility (LA-3xx), each from a valid example with the smallest change.

#include "rules_test.hpp"

namespace la {
namespace {

Agreement semester_from_to(const char* start, const char* end) {
  Agreement agreement = semester();
  agreement.start_date = start;
  agreement.end_date = end;
  return agreement;
}

TEST_CASE("LA-301: a missing or impossible start date") {
  Agreement agreement = semester();
  agreement.start_date.reset();
  CHECK(findings_of(agreement) == Lines{"LA-301 /startDate"});
  agreement.start_date = "2026-02-30";
  CHECK(findings_of(agreement) == Lines{"LA-301 /startDate"});
  agreement.start_date = "September 2026";
  CHECK(findings_of(agreement) == Lines{"LA-301 /startDate"});
}

TEST_CASE("LA-301: a start date given to the day is fine") {
  CHECK(findings_of(semester_from_to("2026-09-14", "2027-01")) == Lines{});
}

TEST_CASE("LA-302: a missing or impossible end date") {
  Agreement agreement = semester();
  agreement.end_date = "2027-13";
  CHECK(findings_of(agreement) == Lines{"LA-302 /endDate"});
  agreement.end_date = " ";
  CHECK(findings_of(agreement) == Lines{"LA-302 /endDate"});
}

TEST_CASE("LA-303: the end before the start (scenario 6)") {
  Findings findings = test::checked(semester_from_to("2027-02", "2026-10"));
  CHECK(test::described(findings) == Lines{"LA-303 /endDate"});
  CHECK(findings.at(0).args == MessageArgs{{"start", "2027-02"}, {"end", "2026-10"}});
}

TEST_CASE("LA-303 compares the earliest start day with the latest end day") {
  // Ends in the month it starts: not before the start, but a semester that short is LA-304's.
  CHECK(findings_of(semester_from_to("2026-09-30", "2026-09")) == Lines{"LA-304 /endDate"});
  CHECK(pointers_of(semester_from_to("2026-09", "2026-08-31"), "LA-303") == Lines{"/endDate"});
  CHECK(pointers_of(semester_from_to("2026-09-02", "2026-09-01"), "LA-303") == Lines{"/endDate"});
}

TEST_CASE("LA-304: a one-month semester (scenario 7)") {
  Findings findings = test::checked(semester_from_to("2026-09", "2026-09"));
  CHECK(test::described(findings) == Lines{"LA-304 /endDate"});
  CHECK(findings.at(0).args == MessageArgs{{"months", "1"}});
}

TEST_CASE("LA-304: 2 and 12 months are allowed, 13 months and 1.5 months are not") {
  CHECK(findings_of(semester_from_to("2026-09", "2026-10")) == Lines{});
  CHECK(pointers_of(semester_from_to("2026-09", "2027-08"), "LA-304") == Lines{});
  CHECK(pointers_of(semester_from_to("2026-09", "2027-09"), "LA-304") == Lines{"/endDate"});
  Findings findings = test::checked(semester_from_to("2026-09-01", "2026-10-15"));
  CHECK(test::pointers_of(findings, "LA-304") == Lines{"/endDate"});
  CHECK(findings.at(0).args == MessageArgs{{"months", "1.5"}});
}

TEST_CASE("LA-304 is for semesters only") {
  Agreement agreement = test::example("valid-doctoral");  // 26 days
  CHECK_FALSE(test::fires(test::checked(agreement), "LA-304"));
}

TEST_CASE("LA-305: a blended mobility's dates must be given to the day") {
  Agreement agreement = test::example("valid-blended");
  agreement.start_date = "2027-03";
  CHECK(findings_of(agreement) == Lines{"LA-305 /startDate"});
  Agreement doctoral = test::example("valid-doctoral");
  doctoral.start_date = "2026-10";
  doctoral.end_date = "2026-10";
  CHECK(pointers_of(doctoral, "LA-305") == Lines{"/startDate", "/endDate"});
}

TEST_CASE("LA-305 does not apply to a semester given in months") {
  CHECK_FALSE(test::fires(test::checked(semester()), "LA-305"));
}

TEST_CASE("LA-306: an academic year in another form") {
  Agreement agreement = semester();
  for (const char* year : {"2026-2027", "2026/2028", "2027/2026", "26/27"}) {
    CAPTURE(year);
    agreement.receiving_academic_year_id = year;
    CHECK(findings_of(agreement) == Lines{"LA-306 /receivingAcademicYearId"});
  }
  agreement.receiving_academic_year_id.reset();
  CHECK(findings_of(agreement) == Lines{"LA-306 /receivingAcademicYearId"});
}

TEST_CASE("LA-306: a southern-hemisphere academic year is valid") {
  Agreement agreement = semester();
  agreement.receiving_academic_year_id = "2026/2026";  // calendar year 2026, 1 Dec 2025 .. 31 Jan 2027
  CHECK(findings_of(agreement) == Lines{});
}

TEST_CASE("LA-307: a start outside the academic year") {
  Agreement agreement = semester();
  agreement.receiving_academic_year_id = "2025/2026";
  Findings findings = test::checked(agreement);
  CHECK(test::described(findings) == Lines{"LA-307 /startDate"});
  CHECK(findings.at(0).args == MessageArgs{{"start", "2026-09"}, {"year", "2025/2026"}});
  CHECK(findings.at(0).severity() == Severity::Warning);
  agreement.receiving_academic_year_id = "2027/2027";
  CHECK(findings_of(agreement) == Lines{"LA-307 /startDate"});
}

TEST_CASE("LA-307: the year reaches one month beyond 1 August and 31 July") {
  CHECK(pointers_of(semester_from_to("2026-07-01", "2027-01"), "LA-307") == Lines{});
  CHECK(pointers_of(semester_from_to("2026-06-30", "2027-01"), "LA-307") == Lines{"/startDate"});
  CHECK(pointers_of(semester_from_to("2027-08-31", "2027-12"), "LA-307") == Lines{});
  CHECK(pointers_of(semester_from_to("2027-09-01", "2027-12"), "LA-307") == Lines{"/startDate"});
  CHECK(pointers_of(semester_from_to("2026-07", "2027-01"), "LA-307") == Lines{});  // from its first day
  CHECK(pointers_of(semester_from_to("2026-06", "2027-01"), "LA-307") == Lines{"/startDate"});
}

TEST_CASE("LA-308: an EQF level missing or outside 1 to 8") {
  Agreement agreement = semester();
  for (long long level : {0LL, 9LL, -7LL}) {
    agreement.eqf_level_studied_at_departure = level;
    CHECK(findings_of(agreement) == Lines{"LA-308 /eqfLevelStudiedAtDeparture"});
  }
  agreement.eqf_level_studied_at_departure.reset();
  CHECK(findings_of(agreement) == Lines{"LA-308 /eqfLevelStudiedAtDeparture"});
}

TEST_CASE("LA-309: an EQF level below higher education is a warning") {
  Agreement agreement = semester();
  agreement.eqf_level_studied_at_departure = 4;
  Findings findings = test::checked(agreement);
  CHECK(test::described(findings) == Lines{"LA-309 /eqfLevelStudiedAtDeparture"});
  CHECK(findings.at(0).args == MessageArgs{{"level", "4"}});
  agreement.eqf_level_studied_at_departure = 5;
  CHECK(findings_of(agreement) == Lines{});
}

TEST_CASE("LA-310: an ISCED-F code that does not exist (scenario 10)") {
  Agreement agreement = semester();
  agreement.isced_f_code = "0544";
  CHECK(findings_of(agreement) == Lines{"LA-310 /iscedFCode"});
  agreement.isced_f_code.reset();
  CHECK(findings_of(agreement) == Lines{"LA-310 /iscedFCode"});
}

TEST_CASE("LA-310: narrow fields are ISCED-F codes") {
  Agreement agreement = semester();
  agreement.isced_f_code = "061";
  CHECK(findings_of(agreement) == Lines{});
}

TEST_CASE("LA-311: a broad field only is a warning") {
  Agreement agreement = semester();
  agreement.isced_f_code = "06";
  Findings findings = test::checked(agreement);
  CHECK(test::described(findings) == Lines{"LA-311 /iscedFCode"});
  CHECK(findings.at(0).severity() == Severity::Warning);
}

TEST_CASE("LA-312: a missing or unknown mobility type") {
  Agreement agreement = semester();
  agreement.mobility_type.reset();
  CHECK(findings_of(agreement) == Lines{"LA-312 /mobilityType"});
  agreement.mobility_type = "traineeship";
  CHECK(findings_of(agreement) == Lines{"LA-312 /mobilityType"});
}

TEST_CASE("LA-313: a short-term doctoral mobility at EQF 6 (scenario 27)") {
  Agreement agreement = test::example("valid-doctoral");
  agreement.eqf_level_studied_at_departure = 6;
  Findings findings = test::checked(agreement);
  CHECK(test::described(findings) == Lines{"LA-313 /eqfLevelStudiedAtDeparture"});
  CHECK(findings.at(0).args == MessageArgs{{"level", "6"}});
}

TEST_CASE("LA-313 is for doctoral mobilities only") {
  Agreement agreement = semester();
  agreement.eqf_level_studied_at_departure = 6;
  CHECK(findings_of(agreement) == Lines{});
}

}  // namespace
}  // namespace la
