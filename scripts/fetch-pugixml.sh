#!/usr/bin/env bash
# Fetches the pinned pugixml sources (the EWP XML codec's parser) from Debian's trixie source package.
#   scripts/fetch-pugixml.sh DEST   -> DEST/pugixml-1.14/src/{pugixml.cpp,pugixml.hpp,pugiconfig.hpp}
# Bookworm's libpugixml-dev is 1.13 with a shared library only; building the one pinned source
# both natively and for wasm keeps the two the same. Only the orig tarball is needed; its sha256 is
# pinned. The archive's address comes from the machine's own apt configuration, used through a
# private source list so the system's apt configuration is never touched (as fetch-imgui.sh).
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
uri=$(apt-get indextargets --format '$(REPO_URI) $(RELEASE)' | awk '$2=="bookworm"{print $1; exit}')
if [ -z "$uri" ]; then
  uri=$(apt-get indextargets --format '$(REPO_URI)' | grep -m1 debian)
fi
mkdir -p "$work/parts" "$work/lists/partial"
printf 'Types: deb-src\nURIs: %s\nSuites: trixie\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
  "$uri" > "$work/parts/src.sources"
apt_options=(-o Dir::Etc::SourceList=/dev/null -o "Dir::Etc::SourceParts=$work/parts"
             -o "Dir::State::Lists=$work/lists" -o Debug::NoLocking=1 -o APT::Sandbox::User=root)
echo "Fetching pugixml $version from Debian's source package"
apt-get "${apt_options[@]}" -qq update
# The .debian.tar.xz has answered 404 (toolchain notes); the orig tarball alone is what we build.
(cd "$work" && apt-get "${apt_options[@]}" -qq source --download-only "pugixml=$debian_version" 2>/dev/null || true)
archive="$work/pugixml_$version.orig.tar.gz"
test -f "$archive" || { echo "fetch-pugixml: $archive was not downloaded" >&2; exit 1; }
echo "$sha256  $archive" | sha256sum -c --quiet -
rm -rf "$tree"
tar -xzf "$archive" -C "$dest"
test -f "$tree/src/pugixml.cpp"
grep -q "PUGIXML_VERSION 1140" "$tree/src/pugixml.hpp"
