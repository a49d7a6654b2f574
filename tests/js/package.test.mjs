// The built npm package (pkg/) in Node: initSync from bytes, the check contract, the exported
// error class, and the package.json fields a bundler relies on. Run by scripts/test.sh after the
// package build, with Node's own test runner.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

const pkgDir = new URL("../../pkg/", import.meta.url);
const mod = await import(new URL("index.js", pkgDir));
mod.initSync({ module: readFileSync(new URL("portone_guard_bg.wasm", pkgDir)) });

const kcp = () => ({
  channelKey: "channel-key-test", pay_method: "card", merchant_uid: "order_no_0001",
  name: "결제테스트", amount: 1004, buyer_tel: "010-1234-5678",
});

test("a clean KCP request is ok and normalized (NHN KCP guide example)", () => {
  const r = mod.checkRequestPay(kcp(), { pg: "kcp" });
  assert.equal(r.ok, true);
  assert.deepEqual(r.issues, []);
  assert.deepEqual(r.value, kcp());
});

test("a string amount is an error at `amount`, in Korean by default and English on request", () => {
  const ko = mod.checkRequestPay({ ...kcp(), amount: "1004" }, { pg: "kcp" });
  assert.equal(ko.ok, false);
  assert.equal(ko.value, null);
  assert.deepEqual(ko.issues.map((i) => [i.path, i.code, i.severity]), [["amount", "invalid_type", "error"]]);
  assert.match(ko.issues[0].message, /숫자/);
  const en = mod.checkRequestPay({ ...kcp(), amount: "1004" }, { pg: "kcp", locale: "en" });
  assert.match(en.issues[0].message, /must be a number/);
});

test("configure sets the channel map and locale for later calls", () => {
  mod.configure({ locale: "en", channels: { "channel-key-test": "kcp" } });
  const r = mod.checkRequestPay({ ...kcp(), pay_method: "samsungpay" });
  assert.equal(r.issues[0].code, "invalid_value");
  assert.match(r.issues[0].message, /Did you mean `samsung`\?/);
  mod.configure({ locale: "ko" });
});

test("no message echoes a phone number, card number or e-mail", () => {
  const r = mod.checkRequestPay({
    ...kcp(), buyer_email: "kim.minsu@example", buyer_tel: 1012345678, buyer_name: 4111111111111111,
    prefill: { phoneNumber: "010-9876-54xx" }, pay_method: "phone", bypass: { shop_user_id: "u" },
  }, { pg: "kcp" });
  assert.ok(r.issues.length >= 4);
  for (const i of r.issues) {
    for (const secret of ["kim.minsu", "1012345678", "4111111111111111", "9876"]) {
      assert.ok(!i.message.includes(secret), `${i.path} leaks ${secret}`);
    }
  }
});

test("request* rejects with PortoneGuardError outside a browser (no window.IMP)", async () => {
  await assert.rejects(mod.requestPay(kcp(), { pg: "kcp" }), (e) => {
    assert.ok(e instanceof mod.PortoneGuardError);
    assert.ok(e instanceof Error);
    assert.equal(e.code, "sdk_not_loaded");
    return true;
  });
});

test("issueCodes lists the stable codes", () => {
  assert.deepEqual(mod.issueCodes().slice(0, 3), ["required", "invalid_type", "invalid_value"]);
});

// Kiwoom Pay guide (opi/ko/integration/pg/v1/daou/readme.mdx), bypass.daou.CARDQUOTA and its card-company table.
test("parseCardQuota reads the guide's example into groups", () => {
  const r = mod.parseCardQuota("CCBC-0:2:3:4:5:6^CCNH-0:2:3^CCKM-0:2:3:4");
  assert.equal(r.ok, true);
  assert.deepEqual(r.issues, []);
  assert.deepEqual(r.value, [
    { card: "CCBC", months: [0, 2, 3, 4, 5, 6] },
    { card: "CCNH", months: [0, 2, 3] },
    { card: "CCKM", months: [0, 2, 3, 4] },
  ]);
});

test("parseCardQuota warns about a non-canonical spelling and names bad groups by position", () => {
  const loose = mod.parseCardQuota(" ccnh-3:0:2 ", { locale: "en" });
  assert.equal(loose.ok, true);
  assert.deepEqual(loose.value, [{ card: "CCNH", months: [0, 2, 3] }]);
  assert.deepEqual(loose.issues.map((i) => [i.path, i.code, i.severity]), [["", "invalid_format", "warning"]]);
  const bad = mod.parseCardQuota("CCBC-0^SECRETCARD-0^CCNH-1", { locale: "en" });
  assert.equal(bad.ok, false);
  assert.equal(bad.value, null);
  assert.deepEqual(bad.issues.map((i) => i.code), ["invalid_value", "out_of_range"]);
  assert.match(bad.issues[0].message, /group 2/);
  assert.match(bad.issues[1].message, /group 3/);
  assert.ok(bad.issues.every((i) => !i.message.includes("SECRETCARD")));
  assert.equal(mod.parseCardQuota(42).issues[0].code, "invalid_type");
});

test("formatCardQuota writes the canonical text and throws PortoneGuardError on bad groups", () => {
  assert.equal(
    mod.formatCardQuota([{ card: "CCNH", months: [3, 0, 2, 2] }, { card: "ccbc", months: [0] }]),
    "CCNH-0:2:3^CCBC-0",
  );
  const groups = mod.parseCardQuota("CCBC-0:2:3^CKBK-0").value;
  assert.equal(mod.formatCardQuota(groups), "CCBC-0:2:3^CKBK-0");
  assert.throws(() => mod.formatCardQuota([{ card: "CCBC", months: [0] }, { card: "CCBC", months: [2] }]), (e) => {
    assert.ok(e instanceof mod.PortoneGuardError);
    assert.equal(e.code, "conflict");
    assert.deepEqual(e.issues.map((i) => i.path), ["[1]"]);
    return true;
  });
  assert.throws(() => mod.formatCardQuota("CCBC-0"), mod.PortoneGuardError);
});

test("cardQuotaCompanies lists the guide's 24 codes with Korean and English names", () => {
  const list = mod.cardQuotaCompanies();
  assert.equal(list.length, 24);
  assert.deepEqual(list[0], { code: "CCBC", ko: "비씨카드", en: "BC Card" });
  assert.equal(new Set(list.map((c) => c.code)).size, 24);
  assert.ok(list.some((c) => c.code === "CKBK"));
});

test("checkRequestPay sends a Kiwoom CARDQUOTA in canonical form", () => {
  const r = mod.checkRequestPay({
    channelKey: "channel-key-daou", pay_method: "card", merchant_uid: "order_daou_1", name: "롱패딩",
    amount: 50000, digital: false, bypass: { daou: { CARDQUOTA: "CCBC-3:0:2" } },
  }, { pg: "daou" });
  assert.equal(r.ok, true);
  assert.equal(r.value.bypass.daou.CARDQUOTA, "CCBC-0:2:3");
});

test("package.json is an ESM package with typed exports and no side effects", () => {
  const pj = JSON.parse(readFileSync(new URL("package.json", pkgDir), "utf8"));
  assert.equal(pj.name, "portone-guard");
  assert.equal(pj.type, "module");
  assert.equal(pj.sideEffects, false);
  assert.equal(Object.keys(pj.exports["."])[0], "types");
  for (const f of ["index.js", "index.d.ts", "portone_guard_bg.wasm", "README.md"]) {
    assert.ok(pj.files.includes(f), f);
    readFileSync(new URL(f, pkgDir)); // exists
  }
  const readme = readFileSync(new URL("README.md", pkgDir), "utf8");
  assert.doesNotMatch(readme, /\{\{/);
  assert.match(readme, /NHN KCP/);
  assert.match(readme, /키움페이 \(Kiwoom Pay\)/);
});
