#!/usr/bin/env bash
# Builds the WebAssembly targets with Emscripten into build/wasm.
#   ./build-wasm.sh            build
set -euo pipefail
root=$(cd "$(dirname "$0")" && pwd)
build="$root/build/wasm"

"$root/scripts/install-deps.sh"

# emcc needs Debian's Node modules (acorn). Its system libraries come prebuilt in Debian's frozen
# cache (/usr/share/emscripten/cache), so nothing is compiled or downloaded for them.
export NODE_PATH=/usr/share/nodejs

emcmake cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build"
