# Header-only dependencies from Debian packages (nlohmann-json3-dev 3.11.2, doctest-dev 2.4.9).
# Emscripten must not see /usr/include (it would pull glibc headers), so both builds include a
# folder that holds only links to the two libraries.
set(LA_THIRD_PARTY_INCLUDE ${CMAKE_BINARY_DIR}/third_party_include)
foreach(library nlohmann doctest)
  if(NOT EXISTS /usr/include/${library})
    message(FATAL_ERROR "/usr/include/${library} is missing: run scripts/install-deps.sh")
  endif()
  file(MAKE_DIRECTORY ${LA_THIRD_PARTY_INCLUDE})
  file(CREATE_LINK /usr/include/${library} ${LA_THIRD_PARTY_INCLUDE}/${library} SYMBOLIC)
endforeach()

file(STRINGS /usr/include/nlohmann/detail/abi_macros.hpp json_version
     REGEX "#define NLOHMANN_JSON_VERSION_(MAJOR|MINOR) ")
if(NOT json_version MATCHES "MAJOR 3 .*;.*MINOR 11 ")
  message(FATAL_ERROR "nlohmann/json 3.11 expected, found: ${json_version}")
endif()

add_library(la_json INTERFACE)
target_include_directories(la_json SYSTEM INTERFACE ${LA_THIRD_PARTY_INCLUDE})
add_library(la_doctest INTERFACE)
target_include_directories(la_doctest SYSTEM INTERFACE ${LA_THIRD_PARTY_INCLUDE})

# la_fetch_source(TREE FILE SCRIPT): unless TREE/FILE exists, runs scripts/SCRIPT with TREE's parent
# folder (a fetch-*.sh that unpacks a pinned Debian source package there), and stops the configure
# if TREE/FILE is still missing (pugixml.cmake, utf8proc.cmake).
function(la_fetch_source tree file script)
  if(EXISTS "${tree}/${file}")
    return()
  endif()
  get_filename_component(parent "${tree}" DIRECTORY)
  execute_process(COMMAND ${PROJECT_SOURCE_DIR}/scripts/${script} "${parent}" RESULT_VARIABLE status)
  if(NOT status EQUAL 0 OR NOT EXISTS "${tree}/${file}")
    message(FATAL_ERROR "${tree} could not be fetched (scripts/${script})")
  endif()
endfunction()
