// JavaScript half of js_strtod.cpp (linked with --js-library): the JS engine converts the decimal
// number that js_strtod.cpp has scanned. parseFloat rounds correctly, as strtod does.
mergeInto(LibraryManager.library, {
  // text: `length` bytes of ASCII, an optional sign, digits with an optional point and exponent.
  la_js_parse_float: function(text, length) {
    return parseFloat(UTF8ToString(text, length));
  },
});
