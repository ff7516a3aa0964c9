// SHA-256 (FIPS 180-4), hand-written: the wasm build has no crypto library, WebCrypto is
// asynchronous and absent natively, and this is 80 lines (see README, "Dependencies").
#pragma once

#include <string>
#include <string_view>

namespace la {

// The digest of `bytes` as 64 lower-case hexadecimal digits.
std::string sha256_hex(std::string_view bytes);

}  // namespace la
