// The JSON codec: every example reads and writes back, writing is canonical, nothing is lost,
// and bad input of every kind gets one clear error instead of a crash.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "core/json_codec.hpp"
#include "test_files.hpp"

namespace la {
namespace {

using test::fixture_path;
using test::read_file;

nlohmann::json parse(const std::string& text) { return nlohmann::json::parse(text, nullptr, false); }

std::string rewrite(const std::string& text) { return write_agreement(test::read_valid(text)); }

LoadError read_error(const std::string& text) {
  ReadResult result = read_agreement(text);
  REQUIRE_FALSE(result.agreement.has_value());
  return result.error;
}

TEST_CASE("every example of the specification reads and writes back unchanged in content") {
  for (const std::string& path : test::files_in(fixture_path("agreements"), ".json")) {
    CAPTURE(path);
    std::string original = read_file(path);
    CHECK(parse(rewrite(original)) == parse(original));
  }
}

TEST_CASE("an example already in canonical form is written back byte for byte") {
  for (const char* name : {"valid-semester", "valid-doctoral"}) {
    CAPTURE(name);
    std::string original = read_file(fixture_path(std::string("agreements/") + name + ".json"));
    CHECK(rewrite(original) == original);
  }
}

TEST_CASE("writing puts the fields in the canonical order of the format (golden file)") {
  // The blended example lists Table B after the blended components; the canonical order is the XSD's.
  std::string golden = read_file(test::source_path("tests/core/golden/valid-blended.canonical.json"));
  CHECK(rewrite(read_file(fixture_path("agreements/valid-blended.json"))) == golden);
  CHECK(rewrite(golden) == golden);
}

TEST_CASE("the same agreement always gives the same bytes, whatever the key order of the input") {
  std::string ordered = R"({"formatVersion": 1, "mobilityType": "semester", "student": {"givenNames": "İpek", "familyName": "Işık"}, "zeta": 1, "alpha": {"b": 2, "a": 1}})";
  std::string shuffled = R"({"alpha": {"a": 1, "b": 2}, "student": {"familyName": "Işık", "givenNames": "İpek"}, "zeta": 1, "mobilityType": "semester", "formatVersion": 1})";
  CHECK(rewrite(ordered) == rewrite(shuffled));
  CHECK(rewrite(ordered) ==
        "{\n"
        "  \"formatVersion\": 1,\n"
        "  \"mobilityType\": \"semester\",\n"
        "  \"student\": {\n"
        "    \"givenNames\": \"İpek\",\n"
        "    \"familyName\": \"Işık\"\n"
        "  },\n"
        "  \"alpha\": {\n"
        "    \"a\": 1,\n"
        "    \"b\": 2\n"
        "  },\n"
        "  \"zeta\": 1\n"
        "}\n");
}

TEST_CASE("unknown fields at any depth are kept and written back unchanged") {
  std::string text = R"({"formatVersion": 1, "x-office-note": {"checkedBy": "Anna", "flags": [1, "two", null, true]},
    "student": {"givenNames": "Ömer", "nickname": "Ö"},
    "firstVersion": {"componentsStudied": [{"title": "A", "credits": [{"scheme": "ects", "value": 5, "grade": "A+"}], "room": 12}]}})";
  Agreement agreement = test::read_valid(text);
  CHECK(agreement.unknown["x-office-note"]["checkedBy"] == "Anna");
  CHECK(agreement.student->unknown["nickname"] == "Ö");
  CHECK(agreement.first_version->components_studied->at(0).unknown["room"] == 12);
  CHECK(parse(write_agreement(agreement)) == parse(text));
}

TEST_CASE("numbers keep their value; whole numbers are written without a fraction") {
  Agreement agreement = test::read_valid(R"({"formatVersion": 1.0, "eqfLevelStudiedAtDeparture": 7.0,
    "firstVersion": {"componentsStudied": [{"credits": [{"scheme": "ects", "value": 6.0}, {"scheme": "ects", "value": 7.5}, {"value": 0.1}]}]}})");
  CHECK(agreement.eqf_level_studied_at_departure == 7);
  std::string written = write_agreement(agreement);
  CHECK(written.find("\"value\": 6\n") != std::string::npos);
  CHECK(written.find("\"value\": 7.5\n") != std::string::npos);
  CHECK(written.find("\"value\": 0.1\n") != std::string::npos);
  CHECK(written.find("\"eqfLevelStudiedAtDeparture\": 7,") != std::string::npos);
}

TEST_CASE("absent fields stay absent and empty text or lists stay as they were") {
  std::string text = R"({"formatVersion": 1, "omobilityId": "", "firstVersion": {"componentsStudied": []}})";
  std::string written = rewrite(text);
  CHECK(parse(written) == parse(text));
  CHECK(written.find("null") == std::string::npos);
}

TEST_CASE("text is written as UTF-8, not escaped") {
  std::string written = rewrite(R"({"formatVersion": 1, "student": {"givenNames": "\u0141ukasz", "familyName": "Ελένη Дмитрий €"}})");
  CHECK(written.find("Łukasz") != std::string::npos);
  CHECK(written.find("Ελένη Дмитрий €") != std::string::npos);
}

TEST_CASE("text the editor typed is always written as valid JSON and reads back") {
  Agreement agreement;
  agreement.student.emplace().given_names = std::string("tab\there \"quoted\" back\\slash \x01 line\nbreak");
  agreement.student->family_name = std::string("bad byte \xFF end");  // never from a file: reading refuses it
  std::string written = write_agreement(agreement);
  CHECK(written.find("\\u0001") != std::string::npos);
  Agreement back = test::read_valid(written);
  CHECK(back.student->given_names == agreement.student->given_names);
  CHECK(back.student->family_name == "bad byte \uFFFD end");
}

TEST_CASE("a file that is not JSON is rejected with its line and column") {
  LoadError error = read_error("{\"formatVersion\": 1,\n  \"student\": {\"email\": \"x\"},,\n}");
  CHECK(error.key == "load.not-json");
  CHECK(error.line == 2);
  CHECK(error.column == 29);
  CHECK(load_error_message(error) == "This is not a JSON file: unexpected ','; expected string literal (line 2, column 29).");

  LoadError truncated = read_error("{\"formatVersion\": 1,\n  \"student\": {");
  CHECK(load_error_message(truncated) ==
        "This is not a JSON file: the file ends before the JSON is complete (line 2, column 15).");
  CHECK(read_error("Dear office, please find attached").key == "load.not-json");
  // Another kind of file gets plain words, not the parser's ("invalid literal").
  CHECK(load_error_message(read_error("%PDF-1.7\n")) ==
        "This is not a JSON file: it does not begin with “{” as an agreement file does; is it the right file? (line 1, column 1).");
}

TEST_CASE("invalid UTF-8 is rejected with the place of the first bad byte") {
  LoadError error = read_error("{\"formatVersion\": 1,\n \"student\": {\"givenNames\": \"Ł\xC5\"}}");
  CHECK(error.key == "load.invalid-utf8");
  CHECK(error.line == 2);
  CHECK(error.column == 30);  // the character after "Ł"
  // Latin-1 "é" (a file saved in the wrong encoding), an overlong form and a UTF-16 surrogate.
  CHECK(read_error("{\"a\": \"caf\xE9\"}").key == "load.invalid-utf8");
  CHECK(read_error("{\"a\": \"\xC0\xAF\"}").key == "load.invalid-utf8");
  CHECK(read_error("{\"a\": \"\xED\xA0\x80\"}").key == "load.invalid-utf8");
}

TEST_CASE("a zero byte is reported where it is, not as the end of the file") {
  const char damaged[] = "{\"formatVersion\": 1,\n  \"student\": {}\0,\n  \"omobilityId\": \"x\"}";
  const std::string text(damaged, sizeof damaged - 1);
  LoadError error = read_error(text);
  CHECK(error.key == "load.zero-byte");
  CHECK(error.line == 2);
  CHECK(error.column == 16);
  CHECK(load_error_message(error) ==
        "This file is damaged or not a text file: it holds a zero byte at line 2, column 16.");
  // After a complete agreement, what follows a zero byte is not silently ignored.
  const char trailing[] = "{\"formatVersion\": 1}\0{\"omobilityId\": \"x\"}";
  CHECK(read_error(std::string(trailing, sizeof trailing - 1)).key == "load.zero-byte");
  const char escaped[] = "{\"formatVersion\": 1, \"omobilityId\": \"x\\\0\"}";
  CHECK(read_error(std::string(escaped, sizeof escaped - 1)).key == "load.zero-byte");
}

TEST_CASE("a field of the wrong type is rejected and named") {
  // Scenario 31: ECTS given as "five".
  LoadError error = read_error(R"({"formatVersion": 1, "firstVersion": {"componentsStudied": [{"title": "A"}, {"credits": [{"scheme": "ects", "value": "five"}]}]}})");
  CHECK(error.key == "load.wrong-type");
  CHECK(error.pointer == "/firstVersion/componentsStudied/1/credits/0/value");
  CHECK(load_error_message(error) ==
        "The field /firstVersion/componentsStudied/1/credits/0/value should be a number, but it is text.");

  CHECK(read_error(R"({"formatVersion": 1, "student": "Łukasz"})").pointer == "/student");
  CHECK(read_error(R"({"formatVersion": 1, "student": {"gender": 1.5}})").pointer == "/student/gender");
  CHECK(read_error(R"({"formatVersion": 1, "mobilityWindow": "yes"})").pointer == "/mobilityWindow");
  CHECK(read_error(R"({"formatVersion": 1, "firstVersion": {"componentsStudied": {"title": "A"}}})").pointer ==
        "/firstVersion/componentsStudied");
  CHECK(read_error(R"({"formatVersion": 1, "firstVersion": {"componentsStudied": ["A"]}})").pointer ==
        "/firstVersion/componentsStudied/0");
  LoadError null_field = read_error(R"({"formatVersion": 1, "student": {"email": null}})");
  CHECK(load_error_message(null_field) == "The field /student/email should be text, but it is null.");
}

TEST_CASE("a field given twice in one object is rejected, not half-read") {
  LoadError error = read_error(R"({"formatVersion": 1, "student": {"email": "a@b.eu", "email": "c@d.eu"}})");
  CHECK(error.key == "load.duplicate-field");
  CHECK(error.pointer == "/student/email");
}

TEST_CASE("a number beyond 2^53 is unreadable whatever its sign, credits included") {
  // docs/format.md: past 2^53 a whole number loses digits and a sum of credits can overflow.
  const std::string gender = R"({"formatVersion": 1, "student": {"gender": )";
  for (const char* number : {"9007199254740993", "-9007199254740993", "-9223372036854775808", "-1e300", "1e300"}) {
    CAPTURE(number);
    LoadError error = read_error(gender + number + "}}");
    CHECK(error.key == "load.number-out-of-range");
    CHECK(error.pointer == "/student/gender");
  }
  const std::string credits =
      R"({"formatVersion": 1, "firstVersion": {"componentsStudied": [{"title": "A", "credits": [{"scheme": "ects", "value": )";
  for (const char* number : {"1.7976931348623157e308", "-1.7976931348623157e308", "9007199254740993", "1e16"}) {
    CAPTURE(number);
    LoadError error = read_error(credits + number + "}]}]}}");
    CHECK(load_error_message(error) ==
          "The field /firstVersion/componentsStudied/0/credits/0/value holds a number that is too large.");
  }
  // 2^53 itself, either sign, is still a number.
  for (const char* number : {"9007199254740992", "-9007199254740992"}) {
    CAPTURE(number);
    CHECK(read_agreement(gender + number + "}}").agreement.has_value());
    CHECK(read_agreement(credits + number + "}]}]}}").agreement.has_value());
  }
}

TEST_CASE("a missing, newer or malformed formatVersion is rejected") {
  CHECK(read_error(R"({"mobilityType": "semester"})").key == "load.no-format-version");
  LoadError newer = read_error(R"({"formatVersion": 3})");  // scenario 31
  CHECK(newer.key == "load.newer-format-version");
  CHECK(load_error_message(newer).find("format version 3") != std::string::npos);
  CHECK(read_error(R"({"formatVersion": "1"})").key == "load.bad-format-version");
  CHECK(read_error(R"({"formatVersion": 0})").key == "load.bad-format-version");
  CHECK(read_error(R"({"formatVersion": 1.5})").key == "load.bad-format-version");
}

TEST_CASE("JSON that is not an object, and empty files, are rejected") {
  CHECK(read_error("[1, 2]").key == "load.not-object");
  CHECK(read_error("\"agreement\"").key == "load.not-object");
  CHECK(read_error("").key == "load.empty");
  CHECK(read_error(" \n\t").key == "load.empty");
}

TEST_CASE("a huge file is rejected before it is parsed") {
  std::string huge = R"({"formatVersion": 1, "x": ")" + std::string(kMaxFileBytes, 'a') + "\"}";
  LoadError error = read_error(huge);
  CHECK(error.key == "load.too-large");
  CHECK(load_error_message(error) ==
        "This file is more than 5.0 MB; agreements are never larger than that. Is it the right file?");
}

TEST_CASE("deep nesting is rejected with its place, however deep") {
  std::string deep = R"({"formatVersion": 1, "x": )" + std::string(100000, '[') + std::string(100000, ']') + "}";
  LoadError error = read_error(deep);
  CHECK(error.key == "load.too-deep");
  CHECK(error.line == 1);
  CHECK(error.column == 27 + kMaxNestingDepth - 1);
  // Brackets inside text do not count.
  test::read_valid(R"({"formatVersion": 1, "x": ")" + std::string(1000, '[') + "\"}");
}

TEST_CASE("a byte order mark at the start is accepted") {
  test::read_valid("\xEF\xBB\xBF{\"formatVersion\": 1}");
}

TEST_CASE("damaged copies of an example never crash the reader") {
  // Deterministic damage: flip, drop and duplicate bytes; every result must be an agreement or an error.
  std::string original = read_file(fixture_path("agreements/valid-semester.json"));
  std::uint32_t seed = 12345;
  auto next = [&seed] { return seed = seed * 1664525u + 1013904223u; };
  int errors = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string damaged = original;
    for (int edit = 0; edit < 1 + round % 4; ++edit) {
      std::size_t at = next() % damaged.size();
      switch (next() % 3) {
        case 0: damaged[at] = static_cast<char>(next() % 256); break;
        case 1: damaged.erase(at, 1 + next() % 8); break;
        default: damaged.insert(at, damaged.substr(at, 1 + next() % 16)); break;
      }
    }
    ReadResult result = read_agreement(damaged);
    if (!result.agreement) {
      ++errors;
      CHECK_FALSE(load_error_message(result.error).empty());
    }
  }
  CHECK(errors > 1000);  // the damage really damaged
}

}  // namespace
}  // namespace la
