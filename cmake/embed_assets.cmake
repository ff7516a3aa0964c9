# Turns asset files into a C++ source that defines one lookup function (the build-time
# "embed" step, as in Tracy's helpers/embed.cpp, but as a CMake script so that it needs no
# host compiler when cross-compiling to wasm).
# Script mode: cmake -DOUTPUT=file.cpp -DFUNCTION=name -DHEADER=core/x.hpp -DASSETS="key=path|..." -P embed_assets.cmake
cmake_minimum_required(VERSION 3.20)

set(body "")
set(table "")
set(index 0)
string(REPLACE "|" ";" asset_list "${ASSETS}")
foreach(pair IN LISTS asset_list)
  string(FIND "${pair}" "=" eq)
  string(SUBSTRING "${pair}" 0 ${eq} key)
  math(EXPR from "${eq} + 1")
  string(SUBSTRING "${pair}" ${from} -1 path)
  if(path MATCHES "\\.json$")
    # JSON without its indentation: a line break cannot be inside a JSON string, so each line
    # break and the spaces after it are only layout (some 20% of the samples and messages).
    file(READ "${path}" json_text)
    string(REGEX REPLACE "\n *" "" json_text "${json_text}")
    string(HEX "${json_text}" hex)
  else()
    file(READ "${path}" hex HEX)
  endif()
  string(LENGTH "${hex}" hex_length)
  math(EXPR size "${hex_length} / 2")
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
  # One line per 32 bytes keeps the generated file readable by compilers and editors alike.
  string(REGEX REPLACE "((0x..,){32})" "\\1\n" bytes "${bytes}")
  string(APPEND body "const unsigned char kAsset${index}[] = {\n${bytes}0};\n")
  string(APPEND table "    {\"${key}\", reinterpret_cast<const char*>(kAsset${index}), ${size}},\n")
  math(EXPR index "${index} + 1")
endforeach()

set(text "// Generated at build time by cmake/embed_assets.cmake; do not edit.
#include \"${HEADER}\"
#include <cstddef>
#include <string_view>

namespace {
${body}
struct Entry { const char* key; const char* data; std::size_t size; };
const Entry kEntries[] = {
${table}};
}  // namespace

namespace la {
std::string_view ${FUNCTION}(std::string_view key) {
  for (const Entry& entry : kEntries) {
    if (key == entry.key) return {entry.data, entry.size};
  }
  return {};
}
}  // namespace la
")
include(${CMAKE_CURRENT_LIST_DIR}/write_if_changed.cmake)
la_write_if_changed("${OUTPUT}" "${text}")
