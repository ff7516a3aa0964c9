// Looks up and fills in messages from the embedded message tables (messages.hpp).
#include "core/messages.hpp"

#include <map>

#include <nlohmann/json.hpp>

#include "core/core_assets.hpp"

namespace la {
namespace {

using Table = std::map<std::string, std::string, std::less<>>;

Table load_table(std::string_view language) {
  Table table;
  std::string_view text = core_asset("i18n/" + std::string(language) + ".json");
  auto json = nlohmann::json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (!json.is_object() || !json.contains("messages") || !json["messages"].is_object()) return table;
  for (const auto& [key, value] : json["messages"].items()) {
    if (value.is_string()) table.emplace(key, value.get<std::string>());
  }
  return table;
}

const Table& table_for(std::string_view language) {
  static const Table english = load_table("en");
  // Other languages join here when their tables exist.
  (void)language;
  return english;
}

const std::string* lookup(std::string_view key, std::string_view language) {
  const Table& table = table_for(language);
  auto it = table.find(key);
  if (it != table.end()) return &it->second;
  const Table& english = table_for("en");
  it = english.find(key);
  return it != english.end() ? &it->second : nullptr;
}

}  // namespace

std::string message_text(std::string_view key, const MessageArgs& args, std::string_view language) {
  const std::string* text = lookup(key, language);
  if (!text) return std::string(key);
  std::string result;
  result.reserve(text->size() + 32);
  for (std::size_t i = 0; i < text->size(); ++i) {
    char c = (*text)[i];
    if (c == '{') {
      std::size_t close = text->find('}', i);
      if (close != std::string::npos) {
        std::string_view name(text->data() + i + 1, close - i - 1);
        for (const auto& [arg_name, arg_value] : args) {
          if (arg_name == name) {
            result += arg_value;
            i = close;
            break;
          }
        }
        if (i == close) continue;
      }
    }
    result += c;
  }
  return result;
}

bool has_message(std::string_view key, std::string_view language) {
  const Table& table = table_for(language);
  return table.find(key) != table.end();
}

std::string finding_message(const Finding& finding, std::string_view language) {
  return message_text(finding.rule_id(), finding.args, language);
}

}  // namespace la
