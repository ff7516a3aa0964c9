#!/usr/bin/env bash
# Builds the WebAssembly targets with Emscripten into build/wasm and writes the site folders.
#   ./build-wasm.sh            build; the site is build/site, the e2e test pages build/e2e-site
#   ./build-wasm.sh --serve    build, then serve build/site at http://localhost:8080/
set -euo pipefail
root=$(cd "$(dirname "$0")" && pwd)
build="$root/build/wasm"

"$root/scripts/install-deps.sh"
# Dear ImGui 1.90.1 from Debian's source package, cached in the build folder (never committed).
"$root/scripts/fetch-imgui.sh" "$root/build/third_party"

# emcc needs Debian's Node modules (acorn). Its system libraries come prebuilt in Debian's frozen
# cache (/usr/share/emscripten/cache), so nothing is compiled or downloaded for them.
export NODE_PATH=/usr/share/nodejs

# emcmake would run tests with "node --experimental-wasm-threads", an option Node 20 rejects.
emcmake cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_CROSSCOMPILING_EMULATOR=/usr/bin/node \
  -DLA_IMGUI_DIR="$root/build/third_party/imgui-1.90.1" >/dev/null
cmake --build "$build"

# The site: a page, the mount API, and the editor's module.
site="$root/build/site"
rm -rf "$site"
mkdir -p "$site"
cp "$root/web/index.html" "$root/web/la_studio.js" "$site/"
cp "$build/src/platform/web/editor/la_editor.js" "$build/src/platform/web/editor/la_editor.wasm" "$site/"
# The parts, loaded on first use (the glyphs of other scripts): packaging gives them hashed names.
cp -r "$build/parts" "$site/parts"
# The embedding pages (the e2e tests open the frame too, with ?lang=).
cp "$root/web/embed-demo.html" "$root/web/embed-frame.html" "$site/"
# The e2e test pages next to the same files, with the browser-layer fixture they test.
e2e="$root/build/e2e-site"
rm -rf "$e2e"
mkdir -p "$e2e"
cp "$site"/*.* "$site"/parts/* "$root"/tests/e2e/pages/* "$e2e/"
cp "$build/tests/e2e/fixture/la_fixture.js" "$build/tests/e2e/fixture/la_fixture.wasm" \
   "$build/tests/e2e/fixture/fixture_part.wasm" "$e2e/"

# Packaging: la_studio.js carries the module, the wasm gets a hashed name and .gz/.br copies,
# la-studio.html is the offline single file (scripts/package-site.mjs).
node "$root/scripts/package-site.mjs" "$site"
echo "Site written to build/site (e2e pages: build/e2e-site)"

if [ "${1:-}" = "--serve" ]; then
  echo "Open http://localhost:8080/ (Ctrl+C stops the server)"
  exec node "$root/web/serve.mjs" "$site" 8080
fi
