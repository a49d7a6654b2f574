//! Browser tests for identity verification (issue #18, headless Chromium via `wasm-pack test`):
//! the phone guide's `IMP.certification` example reaches a stand-in `window.IMP.certification`
//! exactly once after `IMP.init`, and an invalid one (a `min_age` string, Danal's `KT`) never does;
//! the v2 guide's `requestIdentityVerification` example reaches `options.sdk` once, normalized, and
//! its answer (`undefined` after a redirect) comes back untouched; an object `customData` never
//! reaches it; no SDK is `sdk_not_loaded`.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Function, Reflect, JSON};
use portone_guard::wasm::configure;
use portone_guard::wasm::identity::{
    check_certification, check_identity_verification, request_certification, request_identity_verification,
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
fn opts<T: JsCast>(src: &str) -> Option<T> {
    Some(js(&format!("return {src};")).unchecked_into())
}

fn install_imp() {
    js(r#"
      window.IMP = {
        inits: [], calls: [],
        init(code) { this.inits.push(code); },
        certification(params, cb) {
          this.calls.push(JSON.parse(JSON.stringify(params)));
          setTimeout(() => cb({ success: true, imp_uid: "imp_cert_1", merchant_uid: params.merchant_uid }), 0);
        }
      };
    "#);
}

/// opi/ko/extra/identity-verification/v1/phone/2.mdx's example, with Danal's parameters.
fn cert() -> JsValue {
    js(r#"return {
      channelKey: "channel-key-9987cb87-6458-4888-b94e-68d9a2da896d", merchant_uid: "ORD20180131-0000011",
      m_redirect_url: "https://www.myservice.com/payments/complete/mobile", popup: false,
      min_age: 19, carrier: "KTF", name: undefined
    };"#)
}

/// readme-v2.mdx's example with Danal's bypass example.
fn idv() -> JsValue {
    js(r#"return {
      storeId: "store-4ff4af41-85e3-4559-8eb8-0d08a2c6ceec", identityVerificationId: "identity-verification-39ecfa97",
      channelKey: "channel-key-9987cb87-6458-4888-b94e-68d9a2da896d",
      customer: { phoneNumber: "010-1234-5678" },
      bypass: { danal: { IsCarrier: "KTF", AGELIMIT: 20, CPTITLE: "www.MarketA.co.kr" } }
    };"#)
}

#[wasm_bindgen_test]
async fn certification_reaches_imp_once_after_init_normalized() {
    install_imp();
    configure(js("return { impCode: 'imp00000000' };"));
    let o = "{ pg: 'danal', isMobile: true }";
    let rsp = JsFuture::from(request_certification(cert(), opts(o)))
        .await
        .expect("resolves");
    assert_eq!(get(&rsp, "imp_uid"), JsValue::from_str("imp_cert_1"));
    let calls: Array = get(&js("return window.IMP;"), "calls").into();
    assert_eq!(calls.length(), 1);
    assert!(!stringify(&calls.get(0)).contains("\"name\""), "undefined dropped");
    assert_eq!(get(&calls.get(0), "min_age").as_f64(), Some(19.0));
    let bad = js("return { channelKey: 'c', merchant_uid: 'o2', popup: true, min_age: '19', carrier: 'KT' };");
    let err = JsFuture::from(request_certification(
        bad,
        opts("{ pg: 'danal', isMobile: false, locale: 'en' }"),
    ))
    .await
    .expect_err("rejects");
    assert_eq!(get(&err, "name"), JsValue::from_str("PortoneGuardError"));
    let issues: Array = get(&err, "issues").into();
    assert_eq!(issues.length(), 2);
    assert_eq!(calls.length(), 1, "an invalid request never reaches IMP.certification");
    JsFuture::from(request_certification(cert(), opts(o)))
        .await
        .expect("resolves");
    let inits: Array = get(&js("return window.IMP;"), "inits").into();
    assert_eq!(inits.length(), 1, "IMP.init once");
    configure(js("return { impCode: null };"));
    js("delete window.IMP;");
    let err = JsFuture::from(request_certification(cert(), opts(o)))
        .await
        .expect_err("rejects");
    assert_eq!(get(&err, "code"), JsValue::from_str("sdk_not_loaded"));
}

#[wasm_bindgen_test]
async fn identity_verification_reaches_options_sdk_once_and_its_answer_comes_back() {
    js(r#"
      window.__idv = { calls: [], requestIdentityVerification(r) {
        this.calls.push(JSON.parse(JSON.stringify(r)));
        return Promise.resolve(r.redirectUrl ? undefined : { transactionType: "IDENTITY_VERIFICATION", identityVerificationId: r.identityVerificationId, identityVerificationTxId: "tx" });
      } };
    "#);
    let o = "{ pg: 'danal', isMobile: false, sdk: window.__idv }";
    let rsp = JsFuture::from(request_identity_verification(idv(), opts(o)))
        .await
        .expect("resolves");
    assert_eq!(get(&rsp, "identityVerificationTxId"), JsValue::from_str("tx"));
    let calls: Array = get(&js("return window.__idv;"), "calls").into();
    assert_eq!(calls.length(), 1);
    assert_eq!(
        get(&calls.get(0), "customer.phoneNumber"),
        JsValue::from_str("01012345678"),
        "Danal's digits only"
    );
    let redirect =
        js("return { storeId: 's', identityVerificationId: 'iv2', redirectUrl: 'https://example.com/back' };");
    let none = JsFuture::from(request_identity_verification(redirect, opts(o)))
        .await
        .expect("resolves");
    assert!(none.is_undefined());
    let bad = js("return { storeId: 's', identityVerificationId: 'iv3', customData: { a: 1 } };");
    let err = JsFuture::from(request_identity_verification(bad, opts(o)))
        .await
        .expect_err("rejects");
    assert_eq!(get(&err, "issues.0.path"), JsValue::from_str("customData"));
    assert_eq!(calls.length(), 2, "an invalid request never reaches the SDK");
    let err = JsFuture::from(request_identity_verification(idv(), opts("{ pg: 'danal' }")))
        .await
        .expect_err("rejects");
    assert_eq!(get(&err, "code"), JsValue::from_str("sdk_not_loaded"));
    js("delete window.__idv;");
}

#[wasm_bindgen_test]
fn identity_checks_return_the_contract_shape_and_hostile_values_give_issues() {
    let r = check_identity_verification(idv(), opts("{ pg: 'danal', isMobile: false }"));
    assert_eq!(get(&r, "ok"), JsValue::TRUE);
    assert_eq!(get(&r, "value.customer.phoneNumber"), JsValue::from_str("01012345678"));
    let r = check_certification(cert(), opts("{ pg: 'danal', isMobile: true }"));
    assert_eq!(get(&r, "ok"), JsValue::TRUE);
    assert_eq!(Array::from(&get(&r, "issues")).length(), 0);
    let hostile = js("const o = {}; o.self = o; return [null, 42, o, { get merchant_uid() { throw new Error('x'); } }, { min_age: 10n }];");
    for h in Array::from(&hostile).iter() {
        for r in [
            check_certification(h.clone(), opts("{ pg: 'danal' }")),
            check_identity_verification(h.clone(), opts("{ pg: 'danal' }")),
        ] {
            assert_eq!(get(&r, "ok"), JsValue::FALSE);
            assert!(Array::from(&get(&r, "issues")).length() > 0);
        }
    }
}
