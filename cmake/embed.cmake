# la_embed_assets(TARGET FUNCTION HEADER ASSETS key=path ...): generates a source file that
# defines `std::string_view la::FUNCTION(std::string_view key)` over the given files, and adds
# it to TARGET. Regenerated when any asset changes.
function(la_embed_assets target function header)
  set(output ${CMAKE_CURRENT_BINARY_DIR}/${function}_generated.cpp)
  set(depends "")
  foreach(pair IN LISTS ARGN)
    string(REGEX REPLACE "^[^=]*=" "" path "${pair}")
    list(APPEND depends "${path}")
  endforeach()
  list(JOIN ARGN "|" assets)  # "|" survives the command line; ";" would not
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${output} -DFUNCTION=${function} -DHEADER=${header}
            "-DASSETS=${assets}" -P ${PROJECT_SOURCE_DIR}/cmake/embed_assets.cmake
    DEPENDS ${depends} ${PROJECT_SOURCE_DIR}/cmake/embed_assets.cmake
    COMMENT "Embedding assets into ${function}"
    VERBATIM)
  target_sources(${target} PRIVATE ${output})
endfunction()
