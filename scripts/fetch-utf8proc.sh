#!/usr/bin/env bash
# Fetches the pinned utf8proc sources (Unicode normalisation, NFC) from Debian's bookworm source package.
#   scripts/fetch-utf8proc.sh DEST   -> DEST/utf8proc-2.8.0/{utf8proc.c,utf8proc.h,utf8proc_data.c}
# 2.8.0 is bookworm's libutf8proc-dev; building the one pinned source natively and for wasm keeps
# the two the same (trixie's 2.9.0 source package could not be downloaded whole). The orig
# tarball, sha256 pinned, comes through fetch-debian-orig.sh, as pugixml's does.
set -euo pipefail
dest=${1:?usage: fetch-utf8proc.sh DEST}
tree="$dest/utf8proc-2.8.0"
present() { [ -f "$tree/utf8proc_data.c" ] && grep -q "UTF8PROC_VERSION_MINOR 8$" "$tree/utf8proc.h"; }
present && exit 0
"$(dirname "$0")/fetch-debian-orig.sh" utf8proc 2.8.0-1 \
  a0a60a79fe6f6d54e7d411facbfcc867a6e198608f2cd992490e46f04b1bcecc "$dest" bookworm
present
