#!/usr/bin/env bash
# Installs, idempotently, everything the build and the tests need on a Debian 12 + rustup machine,
# from package registries only (crates.io, Debian, npm). Every step is skipped when already done.
#
#   wasm32-unknown-unknown target      rustup
#   wasm-bindgen-cli  = crate version   cargo install --locked (must match Cargo.lock exactly)
#   wasm-pack (browser tests only)      cargo install --locked
#   chromium + chromium-driver          apt (Debian)
#   fonts-nanum (Hangul in screenshots) apt (Debian)
#   wasm-opt                            npm "binaryen" (never Debian's binaryen 108: it breaks the module)
#   node test deps (playwright-core…)   npm ci in tests/js when that folder has a package.json
#
# After it runs:  . "$(scripts/toolchain.sh --env)"   puts the tools first on PATH.
# scripts/toolchain.sh --plan   says what a run would install, installing nothing.
# --build (also with --plan): only what building the package needs (target, wasm-bindgen-cli,
# wasm-opt), not wasm-pack, the browser, font and test packages; scripts/build.sh uses it.
set -euo pipefail

WASM_BINDGEN_VERSION=${WASM_BINDGEN_VERSION:-0.2.129}
WASM_PACK_VERSION=${WASM_PACK_VERSION:-0.15.1}
BINARYEN_NPM_VERSION=${BINARYEN_NPM_VERSION:-132.0.0}
TOOLS_ROOT=${TOOLS_ROOT:-$HOME/.cargo}
BINARYEN_DIR=${BINARYEN_DIR:-$HOME/.cache/portone-guard-binaryen}
ENV_FILE="$BINARYEN_DIR/env.sh"

if [ "${1:-}" = "--env" ]; then echo "$ENV_FILE"; exit 0; fi
BUILD_ONLY="" PLAN=""
for a in "$@"; do
  case "$a" in --build) BUILD_ONLY=1 ;; --plan) PLAN=1 ;; esac
done

log() { printf '[toolchain] %s\n' "$*" >&2; }
ver() { "$@" --version 2>/dev/null | awk '{print $2}'; }
export PATH="$BINARYEN_DIR/node_modules/.bin:$TOOLS_ROOT/bin:$HOME/.cargo/bin:$PATH"
ROOT=$(cd "$(dirname "$0")/.." && pwd)

# --plan: say what a run would install (and from where), install nothing (scripts/serve.sh prints it first)
if [ -n "$PLAN" ]; then
  plan() { if [ "$1" = ok ]; then printf '  have     %s\n' "$2"; else printf '  install  %s  (%s)\n' "$2" "$3"; fi; }
  has() { if "$@" >/dev/null 2>&1; then echo ok; else echo missing; fi; }
  plan "$(has sh -c 'rustup target list --installed | grep -qx wasm32-unknown-unknown')" "Rust target wasm32-unknown-unknown" "rustup target add"
  plan "$( [ "$(ver wasm-bindgen)" = "$WASM_BINDGEN_VERSION" ] && echo ok)" "wasm-bindgen-cli $WASM_BINDGEN_VERSION" "cargo install, from crates.io"
  plan "$( [ "$("$BINARYEN_DIR/node_modules/.bin/wasm-opt" --version 2>/dev/null | awk '{print $3}')" = "${BINARYEN_NPM_VERSION%%.*}" ] && echo ok)" "wasm-opt (npm binaryen@$BINARYEN_NPM_VERSION)" "npm install into $BINARYEN_DIR"
  if [ -z "$BUILD_ONLY" ]; then
    plan "$( [ "$(ver wasm-pack)" = "$WASM_PACK_VERSION" ] && echo ok)" "wasm-pack $WASM_PACK_VERSION (browser tests only)" "cargo install, from crates.io"
    plan "$(has sh -c 'command -v chromium && command -v chromedriver')" "chromium + chromium-driver (tests only)" "apt-get install, Debian; needs sudo"
    plan "$(has sh -c 'fc-list | grep -qi nanum')" "fonts-nanum (Hangul in test screenshots)" "apt-get install, Debian; needs sudo"
    plan "$( [ -d "$ROOT/tests/js/node_modules" ] && echo ok)" "the test folder's npm packages (tests/js)" "npm ci, from the npm registry"
  fi
  exit 0
fi

# 1. wasm target
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
for c in rustfmt clippy; do
  rustup component list --installed | grep -q "^$c" || rustup component add "$c"
done

# 2. wasm-bindgen-cli (exactly the crate's version) and wasm-pack
if [ "$(ver wasm-bindgen)" != "$WASM_BINDGEN_VERSION" ]; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  cargo install --locked --force --root "$TOOLS_ROOT" wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi
if [ -z "$BUILD_ONLY" ] && [ "$(ver wasm-pack)" != "$WASM_PACK_VERSION" ]; then
  log "installing wasm-pack $WASM_PACK_VERSION"
  cargo install --locked --force --root "$TOOLS_ROOT" wasm-pack --version "$WASM_PACK_VERSION"
fi

# 3. headless browser and its driver, from Debian (tests only)
if [ -z "$BUILD_ONLY" ] && { ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; }; then
  log "installing chromium + chromium-driver"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# 3b. a Korean font, so the demo's end-to-end screenshots show Hangul instead of empty boxes
if [ -z "$BUILD_ONLY" ] && ! fc-list 2>/dev/null | grep -qi nanum; then
  log "installing fonts-nanum"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq fonts-nanum >/dev/null
fi

# 4. wasm-opt from npm binaryen (a node build); Debian's 108 silently breaks externref tables
if [ "$("$BINARYEN_DIR/node_modules/.bin/wasm-opt" --version 2>/dev/null | awk '{print $3}')" != "${BINARYEN_NPM_VERSION%%.*}" ]; then
  log "installing npm binaryen@$BINARYEN_NPM_VERSION"
  mkdir -p "$BINARYEN_DIR"
  npm install --prefix "$BINARYEN_DIR" --no-save --no-audit --no-fund --loglevel=error "binaryen@$BINARYEN_NPM_VERSION" >/dev/null
fi

mkdir -p "$BINARYEN_DIR"
cat > "$ENV_FILE" <<ENV
export PATH="$BINARYEN_DIR/node_modules/.bin:$TOOLS_ROOT/bin:\$HOME/.cargo/bin:\$PATH"
export CHROMEDRIVER=\${CHROMEDRIVER:-$(command -v chromedriver)}
ENV

# 5. node packages for the browser end-to-end tests (only where the repo declares them)
if [ -z "$BUILD_ONLY" ] && [ -f "$ROOT/tests/js/package.json" ]; then
  if [ ! -d "$ROOT/tests/js/node_modules" ] || [ "$ROOT/tests/js/package-lock.json" -nt "$ROOT/tests/js/node_modules/.package-lock.json" ]; then
    log "installing node test packages"
    (cd "$ROOT/tests/js" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  fi
fi
log "ready (. $ENV_FILE)"
