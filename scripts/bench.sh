#!/usr/bin/env bash
# The benchmark (issue #7), not part of the test command: builds pkg/, then measures bytes shipped,
# time from import to init() in headless Chromium over fresh page loads, cost per check beside a
# structuredClone baseline, and growth with cart size and CARDQUOTA groups. Prints a table and
# writes bench/out/results.json. BENCH_LOADS=… sets the number of page loads (default 30).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
if [ ! -d bench/node_modules ] || [ bench/package-lock.json -nt bench/node_modules/.package-lock.json ]; then
  (cd bench && npm ci --no-audit --no-fund --loglevel=error)
fi
node bench/run.mjs
