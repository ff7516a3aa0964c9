// The choices of the form's pickers, from the reference data and the string table, and the
// search that filters them as the student types ("pol", "PL", "0613", "software").
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace la {

struct PickerOption {
  std::string code;    // what the file holds: "PL", "0613", "B2", "6", "1/2"
  std::string label;   // what the student reads: "Poland", "Software and applications development…"
  std::string folded;  // code and label, lower-case, accents removed: what the search compares
  int depth = 0;       // indentation (ISCED-F narrow and detailed fields)
  // Other names people search it by, folded ("computer science" for 0613): a subject leads to
  // the field a student of it means, not to the first name that shares a word with it.
  std::vector<std::string> keywords;
};

enum class PickerKind {
  Country, Language, IscedField, CefrLevel, StudyCycle, Gender, MobilityType, ReasonCode, Term, ChangeStatus,
};

// The options of a picker in the current interface language (rebuilt when it changes).
const std::vector<PickerOption>& picker_options(PickerKind kind);
// The option with this code, or null (a file may hold a code the list does not know).
const PickerOption* find_option(PickerKind kind, std::string_view code);

// Indices of the options that match `query`, best first: the exact code, then codes starting
// with it, a keyword equal to it, keywords whose words start with its words ("mech eng"), names
// starting with it, words of names starting with it, and names containing it; in list order
// within each group. An empty query keeps every option in list order.
std::vector<std::size_t> filter_options(const std::vector<PickerOption>& options, std::string_view query);

// Lower case without accents, for searching ("Türkiye" -> "turkiye", "Łódź" -> "lodz").
std::string fold_for_search(std::string_view text);

// The code of a term choice ("1/2") and back.
std::string term_code(long long number, long long total);

}  // namespace la
