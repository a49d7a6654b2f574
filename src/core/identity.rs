//! Identity verification (본인인증): v1 `IMP.certification(param, callback)` (PortOne
//! `sdk/ko/v1-sdk/javascript-sdk/cft.mdx` and the guides under `opi/ko/extra/identity-verification/`)
//! and v2 `PortOne.requestIdentityVerification(request)` (the docs schema's
//! `IdentityVerificationRequest`, `src/schema/browser-sdk.yml`, and the npm
//! `@portone/browser-sdk` type of the same name). The rules every identity PG shares are here;
//! each PG's own rules are data (`[certification]` / `[identity_verification]` in
//! `gateways/<id>.toml`), run by [`crate::engine::run_identity`].
//!
//! Normalization is the payments' one: `undefined` values are dropped and the v2 enum spellings
//! (`GENDER_MALE`, `WINDOW_TYPE_POPUP`) are sent in their short form; nothing else changes.

use crate::core::fields::{
    check_keys_with, check_kind_in, normalize_keys, scan_odd, want_bool, want_int, want_nonempty_str, want_str, Key,
    Kind,
};
use crate::core::issue::{join, Bi, Code, Detail, Format, OddKind, Report, Severity};
use crate::core::text::{did_you_mean, is_http_url};
use crate::core::v2::schema::{CUSTOMER, IFRAME, POPUP, WINDOW_TYPES};
use crate::core::value::{same_key, Map, Value};
use crate::core::{Options, Outcome};
use crate::engine::model::{Gateway, IdentityRules};

/// Keys `IMP.certification` reads for every PG (cft.mdx).
pub static CERT_COMMON_KEYS: &[&str] = &["channelKey", "pg", "merchant_uid", "company", "m_redirect_url", "popup"];

/// Keys cft.mdx says only some PGs read ("다날 휴대폰 본인인증만 지원"); a PG's
/// `[certification] extra_keys` lists those it reads.
pub static CERT_GUIDE_KEYS: &[&str] = &["min_age", "name", "phone", "carrier"];

/// v2 names, payment names and misspellings people bring to `IMP.certification`, and the key
/// they mean there.
static CERT_HINTS: &[(&str, &str)] = &[
    ("identityVerificationId", "merchant_uid"),
    ("paymentId", "merchant_uid"),
    ("merchantUid", "merchant_uid"),
    ("redirectUrl", "m_redirect_url"),
    ("mRedirectUrl", "m_redirect_url"),
    ("minAge", "min_age"),
    ("age_limit", "min_age"),
    ("buyer_name", "name"),
    ("fullName", "name"),
    ("buyer_tel", "phone"),
    ("phoneNumber", "phone"),
];

/// `IdentityVerificationRequest` (v2).
pub static IDENTITY_VERIFICATION: &[Key] = &[
    Key::req("storeId", Kind::Text),
    Key::req("identityVerificationId", Kind::Text),
    Key::new("channelKey", Kind::Text),
    Key::new("customer", Kind::Fields(CUSTOMER)),
    Key::new("windowType", Kind::Fields(WINDOW_TYPES)),
    Key::new("redirectUrl", Kind::Url),
    Key::new("forceRedirect", Kind::Bool),
    Key::new("customData", Kind::Str),
    Key::new("bypass", Kind::Obj),
    Key::new("popup", Kind::Fields(POPUP)),
    Key::new("iframe", Kind::Fields(IFRAME)),
];

/// v1 names and payment names people bring to `requestIdentityVerification`.
static IDV_HINTS: &[(&str, &str)] = &[
    ("merchant_uid", "identityVerificationId"),
    ("paymentId", "identityVerificationId"),
    ("identity_verification_id", "identityVerificationId"),
    ("m_redirect_url", "redirectUrl"),
    ("pg", "channelKey"),
    ("custom_data", "customData"),
    ("name", "customer.fullName"),
    ("fullName", "customer.fullName"),
    ("phone", "customer.phoneNumber"),
    ("phoneNumber", "customer.phoneNumber"),
    ("buyer_name", "customer.fullName"),
    ("buyer_tel", "customer.phoneNumber"),
    ("redirectURL", "redirectUrl"),
];

static CUSTOM_DATA_STRING: Bi = bi!(
    "SDK 스키마(IdentityVerificationRequest): 본인인증에서는 문자열입니다. 객체는 JSON.stringify로 문자열로 만들어 보내세요(결제 요청과 다릅니다).",
    "The SDK's schema (IdentityVerificationRequest): a string in an identity verification; send an object as JSON.stringify(…) (unlike in a payment)."
);
static NO_PG: Bi = bi!(
    "PG 코드도 channelKey도 없어 콘솔의 기본 채널로 본인인증이 진행됩니다. PG사별 규칙은 검사하지 않았습니다.",
    "With no PG code and no channelKey, the console's default channel is used; no PG-specific rules were checked."
);
static CHANNEL_UNMAPPED: Bi = bi!(
    "이 채널이 어느 PG사 채널인지 알 수 없어 공통 규칙만 검사했습니다. options.pg 또는 configure({ channels })로 알려 주세요.",
    "Which PG this channel belongs to is unknown, so only the common rules were checked; pass options.pg or configure({ channels })."
);
static PG_AND_CHANNEL: Bi = bi!(
    "PG 코드와 채널 키는 둘 중 하나만 보내세요.",
    "Send either the PG code or the channel key, not both."
);
static NO_CERTIFICATION: Bi = bi!(
    "이 PG사로는 IMP.certification 본인인증을 할 수 없습니다. PortOne 본인인증 파라미터 문서(cft.mdx)의 본인인증 업체는 danal(다날 휴대폰 본인인증), inicis_unified(KG이니시스 통합인증), inicis(KG이니시스 신용카드 본인인증)입니다.",
    "This PG offers no identity verification through IMP.certification; PortOne's parameter reference (cft.mdx) lists danal (Danal phone verification), inicis_unified (KG Inicis unified verification) and inicis (KG Inicis credit-card verification)."
);
static NO_IDENTITY_VERIFICATION: Bi = bi!(
    "이 PG사로는 requestIdentityVerification 본인인증을 할 수 없습니다. PortOne 본인인증 가이드(v2)가 지원하는 곳은 다날(danal), KCP(kcp_v2), KG이니시스 통합인증(inicis_unified)입니다.",
    "This PG offers no identity verification through requestIdentityVerification; PortOne's v2 guide supports Danal (danal), KCP (kcp_v2) and KG Inicis unified verification (inicis_unified)."
);
static CERT_CODE: Bi = bi!(
    "이 PG사의 본인인증 창은 가이드의 본인인증 업체 코드로 엽니다(결제용 코드와 다를 수 있습니다).",
    "This PG's identity window opens with the verification code the guide lists (it may differ from the payment code)."
);
static IGNORED_BY_PG: Bi = bi!(
    "PortOne 본인인증 파라미터 문서(cft.mdx): 이 파라미터는 다날 휴대폰 본인인증만 지원하며, 이 PG사에서는 무시됩니다.",
    "PortOne's parameter reference (cft.mdx): only Danal's mobile verification reads this parameter; this PG ignores it."
);
static MOBILE_REDIRECT: Bi = bi!(
    "cft.mdx: 모바일에서 popup이 false(기본값)이면 본인인증 후 이 주소로 리디렉션되므로 필수입니다.",
    "cft.mdx: on mobile with popup false (the default) the page redirects to this address after verification, so it is required."
);
static PC_POPUP: Bi = bi!(
    "cft.mdx: PC에서는 팝업(true)이 강제 적용되어 false는 무시됩니다.",
    "cft.mdx: on PC true (a pop-up) is forced; false is ignored."
);
static MIN_AGE: Bi = bi!(
    "cft.mdx: min_age는 본인인증을 진행할 수 있는 최소 나이(숫자)입니다. 예: 19",
    "cft.mdx: min_age is the minimum age allowed to verify, a number: 19."
);
static V2_MOBILE_REDIRECT: Bi = bi!(
    "본인인증 가이드(v2): 모바일의 본인인증은 대부분 리디렉션 방식이라, 인증 후 돌아올 주소가 필요합니다.",
    "The v2 identity-verification guide: on mobile the verification mostly redirects, so it needs an address to come back to."
);
static V2_CHANNEL_KEY: Bi = bi!(
    "SDK 타입 설명: 채널 키와 채널 그룹 ID 중 하나를 지정해야 합니다. 본인인증 요청에는 채널 그룹 ID가 없으니 채널 키를 보내세요(본인인증 가이드: 사용할 채널의 채널 키).",
    "The SDK's type: a channel key or a channel group ID must be given; an identity verification has no channel group ID, so send the channel key (the guide: the key of the channel to use)."
);
static FORCE_REDIRECT: Bi = bi!(
    "SDK 스키마: forceRedirect는 redirectUrl이 있을 때만 적용되며, 없으면 기존처럼 프로미스로 결과를 돌려줍니다.",
    "The SDK's schema: forceRedirect only applies with a redirectUrl; without one the result comes back through the promise."
);
static OTHER_PG_BYPASS: Bi = bi!(
    "다른 PG사의 bypass 항목이라 이 채널에서는 무시됩니다.",
    "This bypass block is for another PG; this channel ignores it."
);
static TWO_PG_BYPASS: Bi = bi!(
    "bypass에 여러 PG사의 항목이 있습니다. 채널의 PG사 것만 쓰이고 나머지는 무시됩니다.",
    "bypass holds blocks for several PGs; only the channel's PG's block is used, the rest are ignored."
);

/// Starts a check: the request as an object (undefined values dropped) and the report, or the
/// finished outcome when it is not an object or is over the budgets.
fn start(input: &Value) -> Result<(Map, Report), Outcome> {
    let mut r = Report::default();
    if !matches!(input, Value::Obj(_)) {
        r.error("", Code::InvalidType, Detail::Odd(OddKind::NotObject), None);
        return Err(Outcome {
            value: None,
            issues: r.issues,
        });
    }
    scan_odd(input, "", &mut r);
    if crate::core::fields::over_budget(&r) {
        return Err(Outcome::new(Value::Null, r.issues));
    }
    let mut value = input.clone();
    value.drop_undefined();
    match value {
        Value::Obj(m) => Ok((m, r)),
        _ => Err(Outcome {
            value: None,
            issues: r.issues,
        }),
    }
}

// ---- v1: IMP.certification ----

/// Checks an `IMP.certification` parameter object.
pub fn check_certification(input: &Value, opts: &Options) -> Outcome {
    let (mut req, mut r) = match start(input) {
        Ok(x) => x,
        Err(done) => return done,
    };
    cert_common(&req, opts.is_mobile, &mut r);
    let gw = cert_resolve(&req, opts, &mut r);
    let rules = gw.and_then(|g| g.certification.as_ref().map(|c| (g, c)));
    cert_unknown_keys(&req, rules.map(|(_, c)| c), &mut r);
    if let Some((g, c)) = rules {
        crate::engine::run_identity(&mut req, &mut r, &g.name, opts.is_mobile, c.rules);
    }
    Outcome::new(Value::Obj(req), r.issues)
}

/// cft.mdx's rules for every PG.
fn cert_common(req: &Map, mobile: Option<bool>, r: &mut Report) {
    match req.get("merchant_uid") {
        None => r.required("merchant_uid", None),
        v => {
            want_nonempty_str(v, "merchant_uid", r);
        }
    }
    for key in ["channelKey", "company", "name", "phone", "carrier"] {
        want_str(req.get(key), key, r);
    }
    if let Some(v) = req.get("min_age") {
        if let Value::Str(_) = v {
            r.error(
                "min_age",
                Code::InvalidType,
                Detail::Type {
                    expected: crate::core::issue::Expected::Integer,
                    got: crate::core::issue::Got::String,
                },
                Some(&MIN_AGE),
            );
        } else if let Some(n) = want_int(Some(v), "min_age", r) {
            if n < 0 {
                r.error(
                    "min_age",
                    Code::OutOfRange,
                    Detail::Range {
                        min: Some(0),
                        max: None,
                    },
                    Some(&MIN_AGE),
                );
            }
        }
    }
    if let Some(s) = want_str(req.get("m_redirect_url"), "m_redirect_url", r) {
        if !is_http_url(s) {
            r.error(
                "m_redirect_url",
                Code::InvalidFormat,
                Detail::Format(Format::HttpUrl),
                None,
            );
        }
    }
    let popup = want_bool(req.get("popup"), "popup", r);
    match mobile {
        Some(false) if popup == Some(false) => {
            r.warn("popup", Code::Unsupported, Detail::Note, Some(&PC_POPUP));
        }
        Some(false) => {}
        _ => {
            // on mobile (or maybe mobile) popup false, the default, redirects
            if popup != Some(true) && req.get("m_redirect_url").is_none() {
                let severity = if mobile == Some(true) {
                    Severity::Error
                } else {
                    Severity::Warning
                };
                r.push(
                    "m_redirect_url",
                    Code::Required,
                    severity,
                    Detail::Required,
                    Some(&MOBILE_REDIRECT),
                );
            }
        }
    }
}

/// The gateway an `IMP.certification` request is for: its `pg` code (a certification code
/// first, then any code or name), or the PG `options.pg` / `configure({ channels })` names for
/// its `channelKey`. A gateway without a `[certification]` section is an `unsupported` error.
fn cert_resolve(req: &Map, opts: &Options, r: &mut Report) -> Option<&'static Gateway> {
    let gws = opts.gateways;
    let pg_value = want_str(req.get("pg"), "pg", r);
    let channel = req.get("channelKey").and_then(Value::as_str);
    if pg_value.is_some() && channel.is_some() {
        r.warn(
            "pg",
            Code::Conflict,
            Detail::Conflict { with: "channelKey" },
            Some(&PG_AND_CHANNEL),
        );
    }
    let cert_codes = || {
        gws.all()
            .iter()
            .filter_map(|g| g.certification.as_ref())
            .flat_map(|c| c.codes.iter().copied())
    };
    if let Some(pg) = pg_value {
        r.warn(
            "pg",
            Code::Deprecated,
            Detail::Deprecated { instead: "channelKey" },
            None,
        );
        let (provider, mid) = match pg.split_once('.') {
            Some((p, m)) => (p, Some(m)),
            None => (pg, None),
        };
        if provider.is_empty() || mid.is_some_and(|m| m.is_empty() || m.contains(char::is_whitespace)) {
            r.error("pg", Code::InvalidFormat, Detail::Format(Format::PgCode), None);
            return None;
        }
        let by_cert = gws
            .all()
            .iter()
            .copied()
            .find(|g| g.certification.as_ref().is_some_and(|c| c.codes.contains(&provider)));
        if let Some(g) = by_cert {
            return Some(g);
        }
        return match gws.by_v1_code(provider).or_else(|| gws.by_alias(provider)) {
            Some(g) => match &g.certification {
                Some(c) if !c.codes.is_empty() => {
                    // a payment code of a PG with one verification code points at that code
                    let hint = did_you_mean(provider, c.codes.iter().copied())
                        .or_else(|| (c.codes.len() == 1).then(|| c.codes[0]));
                    r.error(
                        "pg",
                        Code::InvalidValue,
                        Detail::OneOf { allowed: c.codes, hint },
                        Some(&CERT_CODE),
                    );
                    None
                }
                Some(_) => Some(g),
                None => {
                    r.unsupported("pg", Severity::Error, &g.name, &NO_CERTIFICATION);
                    None
                }
            },
            None => {
                match did_you_mean(provider, cert_codes()) {
                    Some(hint) => r.error("pg", Code::UnknownPg, Detail::UnknownPg { hint: Some(hint) }, None),
                    None => r.warn("pg", Code::UnknownPg, Detail::UnknownPg { hint: None }, None),
                }
                None
            }
        };
    }
    if let Some(ch) = channel {
        let named = opts
            .pg
            .as_deref()
            .or_else(|| opts.channels.iter().find(|(k, _)| k == ch).map(|(_, v)| v.as_str()));
        let Some(name) = named else {
            r.warn("channelKey", Code::Unsupported, Detail::Note, Some(&CHANNEL_UNMAPPED));
            return None;
        };
        return named_gateway(
            name,
            cert_codes(),
            |g| g.certification.is_some(),
            &NO_CERTIFICATION,
            opts,
            r,
        );
    }
    r.warn("pg", Code::Required, Detail::Note, Some(&NO_PG));
    None
}

/// The gateway `name` (from `options.pg` or `configure({ channels })`) stands for, when `has`
/// says it offers the call; otherwise the issue at the request itself.
fn named_gateway(
    name: &str,
    names: impl Iterator<Item = &'static str>,
    has: impl Fn(&Gateway) -> bool,
    none: &'static Bi,
    opts: &Options,
    r: &mut Report,
) -> Option<&'static Gateway> {
    match opts.gateways.by_alias(name) {
        Some(g) if has(g) => Some(g),
        Some(g) => {
            r.unsupported("", Severity::Error, &g.name, none);
            None
        }
        None => {
            let hint = did_you_mean(name, names);
            let severity = if hint.is_some() {
                Severity::Error
            } else {
                Severity::Warning
            };
            r.push("", Code::UnknownPg, severity, Detail::UnknownPg { hint }, None);
            None
        }
    }
}

/// Top-level keys `IMP.certification` does not read: `unknown_field` warnings with where they
/// probably belong; keys only some PGs read, sent to a PG that does not, `unsupported` warnings.
fn cert_unknown_keys(req: &Map, rules: Option<&IdentityRules>, r: &mut Report) {
    for (k, _) in req.entries() {
        if CERT_COMMON_KEYS.iter().any(|c| same_key(c, k)) {
            continue;
        }
        let path = join("", k);
        if CERT_GUIDE_KEYS.iter().any(|c| same_key(c, k)) {
            if let Some(rules) = rules {
                if !rules.extra_keys.iter().any(|c| same_key(c, k)) {
                    r.warn(path, Code::Unsupported, Detail::Note, Some(&IGNORED_BY_PG));
                }
            }
            continue;
        }
        let hint = CERT_HINTS
            .iter()
            .find(|(from, _)| from.eq_ignore_ascii_case(k))
            .map(|(_, to)| (*to).to_string())
            .or_else(|| {
                r.listing()
                    .then(|| did_you_mean(k, CERT_COMMON_KEYS.iter().chain(CERT_GUIDE_KEYS).copied()))
                    .flatten()
                    .map(str::to_string)
            });
        r.warn(path, Code::UnknownField, Detail::UnknownField { hint }, None);
    }
}

// ---- v2: PortOne.requestIdentityVerification ----

/// Checks a `PortOne.requestIdentityVerification` request.
pub fn check_identity_verification(input: &Value, opts: &Options) -> Outcome {
    let (mut req, mut r) = match start(input) {
        Ok(x) => x,
        Err(done) => return done,
    };
    check_keys_with(&req, "", IDENTITY_VERIFICATION, IDV_HINTS, opts.is_mobile, &mut r);
    // a payment's customData is an object; say why this one is not
    if let Some(i) = r
        .issues
        .iter_mut()
        .find(|i| i.path == "customData" && matches!(i.detail, Detail::Type { .. }))
    {
        i.note = Some(&CUSTOM_DATA_STRING);
    }
    normalize_keys(&mut req, IDENTITY_VERIFICATION);
    if req.get("channelKey").is_none() {
        r.warn("channelKey", Code::Required, Detail::Required, Some(&V2_CHANNEL_KEY));
    }
    let gw = idv_resolve(&req, opts, &mut r);
    if req.get("redirectUrl").is_none() {
        if opts.is_mobile == Some(true) {
            r.warn(
                "redirectUrl",
                Code::Required,
                Detail::Required,
                Some(&V2_MOBILE_REDIRECT),
            );
        }
        if req.get("forceRedirect") == Some(&Value::Bool(true)) {
            r.warn("forceRedirect", Code::Conflict, Detail::Note, Some(&FORCE_REDIRECT));
        }
    }
    idv_bypass(&mut req, gw, opts, &mut r);
    if let Some((g, rules)) = gw.and_then(|g| g.identity_verification.as_ref().map(|v| (g, v))) {
        crate::engine::run_identity(&mut req, &mut r, &g.name, opts.is_mobile, rules.rules);
    }
    Outcome::new(Value::Obj(req), r.issues)
}

/// The gateway `options.pg`, or `configure({ channels })` for the request's `channelKey`, names.
fn idv_resolve(req: &Map, opts: &Options, r: &mut Report) -> Option<&'static Gateway> {
    let channel = req.get("channelKey").and_then(Value::as_str);
    let named = opts.pg.as_deref().or_else(|| {
        let ch = channel?;
        opts.channels.iter().find(|(k, _)| k == ch).map(|(_, v)| v.as_str())
    });
    let Some(name) = named else {
        if channel.is_some() {
            r.warn("channelKey", Code::Unsupported, Detail::Note, Some(&CHANNEL_UNMAPPED));
        }
        return None;
    };
    let aliases = opts
        .gateways
        .all()
        .iter()
        .filter(|g| g.identity_verification.is_some())
        .flat_map(|g| g.aliases.iter().copied());
    named_gateway(
        name,
        aliases,
        |g| g.identity_verification.is_some(),
        &NO_IDENTITY_VERIFICATION,
        opts,
        r,
    )
}

/// `bypass`: each PG's block against its table (enum spellings normalized); an unknown block is
/// `unknown_field` with the closest identity key (`kcp_v2` → `kcpV2`); with a
/// known PG, another PG's block is an `unsupported` warning; with none, blocks for two PGs are a
/// `conflict` warning.
fn idv_bypass(req: &mut Map, gw: Option<&'static Gateway>, opts: &Options, r: &mut Report) {
    let Some(Value::Obj(b)) = req.get_mut("bypass") else {
        return;
    };
    let gws = opts.gateways;
    let mut owners: Vec<(String, &'static Gateway)> = Vec::new();
    for (k, v) in b.iter_mut() {
        let path = join("bypass", k);
        let owner = gws.all().iter().copied().find_map(|g| {
            let idv = g.identity_verification.as_ref()?;
            (idv.bypass_key == Some(&*k)).then_some((g, idv.bypass?))
        });
        match owner {
            Some((g, table)) => {
                check_kind_in(v, Kind::Fields(table), &path, None, opts.is_mobile, r);
                if let Value::Obj(m) = v {
                    normalize_keys(m, table);
                }
                owners.push((path, g));
            }
            None => {
                let keys = || {
                    gws.all()
                        .iter()
                        .filter_map(|g| g.identity_verification.as_ref()?.bypass_key)
                };
                let hint = r
                    .listing()
                    .then(|| did_you_mean(k, keys()))
                    .flatten()
                    .map(|h| join("bypass", h));
                r.warn(path, Code::UnknownField, Detail::UnknownField { hint }, None);
            }
        }
    }
    match gw {
        Some(gw) => {
            for (path, g) in &owners {
                if g.id != gw.id {
                    r.unsupported(path.as_str(), Severity::Warning, &gw.name, &OTHER_PG_BYPASS);
                }
            }
        }
        None => {
            if owners.len() > 1 {
                r.warn("bypass", Code::Conflict, Detail::Note, Some(&TWO_PG_BYPASS));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::value::parse;

    fn opts(pg: Option<&str>, mobile: Option<bool>) -> Options {
        Options {
            pg: pg.map(str::to_string),
            is_mobile: mobile,
            ..Options::default()
        }
    }

    fn codes(out: &Outcome) -> Vec<(String, &'static str, &'static str)> {
        out.issues
            .iter()
            .map(|i| (i.path.clone(), i.code.as_str(), i.severity.as_str()))
            .collect()
    }

    #[test]
    fn a_certification_without_a_pg_keeps_to_the_common_rules() {
        let out = check_certification(
            &parse(r#"{"merchant_uid":"ORD20180131-0000011","popup":true}"#).unwrap(),
            &opts(None, Some(true)),
        );
        assert!(out.ok());
        assert_eq!(codes(&out), [("pg".to_string(), "required", "warning")]);
    }

    #[test]
    fn a_payment_pg_has_no_identity_window() {
        let out = check_certification(
            &parse(r#"{"channelKey":"c","merchant_uid":"o","popup":true}"#).unwrap(),
            &opts(Some("kpn"), Some(false)),
        );
        assert!(!out.ok());
        assert_eq!(codes(&out), [(String::new(), "unsupported", "error")]);
        let out = check_identity_verification(
            &parse(r#"{"storeId":"s","identityVerificationId":"i","channelKey":"c"}"#).unwrap(),
            &opts(Some("kpn"), Some(false)),
        );
        assert_eq!(codes(&out), [(String::new(), "unsupported", "error")]);
    }

    #[test]
    fn v2_normalizes_enum_spellings_and_drops_undefined() {
        let out = check_identity_verification(
            &parse(r#"{"storeId":"s","identityVerificationId":"i","customer":{"gender":"GENDER_MALE"},"redirectUrl":undefined}"#)
                .unwrap(),
            &opts(None, Some(false)),
        );
        assert!(out.ok(), "{:?}", out.issues);
        assert_eq!(
            out.value.unwrap().to_json(),
            r#"{"storeId":"s","identityVerificationId":"i","customer":{"gender":"MALE"}}"#
        );
    }

    fn hint(out: &Outcome, path: &str) -> Option<String> {
        out.issues
            .iter()
            .filter(|i| i.path == path)
            .find_map(|i| match &i.detail {
                Detail::UnknownField { hint } => hint.clone(),
                Detail::UnknownPg { hint } => hint.map(str::to_string),
                Detail::OneOf { hint, .. } => hint.map(str::to_string),
                _ => None,
            })
    }

    #[test]
    fn misplaced_keys_and_names_point_at_the_right_one() {
        let v2 = check_identity_verification(
            &parse(r#"{"storeId":"s","identityVerificationId":"i","merchant_uid":"x","m_redirect_url":"https://a.kr","phone":"010","bypass":{"kcp_v2":{}}}"#).unwrap(),
            &opts(Some("kcp_v2"), Some(false)),
        );
        assert_eq!(hint(&v2, "merchant_uid").as_deref(), Some("identityVerificationId"));
        assert_eq!(hint(&v2, "m_redirect_url").as_deref(), Some("redirectUrl"));
        assert_eq!(hint(&v2, "phone").as_deref(), Some("customer.phoneNumber"));
        assert_eq!(hint(&v2, "bypass.kcp_v2").as_deref(), Some("bypass.kcpV2"));
        let v1 = check_certification(
            &parse(r#"{"channelKey":"c","merchant_uid":"o","popup":true,"minAge":19,"redirectUrl":"https://a.kr","carier":"SKT"}"#).unwrap(),
            &opts(Some("danal"), Some(false)),
        );
        assert_eq!(hint(&v1, "minAge").as_deref(), Some("min_age"));
        assert_eq!(hint(&v1, "redirectUrl").as_deref(), Some("m_redirect_url"));
        assert_eq!(hint(&v1, "carier").as_deref(), Some("carrier"));
        let pg = check_certification(
            &parse(r#"{"pg":"danal_tpay","merchant_uid":"o","popup":true}"#).unwrap(),
            &opts(None, Some(false)),
        );
        assert_eq!(hint(&pg, "pg").as_deref(), Some("danal"));
        let idv = check_identity_verification(
            &parse(r#"{"storeId":"s","identityVerificationId":"i"}"#).unwrap(),
            &opts(Some("inicis_unifed"), Some(false)),
        );
        assert_eq!(hint(&idv, "").as_deref(), Some("inicis_unified"));
    }

    #[test]
    fn no_message_echoes_a_phone_number_or_a_name() {
        let out = check_certification(
            &parse(r#"{"pg":"inicis","merchant_uid":"o","popup":true,"name":"홍길동","phone":"010-9876-5432","carrier":"KT"}"#).unwrap(),
            &opts(None, Some(false)),
        );
        let out2 = check_identity_verification(
            &parse(r#"{"storeId":"s","identityVerificationId":"i","customer":{"phoneNumber":"010-98x6-5432","firstName":"길동","birthYear":1990,"customerId":"홍길동1990"},"bypass":{"danal":{"IsCarrier":"KT;010-9876-5432"}}}"#).unwrap(),
            &opts(Some("danal"), Some(false)),
        );
        assert!(!out.issues.is_empty() && !out2.issues.is_empty());
        for i in out.issues.iter().chain(&out2.issues) {
            for l in [crate::i18n::Locale::Ko, crate::i18n::Locale::En] {
                let m = crate::i18n::message(i, l);
                for secret in ["홍길동", "길동", "9876", "5432", "1990"] {
                    assert!(!m.contains(secret), "{m}");
                }
            }
        }
    }
}
