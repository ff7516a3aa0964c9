// The JSON codec: reading every example, canonical writing, round trips, and bad input.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/json_codec.hpp"
#include "test_files.hpp"

namespace la {
namespace {

using test::read_file;
using test::shared_domain_path;

nlohmann::json parse(const std::string& text) { return nlohmann::json::parse(text, nullptr, false); }

TEST_CASE("every example of the specification reads and writes back unchanged in content") {
  for (const std::string& path : test::files_in(shared_domain_path("examples"), ".json")) {
    CAPTURE(path);
    std::string original = read_file(path);
    ReadResult result = read_agreement(original);
    REQUIRE_MESSAGE(result.agreement, load_error_message(result.error));
    std::string written = write_agreement(*result.agreement);
    CHECK(parse(written) == parse(original));
  }
}

}  // namespace
}  // namespace la
