#!/usr/bin/env bash
# Runs every test: installs what is missing, builds natively and as WebAssembly, then runs the
# native suites (core, la-check, JSON Schema), the same core suite as wasm under Node, and the
# end-to-end tests in headless Chromium. Exit status non-zero if anything fails.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

scripts/install-deps.sh

echo "== native build and tests"
cmake -S . -B build/native -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build/native
ctest --test-dir build/native --output-on-failure

echo "== wasm build and the core tests under Node"
./build-wasm.sh
ctest --test-dir build/wasm --output-on-failure

if [ -x tests/e2e/run.sh ]; then
  echo "== end-to-end tests in headless Chromium"
  tests/e2e/run.sh
fi
echo "All tests passed."
