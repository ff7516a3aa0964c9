// The agreement as one printable HTML document, laid out like the official Learning Agreement
// template (Erasmus+ "Learning Agreement for Studies"): student, sending and receiving
// institution, Tables A, B and C, language competence, the commitments, the signature blocks
// (name, position, date, fingerprint of the content hash) and the changes (Tables A2, B2, C2
// with their reasons). The student's name and "Page n of m" are on every page (CSS @page margin
// boxes) and table headers repeat across pages (thead). Its words are the "print.*" messages in
// `language` (messages.hpp: English where that catalogue has none).
//
//   std::string html = print_document(agreement, "de");  // la-check --html; the editor's print view
//
// Every value from the file is HTML-escaped. Its own library (la_print), so that the editor's
// first download does not carry it: the editor loads it on first use.
#pragma once

#include <string>
#include <string_view>

#include "core/agreement.hpp"

namespace la {

std::string print_document(const Agreement& agreement, std::string_view language = "en");

// Text as HTML character data or a quoted attribute value: & < > " ' escaped.
std::string html_escaped(std::string_view text);
// Text as a CSS string literal's content (inside "..."): quotes, backslashes, line breaks and
// '<' (which could end the <style> element) escaped as CSS escapes.
std::string css_string_escaped(std::string_view text);

}  // namespace la
