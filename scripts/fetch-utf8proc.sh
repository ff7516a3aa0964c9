#!/usr/bin/env bash
# Fetches the pinned utf8proc sources (Unicode normalisation, NFC) from Debian's bookworm source package.
#   scripts/fetch-utf8proc.sh DEST   -> DEST/utf8proc-2.8.0/{utf8proc.c,utf8proc.h,utf8proc_data.c}
# 2.8.0 is bookworm's libutf8proc-dev; building the one pinned source natively and for wasm keeps
# the two the same (trixie's 2.9.0 source package could not be downloaded whole). Only the orig
# tarball is needed; its sha256 is pinned. Downloaded by fetch-debian-source.sh, as pugixml is.
set -euo pipefail
version=2.8.0
debian_version=2.8.0-1
sha256=a0a60a79fe6f6d54e7d411facbfcc867a6e198608f2cd992490e46f04b1bcecc
dest=${1:?usage: fetch-utf8proc.sh DEST}
tree="$dest/utf8proc-$version"
if [ -f "$tree/utf8proc_data.c" ] && grep -q "UTF8PROC_VERSION_MINOR 8$" "$tree/utf8proc.h"; then
  exit 0
fi
mkdir -p "$dest"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "Fetching utf8proc $version from Debian's source package"
"$(dirname "$0")/fetch-debian-source.sh" "utf8proc=$debian_version" "$work" bookworm
archive="$work/utf8proc_$version.orig.tar.gz"
test -f "$archive" || { echo "fetch-utf8proc: $archive was not downloaded" >&2; exit 1; }
echo "$sha256  $archive" | sha256sum -c --quiet -
rm -rf "$tree"
tar -xzf "$archive" -C "$dest"
test -f "$tree/utf8proc_data.c"
