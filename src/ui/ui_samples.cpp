// The samples and their place in the menu; their texts from the sample set part (ui_samples.hpp).
#include "ui/ui_samples.hpp"

#include <nlohmann/json.hpp>

#include "core/json_parse.hpp"

namespace la {
namespace {

#define LA_SAMPLE(id) {id, "ui.sample." id ".title", "ui.sample." id ".description"}
const Sample kSamples[] = {
    LA_SAMPLE("semester-two-terms"),        LA_SAMPLE("semester-mobility-window"),
    LA_SAMPLE("semester-with-changes"),     LA_SAMPLE("blended-bip"),
    LA_SAMPLE("doctoral-research-stay"),    LA_SAMPLE("semester-typical-mistakes"),
    LA_SAMPLE("blended-typical-mistakes"),  LA_SAMPLE("doctoral-typical-mistakes"),
    LA_SAMPLE("semester-changes-mistakes"),
};
#undef LA_SAMPLE

}  // namespace

const std::vector<Sample>& samples() {
  static const std::vector<Sample> list(std::begin(kSamples), std::end(kSamples));
  return list;
}

const Sample* find_sample(std::string_view id) {
  for (const Sample& sample : samples()) {
    if (sample.id == id) return &sample;
  }
  return nullptr;
}

SampleTexts read_sample_set(std::string_view part) {
  const nlohmann::json set = parse_json(part);  // discarded if broken
  SampleTexts texts;
  if (!set.is_object()) return texts;
  for (const auto& [id, text] : set.items()) {
    if (text.is_string()) texts.emplace(id, text.get<std::string>());
  }
  return texts;
}

}  // namespace la
