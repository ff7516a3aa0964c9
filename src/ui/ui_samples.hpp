// The sample agreements the editor offers (assets/samples, embedded at build time): complete ones
// to learn from and ones with typical mistakes to see the checker at work.
#pragma once

#include <string_view>
#include <vector>

namespace la {

struct Sample {
  std::string_view id;               // file name without ".json"
  std::string_view title_key;        // "ui.sample.<id>.title"
  std::string_view description_key;  // "ui.sample.<id>.description"
  std::string_view text;             // the file
};

// In the menu's order: complete samples first, then those with mistakes.
const std::vector<Sample>& samples();
const Sample* find_sample(std::string_view id);

}  // namespace la
