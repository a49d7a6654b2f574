#!/usr/bin/env bash
# The demo: builds the package, copies it beside www/, and serves www/ on 127.0.0.1 (port $PORT,
# default 8080). The page uses embedded stand-ins for iamport.js (v1) and PortOne's v2
# browser SDK, so it needs no network; a switch on the page loads the real SDKs instead.
# It first says what the build will install, if anything (scripts/toolchain.sh --plan --build);
# `bash scripts/serve.sh --plan` prints that and stops.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "serve.sh: builds the package (scripts/build.sh), then serves the demo. Tools it needs:"
bash scripts/toolchain.sh --plan --build
if [ "${1:-}" = "--plan" ]; then exit 0; fi
if bash scripts/toolchain.sh --plan --build | grep -q '^  install'; then
  echo "serve.sh: installing what is marked 'install' above (from package registries only; apt-get asks for sudo)…"
fi
bash scripts/build.sh
rm -rf www/pkg && cp -r pkg www/pkg
PORT=${PORT:-8080}
echo "demo: http://127.0.0.1:$PORT/"
exec python3 -m http.server "$PORT" --bind 127.0.0.1 --directory www
