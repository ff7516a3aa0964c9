// Unicode Normalization Form C (UAX #15): "é" typed as one character or as "e" + U+0301 is the
// same text, and NFC gives it one form. Used for the content hash (a signature holds whatever form
// the name is in: content_hash.hpp), the rule that reports text not in NFC (LA-005), and the
// editor, which puts a field into NFC as the student leaves it.
//
// Two implementations, chosen at link time: unicode_nfc_utf8proc.cpp (utf8proc from Debian's
// source, la_unicode_nfc, which la_core links) for la-check, the tests and the bench; and the
// browser's own String.prototype.normalize for the editor and its code parts (src/platform/web/
// unicode/browser_unicode_nfc.cpp, compiled into each of those executables, so the linker never
// takes utf8proc's 78 KB gzip of tables from the archive into what the page downloads).
#pragma once

#include <string>
#include <string_view>

namespace la {

// The text in NFC; text that is not valid UTF-8 is returned as it is (the readers refuse it).
std::string to_nfc(std::string_view text);
// Whether to_nfc would leave the text as it is (ASCII always is, and is not looked at further).
bool is_nfc(std::string_view text);

}  // namespace la
