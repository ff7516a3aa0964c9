#!/usr/bin/env bash
# Fetches the upstream sources of a Debian source package, checked against a pinned sha256, and
# unpacks them into DEST (as DEST/<package>-<upstream version>, replacing an older copy). Only the
# orig tarball is needed; fetch-debian-source.sh downloads it. Used by fetch-pugixml.sh and
# fetch-utf8proc.sh, which say which version and check what they need in the tree.
#   scripts/fetch-debian-orig.sh PACKAGE DEBIAN_VERSION SHA256 DEST [SUITE]
set -euo pipefail
package=${1:?usage: fetch-debian-orig.sh PACKAGE DEBIAN_VERSION SHA256 DEST [SUITE]}
debian_version=${2:?} sha256=${3:?} dest=${4:?} suite=${5:-}
version=${debian_version%-*}
mkdir -p "$dest"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "Fetching $package $version from Debian's source package"
"$(dirname "$0")/fetch-debian-source.sh" "$package=$debian_version" "$work" $suite
archive="$work/${package}_$version.orig.tar.gz"
test -f "$archive" || { echo "fetch-debian-orig: $archive was not downloaded" >&2; exit 1; }
echo "$sha256  $archive" | sha256sum -c --quiet -
rm -rf "$dest/$package-$version"
tar -xzf "$archive" -C "$dest"
