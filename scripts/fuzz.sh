#!/usr/bin/env bash
# Runs every fuzz target for a bounded time (default 60 s each; FUZZ_SECONDS=… to change) with
# cargo-fuzz on the nightly toolchain, and prints executions and crashes per target.
# Not part of scripts/test.sh. Installs cargo-fuzz if missing.
#
# `bash scripts/fuzz.sh js` runs the JavaScript-side property fuzzer instead
# (tests/js/fuzz.test.mjs, fast-check over every export of the built package, issue #20) for
# FUZZ_MINUTES minutes in all (default 10; FUZZ_SECONDS overrides), after building pkg/, and
# prints the runs per property; FUZZ_SEED=… replays a seed it printed. The test command runs the
# same fuzzer for about 20 s.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = js ]; then
  SECS=${FUZZ_SECONDS:-$(( ${FUZZ_MINUTES:-10} * 60 ))}
  bash scripts/build.sh >/dev/null
  bash scripts/toolchain.sh >/dev/null
  start=$(date +%s)
  status=ok
  FUZZ_SECONDS=$SECS FUZZ_REPORT=1 node --test tests/js/fuzz.test.mjs >fuzz/js-fuzz.log 2>&1 || status=FAILED
  runs=$(grep -oE 'fuzz runs: \{[^}]*\}' fuzz/js-fuzz.log | tail -1)
  echo "fuzz js: ${runs:-fuzz runs: ?} in $(( $(date +%s) - start ))s ($SECS s asked), $(grep -E '^# (pass|fail)' fuzz/js-fuzz.log | tr '\n' ' ')($status; log: fuzz/js-fuzz.log)"
  [ "$status" = ok ] || { grep -B2 -A20 'Counterexample' fuzz/js-fuzz.log | head -60; exit 1; }
  exit 0
fi
SECS=${FUZZ_SECONDS:-60}
command -v cargo-fuzz >/dev/null || cargo install --locked cargo-fuzz
rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
cd fuzz
for t in $(cargo +nightly fuzz list); do
  mkdir -p "corpus/$t" "artifacts/$t"
  log=$(mktemp)
  # -max_len bounds inputs; corpus/ stays small (new inputs go to a scratch dir, not the repo)
  scratch=$(mktemp -d)
  if cargo +nightly fuzz run "$t" "$scratch" "corpus/$t" -- -max_total_time="$SECS" -max_len=4096 >"$log" 2>&1; then status=ok; else status=CRASH; fi
  execs=$(grep -oE 'Done [0-9]+ runs' "$log" | grep -oE '[0-9]+' | tail -1)
  crashes=$(ls "artifacts/$t" 2>/dev/null | wc -l)
  echo "fuzz $t: ${execs:-?} executions in ${SECS}s, crashes: $crashes ($status)"
  [ "$status" = ok ] || tail -30 "$log"
  rm -rf "$scratch"
done
