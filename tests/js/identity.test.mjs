// Issue #18, identity verification (본인인증) from the built package in Node: checkCertification /
// requestCertification (v1 IMP.certification) and checkIdentityVerification /
// requestIdentityVerification (v2), with requestPay's and requestPayment's machinery — the check
// first (nothing called when not ok), IMP.init once, the in-flight guard, timeoutMs,
// sdk_not_loaded, sdk_error, options.sdk — and no phone number, name or birth date in a message.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

const pkgDir = new URL("../../pkg/", import.meta.url);
const mod = await import(new URL("index.js", pkgDir));
mod.initSync({ module: readFileSync(new URL("portone_guard_bg.wasm", pkgDir)) });

// the phone guide's example (opi/ko/extra/identity-verification/v1/phone/2.mdx)
const cert = (extra = {}) => ({
  channelKey: "channel-key-9987cb87-6458-4888-b94e-68d9a2da896d",
  merchant_uid: "ORD20180131-0000011",
  m_redirect_url: "https://www.myservice.com/payments/complete/mobile",
  popup: false,
  ...extra,
});
// readme-v2.mdx's example
const idv = (extra = {}) => ({
  storeId: "store-4ff4af41-85e3-4559-8eb8-0d08a2c6ceec",
  identityVerificationId: "identity-verification-39ecfa97",
  channelKey: "channel-key-9987cb87-6458-4888-b94e-68d9a2da896d",
  ...extra,
});
const tuples = (r) => r.issues.map((i) => [i.path, i.code, i.severity]);

// a stand-in iamport.js: records calls, answers the callback as `answer` says
function fakeImp(answer = (p, cb) => cb({ success: true, imp_uid: "imp_1", merchant_uid: p.merchant_uid })) {
  const imp = { inits: [], calls: [], init(code) { imp.inits.push(code); }, certification(p, cb) { imp.calls.push(p); return answer(p, cb); } };
  globalThis.IMP = imp;
  return imp;
}

test("checkCertification: the guide's example passes for Danal on mobile; errors name paths in ko and en", () => {
  const ok = mod.checkCertification(cert(), { pg: "danal", isMobile: true });
  assert.equal(ok.ok, true, JSON.stringify(ok.issues));
  assert.deepEqual(ok.issues, []);
  assert.deepEqual(ok.value, cert());
  const bad = cert({ min_age: "19", carrier: "KT", m_redirect_url: undefined });
  const ko = mod.checkCertification(bad, { pg: "danal", isMobile: true });
  assert.equal(ko.ok, false);
  assert.equal(ko.value, null);
  assert.deepEqual(tuples(ko).sort(), [
    ["carrier", "invalid_value", "error"], ["m_redirect_url", "required", "error"], ["min_age", "invalid_type", "error"],
  ]);
  const en = mod.checkCertification(bad, { pg: "danal", isMobile: true, locale: "en" });
  assert.match(en.issues.find((i) => i.path === "carrier").message, /Did you mean KTF\?/);
  assert.match(en.issues.find((i) => i.path === "m_redirect_url").message, /popup false/);
  assert.match(ko.issues.find((i) => i.path === "min_age").message, /숫자/);
});

test("checkCertification: configure({ channels }) picks the PG; Danal-only keys warn for another PG; unknown keys get a did-you-mean", () => {
  mod.configure({ channels: { [cert().channelKey]: "inicis_unified" } });
  try {
    const r = mod.checkCertification(cert({ min_age: 19, minAge: 19 }), { isMobile: true, locale: "en" });
    assert.equal(r.ok, true);
    assert.deepEqual(tuples(r), [["min_age", "unsupported", "warning"], ["minAge", "unknown_field", "warning"]]);
    assert.match(r.issues[1].message, /Did you mean min_age\?/);
  } finally {
    mod.configure({ channels: { [cert().channelKey]: "danal" } });
  }
  const kpn = mod.checkCertification(cert(), { pg: "kpn", isMobile: true });
  assert.deepEqual(tuples(kpn), [["", "unsupported", "error"]]);
});

test("checkIdentityVerification: the guides' examples pass; customData must be a string; KCP's id rule", () => {
  const ok = mod.checkIdentityVerification(idv({ bypass: { danal: { IsCarrier: "KTF", AGELIMIT: 20, CPTITLE: "www.MarketA.co.kr" } } }), { pg: "danal", isMobile: false });
  assert.equal(ok.ok, true, JSON.stringify(ok.issues));
  assert.deepEqual(ok.issues, []);
  const data = mod.checkIdentityVerification(idv({ customData: { userId: 1 } }), { pg: "danal", isMobile: false, locale: "en" });
  assert.deepEqual(tuples(data), [["customData", "invalid_type", "error"]]);
  assert.match(data.issues[0].message, /JSON\.stringify/);
  const kcp = mod.checkIdentityVerification(idv({ bypass: { kcp_v2: { web_siteid: "J01234567890" } } }), { pg: "kcp_v2", isMobile: false, locale: "en" });
  assert.deepEqual(tuples(kcp).sort(), [["bypass.kcp_v2", "unknown_field", "warning"], ["identityVerificationId", "invalid_format", "error"]]);
  assert.match(kcp.issues.find((i) => i.path === "bypass.kcp_v2").message, /Did you mean bypass\.kcpV2\?/);
  const ini = mod.checkIdentityVerification(idv(), { pg: "inicis_unified", isMobile: false });
  assert.deepEqual(tuples(ini), [["bypass.inicisUnified.flgFixedUser", "required", "error"]]);
});

test("checkIdentityVerification normalizes (Danal phone digits, prefixed gender) and is idempotent", () => {
  const r = mod.checkIdentityVerification(idv({ customer: { phoneNumber: "010-1234-5678", gender: "GENDER_MALE" } }), { pg: "danal", isMobile: false });
  assert.equal(r.ok, true);
  assert.deepEqual(r.value.customer, { phoneNumber: "01012345678", gender: "MALE" });
  assert.deepEqual(tuples(r), [["customer.phoneNumber", "invalid_format", "warning"]]);
  const again = mod.checkIdentityVerification(r.value, { pg: "danal", isMobile: false });
  assert.deepEqual(again.issues, []);
  assert.deepEqual(again.value, r.value);
});

test("no message echoes a phone number, name or birth date", () => {
  const v1 = mod.checkCertification(cert({ name: 4111, phone: "010-9876-54xx", carrier: "홍길동", min_age: "19900101" }), { pg: "inicis", isMobile: true });
  const v2 = mod.checkIdentityVerification(idv({
    customer: { phoneNumber: "010-9876-54xx", fullName: 19900101, firstName: "홍길동", birthYear: 1990, customerId: "x".repeat(201) },
    bypass: { danal: { IsCarrier: "010-9876-5432", CPTITLE: 7 } },
  }), { pg: "danal", isMobile: true });
  assert.ok(v1.issues.length >= 4 && v2.issues.length >= 5);
  for (const locale of ["ko", "en"]) {
    for (const r of [
      mod.checkCertification(cert({ name: 4111, phone: "010-9876-54xx", carrier: "홍길동", min_age: "19900101" }), { pg: "inicis", isMobile: true, locale }),
      mod.checkIdentityVerification(idv({ customer: { phoneNumber: "010-9876-54xx", fullName: 19900101, firstName: "홍길동", birthYear: 1990 }, bypass: { danal: { IsCarrier: "010-9876-5432" } } }), { pg: "danal", locale }),
    ]) {
      for (const i of r.issues) {
        for (const secret of ["9876", "홍길동", "19900101", "1990", "4111"]) {
          assert.ok(!i.message.includes(secret), `${i.path}: ${i.message}`);
        }
      }
    }
  }
});

test("requestCertification: IMP.init once, IMP.certification once with the normalized object, the callback's answer", async () => {
  const imp = fakeImp();
  const rsp = await mod.requestCertification(cert({ extra: undefined }), { pg: "danal", isMobile: true, impCode: "imp00000000" });
  assert.deepEqual(rsp, { success: true, imp_uid: "imp_1", merchant_uid: "ORD20180131-0000011" });
  assert.deepEqual(imp.calls, [cert()]);
  await mod.requestCertification(cert({ merchant_uid: "ORD2" }), { pg: "danal", isMobile: true, impCode: "imp00000000" });
  assert.deepEqual(imp.inits, ["imp00000000"]);
  assert.equal(imp.calls.length, 2);
  delete globalThis.IMP;
});

test("requestCertification: invalid → rejects with the issues, nothing called; no IMP → sdk_not_loaded; a throwing SDK → sdk_error", async () => {
  const imp = fakeImp();
  await assert.rejects(mod.requestCertification(cert({ carrier: "KT" }), { pg: "danal", isMobile: true }), (e) => {
    assert.ok(e instanceof mod.PortoneGuardError);
    assert.equal(e.code, "invalid_value");
    assert.equal(e.issues[0].path, "carrier");
    return true;
  });
  assert.equal(imp.calls.length, 0);
  delete globalThis.IMP;
  await assert.rejects(mod.requestCertification(cert(), { pg: "danal", isMobile: true }), (e) => e.code === "sdk_not_loaded");
  const boom = new TypeError("iamport bug");
  fakeImp(() => { throw boom; });
  await assert.rejects(mod.requestCertification(cert(), { pg: "danal", isMobile: true }), (e) => {
    assert.equal(e.code, "sdk_error");
    assert.equal(e.cause, boom);
    return true;
  });
  // the id was freed: the next call goes through
  fakeImp();
  assert.equal((await mod.requestCertification(cert(), { pg: "danal", isMobile: true })).success, true);
  delete globalThis.IMP;
});

test("requestCertification: one call per merchant_uid at a time (apart from requestPay's), timeoutMs frees it", async () => {
  let answer;
  const imp = fakeImp((p, cb) => { answer = cb; });
  const first = mod.requestCertification(cert(), { pg: "danal", isMobile: true });
  await assert.rejects(mod.requestCertification(cert(), { pg: "danal", isMobile: true }), (e) => e.code === "in_flight");
  assert.equal(imp.calls.length, 1);
  answer({ success: false, merchant_uid: cert().merchant_uid, error_msg: "cancelled" });
  assert.equal((await first).success, false);
  fakeImp(() => {});
  await assert.rejects(mod.requestCertification(cert(), { pg: "danal", isMobile: true, timeoutMs: 20 }), (e) => e.code === "timeout");
  await assert.rejects(mod.requestCertification(cert(), { pg: "danal", isMobile: true, timeoutMs: null }), (e) => {
    assert.equal(e.code, "invalid_value");
    assert.equal(e.issues[0].path, "timeoutMs");
    return true;
  });
  // a pending certification does not block a payment with the same merchant_uid
  globalThis.IMP.request_pay = (p, cb) => cb({ success: true, merchant_uid: p.merchant_uid });
  const pending = mod.requestCertification(cert(), { pg: "danal", isMobile: true, timeoutMs: 50 });
  const paid = await mod.requestPay({ channelKey: "c", pay_method: "card", merchant_uid: cert().merchant_uid, amount: 1004 }, { pg: "kcp" });
  assert.equal(paid.success, true);
  await assert.rejects(pending, (e) => e.code === "timeout");
  delete globalThis.IMP;
});

test("requestIdentityVerification: options.sdk called once with the normalized request; the answer as is (undefined on redirect)", async () => {
  const seen = [];
  const sdk = {
    requestIdentityVerification: async (r) => {
      seen.push(r);
      return r.redirectUrl ? undefined : { transactionType: "IDENTITY_VERIFICATION", identityVerificationId: r.identityVerificationId, identityVerificationTxId: "tx", code: "FAILURE_TYPE_PG" };
    },
  };
  const rsp = await mod.requestIdentityVerification(idv({ customer: { phoneNumber: "010-1234-5678" } }), { pg: "danal", isMobile: false, sdk });
  assert.equal(rsp.code, "FAILURE_TYPE_PG");
  assert.equal(seen.length, 1);
  assert.equal(seen[0].customer.phoneNumber, "01012345678");
  const none = await mod.requestIdentityVerification(idv({ identityVerificationId: "iv2", redirectUrl: "https://example.com/identity-verification-redirect" }), { pg: "danal", isMobile: true, sdk });
  assert.equal(none, undefined);
  assert.equal(seen.length, 2);
});

test("requestIdentityVerification: invalid → nothing called; no SDK → sdk_not_loaded; a rejecting SDK → sdk_error; in flight; timeout", async () => {
  let called = 0;
  const sdk = { requestIdentityVerification: async () => { called++; } };
  await assert.rejects(mod.requestIdentityVerification(idv({ customData: {} }), { pg: "danal", sdk }), (e) => {
    assert.ok(e instanceof mod.PortoneGuardError);
    assert.equal(e.issues[0].path, "customData");
    return true;
  });
  assert.equal(called, 0);
  await assert.rejects(mod.requestIdentityVerification(idv(), { pg: "danal" }), (e) => e.code === "sdk_not_loaded");
  const closed = new Error("closed");
  await assert.rejects(mod.requestIdentityVerification(idv(), { pg: "danal", sdk: { requestIdentityVerification: () => Promise.reject(closed) } }), (e) => {
    assert.equal(e.code, "sdk_error");
    assert.equal(e.cause, closed);
    return true;
  });
  await assert.rejects(mod.requestIdentityVerification(idv(), { pg: "danal", get sdk() { throw closed; } }), (e) => {
    assert.equal(e.code, "sdk_error");
    assert.equal(e.issues[0].path, "options.sdk");
    return true;
  });
  const never = { requestIdentityVerification: () => new Promise(() => {}) };
  const first = mod.requestIdentityVerification(idv(), { pg: "danal", sdk: never, timeoutMs: 30 });
  await assert.rejects(mod.requestIdentityVerification(idv(), { pg: "danal", sdk: never }), (e) => e.code === "in_flight");
  await assert.rejects(first, (e) => e.code === "timeout");
  // freed after the timeout
  assert.deepEqual(await mod.requestIdentityVerification(idv(), { pg: "danal", sdk: { requestIdentityVerification: async () => ({ ok: 1 }) } }), { ok: 1 });
  // globalThis.PortOne when no options.sdk
  globalThis.PortOne = { requestIdentityVerification: async (r) => r.identityVerificationId };
  assert.equal(await mod.requestIdentityVerification(idv(), { pg: "danal" }), "identity-verification-39ecfa97");
  delete globalThis.PortOne;
});

test("identity checks answer hostile values with issues and never throw; request* only reject", async () => {
  const cyclic = idv(); cyclic.customer = { self: cyclic };
  const hostile = [null, 42, [], cyclic, idv({ customData: NaN }), Object.defineProperty(idv(), "storeId", { get() { throw new Error("x"); }, enumerable: true }), cert({ min_age: 10n })];
  for (const h of hostile) {
    for (const f of [mod.checkCertification, mod.checkIdentityVerification]) {
      const r = f(h, { pg: "danal" });
      assert.equal(r.ok, false);
      assert.ok(r.issues.length > 0);
    }
    await assert.rejects(mod.requestCertification(h, { pg: "danal" }));
    await assert.rejects(mod.requestIdentityVerification(h, { pg: "danal", sdk: {} }));
  }
});

test("gateways() lists the identity-verification windows", () => {
  const all = mod.gateways();
  const danal = all.find((g) => g.id === "danal");
  assert.deepEqual(danal.certification.pgCodes, ["danal"]);
  assert.deepEqual(danal.certification.extraKeys, ["min_age", "name", "phone", "carrier"]);
  assert.equal(danal.identityVerification.bypassKey, "danal");
  assert.deepEqual(danal.identityVerification.bypass, ["CPTITLE", "AGELIMIT", "IsCarrier"]);
  const unified = all.find((g) => g.id === "inicis_unified");
  assert.equal(unified.v1, null);
  assert.equal(unified.v2, null);
  assert.equal(unified.identityVerification.bypassKey, "inicisUnified");
  assert.equal(all.find((g) => g.id === "kcp").identityVerification.bypassKey, "kcpV2");
  assert.equal(all.find((g) => g.id === "kpn").certification, null);
});
