// Issue #20 on the built package: no silent rewrite of text (a lone surrogate is an error at its
// path, in values and keys), and the smaller points — in-flight ids per kind, a throwing
// `options.sdk`, `timeoutMs: null`. Each of these behaved otherwise before: the surrogate became
// U+FFFD unseen (and two keys merged into one), ids of different kinds blocked each other, a
// throwing `sdk` getter fell back to globalThis.PortOne silently, `null` meant no limit.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

const pkgDir = new URL("../../pkg/", import.meta.url);
const mod = await import(new URL("index.js", pkgDir));
mod.initSync({ module: readFileSync(new URL("portone_guard_bg.wasm", pkgDir)) });

const kcp = (extra) => ({ channelKey: "channel-key-test", pay_method: "card", merchant_uid: "order_no_0001", name: "결제테스트", amount: 1004, ...extra });
const kpn = (extra) => ({
  storeId: "store-4ff4af41-85e3-4559-8eb8-0d08a2c6ceec", channelKey: "channel-key-9987cb87-6458-4888-b94e-68d9a2da896d",
  paymentId: "payment8f3k2l9x", orderName: "주문", totalAmount: 1000, currency: "KRW", payMethod: "CARD", ...extra,
});
const codes = (r) => r.issues.map((i) => [i.path, i.code, i.severity]);
const NOT_UNICODE_EN = "not valid Unicode: the PG would receive a replacement character.";

test("a lone surrogate in a value is invalid_format at its path, in Korean and English; pairs pass", () => {
  const en = mod.checkRequestPay(kcp({ name: "상품\ud800", custom_data: { note: "x\udc00y", ok: "😀" } }), { pg: "kcp", locale: "en" });
  assert.equal(en.ok, false);
  assert.equal(en.value, null);
  assert.deepEqual(codes(en), [["name", "invalid_format", "error"], ["custom_data.note", "invalid_format", "error"]]);
  assert.equal(en.issues[0].message, "name: " + NOT_UNICODE_EN);
  const ko = mod.checkPayment(kpn({ orderName: "\udfff" }), { pg: "kpn" });
  assert.deepEqual(codes(ko), [["orderName", "invalid_format", "error"]]);
  assert.match(ko.issues[0].message, /올바른 유니코드가 아닙니다/);
  assert.equal(mod.checkRequestPay(kcp({ name: "😀 상품" }), { pg: "kcp" }).ok, true);
});

test("keys \"k\\ud800\" and \"k\\udc00\" are two errors, never one merged { \"k\\ufffd\": 2 }", () => {
  const r = mod.checkRequestPay(kcp({ custom_data: { "k\ud800": 1, "k\udc00": 2 } }), { pg: "kcp", locale: "en" });
  assert.equal(r.value, null);
  assert.deepEqual(codes(r), [
    ['custom_data["k\\ud800"]', "invalid_format", "error"],
    ['custom_data["k\\udc00"]', "invalid_format", "error"],
  ]);
  assert.equal(r.issues[1].message, 'custom_data["k\\udc00"]: ' + NOT_UNICODE_EN);
  assert.deepEqual(codes(mod.parseCardQuota("CCBC-0\ud800")), [["", "invalid_format", "error"]]);
});

test("ids that differ only in a lone surrogate no longer collide: neither reaches the SDK", async () => {
  let calls = 0;
  const sdk = { requestPayment: () => { calls++; return new Promise(() => {}); } };
  for (const id of ["a\ud800", "a\udc00"]) {
    // no PG: its rules would refuse the id for other reasons (KPN: letters and digits only)
    await assert.rejects(mod.requestPayment(kpn({ paymentId: id }), { sdk }), (e) => {
      assert.deepEqual(e.issues.filter((i) => i.severity === "error").map((i) => [i.path, i.code]), [["paymentId", "invalid_format"]]);
      return true;
    });
  }
  assert.equal(calls, 0);
});

test("in-flight ids are per kind: a pending issueId \"Y\" does not block a paymentId \"Y\"", async () => {
  const pending = [];
  const sdk = {};
  for (const m of ["requestPayment", "requestIssueBillingKey", "requestIssueBillingKeyAndPay"]) {
    sdk[m] = (r) => new Promise((resolve) => pending.push(() => resolve({ m, r })));
  }
  const billing = { storeId: "s", channelKey: "c", billingKeyMethod: "CARD", issueId: "Y", issueName: "정기", customer: { customerId: "c1", fullName: "포트원" } };
  const first = mod.requestIssueBillingKey(billing, { pg: "kpn", sdk });
  const second = mod.requestPayment(kpn({ paymentId: "Y" }), { pg: "kpn", sdk });
  assert.equal(pending.length, 2, "both kinds reached the SDK");
  // the same kind still blocks
  await assert.rejects(mod.requestPayment(kpn({ paymentId: "Y" }), { pg: "kpn", sdk }), (e) => e.code === "in_flight");
  await assert.rejects(mod.requestIssueBillingKey(billing, { pg: "kpn", sdk }), (e) => e.code === "in_flight");
  // billing-and-pay shares the paymentId kind with requestPayment
  await assert.rejects(mod.requestIssueBillingKeyAndPay(kpn({ paymentId: "Y", billingKeyAndPayMethod: "MOBILE", productType: "DIGITAL" }), { sdk }), (e) => e.code === "in_flight");
  pending.forEach((settle) => settle());
  await Promise.all([first, second]);
});

test("a throwing options.sdk getter is sdk_error at options.sdk; globalThis.PortOne is not called instead", async () => {
  let globalCalls = 0;
  globalThis.PortOne = { requestPayment: async () => { globalCalls++; } };
  try {
    const options = { pg: "kpn", get sdk() { throw new Error("no sdk"); } };
    await assert.rejects(mod.requestPayment(kpn({ paymentId: "sdkgetter" }), options), (e) => {
      assert.ok(e instanceof mod.PortoneGuardError);
      assert.deepEqual(e.issues.map((i) => [i.path, i.code]), [["options.sdk", "sdk_error"]]);
      assert.equal(e.cause.message, "no sdk");
      return true;
    });
    const spb = { uiType: "PAYPAL_SPB", storeId: "store-4ff4af41-85e3-4559-8eb8-0d08a2c6ceec", channelKey: "channel-key-893597d6-e62d-410f-83f9-119f530b4b11", paymentId: "payment-1", orderName: "주문", totalAmount: 1000, currency: "KRW" };
    await assert.rejects(mod.loadPaymentUI(spb, {}, { pg: "paypal_v2", get sdk() { throw new Error("no sdk"); } }), (e) => {
      assert.deepEqual(e.issues.map((i) => [i.path, i.code]), [["options.sdk", "sdk_error"]]);
      return true;
    });
    assert.equal(globalCalls, 0);
    // the id was never claimed
    await mod.requestPayment(kpn({ paymentId: "sdkgetter" }), { pg: "kpn" });
    assert.equal(globalCalls, 1);
  } finally {
    delete globalThis.PortOne;
  }
});

test("timeoutMs: null is invalid_value, as the README says (leave it out for no limit)", async () => {
  let calls = 0;
  const sdk = { requestPayment: async () => { calls++; } };
  await assert.rejects(mod.requestPayment(kpn({ paymentId: "tnull" }), { pg: "kpn", sdk, timeoutMs: null }), (e) => {
    assert.deepEqual(e.issues.map((i) => [i.path, i.code]), [["timeoutMs", "invalid_value"]]);
    return true;
  });
  await assert.rejects(mod.requestPay(kcp({ merchant_uid: "tnull" }), { pg: "kcp", timeoutMs: null }), (e) => e.code === "invalid_value");
  assert.equal(calls, 0);
  await mod.requestPayment(kpn({ paymentId: "tnull" }), { pg: "kpn", sdk, timeoutMs: undefined });
  assert.equal(calls, 1);
});
