// Adding, duplicating, deleting and moving table rows, and where the selection goes.
#include <doctest/doctest.h>

#include "test_files.hpp"
#include "ui/component_rows.hpp"

namespace la {
namespace {

std::vector<Component> table_a() { return *test::example("valid-semester").first_version->components_studied; }

std::vector<std::string> titles(const std::vector<Component>& rows) {
  std::vector<std::string> result;
  for (const Component& row : rows) result.push_back(row.title.value_or(""));
  return result;
}

TEST_CASE("a new row takes the term and credit scheme of the last one and nothing else") {
  std::vector<Component> rows = table_a();
  rows.back().credits->front().scheme = "uw-points";
  std::size_t index = add_row(rows);
  CHECK(index == 5);
  CHECK_FALSE(rows[index].title);
  CHECK(rows[index].term_id->term_number == 1);
  CHECK(rows[index].credits->front().scheme == "uw-points");
  CHECK_FALSE(rows[index].credits->front().value);
}

TEST_CASE("pasted courses fill the empty row pasted into and follow it as new rows") {
  std::vector<Component> rows = table_a();
  const std::size_t empty = add_row(rows);
  rows[empty].term_id->term_number = 2;
  const std::vector<PastedCourse> courses = {{"A1", "Algebra", 6.0}, {"", "Analysis", std::nullopt}, {"C3", "Compilers", 7.5}};
  CHECK(paste_courses(rows, empty, courses) == empty + 2);
  REQUIRE(rows.size() == empty + 3);
  CHECK(rows[empty].los_code == "A1");
  CHECK(rows[empty].credits->front().value == 6.0);
  CHECK(rows[empty + 1].title == "Analysis");
  CHECK_FALSE(rows[empty + 1].los_code);
  CHECK_FALSE(rows[empty + 1].credits->front().value);
  CHECK(rows[empty + 2].credits->front().value == 7.5);
  CHECK(rows[empty + 2].credits->front().scheme == "ects");
  CHECK(rows[empty + 2].term_id->term_number == 2);  // the term of the row pasted into
}

TEST_CASE("courses pasted into a row with a course go in after it, the row kept") {
  std::vector<Component> rows = table_a();
  const std::vector<std::string> before = titles(rows);
  CHECK(paste_courses(rows, 1, {{"", "Algebra", std::nullopt}, {"", "Analysis", std::nullopt}}) == 3);
  const std::vector<std::string> after = titles(rows);
  REQUIRE(after.size() == before.size() + 2);
  CHECK(after[1] == before[1]);
  CHECK(after[2] == "Algebra");
  CHECK(after[3] == "Analysis");
  CHECK(after[4] == before[2]);
}

TEST_CASE("the first row of an empty table counts in ECTS") {
  std::vector<Component> rows;
  add_row(rows);
  CHECK(rows[0].credits->front().scheme == "ects");
  CHECK_FALSE(rows[0].term_id);
}

TEST_CASE("duplicating puts the copy right below") {
  std::vector<Component> rows = table_a();
  CHECK(duplicate_row(rows, 1) == 2);
  CHECK(titles(rows)[1] == titles(rows)[2]);
  CHECK(rows.size() == 6);
}

TEST_CASE("deleting selects the row that took its place, or the new last row") {
  std::vector<Component> rows = table_a();
  CHECK(delete_row(rows, 1) == 1u);
  CHECK(titles(rows)[1] == "Advanced Functional Programming");
  CHECK(delete_row(rows, 3) == 2u);
  rows.resize(1);
  CHECK_FALSE(delete_row(rows, 0).has_value());
}

TEST_CASE("moving stops at the ends of the table") {
  std::vector<Component> rows = table_a();
  CHECK(move_row(rows, 0, -1) == 0);
  CHECK(move_row(rows, 0, +1) == 1);
  CHECK(titles(rows)[1] == "Advanced Logics for Computer Scientists");
  CHECK(move_row(rows, 4, +1) == 4);
  CHECK(move_row(rows, 4, -1) == 3);
  CHECK(titles(rows)[3] == "Computer Vision");
}

}  // namespace
}  // namespace la
