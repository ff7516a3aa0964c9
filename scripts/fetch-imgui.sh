#!/usr/bin/env bash
# Fetches the pinned Dear ImGui sources from Debian's source package into a cache folder.
#   scripts/fetch-imgui.sh DEST     -> DEST/imgui-1.90.1/{imgui*.cpp,imgui*.h,backends/...}
# Debian's libimgui-dev has an x86-64 library only, so the wasm build compiles the sources
# (downloaded by fetch-debian-source.sh, which leaves the system's apt configuration alone).
set -euo pipefail
version=1.90.1
debian_version=1.90.1+ds-1
dest=${1:?usage: fetch-imgui.sh DEST}
tree="$dest/imgui-$version"
if [ -f "$tree/imgui.cpp" ] && grep -q "IMGUI_VERSION  *\"$version\"" "$tree/imgui.h"; then
  exit 0
fi
mkdir -p "$dest"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "Fetching Dear ImGui $version from Debian's source package"
"$(dirname "$0")/fetch-debian-source.sh" "imgui=$debian_version" "$work"
rm -rf "$tree"
tar -xf "$work"/imgui_${version}+ds.orig.tar.xz -C "$dest"
test -f "$tree/imgui.cpp"
grep -q "IMGUI_VERSION  *\"$version\"" "$tree/imgui.h"
