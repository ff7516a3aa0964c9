#!/usr/bin/env bash
# Runs the browser-layer end-to-end tests in headless Chromium (build first: ./build-wasm.sh).
# Screenshots of failing tests go to build/e2e-artifacts/.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
if [ ! -f "$root/build/e2e-site/la_fixture.wasm" ]; then
  echo "build/e2e-site is missing: run ./build-wasm.sh first" >&2
  exit 1
fi
rm -rf "$root/build/e2e-artifacts"
cd "$root"
# One file at a time: each runs its own Chromium, and the machine has two cores.
# Arguments: test files to run instead of all of them.
if [ $# -eq 0 ]; then set -- tests/e2e/*.test.mjs; fi
# --experimental-websocket: the Firefox tests speak WebDriver BiDi over Node's WebSocket.
exec node --experimental-websocket --test --test-concurrency=1 --test-reporter=spec "$@"
