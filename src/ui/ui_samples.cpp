// The embedded samples and their place in the menu (ui_samples.hpp).
#include "ui/ui_samples.hpp"

#include <string>

#include "ui/ui_assets.hpp"

namespace la {
namespace {

#define LA_SAMPLE(id) {id, "ui.sample." id ".title", "ui.sample." id ".description", {}}
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
  static const std::vector<Sample> list = [] {
    std::vector<Sample> result;
    for (Sample sample : kSamples) {
      sample.text = ui_asset("samples/" + std::string(sample.id) + ".json");
      result.push_back(sample);
    }
    return result;
  }();
  return list;
}

const Sample* find_sample(std::string_view id) {
  for (const Sample& sample : samples()) {
    if (sample.id == id) return &sample;
  }
  return nullptr;
}

}  // namespace la
