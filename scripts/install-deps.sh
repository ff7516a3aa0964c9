#!/usr/bin/env bash
# Installs what building and testing need on Debian bookworm, only what is missing.
# Pinned by the distribution: emscripten 3.1.6, nlohmann-json3 3.11.2, doctest 2.4.9, iso-codes 4.15;
# npm packages are pinned by package-lock.json and installed into build/npm (the build folder is the cache).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)

packages=(
  build-essential cmake ninja-build ccache   # native build (ccache: tests/run-isolated.sh reuses objects)
  nlohmann-json3-dev doctest-dev iso-codes   # core dependencies (header-only) and ISO 3166 / 639 data
  emscripten nodejs                          # wasm build and running it
  chromium                                   # end-to-end tests (headless)
  firefox-esr xvfb                           # the offline file in Firefox (tests/e2e/ship_firefox.test.mjs)
  fonts-noto-core python3-fonttools python3-brotli brotli zopfli   # UI font subset, compression
  binaryen wabt                              # wasm size work
  libxml2-utils                              # xmllint: the EWP XML export checked against the XSD
  jq                                         # the content hash recipe of docs/format.md (tests/cli/hash_recipe.sh)
  poppler-utils                              # pdftotext: the printed agreement's text (tests/print)
  clang-14 libclang-rt-14-dev                # ASan/UBSan suites and the fuzz target (tests/run-sanitized.sh)
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# npm packages (terser, playwright-core, ajv) live in build/npm so that the checkout stays clean.
npm_dir="$here/build/npm"
mkdir -p "$npm_dir"
if ! cmp -s "$here/package-lock.json" "$npm_dir/package-lock.json" || [ ! -d "$npm_dir/node_modules" ]; then
  cp "$here/package.json" "$here/package-lock.json" "$npm_dir/"
  (cd "$npm_dir" && npm ci --no-audit --no-fund --loglevel=error --cache "$npm_dir/.npm-cache")
fi
