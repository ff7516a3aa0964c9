// A pasted course list read as one course per line (course_list_paste.hpp).
#include <doctest/doctest.h>

#include "core/course_list_paste.hpp"

namespace la {
namespace {

TEST_CASE("credits are read as catalogues and spreadsheets write them") {
  CHECK(read_credits("6") == 6.0);
  CHECK(read_credits("6,0") == 6.0);
  CHECK(read_credits("7.5") == 7.5);
  CHECK(read_credits("7,5") == 7.5);
  CHECK(read_credits("6 ECTS") == 6.0);
  CHECK(read_credits(" 5 ECTS credits ") == 5.0);
  CHECK(read_credits("4cr.") == 4.0);
  for (const char* text : {"", "ECTS", "Computer Vision", "6/7", "6 - 7", "-6", "1e3", "6.0.1"}) {
    INFO(text);
    CHECK_FALSE(read_credits(text));
  }
}

TEST_CASE("tab-separated lines of code, title and credits become one course each") {
  const auto courses = read_course_list(
      "INF-101\tComputer Vision\t6\r\n"
      "INF-102\tMachine Learning\t6,0\r\n"
      "INF-103\tDatabases\t7.5\r\n"
      "INF-104\tŁódź Studies\t6 ECTS\r\n"
      "INF-105\tCompilers\t5\r\n");
  REQUIRE(courses.size() == 5);
  CHECK(courses[0].code == "INF-101");
  CHECK(courses[0].title == "Computer Vision");
  CHECK(courses[0].credits == 6.0);
  CHECK(courses[1].credits == 6.0);
  CHECK(courses[2].credits == 7.5);
  CHECK(courses[3].title == "Łódź Studies");
  CHECK(courses[3].credits == 6.0);
  CHECK(courses[4].code == "INF-105");
}

TEST_CASE("one title per line gives courses with a title only") {
  const auto courses = read_course_list("Computer Vision\n\n  Machine Learning  \nDatabases");
  REQUIRE(courses.size() == 3);
  CHECK(courses[1].title == "Machine Learning");
  CHECK(courses[1].code.empty());
  CHECK_FALSE(courses[1].credits);
}

TEST_CASE("two columns are a title and credits, or a code and a title") {
  auto courses = read_course_list("Computer Vision\t6\nDatabases\t4,5");
  REQUIRE(courses.size() == 2);
  CHECK(courses[0].title == "Computer Vision");
  CHECK(courses[1].credits == 4.5);
  courses = read_course_list("CV1\tComputer Vision\nDB2\tDatabases");
  REQUIRE(courses.size() == 2);
  CHECK(courses[0].code == "CV1");
  CHECK(courses[0].title == "Computer Vision");
  CHECK_FALSE(courses[0].credits);
}

TEST_CASE("a spreadsheet's header row is left out, and empty cells at a row's end ignored") {
  const auto courses = read_course_list("Code\tTitle\tECTS\t\nA1\tAlgebra\t6\t\nA2\tAnalysis\t5\t\n");
  REQUIRE(courses.size() == 2);
  CHECK(courses[0].code == "A1");
  CHECK(courses[1].credits == 5.0);
}

TEST_CASE("a single line is not a list: it is pasted as text") {
  CHECK(read_course_list("INF-101\tComputer Vision\t6").empty());
  CHECK(read_course_list("Computer Vision\n").empty());
  CHECK(read_course_list("Computer Vision\n  \n").empty());
  CHECK(read_course_list("").empty());
}

}  // namespace
}  // namespace la
