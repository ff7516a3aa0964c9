#!/usr/bin/env bash
# Downloads one pinned Debian source package (trixie, or SUITE) into a folder, without unpacking it:
#   scripts/fetch-debian-source.sh PACKAGE=VERSION DIR [SUITE]
# The archive's address is read from the machine's own apt configuration and used through a
# private source list, so the system's apt configuration is never touched. Used by
# fetch-imgui.sh and fetch-debian-orig.sh (pugixml, utf8proc), which check and unpack what they need.
set -euo pipefail
package=${1:?usage: fetch-debian-source.sh PACKAGE=VERSION DIR}
dir=${2:?usage: fetch-debian-source.sh PACKAGE=VERSION DIR [SUITE]}
suite=${3:-trixie}
lists=$(mktemp -d)
trap 'rm -rf "$lists"' EXIT
uri=$(apt-get indextargets --format '$(REPO_URI) $(RELEASE)' | awk '$2=="bookworm"{print $1; exit}')
if [ -z "$uri" ]; then
  uri=$(apt-get indextargets --format '$(REPO_URI)' | grep -m1 debian)
fi
mkdir -p "$lists/parts" "$lists/lists/partial" "$dir"
printf 'Types: deb-src\nURIs: %s\nSuites: %s\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
  "$uri" "$suite" > "$lists/parts/src.sources"
apt_options=(-o Dir::Etc::SourceList=/dev/null -o "Dir::Etc::SourceParts=$lists/parts"
             -o "Dir::State::Lists=$lists/lists" -o Debug::NoLocking=1 -o APT::Sandbox::User=root)
apt-get "${apt_options[@]}" -qq update
# A source package's files are fetched one by one; callers check that the one they need arrived
# (pugixml's .debian.tar.xz has answered 404 while its orig tarball, all we build, was there).
(cd "$dir" && apt-get "${apt_options[@]}" -qq source --download-only "$package" 2>/dev/null) || true
