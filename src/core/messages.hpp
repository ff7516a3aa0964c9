// The one table of user-visible text per language (assets/i18n/<language>.json), keyed by rule
// id for findings ("LA-101"), "load.*" for unreadable files, and so on. English is built in;
// another language joins when its catalogue is added (la-check and the tests add all of them,
// the page the one the user chooses). Whatever a catalogue lacks is said in English.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/finding.hpp"

namespace la {

// The text for `key` with its {placeholders} replaced by `args`; the key itself if unknown.
std::string message_text(std::string_view key, const MessageArgs& args = {},
                         std::string_view language = "en");
bool has_message(std::string_view key, std::string_view language = "en");

// The messages of `language`'s own catalogue whose keys start with `prefix` (none taken from
// English), by key: the print view's words ("print.") that the editor hands to the print part.
std::vector<std::pair<std::string, std::string>> messages_with_prefix(std::string_view prefix,
                                                                      std::string_view language);

// The plain-language message of a finding.
std::string finding_message(const Finding& finding, std::string_view language = "en");

// Adds a language from its catalogue's JSON text ({"language", "name", "messages", and
// "countries", "languages", "iscedKeywords" and "referenceNames": code -> text}). A catalogue of
// a language already there adds to it, its entries replacing those of the same key (English's
// print words and ISCED-F search words arrive so, from the parts that bring them).
// False, and nothing changes, if the text is not such a catalogue.
bool add_catalogue(std::string_view json_text);
// Changes with every catalogue added or removed: what is built from the catalogues (a picker's
// choices and their search words) is built again when it changes.
std::size_t catalogues_revision();
bool has_catalogue(std::string_view language);
// Forgets a language added with add_catalogue (English stays): a test can then load it again as
// a page would, whatever ran before it.
void remove_catalogue(std::string_view language);
// The languages that have a catalogue, English first, then in the order they were added.
std::vector<std::string> catalogue_languages();
// The language's own name for itself ("Deutsch"); empty without a catalogue.
std::string catalogue_name(std::string_view language);

// A country's (ISO 3166-1 alpha-2) or a language's (ISO 639-1) name in `language`, from its
// catalogue; empty where the catalogue has none (English names are in ReferenceData).
std::string country_name(std::string_view code, std::string_view language);
std::string language_name(std::string_view code, std::string_view language);
// Words to find an ISCED-F field by in `language` ("Informatik, Programmierung" for 0613): the
// field names stay in English (no official translation here, assets/i18n/README.md), these are
// what a student types instead. Empty where the catalogue has none.
std::string isced_keywords(std::string_view code, std::string_view language);
// The name in `language` of an entry of the reference lists the form offers: "cefr.<code>",
// "eqf.<level>", "reason.<code>" (CEFR levels, study cycles, EWP reasons for a change). Empty
// where the catalogue has none: English names are in ReferenceData.
std::string reference_name(std::string_view key, std::string_view language);
// All of them in `language` (what the print part is handed with the print words).
std::vector<std::pair<std::string, std::string>> reference_names(std::string_view language);

}  // namespace la
