# Writes the sample set part (samples.json, loaded when the student first opens a sample): one
# JSON object mapping each sample's id (its file name without .json) to the file's text as a
# string, so that the editor reads each sample exactly as la-check reads the file.
# Script mode: cmake -DOUTPUT=samples.json -DSAMPLES="path|path|..." -P sample_set.cmake
cmake_minimum_required(VERSION 3.20)

set(body "")
string(REPLACE "|" ";" sample_list "${SAMPLES}")
list(SORT sample_list)
foreach(path IN LISTS sample_list)
  get_filename_component(id "${path}" NAME_WE)
  file(READ "${path}" text)
  # Without its indentation (a line break cannot be inside a JSON string: only layout), as
  # cmake/embed_assets.cmake does; then escaped as a JSON string.
  string(REGEX REPLACE "\n *" "" text "${text}")
  string(REPLACE "\\" "\\\\" text "${text}")
  string(REPLACE "\"" "\\\"" text "${text}")
  string(REPLACE "\t" "\\t" text "${text}")
  string(REPLACE "\r" "" text "${text}")
  # (string(APPEND), not a list: a ";" in a sample would split a list item.)
  if(NOT body STREQUAL "")
    string(APPEND body ",")
  endif()
  string(APPEND body "\"${id}\":\"${text}\"")
endforeach()
set(json "{${body}}\n")
include(${CMAKE_CURRENT_LIST_DIR}/write_if_changed.cmake)
la_write_if_changed("${OUTPUT}" "${json}")
