// Drop-in proof: the package built into apps by Vite 7 and webpack 5 (tests/dropin/<bundler>/dist,
// built by scripts/test.sh; the Vite app also against the Korean-only entry portone-guard/ko, in
// vite/dist-ko), and imported by path with no bundler (tests/dropin/plain), each served
// on 127.0.0.1 and opened in headless Chromium, which must render a check result. Prints the
// built apps' sizes.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { serve, launch, watchErrors } from "../e2e/helpers.mjs";

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const browser = await launch();
after(() => browser.close());

function sizes(dir) {
  let raw = 0, gz = 0;
  const walk = (d) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else { raw += statSync(p).size; gz += gzipSync(readFileSync(p), { level: 9 }).length; }
    }
  };
  walk(dir);
  return { raw, gz };
}

const APPS = [
  ["vite", here("vite/dist"), {}],
  ["vite, portone-guard/ko", here("vite/dist-ko"), {}],
  ["webpack", here("webpack/dist"), {}],
  ["plain (no bundler)", here("plain"), { "/pkg/": here("../../pkg") }],
];

for (const [name, root, mounts] of APPS) {
  test(`${name}: the built app renders a check result`, async (t) => {
    const server = await serve(root, mounts);
    const page = await browser.newPage();
    const errors = watchErrors(page);
    try {
      await page.goto(server.url);
      await page.waitForSelector("body[data-ready=true]", { state: "attached", timeout: 15000 });
      const out = JSON.parse(await page.textContent("#out"));
      assert.deepEqual(out, { ok: false, issues: [["amount", "invalid_type", "error"]] });
      assert.deepEqual(errors, []);
      if (!mounts["/pkg/"]) {
        const s = sizes(root);
        t.diagnostic(`${name} dist: ${s.raw} B (${s.gz} B gzip -9, files summed)`);
      }
    } finally {
      await page.close();
      await server.close();
    }
  });
}
