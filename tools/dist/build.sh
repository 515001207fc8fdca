#!/usr/bin/env bash
# Builds nnlab's download archives into target/dist/:
#   nnlab-VERSION-linux-x86_64.tar.gz   stripped binary, desktop entry,
#       AppStream metadata, icons, README, font licences, install.sh
#   nnlab-VERSION-windows-x86_64.zip    nnlab.exe (the window, no console)
#       and nnlab.com (the same commands for terminals), README, licences;
#       cross-built with MinGW-w64
#   nnlab-VERSION-macos-aarch64.zip     nnlab.app (only on a Mac: Apple's
#       linker and SDK exist nowhere else)
# Usage: tools/dist/build.sh [linux|windows|macos|all]   (all: the two that
# this system can build). Installs what is missing: the Rust targets with
# rustup, Debian's gcc-mingw-w64-x86-64 and zip with apt-get.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
version="$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n1)"
dist="$root/target/dist"
# Where cargo builds (CARGO_TARGET_DIR if set); the archives go to dist.
built_in="${CARGO_TARGET_DIR:-$root/target}"
mkdir -p "$dist"

say() { printf '\n== %s\n' "$*"; }

# Debian packages, as root or through sudo.
apt_install() {
  local sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@"
}
need_command() { command -v "$1" >/dev/null || apt_install "$2"; }
need_target() { rustup target list --installed | grep -qx "$1" || rustup target add "$1"; }

# Licences of every font compiled into the program: ours (assets/fonts) and
# egui's defaults (Ubuntu Light, Hack, Noto Emoji, emoji-icon-font, egui
# icons), read from the crate that ships them.
copy_licences() {
  local to="$1/licences"
  mkdir -p "$to/egui-default-fonts"
  cp assets/fonts/*.txt "$to/"
  local fonts
  fonts="$(cargo metadata --format-version 1 --locked |
    grep -o '"manifest_path":"[^"]*/epaint_default_fonts-[^"/]*/Cargo.toml"' | head -n1 |
    sed 's/^"manifest_path":"//; s/Cargo.toml"$/fonts/')"
  [[ -d "$fonts" ]] || { echo "egui's font licences not found" >&2; exit 1; }
  cp "$fonts"/*.txt "$to/egui-default-fonts/"
}

# The PE subsystem of a Windows executable: 2 = window program, 3 = console.
pe_subsystem() {
  local pe
  pe=$(od -An -tu4 -j60 -N4 "$1" | tr -d ' ')
  od -An -tu2 -j$((pe + 92)) -N2 "$1" | tr -d ' '
}

linux() {
  say "Linux x86_64"
  [[ "$(uname -s)-$(uname -m)" == Linux-x86_64 ]] || { echo "the Linux archive is built on Linux x86_64" >&2; exit 1; }
  cargo build --release --locked --bin nnlab
  local name="nnlab-$version-linux-x86_64" stage="$dist/nnlab-$version-linux-x86_64"
  rm -rf "$stage" && mkdir -p "$stage/share/applications" "$stage/share/metainfo"
  install -m 755 "$built_in/release/nnlab" "$stage/nnlab"
  # The release profile strips already; this keeps the archive small even
  # if it is changed.
  strip "$stage/nnlab"
  install -m 644 assets/desktop/nnlab.desktop "$stage/share/applications/"
  install -m 644 assets/desktop/nnlab.metainfo.xml "$stage/share/metainfo/"
  for n in 16 24 32 48 64 128 256 512; do
    install -D -m 644 "assets/icons/nnlab-$n.png" "$stage/share/icons/hicolor/${n}x$n/apps/nnlab.png"
  done
  install -D -m 644 assets/icons/nnlab.svg "$stage/share/icons/hicolor/scalable/apps/nnlab.svg"
  install -m 755 tools/dist/install-linux.sh "$stage/install.sh"
  install -m 644 README.md "$stage/"
  copy_licences "$stage"
  if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$stage/share/applications/nnlab.desktop"
  fi
  if command -v appstreamcli >/dev/null; then
    # The id is the window's app id, "nnlab" (also the folder that holds the
    # settings), not a reverse domain name: a note, not a fault.
    appstreamcli validate --no-net --override=cid-desktopapp-is-not-rdns=info \
      "$stage/share/metainfo/nnlab.metainfo.xml"
  fi
  tar -C "$dist" -czf "$dist/$name.tar.gz" --owner=0 --group=0 "$name"
}

windows() {
  say "Windows x86_64 (MinGW-w64)"
  local target=x86_64-pc-windows-gnu
  need_target "$target"
  need_command x86_64-w64-mingw32-gcc gcc-mingw-w64-x86-64
  need_command zip zip
  cargo build --release --locked --target "$target" --bins
  local name="nnlab-$version-windows-x86_64" stage="$dist/nnlab-$version-windows-x86_64"
  local built="$built_in/$target/release"
  rm -rf "$stage" && mkdir -p "$stage"
  cp "$built/nnlab.exe" "$stage/nnlab.exe"
  # Terminals try .com before .exe (PATHEXT), so `nnlab train …` typed in
  # cmd or PowerShell runs the console face and prints there.
  cp "$built/nnlab-cli.exe" "$stage/nnlab.com"
  x86_64-w64-mingw32-strip "$stage/nnlab.exe" "$stage/nnlab.com"
  [[ $(pe_subsystem "$stage/nnlab.exe") == 2 ]] || { echo "nnlab.exe is not a window program" >&2; exit 1; }
  [[ $(pe_subsystem "$stage/nnlab.com") == 3 ]] || { echo "nnlab.com is not a console program" >&2; exit 1; }
  cp README.md "$stage/"
  copy_licences "$stage"
  rm -f "$dist/$name.zip"
  (cd "$dist" && zip -q -r -9 "$name.zip" "$name")
}

macos() {
  say "macOS aarch64"
  [[ "$(uname -s)" == Darwin ]] || { echo "the macOS bundle is built on a Mac" >&2; exit 1; }
  local target=aarch64-apple-darwin
  need_target "$target"
  cargo build --release --locked --target "$target" --bins
  local name="nnlab-$version-macos-aarch64" stage="$dist/nnlab-$version-macos-aarch64"
  local app="$stage/nnlab.app/Contents"
  rm -rf "$stage" && mkdir -p "$app/MacOS" "$app/Resources"
  cp "$built_in/$target/release/nnlab" "$app/MacOS/nnlab"
  cp assets/macos/Info.plist "$app/Info.plist"
  cp assets/icons/nnlab.icns "$app/Resources/nnlab.icns"
  cp README.md "$stage/"
  copy_licences "$stage"
  rm -f "$dist/$name.zip"
  (cd "$dist" && ditto -c -k --keepParent "$name" "$name.zip")
}

case "${1:-all}" in
  linux) linux ;;
  windows) windows ;;
  macos) macos ;;
  all)
    if [[ "$(uname -s)" == Darwin ]]; then macos; else linux && windows; fi
    ;;
  *) echo "usage: $0 [linux|windows|macos|all]" >&2; exit 2 ;;
esac

say "target/dist"
ls -l "$dist"/*.tar.gz "$dist"/*.zip 2>/dev/null || true
