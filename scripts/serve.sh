#!/usr/bin/env bash
# The demo: builds the package, copies it beside www/, and serves www/ on 127.0.0.1 (port $PORT,
# default 8080). The page uses an embedded stand-in for iamport.js, so it needs no network.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
rm -rf www/pkg && cp -r pkg www/pkg
PORT=${PORT:-8080}
echo "demo: http://127.0.0.1:$PORT/"
exec python3 -m http.server "$PORT" --bind 127.0.0.1 --directory www
