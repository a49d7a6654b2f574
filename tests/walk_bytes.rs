//! Browser tests of the walker's byte form (issue #7: `js/walk.js` writes the request as UTF-8
//! into a reused buffer instead of building a string): every kind of text arrives in the
//! normalized value exactly as `JSON.parse(JSON.stringify(x))` would give it (ASCII, two-,
//! three- and four-byte characters, escapes; a lone surrogate, which is not Unicode text, is an
//! error at its path, issue #20), a large request that grows the
//! buffer reads whole, and a getter that calls the module while its object is being read gets a
//! correct answer without disturbing the outer read. Rules: NHN KCP guide
//! (`opi/ko/integration/pg/v1/nhn-kcp/readme.mdx`) for the request used.
#![cfg(target_arch = "wasm32")]

use js_sys::{Function, Reflect, JSON};
use portone_guard::wasm::check_request_pay;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn js(src: &str) -> JsValue {
    Function::new_no_args(src).call0(&JsValue::NULL).expect("test script")
}
fn stringify(v: &JsValue) -> String {
    JSON::stringify(v).map(String::from).unwrap_or_default()
}
fn kcp_opts<T: JsCast>() -> Option<T> {
    Some(js("return { pg: 'kcp', isMobile: false };").unchecked_into())
}
fn value(out: &JsValue) -> JsValue {
    assert_eq!(
        Reflect::get(out, &"ok".into()).unwrap(),
        JsValue::TRUE,
        "{}",
        stringify(out)
    );
    Reflect::get(out, &"value".into()).unwrap()
}

#[wasm_bindgen_test]
fn every_kind_of_text_arrives_unchanged() {
    let req = js(r#"return {
      channelKey: "channel-key-kcp", pay_method: "card", merchant_uid: "order_1", amount: 1004,
      name: "당근 10kg é ß 😀", buyer_name: "Ω\u07ff\u0800\uffff",
      custom_data: { q: "a\"b\\c\n\t\u0001", pair: "\ud83d\ude00",
        "키 with \"quote\"": [1.5, -0, 1e21, "\u0080"] }
    };"#);
    let out = check_request_pay(req.clone(), kcp_opts());
    let expected = js(r#"return JSON.parse(JSON.stringify({
      channelKey: "channel-key-kcp", pay_method: "card", merchant_uid: "order_1", amount: 1004,
      name: "당근 10kg é ß 😀", buyer_name: "Ω\u07ff\u0800\uffff",
      custom_data: { q: "a\"b\\c\n\t\u0001", pair: "\ud83d\ude00",
        "키 with \"quote\"": [1.5, 0, 1e21, "\u0080"] }
    }));"#);
    assert_eq!(stringify(&value(&out)), stringify(&expected));
}

#[wasm_bindgen_test]
fn a_lone_surrogate_is_an_error_at_its_path_never_a_replacement_character() {
    let req = js(r#"return {
      channelKey: "channel-key-kcp", pay_method: "card", merchant_uid: "order_1", amount: 1004,
      custom_data: { lone: "x\ud800y", low: "\udc00", "k\ud800": 1, "k\udc00": 2 }
    };"#);
    let out = check_request_pay(req, kcp_opts());
    assert_eq!(Reflect::get(&out, &"ok".into()).unwrap(), JsValue::FALSE);
    let issues = stringify(&Reflect::get(&out, &"issues".into()).unwrap());
    for path in [
        r#""custom_data.lone""#,
        r#""custom_data.low""#,
        r#""custom_data[\"k\\ud800\"]""#,
        r#""custom_data[\"k\\udc00\"]""#,
    ] {
        assert!(
            issues.contains(&[r#"{"path":"#, path, r#","code":"invalid_format","severity":"error""#].concat()),
            "{path} in {issues}"
        );
    }
}

#[wasm_bindgen_test]
fn a_large_request_grows_the_buffer_and_reads_whole() {
    let req = js(r#"return {
      channelKey: "channel-key-kcp", pay_method: "vbank", merchant_uid: "order_2", amount: 1004, escrow: true,
      kcpProducts: Array.from({ length: 3000 }, (_, i) => ({ orderNumber: "o" + i, name: "상품 " + "가".repeat(i % 50), quantity: 1, amount: 1000 }))
    };"#);
    let out = check_request_pay(req.clone(), kcp_opts());
    assert_eq!(stringify(&value(&out)), stringify(&req));
    // and the next small request still reads correctly from the (shrunk or reused) buffer
    let small = js(r#"return { channelKey: "c", pay_method: "card", merchant_uid: "o", amount: 1 };"#);
    assert_eq!(
        stringify(&value(&check_request_pay(small.clone(), kcp_opts()))),
        stringify(&small)
    );
}

#[wasm_bindgen_test]
fn a_getter_that_calls_the_module_does_not_disturb_the_outer_read() {
    let inner: Closure<dyn Fn() -> JsValue> = Closure::new(|| {
        let req = js(
            r#"return { channelKey: "c", pay_method: "card", merchant_uid: "inner_order", amount: 7, name: "안쪽" };"#,
        );
        check_request_pay(req, kcp_opts())
    });
    let make = Function::new_with_args(
        "check",
        r#"const o = { channelKey: "channel-key-kcp", pay_method: "card", merchant_uid: "outer_order", amount: 1004 };
           Object.defineProperty(o, "name", { enumerable: true, get() { globalThis.__inner = check(); return "바깥 주문"; } });
           o.buyer_name = "구매자";
           return o;"#,
    );
    let req = make.call1(&JsValue::NULL, inner.as_ref()).unwrap();
    let out = check_request_pay(req, kcp_opts());
    assert_eq!(
        stringify(&value(&out)),
        r#"{"channelKey":"channel-key-kcp","pay_method":"card","merchant_uid":"outer_order","amount":1004,"name":"바깥 주문","buyer_name":"구매자"}"#
    );
    let inner_out = js("return globalThis.__inner;");
    assert_eq!(
        stringify(&value(&inner_out)),
        r#"{"channelKey":"c","pay_method":"card","merchant_uid":"inner_order","amount":7,"name":"안쪽"}"#
    );
}
