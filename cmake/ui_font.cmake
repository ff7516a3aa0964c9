# la_ui_font(OUT_VAR MORE_VAR): subsets Debian's Noto Sans (fonts-noto-core) at build time with
# fontTools into the build folder, in two files: the UI font the first frame needs (OUT_VAR,
# embedded in the wasm) and the glyphs of other scripts (MORE_VAR, the part "ui_font_more.ttf",
# loaded the first time a text needs one of them). Font binaries are built, never committed.
# The ranges must stay in step with kUiGlyphRanges and kMoreGlyphRanges in
# src/platform/web/web_font.cpp.
set(LA_UI_FONT_SOURCE /usr/share/fonts/truetype/noto/NotoSans-Regular.ttf CACHE FILEPATH
    "TrueType font the UI font is subset from")
# In the first frame: Basic Latin, Latin-1, Latin Extended-A, the Romanian letters of Latin
# Extended-B (Ș ș Ț ț), the punctuation people type (spaces, dashes, quotes, bullet, ellipsis, per
# mille, primes, single guillemets: U+2000-203A), the euro sign, and the replacement character
# shown for anything else (and until the other glyphs have arrived).
set(LA_UI_FONT_UNICODES "U+0020-017F,U+0218-021B,U+2000-203A,U+20AC,U+FFFD")
# On first use: the rest of Latin Extended-B, the rarer punctuation (※ ‽ ⁂ …), Greek and Coptic,
# Cyrillic (about 20 KB of gzip that most students never need).
set(LA_UI_FONT_MORE_UNICODES "U+0180-0217,U+021C-024F,U+203B-206F,U+0370-03FF,U+0400-04FF")

function(la_ui_font out_var more_var)
  if(NOT EXISTS "${LA_UI_FONT_SOURCE}")
    message(FATAL_ERROR "${LA_UI_FONT_SOURCE} is missing: run scripts/install-deps.sh (fonts-noto-core)")
  endif()
  set(output ${CMAKE_BINARY_DIR}/fonts/ui_font.ttf)
  set(more ${CMAKE_BINARY_DIR}/parts/ui_font_more.ttf)
  if(NOT TARGET la_ui_font_subset)
    # Debian's python3 has fontTools; a python3 earlier on PATH may not.
    set(subset /usr/bin/python3 -m fontTools.subset ${LA_UI_FONT_SOURCE} --no-hinting
        --layout-features= --name-IDs=0,1,2,3,4,5,6,13,14)
    add_custom_command(
      OUTPUT ${output} ${more}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/fonts ${CMAKE_BINARY_DIR}/parts
      COMMAND ${subset} --unicodes=${LA_UI_FONT_UNICODES} --output-file=${output}
      COMMAND ${subset} --unicodes=${LA_UI_FONT_MORE_UNICODES} --output-file=${more}
      DEPENDS ${LA_UI_FONT_SOURCE} ${PROJECT_SOURCE_DIR}/cmake/ui_font.cmake
      COMMENT "Subsetting the UI font from ${LA_UI_FONT_SOURCE}"
      VERBATIM)
    add_custom_target(la_ui_font_subset ALL DEPENDS ${output} ${more})
  endif()
  set(${out_var} ${output} PARENT_SCOPE)
  set(${more_var} ${more} PARENT_SCOPE)
endfunction()
