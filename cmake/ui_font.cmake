# la_ui_font(OUT_VAR): subsets Debian's Noto Sans (fonts-noto-core) at build time with fontTools
# into the build folder, and sets OUT_VAR to the subset's path. Font binaries are built, never
# committed. The ranges must stay in step with kUiGlyphRanges in src/platform/web/web_font.cpp.
set(LA_UI_FONT_SOURCE /usr/share/fonts/truetype/noto/NotoSans-Regular.ttf CACHE FILEPATH
    "TrueType font the UI font is subset from")
# Basic Latin, Latin-1, Latin Extended-A and -B, Greek and Coptic, Cyrillic, General Punctuation,
# the euro sign, and the replacement character shown for anything else.
set(LA_UI_FONT_UNICODES "U+0020-024F,U+0370-03FF,U+0400-04FF,U+2000-206F,U+20AC,U+FFFD")

function(la_ui_font out_var)
  if(NOT EXISTS "${LA_UI_FONT_SOURCE}")
    message(FATAL_ERROR "${LA_UI_FONT_SOURCE} is missing: run scripts/install-deps.sh (fonts-noto-core)")
  endif()
  set(output ${CMAKE_BINARY_DIR}/fonts/ui_font.ttf)
  if(NOT TARGET la_ui_font_subset)
    add_custom_command(
      OUTPUT ${output}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/fonts
      # Debian's python3 has fontTools; a python3 earlier on PATH may not.
      COMMAND /usr/bin/python3 -m fontTools.subset ${LA_UI_FONT_SOURCE}
              --unicodes=${LA_UI_FONT_UNICODES} --no-hinting --layout-features=
              --name-IDs=0,1,2,3,4,5,6,13,14 --output-file=${output}
      DEPENDS ${LA_UI_FONT_SOURCE} ${PROJECT_SOURCE_DIR}/cmake/ui_font.cmake
      COMMENT "Subsetting the UI font from ${LA_UI_FONT_SOURCE}"
      VERBATIM)
    add_custom_target(la_ui_font_subset DEPENDS ${output})
  endif()
  set(${out_var} ${output} PARENT_SCOPE)
endfunction()
