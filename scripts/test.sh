#!/usr/bin/env bash
# Every test: installs what it needs (scripts/toolchain.sh, idempotent), then
#   cargo fmt --check · cargo clippy -D warnings (native and wasm32) · native cargo test ·
#   wasm-pack test in headless Chromium · the npm package build · the package's Node tests ·
#   tsc over the package's declarations · the demo page (www/) end to end in Chromium
#   (playwright-core, tests/e2e/).
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n==> %s\n' "$*"; }

step "toolchain"
bash scripts/toolchain.sh
. "$(bash scripts/toolchain.sh --env)"

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (native, then wasm32), warnings are errors"
cargo clippy --all-targets --quiet -- -D warnings
cargo clippy --target wasm32-unknown-unknown --all-targets --quiet -- -D warnings

step "native tests"
cargo test --quiet

step "browser tests (headless Chromium)"
wasm-pack test --headless --chrome --mode no-install

step "npm package build"
bash scripts/build.sh

step "package tests (Node) and TypeScript declarations"
node --test tests/js/
(cd tests/js && npx --no-install tsc -p .)

step "demo page end to end (Playwright + headless Chromium; screenshots in tests/e2e/out/)"
node --test tests/e2e/
echo "all tests passed"
