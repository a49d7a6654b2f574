// Issue #20: a property fuzzer over every export of the built package (fast-check), with what an
// attacker would hand it: Proxies whose traps throw or lie (a `length` that is a Symbol, a throwing
// valueOf, 1e21; ownKeys naming keys that are not there; a different value on every read),
// revoked Proxies, throwing getters, getters that change the object while it is read or call the
// module back, shared references and cycles, wide objects, lone surrogates in strings and keys,
// keys shaped like card numbers and e-mails, BigInt, Symbols, NaN, -0, and SDKs that throw, reject,
// never call back, or call back twice. For every call:
//   - the module answers: a check returns { ok, value, issues } of the documented shape (ok exactly
//     when no issue is an error, at most 1,000 issues and one summary, known codes), a request*
//     function returns a Promise that settles, and nothing throws (formatCardQuota throws a
//     PortoneGuardError by contract);
//   - the next call works (a known-good request is still ok);
//   - normalizing is idempotent (an ok value checks ok again, to the same value);
//   - no message or path carries the card number, phone number or e-mail planted in the input,
//     and Object.prototype is never written.
// The test command runs it for about FUZZ_SECONDS (default 20) in all; `scripts/fuzz.sh js` runs
// it longer (FUZZ_SECONDS=600 for ten minutes) and prints the number of runs per property.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import fc from "fast-check";

const pkgDir = new URL("../../pkg/", import.meta.url);
const mod = await import(new URL("index.js", pkgDir));
mod.initSync({ module: readFileSync(new URL("portone_guard_bg.wasm", pkgDir)) });

const SECONDS = Number(process.env.FUZZ_SECONDS || 20);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const CODES = new Set(mod.issueCodes());
const SECRETS = ["4111111111111111", "1111-1111", "kim.minsu@", "9876-5432", "98765432"];

// ---- values

const FIELDS = [
  // v1
  "pg", "channelKey", "pay_method", "merchant_uid", "name", "amount", "currency", "tax_free", "vat_amount", "language",
  "buyer_name", "buyer_tel", "buyer_email", "buyer_addr", "buyer_postcode", "m_redirect_url", "notice_url", "confirm_url",
  "custom_data", "customer_uid", "escrow", "digital", "vbank_due", "app_scheme", "display", "card_quota", "card", "direct",
  "code", "quota", "detail", "kcpProducts", "orderNumber", "quantity", "bypass", "daou", "CARDQUOTA", "prefill", "phoneNumber",
  // v2
  "storeId", "paymentId", "orderName", "totalAmount", "payMethod", "easyPay", "easyPayProvider", "customer", "customerId",
  "fullName", "email", "windowType", "pc", "mobile", "redirectUrl", "noticeUrls", "customData", "products", "id",
  "billingKeyMethod", "billingKeyAndPayMethod", "issueId", "issueName", "uiType", "installment", "monthOption",
  "fixedMonth", "availableMonthList", "isEscrow", "locale", "productType", "virtualAccount", "accountExpiry", "dueDate",
  "kcp_v2", "paypal_v2", "style", "layout", "shop_user_id", "card", "months",
  // special
  "__proto__", "constructor", "prototype", "toString", "", "a.b", "[0]",
];
const PLANTED = ["4111111111111111", "4111-1111-1111-1111", "kim.minsu@example.com", "010-9876-5432"];
const WORDS = [
  "card", "trans", "vbank", "phone", "kakaopay", "samsung", "CARD", "EASY_PAY", "MOBILE", "KRW", "USD", "CURRENCY_KRW",
  "PAYPAL_SPB", "PAYPAL_RT", "kcp", "kpn", "kcp.T0000", "html5_inicis", "https://shop.example/done", "javascript:alert(1)",
  "2026-12-31", "20261231235959", "CCBC-0:2:3^CCNH-0:2:3", "ccnh-3:0:2", "010-1234-5678", "order_1", "payment1", "",
  " ", "가".repeat(50), "x".repeat(300), ...PLANTED,
];
const LONE = ["\ud800", "a\udc00", "x\ud800y", "\udbff\ud800", "\udfff", "😀\ud83d"];

const str = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom(...LONE) },
);
const key = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FIELDS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom(...LONE, ...PLANTED, "k".repeat(300), "😀".repeat(200)) },
);
const num = fc.oneof(
  fc.integer({ min: -10, max: 100_000 }),
  fc.constantFrom(0, -0, 1004, 1000, 0.5, 1e21, 2 ** 53 + 1, NaN, Infinity, -Infinity),
  fc.double(),
);
const leaf = fc.oneof(
  { weight: 5, arbitrary: str },
  { weight: 4, arbitrary: num },
  { weight: 2, arbitrary: fc.constantFrom(true, false, null, undefined) },
  { weight: 1, arbitrary: fc.constantFrom(10n ** 30n, Symbol("s"), () => 1, new Date(0), new Map([[1, 2]]), new Uint8Array(4)) },
);

// A recipe the value builder turns into something hostile (a plain description first, so
// fast-check can shrink it and print it; the live Proxy is made fresh for every call).
const hostile = fc.oneof(
  fc.record({ kind: fc.constant("throwingProxy"), array: fc.boolean() }),
  fc.record({ kind: fc.constant("lyingLength"), length: fc.constantFrom("symbol", "valueOf", 1e21, NaN, -1, 1.5, 2 ** 32, 3) }),
  fc.record({ kind: fc.constant("lyingKeys"), keys: fc.array(key, { maxLength: 4 }) }),
  fc.record({ kind: fc.constant("flicker") }),
  fc.record({ kind: fc.constant("revoked") }),
  fc.record({ kind: fc.constant("throwingGetter"), at: key }),
  fc.record({ kind: fc.constant("mutatingGetter"), at: key, how: fc.constantFrom("delete", "add", "grow", "reenter") }),
  fc.record({ kind: fc.constant("wide"), n: fc.constantFrom(17, 300, 2_000, 10_001) }),
  fc.record({ kind: fc.constant("dag"), depth: fc.integer({ min: 1, max: 22 }) }),
  fc.record({ kind: fc.constant("cycle") }),
  fc.record({ kind: fc.constant("symbolKeys"), n: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant("bigString"), n: fc.constantFrom(1000, 999_999, 1_000_001) }),
);

const tree = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { weight: 6, arbitrary: leaf },
    { weight: 2, arbitrary: tie("obj") },
    { weight: 1, arbitrary: tie("arr") },
    { weight: 1, arbitrary: hostile.map((h) => ({ __hostile: h })) },
    { weight: 1, arbitrary: fc.constant({ __shared: true }) },
  ),
  obj: fc.array(fc.tuple(key, tie("node")), { maxLength: 6 }).map((entries) => ({ __entries: entries })),
  arr: fc.array(tie("node"), { maxLength: 5 }).map((items) => ({ __items: items })),
})).node;

const wide = (n) => {
  const o = {};
  for (let i = 0; i < n; i++) o["k" + i] = i;
  return o;
};

// Builds the live value from a recipe; `shared` is one object every `__shared` slot points to.
function build(r, shared, depth = 0) {
  if (r === null || typeof r !== "object" || r instanceof Date || r instanceof Map || r instanceof Uint8Array) return r;
  if (r.__shared) return shared;
  if (r.__items) return r.__items.map((x) => build(x, shared, depth + 1));
  if (r.__entries) {
    const o = {};
    for (const [k, v] of r.__entries) {
      Object.defineProperty(o, k, { value: build(v, shared, depth + 1), enumerable: true, writable: true, configurable: true });
    }
    return o;
  }
  if (r.__hostile) return makeHostile(r.__hostile, shared);
  return r;
}

function makeHostile(h, shared) {
  const boom = () => {
    throw new TypeError("trap");
  };
  switch (h.kind) {
    case "throwingProxy":
      return new Proxy(h.array ? [1, 2] : { a: 1 }, { get: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom, has: boom });
    case "lyingLength": {
      const len = h.length === "symbol" ? Symbol("len") : h.length === "valueOf" ? { valueOf: boom } : h.length;
      return new Proxy([1, 2, 3], { get: (t, k) => (k === "length" ? len : Reflect.get(t, k)) });
    }
    case "lyingKeys":
      return new Proxy({}, {
        ownKeys: () => [...new Set(h.keys)],
        getOwnPropertyDescriptor: () => ({ value: 1, enumerable: true, configurable: true, writable: true }),
        get: (t, k) => (typeof k === "string" ? "lie:" + k : undefined),
      });
    case "flicker": {
      let n = 0;
      return new Proxy({ amount: 1, name: "x" }, { get: (t, k) => (typeof k === "string" ? (n++ % 2 ? "x" : 1) : undefined) });
    }
    case "revoked": {
      const p = Proxy.revocable({}, {});
      p.revoke();
      return p.proxy;
    }
    case "throwingGetter":
      return Object.defineProperty({ ok: 1 }, h.at, { enumerable: true, configurable: true, get: boom });
    case "mutatingGetter": {
      const o = { first: 1, list: [1, 2], last: "z" };
      Object.defineProperty(o, h.at === "first" || h.at === "last" || h.at === "list" ? "g" : h.at, {
        enumerable: true,
        configurable: true,
        get() {
          if (h.how === "delete") delete o.last;
          else if (h.how === "add") o["added" + Object.keys(o).length] = { deep: [1] };
          else if (h.how === "grow") o.list.push(o.list.length);
          else mod.checkRequestPay(o, { pg: "kcp" });
          return "read";
        },
      });
      return o;
    }
    case "wide":
      return wide(h.n);
    case "dag": {
      let x = shared;
      for (let i = 0; i < h.depth; i++) x = [x, x];
      return x;
    }
    case "cycle": {
      const o = { a: [1] };
      o.a.push(o);
      o.self = o;
      return o;
    }
    case "symbolKeys": {
      const o = { a: 1 };
      for (let i = 0; i < h.n; i++) o[Symbol(i)] = i;
      return o;
    }
    case "bigString":
      return "a".repeat(h.n);
  }
}

// ---- requests: a valid request of the call's kind, with random parts replaced or added

const BASES = {
  v1: () => ({ channelKey: "channel-key-kcp", pay_method: "card", merchant_uid: "order_1", name: "주문", amount: 1004, buyer_tel: "010-1234-5678" }),
  payment: () => ({ storeId: "store-1", channelKey: "channel-key-kpn", paymentId: "payment1", orderName: "주문", totalAmount: 1000, currency: "CURRENCY_KRW", payMethod: "CARD" }),
  billing: () => ({ storeId: "store-1", channelKey: "channel-key-kpn", billingKeyMethod: "CARD", issueId: "issue1", issueName: "정기", customer: { customerId: "c1", fullName: "포트원" } }),
  billingAndPay: () => ({ storeId: "store-1", channelKey: "channel-key-kpn", paymentId: "payment2", orderName: "월간", totalAmount: 10000, currency: "KRW", billingKeyAndPayMethod: "MOBILE", productType: "DIGITAL", customer: { customerId: "c1" } }),
  spb: () => ({ uiType: "PAYPAL_SPB", storeId: "store-1", channelKey: "channel-key-paypal", paymentId: "payment-1", orderName: "주문", totalAmount: 1000, currency: "KRW" }),
  rt: () => ({ uiType: "PAYPAL_RT", storeId: "store-1", channelKey: "channel-key-paypal", billingKeyMethod: "PAYPAL" }),
  cert: () => ({ channelKey: "channel-key-danal", merchant_uid: "cert_1", popup: true, min_age: 19, name: "홍길동", phone: "010-9876-5432", carrier: "SKT" }),
  idv: () => ({ storeId: "store-1", channelKey: "channel-key-danal", identityVerificationId: "identity1", customer: { phoneNumber: "010-9876-5432" }, bypass: { danal: { IsCarrier: "SKT;KTF", AGELIMIT: 19 } } }),
};
const edits = fc.array(fc.tuple(fc.array(key, { minLength: 1, maxLength: 3 }), tree), { maxLength: 4 });
// the whole request: mostly the base with edits, sometimes any value at all
const request = fc.oneof(
  { weight: 8, arbitrary: fc.record({ edits }) },
  { weight: 1, arbitrary: fc.record({ whole: tree }) },
);
const PGS = ["kcp", "kpn", "daou", "inicis", "tosspayments", "paypal_v2", "nice_v2", "kakaopay", "galaxia", "danal", "inicis_unified", "kcp_v2", "nope", undefined];
const options = fc.oneof(
  { weight: 6, arbitrary: fc.record({ pg: fc.constantFrom(...PGS), locale: fc.constantFrom("ko", "en", "EN-us", 42, undefined), isMobile: fc.constantFrom(true, false, null, undefined) }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: tree },
  { weight: 1, arbitrary: hostile.map((h) => ({ __hostile: h })) },
);

function makeRequest(kind, r, shared) {
  if ("whole" in r) return build(r.whole, shared);
  const req = BASES[kind]();
  const own = (o, k) => {
    const d = Object.getOwnPropertyDescriptor(o, k);
    return d && "value" in d ? d.value : undefined;
  };
  const put = (o, k, v) => Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  for (const [path, value] of r.edits) {
    // own data properties only: `__proto__` in a path is a key, never Object.prototype
    try {
      let o = req;
      for (const k of path.slice(0, -1)) {
        const next = own(o, k);
        if (next === null || typeof next !== "object") put(o, k, {});
        o = own(o, k);
      }
      put(o, path[path.length - 1], build(value, shared));
    } catch (_) {
      // a hostile value on the way (a revoked Proxy): this edit is left out
    }
  }
  return req;
}

// ---- what every answer must be

function assertCheckResult(r, what) {
  assert.ok(r !== null && typeof r === "object", `${what}: no result object`);
  assert.equal(typeof r.ok, "boolean", what);
  assert.ok(Array.isArray(r.issues), what);
  assert.ok(r.issues.length <= 1001, `${what}: ${r.issues.length} issues`);
  for (const i of r.issues) assertIssue(i, what);
  assert.equal(r.ok, !r.issues.some((i) => i.severity === "error"), `${what}: ok disagrees with the issues`);
  if (!r.ok) assert.equal(r.value, null, `${what}: a value though not ok`);
}

function assertIssue(i, what) {
  for (const k of ["path", "code", "severity", "message"]) assert.equal(typeof i[k], "string", `${what}: issue.${k}`);
  assert.ok(CODES.has(i.code), `${what}: unknown code ${i.code}`);
  assert.ok(i.severity === "error" || i.severity === "warning", what);
  for (const s of SECRETS) {
    assert.ok(!i.message.includes(s) && !i.path.includes(s), `${what}: ${JSON.stringify(i)} carries ${s}`);
  }
}

const GOOD = { v1: [BASES.v1(), { pg: "kcp", isMobile: false }], payment: [BASES.payment(), { pg: "kpn", isMobile: false }] };
function assertStillAnswers(what) {
  assert.equal(mod.checkRequestPay(...GOOD.v1).ok, true, `${what}: the next v1 check fails`);
  assert.equal(mod.checkPayment(...GOOD.payment).ok, true, `${what}: the next v2 check fails`);
  assert.equal(({}).polluted, undefined, `${what}: Object.prototype written`);
  assert.deepEqual(Object.keys(Object.prototype), [], `${what}: Object.prototype written`);
}

function plain(v) {
  return JSON.parse(JSON.stringify(v));
}

// ---- the properties

const CHECKS = [
  ["checkRequestPay", "v1", (q, o) => mod.checkRequestPay(q, o)],
  ["checkPayment", "payment", (q, o) => mod.checkPayment(q, o)],
  ["checkIssueBillingKey", "billing", (q, o) => mod.checkIssueBillingKey(q, o)],
  ["checkIssueBillingKeyAndPay", "billingAndPay", (q, o) => mod.checkIssueBillingKeyAndPay(q, o)],
  ["checkLoadPaymentUI", "spb", (q, o) => mod.checkLoadPaymentUI(q, o)],
  ["checkLoadIssueBillingKeyUI", "rt", (q, o) => mod.checkLoadIssueBillingKeyUI(q, o)],
  ["toV2", "v1", (q, o) => mod.toV2(q, withIds(o))],
  ["checkCertification", "cert", (q, o) => mod.checkCertification(q, o)],
  ["checkIdentityVerification", "idv", (q, o) => mod.checkIdentityVerification(q, o)],
];

// toV2's options with a store and channel, when they can be copied (a hostile object is passed as it is)
function withIds(o) {
  if (o === null || typeof o !== "object") return o;
  try {
    return { storeId: "store-1", channelKey: "channel-key-1", ...o };
  } catch (_) {
    return o;
  }
}

// Options the module reads the same way twice (no Proxy or getter anywhere in the recipe): only
// then must a second check of the normalized value give the same value.
function stable(o) {
  return !(o !== null && typeof o === "object" && ("__hostile" in o || "__entries" in o || "__items" in o || "__shared" in o));
}

const runs = {};
function fcOptions(share) {
  return {
    numRuns: Number.MAX_SAFE_INTEGER,
    interruptAfterTimeLimit: Math.max(1000, SECONDS * 1000 * share),
    markInterruptAsFailure: false,
    seed: SEED,
  };
}

function report(name, details) {
  runs[name] = details.numRuns;
  if (details.failed) assert.fail(`${fc.defaultReportMessage(details) ?? name + " failed"}\n${details.errorInstance && details.errorInstance.message}`);
  assert.ok(details.numRuns > 0, `${name}: no run`);
}

function check(name, property, share) {
  report(name, fc.check(property, fcOptions(share)));
}

async function checkAsync(name, property, share) {
  report(name, await fc.check(property, fcOptions(share)));
}

// Options (configure: defaults) of the wrong shape throw a PortoneGuardError invalid_value at
// their path (issue #19); nothing else may escape. MISUSED stands for that answer.
const MISUSED = Symbol("misused options");
function misusedOptions(f, what) {
  try {
    return f();
  } catch (e) {
    assert.ok(e instanceof mod.PortoneGuardError, `${what} threw ${e}`);
    assert.equal(e.code, "invalid_value", `${what}: ${e.message}`);
    assert.match(e.issues[0].path, /^(options|defaults)\b/, what);
    assertIssue(e.issues[0], what);
    return MISUSED;
  }
}

test("every check function answers any value, the next call works, and normalizing is idempotent", () => {
  check(
    "checks",
    fc.property(fc.integer({ min: 0, max: CHECKS.length - 1 }), request, options, (which, r, o) => {
      const [name, kind, call] = CHECKS[which];
      const shared = { s: "shared", list: [1, "2"] };
      const req = makeRequest(kind, r, shared);
      const opts = build(o, shared);
      const res = misusedOptions(() => call(req, opts), name);
      if (res === MISUSED) return assertStillAnswers(name);
      assertCheckResult(res, name);
      if (res.ok && name !== "toV2" && stable(o)) {
        const again = call(res.value, opts);
        assertCheckResult(again, name + " again");
        assert.equal(again.ok, true, `${name}: the normalized value fails: ${JSON.stringify(again.issues)}`);
        assert.deepEqual(plain(again.value), plain(res.value), `${name}: normalizing twice changes the value`);
      }
      if (res.ok && name === "toV2" && stable(o)) {
        const v2 = mod.checkPayment(res.value, opts);
        assert.equal(v2.ok, true, `toV2's value fails checkPayment: ${JSON.stringify(v2.issues)}`);
      }
      assertStillAnswers(name);
    }),
    0.45,
  );
});

test("CARDQUOTA, configure and the tables answer any value", () => {
  const quota = fc.oneof(
    fc.constantFrom("CCBC-0:2:3^CCNH-0:2:3", "ccnh-3:0:2", "CCBC", "", "^^", "CCBC-0\ud800"),
    fc.string({ maxLength: 30 }),
    tree,
  );
  check(
    "cardquota",
    fc.property(quota, tree, options, (q, groups, o) => {
      const shared = { s: 1 };
      const text = build(q, shared);
      const opts = build(o, shared);
      const parsed = misusedOptions(() => mod.parseCardQuota(text, opts), "parseCardQuota");
      if (parsed === MISUSED) return assertStillAnswers("parseCardQuota");
      assertCheckResult(parsed, "parseCardQuota");
      if (parsed.ok) {
        // parse(format(parse(x))) is parse(x), and formatting is canonical
        const canon = mod.formatCardQuota(parsed.value, opts);
        assert.deepEqual(mod.parseCardQuota(canon).value, parsed.value);
        assert.equal(mod.formatCardQuota(mod.parseCardQuota(canon).value), canon);
      }
      try {
        assert.equal(typeof mod.formatCardQuota(build(groups, shared), opts), "string");
      } catch (e) {
        assert.ok(e instanceof mod.PortoneGuardError, `formatCardQuota threw ${e}`);
        for (const i of e.issues) assertIssue(i, "formatCardQuota");
      }
      misusedOptions(() => mod.configure(build(o, shared)), "configure");
      mod.configure({ locale: "ko", channels: {} });
      assertStillAnswers("cardquota/configure");
    }),
    0.15,
  );
  assert.ok(mod.gateways().length > 10 && mod.cardCompanies().length > 10 && mod.bankCodes().length > 10);
  assert.equal(mod.cardQuotaCompanies().length, 24);
});

// SDK stand-ins: each behaves one way, decided by the run
const SDK_WAYS = ["resolve", "reject", "throw", "undefined", "thenThrows", "twice", "callbackThenThrow", "never", "late"];
function makeSdk(way, calls) {
  const answer = (r) => {
    calls.n++;
    switch (way) {
      case "resolve": return Promise.resolve({ transactionType: "PAYMENT", paymentId: r && r.paymentId });
      case "reject": return Promise.reject(new Error("closed"));
      case "throw": throw new TypeError("sdk bug");
      case "undefined": return undefined;
      case "thenThrows": return { get then() { throw new Error("then"); } };
      case "never": return new Promise(() => {});
      default: return Promise.resolve({ code: "FAILURE" });
    }
  };
  const sdk = {};
  for (const m of ["requestPayment", "requestIssueBillingKey", "requestIssueBillingKeyAndPay", "loadPaymentUI", "loadIssueBillingKeyUI", "updateLoadPaymentUIRequest", "updateLoadIssueBillingKeyUIRequest", "requestIdentityVerification"]) {
    sdk[m] = (r) => answer(r);
  }
  const imp = {
    init() {},
    certification(params, cb) {
      return imp.request_pay(params, cb);
    },
    request_pay(params, cb) {
      calls.n++;
      if (way === "throw") throw new TypeError("v1 bug");
      if (way === "never") return;
      if (way === "late") {
        setTimeout(() => cb({ success: true }), 0);
        return;
      }
      cb({ success: way !== "reject", merchant_uid: params.merchant_uid });
      if (way === "twice") cb({ success: false, error_msg: "second" });
      if (way === "callbackThenThrow") throw new Error("after");
    },
  };
  return { sdk, imp };
}

const REQUESTS = [
  ["requestPay", "v1", (q, o) => mod.requestPay(q, o)],
  ["requestPayment", "payment", (q, o) => mod.requestPayment(q, o)],
  ["requestIssueBillingKey", "billing", (q, o) => mod.requestIssueBillingKey(q, o)],
  ["requestIssueBillingKeyAndPay", "billingAndPay", (q, o) => mod.requestIssueBillingKeyAndPay(q, o)],
  ["loadPaymentUI", "spb", (q, o) => mod.loadPaymentUI(q, { onPaymentSuccess() {}, onPaymentFail() {} }, o)],
  ["loadIssueBillingKeyUI", "rt", (q, o) => mod.loadIssueBillingKeyUI(q, {}, o)],
  ["updateLoadPaymentUIRequest", "spb", (q, o) => mod.updateLoadPaymentUIRequest(q, o)],
  ["updateLoadIssueBillingKeyUIRequest", "rt", (q, o) => mod.updateLoadIssueBillingKeyUIRequest(q, o)],
  ["requestCertification", "cert", (q, o) => mod.requestCertification(q, o)],
  ["requestIdentityVerification", "idv", (q, o) => mod.requestIdentityVerification(q, o)],
];

test("every request* and load* function only ever settles its promise, whatever the request, options and SDK", async () => {
  const warn = console.warn;
  console.warn = () => {};
  try {
    await checkAsync(
      "requests",
      fc.asyncProperty(
        fc.integer({ min: 0, max: REQUESTS.length - 1 }),
        request,
        options,
        fc.constantFrom(...SDK_WAYS),
        fc.constantFrom("given", "global", "none", "throwingGetter"),
        fc.constantFrom(undefined, 5, null, -1, "10"),
        async (which, r, o, way, where, timeoutMs) => {
          const [name, kind, call] = REQUESTS[which];
          const shared = { s: "shared" };
          const req = makeRequest(kind, r, shared);
          const calls = { n: 0 };
          let opts = build(o, shared);
          let own = opts !== null && typeof opts === "object" && where !== "none";
          try {
            own = own && !(opts instanceof Date) && (opts = { ...opts }) !== null;
          } catch (_) {
            own = false; // a revoked or throwing Proxy: passed as it is
          }
          // an SDK that never answers is only given where a timeout can end the wait (the button
          // calls have none: they resolve when the SDK's call does, by design)
          if ((!own || !name.startsWith("request")) && (way === "never" || way === "late")) way = "resolve";
          const { sdk, imp } = makeSdk(way, calls);
          if (own) {
            if (where === "given") opts.sdk = sdk;
            if (where === "throwingGetter") Object.defineProperty(opts, "sdk", { enumerable: true, get() { throw new Error("sdk getter"); } });
            // never-settling SDKs end by the timeout
            opts.timeoutMs = way === "never" || way === "late" ? 5 : timeoutMs;
          }
          globalThis.PortOne = where === "global" ? sdk : undefined;
          globalThis.IMP = where === "none" ? undefined : imp;
          let p;
          try {
            p = call(req, opts);
          } catch (e) {
            assert.fail(`${name} threw synchronously: ${e}`);
          }
          assert.ok(p instanceof Promise, `${name}: not a promise`);
          const settled = await Promise.race([
            p.then(() => "resolved", (e) => {
              assert.ok(e instanceof mod.PortoneGuardError, `${name} rejected with ${e}`);
              assert.ok(e.issues.length >= 1 && e.issues.length <= 1001);
              for (const i of e.issues) assertIssue(i, name);
              return "rejected";
            }),
            new Promise((resolve) => setTimeout(() => resolve("pending"), 2000)),
          ]);
          assert.notEqual(settled, "pending", `${name}: the promise did not settle in 2 s (${way}, ${where})`);
          assert.ok(calls.n <= 1, `${name}: the SDK was called ${calls.n} times`);
          assertStillAnswers(name);
        },
      ),
      0.4,
    );
  } finally {
    console.warn = warn;
    delete globalThis.PortOne;
    delete globalThis.IMP;
  }
  if (process.env.FUZZ_REPORT) console.log(`fuzz runs: ${JSON.stringify(runs)}`);
});
