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
  assert.match(r.issues[0].message, /Did you mean samsung\?/);
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

// ---- v2 (issue #4): the check functions in Node, the KPN seed examples, request* without an SDK

const kpnPayment = () => ({
  storeId: "store-4ff4af41-85e3-4559-8eb8-0d08a2c6ceec",
  channelKey: "channel-key-9987cb87-6458-4888-b94e-68d9a2da896d",
  paymentId: "payment8f3k2l9x", orderName: "나이키 와플 트레이너 2 SD",
  totalAmount: 1000, currency: "CURRENCY_KRW", payMethod: "CARD",
});

test("checkPayment: the KPN seed example is ok and normalized (CURRENCY_KRW → KRW, no issue)", () => {
  const r = mod.checkPayment(kpnPayment(), { pg: "kpn" });
  assert.equal(r.ok, true);
  assert.deepEqual(r.issues, []);
  assert.deepEqual(r.value, { ...kpnPayment(), currency: "KRW" });
  // idempotent: the normalized value checks clean and stays the same
  assert.deepEqual(mod.checkPayment(r.value, { pg: "kpn" }).value, r.value);
});

test("checkPayment: schema errors with paths, in Korean by default and English on request", () => {
  const bad = { ...kpnPayment(), totalAmount: "1000", payMethod: "card", merchant_uid: "o1" };
  const ko = mod.checkPayment(bad);
  assert.equal(ko.ok, false);
  assert.equal(ko.value, null);
  const got = ko.issues.map((i) => [i.path, i.code, i.severity]);
  assert.deepEqual(got.filter(([, , s]) => s === "error"), [
    ["totalAmount", "invalid_type", "error"],
    ["payMethod", "invalid_value", "error"],
  ]);
  assert.ok(got.some(([p, c]) => p === "merchant_uid" && c === "unknown_field"));
  assert.match(ko.issues[0].message, /최소 단위/);
  const en = mod.checkPayment(bad, { locale: "en" });
  assert.match(en.issues.find((i) => i.path === "merchant_uid").message, /Did you mean paymentId\?/);
  assert.match(en.issues.find((i) => i.path === "payMethod").message, /Did you mean CARD\?/);
});

test("checkPayment: configure({ channels }) maps a channel to its PG by any alias", () => {
  mod.configure({ channels: { "channel-key-kakao": "KakaoPay" } });
  const r = mod.checkPayment(
    { ...kpnPayment(), channelKey: "channel-key-kakao", payMethod: "EASY_PAY", windowType: { pc: "POPUP" } },
    { locale: "en" },
  );
  assert.deepEqual(r.issues.map((i) => [i.path, i.code, i.severity]), [["windowType.pc", "unsupported", "error"]]);
  assert.match(r.issues[0].message, /KakaoPay/);
});

test("checkIssueBillingKey: the KPN seed example passes; customerId is required by KPN", () => {
  const req = {
    storeId: "store-4ff4af41-85e3-4559-8eb8-0d08a2c6ceec",
    channelKey: "channel-key-3b37819a-1c72-4deb-a245-8c810af5403d",
    billingKeyMethod: "CARD", issueId: "test-issueId", issueName: "test-issueName",
    customer: { customerId: "uniqueCustomerId", fullName: "포트원" },
  };
  assert.deepEqual(mod.checkIssueBillingKey(req, { pg: "kpn" }).issues, []);
  const r = mod.checkIssueBillingKey({ ...req, customer: { fullName: "포트원" } }, { pg: "kpn" });
  assert.deepEqual(r.issues.map((i) => [i.path, i.code]), [["customer.customerId", "required"]]);
});

test("checkIssueBillingKeyAndPay: PHONE (as two guides write it) is sent as MOBILE with a warning", () => {
  const r = mod.checkIssueBillingKeyAndPay({
    storeId: "s", channelKey: "c", paymentId: "p1", orderName: "월간", totalAmount: 10000,
    currency: "KRW", billingKeyAndPayMethod: "PHONE",
    customer: { customerId: "c1" },  // Galaxia requires it in every call
  }, { pg: "galaxia", isMobile: false });
  assert.equal(r.ok, true);
  assert.equal(r.value.billingKeyAndPayMethod, "MOBILE");
  assert.deepEqual(r.issues.map((i) => [i.path, i.severity]), [["billingKeyAndPayMethod", "warning"]]);
});

test("v2 request* reject with PortoneGuardError: sdk_not_loaded in Node, the issues when invalid", async () => {
  await assert.rejects(mod.requestPayment(kpnPayment(), { pg: "kpn" }), (e) => {
    assert.ok(e instanceof mod.PortoneGuardError);
    assert.equal(e.code, "sdk_not_loaded");
    return true;
  });
  let called = 0;
  const sdk = { requestPayment: async () => { called++; } };
  await assert.rejects(mod.requestPayment({ ...kpnPayment(), currency: "USD" }, { pg: "kpn", sdk }), (e) => {
    assert.equal(e.code, "unsupported");
    assert.equal(e.issues[0].path, "currency");
    return true;
  });
  assert.equal(called, 0);
});

test("v2 request* call options.sdk once and pass its answer through untouched", async () => {
  const seen = [];
  const sdk = {
    requestPayment: async (r) => { seen.push(r); return { transactionType: "PAYMENT", txId: "t", paymentId: r.paymentId, code: "FAILURE_TYPE_PG" }; },
    requestIssueBillingKey: async () => undefined,
  };
  const rsp = await mod.requestPayment(kpnPayment(), { pg: "kpn", sdk });
  assert.equal(rsp.code, "FAILURE_TYPE_PG");
  assert.equal(seen.length, 1);
  assert.equal(seen[0].currency, "KRW");
  const none = await mod.requestIssueBillingKey({
    storeId: "s", channelKey: "c", billingKeyMethod: "CARD", issueId: "i", issueName: "n",
    customer: { customerId: "u", fullName: "포트원" },
  }, { pg: "kpn", sdk });
  assert.equal(none, undefined);
});

test("v2 checks answer hostile values with issues and never throw", () => {
  const cyclic = { ...kpnPayment() }; cyclic.customData = { self: cyclic };
  const hostile = [null, 42, [], cyclic, { ...kpnPayment(), totalAmount: NaN },
    { ...kpnPayment(), get orderName() { throw new Error("x"); } }, { ...kpnPayment(), totalAmount: 10n }];
  for (const h of hostile) {
    for (const f of [mod.checkPayment, mod.checkIssueBillingKey, mod.checkIssueBillingKeyAndPay]) {
      const r = f(h, { pg: "kpn" });
      assert.equal(r.ok, false);
      assert.ok(r.issues.length > 0);
    }
  }
  assert.equal(mod.checkPayment(kpnPayment(), { pg: "kpn" }).ok, true);
});

test("toV2 converts v1 parameters into a request that passes checkPayment", () => {
  const v1 = {
    merchant_uid: "order1", name: "당근 10kg", amount: 10.5, currency: "USD", pay_method: "kakaopay",
    buyer_name: "홍길동", buyer_tel: "010-1234-5678", m_redirect_url: "https://shop.example/done",
    notice_url: "https://shop.example/hook", escrow: false,
  };
  const r = mod.toV2(v1, { storeId: "store-1", channelKey: "channel-key-1", pg: "ksnet" });
  assert.equal(r.ok, true, JSON.stringify(r.issues));
  assert.deepEqual(r.issues, []);
  assert.deepEqual(r.value, {
    storeId: "store-1", channelKey: "channel-key-1", currency: "USD", paymentId: "order1",
    orderName: "당근 10kg", totalAmount: 1050, payMethod: "EASY_PAY", easyPay: { easyPayProvider: "KAKAOPAY" },
    customer: { fullName: "홍길동", phoneNumber: "010-1234-5678" }, redirectUrl: "https://shop.example/done",
    noticeUrls: ["https://shop.example/hook"], isEscrow: false,
  });
  assert.equal(mod.checkPayment(r.value, { pg: "ksnet" }).ok, true);
  // the v2 check runs on the result with the PG's rules: KPN takes KRW only
  const kpn = mod.toV2(v1, { storeId: "store-1", channelKey: "channel-key-1", pg: "kpn" });
  assert.deepEqual(kpn.issues.map((i) => [i.path, i.code, i.severity]), [["currency", "unsupported", "error"]]);
  // what has no v2 counterpart is reported at its v1 path
  const bad = mod.toV2({ merchant_uid: "o", amount: 1004, pay_method: "point", customer_uid: "c", digital: true },
    { storeId: "s", channelKey: "c", pg: "kcp" });
  assert.equal(bad.ok, false);
  assert.deepEqual(bad.issues.slice(0, 3).map((i) => [i.path, i.code, i.severity]), [
    ["pay_method", "unsupported", "error"], ["customer_uid", "unsupported", "error"], ["digital", "unsupported", "warning"],
  ]);
});

test("gateways() lists every gateway with its facts, from the module's own tables", () => {
  const all = mod.gateways();
  assert.ok(all.length >= 20);
  const ids = all.map((g) => g.id);
  assert.equal(new Set(ids).size, ids.length);
  const kcp = all.find((g) => g.id === "kcp");
  assert.deepEqual(kcp.versions, ["v1", "v2"]);
  assert.equal(kcp.name.en, "NHN KCP");
  assert.deepEqual(kcp.v1.pgCodes, ["kcp", "kcp_billing"]);
  assert.deepEqual(kcp.v1.billingCodes, ["kcp_billing"]);
  assert.equal(kcp.v1.escrow, true);
  assert.equal(kcp.v2.bypassKey, "kcp_v2");
  // the v1 and v2 payment guides, then the v1 and v2 identity-verification guides
  assert.equal(kcp.guides.length, 4);
  const kpn = all.find((g) => g.id === "kpn");
  assert.equal(kpn.v1, null);
  assert.equal(kpn.v2.billingKey, true);
  for (const g of all) assert.ok(g.guides.length >= 1, g.id);
});

test("cardCompanies() and bankCodes() return the code tables", () => {
  const cards = mod.cardCompanies();
  assert.deepEqual(cards[0], { code: "361", ko: "BC카드", en: "BC Card" });
  assert.ok(cards.some((c) => c.code === "10005"));
  const banks = mod.bankCodes();
  assert.equal(banks.length, 22);
  const kb = banks.find((b) => b.ko === "KB국민은행");
  assert.deepEqual(kb.codes, { kcp: "BK04", inicis: "04", daou: "04", standard: "004", nice_v2: "004", welcome: "004" });
});

test("PayPal buttons: checkLoadPaymentUI passes the guide example; loadPaymentUI forwards the callbacks and the normalized request", async () => {
  const spb = () => ({
    uiType: "PAYPAL_SPB", storeId: "store-4ff4af41-85e3-4559-8eb8-0d08a2c6ceec",
    channelKey: "channel-key-893597d6-e62d-410f-83f9-119f530b4b11", paymentId: "payment-1",
    orderName: "나이키 와플 트레이너 2 SD", totalAmount: 1000, currency: "CURRENCY_KRW",
  });
  const r = mod.checkLoadPaymentUI(spb(), { pg: "paypal_v2" });
  assert.equal(r.ok, true);
  assert.equal(r.value.currency, "KRW");
  const wrong = mod.checkLoadIssueBillingKeyUI({ ...spb(), billingKeyMethod: "PAYPAL" }, { pg: "paypal_v2" });
  assert.ok(wrong.issues.some((i) => i.path === "uiType" && i.code === "invalid_value"));
  const seen = [];
  const sdk = { loadPaymentUI(req, cb) { seen.push([req, cb]); cb.onPaymentFail({ code: "X" }); } };
  const callbacks = { onPaymentSuccess() {}, onPaymentFail(e) { callbacks.failed = e.code; } };
  assert.equal(await mod.loadPaymentUI(spb(), callbacks, { pg: "paypal_v2", sdk }), undefined);
  assert.equal(seen.length, 1);
  assert.equal(seen[0][0].currency, "KRW");
  assert.equal(seen[0][1], callbacks);
  assert.equal(callbacks.failed, "X");
  await assert.rejects(mod.loadPaymentUI({ ...spb(), uiType: undefined }, callbacks, { pg: "paypal_v2", sdk }), (e) => {
    assert.ok(e instanceof mod.PortoneGuardError);
    assert.equal(e.issues[0].path, "uiType");
    return true;
  });
  assert.equal(seen.length, 1, "an invalid request calls nothing");
  await assert.rejects(mod.loadIssueBillingKeyUI({ uiType: "PAYPAL_RT", storeId: "s", channelKey: "c", billingKeyMethod: "PAYPAL" }, {}, { pg: "paypal_v2" }),
    (e) => e.code === "sdk_not_loaded");
});
