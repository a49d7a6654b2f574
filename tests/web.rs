//! Browser tests (headless Chromium via `wasm-pack test --headless --chrome`): the JavaScript-
//! facing contract of issue #2 — a clean KCP request reaches a stand-in `window.IMP.request_pay`
//! exactly once, normalized; an invalid one rejects with its issues and never reaches it; no
//! `window.IMP` rejects with `sdk_not_loaded`; hostile JavaScript values come back as issues and
//! the module keeps working. Rules: NHN KCP guide (`opi/ko/integration/pg/v1/nhn-kcp/readme.mdx`);
//! Kiwoom Pay guide (`opi/ko/integration/pg/v1/daou/readme.mdx`) for `bypass.daou.CARDQUOTA`.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Function, Reflect, JSON};
use portone_guard::wasm::{
    card_quota_companies, check_request_pay, configure, format_card_quota, parse_card_quota, request_pay,
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
    assert!(msg.contains("Did you mean `samsung`?"), "{msg}");
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
