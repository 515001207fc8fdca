#!/usr/bin/env bash
# Times `cargo build --release` (what `cargo run --release` does before it
# starts the window) for candidate release profiles: once from clean, once
# after touching one source file. Each variant builds a copy of HEAD in a
# target folder of its own, so the working tree and its target/ are left
# alone. Usage: tools/dist/time_profiles.sh [WORK_DIR] (default: a new
# temporary folder). Prints one line per build: variant, kind, wall seconds,
# user+sys CPU seconds, binary size.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="${1:-$(mktemp -d)}"
mkdir -p "$work/src"
git -C "$root" archive HEAD | tar -x -C "$work/src"
lscpu | grep -m1 'Model name' || true
echo "cores: $(nproc)"

# name|environment overriding [profile.release]
variants=(
  "line-tables|CARGO_PROFILE_RELEASE_DEBUG=line-tables-only CARGO_PROFILE_RELEASE_STRIP=false CARGO_PROFILE_RELEASE_LTO=false"
  "strip|CARGO_PROFILE_RELEASE_DEBUG=false CARGO_PROFILE_RELEASE_STRIP=true CARGO_PROFILE_RELEASE_LTO=false"
  "strip+thin-lto|CARGO_PROFILE_RELEASE_DEBUG=false CARGO_PROFILE_RELEASE_STRIP=true CARGO_PROFILE_RELEASE_LTO=thin"
  "strip+fat-lto|CARGO_PROFILE_RELEASE_DEBUG=false CARGO_PROFILE_RELEASE_STRIP=true CARGO_PROFILE_RELEASE_LTO=fat"
)
only="${VARIANTS:-}"
for v in "${variants[@]}"; do
  name="${v%%|*}"
  [[ -n "$only" && ",$only," != *",$name,"* ]] && continue
  settings="${v#*|}"
  target="$work/target-$name"
  rm -rf "$target"
  for kind in clean touched; do
    [[ $kind == touched ]] && touch "$work/src/src/app/window.rs"
    log="$work/$name-$kind.time"
    (cd "$work/src" && env $settings CARGO_TARGET_DIR="$target" \
      /usr/bin/time -f '%e %U %S' -o "$log" cargo build --release --bin nnlab -q)
    read -r wall user sys <"$log"
    size=$(stat -c %s "$target/release/nnlab")
    printf '%-16s %-8s wall %7.1f s  cpu %7.1f s  binary %6.1f MB\n' \
      "$name" "$kind" "$wall" "$(echo "$user + $sys" | bc)" "$(echo "scale=1; $size / 1000000" | bc)"
  done
done
