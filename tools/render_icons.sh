#!/usr/bin/env bash
# Renders the app icon from its SVG sources into the files each system
# wants, all under assets/icons/ (committed, so a build needs none of these
# tools):
#   nnlab-N.png  N = 16 … 512, for the Linux icon theme (hicolor) and the
#                window (nnlab-128.png is compiled into the program);
#   nnlab.ico    the Windows executable's icon (16 … 256);
#   nnlab.icns   the macOS bundle's icon (16 … 1024).
# 16 and 24 pixels come from nnlab-small.svg (fewer, thicker shapes), the
# rest from nnlab.svg. Needs Debian's librsvg2-bin (rsvg-convert),
# imagemagick (convert) and icnsutils (png2icns); installs them if missing.
set -euo pipefail
cd "$(dirname "$0")/../assets/icons"

need() { command -v "$1" >/dev/null || { apt-get update -qq && apt-get install -y -qq "$2"; }; }
need rsvg-convert librsvg2-bin
need convert imagemagick
need png2icns icnsutils

render() { # size, output
  local src=nnlab.svg
  (($1 <= 24)) && src=nnlab-small.svg
  rsvg-convert --width "$1" --height "$1" --output "$2" "$src"
}

for n in 16 24 32 48 64 128 256 512; do
  render "$n" "nnlab-$n.png"
done

# Windows: every size Explorer and the taskbar ask for; 256 is kept as PNG.
convert nnlab-16.png nnlab-24.png nnlab-32.png nnlab-48.png nnlab-64.png nnlab-256.png nnlab.ico

# macOS: png2icns picks each image's slot by its size.
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
render 1024 "$tmp/nnlab-1024.png"
png2icns nnlab.icns nnlab-16.png nnlab-32.png nnlab-128.png nnlab-256.png nnlab-512.png "$tmp/nnlab-1024.png" >/dev/null
ls -l nnlab-*.png nnlab.ico nnlab.icns
