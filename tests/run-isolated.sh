#!/usr/bin/env bash
# Proves that the project is complete in itself: copies the checkout's files (tracked, plus new
# ones not ignored) to build/isolated/checkout, where nothing lies beside the copy, then configures,
# builds and runs the native suites there. A build step or a test that reads a file outside the
# repository (a sibling folder, ../anything) fails here even when it passes in the developer's tree.
#   tests/run-isolated.sh
# Fast on a second run and in CI after the main native build: the copy keeps its build folder,
# and with ccache (tests/run-all.sh sets it up) the copy's objects are the main build's, because
# both trees have the same layout below their root.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
git rev-parse --is-inside-work-tree >/dev/null 2>&1 || { echo "run-isolated: $root is not a git checkout" >&2; exit 2; }

copy="$root/build/isolated/checkout"
mkdir -p "$copy"
# A fresh copy each run, but the copy's own build folder stays (incremental builds).
find "$copy" -mindepth 1 -maxdepth 1 ! -name build -exec rm -rf {} +
git ls-files -z --cached --others --exclude-standard \
  | while IFS= read -r -d '' file; do [ -e "$file" ] && printf '%s\0' "$file"; done \
  | tar --null -T - -cf - | tar -C "$copy" -xf -
# The npm packages the schema test needs are a download cache, not part of the project.
mkdir -p "$copy/build"
[ -d "$root/build/npm" ] && ln -sfn "$root/build/npm" "$copy/build/npm"

# ccache keys on paths relative to its base folder: the copy's root is the base, as the
# repository's root is for the main build, so that the same sources hit the same objects.
export CCACHE_BASEDIR="$copy"
cmake -S "$copy" -B "$copy/build/native" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$copy/build/native"
ctest --test-dir "$copy/build/native" --output-on-failure
echo "The native suites pass in a lone copy of the checkout ($copy)."
