#!/usr/bin/env bash
# Prints the benchmark figures: the core natively and as wasm under Node (builds both first).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cmake -S "$root" -B "$root/build/native" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$root/build/native" --target la_core_bench >/dev/null
"$root/build-wasm.sh" >/dev/null
"$root/build/native/bench/la_core_bench"
node "$root/build/wasm/bench/la_core_bench.js"
if [ -x "$root/bench/web/run.sh" ]; then "$root/bench/web/run.sh"; fi
