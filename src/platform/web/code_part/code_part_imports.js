// What a code part may import besides what Emscripten's standalone wasm imports itself, declared
// for the linker (--js-library, cmake/code_part.cmake): a part has no Emscripten JavaScript, so
// these bodies never run; web/la_studio.js (codePartImports) answers the imports.
mergeInto(LibraryManager.library, {
  // Unicode NFC by the browser (src/platform/web/unicode/browser_unicode_nfc.cpp).
  la_browser_to_nfc: function(text, size) { throw new Error('la_studio.js answers la_browser_to_nfc'); },
});
