// The sample agreements the editor offers: complete ones to learn from and ones with typical
// mistakes to see the checker at work. Their texts are a part (samples.json, built from
// assets/samples by cmake/sample_set.cmake), loaded the first time the student opens one.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace la {

inline constexpr const char* kSampleSetPart = "samples.json";

struct Sample {
  std::string_view id;               // file name without ".json"
  std::string_view title_key;        // "ui.sample.<id>.title"
  std::string_view description_key;  // "ui.sample.<id>.description"
};

// In the menu's order: complete samples first, then those with mistakes.
const std::vector<Sample>& samples();
const Sample* find_sample(std::string_view id);

// The samples' texts by id, as the part holds them ({"id": "the file's text", ...}); empty if
// the bytes are not such an object.
using SampleTexts = std::map<std::string, std::string, std::less<>>;
SampleTexts read_sample_set(std::string_view part);

}  // namespace la
