//! The pure-Rust core: no wasm-bindgen types, so every rule runs and is tested natively.
//! [`check_request_pay`] is the v1 entry; [`check_payment`], [`check_issue_billing_key`] and
//! [`check_issue_billing_key_and_pay`] are the v2 entries; [`Outcome::to_json`] renders the
//! `{ ok, value, issues }` result the JavaScript API returns; [`check_certification`] and
//! [`check_identity_verification`] are the identity-verification entries (v1, v2).

pub mod cardquota;
pub mod codes;
pub mod euckr;
pub mod fields;
pub mod float;
pub mod gateway_info;
pub mod identity;
pub mod issue;
pub mod text;
pub mod v1;
pub mod v1_options;
pub mod v2;
pub mod value;

use crate::i18n::{message, Locale};
use issue::{Issue, Severity};
use value::{write_json_str, Map, Value};

/// Per-call options (merged over the defaults set with `configure`). `Options::default()` (in
/// `crate::pg`) carries every compiled gateway.
#[derive(Clone, Debug)]
pub struct Options {
    /// Message language.
    pub locale: Locale,
    /// The gateway, when the request names a channel instead of a `pg` code.
    pub pg: Option<String>,
    /// `channelKey` → gateway id.
    pub channels: Vec<(String, String)>,
    /// PC (`false`) or mobile (`true`) checkout; unknown when `None`.
    pub is_mobile: Option<bool>,
    /// The merchant code for `IMP.init` (used by `requestPay`).
    pub imp_code: Option<String>,
    /// The gateways a request may name.
    pub gateways: crate::engine::registry::Registry,
}

impl Options {
    /// Reads the JavaScript options object (`{ locale, pg, channels, isMobile, impCode }`);
    /// fields it does not know are ignored, wrong types fall back to the defaults.
    pub fn from_value(v: &Value, base: &Options) -> Options {
        let mut o = base.clone();
        let Some(m) = v.as_obj() else { return o };
        // an unknown tag (`"fr"`) keeps the configured language (the JavaScript side warns)
        if let Some(l) = m.get("locale").and_then(Value::as_str).and_then(Locale::parse_tag) {
            o.locale = l;
        }
        if let Some(p) = m.get("pg").and_then(Value::as_str) {
            o.pg = Some(p.to_string());
        }
        if let Some(code) = m.get("impCode").and_then(Value::as_str) {
            o.imp_code = Some(code.to_string());
        }
        match m.get("isMobile") {
            Some(Value::Bool(b)) => o.is_mobile = Some(*b),
            Some(Value::Null) => o.is_mobile = None,
            _ => {}
        }
        if let Some(Value::Obj(ch)) = m.get("channels") {
            for (k, v) in ch.entries() {
                if let Value::Str(pg) = v {
                    o.channels.retain(|(key, _)| key != k);
                    o.channels.push((k.clone(), pg.clone()));
                }
            }
        }
        o
    }
}

/// The result of one check.
#[derive(Debug)]
pub struct Outcome {
    /// The normalized request; `None` when any issue is an error.
    pub value: Option<Value>,
    /// Every issue found.
    pub issues: Vec<Issue>,
}

impl Outcome {
    /// Builds the outcome, withholding the value when there is an error.
    pub fn new(value: Value, issues: Vec<Issue>) -> Outcome {
        let ok = !issues.iter().any(|i| i.severity == Severity::Error);
        Outcome {
            value: ok.then_some(value),
            issues,
        }
    }
    /// True when no issue is an error.
    pub fn ok(&self) -> bool {
        self.value.is_some()
    }
    /// The normalized request object, when ok.
    pub fn object(&self) -> Option<&Map> {
        self.value.as_ref().and_then(Value::as_obj)
    }
    /// `{"ok":…,"value":…,"issues":[{"path","code","severity","message"}…]}`.
    pub fn to_json(&self, locale: Locale) -> String {
        let mut s = String::with_capacity(512);
        s.push_str(if self.ok() {
            "{\"ok\":true,\"value\":"
        } else {
            "{\"ok\":false,\"value\":"
        });
        match &self.value {
            Some(v) => v.write_json(&mut s),
            None => s.push_str("null"),
        }
        s.push_str(",\"issues\":");
        issues_json(&self.issues, locale, &mut s);
        s.push('}');
        s
    }
}

/// Writes issues as a JSON array of `{path, code, severity, message}`: at most
/// [`issue::MAX_ISSUES`] of them, then one issue counting the rest ("and N more").
pub fn issues_json(issues: &[Issue], locale: Locale, s: &mut String) {
    s.push('[');
    let (listed, rest) = issues.split_at(issues.len().min(issue::MAX_ISSUES));
    let more = issue::more_issues(rest);
    for (i, is) in listed.iter().chain(more.as_ref()).enumerate() {
        if i > 0 {
            s.push(',');
        }
        s.push_str("{\"path\":");
        write_json_str(&is.path, s);
        s.push_str(",\"code\":\"");
        s.push_str(is.code.as_str());
        s.push_str("\",\"severity\":\"");
        s.push_str(is.severity.as_str());
        s.push_str("\",\"message\":");
        write_json_str(&message(is, locale), s);
        s.push('}');
    }
    s.push(']');
}

/// Checks an `IMP.request_pay` parameter object.
pub fn check_request_pay(input: &Value, opts: &Options) -> Outcome {
    v1::check(input, opts)
}

/// [`check_request_pay`] of a value the caller no longer needs (it is normalized in place, not
/// copied): the same outcome, one copy of the request less.
pub fn check_request_pay_owned(input: Value, opts: &Options) -> Outcome {
    v1::check_owned(input, opts)
}

/// Checks a `PortOne.requestPayment` request (v2).
pub fn check_payment(input: &Value, opts: &Options) -> Outcome {
    v2::check(v2::Api::Payment, input, opts)
}

/// Checks a `PortOne.requestIssueBillingKey` request (v2).
pub fn check_issue_billing_key(input: &Value, opts: &Options) -> Outcome {
    v2::check(v2::Api::IssueBillingKey, input, opts)
}

/// Checks a `PortOne.requestIssueBillingKeyAndPay` request (v2).
pub fn check_issue_billing_key_and_pay(input: &Value, opts: &Options) -> Outcome {
    v2::check(v2::Api::IssueBillingKeyAndPay, input, opts)
}

/// Checks an `IMP.certification` parameter object (v1 identity verification).
pub fn check_certification(input: &Value, opts: &Options) -> Outcome {
    identity::check_certification(input, opts)
}

/// Checks a `PortOne.requestIdentityVerification` request (v2 identity verification).
pub fn check_identity_verification(input: &Value, opts: &Options) -> Outcome {
    identity::check_identity_verification(input, opts)
}

/// Converts `IMP.request_pay` parameters (v1) to a `requestPayment` request (v2) and checks it:
/// see [`v2::from_v1`].
pub fn to_v2(v1_params: &Value, store_id: Option<&str>, channel_key: Option<&str>, opts: &Options) -> Outcome {
    v2::from_v1::to_v2(v1_params, store_id, channel_key, opts)
}

/// Checks JSON text (native callers: servers, tests). Text that is not JSON is one issue.
pub fn check_request_pay_json(text: &str, opts: &Options) -> Outcome {
    match value::parse(text) {
        Ok(v) => check_request_pay(&v, opts),
        Err(_) => Outcome {
            value: None,
            issues: vec![Issue {
                path: String::new(),
                code: issue::Code::InvalidType,
                severity: Severity::Error,
                detail: issue::Detail::Odd(issue::OddKind::NotJson),
                note: None,
            }],
        },
    }
}
