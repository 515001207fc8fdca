#!/bin/sh
# Installs nnlab from this unpacked archive for the current user, so it
# appears among the applications with its icon: the binary in
# PREFIX/bin, the desktop entry, AppStream metadata and icons under
# PREFIX/share. PREFIX is ~/.local unless given (e.g. /usr/local, as root).
#   ./install.sh [PREFIX]             install
#   ./install.sh --uninstall [PREFIX] remove what install put there
# Settings, autosave and lesson progress (~/.local/share/nnlab) stay.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
uninstall=false
if [ "${1:-}" = "--uninstall" ]; then uninstall=true; shift; fi
prefix="${1:-$HOME/.local}"

files="share/applications/nnlab.desktop share/metainfo/nnlab.metainfo.xml share/icons/hicolor/scalable/apps/nnlab.svg"
for n in 16 24 32 48 64 128 256 512; do
  files="$files share/icons/hicolor/${n}x$n/apps/nnlab.png"
done

if $uninstall; then
  rm -f "$prefix/bin/nnlab"
  for f in $files; do rm -f "$prefix/$f"; done
else
  mkdir -p "$prefix/bin"
  cp "$here/nnlab" "$prefix/bin/nnlab"
  chmod 755 "$prefix/bin/nnlab"
  for f in $files; do
    mkdir -p "$(dirname "$prefix/$f")"
    cp "$here/$f" "$prefix/$f"
  done
fi

# Menus and icon themes read caches; refresh them where the tools exist.
command -v update-desktop-database >/dev/null && update-desktop-database -q "$prefix/share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" || true

if $uninstall; then
  echo "nnlab removed from $prefix"
else
  echo "nnlab installed in $prefix: start it from the applications menu, or run $prefix/bin/nnlab"
  case ":$PATH:" in *":$prefix/bin:"*) ;; *) echo "($prefix/bin is not on PATH: add it to run nnlab by name)" ;; esac
fi
