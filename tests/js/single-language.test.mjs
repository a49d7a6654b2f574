// The single-language entries `portone-guard/ko` and `portone-guard/en` (pkg/ko, pkg/en: the
// module built with the `ko-only` / `en-only` feature). Every fixture case (tests/fixtures/*.json,
// each traced to its guide) must give the same value and the same [path, code, severity] issues as
// the full build, with every message exactly the full build's message in the kept language,
// whatever `locale` says; and the other language's text must be absent from the .wasm.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";

const pkg = new URL("../../pkg/", import.meta.url);
async function load(dir) {
  const m = await import(new URL(dir + "index.js", pkg));
  m.initSync({ module: readFileSync(new URL(dir + "portone_guard_bg.wasm", pkg)) });
  return m;
}
const full = await load("");
const ko = await load("ko/");
const en = await load("en/");

const calls = {
  request_pay: (m, r, o) => m.checkRequestPay(r, o),
  payment: (m, r, o) => m.checkPayment(r, o),
  issueBillingKey: (m, r, o) => m.checkIssueBillingKey(r, o),
  issueBillingKeyAndPay: (m, r, o) => m.checkIssueBillingKeyAndPay(r, o),
  loadPaymentUI: (m, r, o) => m.checkLoadPaymentUI(r, o),
  loadIssueBillingKeyUI: (m, r, o) => m.checkLoadIssueBillingKeyUI(r, o),
  toV2: (m, r, o) => m.toV2(r, o),
  certification: (m, r, o) => m.checkCertification(r, o),
  identityVerification: (m, r, o) => m.checkIdentityVerification(r, o),
};

const fixtures = new URL("../fixtures/", import.meta.url);
const cases = readdirSync(fixtures).filter((f) => f.endsWith(".json")).flatMap((f) => {
  const doc = JSON.parse(readFileSync(new URL(f, fixtures), "utf8"));
  return doc.cases.map((c) => ({ ...c, file: f, api: c.api || doc.api || "request_pay" }));
});

test("every fixture case: same value and issues as the full build, messages in the kept language", () => {
  assert.ok(cases.length > 2000, `only ${cases.length} fixture cases`);
  let messages = 0;
  for (const c of cases) {
    const call = calls[c.api];
    assert.ok(call, `${c.file}: unknown api ${c.api}`);
    const run = (m, locale) => call(m, structuredClone(c.request), { ...(c.options || {}), locale });
    const [fullKo, fullEn] = [run(full, "ko"), run(full, "en")];
    for (const [build, want] of [[ko, fullKo], [en, fullEn]]) {
      for (const locale of ["ko", "en"]) {
        const got = run(build, locale);
        const where = `${c.file}: ${c.name} (${build === ko ? "ko" : "en"} build, locale ${locale})`;
        assert.equal(got.ok, want.ok, where);
        assert.deepEqual(got.value, want.value, where);
        assert.deepEqual(got.issues, want.issues, where);
        messages += got.issues.length;
      }
    }
  }
  assert.ok(messages > 1000, `only ${messages} messages compared`);
});

test("a guard error's summary is in the kept language too", async () => {
  const req = { channelKey: "channel-key-test", pay_method: "samsungpay", merchant_uid: "o1", amount: "1004" };
  const reason = async (m) => {
    try {
      await m.requestPay(req, { pg: "kcp", locale: "en" });
    } catch (e) {
      return e;
    }
    assert.fail("requestPay resolved");
  };
  const [k, e] = [await reason(ko), await reason(en)];
  assert.equal(k.code, "invalid_type");
  assert.equal(e.code, "invalid_type");
  assert.match(k.message, /외 1건\)$/);
  assert.match(e.message, /\(\+1 more\)$/);
  assert.deepEqual(k.issues.map((i) => [i.path, i.code]), e.issues.map((i) => [i.path, i.code]));
});

test("the other language's text is left out of each single-language .wasm", () => {
  const bytes = (dir) => readFileSync(new URL(dir + "portone_guard_bg.wasm", pkg));
  const has = (b, text) => b.includes(Buffer.from(text, "utf8"));
  // a note of the KCP rules (gateways/kcp.toml) and a message template of each language
  const koText = ["KCP 가이드: 휴대폰 소액결제에는 주문자 이름이 필수입니다.", "숫자"];
  const enText = ["KCP guide: phone payments need the buyer's name.", "NaN cannot be sent; use a finite number."];
  const [f, k, e] = [bytes(""), bytes("ko/"), bytes("en/")];
  for (const t of [...koText, ...enText]) assert.ok(has(f, t), `full build lacks ${t}`);
  for (const t of koText) assert.ok(has(k, t) && !has(e, t), `ko/en build: ${t}`);
  for (const t of enText) assert.ok(has(e, t) && !has(k, t), `ko/en build: ${t}`);
  assert.ok(k.length < f.length - 40000 && e.length < f.length - 40000, `${f.length} ${k.length} ${e.length}`);
});

test("package.json exports ./ko and ./en with the root's types, and ships their files", () => {
  const pj = JSON.parse(readFileSync(new URL("package.json", pkg), "utf8"));
  for (const lang of ["ko", "en"]) {
    assert.deepEqual(pj.exports[`./${lang}`], { types: "./index.d.ts", node: `./${lang}/node.js`, default: `./${lang}/index.js` });
    for (const f of [`${lang}/index.js`, `${lang}/node.js`, `${lang}/portone_guard_bg.wasm`]) {
      assert.ok(pj.files.includes(f), f);
      readFileSync(new URL(f, pkg)); // exists
    }
  }
});
