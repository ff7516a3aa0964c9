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

# emcmake would run tests with "node --experimental-wasm-threads", an option Node 20 rejects.
emcmake cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_CROSSCOMPILING_EMULATOR=/usr/bin/node >/dev/null
cmake --build "$build"
