#!/usr/bin/env bash
# Fetches the pinned pugixml sources (the EWP XML codec's parser) from Debian's trixie source package.
#   scripts/fetch-pugixml.sh DEST   -> DEST/pugixml-1.14/src/{pugixml.cpp,pugixml.hpp,pugiconfig.hpp}
# Bookworm's libpugixml-dev is 1.13 with a shared library only; building the one pinned source
# both natively and for wasm keeps the two the same. The orig tarball, sha256 pinned, comes
# through fetch-debian-orig.sh, as utf8proc's does.
set -euo pipefail
dest=${1:?usage: fetch-pugixml.sh DEST}
tree="$dest/pugixml-1.14"
present() { [ -f "$tree/src/pugixml.cpp" ] && grep -q "PUGIXML_VERSION 1140" "$tree/src/pugixml.hpp"; }
present && exit 0
"$(dirname "$0")/fetch-debian-orig.sh" pugixml 1.14-2 \
  610f98375424b5614754a6f34a491adbddaaec074e9044577d965160ec103d2e "$dest"
present
