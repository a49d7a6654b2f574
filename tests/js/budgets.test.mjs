// Issue #20, "bounded": the budgets of one read on live JavaScript values through the built
// package (the numbers are in docs/security.md and src/core/value.rs). Every input
// here used to cost seconds, gigabytes, a trap or a thrown RangeError, or came back without an
// issue; now each is one error at its path (or a bounded list) and the next call works. No
// timing is asserted (the bench has the rows: `bash scripts/bench.sh`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

const pkgDir = new URL("../../pkg/", import.meta.url);
const mod = await import(new URL("index.js", pkgDir));
mod.initSync({ module: readFileSync(new URL("portone_guard_bg.wasm", pkgDir)) });

const kcp = (extra) => ({ channelKey: "channel-key-test", pay_method: "card", merchant_uid: "order_no_0001", name: "결제테스트", amount: 1004, ...extra });
const check = (req) => mod.checkRequestPay(req, { pg: "kcp", locale: "en", isMobile: false });
const wide = (n) => {
  const o = {};
  for (let i = 0; i < n; i++) o["k" + i] = i;
  return o;
};
const codes = (r) => r.issues.map((i) => [i.path, i.code, i.severity]);
function stillAnswers() {
  assert.equal(check(kcp()).ok, true);
}

test("an object of 10,000 keys is read (lookups do not scan); 10,001 and 100,000 are one error at its path", () => {
  const ok = check(kcp({ custom_data: wide(10_000) }));
  assert.equal(ok.ok, true, JSON.stringify(ok.issues.slice(0, 3)));
  assert.equal(Object.keys(ok.value.custom_data).length, 10_000);
  for (const n of [10_001, 100_000]) {
    const r = check(kcp({ custom_data: wide(n) }));
    assert.deepEqual(codes(r), [["custom_data", "too_long", "error"]]);
    assert.match(r.issues[0].message, /more than 10,000 keys/);
  }
  // Symbol keys count too
  const sym = {};
  for (let i = 0; i < 10_001; i++) sym[Symbol(i)] = i;
  assert.deepEqual(codes(check(kcp({ custom_data: sym }))), [["custom_data", "too_long", "error"]]);
  stillAnswers();
});

test("shared references count each time: 2^20 leaves from 20 nested [x, x] is one error where reading stopped", () => {
  let x = 1;
  for (let i = 0; i < 20; i++) x = [x, x];
  const r = check(kcp({ custom_data: x }));
  assert.equal(r.ok, false);
  assert.equal(r.value, null);
  assert.equal(r.issues.length, 1, JSON.stringify(r.issues));
  assert.equal(r.issues[0].code, "too_long");
  assert.match(r.issues[0].path, /^custom_data(\[[01]\])+$/);
  assert.match(r.issues[0].message, /larger than the module reads in one call/);
  // a 2^22 one the same (it took 28 s and 1.5 GB)
  x = [x, x];
  x = [x, x];
  assert.equal(check(kcp({ custom_data: x })).issues.length, 1);
  stillAnswers();
});

test("3,000 references to one 999,999-character string are one error, not a trap", () => {
  const big = "a".repeat(999_999);
  const r = check(kcp({ custom_data: Array(3000).fill(big) }));
  assert.deepEqual(codes(r), [["custom_data[1]", "too_long", "error"]]);
  // within the text budget (2,000,000 bytes) the strings are read
  assert.equal(check(kcp({ custom_data: [big, "b".repeat(990_000)] })).ok, true);
  stillAnswers();
});

test("the value budget stops the read, the rest of the request is not checked (nothing is reported missing)", () => {
  const r = check({ custom_data: Array.from({ length: 30_000 }, (_, i) => i), amount: "not read" });
  assert.deepEqual(codes(r), [["custom_data", "too_long", "error"]]);
  const nested = check({ custom_data: { list: Array.from({ length: 19_990 }, (_, i) => ({ i })) }, amount: "x" });
  assert.equal(nested.issues.length, 1);
  assert.match(nested.issues[0].path, /^custom_data\.list\[\d+\]/);
});

test("a 4 MB key is one error with the key cut in path and message", () => {
  const key = "k".repeat(4_000_000);
  const r = check(kcp({ custom_data: { [key]: 1, fine: 2 } }));
  assert.deepEqual(codes(r), [[`custom_data["${"k".repeat(32)}…"]`, "too_long", "error"]]);
  assert.ok(r.issues[0].message.length < 300, r.issues[0].message);
  // 256 characters is still a key; a surrogate pair at the cut is not split
  assert.equal(check(kcp({ custom_data: { ["k".repeat(256)]: 1 } })).ok, true);
  const pair = check(kcp({ custom_data: { ["k".repeat(31) + "😀".repeat(200)]: 1 } }));
  assert.deepEqual(codes(pair), [[`custom_data["${"k".repeat(31)}…"]`, "too_long", "error"]]);
  stillAnswers();
});

test("999,999 invalid items answer with issues, not null; an answer lists at most 1,000 then 'and N more'", () => {
  const huge = check(kcp({ kcpProducts: Array(999_999).fill(1) }));
  assert.notEqual(huge, null);
  assert.equal(huge.ok, false);
  assert.ok(huge.issues.length >= 1 && huge.issues.length <= 1001);
  const many = check(kcp({ pay_method: "vbank", escrow: true, kcpProducts: Array(5000).fill(1) }));
  assert.equal(many.issues.length, 1001);
  assert.deepEqual(many.issues.slice(0, 2).map((i) => i.path), ["kcpProducts[0]", "kcpProducts[1]"]);
  const last = many.issues[1000];
  assert.deepEqual([last.path, last.code, last.severity], ["", "too_long", "error"]);
  assert.match(last.message, /^request: has 4,000 more issues \(4,000 errors\) not listed/);
  // the same cap in a PortoneGuardError's issues
  return mod.requestPay(kcp({ pay_method: "vbank", escrow: true, kcpProducts: Array(5000).fill(1) }), { pg: "kcp" }).then(
    () => assert.fail("resolved"),
    (e) => {
      assert.equal(e.issues.length, 1001);
      assert.match(e.message, /\(외 4,999건\)|\(\+4999 more\)|\(외 4999건\)/);
    },
  );
});

test("keys shaped like a card number, phone number or e-mail are masked in paths and messages", () => {
  const r = check(kcp({ "4111-1111-1111-1111": 1, custom_data: { "kim.minsu@example.com": NaN, "01098765432": { x: NaN } } }));
  const paths = r.issues.map((i) => i.path);
  assert.deepEqual(paths.sort(), ['["****-****-****-****"]', 'custom_data["***.*****@*******.***"]', 'custom_data["***********"].x'].sort());
  for (const i of r.issues) {
    for (const secret of ["4111", "kim", "example", "9876", "5432"]) {
      assert.ok(!i.path.includes(secret) && !i.message.includes(secret), i.message);
    }
  }
});

test("a getter that calls the module back shares the outer call's budget and cannot recurse without end", () => {
  let calls = 0;
  const req = kcp();
  Object.defineProperty(req, "custom_data", {
    enumerable: true,
    get() {
      calls++;
      return mod.checkRequestPay(req, { pg: "kcp" }).issues.length;
    },
  });
  const r = check(req);
  assert.equal(typeof r.ok, "boolean");
  assert.ok(calls <= 4, `nested ${calls} times`);
  stillAnswers();
});
