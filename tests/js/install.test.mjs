// Issue #19: the install a newcomer does, as the README says it. scripts/build.sh wrote the npm
// tarball dist/portone-guard-<version>.tgz; `npm install` of it into a fresh app (offline: a
// local tarball needs no registry) gives a package whose README example runs in Node 20 as
// written, with `await init()` and no argument, and whose TypeScript types resolve by name.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("../../", import.meta.url).pathname;
const version = readFileSync(join(root, "Cargo.toml"), "utf8").match(/^version = "(.*)"/m)[1];
const tarball = join(root, "dist", `portone-guard-${version}.tgz`);

test("build.sh wrote the npm tarball with every file the package lists", () => {
  assert.ok(existsSync(tarball), tarball);
  const files = execFileSync("tar", ["tzf", tarball], { encoding: "utf8" }).split("\n").filter(Boolean);
  const pj = JSON.parse(readFileSync(join(root, "pkg", "package.json"), "utf8"));
  for (const f of [...pj.files, "package.json"]) assert.ok(files.includes("package/" + f), `tarball lacks ${f}`);
});

test("npm install of the tarball, then the README's first example, in a fresh app", () => {
  const app = mkdtempSync(join(tmpdir(), "pg-shop-"));
  writeFileSync(join(app, "package.json"), '{ "name": "shop", "private": true, "type": "module" }');
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", "--loglevel=error", tarball], { cwd: app });
  // the v1 example of README.md, as written there
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const block = readme.match(/## v1: `IMP.request_pay`\n\n```js\n([\s\S]*?)```/)[1];
  // up to the payment, which needs a browser with iamport.js
  writeFileSync(join(app, "example.mjs"), block.slice(0, block.indexOf("const paid")));
  const out = execFileSync(process.execPath, ["example.mjs"], { cwd: app, encoding: "utf8" });
  const first = out.split("\n")[0];
  const shown = block.match(/\/\/ (amount invalid_type amount: must be a number, got a string\.)/)[1];
  assert.ok(first.startsWith(shown), `README shows "${shown}…", the example printed "${first}"`);
  // the types resolve by the package's name
  assert.ok(existsSync(join(app, "node_modules", "portone-guard", "index.d.ts")));
});
