// Builds and searches the pickers' choices (picker_options.hpp).
#include "ui/picker_options.hpp"

#include <algorithm>
#include <map>
#include <utility>

#include "core/messages.hpp"
#include "core/reference_data.hpp"
#include "core/sorted_order.hpp"
#include "ui/ui_text.hpp"

namespace la {
namespace {

constexpr int kMostTerms = 4;  // "term 4 of 4": trimesters and quarters are the most seen

// Latin letters with marks and their base letter, lower case (Latin-1 Supplement and Latin
// Extended-A, the letters of European names).
struct Fold {
  char32_t from;
  const char* to;
};
constexpr Fold kFolds[] = {
    {U'à', "a"}, {U'á', "a"}, {U'â', "a"}, {U'ã', "a"}, {U'ä', "a"}, {U'å', "a"}, {U'æ', "ae"}, {U'ç', "c"},
    {U'è', "e"}, {U'é', "e"}, {U'ê', "e"}, {U'ë', "e"}, {U'ì', "i"}, {U'í', "i"}, {U'î', "i"}, {U'ï', "i"},
    {U'ð', "d"}, {U'ñ', "n"}, {U'ò', "o"}, {U'ó', "o"}, {U'ô', "o"}, {U'õ', "o"}, {U'ö', "o"}, {U'ø', "o"},
    {U'ù', "u"}, {U'ú', "u"}, {U'û', "u"}, {U'ü', "u"}, {U'ý', "y"}, {U'þ', "th"}, {U'ÿ', "y"}, {U'ß', "ss"},
    {U'ā', "a"}, {U'ă', "a"}, {U'ą', "a"}, {U'ć', "c"}, {U'ĉ', "c"}, {U'ċ', "c"}, {U'č', "c"}, {U'ď', "d"},
    {U'đ', "d"}, {U'ē', "e"}, {U'ĕ', "e"}, {U'ė', "e"}, {U'ę', "e"}, {U'ě', "e"}, {U'ĝ', "g"}, {U'ğ', "g"},
    {U'ġ', "g"}, {U'ģ', "g"}, {U'ĥ', "h"}, {U'ħ', "h"}, {U'ĩ', "i"}, {U'ī', "i"}, {U'ĭ', "i"}, {U'į', "i"},
    {U'ı', "i"}, {U'ĳ', "ij"}, {U'ĵ', "j"}, {U'ķ', "k"}, {U'ĺ', "l"}, {U'ļ', "l"}, {U'ľ', "l"}, {U'ŀ', "l"},
    {U'ł', "l"}, {U'ń', "n"}, {U'ņ', "n"}, {U'ň', "n"}, {U'ō', "o"}, {U'ŏ', "o"}, {U'ő', "o"}, {U'œ', "oe"},
    {U'ŕ', "r"}, {U'ŗ', "r"}, {U'ř', "r"}, {U'ś', "s"}, {U'ŝ', "s"}, {U'ş', "s"}, {U'š', "s"}, {U'ţ', "t"},
    {U'ť', "t"}, {U'ŧ', "t"}, {U'ũ', "u"}, {U'ū', "u"}, {U'ŭ', "u"}, {U'ů', "u"}, {U'ű', "u"}, {U'ų', "u"},
    {U'ŵ', "w"}, {U'ŷ', "y"}, {U'ź', "z"}, {U'ż', "z"}, {U'ž', "z"}, {U'ș', "s"}, {U'ț', "t"},
};

char32_t lower(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;  // Latin-1
  if (c == 0x130) return 'i';                              // İ
  if (c == 0x178) return 0xFF;                             // Ÿ
  // Latin Extended-A and the Romanian comma letters come in upper/lower pairs; which of the two
  // is the upper case changes at Ĺ and again at Ŋ and Ź.
  bool even_upper = (c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177) || (c >= 0x218 && c <= 0x21B);
  bool odd_upper = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
  if ((even_upper && c % 2 == 0) || (odd_upper && c % 2 == 1)) return c + 1;
  if (c >= 0x391 && c <= 0x3A9) return c + 32;  // Greek
  if (c >= 0x410 && c <= 0x42F) return c + 32;  // Cyrillic
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  return c;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// also: other names that find the option ("Viet Nam" for "Vietnam"), not shown.
PickerOption option(std::string code, std::string label, int depth = 0, std::string_view also = {}) {
  PickerOption result{std::move(code), std::move(label), {}, depth, {}};
  result.folded = fold_for_search(result.code + " " + result.label);
  if (!also.empty()) result.folded += " " + fold_for_search(also);
  return result;
}

// The name a student knows: the common one where iso-codes gives it ("Vietnam", "South Korea"),
// and of ISO 639's alternatives the first, without dates ("Greek, Modern (1453-)" is shown as
// "Greek, Modern", "Spanish; Castilian" as "Spanish"). The full names still find it.
std::string shown_name(const CodeName& entry) {
  if (!entry.common.empty()) return entry.common;
  std::string name = entry.name.substr(0, entry.name.find(';'));
  std::size_t bracket = name.find(" (");
  if (bracket != std::string::npos && name.back() == ')') name.erase(bracket);
  return name;
}

// An entry of a reference list (CEFR levels, study cycles, reasons for a change) named in the
// interface language where its catalogue names it ("referenceNames"), else in English.
std::string named(const char* prefix, const CodeName& entry) {
  std::string name = reference_name(prefix + entry.code, ui_language());
  return name.empty() ? entry.name : name;
}

// Countries or languages named in the interface language where its catalogue names them
// (iso-codes' translations: "Polen" in German), found by their English names too.
std::vector<PickerOption> sorted_by_label(const std::vector<CodeName>& entries,
                                          std::string (*translated)(std::string_view, std::string_view)) {
  std::vector<PickerOption> options;
  for (const CodeName& entry : entries) {
    const std::string english = shown_name(entry);
    std::string shown = translated(entry.code, ui_language());
    if (shown.empty()) shown = english;
    std::string also = shown == english ? std::string() : english;
    if (entry.name != english) also += (also.empty() ? "" : " ") + entry.name;
    options.push_back(option(entry.code, shown, 0, also));
  }
  // By the folded label ("Åland" with the A's), the code breaking ties.
  stable_sort_items(options, [](const PickerOption& a, const PickerOption& b) {
    return std::make_pair(std::string_view(a.folded).substr(a.code.size()), a.code) <
           std::make_pair(std::string_view(b.folded).substr(b.code.size()), b.code);
  });
  return options;
}

// Adds the comma-separated words of a catalogue's ISCED-F keywords ("Informatik, Programmierung").
void add_keywords(std::vector<std::string>& keywords, const std::string& list) {
  for (std::size_t start = 0; start < list.size();) {
    std::size_t comma = std::min(list.find(',', start), list.size());
    std::string word = fold_for_search(std::string_view(list).substr(start, comma - start));
    const std::size_t first = word.find_first_not_of(' ');
    if (first != std::string::npos) keywords.push_back(word.substr(first, word.find_last_not_of(' ') - first + 1));
    start = comma + 1;
  }
}

// The words that find an ISCED-F field: the interface language's and the English ones (one
// source, the catalogues' iscedKeywords, assets/i18n/README.md), so that both kinds of search work.
std::vector<std::string> isced_search_words(const std::string& code) {
  std::vector<std::string> keywords;
  if (ui_language() != "en") add_keywords(keywords, isced_keywords(code, ui_language()));
  add_keywords(keywords, isced_keywords(code, "en"));
  return keywords;
}

std::vector<PickerOption> build(PickerKind kind) {
  const ReferenceData& data = ReferenceData::embedded();
  std::vector<PickerOption> options;
  switch (kind) {
    case PickerKind::Country: return sorted_by_label(data.countries(), country_name);
    case PickerKind::Language: return sorted_by_label(data.languages(), language_name);
    case PickerKind::IscedField:
      for (const IscedField& field : data.isced_fields()) {
        int depth = field.level == IscedLevel::Broad ? 0 : field.level == IscedLevel::Narrow ? 1 : 2;
        options.push_back(option(field.code, field.name, depth));
        options.back().keywords = isced_search_words(field.code);
      }
      break;
    case PickerKind::CefrLevel:
      for (const CodeName& level : data.cefr_levels()) options.push_back(option(level.code, named("cefr.", level)));
      break;
    case PickerKind::StudyCycle:
      for (const CodeName& level : data.eqf_levels()) {
        options.push_back(option(level.code, ui_text("ui.picker.studyCycle", {{"name", named("eqf.", level)}, {"level", level.code}})));
      }
      break;
    case PickerKind::Gender:
      for (const char* code : {"0", "1", "2", "9"}) {
        options.push_back(option(code, ui_text(std::string("ui.picker.gender.") + code)));
      }
      break;
    case PickerKind::MobilityType:
      for (const char* code : {"semester", "blended", "short-term-doctoral"}) {
        options.push_back(option(code, ui_text(std::string("ui.mobilityType.") + code)));
      }
      break;
    case PickerKind::ReasonCode:
      for (const CodeName& reason : data.reason_codes()) options.push_back(option(reason.code, named("reason.", reason)));
      break;
    case PickerKind::ChangeStatus:
      for (const char* code : {"inserted", "deleted"}) {
        options.push_back(option(code, ui_text(std::string("ui.picker.status.") + code)));
      }
      break;
    case PickerKind::Term:
      for (int total = 1; total <= kMostTerms; ++total) {
        for (int number = 1; number <= total; ++number) {
          options.push_back(option(term_code(number, total),
                                   ui_text("ui.picker.term", {{"number", std::to_string(number)},
                                                              {"total", std::to_string(total)}})));
        }
      }
      break;
  }
  return options;
}

// Each word of `query` starts the word of `name` at the same place: "comput sci" and "computer
// science", not "science" and "computer science" (a subject is searched by its first words).
bool starts_words_of(std::string_view name, std::string_view query) {
  for (;;) {
    const std::size_t space = query.find(' ');
    const std::string_view word = query.substr(0, space);
    if (name.compare(0, word.size(), word) != 0) return false;
    if (space == std::string_view::npos) return true;
    const std::size_t name_space = name.find(' ');
    if (name_space == std::string_view::npos) return false;
    query.remove_prefix(query.find_first_not_of(' ', space));  // the query ends in no space (filter_options)
    name.remove_prefix(name_space + 1);
  }
}

// Where `query` appears in an option: 0 the exact code … 6 inside the label; -1 nowhere.
int match_rank(const PickerOption& option, const std::string& query) {
  std::string code = fold_for_search(option.code);
  if (code == query) return 0;
  if (code.compare(0, query.size(), query) == 0) return 1;
  int keyword_rank = -1;
  for (const std::string& keyword : option.keywords) {
    if (keyword == query) return 2;
    if (starts_words_of(keyword, query)) keyword_rank = 3;
  }
  if (keyword_rank >= 0) return keyword_rank;
  std::string_view label = std::string_view(option.folded).substr(code.size() + 1);
  if (label.compare(0, query.size(), query) == 0) return 4;
  std::size_t found = label.find(query);
  if (found == std::string_view::npos) return -1;
  for (; found != std::string_view::npos; found = label.find(query, found + 1)) {
    char before = label[found - (found > 0 ? 1 : 0)];
    if (found > 0 && (before == ' ' || before == '(' || before == '-' || before == ',')) return 5;
  }
  return 6;
}

}  // namespace

std::string fold_for_search(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    unsigned char b = static_cast<unsigned char>(text[i]);
    char32_t c = b;
    std::size_t length = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    if (i + length > text.size()) break;
    if (length > 1) {
      c = b & (0xFF >> (length + 1));
      for (std::size_t k = 1; k < length; ++k) c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    }
    i += length;
    c = lower(c);
    const Fold* fold = std::find_if(std::begin(kFolds), std::end(kFolds), [c](const Fold& f) { return f.from == c; });
    if (fold != std::end(kFolds)) out += fold->to;
    else append_utf8(out, c);
  }
  return out;
}

std::string term_code(long long number, long long total) { return std::to_string(number) + "/" + std::to_string(total); }

const std::vector<PickerOption>& picker_options(PickerKind kind) {
  // Per language; built again when a catalogue arrives (the ISCED-F search words, a language).
  static std::map<std::pair<std::string, int>, std::vector<PickerOption>> cache;
  static std::size_t built_from = catalogues_revision();
  if (built_from != catalogues_revision()) {
    built_from = catalogues_revision();
    cache.clear();
  }
  auto key = std::make_pair(ui_language(), static_cast<int>(kind));
  auto it = cache.find(key);
  if (it == cache.end()) it = cache.emplace(key, build(kind)).first;
  return it->second;
}

const PickerOption* find_option(PickerKind kind, std::string_view code) {
  for (const PickerOption& option : picker_options(kind)) {
    if (option.code == code) return &option;
  }
  return nullptr;
}

std::vector<std::size_t> filter_options(const std::vector<PickerOption>& options, std::string_view query) {
  std::string folded = fold_for_search(query);
  while (!folded.empty() && folded.back() == ' ') folded.pop_back();
  while (!folded.empty() && folded.front() == ' ') folded.erase(0, 1);
  std::vector<std::size_t> result;
  if (folded.empty()) {
    for (std::size_t i = 0; i < options.size(); ++i) result.push_back(i);
    return result;
  }
  // By rank; a subject's keyword that a broad field shares with its detailed one ("Informatik"
  // for 06 and 0613) offers the detailed field first; then list order.
  std::vector<std::pair<int, int>> keys;
  for (std::size_t i = 0; i < options.size(); ++i) {
    int rank = match_rank(options[i], folded);
    if (rank >= 0) {
      keys.emplace_back(rank, rank == 2 || rank == 3 ? -options[i].depth : 0);
      result.push_back(i);
    }
  }
  const std::vector<std::size_t> order =
      sorted_order(result.size(), [&keys](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });
  std::vector<std::size_t> ranked;
  ranked.reserve(order.size());
  for (std::size_t i : order) ranked.push_back(result[i]);
  return ranked;
}

}  // namespace la
