#!/usr/bin/env bash
# Fetches the pinned pugixml sources (the EWP XML codec's parser) from Debian's trixie source package.
#   scripts/fetch-pugixml.sh DEST   -> DEST/pugixml-1.14/src/{pugixml.cpp,pugixml.hpp,pugiconfig.hpp}
# Bookworm's libpugixml-dev is 1.13 with a shared library only; building the one pinned source
# both natively and for wasm keeps the two the same. Only the orig tarball is needed; its sha256 is
# pinned. Downloaded by fetch-debian-source.sh, as Dear ImGui is.
set -euo pipefail
version=1.14
debian_version=1.14-2
sha256=610f98375424b5614754a6f34a491adbddaaec074e9044577d965160ec103d2e
dest=${1:?usage: fetch-pugixml.sh DEST}
tree="$dest/pugixml-$version"
if [ -f "$tree/src/pugixml.cpp" ] && grep -q "PUGIXML_VERSION 1140" "$tree/src/pugixml.hpp"; then
  exit 0
fi
mkdir -p "$dest"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "Fetching pugixml $version from Debian's source package"
"$(dirname "$0")/fetch-debian-source.sh" "pugixml=$debian_version" "$work"
archive="$work/pugixml_$version.orig.tar.gz"
test -f "$archive" || { echo "fetch-pugixml: $archive was not downloaded" >&2; exit 1; }
echo "$sha256  $archive" | sha256sum -c --quiet -
rm -rf "$tree"
tar -xzf "$archive" -C "$dest"
test -f "$tree/src/pugixml.cpp"
grep -q "PUGIXML_VERSION 1140" "$tree/src/pugixml.hpp"
