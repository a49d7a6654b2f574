//! `PortOne.requestPayment` / `requestIssueBillingKey` / `requestIssueBillingKeyAndPay` and the
//! button calls `loadPaymentUI` / `loadIssueBillingKeyUI` (v2, `@portone/browser-sdk/v2`): the schema every request must follow (`schema.rs`, with the enums
//! in `enums.rs`), the rules across fields (`rules.rs`), which PG a request is for, and the
//! per-PG rules: the data of `V2Rules` (`gateway.rs`) and each PG's own `check` function under
//! `src/pg/`.
//!
//! Normalization: prefixed enum spellings (`CURRENCY_KRW`, `CARD_COMPANY_BC_CARD`,
//! `PAY_METHOD_CARD`, …) are rewritten to the short form with **no issue** — the SDK treats
//! both alike. A spelling the SDK does not declare (`billingKeyAndPayMethod: "PHONE"`, as two
//! guides write it) is rewritten with a warning. `undefined` values are dropped. Nothing else
//! is changed, and normalizing an already normalized request changes nothing.

pub mod enums;
pub mod from_v1;
mod gateway;
mod rules;
pub mod schema;

use crate::core::fields::{check_keys_with, check_kind_in, normalize_keys, scan_odd, Key, Kind};
use crate::core::issue::{join, Bi, Code, Detail, OddKind, Report, Severity};
use crate::core::text::did_you_mean;
use crate::core::value::{Map, Value};
use crate::core::{Options, Outcome};
use crate::engine::model::{Env, Gateway, V2Rules};
use crate::engine::registry::Registry;

/// Which SDK function a request is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Api {
    /// `requestPayment`.
    Payment,
    /// `requestIssueBillingKey`.
    IssueBillingKey,
    /// `requestIssueBillingKeyAndPay`.
    IssueBillingKeyAndPay,
    /// `loadPaymentUI` (a PG's payment button rendered in the page; `uiType` `PAYPAL_SPB`).
    LoadPaymentUI,
    /// `loadIssueBillingKeyUI` (a PG's billing-key button; `uiType` `PAYPAL_RT`).
    LoadIssueBillingKeyUI,
}

/// Every v2 call.
pub const ALL_APIS: &[Api] = &[
    Api::Payment,
    Api::IssueBillingKey,
    Api::IssueBillingKeyAndPay,
    Api::LoadPaymentUI,
    Api::LoadIssueBillingKeyUI,
];

impl Api {
    /// The SDK function's name.
    pub fn sdk_method(self) -> &'static str {
        match self {
            Api::Payment => "requestPayment",
            Api::IssueBillingKey => "requestIssueBillingKey",
            Api::IssueBillingKeyAndPay => "requestIssueBillingKeyAndPay",
            Api::LoadPaymentUI => "loadPaymentUI",
            Api::LoadIssueBillingKeyUI => "loadIssueBillingKeyUI",
        }
    }
    /// True for the button calls (`loadPaymentUI`, `loadIssueBillingKeyUI`).
    pub fn is_ui(self) -> bool {
        matches!(self, Api::LoadPaymentUI | Api::LoadIssueBillingKeyUI)
    }
    /// True for the calls that issue a billing key without paying (`requestIssueBillingKey`,
    /// `loadIssueBillingKeyUI`): `issueId` / `issueName` / `displayAmount` instead of the
    /// payment's `paymentId` / `orderName` / `totalAmount`.
    pub fn issues_billing_key(self) -> bool {
        matches!(self, Api::IssueBillingKey | Api::LoadIssueBillingKeyUI)
    }
    /// `"payment"`, `"issueBillingKey"`, `"issueBillingKeyAndPay"`, `"loadPaymentUI"`,
    /// `"loadIssueBillingKeyUI"` (or the SDK method names).
    pub fn from_name(name: &str) -> Option<Api> {
        match name {
            "payment" | "requestPayment" => Some(Api::Payment),
            "issueBillingKey" | "requestIssueBillingKey" => Some(Api::IssueBillingKey),
            "issueBillingKeyAndPay" | "requestIssueBillingKeyAndPay" => Some(Api::IssueBillingKeyAndPay),
            "loadPaymentUI" => Some(Api::LoadPaymentUI),
            "loadIssueBillingKeyUI" => Some(Api::LoadIssueBillingKeyUI),
            _ => None,
        }
    }
    /// The request's key table.
    pub fn keys(self) -> &'static [Key] {
        match self {
            Api::Payment => schema::PAYMENT,
            Api::IssueBillingKey => schema::ISSUE_BILLING_KEY,
            Api::IssueBillingKeyAndPay => schema::ISSUE_BILLING_KEY_AND_PAY,
            Api::LoadPaymentUI => schema::LOAD_PAYMENT_UI,
            Api::LoadIssueBillingKeyUI => schema::LOAD_ISSUE_BILLING_KEY_UI,
        }
    }
    /// The key naming the method (`payMethod`, `billingKeyMethod`, `billingKeyAndPayMethod`).
    pub fn method_key(self) -> &'static str {
        match self {
            Api::Payment | Api::LoadPaymentUI => "payMethod",
            Api::IssueBillingKey | Api::LoadIssueBillingKeyUI => "billingKeyMethod",
            Api::IssueBillingKeyAndPay => "billingKeyAndPayMethod",
        }
    }
    /// Method value → the sub-object it reads.
    pub fn method_fields(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Api::Payment => schema::PAY_METHOD_FIELDS,
            Api::IssueBillingKey => schema::BILLING_KEY_METHOD_FIELDS,
            Api::IssueBillingKeyAndPay => schema::BILLING_KEY_AND_PAY_METHOD_FIELDS,
            Api::LoadPaymentUI | Api::LoadIssueBillingKeyUI => &[],
        }
    }
    /// Where v1 names and misplaced keys belong, for `unknown_field` hints.
    fn hints(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Api::Payment => schema::V1_NAMES,
            Api::IssueBillingKey => schema::V1_NAMES_BILLING,
            Api::IssueBillingKeyAndPay => schema::V1_NAMES_BILLING_AND_PAY,
            Api::LoadPaymentUI => schema::V1_NAMES_LOAD_PAYMENT_UI,
            Api::LoadIssueBillingKeyUI => schema::V1_NAMES_LOAD_ISSUE_BILLING_KEY_UI,
        }
    }
}

/// What a gateway's v2 `check` function works with.
pub struct V2Ctx<'a> {
    /// The request, normalized; rules may normalize further in place.
    pub req: &'a mut Map,
    /// Where issues go.
    pub r: &'a mut Report,
    /// The call.
    pub api: Api,
    /// The gateway.
    pub gw: &'static Gateway,
    /// Its v2 rules.
    pub rules: &'static V2Rules,
    /// The caller's PC/mobile hint.
    pub mobile: Option<bool>,
    /// The method (`payMethod`, `billingKeyMethod` or `billingKeyAndPayMethod`), when valid.
    pub method: Option<&'static str>,
    /// The currency, when valid (`None` also when absent).
    pub currency: Option<&'static str>,
    /// `totalAmount` (or `displayAmount`), when valid.
    pub amount: Option<i64>,
}

impl V2Ctx<'_> {
    /// The value at a dotted path of object keys (`card.installment.monthOption`).
    pub fn get(&self, path: &str) -> Option<&Value> {
        lookup(self.req, path)
    }
    /// The array at `path` has at most `max` items (see [`crate::core::fields::at_most_items`]).
    pub fn at_most_items(&mut self, path: &str, max: usize, note: &'static Bi) {
        crate::core::fields::at_most_items(lookup(self.req, path), max, path, note, self.r);
    }
    /// The string at `path`, if it is one.
    pub fn str_at(&self, path: &str) -> Option<&str> {
        self.get(path).and_then(Value::as_str)
    }
    /// True when something is at `path`.
    pub fn has(&self, path: &str) -> bool {
        self.get(path).is_some()
    }
    /// The severity of a rule that applies in `env`: `None` when the caller's environment is
    /// known to be the other one; a warning when it is unknown; an error otherwise.
    pub fn env_severity(&self, env: Env) -> Option<Severity> {
        match (env, self.mobile) {
            (Env::Any, _) | (Env::Pc, Some(false)) | (Env::Mobile, Some(true)) => Some(Severity::Error),
            (Env::Pc, Some(true)) | (Env::Mobile, Some(false)) => None,
            (_, None) => Some(Severity::Warning),
        }
    }
    /// `unsupported` at `path`, naming this gateway.
    pub fn unsupported(&mut self, path: &str, severity: Severity, note: &'static Bi) {
        self.r.unsupported(path, severity, &self.gw.name, note);
    }
    /// `required` at `path` with `severity` and a note.
    pub fn require(&mut self, path: &str, severity: Severity, note: &'static Bi) {
        self.r
            .push(path, Code::Required, severity, Detail::Required, Some(note));
    }
    /// A warning that this gateway ignores the field at `path`.
    pub fn ignored(&mut self, path: &str, note: &'static Bi) {
        self.r.unsupported(path, Severity::Warning, &self.gw.name, note);
    }
}

/// The value at a dotted path of object keys.
pub fn lookup<'m>(m: &'m Map, path: &str) -> Option<&'m Value> {
    // a byte scan, not `str::split`: this runs dozens of times a check, mostly for a first
    // key that is absent
    let (mut m, mut rest) = (m, path);
    while let Some(dot) = rest.bytes().position(|b| b == b'.') {
        m = m.get(&rest[..dot])?.as_obj()?;
        rest = &rest[dot + 1..];
    }
    m.get(rest)
}

static CHANNEL_UNMAPPED: Bi = bi!(
    "이 채널이 어느 PG사 채널인지 알 수 없어 v2 공통 규칙만 검사했습니다. options.pg 또는 configure({ channels })로 알려 주세요.",
    "Which PG this channel belongs to is unknown, so only the common v2 rules were checked; pass options.pg or configure({ channels })."
);
static OTHER_PG_BYPASS: Bi = bi!(
    "다른 PG사의 bypass 항목이라 이 채널에서는 무시됩니다.",
    "This bypass block is for another PG; this channel ignores it."
);
static TWO_PG_BYPASS: Bi = bi!(
    "bypass에 여러 PG사의 항목이 있습니다. 채널의 PG사 것만 쓰이고 나머지는 무시됩니다.",
    "bypass holds blocks for several PGs; only the channel's PG's block is used, the rest are ignored."
);
static BYPASS_NOT_IN_CALL: Bi = bi!(
    "이 PG사의 bypass 항목은 이 SDK 함수에서 쓰이지 않습니다.",
    "This PG's bypass block is not read by this SDK function."
);

/// Checks a v2 request for `api`.
pub fn check(api: Api, input: &Value, opts: &Options) -> Outcome {
    match input {
        Value::Obj(_) => check_owned(api, input.clone(), opts),
        _ => check_owned(api, Value::Null, opts),
    }
}

/// [`check`] of a value the caller no longer needs: the request is normalized in place instead
/// of being copied first.
pub fn check_owned(api: Api, input: Value, opts: &Options) -> Outcome {
    let mut r = Report::default();
    if !matches!(input, Value::Obj(_)) {
        r.error("", Code::InvalidType, Detail::Odd(OddKind::NotObject), None);
        return Outcome {
            value: None,
            issues: r.issues,
        };
    }
    scan_odd(&input, "", &mut r);
    if crate::core::fields::over_budget(&r) {
        return Outcome::new(Value::Null, r.issues);
    }
    let mut value = input;
    value.drop_undefined();
    let Value::Obj(mut req) = value else {
        return Outcome {
            value: None,
            issues: r.issues,
        };
    };

    let keys = api.keys();
    check_keys_with(&req, "", keys, api.hints(), opts.is_mobile, &mut r);
    normalize_keys(&mut req, keys);
    let gw = resolve(&req, opts, &mut r);
    let rules = gw.and_then(|g| g.v2.as_ref());
    let facts = rules::common(api, &req, rules, opts.is_mobile, &mut r);
    bypass(api, &mut req, gw, opts.gateways, opts.is_mobile, &mut r);

    if let (Some(gw), Some(rules)) = (gw, rules) {
        let mut ctx = V2Ctx {
            req: &mut req,
            r: &mut r,
            api,
            gw,
            rules,
            mobile: opts.is_mobile,
            method: facts.method,
            currency: facts.currency,
            amount: facts.amount,
        };
        gateway::apply(&mut ctx);
        (rules.check)(&mut ctx);
    }
    rules::cash_receipt(&req, &mut r);
    Outcome::new(Value::Obj(req), r.issues)
}

/// The gateway named by `options.pg` or by `configure({ channels })` for the request's
/// `channelKey` (or `channelGroupId`). Unknown names are `unknown_pg`; a channel nobody mapped
/// is a warning (only the schema rules apply).
fn resolve(req: &Map, opts: &Options, r: &mut Report) -> Option<&'static Gateway> {
    let channel = ["channelKey", "channelGroupId"]
        .into_iter()
        .find_map(|k| req.get(k).and_then(Value::as_str).map(|v| (k, v)));
    let named = opts.pg.as_deref().or_else(|| {
        let (_, ch) = channel?;
        opts.channels.iter().find(|(k, _)| k == ch).map(|(_, v)| v.as_str())
    });
    let Some(name) = named else {
        if let Some((key, _)) = channel {
            r.warn(key, Code::Unsupported, Detail::Note, Some(&CHANNEL_UNMAPPED));
        }
        return None;
    };
    match opts.gateways.by_alias(name) {
        Some(gw) if gw.v2.is_some() => Some(gw),
        Some(_) => None,
        None => {
            let known = opts.gateways.all_v1_codes().any(|c| c.eq_ignore_ascii_case(name));
            if !known {
                let hint = did_you_mean(name, opts.gateways.all_v2_aliases());
                let severity = if hint.is_some() {
                    Severity::Error
                } else {
                    Severity::Warning
                };
                r.push("", Code::UnknownPg, severity, Detail::UnknownPg { hint }, None);
            }
            None
        }
    }
}

/// `bypass`: every block a PG defines for this call is checked against that PG's table (and its
/// enum spellings normalized); unknown blocks are `unknown_field`; a block for a PG other than
/// the channel's, or blocks for two PGs when the PG is unknown, are warnings.
fn bypass(
    api: Api,
    req: &mut Map,
    gw: Option<&'static Gateway>,
    gateways: Registry,
    mobile: Option<bool>,
    r: &mut Report,
) {
    let Some(Value::Obj(b)) = req.get_mut("bypass") else {
        return;
    };
    let mut blocks: Vec<(String, &'static Gateway)> = Vec::new();
    for (k, v) in b.iter_mut() {
        let path = join("bypass", k);
        let owner = gateways.by_bypass_key(k);
        match owner.and_then(|g| g.v2.as_ref()?.bypass.get(api).map(|t| (g, t))) {
            Some((g, table)) => {
                check_kind_in(v, Kind::Fields(table), &path, None, mobile, r);
                if let Value::Obj(m) = v {
                    normalize_keys(m, table);
                }
                blocks.push((path, g));
            }
            None if owner.is_some() => {
                r.warn(
                    path,
                    Code::UnknownField,
                    Detail::UnknownField { hint: None },
                    Some(&BYPASS_NOT_IN_CALL),
                );
            }
            None => {
                let hint = r
                    .listing()
                    .then(|| did_you_mean(k, bypass_keys(api, gateways)))
                    .flatten()
                    .map(|h| join("bypass", h));
                r.warn(path, Code::UnknownField, Detail::UnknownField { hint }, None);
            }
        }
    }
    match gw {
        Some(gw) if gw.v2.is_some() => {
            for (path, g) in &blocks {
                if g.id != gw.id {
                    r.unsupported(path.as_str(), Severity::Warning, &gw.name, &OTHER_PG_BYPASS);
                }
            }
        }
        _ => {
            if blocks.len() > 1 {
                r.warn("bypass", Code::Conflict, Detail::Note, Some(&TWO_PG_BYPASS));
            }
        }
    }
}

/// The bypass keys `api` reads.
fn bypass_keys(api: Api, gateways: Registry) -> impl Iterator<Item = &'static str> {
    gateways.all().iter().filter_map(move |g| {
        let v2 = g.v2.as_ref()?;
        v2.bypass.get(api)?;
        v2.bypass_key
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::value::parse;

    fn run(api: Api, src: &str, pg: Option<&str>) -> Outcome {
        let opts = Options {
            pg: pg.map(str::to_string),
            ..Options::default()
        };
        check(api, &parse(src).unwrap(), &opts)
    }

    fn hint_of(out: &Outcome, path: &str) -> Option<String> {
        out.issues
            .iter()
            .find(|i| i.path == path)
            .and_then(|i| match &i.detail {
                Detail::UnknownField { hint } => hint.clone(),
                Detail::UnknownPg { hint } => hint.map(str::to_string),
                Detail::OneOf { hint, .. } => hint.map(str::to_string),
                _ => None,
            })
    }

    const PAY: &str = r#"{"storeId":"s","channelKey":"c","paymentId":"p","orderName":"o","totalAmount":1,"currency":"KRW","payMethod":"CARD""#;

    #[test]
    fn unknown_keys_point_at_their_v2_names() {
        let out = run(
            Api::Payment,
            &(PAY.to_string()
                + r#","merchant_uid":"x","redirectURL":"https://a.kr","buyer_tel":"010","bypass":{"nice":{}},"mobile":{"availableCarriers":[]}}"#),
            None,
        );
        assert_eq!(hint_of(&out, "merchant_uid").as_deref(), Some("paymentId"));
        assert_eq!(hint_of(&out, "redirectURL").as_deref(), Some("redirectUrl"));
        assert_eq!(hint_of(&out, "buyer_tel").as_deref(), Some("customer.phoneNumber"));
        assert_eq!(hint_of(&out, "bypass.nice").as_deref(), Some("bypass.nice_v2"));
        assert_eq!(
            hint_of(&out, "mobile.availableCarriers").as_deref(),
            Some("mobile.avaliableCarriers")
        );
        let billing = run(
            Api::IssueBillingKey,
            r#"{"storeId":"s","channelKey":"c","billingKeyMethod":"CARD","merchant_uid":"x","name":"n"}"#,
            None,
        );
        assert_eq!(hint_of(&billing, "merchant_uid").as_deref(), Some("issueId"));
        assert_eq!(hint_of(&billing, "name").as_deref(), Some("issueName"));
    }

    #[test]
    fn button_calls_hint_at_their_own_keys() {
        let spb = run(
            Api::LoadPaymentUI,
            r#"{"uiType":"PAYPAL_SPB","storeId":"s","channelKey":"c","merchant_uid":"p","orderName":"o","totalAmount":1,"currency":"USD","bypass":{"paypal_v2":{"enableFunding":"card"}}}"#,
            Some("paypal_v2"),
        );
        assert_eq!(hint_of(&spb, "merchant_uid").as_deref(), Some("paymentId"));
        assert_eq!(
            hint_of(&spb, "bypass.paypal_v2.enableFunding").as_deref(),
            Some("bypass.paypal_v2.enable-funding")
        );
        let rt = run(
            Api::LoadIssueBillingKeyUI,
            r#"{"uiType":"PAYPAL_RT","storeId":"s","channelKey":"c","billingKeyMethod":"PAYPAL","orderName":"n"}"#,
            Some("paypal_v2"),
        );
        assert_eq!(hint_of(&rt, "orderName").as_deref(), Some("issueName"));
    }

    #[test]
    fn pg_names_resolve_case_insensitively_with_hints() {
        let out = run(Api::Payment, &(PAY.to_string() + "}"), Some("kpm"));
        assert_eq!(hint_of(&out, "").as_deref(), Some("kpn"));
        for alias in [
            "KPN",
            "inicis_v2",
            "html5_inicis",
            "Kcp_V2",
            "nice_v2",
            "smartro_v2",
            "tosspay_v2",
            "tosspayments",
        ] {
            let out = run(Api::Payment, &(PAY.to_string() + "}"), Some(alias));
            assert!(!out.issues.iter().any(|i| i.code == Code::UnknownPg), "{alias}");
            assert!(
                Options::default()
                    .gateways
                    .by_alias(alias)
                    .is_some_and(|g| g.v2.is_some()),
                "{alias}"
            );
        }
        let out = run(
            Api::Payment,
            &(PAY.to_string() + r#","currency":"CURRENCY_KRW"}"#),
            None,
        );
        let out2 = run(Api::Payment, &(PAY.to_string() + "}"), None);
        assert_eq!(out.value, out2.value, "prefixed and short forms give the same request");
        assert_eq!(
            hint_of(
                &run(Api::Payment, &(PAY.to_string() + r#","payMethod":"card"}"#), None),
                "payMethod"
            )
            .as_deref(),
            Some("CARD")
        );
    }

    #[test]
    fn prefixed_values_normalize_and_invalid_ones_stay() {
        let out = run(
            Api::Payment,
            &(PAY.to_string()
                + r#","payMethod":"PAY_METHOD_EASY_PAY","easyPay":{"easyPayProvider":"EASY_PAY_PROVIDER_NAVERPAY"}}"#),
            None,
        );
        let v = out.value.expect("ok");
        let m = v.as_obj().unwrap();
        assert_eq!(m.get("payMethod").and_then(Value::as_str), Some("EASY_PAY"));
        assert_eq!(
            lookup(m, "easyPay.easyPayProvider").and_then(Value::as_str),
            Some("NAVERPAY")
        );
    }
}
