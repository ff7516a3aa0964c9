// Loads the embedded reference data (reference_data.hpp) once, from JSON assets.
#include "core/reference_data.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/core_assets.hpp"
#include "core/json_parse.hpp"

namespace la {
namespace {

using nlohmann::json;

json parse_asset(std::string_view key) {
  std::string_view text = core_asset(key);
  return parse_json(text);
}

std::string string_at(const json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

const json& array_at(const json& object, const char* key) {
  static const json empty = json::array();
  if (!object.is_object()) return empty;
  auto it = object.find(key);
  return it != object.end() && it->is_array() ? *it : empty;
}

std::vector<CodeName> code_names(const json& entries, const char* code_key, const char* name_key) {
  std::vector<CodeName> result;
  for (const json& entry : entries) {
    const json* code = entry.contains(code_key) ? &entry[code_key] : nullptr;
    std::string code_text = code && code->is_number_integer() ? std::to_string(code->get<long long>())
                                                              : string_at(entry, code_key);
    result.push_back({code_text, string_at(entry, name_key), entry.contains("common") ? string_at(entry, "common") : ""});
  }
  return result;
}

bool contains_code(const std::vector<CodeName>& list, std::string_view code) {
  return std::any_of(list.begin(), list.end(), [&](const CodeName& item) { return item.code == code; });
}

}  // namespace

const ReferenceData& ReferenceData::embedded() {
  static const ReferenceData data;
  return data;
}

ReferenceData::ReferenceData() {
  countries_ = code_names(array_at(parse_asset("reference/countries.json"), "entries"), "code", "name");
  languages_ = code_names(array_at(parse_asset("reference/languages.json"), "entries"), "code", "name");
  cefr_levels_ = code_names(array_at(parse_asset("reference/cefr.json"), "levels"), "code", "description");
  eqf_levels_ = code_names(array_at(parse_asset("reference/eqf-levels.json"), "levels"), "level", "name");

  // Named, not a temporary: a range-for over a reference into a temporary reads freed memory.
  json isced = parse_asset("reference/isced-f-2013.json");
  for (const json& field : array_at(isced, "fields")) {
    std::string level = string_at(field, "level");
    IscedLevel parsed = level == "broad" ? IscedLevel::Broad : level == "narrow" ? IscedLevel::Narrow
                                                                                  : IscedLevel::Detailed;
    isced_fields_.push_back({string_at(field, "code"), parsed, string_at(field, "name")});
  }

  json programme = parse_asset("reference/programme-countries.json");
  for (const char* group : {"euMemberStates", "associatedThirdCountries"}) {
    for (const json& code : array_at(programme, group)) {
      if (code.is_string()) programme_countries_.push_back(code.get<std::string>());
    }
  }

  json prefixes = parse_asset("reference/erasmus-code-prefixes.json");
  if (prefixes.is_object() && prefixes.contains("prefixToCountry")) {
    for (const auto& [prefix, country] : prefixes["prefixToCountry"].items()) {
      if (country.is_string()) erasmus_prefixes_[prefix] = country.get<std::string>();
    }
  }

  json reasons = parse_asset("reference/reason-codes.json");
  if (reasons.is_object() && reasons.contains("byStatus")) {
    const json& by_status = reasons["byStatus"];
    for (const auto& [status, codes] : by_status.items()) {
      ReasonCodeUse use = status == "deleted" ? ReasonCodeUse::DeleteOnly : ReasonCodeUse::InsertOnly;
      for (const auto& [code, description] : codes.items()) {
        reason_code_uses_[code] = use;
        reason_codes_.push_back({code, description.is_string() ? description.get<std::string>() : ""});
      }
    }
  }
}

bool ReferenceData::is_country(std::string_view alpha2) const { return contains_code(countries_, alpha2); }
bool ReferenceData::is_language(std::string_view alpha2) const { return contains_code(languages_, alpha2); }
bool ReferenceData::is_cefr_level(std::string_view code) const { return contains_code(cefr_levels_, code); }

bool ReferenceData::is_programme_country(std::string_view alpha2) const {
  return std::find(programme_countries_.begin(), programme_countries_.end(), alpha2) !=
         programme_countries_.end();
}

const IscedField* ReferenceData::isced_field(std::string_view code) const {
  for (const IscedField& field : isced_fields_) {
    if (field.code == code) return &field;
  }
  return nullptr;
}

std::optional<std::string_view> ReferenceData::erasmus_prefix_country(std::string_view prefix) const {
  auto it = erasmus_prefixes_.find(std::string(prefix));
  if (it == erasmus_prefixes_.end()) return std::nullopt;
  return std::string_view(it->second);
}

ReasonCodeUse ReferenceData::reason_code_use(std::string_view code) const {
  auto it = reason_code_uses_.find(std::string(code));
  return it == reason_code_uses_.end() ? ReasonCodeUse::Unknown : it->second;
}

}  // namespace la
