#!/usr/bin/env bash
# Every test: installs what it needs (scripts/toolchain.sh, idempotent), then
#   cargo fmt --check · cargo clippy -D warnings (native, wasm32, single-language) · native cargo test ·
#   wasm-pack test in headless Chromium · the npm package build · the package's Node tests ·
#   tsc over the package's declarations (also against the real @portone/browser-sdk types) · the demo page (www/) end to end in Chromium
#   (playwright-core, tests/e2e/, with the official @portone/browser-sdk loader as options.sdk) ·
#   drop-in apps built by Vite 7 and webpack 5 and a bundler-free page, in Chromium (tests/dropin/).
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n==> %s\n' "$*"; }

step "toolchain"
bash scripts/toolchain.sh
. "$(bash scripts/toolchain.sh --env)"

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (native, then wasm32, then the ko-only / en-only builds), warnings are errors"
cargo clippy --all-targets --quiet -- -D warnings
cargo clippy --target wasm32-unknown-unknown --all-targets --quiet -- -D warnings
# the single-language features change only the bi! macro's arm, the same on every target
cargo clippy --target wasm32-unknown-unknown --lib --features ko-only --quiet -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --features en-only --quiet -- -D warnings

step "native tests"
cargo test --quiet

step "browser tests (headless Chromium)"
wasm-pack test --headless --chrome --mode no-install

step "npm package build"
bash scripts/build.sh

step "package tests (Node) and TypeScript declarations"
node --test tests/js/
(cd tests/js && npx --no-install tsc -p .)
# the identity-verification declarations against @portone/browser-sdk's own types (issue #18)
(cd tests/js && npx --no-install tsc -p tsconfig.sdk.json)
# the declarations against the real @portone/browser-sdk types, strict (tests/js/types.test.mjs
# also checks that types/sdk-fail.ts fails on exactly its marked lines)
(cd tests/js && npx --no-install tsc -p types)

step "drop-in: Vite 7 (also with portone-guard/ko) and webpack 5 apps built from pkg/, and a bundler-free page, in Chromium"
for d in vite webpack; do
  (
    cd "tests/dropin/$d"
    # npm registry only; skipped when node_modules matches package.json + lockfile. `npm install`
    # (at the locked versions), not `npm ci`: the registry here lacks other platforms' optional
    # binaries (@rollup/rollup-darwin-*…), so the lockfile cannot list them and `npm ci` refuses it.
    stamp=$(cat package.json package-lock.json | sha256sum | cut -c1-16)
    if [ "$(cat node_modules/.installed 2>/dev/null)" != "$stamp" ]; then
      npm install --no-audit --no-fund --loglevel=error >/dev/null
      stamp=$(cat package.json package-lock.json | sha256sum | cut -c1-16)
      echo "$stamp" > node_modules/.installed
    fi
    npm run --silent build >/dev/null
    # the Vite app once more against the Korean-only entry, portone-guard/ko
    if [ "$d" = vite ]; then npx --no-install vite build --config vite.ko.config.js --logLevel error >/dev/null; fi
  )
done
node --test tests/dropin/

step "demo page end to end (Playwright + headless Chromium; screenshots in tests/e2e/out/)"
node --test tests/e2e/
echo "all tests passed"
