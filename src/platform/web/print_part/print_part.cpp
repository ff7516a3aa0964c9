// print.wasm: the print layout as a code part (code_part.hpp), which the editor loads the first
// time the student prints, so that its first download does not carry the layout or its words.
#include "core/print_request.hpp"
#include "platform/web/code_part/code_part.hpp"

// A print request (core/print_request.hpp) -> {"html": …} or {"error": …}.
LA_PART_FUNCTION char* la_print_html(const char* input, int size) {
  return la::part::answer(la::answer_print_request(std::string_view(input, static_cast<std::size_t>(size))));
}
