#!/usr/bin/env bash
# Fetches the pinned Dear ImGui sources from Debian's source package into a cache folder.
#   scripts/fetch-imgui.sh DEST     -> DEST/imgui-1.90.1/{imgui*.cpp,imgui*.h,backends/...}
# Debian's libimgui-dev has an x86-64 library only, so the wasm build compiles the sources. The
# archive's address is read from the machine's own apt configuration and used through a private
# source list, so the system's apt configuration is never touched.
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
uri=$(apt-get indextargets --format '$(REPO_URI) $(RELEASE)' | awk '$2=="bookworm"{print $1; exit}')
if [ -z "$uri" ]; then
  uri=$(apt-get indextargets --format '$(REPO_URI)' | grep -m1 debian)
fi
mkdir -p "$work/parts" "$work/lists/partial"
printf 'Types: deb-src\nURIs: %s\nSuites: trixie\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
  "$uri" > "$work/parts/src.sources"
apt_options=(-o Dir::Etc::SourceList=/dev/null -o "Dir::Etc::SourceParts=$work/parts"
             -o "Dir::State::Lists=$work/lists" -o Debug::NoLocking=1 -o APT::Sandbox::User=root)
echo "Fetching Dear ImGui $version from Debian's source package"
apt-get "${apt_options[@]}" -qq update
(cd "$work" && apt-get "${apt_options[@]}" -qq source --download-only "imgui=$debian_version")
rm -rf "$tree"
tar -xf "$work"/imgui_${version}+ds.orig.tar.xz -C "$dest"
test -f "$tree/imgui.cpp"
grep -q "IMGUI_VERSION  *\"$version\"" "$tree/imgui.h"
