//! Browser tests (headless Chromium via `wasm-pack test --headless --chrome`): the JavaScript-
//! facing contract of issue #2 — a clean KCP request reaches a stand-in `window.IMP.request_pay`
//! exactly once, normalized; an invalid one rejects with its issues and never reaches it; no
//! `window.IMP` rejects with `sdk_not_loaded`; hostile JavaScript values come back as issues and
//! the module keeps working. Rules: NHN KCP guide (`opi/ko/integration/pg/v1/nhn-kcp/readme.mdx`);
//! Kiwoom Pay guide (`opi/ko/integration/pg/v1/daou/readme.mdx`) for `bypass.daou.CARDQUOTA`.
//!
//! v2 (issue #4): a clean KPN request reaches a stand-in SDK object's `requestPayment` exactly
//! once, normalized (`CURRENCY_KRW` → `KRW`); an invalid one never reaches it; `options.sdk` beats
//! `window.PortOne`; without either the promise rejects with `sdk_not_loaded`; the SDK's answer
//! (`undefined` after a redirect, a response with `code`) comes back untouched. Rules: KPN guide
//! (`opi/ko/integration/pg/v2/kpn.mdx`, seed `002_7afb9234ca106af3.txt`).
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Function, Reflect, JSON};
use portone_guard::wasm::{
    card_quota_companies, check_issue_billing_key, check_load_issue_billing_key_ui, check_load_payment_ui,
    check_payment, check_request_pay, configure, format_card_quota, load_issue_billing_key_ui, load_payment_ui,
    parse_card_quota, request_issue_billing_key, request_issue_billing_key_and_pay, request_pay, request_payment,
    update_load_issue_billing_key_ui_request, update_load_payment_ui_request,
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

/// Installs a stand-in `window.IMP` that records calls and answers like the SDK's callback.
fn install_stand_in() {
    js(r#"
      window.IMP = {
        inits: [], calls: [],
        init(code) { this.inits.push(code); },
        request_pay(params, cb) {
          this.calls.push(JSON.parse(JSON.stringify(params)));
          setTimeout(() => cb({ success: true, imp_uid: "imp_123", merchant_uid: params.merchant_uid }), 0);
        }
      };
    "#);
}

fn kcp_request() -> JsValue {
    js(r#"return {
      channelKey: "channel-key-test", pay_method: "phone", merchant_uid: "order_1", name: "당근 10kg",
      amount: 1004, buyer_name: "홍길동", bypass: { shop_user_id: "member01" },
      prefill: { phoneNumber: "010-1234-5678" }, buyer_addr: undefined
    };"#)
}

fn opts<T: JsCast>(extra: &str) -> Option<T> {
    Some(js(&format!("return {{ pg: 'kcp', isMobile: false {extra} }};")).unchecked_into())
}

#[wasm_bindgen_test]
async fn clean_request_reaches_the_sdk_once_normalized() {
    install_stand_in();
    configure(js("return { impCode: 'imp00000000' };"));
    let rsp = JsFuture::from(request_pay(kcp_request(), opts("")))
        .await
        .expect("resolves");
    assert_eq!(get(&rsp, "imp_uid"), JsValue::from_str("imp_123"));
    let imp = get(&js("return window;"), "IMP");
    let calls: Array = get(&imp, "calls").into();
    assert_eq!(calls.length(), 1);
    let sent = calls.get(0);
    // normalized: dashes removed from prefill.phoneNumber, undefined dropped
    assert_eq!(get(&sent, "prefill.phoneNumber"), JsValue::from_str("01012345678"));
    assert!(!stringify(&sent).contains("buyer_addr"));
    assert_eq!(get(&sent, "amount").as_f64(), Some(1004.0));
    // IMP.init once with the configured code, also across payments
    JsFuture::from(request_pay(kcp_request(), opts("")))
        .await
        .expect("resolves");
    let inits: Array = get(&imp, "inits").into();
    assert_eq!(inits.length(), 1);
    assert_eq!(inits.get(0), JsValue::from_str("imp00000000"));
    configure(js("return { impCode: null };"));
}

#[wasm_bindgen_test]
async fn invalid_request_rejects_with_issues_and_never_calls_the_sdk() {
    install_stand_in();
    let bad = js("return { channelKey: 'c', pay_method: 'card', merchant_uid: 'o1', amount: '1004' };");
    let err = JsFuture::from(request_pay(bad, opts(", locale: 'en'")))
        .await
        .expect_err("rejects");
    assert_eq!(get(&err, "name"), JsValue::from_str("PortoneGuardError"));
    assert!(err.is_instance_of::<js_sys::Error>());
    let issues: Array = get(&err, "issues").into();
    assert_eq!(get(&issues.get(0), "path"), JsValue::from_str("amount"));
    assert_eq!(get(&issues.get(0), "code"), JsValue::from_str("invalid_type"));
    assert!(get(&err, "message").as_string().unwrap().contains("must be a number"));
    let calls: Array = get(&js("return window.IMP;"), "calls").into();
    assert_eq!(calls.length(), 0);
}

#[wasm_bindgen_test]
async fn missing_sdk_rejects_with_sdk_not_loaded() {
    js("delete window.IMP;");
    let err = JsFuture::from(request_pay(kcp_request(), opts("")))
        .await
        .expect_err("rejects");
    assert_eq!(get(&err, "code"), JsValue::from_str("sdk_not_loaded"));
    let issues: Array = get(&err, "issues").into();
    assert_eq!(get(&issues.get(0), "code"), JsValue::from_str("sdk_not_loaded"));
}

#[wasm_bindgen_test]
async fn a_throwing_sdk_rejects_with_sdk_error() {
    js("window.IMP = { request_pay() { throw new Error('boom'); } };");
    let err = JsFuture::from(request_pay(kcp_request(), opts("")))
        .await
        .expect_err("rejects");
    assert_eq!(get(&err, "code"), JsValue::from_str("sdk_error"));
    assert_eq!(get(&err, "cause.message"), JsValue::from_str("boom"));
}

#[wasm_bindgen_test]
fn check_result_has_the_contract_shape_and_locale() {
    let res = check_request_pay(
        js("return { channelKey: 'c', merchant_uid: 'o', amount: 1004, pay_method: 'samsungpay' };"),
        opts(""),
    );
    assert_eq!(get(&res, "ok"), JsValue::FALSE);
    assert_eq!(get(&res, "value"), JsValue::NULL);
    let issue = Array::from(&get(&res, "issues")).get(0);
    assert_eq!(get(&issue, "path"), JsValue::from_str("pay_method"));
    assert_eq!(get(&issue, "code"), JsValue::from_str("invalid_value"));
    assert_eq!(get(&issue, "severity"), JsValue::from_str("error"));
    assert!(get(&issue, "message").as_string().unwrap().contains("허용되지 않는 값"));
    let en = check_request_pay(
        js("return { channelKey: 'c', merchant_uid: 'o', amount: 1004, pay_method: 'samsungpay' };"),
        opts(", locale: 'en'"),
    );
    let msg = get(&Array::from(&get(&en, "issues")).get(0), "message")
        .as_string()
        .unwrap();
    assert!(msg.contains("Did you mean samsung?"), "{msg}");
}

/// The answer's `value` is a fresh plain object equal to what JSON would carry: the walker's
/// copy of the request, with the parts normalizing changed set from the core's edits (no JSON
/// round trip of the whole value). Both must look the same to the caller: a copy (not the caller's
/// objects), `-0` as `0`, an own `"__proto__"` key kept as data, escapes and astral characters
/// intact, and a normalized field normalized.
#[wasm_bindgen_test]
fn check_values_are_fresh_copies_equal_to_their_json() {
    let input = js(
        r#"const o = { channelKey: "c", pay_method: "card", merchant_uid: "o_1", amount: 1004,
      name: "당근 \"10kg\" \\ 🥕", custom_data: { z: -0, big: 1e21, list: [1, "two", null, { three: true }], "7": "seven" } };
      Object.defineProperty(o.custom_data, "__proto__", { value: { p: 1 }, enumerable: true, writable: true, configurable: true });
      return o;"#,
    );
    // records what JSON.parse is given: nothing for a request with nothing to normalize, only
    // the edit for a normalized one (the value itself never crosses as JSON text)
    js("globalThis.__parsed = []; const p = JSON.parse; globalThis.__jsonParse = p; JSON.parse = (t, ...a) => { globalThis.__parsed.push(String(t)); return p(t, ...a); };");
    let res = check_request_pay(input.clone(), opts(""));
    let parsed_clean = js("return globalThis.__parsed.join('|');");
    let v2 = check_payment(kpn_payment(), v2_opts(None));
    let parsed_normalized = js("JSON.parse = globalThis.__jsonParse; return globalThis.__parsed.join('|');");
    assert_eq!(
        parsed_clean,
        JsValue::from_str(""),
        "a request with nothing to normalize is answered from the copy"
    );
    assert_eq!(
        parsed_normalized,
        JsValue::from_str(r#"[[["currency"],"KRW"],[["customData"]]]"#),
        "a normalized request: the copy, one edit and the delete of its `undefined` key"
    );
    assert_eq!(get(&res, "ok"), JsValue::TRUE, "{}", stringify(&get(&res, "issues")));
    let value = get(&res, "value");
    let same = js("return (a, b) => JSON.stringify(a) === JSON.stringify(b) && a !== b && a.custom_data !== b.custom_data && a.custom_data.list !== b.custom_data.list && Object.is(a.custom_data.z, 0) && Object.getPrototypeOf(a.custom_data) === Object.prototype && Object.keys(a.custom_data).join() === '7,z,big,list,__proto__' && a.custom_data.__proto__.p === 1;");
    let f: Function = same.unchecked_into();
    assert_eq!(
        f.call2(&JsValue::NULL, &value, &input).unwrap(),
        JsValue::TRUE,
        "{}",
        stringify(&value)
    );
    // the normalized request: its value is the normalized one (CURRENCY_KRW → KRW)
    assert_eq!(
        get(&v2, "value.currency"),
        JsValue::from_str("KRW"),
        "{}",
        stringify(&v2)
    );
    let has = js("return (o) => Object.prototype.hasOwnProperty.call(o, 'customData');").unchecked_into::<Function>();
    assert_eq!(
        has.call1(&JsValue::NULL, &get(&v2, "value")).unwrap(),
        JsValue::FALSE,
        "no own `customData: undefined`, as JSON would give"
    );
}

/// Options are read once per distinct options text (a form re-checks with the same ones), but
/// never outlive a change: `configure` after a call, or different options, take effect at once.
#[wasm_bindgen_test]
fn options_read_once_still_follow_configure_and_each_call() {
    let bad = || js("return { channelKey: 'c', merchant_uid: 'o', amount: 1004, pay_method: 'samsungpay' };");
    let message = |res: &JsValue| {
        get(&Array::from(&get(res, "issues")).get(0), "message")
            .as_string()
            .unwrap()
    };
    let ko = check_request_pay(bad(), opts(""));
    assert!(message(&ko).contains("허용되지 않는 값"), "{}", message(&ko));
    // the same options text again, after configure changed the default locale
    configure(js("return { locale: 'en' };"));
    let en = check_request_pay(bad(), opts(""));
    configure(js("return { locale: 'ko' };"));
    assert!(message(&en).contains("Did you mean"), "{}", message(&en));
    // different options in the next call, then the first ones again
    let en2 = check_request_pay(bad(), opts(", locale: 'en'"));
    let ko2 = check_request_pay(bad(), opts(""));
    assert!(message(&en2).contains("Did you mean"), "{}", message(&en2));
    assert!(message(&ko2).contains("허용되지 않는 값"), "{}", message(&ko2));
}

#[wasm_bindgen_test]
fn hostile_values_give_issues_and_the_module_keeps_working() {
    let hostile = [
        ("null", "return null;"),
        ("array", "return [];"),
        ("number", "return 42;"),
        ("cyclic", "const o = { merchant_uid: 'o', amount: 1 }; o.self = o; return o;"),
        ("throwing getter", "return { merchant_uid: 'o', get amount() { throw new Error('x'); } };"),
        ("proxy", "return new Proxy({}, { ownKeys() { throw new Error('trap'); } });"),
        ("revoked proxy", "const p = Proxy.revocable({}, {}); p.revoke(); return p.proxy;"),
        ("5 MB string", "return { merchant_uid: 'o', amount: 1, name: 'x'.repeat(5 * 1024 * 1024) };"),
        ("nesting 10 000 deep", "let o = {}; const root = { merchant_uid: 'o', amount: 1, custom_data: o }; for (let i = 0; i < 10000; i++) { o.a = {}; o = o.a; } return root;"),
        ("NaN", "return { merchant_uid: 'o', amount: NaN };"),
        ("Infinity", "return { merchant_uid: 'o', amount: Infinity };"),
        ("2^53+1", "return { merchant_uid: 'o', amount: 2 ** 53 + 1 };"),
        ("BigInt", "return { merchant_uid: 'o', amount: 10n };"),
        ("function", "return { merchant_uid: 'o', amount: 1, custom_data: () => 1 };"),
        ("Map", "return { merchant_uid: 'o', amount: 1, custom_data: new Map() };"),
        ("Date", "return { merchant_uid: 'o', amount: 1, vbank_due: new Date() };"),
        ("sparse array", "return { merchant_uid: 'o', amount: 1, notice_url: [, 'https://a.kr'] };"),
    ];
    for (name, src) in hostile {
        let v = js(src);
        let res = check_request_pay(v, opts(""));
        let issues = Array::from(&get(&res, "issues"));
        assert!(issues.length() > 0, "{name}: expected issues");
        // each issue has the contract shape
        let first = issues.get(0);
        for key in ["path", "code", "severity", "message"] {
            assert!(get(&first, key).is_string(), "{name}: {key}");
        }
        // the next valid call still works
        let ok = check_request_pay(kcp_request(), opts(""));
        assert_eq!(get(&ok, "ok"), JsValue::TRUE, "{name}: module broken afterwards");
    }
    // 2^53+1 is a whole number but beyond exact integers: flagged, never rounded silently
    let big = check_request_pay(
        js("return { channelKey:'c', merchant_uid: 'o', amount: 2 ** 53 + 1 };"),
        opts(""),
    );
    assert_eq!(get(&big, "ok"), JsValue::FALSE);
}

/// Kiwoom Pay guide, bypass.daou.CARDQUOTA: a request whose CARDQUOTA is spelled loosely reaches the
/// SDK with the canonical text, and the check reports the rewrite as a warning.
#[wasm_bindgen_test]
async fn daou_cardquota_reaches_the_sdk_in_canonical_form() {
    install_stand_in();
    let req = || {
        js(r#"return {
          channelKey: "channel-key-daou", pay_method: "card", merchant_uid: "order_daou_1",
          name: "노스페이스 롱패딩 M", amount: 50000, digital: false,
          bypass: { daou: { PRODUCTCODE: "portone", CARDQUOTA: " ccnh-3:0:2:2 ^ CCBC-06:0 " } }
        };"#)
    };
    fn daou<T: JsCast>() -> Option<T> {
        Some(js("return { pg: 'daou', isMobile: false };").unchecked_into())
    }
    let checked = check_request_pay(req(), daou());
    assert_eq!(get(&checked, "ok"), JsValue::TRUE);
    let issues = Array::from(&get(&checked, "issues"));
    assert_eq!(issues.length(), 1);
    assert_eq!(get(&issues.get(0), "path"), JsValue::from_str("bypass.daou.CARDQUOTA"));
    assert_eq!(get(&issues.get(0), "severity"), JsValue::from_str("warning"));

    JsFuture::from(request_pay(req(), daou())).await.expect("resolves");
    let calls: Array = get(&js("return window.IMP;"), "calls").into();
    assert_eq!(calls.length(), 1);
    let sent = calls.get(0);
    assert_eq!(
        get(&sent, "bypass.daou.CARDQUOTA"),
        JsValue::from_str("CCNH-0:2:3^CCBC-0:6")
    );
    assert_eq!(get(&sent, "bypass.daou.PRODUCTCODE"), JsValue::from_str("portone"));
}

/// Kiwoom Pay guide, CARDQUOTA grammar and card-company table, through the JS functions.
#[wasm_bindgen_test]
fn cardquota_functions_round_trip_and_throw_guard_errors() {
    let parsed = parse_card_quota(JsValue::from_str("CCBC-0:2:3^CCNH-0:2:3"), None);
    assert_eq!(get(&parsed, "ok"), JsValue::TRUE);
    assert_eq!(
        stringify(&get(&parsed, "value")),
        r#"[{"card":"CCBC","months":[0,2,3]},{"card":"CCNH","months":[0,2,3]}]"#
    );
    let text = format_card_quota(get(&parsed, "value"), None).expect("formats");
    assert_eq!(text, "CCBC-0:2:3^CCNH-0:2:3");

    let bad = parse_card_quota(
        JsValue::from_str("CCBC-0^XXXX-0"),
        Some(js("return { locale: 'en' };").unchecked_into()),
    );
    assert_eq!(get(&bad, "value"), JsValue::NULL);
    let msg = get(&Array::from(&get(&bad, "issues")).get(0), "message")
        .as_string()
        .unwrap();
    assert!(msg.contains("group 2"), "{msg}");
    assert!(!msg.contains("XXXX"), "{msg}");

    let err = format_card_quota(js("return [{ card: 'CCBC', months: [1] }];"), None).expect_err("throws");
    assert_eq!(get(&err, "name"), JsValue::from_str("PortoneGuardError"));
    assert_eq!(get(&err, "code"), JsValue::from_str("out_of_range"));

    let companies = Array::from(&card_quota_companies());
    assert_eq!(companies.length(), 24);
    assert_eq!(get(&companies.get(0), "code"), JsValue::from_str("CCBC"));
}

/// A stand-in for the v2 SDK object (`import * as PortOne from "@portone/browser-sdk/v2"`):
/// records every call and answers with `answer(request)` (a Promise, like the SDK).
fn stand_in_sdk(name: &str, answer: &str) -> JsValue {
    js(&format!(
        r#"
      const sdk = {{
        calls: [],
        requestPayment(r) {{ this.calls.push(["requestPayment", JSON.parse(JSON.stringify(r))]); return Promise.resolve(({answer})(r)); }},
        requestIssueBillingKey(r) {{ this.calls.push(["requestIssueBillingKey", JSON.parse(JSON.stringify(r))]); return Promise.resolve(({answer})(r)); }},
        requestIssueBillingKeyAndPay(r) {{ this.calls.push(["requestIssueBillingKeyAndPay", JSON.parse(JSON.stringify(r))]); return Promise.resolve(({answer})(r)); }},
      }};
      window["{name}"] = sdk;
      return sdk;
    "#
    ))
}

const PAID: &str = "(r) => ({ transactionType: 'PAYMENT', txId: 'tx_1', paymentId: r.paymentId })";

/// The seed's KPN payment example (`paymentId` filled with letters and digits).
fn kpn_payment() -> JsValue {
    js(r#"return {
      storeId: "store-4ff4af41-85e3-4559-8eb8-0d08a2c6ceec",
      channelKey: "channel-key-9987cb87-6458-4888-b94e-68d9a2da896d",
      paymentId: "payment8f3k2l9x", orderName: "나이키 와플 트레이너 2 SD",
      totalAmount: 1000, currency: "CURRENCY_KRW", payMethod: "CARD", customData: undefined
    };"#)
}

fn v2_opts<T: JsCast>(sdk: Option<&str>) -> Option<T> {
    let sdk = sdk.map(|n| format!(", sdk: window['{n}']")).unwrap_or_default();
    Some(js(&format!("return {{ pg: 'kpn', isMobile: false {sdk} }};")).unchecked_into())
}

fn calls(name: &str) -> Array {
    get(&js(&format!("return window['{name}'];")), "calls").into()
}

#[wasm_bindgen_test]
async fn v2_clean_request_reaches_options_sdk_once_normalized_and_beats_the_global() {
    stand_in_sdk("__given", PAID);
    stand_in_sdk("PortOne", PAID);
    let rsp = JsFuture::from(request_payment(kpn_payment(), v2_opts(Some("__given"))))
        .await
        .expect("resolves");
    assert_eq!(get(&rsp, "txId"), JsValue::from_str("tx_1"));
    assert_eq!(get(&rsp, "paymentId"), JsValue::from_str("payment8f3k2l9x"));
    let given = calls("__given");
    assert_eq!(given.length(), 1);
    let call = Array::from(&given.get(0));
    assert_eq!(call.get(0), JsValue::from_str("requestPayment"));
    let sent = call.get(1);
    assert_eq!(get(&sent, "currency"), JsValue::from_str("KRW"), "normalized");
    assert_eq!(get(&sent, "totalAmount").as_f64(), Some(1000.0));
    assert!(!stringify(&sent).contains("customData"), "undefined dropped");
    assert_eq!(calls("PortOne").length(), 0, "options.sdk beats window.PortOne");
    js("delete window.PortOne; delete window.__given;");
}

#[wasm_bindgen_test]
async fn v2_global_portone_is_used_without_options_sdk() {
    stand_in_sdk("PortOne", PAID);
    JsFuture::from(request_payment(kpn_payment(), v2_opts(None)))
        .await
        .expect("resolves");
    assert_eq!(calls("PortOne").length(), 1);
    let billing = js(r#"return {
      storeId: "store-4ff4af41-85e3-4559-8eb8-0d08a2c6ceec",
      channelKey: "channel-key-3b37819a-1c72-4deb-a245-8c810af5403d",
      billingKeyMethod: "CARD", issueId: "test-issueId", issueName: "test-issueName",
      customer: { customerId: "uniqueCustomerId", fullName: "포트원" }
    };"#);
    JsFuture::from(request_issue_billing_key(billing, v2_opts(None)))
        .await
        .expect("resolves");
    let all = calls("PortOne");
    assert_eq!(all.length(), 2);
    assert_eq!(
        Array::from(&all.get(1)).get(0),
        JsValue::from_str("requestIssueBillingKey")
    );
    js("delete window.PortOne;");
}

#[wasm_bindgen_test]
async fn v2_invalid_request_rejects_and_never_reaches_the_sdk() {
    stand_in_sdk("__given", PAID);
    stand_in_sdk("PortOne", PAID);
    // KPN takes KRW only, and paymentId is letters and digits only
    let bad = js("return { storeId: 's', channelKey: 'c', paymentId: 'order-1', orderName: 'o', totalAmount: 1000, currency: 'USD', payMethod: 'CARD' };");
    let err = JsFuture::from(request_payment(bad, v2_opts(Some("__given"))))
        .await
        .expect_err("rejects");
    assert_eq!(get(&err, "name"), JsValue::from_str("PortoneGuardError"));
    assert!(err.is_instance_of::<js_sys::Error>());
    let paths: Vec<String> = Array::from(&get(&err, "issues"))
        .iter()
        .map(|i| get(&i, "path").as_string().unwrap())
        .collect();
    assert!(
        paths.contains(&"currency".to_string()) && paths.contains(&"paymentId".to_string()),
        "{paths:?}"
    );
    assert_eq!(calls("__given").length(), 0);
    assert_eq!(calls("PortOne").length(), 0);
    js("delete window.PortOne; delete window.__given;");
}

#[wasm_bindgen_test]
async fn v2_no_sdk_rejects_with_sdk_not_loaded() {
    js("delete window.PortOne;");
    let err = JsFuture::from(request_payment(kpn_payment(), v2_opts(None)))
        .await
        .expect_err("rejects");
    assert_eq!(get(&err, "code"), JsValue::from_str("sdk_not_loaded"));
    assert!(get(&err, "message").as_string().unwrap().contains("PortOne"));
    // an sdk object without the method is not an SDK either
    js("window.__empty = {};");
    let err = JsFuture::from(request_payment(kpn_payment(), v2_opts(Some("__empty"))))
        .await
        .expect_err("rejects");
    assert_eq!(get(&err, "code"), JsValue::from_str("sdk_not_loaded"));
    js("delete window.__empty;");
}

#[wasm_bindgen_test]
async fn v2_the_sdk_answer_comes_back_untouched() {
    // after a redirect the SDK resolves with undefined
    stand_in_sdk("__given", "() => undefined");
    let rsp = JsFuture::from(request_payment(kpn_payment(), v2_opts(Some("__given"))))
        .await
        .expect("resolves");
    assert!(rsp.is_undefined());
    // a failed payment resolves with `code`; it is not turned into a rejection
    stand_in_sdk(
        "__given",
        "(r) => ({ transactionType: 'PAYMENT', txId: 'tx_2', paymentId: r.paymentId, code: 'FAILURE_TYPE_PG', message: 'declined', pgCode: 'E1' })",
    );
    let rsp = JsFuture::from(request_payment(kpn_payment(), v2_opts(Some("__given"))))
        .await
        .expect("resolves");
    assert_eq!(get(&rsp, "code"), JsValue::from_str("FAILURE_TYPE_PG"));
    assert_eq!(get(&rsp, "pgCode"), JsValue::from_str("E1"));
    // the SDK rejecting (e.g. its loader failed) is sdk_error with the cause kept
    js("window.__given = { requestPayment() { return Promise.reject(new Error('[PortOne] Failed to load window.PortOne')); } };");
    let err = JsFuture::from(request_payment(kpn_payment(), v2_opts(Some("__given"))))
        .await
        .expect_err("rejects");
    assert_eq!(get(&err, "code"), JsValue::from_str("sdk_error"));
    assert!(get(&err, "cause.message")
        .as_string()
        .unwrap()
        .contains("Failed to load"));
    // the SDK throwing synchronously is sdk_error too
    js("window.__given = { requestPayment() { throw new Error('boom'); } };");
    let err = JsFuture::from(request_payment(kpn_payment(), v2_opts(Some("__given"))))
        .await
        .expect_err("rejects");
    assert_eq!(get(&err, "code"), JsValue::from_str("sdk_error"));
    assert_eq!(get(&err, "cause.message"), JsValue::from_str("boom"));
    js("delete window.__given;");
}

#[wasm_bindgen_test]
async fn v2_billing_and_pay_reaches_its_method_normalized() {
    stand_in_sdk(
        "__given",
        "(r) => ({ transactionType: 'ISSUE_BILLING_KEY_AND_PAY', billingKey: 'bk', paymentId: r.paymentId, txId: 't' })",
    );
    let req = js("return { storeId: 's', channelKey: 'c', paymentId: 'p1', orderName: '월간', totalAmount: 10000, currency: 'KRW', billingKeyAndPayMethod: 'PHONE', productType: 'PRODUCT_TYPE_DIGITAL' };");
    let opts = Some(js("return { isMobile: false, sdk: window.__given };").unchecked_into());
    let rsp = JsFuture::from(request_issue_billing_key_and_pay(req, opts))
        .await
        .expect("resolves");
    assert_eq!(get(&rsp, "billingKey"), JsValue::from_str("bk"));
    let call = Array::from(&calls("__given").get(0));
    assert_eq!(call.get(0), JsValue::from_str("requestIssueBillingKeyAndPay"));
    assert_eq!(get(&call.get(1), "billingKeyAndPayMethod"), JsValue::from_str("MOBILE"));
    assert_eq!(get(&call.get(1), "productType"), JsValue::from_str("DIGITAL"));
    js("delete window.__given;");
}

#[wasm_bindgen_test]
fn v2_check_functions_return_the_contract_shape() {
    let res = check_payment(kpn_payment(), v2_opts(None));
    assert_eq!(get(&res, "ok"), JsValue::TRUE);
    assert_eq!(get(&res, "value.currency"), JsValue::from_str("KRW"));
    assert_eq!(Array::from(&get(&res, "issues")).length(), 0);
    let res = check_issue_billing_key(
        js("return { storeId: 's', channelKey: 'c', billingKeyMethod: 'CARD', customer: { fullName: '포트원' } };"),
        Some(js("return { pg: 'kpn', locale: 'en' };").unchecked_into()),
    );
    assert_eq!(get(&res, "ok"), JsValue::FALSE);
    assert_eq!(get(&res, "value"), JsValue::NULL);
    let issue = Array::from(&get(&res, "issues")).get(0);
    assert_eq!(get(&issue, "path"), JsValue::from_str("customer.customerId"));
    assert_eq!(get(&issue, "code"), JsValue::from_str("required"));
    assert!(get(&issue, "message").as_string().unwrap().contains("KPN guide"));
    // options holding a whole SDK module (functions, big enum objects) are read without harm
    let res = check_payment(
        kpn_payment(),
        Some(js("return { pg: 'kpn', sdk: { requestPayment() {}, Currency: { KRW: 'KRW' } } };").unchecked_into()),
    );
    assert_eq!(get(&res, "ok"), JsValue::TRUE);
}

// ---- v2 button calls (PayPal): loadPaymentUI / loadIssueBillingKeyUI ----

/// The PayPal guide's `loadPaymentUI` example (paymentId filled), with an `undefined` to drop.
fn paypal_spb() -> JsValue {
    js(r#"return {
      uiType: "PAYPAL_SPB", storeId: "store-4ff4af41-85e3-4559-8eb8-0d08a2c6ceec",
      channelKey: "channel-key-893597d6-e62d-410f-83f9-119f530b4b11",
      paymentId: "payment-0c8b6a3e", orderName: "나이키 와플 트레이너 2 SD",
      totalAmount: 1000, currency: "CURRENCY_KRW", customData: undefined
    };"#)
}

/// A stand-in SDK with the two button methods: records (method, request copy, callbacks object)
/// and answers like PayPal would later — `loadPaymentUI` calls `onPaymentSuccess` at once and
/// returns nothing; `loadIssueBillingKeyUI` returns a Promise of nothing.
fn button_sdk() -> Option<JsValue> {
    Some(js(r#"window.__buttons = { calls: [],
        loadPaymentUI(r, cb) {
          this.calls.push(["loadPaymentUI", JSON.parse(JSON.stringify(r)), cb]);
          cb.onPaymentSuccess({ transactionType: "PAYMENT", txId: "tx_pp", paymentId: r.paymentId });
        },
        loadIssueBillingKeyUI(r, cb) {
          this.calls.push(["loadIssueBillingKeyUI", JSON.parse(JSON.stringify(r)), cb]);
          return Promise.resolve();
        },
        updateLoadPaymentUIRequest(r) {
          this.calls.push(["updateLoadPaymentUIRequest", JSON.parse(JSON.stringify(r)), arguments.length]);
        },
        updateLoadIssueBillingKeyUIRequest(r) {
          this.calls.push(["updateLoadIssueBillingKeyUIRequest", JSON.parse(JSON.stringify(r)), arguments.length]);
        } };
      window.__heard = [];
      return { pg: "paypal_v2", isMobile: false, sdk: window.__buttons };"#))
}

#[wasm_bindgen_test]
async fn paypal_buttons_reach_the_sdk_normalized_with_the_callers_callbacks() {
    let opts = button_sdk();
    let callbacks =
        js("return { onPaymentSuccess: (r) => window.__heard.push(r), onPaymentFail: (e) => window.__heard.push(e) };");
    let done = JsFuture::from(load_payment_ui(
        paypal_spb(),
        callbacks.clone(),
        opts.clone().map(JsCast::unchecked_into),
    ))
    .await
    .expect("resolves");
    assert!(done.is_undefined(), "resolves with what the SDK returned (nothing)");
    let all = calls("__buttons");
    assert_eq!(all.length(), 1);
    let call = Array::from(&all.get(0));
    assert_eq!(call.get(0), JsValue::from_str("loadPaymentUI"));
    let sent = call.get(1);
    assert_eq!(get(&sent, "currency"), JsValue::from_str("KRW"), "normalized");
    assert_eq!(get(&sent, "uiType"), JsValue::from_str("PAYPAL_SPB"));
    assert!(!stringify(&sent).contains("customData"), "undefined dropped");
    assert!(
        js_sys::Object::is(&call.get(2), &callbacks),
        "the caller's callbacks object itself"
    );
    let heard = get(&js("return window;"), "__heard");
    assert_eq!(get(&Array::from(&heard).get(0), "txId"), JsValue::from_str("tx_pp"));

    // billing key button: its own method, callbacks forwarded
    let billing = js(r#"return {
      uiType: "PAYPAL_RT", storeId: "store-4ff4af41-85e3-4559-8eb8-0d08a2c6ceec",
      channelKey: "channel-key-893597d6-e62d-410f-83f9-119f530b4b11",
      billingKeyMethod: "PAYPAL", issueId: "issue-id-1"
    };"#);
    let cb2 = js("return { onIssueBillingKeySuccess() {}, onIssueBillingKeyFail() {} };");
    JsFuture::from(load_issue_billing_key_ui(
        billing,
        cb2.clone(),
        opts.clone().map(JsCast::unchecked_into),
    ))
    .await
    .expect("resolves");
    let call = Array::from(&calls("__buttons").get(1));
    assert_eq!(call.get(0), JsValue::from_str("loadIssueBillingKeyUI"));
    assert!(js_sys::Object::is(&call.get(2), &cb2));

    // a request with errors rejects with the issues and never reaches the SDK
    let wrong = paypal_spb();
    Reflect::set(&wrong, &JsValue::from_str("uiType"), &JsValue::from_str("PAYPAL_RT")).unwrap();
    let err = JsFuture::from(load_payment_ui(
        wrong,
        callbacks.clone(),
        opts.clone().map(JsCast::unchecked_into),
    ))
    .await
    .expect_err("rejects");
    assert_eq!(get(&err, "name"), JsValue::from_str("PortoneGuardError"));
    assert_eq!(get(&err, "code"), JsValue::from_str("invalid_value"));
    assert_eq!(
        get(&Array::from(&get(&err, "issues")).get(0), "path"),
        JsValue::from_str("uiType")
    );
    assert_eq!(calls("__buttons").length(), 2, "SDK untouched");

    // no SDK anywhere: sdk_not_loaded
    let none = Some(js("return { pg: 'paypal_v2', isMobile: false };").unchecked_into());
    let err = JsFuture::from(load_payment_ui(paypal_spb(), callbacks, none))
        .await
        .expect_err("rejects");
    assert_eq!(get(&err, "code"), JsValue::from_str("sdk_not_loaded"));
    js("delete window.__buttons; delete window.__heard;");
}

/// PayPal v2 guide (paypal-v2.mdx): after the cart changes, the rendered buttons get the new
/// request through `updateLoadPaymentUIRequest` / `updateLoadIssueBillingKeyUIRequest`. Checked
/// like the load calls, sent normalized and alone; a request with errors never reaches the SDK.
#[wasm_bindgen_test]
async fn paypal_button_updates_are_checked_then_sent_alone() {
    let opts = button_sdk();
    let changed = paypal_spb();
    Reflect::set(&changed, &JsValue::from_str("totalAmount"), &JsValue::from_f64(2000.0)).unwrap();
    let done = JsFuture::from(update_load_payment_ui_request(
        changed,
        opts.clone().map(JsCast::unchecked_into),
    ))
    .await
    .expect("resolves");
    assert!(done.is_undefined());
    let call = Array::from(&calls("__buttons").get(0));
    assert_eq!(call.get(0), JsValue::from_str("updateLoadPaymentUIRequest"));
    assert_eq!(get(&call.get(1), "totalAmount"), JsValue::from_f64(2000.0));
    assert_eq!(get(&call.get(1), "currency"), JsValue::from_str("KRW"), "normalized");
    assert_eq!(call.get(2), JsValue::from_f64(1.0), "the request alone");

    let billing = js(r#"return {
      uiType: "PAYPAL_RT", storeId: "store-4ff4af41-85e3-4559-8eb8-0d08a2c6ceec",
      channelKey: "channel-key-893597d6-e62d-410f-83f9-119f530b4b11", billingKeyMethod: "PAYPAL"
    };"#);
    JsFuture::from(update_load_issue_billing_key_ui_request(
        billing,
        opts.clone().map(JsCast::unchecked_into),
    ))
    .await
    .expect("resolves");
    let call = Array::from(&calls("__buttons").get(1));
    assert_eq!(call.get(0), JsValue::from_str("updateLoadIssueBillingKeyUIRequest"));

    let wrong = paypal_spb();
    Reflect::set(&wrong, &JsValue::from_str("taxFreeAmount"), &JsValue::from_f64(100.0)).unwrap();
    let err = JsFuture::from(update_load_payment_ui_request(wrong, opts.map(JsCast::unchecked_into)))
        .await
        .expect_err("rejects");
    assert_eq!(get(&err, "name"), JsValue::from_str("PortoneGuardError"));
    assert_eq!(calls("__buttons").length(), 2, "SDK untouched");
    js("delete window.__buttons; delete window.__heard;");
}

#[wasm_bindgen_test]
fn paypal_button_checks_return_the_contract_shape() {
    let opts = || Some(js("return { pg: 'paypal_v2', locale: 'en' };").unchecked_into());
    let res = check_load_payment_ui(paypal_spb(), opts());
    assert_eq!(get(&res, "ok"), JsValue::TRUE, "{}", stringify(&res));
    assert_eq!(get(&res, "value.currency"), JsValue::from_str("KRW"));
    let res = check_load_issue_billing_key_ui(
        js("return { uiType: 'PAYPAL_SPB', storeId: 's', channelKey: 'c', billingKeyMethod: 'PAYPAL' };"),
        opts(),
    );
    assert_eq!(get(&res, "ok"), JsValue::FALSE);
    assert_eq!(get(&res, "value"), JsValue::NULL);
    let issue = Array::from(&get(&res, "issues")).get(0);
    assert_eq!(get(&issue, "path"), JsValue::from_str("uiType"));
    assert!(get(&issue, "message").as_string().unwrap().contains("PAYPAL_RT"));
}
