# la_pugixml: pugixml 1.14, the parser of the EWP XML codec (la_ewp_xml), compiled from Debian's
# source package, which scripts/fetch-pugixml.sh unpacks (sha256 pinned) into build/third_party,
# the same source natively and for wasm. Never committed.
set(LA_PUGIXML_DIR "${PROJECT_SOURCE_DIR}/build/third_party/pugixml-1.14" CACHE PATH "pugixml 1.14 source tree")
la_fetch_source("${LA_PUGIXML_DIR}" src/pugixml.cpp fetch-pugixml.sh)
file(STRINGS "${LA_PUGIXML_DIR}/src/pugixml.hpp" pugixml_version REGEX "define PUGIXML_VERSION ")
if(NOT pugixml_version MATCHES "1140")
  message(FATAL_ERROR "pugixml 1.14 expected, found: ${pugixml_version}")
endif()

add_library(la_pugixml STATIC ${LA_PUGIXML_DIR}/src/pugixml.cpp)
target_include_directories(la_pugixml SYSTEM PUBLIC ${LA_PUGIXML_DIR}/src)
target_compile_definitions(la_pugixml PUBLIC
  PUGIXML_NO_EXCEPTIONS   # the project builds with -fno-exceptions; errors come back as results
  PUGIXML_NO_XPATH)       # the codec walks the tree itself; XPath would only add size
if(EMSCRIPTEN)
  target_compile_options(la_pugixml PRIVATE ${LA_WASM_SIZE_OPTIONS})
endif()
