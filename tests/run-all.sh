#!/usr/bin/env bash
# Runs every test: installs what is missing, builds natively and as WebAssembly, then runs the
# native suites (core, la-check, JSON Schema), again in a lone copy of the checkout, the core and
# la-check suites under sanitizers with a short fuzz run, the same core suite as wasm under Node,
# and the end-to-end tests in headless Chromium. Exit status non-zero if anything fails.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

scripts/install-deps.sh

# ccache lets the second native build (the lone copy below) reuse the first one's objects; its
# cache lives in the build folder unless the developer has one.
export CCACHE_DIR=${CCACHE_DIR:-$root/build/ccache} CCACHE_BASEDIR=${CCACHE_BASEDIR:-$root}
export CMAKE_CXX_COMPILER_LAUNCHER=${CMAKE_CXX_COMPILER_LAUNCHER:-ccache}

echo "== native build and tests"
cmake -S . -B build/native -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER_LAUNCHER="$CMAKE_CXX_COMPILER_LAUNCHER" >/dev/null
cmake --build build/native
ctest --test-dir build/native --output-on-failure

echo "== the native suites in a lone copy of the checkout (nothing outside the repository)"
tests/run-isolated.sh

echo "== the core and la-check suites under ASan and UBSan, then 60 s of fuzzing"
tests/run-sanitized.sh

echo "== wasm build and the core tests under Node"
./build-wasm.sh
ctest --test-dir build/wasm --output-on-failure

if [ -x tests/e2e/run.sh ]; then
  echo "== end-to-end tests in headless Chromium"
  tests/e2e/run.sh
fi
echo "All tests passed."
