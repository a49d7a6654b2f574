//! Issue #20, "no silent rewrite": a lone surrogate (UTF-16 that is not Unicode text) in any
//! string or key is an `invalid_format` error at its path, in every check, instead of becoming
//! U+FFFD unseen; two keys that differ only in their lone surrogates are two errors, not one
//! merged entry. (The walker sends such text as JSON escapes; native callers' JSON the same.)
#![cfg(not(target_arch = "wasm32"))]

use portone_guard::core::value::parse;
use portone_guard::core::{check_payment, check_request_pay, to_v2, Options, Outcome};
use portone_guard::i18n::{message, Locale};

fn opts(pg: &str) -> Options {
    Options {
        pg: Some(pg.into()),
        is_mobile: Some(false),
        ..Options::default()
    }
}

fn errors(o: &Outcome) -> Vec<(&str, &'static str)> {
    o.issues
        .iter()
        .filter(|i| i.severity.as_str() == "error")
        .map(|i| (i.path.as_str(), i.code.as_str()))
        .collect()
}

#[test]
fn lone_surrogates_are_errors_at_their_paths_in_values_and_keys() {
    let text = r#"{"channelKey":"channel-key-1","pay_method":"card","merchant_uid":"order\ud800","name":"주문","amount":1004,
        "custom_data":{"k\ud800":1,"k\udc00":2,"note":"a\udc00b","list":["\ud83d\ude00","\ud83d"]}}"#;
    let out = check_request_pay(&parse(text).unwrap(), &opts("kcp"));
    assert_eq!(
        errors(&out),
        [
            ("merchant_uid", "invalid_format"),
            ("custom_data.note", "invalid_format"),
            ("custom_data.list[1]", "invalid_format"),
            (r#"custom_data["k\ud800"]"#, "invalid_format"),
            (r#"custom_data["k\udc00"]"#, "invalid_format"),
        ]
    );
    assert!(out.value.is_none(), "nothing is sent");
    let i = &out.issues[0];
    assert_eq!(
        message(i, Locale::En),
        "merchant_uid: not valid Unicode: the PG would receive a replacement character."
    );
    assert!(message(i, Locale::Ko).contains("올바른 유니코드가 아닙니다"));
    // v2 and toV2 alike
    let v2 = r#"{"storeId":"s","channelKey":"c","paymentId":"a\ud800","orderName":"o","totalAmount":1000,"currency":"KRW","payMethod":"CARD"}"#;
    assert_eq!(
        errors(&check_payment(&parse(v2).unwrap(), &opts("kpn"))),
        [("paymentId", "invalid_format")]
    );
    let conv = to_v2(
        &parse(r#"{"merchant_uid":"o","amount":1000,"name":"\udfff"}"#).unwrap(),
        Some("s"),
        Some("c"),
        &opts("kpn"),
    );
    assert!(errors(&conv).contains(&("name", "invalid_format")), "{:?}", conv.issues);
}
