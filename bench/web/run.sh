#!/usr/bin/env bash
# Prints the browser figures: the browser layer (sizes, first frame, idle draw calls, frame cost),
# the editor (typing with 200 components in Table A) and shipping (hosted and single-file sizes,
# first frame against a blank page, memory). Build first (./build-wasm.sh).
# Not a timed test: the numbers are for reading, not asserting.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
if [ ! -f "$root/build/e2e-site/la_fixture.wasm" ] || [ ! -f "$root/build/site/la-studio.html" ]; then
  echo "build/e2e-site or build/site is missing: run ./build-wasm.sh first" >&2
  exit 1
fi
echo "== Browser layer (build/e2e-site)"
node "$root/bench/web/bench.mjs"
echo
echo "== Editor (build/e2e-site)"
node "$root/bench/web/editor_bench.mjs"
echo
echo "== Shipping (build/site)"
node "$root/bench/web/ship_bench.mjs"
