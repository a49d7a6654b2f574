#!/usr/bin/env bash
# Builds the module into a folder the way `wasm-pack build --target web --release` did, without
# wasm-pack (one tool less to compile on a new machine): cargo (release, wasm32), wasm-bindgen
# (web target, TypeScript declarations), then wasm-opt with the flags Cargo.toml lists under
# [package.metadata.wasm-pack.profile.release] (kept there: `wasm-pack test` reads the same file).
#   scripts/wasm-build.sh <out-dir> [cargo build arguments…]     e.g.  pkg/ko --features ko-only
# Expects the toolchain on PATH (. "$(scripts/toolchain.sh --env)"). Honours CARGO_TARGET_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$1
shift
cargo build --quiet --release --lib --target wasm32-unknown-unknown "$@"
target_dir=${CARGO_TARGET_DIR:-$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')}
mkdir -p "$out"
wasm-bindgen "$target_dir/wasm32-unknown-unknown/release/portone_guard.wasm" \
  --out-dir "$out" --out-name portone_guard --target web --typescript
read -r -a flags < <(python3 -c 'import tomllib; print(" ".join(tomllib.load(open("Cargo.toml","rb"))["package"]["metadata"]["wasm-pack"]["profile"]["release"]["wasm-opt"]))')
wasm-opt "$out/portone_guard_bg.wasm" -o "$out/portone_guard_bg.wasm.opt" "${flags[@]}"
mv "$out/portone_guard_bg.wasm.opt" "$out/portone_guard_bg.wasm"
