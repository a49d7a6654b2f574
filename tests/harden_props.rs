//! Property tests over every check entry (issue #8): random JSON-like requests — keys drawn from
//! the module's own v1/v2 key tables plus random ones, random types, nested objects and arrays,
//! strings near grammar boundaries — never make a check panic; an ok result is a fixed point
//! (checking the normalized value again gives the same value and no error); and `toV2` of v1
//! parameters that check ok passes `checkPayment` unchanged. Case counts are small so the native
//! suite stays fast; `PROPTEST_CASES=…` raises them.
#![cfg(not(target_arch = "wasm32"))]

use portone_guard::core::fields::{Key, Kind};
use portone_guard::core::issue::Code;
use portone_guard::core::v1::{COMMON_KEYS, GUIDE_KEYS};
use portone_guard::core::v2::ALL_APIS;
use portone_guard::core::value::{parse, Map, Num, Value};
use portone_guard::core::{
    check_issue_billing_key, check_issue_billing_key_and_pay, check_payment, check_request_pay, to_v2, Options, Outcome,
};
use portone_guard::i18n::Locale;
use portone_guard::pg::GATEWAYS;
use proptest::prelude::*;
use proptest::sample::select;
use std::collections::BTreeSet;

fn collect(keys: &[Key], out: &mut BTreeSet<&'static str>) {
    for k in keys {
        out.insert(k.name);
        collect_kind(&k.kind, out);
    }
}

fn collect_kind(kind: &Kind, out: &mut BTreeSet<&'static str>) {
    match kind {
        Kind::Fields(t) | Kind::OneOf(t) => collect(t, out),
        Kind::ListOf(k) => collect_kind(k, out),
        _ => {}
    }
}

/// Every key name the module's tables know (v1 common, guide and per-PG keys; v2 request
/// schema with every nested object; every PG's v2 `bypass` tables and bypass keys).
pub fn all_field_names() -> Vec<&'static str> {
    let mut s: BTreeSet<&'static str> = COMMON_KEYS.iter().chain(GUIDE_KEYS).copied().collect();
    for api in ALL_APIS {
        collect(api.keys(), &mut s);
    }
    for g in GATEWAYS {
        if let Some(v1) = &g.v1 {
            s.extend(v1.extra_keys.iter().copied());
        }
        if let Some(v2) = &g.v2 {
            s.extend(v2.bypass_key);
            for api in ALL_APIS {
                if let Some(t) = v2.bypass.get(*api) {
                    collect(t, &mut s);
                }
            }
        }
    }
    s.into_iter().collect()
}

fn key() -> impl Strategy<Value = String> {
    let names = all_field_names();
    prop_oneof![
        4 => select(names).prop_map(str::to_string),
        1 => "[a-zA-Z_]{1,12}",
        1 => select(vec!["", "__proto__", "constructor", "prototype", "toString", "한글키", "a.b", "[0]"])
            .prop_map(str::to_string),
    ]
}

fn num(v: f64, text: &str) -> Value {
    Value::Num(Num { v, text: text.into() })
}

fn leaf() -> impl Strategy<Value = Value> {
    let strings = select(vec![
        "",
        " ",
        "a",
        "0",
        "1004",
        "-1",
        "1e3",
        "KRW",
        "CURRENCY_KRW",
        "card",
        "CARD",
        "EASY_PAY",
        "kcp",
        "kpn",
        "html5_inicis.INIpayTest",
        "kcp.T0000",
        "daou",
        "Y",
        "N",
        "ko",
        "en",
        "KO_KR",
        "20261231",
        "2026-12-31",
        "20261231235959",
        "2026-12-31 23:59:59",
        "20261332",
        "https://shop.example/done",
        "http://x",
        "javascript:alert(1)",
        "ftp://x",
        "010-1234-5678",
        "01012345678",
        "a@b.co",
        "CCBC-0:2:3^CCNH-0:2:3",
        "ccbc-3",
        "channel-key-00000000-0000-0000-0000-000000000000",
        "store-00000000-0000-0000-0000-000000000000",
        "1m",
        "30d",
        "SKT",
        "\u{0}",
        "\u{FEFF}",
        "가나다라마바사아자차카타파하",
        "😀😀😀",
    ])
    .prop_map(Value::str);
    prop_oneof![
        1 => Just(Value::Null),
        1 => Just(Value::Undefined),
        1 => any::<bool>().prop_map(Value::Bool),
        1 => select(vec![0i64, 1, 2, 3, 12, 36, 99, 100, 999, 1000, 1004, 50_000, 9_007_199_254_740_991, -1])
            .prop_map(Value::int),
        1 => select(vec![(0.5, "0.5"), (1e21, "1e+21"), (-0.0, "0"), (9_007_199_254_740_992.0, "9007199254740992")])
            .prop_map(|(v, t)| num(v, t)),
        4 => strings,
        1 => "[ -~]{0,40}".prop_map(Value::Str),
        1 => "[0-9]{1,90}".prop_map(Value::Str),
        1 => (1usize..600).prop_map(|n| Value::Str("가".repeat(n))),
        1 => select(vec!["NaN", "Infinity", "-Infinity", "!b\"12\"", "!s", "!f", "!c", "!e", "!d", "!D", "!l20000000"])
            .prop_map(|t| parse(t).expect("walker token")),
    ]
}

fn value() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Arr),
            prop::collection::vec((key(), inner), 0..6).prop_map(|kv| {
                let mut m = Map::default();
                for (k, v) in kv {
                    m.set(&k, v);
                }
                Value::Obj(m)
            }),
        ]
    })
}

/// A valid base request with random keys set, replaced or removed: most cases stay close to
/// something the checks accept, so the rules past the first error run too.
fn request(base: &'static str) -> impl Strategy<Value = Value> {
    prop::collection::vec((key(), prop::option::weighted(0.8, value())), 0..6).prop_map(move |edits| {
        let mut v = parse(base).expect("base parses");
        if let Value::Obj(m) = &mut v {
            for (k, e) in edits {
                match e {
                    Some(x) => m.set(&k, x),
                    None => {
                        m.remove(&k);
                    }
                }
            }
        }
        v
    })
}

const V1_BASE: &str = r#"{"pg":"kcp.T0000","pay_method":"card","merchant_uid":"order_no_0001","name":"결제테스트","amount":1004,"buyer_email":"test@portone.io","buyer_name":"구매자","buyer_tel":"010-1234-5678","m_redirect_url":"https://shop.example/pay/done"}"#;
const V2_PAYMENT: &str = r#"{"storeId":"store-4ff4af41-85e3-4559-8eb8-0d08a2c6ceec","channelKey":"channel-key-9987cb87-6458-4888-b94e-68d9a2da896d","paymentId":"payment8f3k2l9x","orderName":"테스트 주문","totalAmount":1000,"currency":"CURRENCY_KRW","payMethod":"CARD","customer":{"fullName":"홍길동","phoneNumber":"01012345678","email":"a@b.co"}}"#;
const V2_BILLING: &str = r#"{"storeId":"store-4ff4af41-85e3-4559-8eb8-0d08a2c6ceec","channelKey":"channel-key-9987cb87-6458-4888-b94e-68d9a2da896d","billingKeyMethod":"CARD","issueId":"issue1","issueName":"정기결제","customer":{"fullName":"홍길동","phoneNumber":"01012345678","email":"a@b.co"}}"#;
const V2_BILLING_AND_PAY: &str = r#"{"storeId":"store-4ff4af41-85e3-4559-8eb8-0d08a2c6ceec","channelKey":"channel-key-9987cb87-6458-4888-b94e-68d9a2da896d","billingKeyAndPayMethod":"MOBILE","paymentId":"payment1","orderName":"주문","totalAmount":1000,"currency":"KRW","productType":"DIGITAL","customer":{"fullName":"홍길동","phoneNumber":"01012345678"}}"#;

const V1_PGS: &[Option<&str>] = &[None, Some("kcp"), Some("html5_inicis"), Some("daou"), Some("kakaopay")];
const V2_PGS: &[Option<&str>] = &[
    None,
    Some("kpn"),
    Some("kcp"),
    Some("inicis_v2"),
    Some("ksnet"),
    Some("smartro"),
];

fn opts(pg: Option<&str>, mobile: Option<bool>, en: bool) -> Options {
    Options {
        pg: pg.map(str::to_string),
        is_mobile: mobile,
        locale: if en { Locale::En } else { Locale::Ko },
        ..Options::default()
    }
}

/// No panic (implicit), the JSON renders and parses, and an ok outcome is a fixed point.
fn fixed_point(check: fn(&Value, &Options) -> Outcome, input: &Value, o: &Options) -> Result<(), TestCaseError> {
    let out = check(input, o);
    prop_assert!(parse(&out.to_json(o.locale)).is_ok(), "result JSON does not parse");
    if let Some(v) = &out.value {
        // the answer's shortcut (the caller-side copy of the input plus edits) must give what
        // the value's JSON gives, against the input's walker text and against its own text
        let own = v.to_json();
        prop_assert_eq!(v.edits_from(&own), Some(String::from("[]")));
        let given = walker_text(input);
        if let Some(edits) = v.edits_from(&given) {
            let mut copy = parse(&given).expect("walker text parses");
            prop_assert!(copy.apply_edits(&edits), "edits {} do not fit {}", edits, given);
            prop_assert_eq!(copy.to_json(), own, "edits {} on {}", edits, given);
        }
        let again = check(v, o);
        let errors: Vec<_> = again.issues.iter().filter(|i| i.severity.as_str() == "error").collect();
        prop_assert!(
            again.ok(),
            "normalized value re-checks with errors: {errors:?}\nvalue: {}",
            v.to_json()
        );
        prop_assert_eq!(again.value.as_ref(), Some(v), "normalizing is not idempotent");
    }
    Ok(())
}

/// The text `js/walk.js` writes for `v`: JSON, plus its tokens for what JSON cannot carry.
fn walker_text(v: &Value) -> String {
    use portone_guard::core::value::Odd;
    let mut out = String::new();
    fn put(v: &Value, out: &mut String) {
        match v {
            Value::Undefined => out.push_str("undefined"),
            Value::Odd(o) => out.push_str(match o {
                Odd::NaN => "NaN",
                Odd::Infinite => "Infinity",
                Odd::Function => "!f",
                Odd::Symbol => "!s",
                Odd::Date => "!d",
                Odd::Cycle => "!c",
                Odd::TooDeep => "!D",
                _ => "!e",
            }),
            Value::Arr(a) => {
                out.push('[');
                for (i, x) in a.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    put(x, out);
                }
                out.push(']');
            }
            Value::Obj(m) => {
                out.push('{');
                for (i, (k, x)) in m.entries().iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    out.push_str(&Value::Str(k.clone()).to_json());
                    out.push(':');
                    put(x, out);
                }
                out.push('}');
            }
            _ => out.push_str(&v.to_json()),
        }
    }
    put(v, &mut out);
    out
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(96),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn v1_check_never_panics_and_normalizes_idempotently(
        input in prop_oneof![request(V1_BASE), value()],
        pg in select(V1_PGS.to_vec()),
        mobile in prop::option::of(any::<bool>()),
        en in any::<bool>(),
    ) {
        fixed_point(check_request_pay, &input, &opts(pg, mobile, en))?;
    }

    #[test]
    fn v2_payment_never_panics_and_normalizes_idempotently(
        input in prop_oneof![request(V2_PAYMENT), value()],
        pg in select(V2_PGS.to_vec()),
        mobile in prop::option::of(any::<bool>()),
        en in any::<bool>(),
    ) {
        fixed_point(check_payment, &input, &opts(pg, mobile, en))?;
    }

    #[test]
    fn v2_billing_key_never_panics_and_normalizes_idempotently(
        input in prop_oneof![request(V2_BILLING), value()],
        pg in select(V2_PGS.to_vec()),
        mobile in prop::option::of(any::<bool>()),
        en in any::<bool>(),
    ) {
        fixed_point(check_issue_billing_key, &input, &opts(pg, mobile, en))?;
    }

    #[test]
    fn v2_billing_key_and_pay_never_panics_and_normalizes_idempotently(
        input in prop_oneof![request(V2_BILLING_AND_PAY), value()],
        pg in select(V2_PGS.to_vec()),
        mobile in prop::option::of(any::<bool>()),
        en in any::<bool>(),
    ) {
        fixed_point(check_issue_billing_key_and_pay, &input, &opts(pg, mobile, en))?;
    }

    #[test]
    /// `toV2`'s value (returned only when its own v2 check passed) passes `checkPayment` as is;
    /// without a PG, v1 parameters that check ok always convert.
    fn to_v2_of_ok_v1_parameters_passes_check_payment(
        input in request(r#"{"merchant_uid":"order_1","name":"당근 10kg","amount":1004,"pay_method":"card"}"#),
        pg in select(vec![None, Some("kcp"), Some("kpn")]),
    ) {
        let o = opts(pg, Some(false), false);
        let v1_ok = check_request_pay(&input, &o).ok();
        let out = to_v2(&input, Some("store-1"), Some("channel-key-1"), &o);
        prop_assert!(parse(&out.to_json(o.locale)).is_ok());
        if let Some(v) = &out.value {
            let again = check_payment(v, &o);
            prop_assert!(again.ok(), "toV2 output fails checkPayment: {:?}", again.issues);
            prop_assert_eq!(again.value.as_ref(), Some(v));
        } else if v1_ok && pg.is_none() {
            // with a PG, its v2 rules may be stricter than its v1 rules (KPN: letters and digits
            // only in paymentId); without one, v1 parameters that check ok must convert
            // the conversion's own refusals sit at v1 paths: `custom_data` that is not an object
            // (v2 `customData` must be one; the issue tells how to wrap it), and `unsupported`
            // at a v1 key the conversion cannot carry over (a `pay_method` v2 has no method for —
            // without a PG, v1 only warns about `pay_method` values such as the generator's "CARD" —
            // or `customer_uid`, which makes it a billing-key request); a refused `pay_method`
            // also leaves v2 `payMethod` missing
            let at_v1_key = |path: &str| {
                let key = path.split(['.', '[']).next().unwrap_or("");
                input.as_obj().is_some_and(|m| m.get(key).is_some())
            };
            let refused = |i: &portone_guard::core::issue::Issue| i.code == Code::Unsupported && at_v1_key(&i.path);
            let no_method = out.issues.iter().any(|i| i.path == "pay_method" && refused(i));
            let errors: Vec<_> = out
                .issues
                .iter()
                .filter(|i| i.severity.as_str() == "error" && !i.path.starts_with("custom_data"))
                .filter(|i| !(refused(i) || (no_method && i.path == "payMethod")))
                // v2 requires what v1 may leave out (`name` → `orderName` …): required there,
                // because the v1 key was not given
                .filter(|i| {
                    let from = match i.path.as_str() {
                        "orderName" => "name",
                        "paymentId" => "merchant_uid",
                        "totalAmount" => "amount",
                        "payMethod" => "pay_method",
                        _ => return true,
                    };
                    !(i.code == Code::Required && input.as_obj().is_some_and(|m| m.get(from).is_none()))
                })
                .collect();
            prop_assert!(errors.is_empty(), "v1 parameters check ok but toV2 fails: {errors:?}\ninput: {}", input.to_json());
        }
    }
}

/// The walker counts Symbol-keyed properties (`{!y2,…}`): they are not sent, but reported as a
/// warning at the object's path instead of vanishing silently.
#[test]
fn symbol_keys_are_reported_not_dropped_silently() {
    let v =
        parse(r#"{"merchant_uid":"order_1","amount":1004,"custom_data":{!y2,"a":1},"bypass":{!y1}}"#).expect("token");
    let out = check_request_pay(&v, &opts(None, Some(false), true));
    let warned: Vec<_> = out
        .issues
        .iter()
        .filter(|i| i.code.as_str() == "unknown_field")
        .map(|i| i.path.as_str())
        .collect();
    assert!(
        warned.contains(&"custom_data") && warned.contains(&"bypass"),
        "{:?}",
        out.issues
    );
    let sent = out.value.expect("warnings only").to_json();
    assert!(
        sent.contains(r#""custom_data":{"a":1}"#) && !sent.contains('!'),
        "{sent}"
    );
    let top = parse(r#"{!y1}"#).expect("token");
    assert!(check_payment(&top, &opts(None, None, false))
        .issues
        .iter()
        .any(|i| i.path.is_empty() && i.code.as_str() == "unknown_field"));
    assert!(parse("{!y}").is_err() && parse("{!y1 \"a\":1}").is_err());
}

/// One change to a [`Map`] in [`map_ops_agree_with_a_plain_list`].
#[derive(Clone, Debug)]
enum MapOp {
    Set(String, i64),
    Remove(String),
    RetainShorterThan(usize),
}

fn map_op() -> impl Strategy<Value = MapOp> {
    // few distinct keys, so sets hit existing keys and removes hit present ones
    let key = "[a-c]{0,3}";
    prop_oneof![
        6 => (key, -1000i64..1000).prop_map(|(k, v)| MapOp::Set(k, v)),
        2 => key.prop_map(MapOp::Remove),
        1 => (0usize..4).prop_map(MapOp::RetainShorterThan),
    ]
}

proptest! {
    #![proptest_config(config())]

    /// Issue #20: objects past a few entries keep a sorted index for lookups (a scan per key
    /// made 100,000 keys cost seconds). Any mix of reading text with repeated keys, sets,
    /// removes and retains gives the same entries, in the same order, and the same lookups as a
    /// plain list searched from the front.
    #[test]
    fn map_ops_agree_with_a_plain_list(
        start in prop::collection::vec(("[a-c]{0,3}", 0i64..100), 0..60),
        ops in prop::collection::vec(map_op(), 0..80),
    ) {
        // the reader: a later duplicate replaces the earlier value in the earlier place
        let text = format!("{{{}}}", start.iter().map(|(k, v)| format!("\"{k}\":{v}")).collect::<Vec<_>>().join(","));
        let Value::Obj(mut m) = parse(&text).expect("json") else { unreachable!() };
        let mut model: Vec<(String, i64)> = Vec::new();
        for (k, v) in &start {
            match model.iter_mut().find(|(x, _)| x == k) {
                Some(slot) => slot.1 = *v,
                None => model.push((k.clone(), *v)),
            }
        }
        for op in &ops {
            match op {
                MapOp::Set(k, v) => {
                    m.set(k, Value::int(*v));
                    match model.iter_mut().find(|(x, _)| x == k) {
                        Some(slot) => slot.1 = *v,
                        None => model.push((k.clone(), *v)),
                    }
                }
                MapOp::Remove(k) => {
                    let got = m.remove(k).and_then(|v| v.as_num().and_then(Num::as_int));
                    let want = model.iter().position(|(x, _)| x == k).map(|i| model.remove(i).1);
                    prop_assert_eq!(got, want);
                }
                MapOp::RetainShorterThan(n) => {
                    m.retain(|k, _| k.len() < *n);
                    model.retain(|(k, _)| k.len() < *n);
                }
            }
            let entries: Vec<(String, i64)> = m
                .entries()
                .iter()
                .map(|(k, v)| (k.clone(), v.as_num().and_then(Num::as_int).expect("int")))
                .collect();
            prop_assert_eq!(&entries, &model);
            for k in ["", "a", "b", "c", "ab", "abc", "cba", "ccc", "d"] {
                let want = model.iter().find(|(x, _)| x == k).map(|(_, v)| *v);
                prop_assert_eq!(m.get(k).and_then(|v| v.as_num().and_then(Num::as_int)), want);
            }
        }
    }
}

// ---- identity verification (issue #18): IMP.certification and requestIdentityVerification

const CERT_BASE: &str = r#"{"channelKey":"channel-key-9987cb87-6458-4888-b94e-68d9a2da896d","merchant_uid":"ORD20180131-0000011","m_redirect_url":"https://www.myservice.com/payments/complete/mobile","popup":false,"min_age":19,"name":"홍길동","phone":"01012345678","carrier":"KTF"}"#;
const IDV_BASE: &str = r#"{"storeId":"store-4ff4af41-85e3-4559-8eb8-0d08a2c6ceec","identityVerificationId":"identityverification1","channelKey":"channel-key-9987cb87-6458-4888-b94e-68d9a2da896d","customer":{"fullName":"홍길동","phoneNumber":"010-1234-5678","birthYear":"1990","birthMonth":"01","birthDay":"01"},"bypass":{"danal":{"IsCarrier":"SKT;KTF","AGELIMIT":19},"inicisUnified":{"flgFixedUser":"Y"},"kcpV2":{"web_siteid":"J0"}}}"#;
const IDENTITY_PGS: &[Option<&str>] = &[
    None,
    Some("danal"),
    Some("inicis_unified"),
    Some("inicis"),
    Some("kcp_v2"),
    Some("kpn"),
];

proptest! {
    #![proptest_config(config())]

    #[test]
    fn certification_never_panics_and_normalizes_idempotently(
        input in prop_oneof![request(CERT_BASE), value()],
        pg in select(IDENTITY_PGS.to_vec()),
        mobile in prop::option::of(any::<bool>()),
        en in any::<bool>(),
    ) {
        fixed_point(portone_guard::core::check_certification, &input, &opts(pg, mobile, en))?;
    }

    #[test]
    fn identity_verification_never_panics_and_normalizes_idempotently(
        input in prop_oneof![request(IDV_BASE), value()],
        pg in select(IDENTITY_PGS.to_vec()),
        mobile in prop::option::of(any::<bool>()),
        en in any::<bool>(),
    ) {
        fixed_point(portone_guard::core::check_identity_verification, &input, &opts(pg, mobile, en))?;
    }
}
