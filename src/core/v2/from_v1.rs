//! `toV2`: turns `IMP.request_pay` parameters (v1) into a `PortOne.requestPayment` request (v2),
//! then checks the result with [`super::check`] (`Api::Payment`). Each v1 key either has a
//! counterpart (the table in docs/api.md, "Moving to v2") or is reported at its v1 path — never
//! dropped silently:
//!
//! - `unsupported` **warning**: the key has no v2 counterpart and is left out (`pg`, `digital`,
//!   v1 `bypass` blocks, PG-specific v1 keys…);
//! - **error**: the value cannot be carried over without changing the payment (an amount with
//!   more decimals than the currency has, a string amount, a `pay_method` v2 has no method for,
//!   `customer_uid` — a billing-key request, which v2 makes with `requestIssueBillingKey`).
//!
//! Amounts become whole numbers in the currency's minor unit (ISO 4217 exponent: KRW/JPY ×1,
//! USD ×100, KWD ×1000), computed from the number's decimal text, never through floats.

use crate::core::fields::got;
use crate::core::issue::{index, Bi, Code, Detail, Expected, Format, Issue, Report};
use crate::core::text::{did_you_mean, parse_date, DateFmt};
use crate::core::v1::{COMMON_KEYS, GUIDE_KEYS};
use crate::core::value::{Map, Num, Value};
use crate::core::{Options, Outcome};

use super::Api;

static NO_COUNTERPART: Bi = bi!(
    "v2 requestPayment에 대응하는 파라미터가 없어 변환 결과에서 빠졌습니다.",
    "requestPayment (v2) has no counterpart for it; it was left out of the result."
);
static PG_CODE: Bi = bi!(
    "v2는 PG 코드 대신 channelKey로 채널을 지정합니다. toV2의 channelKey 옵션을 쓰세요.",
    "v2 names the channel with channelKey instead of a PG code; pass channelKey to toV2."
);
static V1_BYPASS: Bi = bi!(
    "v1의 PG 전용 항목은 v2에서 PG사 이름의 하위 객체 아래 다른 이름으로 들어갑니다. 자동 변환하지 않았습니다.",
    "v1's PG-specific keys go one level down in v2, under an object named after the PG, with other names; they were not converted."
);
static BILLING: Bi = bi!(
    "이 값이 있는 요청은 빌링키 발급입니다. v2에서는 requestIssueBillingKey로 따로 요청합니다.",
    "A request with it issues a billing key; v2 does that with requestIssueBillingKey."
);
static NO_METHOD: Bi = bi!(
    "이 결제수단에 해당하는 v2 payMethod가 없습니다.",
    "v2 has no payMethod for this one."
);
static AMOUNT_DECIMALS: Bi = bi!(
    "통화의 최소 단위보다 작은 소수 자리가 있어 v2의 정수 금액(최소 단위 기준)으로 바꿀 수 없습니다.",
    "It has more decimals than the currency's minor unit, so it cannot become a v2 whole number of minor units."
);
static AMOUNT_NUMBER: Bi = bi!(
    "금액은 숫자여야 변환할 수 있습니다.",
    "Only a number can be converted for v2."
);
static CUSTOM_DATA_OBJECT: Bi = bi!(
    "v2 customData는 객체입니다. 값을 객체로 감싸서 보내세요(예: { value: ... }).",
    "v2 customData is an object; wrap the value in one (e.g. { value: ... })."
);
static LANGUAGE: Bi = bi!(
    "v2 locale로 옮길 수 있는 값은 ko(KO_KR)와 en(EN_US)입니다.",
    "Only ko (KO_KR) and en (EN_US) carry over to v2 locale."
);
static VBANK_DUE: Bi = bi!(
    "v2 dueDate는 YYYYMMDD, YYYYMMDDHHmmss, YYYY-MM-DD, YYYY-MM-DD HH:mm:ss 중 하나여야 합니다.",
    "v2 dueDate takes YYYYMMDD, YYYYMMDDHHmmss, YYYY-MM-DD or YYYY-MM-DD HH:mm:ss."
);
static WALLET_PG: Bi = bi!(
    "PG 코드가 간편결제사 자신인 PG사여서 v2 요청은 payMethod EASY_PAY(그 간편결제사)로 만들었습니다. v1에서 이 PG사는 이 값을 읽지 않습니다.",
    "The PG is a wallet itself, so the v2 request pays with payMethod EASY_PAY (that wallet); this PG does not read the v1 value."
);
static GIFT_TYPE: Bi = bi!(
    "v2 GiftCertificateType에 이 상품권이 없어 giftCertificateType 없이 변환했습니다.",
    "v2's GiftCertificateType has no such certificate; giftCertificateType was left out."
);

/// What a v1 `pay_method` implies beyond the method: `("easyPay", provider)` or
/// `("giftCertificate", type)` (`""`: v2 has no such type).
type Implied = Option<(&'static str, &'static str)>;

/// v1 `pay_method` → v2 `payMethod`, plus the provider or certificate type it implies.
static PAY_METHODS: &[(&str, &str, Implied)] = &[
    ("card", "CARD", None),
    ("trans", "TRANSFER", None),
    ("vbank", "VIRTUAL_ACCOUNT", None),
    ("phone", "MOBILE", None),
    ("cvs", "CONVENIENCE_STORE", None),
    ("paypal", "PAYPAL", None),
    ("alipay", "ALIPAY", None),
    (
        "cultureland",
        "GIFT_CERTIFICATE",
        Some(("giftCertificate", "CULTURELAND")),
    ),
    (
        "smartculture",
        "GIFT_CERTIFICATE",
        Some(("giftCertificate", "SMART_MUNSANG")),
    ),
    ("booknlife", "GIFT_CERTIFICATE", Some(("giftCertificate", "BOOKNLIFE"))),
    (
        "culturegift",
        "GIFT_CERTIFICATE",
        Some(("giftCertificate", "CULTURE_GIFT")),
    ),
    ("happymoney", "GIFT_CERTIFICATE", Some(("giftCertificate", ""))),
    ("kakaopay", "EASY_PAY", Some(("easyPay", "KAKAOPAY"))),
    ("naverpay", "EASY_PAY", Some(("easyPay", "NAVERPAY"))),
    ("tosspay", "EASY_PAY", Some(("easyPay", "TOSSPAY"))),
    ("payco", "EASY_PAY", Some(("easyPay", "PAYCO"))),
    ("samsung", "EASY_PAY", Some(("easyPay", "SAMSUNGPAY"))),
    ("samsungpay", "EASY_PAY", Some(("easyPay", "SAMSUNGPAY"))),
    ("ssgpay", "EASY_PAY", Some(("easyPay", "SSGPAY"))),
    ("lpay", "EASY_PAY", Some(("easyPay", "LPAY"))),
    ("applepay", "EASY_PAY", Some(("easyPay", "APPLEPAY"))),
    ("kpay", "EASY_PAY", Some(("easyPay", "KPAY"))),
    ("chai", "EASY_PAY", Some(("easyPay", "CHAI"))),
    ("pinpay", "EASY_PAY", Some(("easyPay", "PINPAY"))),
    ("skpay", "EASY_PAY", Some(("easyPay", "SKPAY"))),
    ("lgpay", "EASY_PAY", Some(("easyPay", "LGPAY"))),
];

/// v1 keys whose value moves to a v2 path unchanged.
static RENAMES: &[(&str, &str)] = &[
    ("merchant_uid", "paymentId"),
    ("name", "orderName"),
    ("buyer_name", "customer.fullName"),
    ("buyer_tel", "customer.phoneNumber"),
    ("buyer_email", "customer.email"),
    ("buyer_postcode", "customer.zipcode"),
    ("m_redirect_url", "redirectUrl"),
    ("confirm_url", "confirmUrl"),
    ("escrow", "isEscrow"),
    ("app_scheme", "appScheme"),
    ("channelKey", "channelKey"),
];

/// Converts v1 parameters to a v2 `requestPayment` request and checks it. `store_id` and
/// `channel_key` fill `storeId` and `channelKey` (a `channelKey` in the v1 parameters is used
/// when none is given).
pub fn to_v2(input: &Value, store_id: Option<&str>, channel_key: Option<&str>, opts: &Options) -> Outcome {
    let mut r = Report::default();
    let Value::Obj(v1) = input else {
        return super::check(Api::Payment, input, opts);
    };
    crate::core::fields::scan_odd(input, "", &mut r);
    if crate::core::fields::over_budget(&r) {
        return Outcome::new(Value::Null, r.issues);
    }
    let mut out = Map::default();
    if let Some(s) = store_id {
        out.set("storeId", Value::str(s));
    }
    if let Some(c) = channel_key {
        out.set("channelKey", Value::str(c));
    }
    let currency = match v1.get("currency") {
        Some(Value::Str(c)) => c.clone(),
        Some(other) => {
            out.set("currency", other.clone());
            String::new()
        }
        None => "KRW".to_string(),
    };
    if !currency.is_empty() {
        out.set("currency", Value::Str(currency.clone()));
    }
    let exponent = minor_unit(&currency);

    for (k, v) in v1.entries() {
        if matches!(v, Value::Undefined | Value::Odd(_)) {
            continue; // odd values were reported at their v1 path above
        }
        let key = k.as_str();
        if let Some((_, to)) = RENAMES.iter().find(|(from, _)| *from == key) {
            if *to == "channelKey" && channel_key.is_some() {
                continue;
            }
            set_path(&mut out, to, v.clone());
            continue;
        }
        match key {
            "currency" => {}
            "amount" => amount(v, "amount", "totalAmount", exponent, &mut out, &mut r),
            "tax_free" => amount(v, "tax_free", "taxFreeAmount", exponent, &mut out, &mut r),
            "vat_amount" => amount(v, "vat_amount", "vatAmount", exponent, &mut out, &mut r),
            "pay_method" => pay_method(v, &mut out, &mut r),
            "buyer_addr" => {
                let mut addr = Map::default();
                addr.set("addressLine1", v.clone());
                addr.set("addressLine2", Value::str(""));
                set_path(&mut out, "customer.address", Value::Obj(addr));
            }
            "notice_url" => match v {
                Value::Str(_) => out.set("noticeUrls", Value::Arr(vec![v.clone()])),
                _ => out.set("noticeUrls", v.clone()),
            },
            "custom_data" => match v {
                Value::Obj(_) => out.set("customData", v.clone()),
                other => r.error(
                    "custom_data",
                    Code::InvalidType,
                    Detail::Type {
                        expected: Expected::Object,
                        got: got(other),
                    },
                    Some(&CUSTOM_DATA_OBJECT),
                ),
            },
            "language" => match v.as_str() {
                Some("ko") => out.set("locale", Value::str("KO_KR")),
                Some("en") => out.set("locale", Value::str("EN_US")),
                _ => r.warn("language", Code::Unsupported, Detail::Note, Some(&LANGUAGE)),
            },
            "vbank_due" => vbank_due(v, &mut out, &mut r),
            "display" => display(v, &mut out, &mut r),
            "customer_uid" => r.error("customer_uid", Code::Unsupported, Detail::Note, Some(&BILLING)),
            "pg" => r.warn("pg", Code::Unsupported, Detail::Note, Some(&PG_CODE)),
            "bypass" => r.warn("bypass", Code::Unsupported, Detail::Note, Some(&V1_BYPASS)),
            // a key v1 defines that v2 has no place for is `unsupported`; a key v1 does not
            // know at all is `unknown_field`, as the checks call it, with a did-you-mean
            _ if is_v1_key(key) => r.warn(
                crate::core::issue::join("", key),
                Code::Unsupported,
                Detail::Note,
                Some(&NO_COUNTERPART),
            ),
            _ => {
                let keys = || COMMON_KEYS.iter().chain(GUIDE_KEYS).copied();
                let hint = did_you_mean(key, keys()).map(str::to_string);
                r.warn(
                    crate::core::issue::join("", key),
                    Code::UnknownField,
                    Detail::UnknownField { hint },
                    None,
                )
            }
        }
    }
    // The v1 `pg` names the gateway: its v2 rules check the result (unless the options already
    // name one), and a gateway that is itself a wallet (v2 pays only with EASY_PAY) gets EASY_PAY
    // with its own provider, whatever v1 `pay_method` it was sent (it does not read it).
    let gateway = v1
        .get("pg")
        .and_then(Value::as_str)
        .map(|pg| pg.split_once('.').map_or(pg, |(p, _)| p))
        .and_then(|provider| opts.gateways.by_v1_code(provider).map(|gw| (gw, provider)));
    let wallet = gateway.and_then(|(gw, provider)| {
        let only_easy_pay = gw.v2.as_ref()?.pay_methods? == ["EASY_PAY"];
        let code = provider.strip_suffix("_v2").unwrap_or(provider);
        let own = PAY_METHODS
            .iter()
            .find(|(from, method, _)| *from == code && *method == "EASY_PAY")
            .and_then(|(_, _, extra)| extra.map(|(_, provider)| provider));
        only_easy_pay.then_some(own)
    });
    match (wallet, v1.get("pay_method")) {
        (Some(own), sent) => {
            let provider_now = match out.get("easyPay") {
                Some(Value::Obj(e)) => e.get("easyPayProvider").and_then(Value::as_str).map(str::to_string),
                _ => None,
            };
            let same = out.get("payMethod").and_then(Value::as_str) == Some("EASY_PAY")
                && (own.is_none() || provider_now.as_deref() == own);
            if sent.is_some() && !same && !r.issues.iter().any(|i| i.path == "pay_method") {
                r.warn("pay_method", Code::Unsupported, Detail::Note, Some(&WALLET_PG));
            }
            out.set("payMethod", Value::str("EASY_PAY"));
            match own {
                Some(p) => set_path(&mut out, "easyPay.easyPayProvider", Value::str(p)),
                None => {
                    if let Some(Value::Obj(e)) = out.get_mut("easyPay") {
                        e.remove("easyPayProvider");
                    }
                }
            }
        }
        // v1's default method is card
        (None, None) => out.set("payMethod", Value::str("CARD")),
        (None, Some(_)) => {}
    }
    let named;
    let opts = match gateway {
        Some((gw, _))
            if gw.v2.is_some()
                && opts.pg.is_none()
                && !out
                    .get("channelKey")
                    .and_then(Value::as_str)
                    .is_some_and(|ck| opts.channels.iter().any(|(k, _)| k == ck)) =>
        {
            named = Options {
                pg: Some(gw.id.to_string()),
                ..opts.clone()
            };
            &named
        }
        _ => opts,
    };

    let checked = super::check(Api::Payment, &Value::Obj(out), opts);
    let mut issues: Vec<Issue> = r.issues;
    issues.extend(checked.issues);
    let value = checked.value.unwrap_or(Value::Null);
    Outcome::new(value, issues)
}

/// Sets `value` at a dotted path, creating objects on the way.
fn set_path(m: &mut Map, path: &str, value: Value) {
    match path.split_once('.') {
        None => m.set(path, value),
        Some((head, rest)) => {
            if !matches!(m.get(head), Some(Value::Obj(_))) {
                m.set(head, Value::Obj(Map::default()));
            }
            if let Some(Value::Obj(inner)) = m.get_mut(head) {
                set_path(inner, rest, value);
            }
        }
    }
}

/// ISO 4217 minor-unit exponent: 0 and 3 listed, 2 otherwise.
fn minor_unit(currency: &str) -> u32 {
    const ZERO: &[&str] = &[
        "KRW", "JPY", "VND", "CLP", "ISK", "UGX", "XAF", "XOF", "XPF", "KMF", "GNF", "PYG", "RWF", "VUV", "BIF", "DJF",
        "UYI",
    ];
    const THREE: &[&str] = &["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"];
    let c = currency.strip_prefix("CURRENCY_").unwrap_or(currency);
    if ZERO.contains(&c) {
        0
    } else if THREE.contains(&c) {
        3
    } else {
        2
    }
}

/// A v1 amount (major units, a JS number) → v2 minor units, exactly, from the number's text.
fn amount(v: &Value, from: &str, to: &str, exponent: u32, out: &mut Map, r: &mut Report) {
    let Value::Num(n) = v else {
        if !matches!(v, Value::Odd(_)) {
            r.error(
                from,
                Code::InvalidType,
                Detail::Type {
                    expected: Expected::Number,
                    got: got(v),
                },
                Some(&AMOUNT_NUMBER),
            );
        }
        return;
    };
    match scale(n, exponent) {
        Some(minor) => out.set(to, Value::int(minor)),
        None => r.error(
            from,
            Code::InvalidFormat,
            Detail::Format(Format::Described),
            Some(&AMOUNT_DECIMALS),
        ),
    }
}

/// `n × 10^exponent` when that is a whole number within 2^53; from the decimal text.
fn scale(n: &Num, exponent: u32) -> Option<i64> {
    let text = n.text.as_ref();
    if text.contains(['e', 'E']) {
        // JS writes very large or very small numbers with an exponent; whole ones are exact
        return n.as_int().and_then(|i| i.checked_mul(10i64.checked_pow(exponent)?));
    }
    let (neg, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let frac = frac.trim_end_matches('0');
    if frac.len() > exponent as usize {
        return None;
    }
    let mut all = String::with_capacity(int.len() + exponent as usize);
    all.push_str(int);
    all.push_str(frac);
    for _ in frac.len()..exponent as usize {
        all.push('0');
    }
    if all.len() > 17 || !all.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let v = all.bytes().fold(0i64, |a, d| a * 10 + (d - b'0') as i64);
    (v <= crate::core::fields::MAX_AMOUNT).then_some(if neg { -v } else { v })
}

fn pay_method(v: &Value, out: &mut Map, r: &mut Report) {
    let Some(pm) = v.as_str() else {
        out.set("payMethod", v.clone());
        return;
    };
    let Some((_, method, extra)) = PAY_METHODS.iter().find(|(from, _, _)| *from == pm) else {
        r.error("pay_method", Code::Unsupported, Detail::Note, Some(&NO_METHOD));
        return;
    };
    out.set("payMethod", Value::str(method));
    match extra {
        Some(("easyPay", provider)) => set_path(out, "easyPay.easyPayProvider", Value::str(provider)),
        Some(("giftCertificate", "")) => r.warn("pay_method", Code::Unsupported, Detail::Note, Some(&GIFT_TYPE)),
        Some(("giftCertificate", kind)) => set_path(out, "giftCertificate.giftCertificateType", Value::str(kind)),
        _ => {}
    }
}

fn vbank_due(v: &Value, out: &mut Map, r: &mut Report) {
    const V2: &[DateFmt] = &[DateFmt::Ymd, DateFmt::YmdHms, DateFmt::DashedYmd, DateFmt::DashedYmdHms];
    match v.as_str() {
        Some(s) if parse_date(s, V2).is_some() => set_path(out, "virtualAccount.accountExpiry.dueDate", v.clone()),
        _ => r.error(
            "vbank_due",
            Code::InvalidFormat,
            Detail::Format(Format::Date(V2)),
            Some(&VBANK_DUE),
        ),
    }
}

/// `display.card_quota` → `card.installment.monthOption`: `[]` (lump sum only) → `fixedMonth: 0`;
/// `[2, 3]` (lump sum and these) → `availableMonthList: [0, 2, 3]`. Other `display` keys have no
/// counterpart.
fn display(v: &Value, out: &mut Map, r: &mut Report) {
    let Value::Obj(d) = v else {
        r.warn("display", Code::Unsupported, Detail::Note, Some(&NO_COUNTERPART));
        return;
    };
    for (k, x) in d.entries() {
        let path = crate::core::issue::join("display", k);
        if k != "card_quota" {
            r.warn(path, Code::Unsupported, Detail::Note, Some(&NO_COUNTERPART));
            continue;
        }
        let Value::Arr(q) = x else {
            r.error(
                path,
                Code::InvalidType,
                Detail::Type {
                    expected: Expected::Array,
                    got: got(x),
                },
                None,
            );
            continue;
        };
        let mut months: Vec<i64> = vec![0];
        for (i, m) in q.iter().enumerate() {
            match m.as_num().and_then(Num::as_int) {
                Some(m) if m >= 0 => {
                    if !months.contains(&m) {
                        months.push(m)
                    }
                }
                _ => r.error(
                    index(&path, i),
                    Code::InvalidType,
                    Detail::Type {
                        expected: Expected::Integer,
                        got: got(m),
                    },
                    None,
                ),
            }
        }
        let mut option = Map::default();
        if months.len() == 1 {
            option.set("fixedMonth", Value::int(0));
        } else {
            option.set(
                "availableMonthList",
                Value::Arr(months.into_iter().map(Value::int).collect()),
            );
        }
        set_path(out, "card.installment.monthOption", Value::Obj(option));
    }
}

/// A top-level key PortOne's v1 reference or some gateway's v1 guide defines.
fn is_v1_key(key: &str) -> bool {
    COMMON_KEYS.iter().chain(GUIDE_KEYS).any(|k| *k == key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales_amounts_exactly() {
        let n = |t: &str| Num {
            v: t.parse().unwrap(),
            text: t.into(),
        };
        assert_eq!(scale(&n("1004"), 0), Some(1004));
        assert_eq!(scale(&n("10.5"), 2), Some(1050));
        assert_eq!(scale(&n("0.1"), 2), Some(10));
        assert_eq!(scale(&n("19.99"), 2), Some(1999));
        assert_eq!(scale(&n("1.005"), 2), None);
        assert_eq!(scale(&n("10.5"), 0), None);
        assert_eq!(scale(&n("1.25"), 3), Some(1250));
        assert_eq!(scale(&n("1e21"), 0), None);
        assert_eq!(minor_unit("CURRENCY_USD"), 2);
        assert_eq!(minor_unit("KWD"), 3);
    }

    #[test]
    fn a_key_v1_does_not_know_is_unknown_field_as_in_the_checks_a_v1_key_without_a_v2_place_unsupported() {
        let v1 = crate::core::value::parse(
            r#"{"merchant_uid":"o","name":"n","amount":1000,"buyer_emial":"x","kcpProducts":[]}"#,
        )
        .unwrap();
        let out = to_v2(&v1, Some("store"), Some("channel"), &Options::default());
        let at = |p: &str| {
            out.issues
                .iter()
                .find(|i| i.path == p)
                .unwrap_or_else(|| panic!("{p}: {:?}", out.issues))
        };
        let typo = at("buyer_emial");
        assert_eq!(
            (typo.code, typo.severity),
            (Code::UnknownField, crate::core::issue::Severity::Warning)
        );
        assert!(matches!(&typo.detail, Detail::UnknownField { hint: Some(h) } if h == "buyer_email"));
        assert_eq!(at("kcpProducts").code, Code::Unsupported);
        // the same code checkRequestPay gives the same key
        let checked = crate::core::check_request_pay(&v1, &Options::default());
        assert!(checked
            .issues
            .iter()
            .any(|i| i.path == "buyer_emial" && i.code == Code::UnknownField));
    }
}
