// Issue #19: the package's declarations against the real @portone/browser-sdk@0.1.11 types, under
// strict. types/sdk-pass.ts must compile; types/sdk-fail.ts must fail on exactly the lines marked
// `// expect-error` (misspelled keys, unknown enum values, r.value used without `if (r.ok)`). The
// unions the declarations spell out by hand (pg providers, v1 pay methods, v1 keys) are held to
// what the module itself knows (gateways()), so a new gateway cannot leave them behind.
// types/tsconfig*.json set skipLibCheck: the SDK's own declarations have duplicate re-exports
// (TS2308) that are not ours; tests/js/tsconfig.json lib-checks our declarations.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import init, { gateways } from "../../pkg/index.js";

const here = new URL(".", import.meta.url).pathname;
const tsc = (project) => {
  try {
    execFileSync("npx", ["--no-install", "tsc", "-p", project, "--pretty", "false"], { cwd: here, encoding: "utf8" });
    return { code: 0, out: "" };
  } catch (e) {
    return { code: e.status, out: String(e.stdout) + String(e.stderr) };
  }
};

test("types/sdk-pass.ts compiles against the real SDK's types (strict)", () => {
  const r = tsc("types/tsconfig.json");
  assert.equal(r.code, 0, r.out);
});

test("types/sdk-fail.ts fails on exactly its expect-error lines", () => {
  const src = readFileSync(new URL("types/sdk-fail.ts", import.meta.url), "utf8").split("\n");
  const want = new Set();
  src.forEach((line, i) => {
    if (line.trim() === "// expect-error") want.add(i + 2); // the next line, 1-based
  });
  assert.ok(want.size >= 10);
  const r = tsc("types/tsconfig.fail.json");
  assert.notEqual(r.code, 0);
  const got = new Set();
  for (const m of r.out.matchAll(/^types\/sdk-fail\.ts\((\d+),\d+\): error/gm)) got.add(Number(m[1]));
  const other = r.out.split("\n").filter((l) => /error TS/.test(l) && !l.startsWith("types/sdk-fail.ts"));
  assert.deepEqual(other, [], "errors outside the file under test");
  assert.deepEqual([...got].sort((a, b) => a - b), [...want].sort((a, b) => a - b), r.out);
});

test("the declared unions cover every pg code, v1 pay_method and v1 key the module knows", async () => {
  await init({ module_or_path: readFileSync(new URL("../../pkg/portone_guard_bg.wasm", import.meta.url)) });
  const dts = readFileSync(new URL("../../pkg/portone_guard.d.ts", import.meta.url), "utf8");
  const union = (name) => {
    const m = dts.match(new RegExp(`export type ${name} =([^;]*);`));
    assert.ok(m, name);
    return new Set([...m[1].matchAll(/"([^"]+)"/g)].map((x) => x[1]));
  };
  const providers = union("PgProvider");
  const methods = union("V1PayMethod");
  const params = dts.match(/export interface RequestPayParams \{([\s\S]*?)\n\}/)[1];
  const keys = new Set([...params.matchAll(/^\s+(\w+)\??:/gm)].map((x) => x[1]));
  for (const g of gateways()) {
    if (!g.v1) continue;
    for (const c of g.v1.pgCodes) assert.ok(providers.has(c), `PgProvider lacks ${c} (${g.id})`);
    for (const p of g.v1.payMethods) assert.ok(methods.has(p), `V1PayMethod lacks ${p} (${g.id})`);
    for (const k of g.v1.extraKeys) assert.ok(keys.has(k), `RequestPayParams lacks ${k} (${g.id})`);
  }
  assert.ok(keys.has("merchant_uid") && keys.has("bypass"), [...keys].join(" "));
  assert.doesNotMatch(params, /^\s+\[\w+: string\]/m, "RequestPayParams has no index signature of its own");
});
