#!/usr/bin/env bash
# Prints the browser layer's figures: sizes, time to first frame, idle draw calls, frame cost.
# Build first (./build-wasm.sh). Not a timed test: the numbers are for reading, not asserting.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
if [ ! -f "$root/build/e2e-site/la_fixture.wasm" ]; then
  echo "build/e2e-site is missing: run ./build-wasm.sh first" >&2
  exit 1
fi
exec node "$root/bench/web/bench.mjs"
