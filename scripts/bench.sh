#!/usr/bin/env bash
# The benchmark (issue #7), not part of the test command: builds pkg/, then measures bytes shipped,
# time from import to init() in headless Chromium over fresh page loads, cost per check beside a
# structuredClone baseline (and, for the KCP rows, beside the same rules as a zod 4 schema,
# bench/zod-kcp.js), and growth with cart size and CARDQUOTA groups. Prints a table and
# writes bench/out/results.json. BENCH_LOADS=… sets the number of page loads (default 30).
# BENCH_AGAINST=<git revision> also builds the package at that revision (in a git worktree under
# bench/out/, sharing target/) and times each per-check row against it in the same page,
# alternating batches, so a before/after holds on a noisy machine. BENCH_SIZE_ONLY=1 prints the
# bytes and the byte targets only (no browser). With valgrind installed it also
# counts the core's instructions per check natively (callgrind; the same on every run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
if [ -n "${BENCH_AGAINST:-}" ]; then
  rev=$(git rev-parse --verify "$BENCH_AGAINST^{commit}")
  tree=bench/out/against-src
  rm -rf bench/out/against "$tree"
  git worktree remove --force "$tree" 2>/dev/null || true
  git worktree prune
  git worktree add --detach --quiet "$tree" "$rev"
  (cd "$tree" && CARGO_TARGET_DIR="$PWD/../../../target/bench-against" bash scripts/build.sh >/dev/null)
  mkdir -p bench/out/against
  cp -r "$tree/pkg" bench/out/against/pkg
  git worktree remove --force "$tree"
  export BENCH_BASE=bench/out/against/pkg BENCH_BASE_REV="${rev:0:7}"
fi
# the drop-in Vite 7 app, as a shop would build it (every PG, and against portone-guard/ko): the
# bytes issue #15's targets are about
(
  cd tests/dropin/vite
  stamp=$(cat package.json package-lock.json | sha256sum | cut -c1-16)
  if [ "$(cat node_modules/.installed 2>/dev/null)" != "$stamp" ]; then
    npm install --no-audit --no-fund --loglevel=error >/dev/null
    echo "$stamp" > node_modules/.installed
  fi
  npx --no-install vite build --logLevel error >/dev/null
  npx --no-install vite build --config vite.ko.config.js --logLevel error >/dev/null
)
# issue #16's targets (core + one gateway pack) cannot be built until portone-guard/core exists;
# the nearest measure: the same module compiled with only that gateway's data (build.rs
# PORTONE_GUARD_ONLY), its .wasm beside the package's glue
for id in kcp kpn; do
  PORTONE_GUARD_ONLY=$id CARGO_TARGET_DIR="$PWD/target/only-$id" bash scripts/wasm-build.sh "bench/out/only-$id"
done
if [ ! -d bench/node_modules ] || [ bench/package-lock.json -nt bench/node_modules/.package-lock.json ]; then
  (cd bench && npm ci --no-audit --no-fund --loglevel=error)
fi
# the native instruction counts (deterministic, unlike the browser timings) need valgrind
if [ -z "${BENCH_SIZE_ONLY:-}" ] && command -v valgrind >/dev/null; then cargo build --quiet --release --example profile_check; fi
node bench/run.mjs
