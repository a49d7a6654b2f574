#!/usr/bin/env bash
# The demo: builds the package, copies it beside www/, and serves www/ on 127.0.0.1 (port $PORT,
# default 8080). The page uses embedded stand-ins for iamport.js (v1) and PortOne's v2
# browser SDK, so it needs no network; a switch on the page loads the real SDKs instead.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
rm -rf www/pkg && cp -r pkg www/pkg
PORT=${PORT:-8080}
echo "demo: http://127.0.0.1:$PORT/"
exec python3 -m http.server "$PORT" --bind 127.0.0.1 --directory www
