#!/usr/bin/env bash
# Runs every fuzz target for a bounded time (default 60 s each; FUZZ_SECONDS=… to change) with
# cargo-fuzz on the nightly toolchain, and prints executions and crashes per target.
# Not part of scripts/test.sh. Installs cargo-fuzz if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
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
