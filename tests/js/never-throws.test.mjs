// Issue #20, "no JS exception ever crosses a wasm frame": values that used to make every export
// throw (an array Proxy whose `length` is a Symbol, a `length` whose valueOf throws) and an SDK
// that calls back twice or throws after calling back. Each exception that unwound through the
// module's wasm frames leaked its stack; after about 4,400 of them every export failed with
// "memory access out of bounds". Here 100,000 calls of each kind go through every export, then
// the module must still answer, and the request* functions must only ever reject.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

const pkgDir = new URL("../../pkg/", import.meta.url);
const mod = await import(new URL("index.js", pkgDir));
mod.initSync({ module: readFileSync(new URL("portone_guard_bg.wasm", pkgDir)) });

const kcp = () => ({ channelKey: "channel-key-test", pay_method: "card", merchant_uid: "order_no_0001", name: "결제테스트", amount: 1004 });
const kpn = () => ({
  storeId: "store-4ff4af41-85e3-4559-8eb8-0d08a2c6ceec", channelKey: "channel-key-9987cb87-6458-4888-b94e-68d9a2da896d",
  paymentId: "payment8f3k2l9x", orderName: "주문", totalAmount: 1000, currency: "KRW", payMethod: "CARD",
});

// array Proxies whose `length` cannot be compared: the comparison used to sit outside the walker's try
const symbolLength = () => new Proxy([], { get: (t, k) => (k === "length" ? Symbol("len") : Reflect.get(t, k)) });
const throwingValueOf = () => new Proxy([], { get: (t, k) => (k === "length" ? { valueOf() { throw new Error("valueOf"); } } : Reflect.get(t, k)) });
// and lengths that are numbers but not lengths (these gave text the reader could not parse)
const lyingLength = () => new Proxy([], { get: (t, k) => (k === "length" ? 1e21 : Reflect.get(t, k)) });

// every export that takes a caller's value, called with `h` as the request, inside it, and as options
const sdk = { requestPayment() { throw new Error("not reached"); } };
const checks = [
  (h) => mod.checkRequestPay(h),
  (h) => mod.checkRequestPay({ ...kcp(), kcpProducts: h }, { pg: "kcp" }),
  (h) => mod.checkRequestPay(kcp(), h),
  (h) => mod.checkPayment({ ...kpn(), products: h }, { pg: "kpn" }),
  (h) => mod.checkPayment(kpn(), h),
  (h) => mod.checkIssueBillingKey(h, { pg: "kpn" }),
  (h) => mod.checkIssueBillingKeyAndPay({ ...kpn(), customData: { h } }),
  (h) => mod.checkLoadPaymentUI(h),
  (h) => mod.checkLoadIssueBillingKeyUI({ uiType: "PAYPAL_RT", bypass: h }),
  (h) => mod.toV2({ ...kcp(), custom_data: h }, { storeId: "s", channelKey: "c" }),
  (h) => mod.toV2(kcp(), h),
  (h) => mod.parseCardQuota(h),
  (h) => mod.parseCardQuota("CCBC-0", h),
  (h) => mod.configure({ channels: h }),
  // identity verification (issue #18)
  (h) => mod.checkCertification({ channelKey: "c", merchant_uid: "o", popup: true, phone: h }, { pg: "danal" }),
  (h) => mod.checkIdentityVerification(h, { pg: "danal" }),
  (h) => mod.checkIdentityVerification({ storeId: "s", identityVerificationId: "i", customer: h }, { pg: "inicis_unified" }),
];
const requests = [
  (h) => mod.requestPay({ ...kcp(), kcpProducts: h }, { pg: "kcp" }),
  (h) => mod.requestPay(kcp(), h),
  (h) => mod.requestPayment({ ...kpn(), products: h }, { pg: "kpn", sdk }),
  (h) => mod.requestPayment(kpn(), h),
  (h) => mod.requestIssueBillingKey(h),
  (h) => mod.requestIssueBillingKeyAndPay({ ...kpn(), customData: { h } }, { sdk }),
  (h) => mod.loadPaymentUI(h, {}),
  (h) => mod.loadIssueBillingKeyUI({ uiType: "PAYPAL_RT" }, {}, h),
  (h) => mod.updateLoadPaymentUIRequest({ uiType: "PAYPAL_SPB", customData: h }),
  (h) => mod.updateLoadIssueBillingKeyUIRequest(h),
  (h) => mod.requestCertification({ channelKey: "c", merchant_uid: "o", popup: true, name: h }, { pg: "danal" }),
  (h) => mod.requestIdentityVerification({ storeId: "s", identityVerificationId: "i", bypass: h }, { pg: "danal", sdk: { requestIdentityVerification() { throw new Error("not reached"); } } }),
];

function stillAnswers() {
  const r = mod.checkRequestPay(kcp(), { pg: "kcp" });
  assert.equal(r.ok, true, JSON.stringify(r.issues));
  assert.equal(mod.checkPayment(kpn(), { pg: "kpn" }).ok, true);
  assert.equal(mod.parseCardQuota("CCBC-0:2:3").ok, true);
}

const CALLS = 100_000;
for (const [name, make] of [["a Symbol length", symbolLength], ["a length whose valueOf throws", throwingValueOf], ["a length of 1e21", lyingLength]]) {
  test(`${CALLS.toLocaleString("en")} calls with ${name} through every export: none throws (but a PortoneGuardError for misused options), the module still answers`, async () => {
    const h = make();
    let rejected = 0;
    const pending = [];
    for (let i = 0; i < CALLS; i++) {
      const k = i % (checks.length + requests.length + 1);
      if (k < checks.length) {
        let r;
        try {
          r = checks[k](h);
        } catch (e) {
          // options (or configure's defaults) of the wrong shape: a PortoneGuardError by contract
          // (issue #19), thrown by the package's JavaScript before the module is called
          assert.ok(e instanceof mod.PortoneGuardError && e.code === "invalid_value", String(e));
          assert.match(e.issues[0].path, /^(options|defaults)\b/);
          continue;
        }
        if (r !== undefined) assert.equal(typeof r.ok, "boolean");
      } else if (k < checks.length + requests.length) {
        const p = requests[k - checks.length](h);
        assert.ok(p instanceof Promise, "request* returns a promise");
        pending.push(p.then(() => assert.fail("resolved"), (e) => { assert.ok(e instanceof mod.PortoneGuardError); rejected++; }));
      } else {
        // formatCardQuota throws a PortoneGuardError by contract (after the module returned)
        assert.throws(() => mod.formatCardQuota(h), mod.PortoneGuardError);
      }
      if (pending.length >= 1000) await Promise.all(pending.splice(0));
    }
    await Promise.all(pending);
    assert.ok(rejected > 0);
    mod.configure({ channels: {} });
    stillAnswers();
  });
}

test("an SDK that calls the v1 callback twice: the first answer is kept, later calls change nothing", async () => {
  const warn = console.warn;
  const warned = [];
  console.warn = (...a) => warned.push(a.join(" "));
  try {
    globalThis.IMP = {
      request_pay(params, cb) {
        cb({ success: true, imp_uid: "imp_1", merchant_uid: params.merchant_uid });
        cb({ success: false, error_msg: "second" });
        cb({ success: false, error_msg: "third" });
      },
    };
    const rsp = await mod.requestPay({ ...kcp(), merchant_uid: "twice" }, { pg: "kcp" });
    assert.deepEqual(rsp, { success: true, imp_uid: "imp_1", merchant_uid: "twice" });
    assert.equal(warned.length, 1, "one warning at most");
    assert.doesNotMatch(warned[0], /imp_1|twice|second/);
    // the callback kept by the SDK and called much later still does nothing
    let late;
    globalThis.IMP = { request_pay(params, cb) { late = cb; cb({ success: true, merchant_uid: params.merchant_uid }); } };
    assert.equal((await mod.requestPay({ ...kcp(), merchant_uid: "late" }, { pg: "kcp" })).success, true);
    for (let i = 0; i < 10_000; i++) late({ success: false });
    stillAnswers();
  } finally {
    console.warn = warn;
    delete globalThis.IMP;
  }
});

test("an SDK that throws after calling back resolves with that answer; one that throws before rejects with sdk_error", async () => {
  try {
    globalThis.IMP = {
      request_pay(params, cb) {
        cb({ success: true, merchant_uid: params.merchant_uid });
        throw new Error("after the callback");
      },
    };
    const rsp = await mod.requestPay({ ...kcp(), merchant_uid: "then-throw" }, { pg: "kcp" });
    assert.deepEqual(rsp, { success: true, merchant_uid: "then-throw" });
    let kept;
    globalThis.IMP = { request_pay(params, cb) { kept = cb; throw new Error("before"); } };
    await assert.rejects(mod.requestPay({ ...kcp(), merchant_uid: "throw-first" }, { pg: "kcp" }), (e) => {
      assert.equal(e.code, "sdk_error");
      assert.equal(e.cause.message, "before");
      return true;
    });
    kept({ success: true }); // a callback after the throw is ignored
    // the id was freed: the same order can be paid again
    globalThis.IMP = { request_pay(params, cb) { cb({ success: true, merchant_uid: params.merchant_uid }); } };
    assert.equal((await mod.requestPay({ ...kcp(), merchant_uid: "throw-first" }, { pg: "kcp" })).success, true);
  } finally {
    delete globalThis.IMP;
  }
});

test("a v2 SDK returning a promise whose constructor getter throws rejects with sdk_error, never throws", async () => {
  const evil = Promise.resolve({ paymentId: "x" });
  Object.defineProperty(evil, "constructor", { get() { throw new Error("constructor"); } });
  const thenThrows = { get then() { throw new Error("then"); } };
  for (const ret of [evil, thenThrows]) {
    const p = mod.requestPayment(kpn(), { pg: "kpn", sdk: { requestPayment: () => ret } });
    assert.ok(p instanceof Promise);
    await assert.rejects(p, (e) => e instanceof mod.PortoneGuardError && e.code === "sdk_error");
  }
  stillAnswers();
});

test("IMP.certification calling back twice: the first answer is kept, one warning, the id freed", async () => {
  const warn = console.warn;
  const warned = [];
  console.warn = (...a) => warned.push(a.join(" "));
  try {
    globalThis.IMP = {
      certification(params, cb) {
        cb({ success: true, imp_uid: "imp_c1", merchant_uid: params.merchant_uid });
        cb({ success: false, error_msg: "second" });
        throw new Error("after the callback");
      },
    };
    const cert = { channelKey: "c", merchant_uid: "cert-twice", popup: true };
    const rsp = await mod.requestCertification(cert, { pg: "danal" });
    assert.deepEqual(rsp, { success: true, imp_uid: "imp_c1", merchant_uid: "cert-twice" });
    assert.equal(warned.length, 1);
    assert.match(warned[0], /certification/);
    assert.doesNotMatch(warned[0], /imp_c1|cert-twice|second/);
    assert.equal((await mod.requestCertification(cert, { pg: "danal" })).success, true, "the id was freed");
    stillAnswers();
  } finally {
    console.warn = warn;
    delete globalThis.IMP;
  }
});
