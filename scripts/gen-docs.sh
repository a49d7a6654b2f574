#!/usr/bin/env bash
# Regenerates docs/gateways/<id>.md from gateways/<id>.toml (the build writes them; the test
# tests/gateway_docs.rs copies them when PORTONE_GUARD_WRITE_DOCS is set, and otherwise fails
# on a stale page).
set -euo pipefail
cd "$(dirname "$0")/.."
PORTONE_GUARD_WRITE_DOCS=1 cargo test --quiet --test gateway_docs --test ledger
