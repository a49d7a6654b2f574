// Issue #19: misuse is a clear PortoneGuardError, never a TypeError from inside the glue.
// Each case runs in a fresh Node process (the module's init state is per process): before init()
// every function throws (checks, formatCardQuota, configure, the tables) or rejects (request*,
// load*, update*) with code not_initialized; `await init()` with no argument works in Node for
// every entry, resolved through the package's exports as an app would; options and configure of
// the wrong shape are invalid_value at their path; an unknown locale warns and falls back;
// options.sdk without the method is named in the error.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const pkg = new URL("../../pkg/", import.meta.url).pathname;
// an app folder that has the package installed (a symlink to pkg/, as `npm install ./pkg` makes)
const app = mkdtempSync(join(tmpdir(), "pg-misuse-"));
mkdirSync(join(app, "node_modules"));
symlinkSync(pkg, join(app, "node_modules", "portone-guard"));
writeFileSync(join(app, "package.json"), '{ "type": "module" }');

function run(code) {
  const file = join(app, `case-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, code);
  const out = execFileSync(process.execPath, [file], { cwd: app, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  return JSON.parse(out.trim().split("\n").pop());
}

const SYNC = ["checkRequestPay", "checkPayment", "checkIssueBillingKey", "checkIssueBillingKeyAndPay", "checkLoadPaymentUI",
  "checkLoadIssueBillingKeyUI", "toV2", "parseCardQuota", "formatCardQuota", "configure", "gateways", "issueCodes",
  "cardCompanies", "bankCodes", "cardQuotaCompanies", "checkCertification", "checkIdentityVerification"];
const ASYNC = ["requestPay", "requestPayment", "requestIssueBillingKey", "requestIssueBillingKeyAndPay", "loadPaymentUI",
  "loadIssueBillingKeyUI", "updateLoadPaymentUIRequest", "updateLoadIssueBillingKeyUIRequest", "requestCertification",
  "requestIdentityVerification"];

test("every function before init(): check functions throw, request functions reject, both not_initialized", () => {
  const r = run(`
    import * as m from "portone-guard";
    const out = {};
    for (const name of ${JSON.stringify(SYNC)}) {
      try { m[name]({}, {}); out[name] = "returned"; }
      catch (e) { out[name] = [e instanceof m.PortoneGuardError, e.code, e.message, e.issues[0]?.path]; }
    }
    for (const name of ${JSON.stringify(ASYNC)}) {
      let p;
      try { p = m[name]({ merchant_uid: "o" }, {}, {}); } catch (e) { out[name] = "threw synchronously"; continue; }
      out[name] = await p.then(() => "resolved", (e) => [e instanceof m.PortoneGuardError, e.code, e.message, e.issues[0]?.path]);
    }
    console.log(JSON.stringify(out));
  `);
  for (const name of [...SYNC, ...ASYNC]) {
    const [isGuard, code, message, path] = r[name];
    assert.equal(isGuard, true, `${name}: ${JSON.stringify(r[name])}`);
    assert.equal(code, "not_initialized", name);
    assert.equal(path, "");
    assert.match(message, /await init\(\)/, name);
    assert.ok(message.startsWith(`${name}: `), `${name}: the subject first: ${message}`);
    assert.doesNotMatch(message, /`/);
  }
});

for (const entry of ["portone-guard", "portone-guard/ko", "portone-guard/en"]) {
  test(`Node: await init() with no argument works through ${entry}`, () => {
    const r = run(`
      import init, { checkRequestPay } from "${entry}";
      await init();
      const c = checkRequestPay({ pg: "kcp", merchant_uid: "o1", amount: 1004, pay_method: "card" }, { locale: "en" });
      console.log(JSON.stringify({ ok: c.ok, errors: c.issues.filter((i) => i.severity === "error").length }));
    `);
    assert.deepEqual(r, { ok: true, errors: 0 });
  });
}

test("options and configure with the wrong shape: invalid_value at their path (checks throw, requests reject)", () => {
  const r = run(`
    import init, * as m from "portone-guard";
    await init();
    const kcp = { pg: "kcp", merchant_uid: "o1", amount: 1004, pay_method: "card" };
    const sync = (f) => { try { f(); return "ok"; } catch (e) { return [e instanceof m.PortoneGuardError, e.code, e.issues[0].path, e.message]; } };
    const async_ = async (f) => { let p; try { p = f(); } catch (e) { return "threw synchronously"; }
      return p.then(() => "resolved", (e) => [e instanceof m.PortoneGuardError, e.code, e.issues[0].path, e.message]); };
    console.log(JSON.stringify({
      configureString: sync(() => m.configure("kcp")),
      configureChannelsArray: sync(() => m.configure({ channels: ["channel-key-1"] })),
      configureChannelValue: sync(() => m.configure({ channels: { "channel-key-1": 3 } })),
      optionsString: sync(() => m.checkRequestPay(kcp, "kcp")),
      optionsPg: sync(() => m.checkPayment({}, { pg: 1 })),
      optionsLocale: sync(() => m.parseCardQuota("CCBC-0", { locale: 2 })),
      optionsIsMobile: sync(() => m.checkRequestPay(kcp, { isMobile: "yes" })),
      toV2Store: sync(() => m.toV2(kcp, { storeId: 5 })),
      requestString: await async_(() => m.requestPay(kcp, "kcp")),
      requestSdk: await async_(() => m.requestPayment({}, { sdk: "PortOne" })),
      nullOptions: sync(() => m.checkRequestPay(kcp, null)),
      goodConfigure: sync(() => m.configure({ channels: { "channel-key-1": "kcp" }, locale: "en" })),
    }));
  `);
  const bad = (k, path) => {
    const [isGuard, code, p, message] = r[k];
    assert.equal(isGuard, true, k);
    assert.equal(code, "invalid_value", k);
    assert.equal(p, path, k);
    assert.ok(message.startsWith(path + ": "), message);
    assert.doesNotMatch(message, /`/);
  };
  bad("configureString", "defaults");
  assert.match(r.configureString[3], /^defaults: .*객체여야 하는데 문자열입니다 \(configure\)\.$/); // Korean by default
  bad("configureChannelsArray", "defaults.channels");
  bad("configureChannelValue", 'defaults.channels["channel-key-1"]');
  bad("optionsString", "options");
  bad("optionsPg", "options.pg");
  bad("optionsLocale", "options.locale");
  bad("optionsIsMobile", "options.isMobile");
  bad("toV2Store", "options.storeId");
  bad("requestString", "options");
  bad("requestSdk", "options.sdk");
  assert.equal(r.nullOptions, "ok");
  assert.equal(r.goodConfigure, "ok");
});

test("a revoked Proxy as an option value is invalid_value at its path, never a TypeError (found by the fuzz test)", () => {
  const r = run(`
    import init, * as m from "portone-guard";
    await init();
    const rev = () => { const p = Proxy.revocable({}, {}); p.revoke(); return p.proxy; };
    const sync = (f) => { try { f(); return "ok"; } catch (e) { return [e instanceof m.PortoneGuardError, e.code, e.issues[0].path]; } };
    const async_ = async (f) => { let p; try { p = f(); } catch (e) { return "threw synchronously: " + e; }
      return p.then(() => "resolved", (e) => [e instanceof m.PortoneGuardError, e.code, e.issues[0].path]); };
    console.log(JSON.stringify({
      checkPg: sync(() => m.checkRequestPay({}, { pg: rev() })),
      checkLocale: sync(() => m.checkPayment({}, { locale: rev() })),
      checkIsMobile: sync(() => m.checkCertification({}, { isMobile: rev() })),
      idvPg: sync(() => m.checkIdentityVerification({}, { pg: rev() })),
      configureImp: sync(() => m.configure({ impCode: rev() })),
      configureChannel: sync(() => m.configure({ channels: { "channel-key-1": rev() } })),
      toV2Store: sync(() => m.toV2({}, { storeId: rev() })),
      requestPg: await async_(() => m.requestPay({}, { pg: rev() })),
      requestIdvPg: await async_(() => m.requestIdentityVerification({}, { pg: rev() })),
    }));
  `);
  const paths = { checkPg: "options.pg", checkLocale: "options.locale", checkIsMobile: "options.isMobile", idvPg: "options.pg",
    configureImp: "defaults.impCode", configureChannel: 'defaults.channels["channel-key-1"]', toV2Store: "options.storeId",
    requestPg: "options.pg", requestIdvPg: "options.pg" };
  for (const [k, path] of Object.entries(paths)) assert.deepEqual(r[k], [true, "invalid_value", path], k);
});

test("an unknown locale warns once and falls back to the configured language", () => {
  const r = run(`
    import init, * as m from "portone-guard";
    await init();
    const warned = [];
    console.warn = (...a) => warned.push(a.join(" "));
    m.configure({ locale: "en" });
    const a = m.checkRequestPay({ pg: "kcp", amount: 1 }, { locale: "fr" });
    const b = m.checkRequestPay({ pg: "kcp", amount: 2 }, { locale: "fr" });
    m.configure({ locale: "ko" });
    const c = m.checkRequestPay({ pg: "kcp", amount: 3 }, { locale: "xx" });
    console.log(JSON.stringify({ warned, a: a.issues[0].message, b: b.issues[0].message, c: c.issues[0].message }));
  `);
  assert.equal(r.warned.length, 2, JSON.stringify(r.warned));
  assert.match(r.warned[0], /"fr".*English/);
  assert.match(r.warned[1], /"xx".*Korean/);
  assert.match(r.a, /is required/); // English, as configured
  assert.match(r.c, /필수/); // Korean, as configured then
});

test("options.sdk without the method: sdk_not_loaded at options.sdk, naming the method; no SDK at all names window.PortOne", () => {
  const r = run(`
    import init, * as m from "portone-guard";
    await init();
    const kpn = { storeId: "s", channelKey: "c", paymentId: "p1", orderName: "o", totalAmount: 1000, currency: "KRW", payMethod: "CARD" };
    const why = (p) => p.then(() => "resolved", (e) => [e.code, e.issues[0].path, e.message]);
    console.log(JSON.stringify({
      empty: await why(m.requestPayment(kpn, { pg: "kpn", locale: "en", sdk: {} })),
      ui: await why(m.loadPaymentUI({ uiType: "PAYPAL_SPB", storeId: "s", channelKey: "c", paymentId: "p2", orderName: "o", totalAmount: 100, currency: "USD" }, {}, { pg: "paypal_v2", locale: "en", sdk: { requestPayment() {} } })),
      none: await why(m.requestPayment({ ...kpn, paymentId: "p3" }, { pg: "kpn", locale: "en" })),
    }));
  `);
  assert.equal(r.empty[0], "sdk_not_loaded");
  assert.equal(r.empty[1], "options.sdk");
  assert.match(r.empty[2], /^options\.sdk: has no requestPayment method/);
  assert.doesNotMatch(r.empty[2], /window\.PortOne\) is not loaded/);
  assert.equal(r.ui[1], "options.sdk");
  assert.match(r.ui[2], /loadPaymentUI/);
  assert.equal(r.none[0], "sdk_not_loaded");
  assert.equal(r.none[2], "PortOne SDK: is not loaded on this page (window.PortOne).");
});
