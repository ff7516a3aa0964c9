// Looks up and fills in messages from the catalogues of the languages (messages.hpp).
#include "core/messages.hpp"

#include <algorithm>
#include <map>
#include <optional>

#include <nlohmann/json.hpp>

#include "core/english_assets.hpp"
#include "core/json_parse.hpp"

namespace la {
namespace {

using Table = std::map<std::string, std::string, std::less<>>;

struct Catalogue {
  std::string language;
  std::string name;
  Table messages, countries, languages, isced_keywords, reference_names;
};

std::size_t g_revision = 0;  // catalogues_revision()

// The entries of `added` join `table`, replacing those of the same key.
void merge(Table& table, Table& added) {
  for (auto& [key, text] : added) table.insert_or_assign(key, std::move(text));
}

// A JSON object of strings as a table; false if it is missing or holds anything but strings.
bool read_table(const nlohmann::json& json, const char* member, Table& table) {
  auto it = json.find(member);
  if (it == json.end() || !it->is_object()) return false;
  for (const auto& [key, value] : it->items()) {
    if (!value.is_string()) return false;
    table.emplace(key, value.get<std::string>());
  }
  return true;
}

std::optional<Catalogue> read_catalogue(std::string_view text) {
  auto json = parse_json(text);
  if (!json.is_object()) return std::nullopt;
  auto language = json.find("language");
  auto name = json.find("name");
  if (language == json.end() || !language->is_string() || name == json.end() || !name->is_string()) {
    return std::nullopt;
  }
  Catalogue catalogue{language->get<std::string>(), name->get<std::string>(), {}, {}, {}, {}, {}};
  if (catalogue.language.empty() || !read_table(json, "messages", catalogue.messages)) return std::nullopt;
  // English names of countries and languages are the reference data's; other catalogues bring theirs.
  if (json.contains("countries") && !read_table(json, "countries", catalogue.countries)) return std::nullopt;
  if (json.contains("languages") && !read_table(json, "languages", catalogue.languages)) return std::nullopt;
  if (json.contains("iscedKeywords") && !read_table(json, "iscedKeywords", catalogue.isced_keywords)) {
    return std::nullopt;
  }
  if (json.contains("referenceNames") && !read_table(json, "referenceNames", catalogue.reference_names)) {
    return std::nullopt;
  }
  return catalogue;
}

// English first (embedded, so always there), then the added languages in order. A vector of
// few entries: a handful of languages, looked up by a short comparison.
std::vector<Catalogue>& catalogues() {
  static std::vector<Catalogue> all = [] {
    std::vector<Catalogue> list;
    if (auto english = read_catalogue(english_asset("i18n/en.json"))) list.push_back(std::move(*english));
    return list;
  }();
  return all;
}

const Catalogue* catalogue_for(std::string_view language) {
  for (const Catalogue& catalogue : catalogues()) {
    if (catalogue.language == language) return &catalogue;
  }
  return nullptr;
}

const std::string* find_in(const Table& table, std::string_view key) {
  auto it = table.find(key);
  return it != table.end() ? &it->second : nullptr;
}

const std::string* lookup(std::string_view key, std::string_view language) {
  if (const Catalogue* chosen = catalogue_for(language)) {
    if (const std::string* text = find_in(chosen->messages, key)) return text;
  }
  const Catalogue* english = catalogue_for("en");
  return english ? find_in(english->messages, key) : nullptr;
}

std::string name_in(const Table Catalogue::*names, std::string_view code, std::string_view language) {
  const Catalogue* catalogue = catalogue_for(language);
  const std::string* name = catalogue ? find_in(catalogue->*names, code) : nullptr;
  return name ? *name : std::string();
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
  const Catalogue* catalogue = catalogue_for(language);
  return catalogue && find_in(catalogue->messages, key);
}

std::vector<std::pair<std::string, std::string>> messages_with_prefix(std::string_view prefix,
                                                                      std::string_view language) {
  std::vector<std::pair<std::string, std::string>> found;
  const Catalogue* catalogue = catalogue_for(language);
  if (!catalogue) return found;
  // The table is sorted: the keys with the prefix follow one another from the first not less than it.
  for (auto it = catalogue->messages.lower_bound(prefix); it != catalogue->messages.end(); ++it) {
    if (it->first.compare(0, prefix.size(), prefix) != 0) break;
    found.emplace_back(it->first, it->second);
  }
  return found;
}

std::string finding_message(const Finding& finding, std::string_view language) {
  return message_text(finding.rule_id(), finding.args, language);
}

bool add_catalogue(std::string_view json_text) {
  std::optional<Catalogue> added = read_catalogue(json_text);
  if (!added) return false;
  ++g_revision;
  for (Catalogue& catalogue : catalogues()) {
    if (catalogue.language == added->language) {
      catalogue.name = std::move(added->name);
      merge(catalogue.messages, added->messages);
      merge(catalogue.countries, added->countries);
      merge(catalogue.languages, added->languages);
      merge(catalogue.isced_keywords, added->isced_keywords);
      merge(catalogue.reference_names, added->reference_names);
      return true;
    }
  }
  catalogues().push_back(std::move(*added));
  return true;
}

std::size_t catalogues_revision() { return g_revision; }

bool has_catalogue(std::string_view language) { return catalogue_for(language) != nullptr; }

void remove_catalogue(std::string_view language) {
  if (language == "en") return;
  std::vector<Catalogue>& all = catalogues();
  all.erase(std::remove_if(all.begin(), all.end(), [language](const Catalogue& c) { return c.language == language; }),
            all.end());
  ++g_revision;
}

std::vector<std::string> catalogue_languages() {
  std::vector<std::string> languages;
  for (const Catalogue& catalogue : catalogues()) languages.push_back(catalogue.language);
  return languages;
}

std::string catalogue_name(std::string_view language) {
  const Catalogue* catalogue = catalogue_for(language);
  return catalogue ? catalogue->name : std::string();
}

std::string country_name(std::string_view code, std::string_view language) {
  return name_in(&Catalogue::countries, code, language);
}

std::string language_name(std::string_view code, std::string_view language) {
  return name_in(&Catalogue::languages, code, language);
}

std::string isced_keywords(std::string_view code, std::string_view language) {
  return name_in(&Catalogue::isced_keywords, code, language);
}

std::string reference_name(std::string_view key, std::string_view language) {
  return name_in(&Catalogue::reference_names, key, language);
}

std::vector<std::pair<std::string, std::string>> reference_names(std::string_view language) {
  const Catalogue* catalogue = catalogue_for(language);
  if (!catalogue) return {};
  return {catalogue->reference_names.begin(), catalogue->reference_names.end()};
}

}  // namespace la
