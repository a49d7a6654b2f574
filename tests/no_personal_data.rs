//! Issue messages never carry personal data (issue #8): card-number-, phone- and e-mail-shaped
//! values are put into every field the module's key tables know (v1 common, guide and per-PG keys,
//! at the top and under `bypass`; the v2 request schemas with every nested object and every PG's
//! `bypass` block), for several PGs and both locales, and no message may contain the value or
//! any run of 6 or more of its digits.
#![cfg(not(target_arch = "wasm32"))]

use portone_guard::core::cardquota::parse_value;
use portone_guard::core::fields::{Key, Kind};
use portone_guard::core::v1::{COMMON_KEYS, GUIDE_KEYS};
use portone_guard::core::v2::{Api, ALL_APIS};
use portone_guard::core::value::{parse, Map, Value};
use portone_guard::core::{check_request_pay, to_v2, Options, Outcome};
use portone_guard::i18n::{message, Locale};
use portone_guard::pg::GATEWAYS;

const PERSONAL: &[&str] = &[
    "4111111111111111",
    "4111-1111-1111-1111",
    "010-9876-5432",
    "01098765432",
    "victim.person@example.com",
    "홍길동 010-9876-5432 victim.person@example.com",
];

/// Every 6-character run of the value's digits, plus the value itself.
fn forbidden(value: &str) -> Vec<String> {
    let digits: Vec<char> = value.chars().filter(char::is_ascii_digit).collect();
    let mut out = vec![value.to_string()];
    if digits.len() >= 6 {
        out.extend(digits.windows(6).map(|w| w.iter().collect::<String>()));
    }
    out.extend(value.split(' ').filter(|w| w.contains('@')).map(str::to_string));
    out
}

fn assert_clean(out: &Outcome, value: &str, context: &str) {
    let bad = forbidden(value);
    for locale in [Locale::Ko, Locale::En] {
        for issue in &out.issues {
            let m = message(issue, locale);
            for b in &bad {
                assert!(!m.contains(b.as_str()), "{context}: message echoes `{b}`: {m}");
            }
        }
    }
}

fn paths(keys: &[Key], prefix: &str, out: &mut Vec<String>) {
    for k in keys {
        let p = if prefix.is_empty() {
            k.name.to_string()
        } else {
            [prefix, ".", k.name].concat()
        };
        match &k.kind {
            Kind::Fields(t) | Kind::OneOf(t) => paths(t, &p, out),
            Kind::ListOf(Kind::Fields(t)) => paths(t, &[p.as_str(), ".0"].concat(), out),
            _ => {}
        }
        out.push(p);
    }
}

/// Sets `path` (dotted; a numeric segment is an array index) in `v`, creating what is missing.
fn set(v: &mut Value, path: &str, x: Value) {
    let (head, rest) = match path.split_once('.') {
        Some((h, r)) => (h, Some(r)),
        None => (path, None),
    };
    if let Ok(i) = head.parse::<usize>() {
        if !matches!(v, Value::Arr(_)) {
            *v = Value::Arr(Vec::new());
        }
        let Value::Arr(a) = v else { unreachable!() };
        while a.len() <= i {
            a.push(Value::Obj(Map::default()));
        }
        match rest {
            Some(r) => set(&mut a[i], r, x),
            None => a[i] = x,
        }
        return;
    }
    if !matches!(v, Value::Obj(_)) {
        *v = Value::Obj(Map::default());
    }
    let Value::Obj(m) = v else { unreachable!() };
    match rest {
        None => m.set(head, x),
        Some(r) => {
            if m.get(head).is_none() {
                m.set(head, Value::Obj(Map::default()));
            }
            set(m.get_mut(head).expect("just set"), r, x);
        }
    }
}

const V1_BASE: &str = r#"{"pg":"kcp.T0000","pay_method":"card","merchant_uid":"order_no_0001","name":"결제테스트","amount":1004,"buyer_name":"구매자","m_redirect_url":"https://shop.example/pay/done"}"#;
const V2_BASE: &str = r#"{"storeId":"store-4ff4af41-85e3-4559-8eb8-0d08a2c6ceec","channelKey":"channel-key-9987cb87-6458-4888-b94e-68d9a2da896d","paymentId":"payment1","issueId":"issue1","issueName":"정기결제","orderName":"주문","totalAmount":1000,"currency":"KRW","payMethod":"CARD","billingKeyMethod":"CARD","billingKeyAndPayMethod":"MOBILE","productType":"DIGITAL"}"#;

#[test]
fn v1_messages_never_contain_personal_data() {
    let mut fields: Vec<String> = COMMON_KEYS.iter().chain(GUIDE_KEYS).map(|s| s.to_string()).collect();
    for g in GATEWAYS {
        if let Some(v1) = &g.v1 {
            for k in v1.extra_keys {
                fields.push(k.to_string());
                fields.push(["bypass.", k].concat());
            }
        }
    }
    fields.extend(
        [
            "bypass.daou.CARDQUOTA",
            "bypass.daou.PRODUCTCODE",
            "display.card_quota",
            "card.direct.code",
            "prefill.phoneNumber",
        ]
        .map(str::to_string),
    );
    fields.sort();
    fields.dedup();
    let checked = sweep(
        &[
            None,
            Some("kcp"),
            Some("html5_inicis"),
            Some("daou"),
            Some("kakaopay"),
            Some("kpn"),
        ],
        &fields,
        V1_BASE,
        |req, opts, value, field| {
            assert_clean(&check_request_pay(req, opts), value, field);
            assert_clean(&to_v2(req, Some("store-1"), Some("channel-key-1"), opts), value, field);
        },
    );
    assert!(checked > 500, "only {checked} cases");
}

#[test]
fn v2_messages_never_contain_personal_data() {
    let mut checked = 0;
    for api in ALL_APIS {
        let mut fields = Vec::new();
        paths(api.keys(), "", &mut fields);
        for g in GATEWAYS {
            let Some(v2) = &g.v2 else { continue };
            let (Some(key), Some(table)) = (v2.bypass_key, v2.bypass.get(*api)) else {
                continue;
            };
            paths(table, &["bypass.", key].concat(), &mut fields);
        }
        fields.sort();
        fields.dedup();
        checked += sweep(
            &[
                None,
                Some("kpn"),
                Some("kcp"),
                Some("inicis_v2"),
                Some("ksnet"),
                Some("smartro"),
                Some("welcome"),
            ],
            &fields,
            V2_BASE,
            |req, opts, value, field| assert_clean(&check(*api, req, opts), value, field),
        );
    }
    assert!(checked > 500, "only {checked} cases");
}

/// Runs `run` on `base` with each field set to personal values, over the PGs: PC and mobile
/// alternate over the PGs (mobile-only requirements run too), and each field gets every kind of
/// value over the PGs, two values per run. Returns how many requests ran.
fn sweep(
    pgs: &[Option<&str>],
    fields: &[String],
    base: &str,
    mut run: impl FnMut(&Value, &Options, &str, &str),
) -> usize {
    let mut checked = 0;
    for (i, pg) in pgs.iter().enumerate() {
        let opts = Options {
            pg: pg.map(str::to_string),
            is_mobile: Some(i % 2 == 1),
            ..Options::default()
        };
        for (j, field) in fields.iter().enumerate() {
            for value in [
                PERSONAL[(i + j) % PERSONAL.len()],
                PERSONAL[(i + j + 3) % PERSONAL.len()],
            ] {
                let mut req = parse(base).expect("base");
                set(&mut req, field, Value::str(value));
                run(&req, &opts, value, field);
                checked += 1;
            }
        }
    }
    checked
}

fn check(api: Api, req: &Value, opts: &Options) -> Outcome {
    portone_guard::core::v2::check(api, req, opts)
}

#[test]
fn cardquota_messages_never_contain_personal_data() {
    for value in PERSONAL {
        assert_clean(&parse_value(&Value::str(value)), value, "CARDQUOTA");
        let quota = ["CCBC-0:2^", value].concat();
        assert_clean(&parse_value(&Value::str(&quota)), value, "CARDQUOTA group");
    }
}

/// The detector itself: an issue that did carry a phone number (as a did-you-mean hint) is caught.
#[test]
fn the_detector_catches_an_echo() {
    use portone_guard::core::issue::{Code, Detail, Issue, Severity};
    let leaky = Outcome {
        value: None,
        issues: vec![Issue {
            path: String::from("buyer_tel"),
            code: Code::UnknownField,
            severity: Severity::Warning,
            detail: Detail::UnknownField {
                hint: Some("x01098765432".into()),
            },
            note: None,
        }],
    };
    assert!(std::panic::catch_unwind(|| assert_clean(&leaky, "010-9876-5432", "self-test")).is_err());
    assert!(std::panic::catch_unwind(|| assert_clean(&leaky, "+82 10 9876 5432", "self-test")).is_err());
}

/// Issue #18: identity verification carries the most personal data of all (name, phone number,
/// birth date): every key of `IMP.certification` and of `requestIdentityVerification` (nested
/// objects and every identity PG's bypass block included), for each identity PG, both locales.
#[test]
fn identity_verification_messages_never_contain_personal_data() {
    use portone_guard::core::identity::{CERT_COMMON_KEYS, CERT_GUIDE_KEYS, IDENTITY_VERIFICATION};
    use portone_guard::core::{check_certification, check_identity_verification};
    let pgs = [
        None,
        Some("danal"),
        Some("inicis_unified"),
        Some("inicis"),
        Some("kcp_v2"),
    ];
    let mut v1: Vec<String> = CERT_COMMON_KEYS
        .iter()
        .chain(CERT_GUIDE_KEYS)
        .map(|s| s.to_string())
        .collect();
    v1.push("unknownKey".into());
    let n1 = sweep(
        &pgs,
        &v1,
        r#"{"merchant_uid":"ORD1","popup":true}"#,
        |req, opts, value, field| {
            assert_clean(
                &check_certification(req, opts),
                value,
                &format!("certification {field}"),
            );
        },
    );
    let mut v2 = Vec::new();
    paths(IDENTITY_VERIFICATION, "", &mut v2);
    for g in GATEWAYS {
        if let Some(idv) = &g.identity_verification {
            if let (Some(k), Some(t)) = (idv.bypass_key, idv.bypass) {
                paths(t, &["bypass.", k].concat(), &mut v2);
            }
        }
    }
    v2.extend(
        [
            "customer.birthYear",
            "customer.birthMonth",
            "customer.birthDay",
            "merchant_uid",
            "bypass.kcp_v2",
        ]
        .map(str::to_string),
    );
    let n2 = sweep(
        &pgs,
        &v2,
        r#"{"storeId":"s","identityVerificationId":"iv1","channelKey":"c"}"#,
        |req, opts, value, field| {
            assert_clean(
                &check_identity_verification(req, opts),
                value,
                &format!("identityVerification {field}"),
            );
        },
    );
    assert!(n1 > 50 && n2 > 150, "{n1} {n2}");
}
