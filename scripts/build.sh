#!/usr/bin/env bash
# Builds the npm package into pkg/: scripts/wasm-build.sh (cargo, wasm-bindgen --target web, npm wasm-opt), joins the JS
# glue and snippets into one pkg/index.js (scripts/bundle-glue.py), builds the single-language
# entries pkg/ko/ and pkg/en/ the same way, then fills pkg-template/
# (package.json, index.d.ts, node.js, README with sizes and the supported-PG table generated from the
# module's own list), and packs the npm tarball into dist/. Prints the sizes.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/toolchain.sh --build
. "$(bash scripts/toolchain.sh --env)"

rm -rf pkg
bash scripts/wasm-build.sh pkg

version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
python3 scripts/bundle-glue.py pkg pkg-template/index.js

# The single-language entries, portone-guard/ko and portone-guard/en: the same module built with
# the `ko-only` / `en-only` feature (the other language's text left out), in pkg/ko and pkg/en;
# they share the root's type declarations.
for lang in ko en; do
  bash scripts/wasm-build.sh "pkg/$lang" --features "$lang-only"
  python3 scripts/bundle-glue.py "pkg/$lang" pkg-template/index.js
  (cd "pkg/$lang" && rm -f portone_guard.d.ts portone_guard_bg.wasm.d.ts)
done
size() { wc -c < "$1" | tr -d ' '; }
gz() { gzip -9c "$1" | wc -c | tr -d ' '; }
wasm_raw=$(size pkg/portone_guard_bg.wasm); wasm_gz=$(gz pkg/portone_guard_bg.wasm)
js_raw=$(size pkg/index.js); js_gz=$(gz pkg/index.js)
pg_list=$(cargo run --quiet --example gateways)

sed "s/{{VERSION}}/$version/" pkg-template/package.json > pkg/package.json
cp pkg-template/index.d.ts pkg/index.d.ts
# the Node entry (export condition "node"): `await init()` reads the .wasm from disk
for d in pkg pkg/ko pkg/en; do cp pkg-template/node.js "$d/node.js"; done
VERSION=$version KO_GZIP=$(gz pkg/ko/portone_guard_bg.wasm) EN_GZIP=$(gz pkg/en/portone_guard_bg.wasm) \
WASM_RAW=$wasm_raw WASM_GZIP=$wasm_gz JS_RAW=$js_raw JS_GZIP=$js_gz PG_LIST="$pg_list" python3 - <<'PY'
import os
t = open("pkg-template/README.md", encoding="utf-8").read()
for k in ("VERSION", "WASM_RAW", "WASM_GZIP", "JS_RAW", "JS_GZIP", "KO_GZIP", "EN_GZIP", "PG_LIST"):
    t = t.replace("{{%s}}" % k, os.environ[k])
open("pkg/README.md", "w", encoding="utf-8").write(t)
PY
echo "pkg/ built: portone_guard_bg.wasm $wasm_raw B ($wasm_gz B gzip -9), index.js $js_raw B ($js_gz B gzip -9); ko/: $(size pkg/ko/portone_guard_bg.wasm) B ($(gz pkg/ko/portone_guard_bg.wasm) B gzip -9), en/: $(size pkg/en/portone_guard_bg.wasm) B ($(gz pkg/en/portone_guard_bg.wasm) B gzip -9)"
# The npm tarball (issue #19: install it with `npm install ./dist/portone-guard-<version>.tgz`
# until the package is on a registry). npm pack reads pkg/package.json's "files"; nothing is fetched.
mkdir -p dist
rm -f dist/portone-guard-*.tgz
tarball=$(cd pkg && npm pack --silent --pack-destination ../dist)
echo "npm tarball: dist/$tarball ($(size "dist/$tarball") B)"
