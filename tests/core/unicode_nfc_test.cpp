// Unicode NFC (unicode_nfc.hpp) as la-check and the tests have it: utf8proc.
#include <doctest/doctest.h>

#include "core/unicode_nfc.hpp"

namespace la {
namespace {

TEST_CASE("NFC puts a decomposed accent into one character and leaves other text as it is") {
  CHECK(to_nfc("Zoe\xCC\x88") == "Zo\xC3\xAB");
  CHECK(to_nfc("I\xCC\x87pek Is\xCC\xA7\xC4\xB1k") == "\xC4\xB0pek I\xC5\x9F\xC4\xB1k");  // İpek Işık
  CHECK(to_nfc("\xC5\x81ukasz \xC5\xBB\xC3\xB3\xC5\x82\xC4\x87") == "\xC5\x81ukasz \xC5\xBB\xC3\xB3\xC5\x82\xC4\x87");
  CHECK(is_nfc("plain ASCII"));
  CHECK_FALSE(is_nfc("a\xCC\x8A"));  // a + ring above: å
  CHECK(to_nfc("\xFF not UTF-8") == "\xFF not UTF-8");
}

}  // namespace
}  // namespace la
