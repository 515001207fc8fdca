#!/usr/bin/env bash
# Builds nnlab for the browser into target/web/: index.html (from
# assets/web/), the app's WebAssembly (nnlab_bg.wasm) and its JavaScript
# glue (nnlab.js), and the icon. A static site: any web server serves it.
# Installs what is missing: the wasm32-unknown-unknown target (rustup) and
# wasm-bindgen-cli of the same version as the wasm-bindgen crate in
# Cargo.lock (cargo install; the two must match exactly).
# Usage: tools/web/build.sh [--debug]
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
target=wasm32-unknown-unknown
profile=release
[[ "${1:-}" == "--debug" ]] && profile=debug
built_in="${CARGO_TARGET_DIR:-$root/target}"
out="$root/target/web"

rustup target list --installed | grep -qx "$target" || rustup target add "$target"

# The wasm-bindgen version Cargo.lock pins (the line after its name).
bindgen_version="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
if [[ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen_version" ]]; then
  # Only the `wasm-bindgen` program, without the default TLS features: they
  # serve the test runner's downloads, and building them (rustls, ring's C)
  # is a large part of the install. --locked first (the versions its
  # authors tested); without it if one of those is no longer on the
  # registry (0.2.130's lock file pins a yanked webpki-roots).
  install=(cargo install wasm-bindgen-cli --version "$bindgen_version" --no-default-features --bin wasm-bindgen)
  "${install[@]}" --locked || "${install[@]}"
fi

# WebAssembly SIMD (simd128): Chrome, Edge and Firefox since 2021, Safari
# since 16.4. `wide` and the compiler's own vectorization use it.
export RUSTFLAGS="${RUSTFLAGS:-} -C target-feature=+simd128"
# The release profile strips symbols (strip = true), which on wasm32 also
# drops the `target_features` section wasm-bindgen reads to know simd128 is
# on: keep it in the link and let wasm-bindgen drop the names instead.
export CARGO_PROFILE_RELEASE_STRIP=false
args=(--target "$target" --bin nnlab)
[[ "$profile" == release ]] && args+=(--release)
cargo build "${args[@]}"

rm -rf "$out"
mkdir -p "$out"
bindgen_args=(--target web --no-typescript --out-dir "$out" --out-name nnlab)
[[ "$profile" == release ]] && bindgen_args+=(--remove-name-section --remove-producers-section)
wasm-bindgen "${bindgen_args[@]}" \
  "$built_in/$target/$profile/nnlab.wasm"
cp assets/web/index.html "$out/"
cp assets/icons/nnlab-128.png "$out/icon.png"
echo "built $out ($(du -h "$out/nnlab_bg.wasm" | cut -f1) of WebAssembly)"
