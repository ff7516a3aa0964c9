// The printable agreement asked for as text, as the editor asks the print part (print.wasm, a
// code part built from this library): the agreement's JSON, the language and that language's
// "print.*" messages in, the document out, both as JSON.
//
//   {"agreement": "{\"formatVersion\": 1, …}", "language": "de", "messages": {"print.title": "Lernvereinbarung", …}}
//   -> {"html": "<!DOCTYPE html>…"}, or {"error": "the agreement cannot be read: …"}
//
// The editor sends the words of the language it shows, so that the part needs no catalogue of
// its own beyond English (what the messages lack is said in English, messages.hpp).
#pragma once

#include <string>
#include <string_view>

namespace la {

std::string answer_print_request(std::string_view request_json);

}  // namespace la
