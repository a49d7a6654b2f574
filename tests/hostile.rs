//! Browser tests of issue #8 (headless Chromium via `wasm-pack test --headless --chrome`):
//! hostile callers and failing SDKs.
//!
//! - Hostile values (cycles, throwing getters, Proxies with throwing traps and revoked ones,
//!   frozen objects, class instances, Symbol keys, `__proto__`/`constructor`/`prototype` keys,
//!   10 MB strings, nesting 100 000 deep, sparse arrays, BigInt, -0, NaN, ±Infinity, 2^53+1,
//!   1e21) into `checkRequestPay`, `checkPayment`, `checkLoadPaymentUI` and `parseCardQuota`:
//!   each call returns a result (never a trap, panic or uncaught TypeError) within 2 s, and the
//!   next valid call works.
//! - No double submit: a second `requestPay` / `requestPayment` / `requestIssueBillingKey…` for
//!   an order id still in flight rejects at once with `in_flight` and never reaches the SDK; once
//!   the first settles (either way) the id is free again.
//! - A failing SDK always ends in a typed outcome: missing global, a loader whose methods
//!   reject, a method that throws, a v1 callback never called (`options.timeoutMs` → `timeout`,
//!   id freed), a response with `code` (resolves with it).
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Function, Reflect, JSON};
use portone_guard::wasm::{
    check_load_payment_ui, check_payment, check_request_pay, parse_card_quota, request_issue_billing_key,
    request_issue_billing_key_and_pay, request_pay, request_payment,
};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn js(src: &str) -> JsValue {
    Function::new_no_args(src).call0(&JsValue::NULL).expect("test script")
}
fn get(v: &JsValue, path: &str) -> JsValue {
    path.split('.').fold(v.clone(), |o, k| {
        Reflect::get(&o, &k.into()).unwrap_or(JsValue::UNDEFINED)
    })
}
fn stringify(v: &JsValue) -> String {
    JSON::stringify(v).map(String::from).unwrap_or_default()
}
fn now() -> f64 {
    js("return performance.now();").as_f64().expect("performance.now")
}
fn code(err: &JsValue) -> String {
    get(err, "code").as_string().unwrap_or_default()
}
fn opts<T: JsCast>(src: &str) -> Option<T> {
    Some(js(&["return ", src, ";"].concat()).unchecked_into())
}

const V1_OK: &str = "{ pg: 'kcp.T0000', pay_method: 'card', merchant_uid: 'order_ok', name: '주문', amount: 1004, buyer_tel: '010-1234-5678', m_redirect_url: 'https://shop.example/done' }";
const V2_OK: &str = "{ storeId: 'store-4ff4af41-85e3-4559-8eb8-0d08a2c6ceec', channelKey: 'channel-key-9987cb87-6458-4888-b94e-68d9a2da896d', paymentId: 'payment8f3k2l9x', orderName: '주문', totalAmount: 1000, currency: 'KRW', payMethod: 'CARD' }";

/// The PayPal guide's `loadPaymentUI` example.
const PAYPAL_OK: &str = "{ uiType: 'PAYPAL_SPB', storeId: 'store-4ff4af41-85e3-4559-8eb8-0d08a2c6ceec', channelKey: 'channel-key-893597d6-e62d-410f-83f9-119f530b4b11', paymentId: 'payment-1', orderName: '주문', totalAmount: 1000, currency: 'KRW' }";

/// Hostile values, each as JavaScript source returning the value.
const HOSTILE: &[(&str, &str)] = &[
    ("cyclic", "const o = { a: 1 }; o.self = o; return o;"),
    ("cyclic array", "const a = [1]; a.push(a); return a;"),
    ("throwing getter", "return Object.defineProperty({}, 'x', { enumerable: true, get() { throw new TypeError('no'); } });"),
    ("proxy with throwing traps", "const t = () => { throw new TypeError('trap'); }; return new Proxy({}, { get: t, ownKeys: t, getOwnPropertyDescriptor: t, getPrototypeOf: t, has: t });"),
    ("proxy of an array with throwing traps", "const t = () => { throw new TypeError('trap'); }; return new Proxy([1, 2], { get: t, ownKeys: t });"),
    ("revoked proxy", "const p = Proxy.revocable({}, {}); p.revoke(); return p.proxy;"),
    ("frozen object", "return Object.freeze({ a: Object.freeze([1, 2]) });"),
    ("class instance", "class Order { constructor() { this.amount = 1; } get total() { throw new Error('x'); } }; return new Order();"),
    ("class with toStringTag", "class Weird { get [Symbol.toStringTag]() { throw new Error('tag'); } }; return new Weird();"),
    ("symbol keys", "return { [Symbol('secret')]: 1, [Symbol.iterator]: function* () {} };"),
    ("__proto__ key", "return JSON.parse('{\"__proto__\": {\"polluted\": 1}, \"constructor\": {\"prototype\": {\"polluted\": 1}}, \"prototype\": {\"polluted\": 1}}');"),
    ("10 MB string", "return 'x'.repeat(10 * 1024 * 1024);"),
    ("10 MB in a field", "return { a: '가'.repeat(10 * 1024 * 1024) };"),
    ("nesting 100 000 deep", "let o = {}; const root = o; for (let i = 0; i < 100000; i++) { o.a = {}; o = o.a; } return root;"),
    ("arrays 100 000 deep", "let a = []; const root = a; for (let i = 0; i < 100000; i++) { const b = []; a.push(b); a = b; } return root;"),
    ("sparse array", "const a = [, , 'x']; a[50] = 1; return a;"),
    ("huge sparse array", "return new Array(50000000);"),
    ("BigInt", "return 10n ** 30n;"),
    ("-0", "return -0;"),
    ("NaN", "return NaN;"),
    ("Infinity", "return Infinity;"),
    ("-Infinity", "return -Infinity;"),
    ("2^53+1", "return 2 ** 53 + 1;"),
    ("1e21", "return 1e21;"),
    ("Symbol", "return Symbol('s');"),
    ("function", "return () => 1;"),
    ("Map", "return new Map([[1, 2]]);"),
    ("Date", "return new Date(0);"),
    ("typed array", "return new Uint8Array(16);"),
    ("Promise", "return Promise.resolve(1);"),
    ("arguments", "return (function () { return arguments; })(1, 2);"),
    ("null-prototype object", "const o = Object.create(null); o.a = 1; return o;"),
];

/// Builds a request with the hostile value in several places: the whole request, a field the
/// checks read, `custom_data` / `customData` (free-form), and `bypass`.
fn placements(base: &str, field: &str, free: &str, hostile: &str) -> Vec<JsValue> {
    let h = ["(() => { ", hostile, " })()"].concat();
    vec![
        js(&["return ", &h, ";"].concat()),
        js(&["const r = ", base, "; r.", field, " = ", &h, "; return r;"].concat()),
        js(&["const r = ", base, "; r.", free, " = ", &h, "; return r;"].concat()),
        js(&["const r = ", base, "; r.bypass = ", &h, "; return r;"].concat()),
    ]
}

fn assert_result(res: &JsValue, what: &str) {
    assert!(get(res, "ok").as_bool().is_some(), "{what}: no ok flag");
    let issues = get(res, "issues");
    assert!(Array::is_array(&issues), "{what}: no issues array");
    for i in Array::from(&issues).iter() {
        for key in ["path", "code", "severity", "message"] {
            assert!(get(&i, key).is_string(), "{what}: issue without {key}");
        }
    }
}

fn timed(what: &str, f: impl FnOnce() -> JsValue) -> JsValue {
    let t0 = now();
    let res = f();
    let ms = now() - t0;
    assert!(ms < 2000.0, "{what}: took {ms} ms");
    res
}

fn assert_no_pollution(what: &str) {
    let polluted = js("return ({}).polluted !== undefined || Object.prototype.hasOwnProperty('polluted') || Object.keys(Object.prototype).length > 0 || typeof Object.prototype.prototype !== 'undefined';");
    assert_eq!(polluted, JsValue::FALSE, "{what}: Object.prototype polluted");
}

#[wasm_bindgen_test]
fn hostile_values_give_bounded_results_in_every_check() {
    for (name, src) in HOSTILE {
        for (i, req) in placements(V1_OK, "amount", "custom_data", src).into_iter().enumerate() {
            let what = [name, " (v1, placement ", &i.to_string(), ")"].concat();
            let res = timed(&what, || check_request_pay(req, opts("{ pg: 'kcp', isMobile: false }")));
            assert_result(&res, &what);
            assert_no_pollution(&what);
            let ok = check_request_pay(js(&["return ", V1_OK, ";"].concat()), opts("{ isMobile: false }"));
            assert_eq!(
                get(&ok, "ok"),
                JsValue::TRUE,
                "{what}: next valid call fails: {}",
                stringify(&ok)
            );
        }
        for (i, req) in placements(V2_OK, "totalAmount", "customData", src)
            .into_iter()
            .enumerate()
        {
            let what = [name, " (v2, placement ", &i.to_string(), ")"].concat();
            let res = timed(&what, || check_payment(req, opts("{ pg: 'kpn', isMobile: false }")));
            assert_result(&res, &what);
            assert_no_pollution(&what);
            let ok = check_payment(
                js(&["return ", V2_OK, ";"].concat()),
                opts("{ pg: 'kpn', isMobile: false }"),
            );
            assert_eq!(
                get(&ok, "ok"),
                JsValue::TRUE,
                "{what}: next valid call fails: {}",
                stringify(&ok)
            );
        }
        for (i, req) in placements(PAYPAL_OK, "totalAmount", "customData", src)
            .into_iter()
            .enumerate()
        {
            let what = [name, " (loadPaymentUI, placement ", &i.to_string(), ")"].concat();
            let paypal = || opts("{ pg: 'paypal_v2', isMobile: false }");
            let res = timed(&what, || check_load_payment_ui(req, paypal()));
            assert_result(&res, &what);
            assert_no_pollution(&what);
            let ok = check_load_payment_ui(js(&["return ", PAYPAL_OK, ";"].concat()), paypal());
            assert_eq!(get(&ok, "ok"), JsValue::TRUE, "{what}: next valid call fails");
        }
        let what = [name, " (parseCardQuota)"].concat();
        let res = timed(&what, || parse_card_quota(js(src), None));
        assert_result(&res, &what);
        assert_eq!(get(&res, "ok"), JsValue::FALSE, "{what}: not a CARDQUOTA text");
        let ok = parse_card_quota(JsValue::from_str("CCBC-0:2:3"), None);
        assert_eq!(get(&ok, "ok"), JsValue::TRUE, "{what}: next valid call fails");
        // options can be hostile too
        let res = timed(&what, || {
            check_request_pay(
                js(&["return ", V1_OK, ";"].concat()),
                opts(&["(() => { ", src, " })()"].concat()),
            )
        });
        assert_result(&res, &what);
    }
}

/// Values the checks read must be reported, not passed on: every hostile value in `amount` /
/// `totalAmount` is an error, and as the whole request too.
#[wasm_bindgen_test]
fn hostile_values_where_a_number_or_request_belongs_are_errors() {
    for (name, src) in HOSTILE {
        let [whole, field, _, _] =
            <[JsValue; 4]>::try_from(placements(V1_OK, "amount", "custom_data", src)).expect("4");
        for (what, req) in [("whole", whole), ("amount", field)] {
            if *name == "-0" && what == "amount" {
                continue; // -0 reads as 0, a valid amount
            }
            let res = check_request_pay(req, opts("{ pg: 'kcp', isMobile: false }"));
            assert_eq!(get(&res, "ok"), JsValue::FALSE, "{name} as {what}: {}", stringify(&res));
        }
    }
}

#[wasm_bindgen_test]
fn symbol_keys_are_reported_and_special_keys_stay_data() {
    let res = check_request_pay(
        js(&[
            "const r = ",
            V1_OK,
            "; r[Symbol('x')] = 1; r.custom_data = { [Symbol('y')]: 2, keep: 1 }; return r;",
        ]
        .concat()),
        opts("{ isMobile: false, locale: 'en' }"),
    );
    assert_eq!(get(&res, "ok"), JsValue::TRUE, "{}", stringify(&res));
    let issues = stringify(&get(&res, "issues"));
    assert!(issues.contains(r#""path":"","code":"unknown_field""#), "{issues}");
    assert!(
        issues.contains(r#""path":"custom_data","code":"unknown_field""#),
        "{issues}"
    );
    assert!(issues.contains("Symbol"), "{issues}");
    assert_eq!(stringify(&get(&res, "value.custom_data")), r#"{"keep":1}"#);

    // `__proto__`, `constructor`, `prototype` as own keys: data, never prototype changes
    let res = check_request_pay(
        js(&["const r = Object.assign(", V1_OK, ", JSON.parse('{\"custom_data\": {\"__proto__\": {\"polluted\": 1}, \"constructor\": {\"prototype\": {\"polluted\": 2}}}}')); return r;"].concat()),
        opts("{ isMobile: false }"),
    );
    assert_no_pollution("custom_data with __proto__");
    assert_eq!(get(&res, "ok"), JsValue::TRUE, "{}", stringify(&res));
    let data = get(&res, "value.custom_data");
    let own = js("return (d) => Object.prototype.hasOwnProperty.call(d, '__proto__') && Object.getPrototypeOf(d) === Object.prototype;")
        .unchecked_into::<Function>()
        .call1(&JsValue::NULL, &data)
        .expect("call");
    assert_eq!(own, JsValue::TRUE, "__proto__ kept as an own data key");
    let top = check_request_pay(
        js(&[
            "return Object.assign(JSON.parse('{\"__proto__\": {\"polluted\": 1}}'), ",
            V1_OK,
            ");",
        ]
        .concat()),
        opts("{ isMobile: false }"),
    );
    assert_no_pollution("top-level __proto__");
    let issues = stringify(&get(&top, "issues"));
    assert!(
        issues.contains(r#""path":"__proto__","code":"unknown_field""#),
        "{issues}"
    );
}

#[wasm_bindgen_test]
fn frozen_requests_check_and_are_not_touched() {
    let req = js(&["return Object.freeze(", V1_OK, ");"].concat());
    let before = stringify(&req);
    let res = check_request_pay(req.clone(), opts("{ isMobile: false }"));
    assert_eq!(get(&res, "ok"), JsValue::TRUE);
    assert_eq!(stringify(&req), before);
}

// ---- no double submit; failing SDKs ----

/// A v2 SDK whose promises settle only when the test says so: `window[name].settle(i, how)`.
fn pending_sdk(name: &str) -> JsValue {
    js(&[
        "const sdk = { calls: [], pending: [],
          settle(i, ok) { const p = this.pending[i]; ok ? p.resolve({ transactionType: 'PAYMENT', txId: 't', paymentId: p.r.paymentId }) : p.reject(new Error('closed')); } };
        for (const m of ['requestPayment', 'requestIssueBillingKey', 'requestIssueBillingKeyAndPay']) {
          sdk[m] = function (r) { this.calls.push([m, r]); return new Promise((resolve, reject) => this.pending.push({ r, resolve, reject })); };
        }
        window['", name, "'] = sdk; return sdk;",
    ]
    .concat())
}

fn calls(sdk: &JsValue) -> u32 {
    Array::from(&get(sdk, "calls")).length()
}

fn v2_req(id_key: &str, id: &str, extra: &str) -> JsValue {
    js(&[
        "const r = ",
        V2_OK,
        "; delete r.paymentId; r['",
        id_key,
        "'] = '",
        id,
        "'; Object.assign(r, ",
        extra,
        "); return r;",
    ]
    .concat())
}

fn v2_opts<T: JsCast>(sdk: &str, extra: &str) -> Option<T> {
    opts(&["{ pg: 'kpn', isMobile: false, sdk: window['", sdk, "']", extra, " }"].concat())
}

#[wasm_bindgen_test]
async fn a_second_payment_for_an_id_in_flight_rejects_at_once() {
    let sdk = pending_sdk("__pending");
    let first = request_payment(v2_req("paymentId", "dup1", "{}"), v2_opts("__pending", ""));
    let second = JsFuture::from(request_payment(
        v2_req("paymentId", "dup1", "{}"),
        v2_opts("__pending", ""),
    ))
    .await
    .expect_err("second rejects");
    assert_eq!(code(&second), "in_flight");
    assert_eq!(get(&second, "name"), JsValue::from_str("PortoneGuardError"));
    assert_eq!(calls(&sdk), 1, "the SDK is not called twice");
    // another id is not blocked
    let other = request_payment(v2_req("paymentId", "dup2", "{}"), v2_opts("__pending", ""));
    assert_eq!(calls(&sdk), 2);
    // settle the first: resolves, id free again
    js("window.__pending.settle(0, true);");
    let rsp = JsFuture::from(first).await.expect("first resolves");
    assert_eq!(get(&rsp, "paymentId"), JsValue::from_str("dup1"));
    let third = request_payment(v2_req("paymentId", "dup1", "{}"), v2_opts("__pending", ""));
    assert_eq!(calls(&sdk), 3, "id free after resolve");
    // a rejection frees the id too
    js("window.__pending.settle(2, false); window.__pending.settle(1, true);");
    let err = JsFuture::from(third).await.expect_err("rejects");
    assert_eq!(code(&err), "sdk_error");
    JsFuture::from(other).await.expect("other resolves");
    let fourth = request_payment(v2_req("paymentId", "dup1", "{}"), v2_opts("__pending", ""));
    assert_eq!(calls(&sdk), 4, "id free after reject");
    js("window.__pending.settle(3, true);");
    JsFuture::from(fourth).await.expect("resolves");
}

#[wasm_bindgen_test]
async fn billing_key_calls_are_guarded_by_their_ids() {
    let sdk = pending_sdk("__billing");
    let billing = || {
        js(&[
            "const r = ", V2_OK, "; delete r.paymentId; delete r.orderName; delete r.totalAmount; delete r.currency; delete r.payMethod;",
            "r.billingKeyMethod = 'CARD'; r.issueId = 'issue1'; r.issueName = '정기'; r.customer = { customerId: 'c1', fullName: '홍길동' }; return r;",
        ]
        .concat())
    };
    let first = request_issue_billing_key(billing(), v2_opts("__billing", ""));
    assert_eq!(calls(&sdk), 1, "the billing-key request passed its checks");
    let err = JsFuture::from(request_issue_billing_key(billing(), v2_opts("__billing", "")))
        .await
        .expect_err("in flight");
    assert_eq!(code(&err), "in_flight");
    assert_eq!(calls(&sdk), 1);
    js("window.__billing.settle(0, true);");
    JsFuture::from(first).await.expect("resolves");
    // billing key and pay is guarded by its paymentId
    let pay = || {
        v2_req(
            "paymentId",
            "bkpay1",
            "{ billingKeyAndPayMethod: 'MOBILE', productType: 'DIGITAL' }",
        )
    };
    let first = request_issue_billing_key_and_pay(pay(), opts("{ isMobile: false, sdk: window.__billing }"));
    assert_eq!(calls(&sdk), 2, "the billing-and-pay request passed its checks");
    let err = JsFuture::from(request_issue_billing_key_and_pay(
        pay(),
        opts("{ isMobile: false, sdk: window.__billing }"),
    ))
    .await
    .expect_err("in flight");
    assert_eq!(code(&err), "in_flight");
    assert_eq!(calls(&sdk), 2);
    js("window.__billing.settle(1, false);");
    assert_eq!(code(&JsFuture::from(first).await.expect_err("rejected")), "sdk_error");
    let again = request_issue_billing_key_and_pay(pay(), opts("{ isMobile: false, sdk: window.__billing }"));
    assert_eq!(calls(&sdk), 3, "id free after the rejection");
    js("window.__billing.settle(2, true);");
    JsFuture::from(again).await.expect("resolves");
}

/// A v1 `IMP` whose callback is never called.
fn silent_imp() {
    js("window.IMP = { calls: 0, init() {}, request_pay(p, cb) { this.calls++; window.__cb = cb; } };");
}

#[wasm_bindgen_test]
async fn v1_double_submit_and_a_callback_that_never_comes() {
    silent_imp();
    let req = || js(&["const r = ", V1_OK, "; r.merchant_uid = 'v1dup'; return r;"].concat());
    let first = request_pay(req(), opts("{ isMobile: false, timeoutMs: 50 }"));
    let err = JsFuture::from(request_pay(req(), opts("{ isMobile: false }")))
        .await
        .expect_err("in flight");
    assert_eq!(code(&err), "in_flight");
    assert_eq!(get(&js("return window.IMP;"), "calls").as_f64(), Some(1.0));
    let t0 = now();
    let err = JsFuture::from(first).await.expect_err("times out");
    assert_eq!(code(&err), "timeout");
    assert!(now() - t0 < 2000.0);
    // the id is free again; a late callback after the timeout changes nothing
    js("window.__cb({ success: true });");
    let again = request_pay(req(), opts("{ isMobile: false }"));
    assert_eq!(get(&js("return window.IMP;"), "calls").as_f64(), Some(2.0));
    js("window.__cb({ success: false, error_code: 'F400', error_msg: 'closed', merchant_uid: 'v1dup' });");
    // a v1 failure response resolves with it (as the SDK's callback does)
    let rsp = JsFuture::from(again).await.expect("resolves");
    assert_eq!(get(&rsp, "success"), JsValue::FALSE);
    assert_eq!(get(&rsp, "error_code"), JsValue::from_str("F400"));
}

#[wasm_bindgen_test]
async fn v2_timeout_rejects_and_frees_the_id() {
    let sdk = pending_sdk("__slow");
    let err = JsFuture::from(request_payment(
        v2_req("paymentId", "slow1", "{}"),
        v2_opts("__slow", ", timeoutMs: 30"),
    ))
    .await
    .expect_err("times out");
    assert_eq!(code(&err), "timeout");
    let next = request_payment(
        v2_req("paymentId", "slow1", "{}"),
        v2_opts("__slow", ", timeoutMs: 5000"),
    );
    assert_eq!(calls(&sdk), 2, "id free after timeout");
    js("window.__slow.settle(1, true);");
    JsFuture::from(next).await.expect("resolves before its timeout");
}

#[wasm_bindgen_test]
async fn a_bad_timeout_rejects_before_the_sdk_is_called() {
    let sdk = pending_sdk("__badtimeout");
    for bad in ["0", "-1", "NaN", "'100'", "{}", "null"] {
        let err = JsFuture::from(request_payment(
            v2_req("paymentId", "bt1", "{}"),
            v2_opts("__badtimeout", &[", timeoutMs: ", bad].concat()),
        ))
        .await
        .expect_err("rejects");
        assert_eq!(code(&err), "invalid_value", "timeoutMs {bad}");
        assert_eq!(
            get(&Array::from(&get(&err, "issues")).get(0), "path"),
            JsValue::from_str("timeoutMs")
        );
    }
    assert_eq!(calls(&sdk), 0);
    silent_imp();
    let err = JsFuture::from(request_pay(
        js(&["return ", V1_OK, ";"].concat()),
        opts("{ isMobile: false, timeoutMs: -5 }"),
    ))
    .await
    .expect_err("rejects");
    assert_eq!(code(&err), "invalid_value");
    assert_eq!(get(&js("return window.IMP;"), "calls").as_f64(), Some(0.0));
}

#[wasm_bindgen_test]
async fn failing_sdks_end_in_typed_outcomes_and_free_the_id() {
    // missing global (v1 and v2)
    js("delete window.IMP; delete window.PortOne;");
    let err = JsFuture::from(request_pay(
        js(&["return ", V1_OK, ";"].concat()),
        opts("{ isMobile: false }"),
    ))
    .await
    .expect_err("rejects");
    assert_eq!(code(&err), "sdk_not_loaded");
    let err = JsFuture::from(request_payment(
        v2_req("paymentId", "fail1", "{}"),
        opts("{ pg: 'kpn', isMobile: false }"),
    ))
    .await
    .expect_err("rejects");
    assert_eq!(code(&err), "sdk_not_loaded");
    // a loader whose methods reject (the CDN script could not load)
    js("window.__loader = { calls: 0, requestPayment() { this.calls++; return Promise.reject(new Error('load failed')); } };");
    let err = JsFuture::from(request_payment(
        v2_req("paymentId", "fail1", "{}"),
        v2_opts("__loader", ""),
    ))
    .await
    .expect_err("rejects");
    assert_eq!(code(&err), "sdk_error");
    assert_eq!(get(&err, "cause.message"), JsValue::from_str("load failed"));
    // a method that throws
    js("window.__thrower = { calls: 0, requestPayment() { this.calls++; throw new TypeError('bad sdk'); } };");
    let err = JsFuture::from(request_payment(
        v2_req("paymentId", "fail1", "{}"),
        v2_opts("__thrower", ""),
    ))
    .await
    .expect_err("rejects");
    assert_eq!(code(&err), "sdk_error");
    assert_eq!(get(&err, "cause.message"), JsValue::from_str("bad sdk"));
    js("window.IMP = { request_pay() { throw new Error('v1 boom'); } };");
    let err = JsFuture::from(request_pay(
        js(&["return ", V1_OK, ";"].concat()),
        opts("{ isMobile: false }"),
    ))
    .await
    .expect_err("rejects");
    assert_eq!(code(&err), "sdk_error");
    // a method that returns a non-promise: wrapped
    js("window.__plain = { requestPayment(r) { return { transactionType: 'PAYMENT', paymentId: r.paymentId, code: 'FAILURE_TYPE_PG', message: 'declined' }; } };");
    let rsp = JsFuture::from(request_payment(
        v2_req("paymentId", "fail1", "{}"),
        v2_opts("__plain", ""),
    ))
    .await
    .expect("a response with code resolves");
    assert_eq!(get(&rsp, "code"), JsValue::from_str("FAILURE_TYPE_PG"));
    // after all of these the id was never left claimed
    let sdk = pending_sdk("__after");
    let p = request_payment(v2_req("paymentId", "fail1", "{}"), v2_opts("__after", ""));
    assert_eq!(calls(&sdk), 1);
    js("window.__after.settle(0, true);");
    JsFuture::from(p).await.expect("resolves");
    // the same for merchant_uid after v1 failures
    silent_imp();
    let p = request_pay(
        js(&["return ", V1_OK, ";"].concat()),
        opts("{ isMobile: false, timeoutMs: 20 }"),
    );
    assert_eq!(get(&js("return window.IMP;"), "calls").as_f64(), Some(1.0));
    assert_eq!(code(&JsFuture::from(p).await.expect_err("timeout")), "timeout");
}
