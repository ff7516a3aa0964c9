# Extracts ISO 3166-1 alpha-2 countries and ISO 639-1 languages (code, English name and, where
# iso-codes gives one, the common name: "Vietnam" for "Viet Nam") from
# Debian's iso-codes package into two small JSON files that the core embeds. The package is the
# source of truth; nothing is retyped.
# Script mode: cmake -DISO_CODES_DIR=/usr/share/iso-codes/json -DOUT_DIR=dir -P iso_codes.cmake
cmake_minimum_required(VERSION 3.20)

function(extract input array_key out_file)
  file(READ "${ISO_CODES_DIR}/${input}" json)
  string(JSON count LENGTH "${json}" "${array_key}")
  math(EXPR last "${count} - 1")
  # A string, not a CMake list: names such as "Catalan; Valencian" hold the list separator.
  set(joined "")
  foreach(i RANGE ${last})
    string(JSON entry GET "${json}" "${array_key}" ${i})
    string(JSON code ERROR_VARIABLE no_code GET "${entry}" alpha_2)
    if(no_code)
      continue()  # ISO 639-2 entries without a two-letter (639-1) code
    endif()
    string(JSON name GET "${entry}" name)
    string(REPLACE "\\" "\\\\" name "${name}")
    string(REPLACE "\"" "\\\"" name "${name}")
    if(NOT joined STREQUAL "")
      string(APPEND joined ",\n")
    endif()
    string(JSON common ERROR_VARIABLE no_common GET "${entry}" common_name)
    if(no_common)
      string(APPEND joined "{\"code\":\"${code}\",\"name\":\"${name}\"}")
    else()
      string(REPLACE "\"" "\\\"" common "${common}")
      string(APPEND joined "{\"code\":\"${code}\",\"name\":\"${name}\",\"common\":\"${common}\"}")
    endif()
  endforeach()
  file(WRITE "${OUT_DIR}/${out_file}"
    "{\"source\":\"Debian iso-codes, ${input}\",\"entries\":[\n${joined}\n]}\n")
endfunction()

extract(iso_3166-1.json 3166-1 countries.json)
extract(iso_639-2.json 639-2 languages.json)
