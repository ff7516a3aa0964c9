// The sample agreements the editor offers: the valid ones are clean, and the ones with typical
// mistakes give exactly the findings a student should see, in the order of the form.
#include <doctest/doctest.h>

#include <map>

#include "core/checker.hpp"
#include "test_files.hpp"

namespace la {
namespace {

const std::map<std::string, std::vector<std::string>> kExpected = {
    {"semester-two-terms", {}},
    {"semester-mobility-window", {}},
    {"semester-with-changes", {}},
    {"blended-bip", {}},
    {"doctoral-research-stay", {}},
    {"semester-typical-mistakes",
     {"LA-203 /receivingHei/erasmusCode", "LA-109 /student/globalId", "LA-104 /student/email",
      "LA-603 /studentLanguageSkill/cefrLevel", "LA-506 /provisionsUrl", "LA-501 /firstVersion/componentsStudied",
      "LA-407 /firstVersion/componentsStudied/3"}},
    {"blended-typical-mistakes",
     {"LA-305 /startDate", "LA-305 /endDate", "LA-905 /bip/participants",
      "LA-410 /firstVersion/virtualComponents/0/shortDescription", "LA-904 /firstVersion/blendedMobilityComponents"}},
    {"doctoral-typical-mistakes",
     {"LA-902 /endDate", "LA-313 /eqfLevelStudiedAtDeparture", "LA-601 /studentLanguageSkill/language",
      "LA-701 /firstVersion/sendingHeiSignature", "LA-701 /firstVersion/receivingHeiSignature"}},
    {"semester-changes-mistakes",
     {"LA-804 /changesProposal/componentsStudied/1/reasonCode", "LA-805 /changesProposal/componentsStudied/2",
      "LA-802 /changesProposal/componentsStudied/3/status", "LA-703 /changesProposal/studentSignature/contentHash",
      "LA-703 /changesProposal/sendingHeiSignature/contentHash"}},
};

TEST_CASE("every sample gives the findings expected of it") {
  std::vector<std::string> paths = test::files_in(test::source_path("assets/samples"), ".json");
  CHECK(paths.size() == kExpected.size());
  for (const std::string& path : paths) {
    std::string name = path.substr(path.rfind('/') + 1);
    name = name.substr(0, name.size() - 5);
    CAPTURE(name);
    auto expected = kExpected.find(name);
    REQUIRE_MESSAGE(expected != kExpected.end(), "a sample without expectations: " << name);
    CHECK(test::described(check_agreement(test::read_valid(test::read_file(path)))) == expected->second);
  }
}

}  // namespace
}  // namespace la
