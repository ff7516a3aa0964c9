#!/usr/bin/env bash
# Prints the browser figures: the browser layer (sizes, first frame, idle draw calls, frame cost)
# and the editor (sizes, first frame, typing with 200 components). Build first (./build-wasm.sh).
# Not a timed test: the numbers are for reading, not asserting.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
if [ ! -f "$root/build/e2e-site/la_fixture.wasm" ] || [ ! -f "$root/build/e2e-site/la_editor.wasm" ]; then
  echo "build/e2e-site is missing: run ./build-wasm.sh first" >&2
  exit 1
fi
node "$root/bench/web/bench.mjs"
echo
exec node "$root/bench/web/editor_bench.mjs"
