//! Issue #20, natively: the budgets of a read are errors at their paths (the walker's tokens for
//! a spent budget, a key over the length budget, an object over the key budget), a spent budget
//! stops the checks (a cut request would read as missing fields), an answer lists at most
//! `MAX_ISSUES` issues and then one that counts the rest, and keys shaped like personal data are
//! masked in paths and messages. The walker side (the same budgets on live JavaScript values) is
//! tested on the built package in `tests/js/budgets.test.mjs`.
#![cfg(not(target_arch = "wasm32"))]

use portone_guard::core::issue::{mask_key, Code, Severity, MAX_ISSUES};
use portone_guard::core::value::{parse, MAX_KEYS, MAX_KEY_CHARS};
use portone_guard::core::{check_payment, check_request_pay, issues_json, to_v2, Options, Outcome};
use portone_guard::i18n::{message, Locale};

const V1: &str =
    r#""channelKey":"channel-key-1","pay_method":"card","merchant_uid":"order_1","name":"주문","amount":1004"#;
const V2: &str = r#""storeId":"store-1","channelKey":"channel-key-1","paymentId":"payment1","orderName":"주문","totalAmount":1000,"currency":"KRW","payMethod":"CARD""#;

fn opts(pg: &str) -> Options {
    Options {
        pg: Some(pg.into()),
        is_mobile: Some(false),
        locale: Locale::En,
        ..Options::default()
    }
}

fn v1(extra: &str) -> Outcome {
    check_request_pay(&parse(&["{", V1, ",", extra, "}"].concat()).unwrap(), &opts("kcp"))
}

fn summary(o: &Outcome) -> Vec<(String, &'static str, &'static str)> {
    o.issues
        .iter()
        .map(|i| (i.path.clone(), i.code.as_str(), i.severity.as_str()))
        .collect()
}

#[test]
fn a_spent_budget_is_one_error_and_nothing_else_is_checked() {
    // the walker stopped inside custom_data; the amount after it was never read, and is not
    // reported missing
    let text =
        r#"{"channelKey":"channel-key-1","pay_method":"card","merchant_uid":"order_1","custom_data":{"a":[1,[2,!B]]}}"#;
    let out = check_request_pay(&parse(text).unwrap(), &opts("kcp"));
    assert_eq!(summary(&out), [("custom_data.a[1][1]".into(), "too_long", "error")]);
    assert!(out.value.is_none());
    let msg = message(&out.issues[0], Locale::En);
    assert!(msg.contains("larger than the module reads in one call"), "{msg}");
    // in entry position: at the object's path
    let out = v1(r#""custom_data":{"x":1,!B}"#);
    assert_eq!(summary(&out), [("custom_data".into(), "too_long", "error")]);
    // v2 and toV2 alike
    let v2 = parse(&["{", V2, r#","customData":{"big":!B}}"#].concat()).unwrap();
    assert_eq!(
        summary(&check_payment(&v2, &opts("kpn"))),
        [("customData.big".into(), "too_long", "error")]
    );
    let conv = to_v2(
        &parse(r#"{"merchant_uid":"o","custom_data":[!B]}"#).unwrap(),
        Some("s"),
        Some("c"),
        &opts("kpn"),
    );
    assert_eq!(summary(&conv), [("custom_data[0]".into(), "too_long", "error")]);
}

#[test]
fn an_object_over_the_key_budget_is_an_error_at_its_path_and_the_rest_is_checked() {
    let out = v1(r#""custom_data":!k100000,"amount":"1004""#);
    assert_eq!(
        summary(&out),
        [
            ("custom_data".into(), "too_long", "error"),
            ("amount".into(), "invalid_type", "error")
        ]
    );
    let msg = message(&out.issues[0], Locale::En);
    assert!(
        msg.contains(&format!("more than {MAX_KEYS}").replace("10000", "10,000")),
        "{msg}"
    );
}

#[test]
fn a_long_key_is_cut_in_path_and_message() {
    let key = "k".repeat(4_000_000);
    let out = v1(&[r#""custom_data":{""#, &key, r#"":1,"ok":2}"#].concat());
    assert_eq!(out.issues.len(), 1);
    let i = &out.issues[0];
    assert_eq!((i.code, i.severity), (Code::TooLong, Severity::Error));
    assert_eq!(i.path, ["custom_data[\"", &"k".repeat(32), "…\"]"].concat());
    let msg = message(i, Locale::En);
    assert!(msg.len() < 300, "{msg}");
    assert!(msg.contains(&MAX_KEY_CHARS.to_string()), "{msg}");
    // the walker's form of the same key
    let out = v1(&[r#""custom_data":{!K""#, &"k".repeat(32), r#"","ok":2}"#].concat());
    assert_eq!(out.issues[0].path, i.path);
}

#[test]
fn an_answer_lists_at_most_max_issues_then_counts_the_rest() {
    // 2,500 items that are not objects: 2,500 errors
    let items = vec!["1"; 2500].join(",");
    let out = v1(&[r#""escrow":true,"pay_method":"vbank","kcpProducts":["#, &items, "]"].concat());
    assert_eq!(out.issues.len(), 2500);
    let mut json = String::new();
    issues_json(&out.issues, Locale::En, &mut json);
    let listed = parse(&json).unwrap();
    let portone_guard::core::value::Value::Arr(list) = listed else {
        panic!()
    };
    assert_eq!(list.len(), MAX_ISSUES + 1);
    let last = list.last().and_then(|v| v.as_obj()).unwrap();
    assert_eq!(last.get("path").and_then(|v| v.as_str()), Some(""));
    assert_eq!(last.get("code").and_then(|v| v.as_str()), Some("too_long"));
    assert_eq!(last.get("severity").and_then(|v| v.as_str()), Some("error"));
    let msg = last.get("message").and_then(|v| v.as_str()).unwrap();
    assert!(
        msg.starts_with("request: has 1,500 more issues (1,500 errors) not listed"),
        "{msg}"
    );
    // warnings only: the summary is a warning (the request still goes)
    let unknown: Vec<String> = (0..1200).map(|i| format!("\"zz_unknown_{i}\":1")).collect();
    let out = v1(&unknown.join(","));
    assert!(out.ok());
    let mut json = String::new();
    issues_json(&out.issues, Locale::Ko, &mut json);
    assert!(json.ends_with(r#""code":"too_long","severity":"warning","message":"요청: 이 밖에 문제 200건(오류 0건)은 목록에서 생략했습니다. 한 번에 1,000건까지 보여 줍니다."}]"#), "{}", &json[json.len() - 300..]);
}

#[test]
fn keys_shaped_like_personal_data_are_masked_in_paths_and_messages() {
    assert_eq!(mask_key("4111111111111111").as_deref(), Some("****************"));
    assert_eq!(mask_key("4111-1111-1111-1111").as_deref(), Some("****-****-****-****"));
    assert_eq!(mask_key("010-1234-5678").as_deref(), Some("***-****-****"));
    assert_eq!(
        mask_key("tel +82 10 1234 5678").as_deref(),
        Some("tel +** ** **** ****")
    );
    assert_eq!(
        mask_key("kim.minsu@example.com").as_deref(),
        Some("***.*****@*******.***")
    );
    for plain in ["buyer_tel", "item_12345", "20240101", "@", "a@", "@b", "쿠폰"] {
        assert_eq!(mask_key(plain), None, "{plain}");
    }
    let out = v1(
        r#""custom_data":{"4111111111111111":NaN,"kim.minsu@example.com":{"010-9876-5432":NaN}},"4111 1111 1111 1111":1"#,
    );
    let paths: Vec<&str> = out.issues.iter().map(|i| i.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "custom_data[\"****************\"]",
            "custom_data[\"***.*****@*******.***\"][\"***-****-****\"]",
            "[\"**** **** **** ****\"]"
        ]
    );
    for i in &out.issues {
        for locale in [Locale::Ko, Locale::En] {
            let m = message(i, locale);
            for secret in ["4111", "kim.minsu", "example", "9876", "5432"] {
                assert!(!m.contains(secret) && !i.path.contains(secret), "{m}");
            }
        }
    }
}
