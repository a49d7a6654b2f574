//! The rule engine: one evaluator for the rules every gateway's data file declares
//! (`gateways/<id>.toml`, compiled by `build.rs` into the tables under `src/pg/data.rs`). It knows
//! no gateway by name: a rule is *when* (conditions on the call, the method, the environment and
//! the request's fields) → *then* (one check at a dotted path), with a severity, an optional code
//! and a note. Checks that are real parsers or span several fields are named [`Then`] variants
//! (the engine's hooks, listed in `docs/gateways/README.md`), written once here for every gateway.
//!
//! Gateways not yet moved to data keep their Rust `check` functions under `src/pg/`; the engine
//! runs beside them until the last one has moved.
//!
//! A path may name every item of one array with `[]`: `products[].id` runs the rule once per
//! object item of `products` (`products[0].id`, …), and `easyPay.availableCards[]` once per
//! item; the rule's conditions on paths through the same `[]` see that item.

pub mod hooks;

use std::borrow::Cow;

use crate::core::fields::one_of;
use crate::core::fields::{check_keys, check_kind_in};
use crate::core::issue::{index, Bi, Code, Detail, Format, Report, Severity};
use crate::core::text::{length, parse_date, DateFmt, Unit};
use crate::core::v1::V1Ctx;
use crate::core::v1_options::direct_quota_months;
use crate::core::v1_options::{billing_window, currencies, BillingRule};
use crate::core::v2::{lookup, Api, V2Ctx};
use crate::core::value::{Map, Value};
use hooks::{card_point_quota, flat_bypass, QuotaOffset};

/// One rule: when every condition holds, the check runs at `at`.
#[derive(Debug)]
pub struct Rule {
    /// Conditions, all of which must hold.
    pub when: &'static [Cond],
    /// Dotted path the check reads and reports at (`paymentId`, `card.cardCompany`).
    pub at: &'static str,
    /// The check.
    pub then: Then,
    /// Error or warning (a rule with [`Cond::Env`] is a warning while the environment is unknown).
    pub severity: Severity,
    /// The code reported, where the check lets the data choose it ([`Then::Note`], [`Then::ItemsIn`],
    /// [`Then::Matches`], [`Then::MaxItems`]).
    pub code: Code,
    /// When the check fires, on top of the conditions: [`Then::Required`] when nothing is at
    /// `at`, every other check when something is; [`Fire::Always`] reports at `at` either way.
    pub fire: Fire,
    /// The guide's words, shown with the message.
    pub note: Option<&'static Bi>,
}

/// A condition of a [`Rule`].
#[derive(Debug)]
pub enum Cond {
    /// The v2 call is one of these (a v1 rule never names one).
    Api(&'static [Api]),
    /// The method (v1 `pay_method` as sent; v2 the valid `payMethod` / `billingKeyMethod` /
    /// `billingKeyAndPayMethod`) is one of these.
    Method(&'static [&'static str]),
    /// A method is known and is none of these.
    NotMethod(&'static [&'static str]),
    /// v1: the request opens the billing-key window (`customer_uid` present), or does not.
    Billing(bool),
    /// v1: the `pg` provider code in use is one of these (`kcp_billing`).
    PgCode(&'static [&'static str]),
    /// The caller said it is a mobile (`true`) or PC (`false`) checkout; unknown fails both.
    Mobile(bool),
    /// The rule applies in one environment only: skipped when the caller is known to be in the
    /// other, a warning while unknown, the rule's severity when it matches.
    Env(Env),
    /// Something is at the path.
    Present(&'static str),
    /// Nothing is at the path.
    Absent(&'static str),
    /// The value at the path is a string, one of these.
    Is(&'static str, &'static [&'static str]),
    /// The value at the path is a string, none of these.
    IsNot(&'static str, &'static [&'static str]),
    /// The value at the path is this boolean.
    Bool(&'static str, bool),
    /// The value at the path is a number that compares so with the given one.
    Num(&'static str, Op, f64),
    /// The payment amount (v1 `amount`, v2 `totalAmount`; only when valid) compares so.
    Amount(Op, f64),
    /// The currency is one of these (v1: `KRW` when absent; v2: only when given and valid).
    Currency(&'static [&'static str]),
    /// v1: the `pg` value names a MID after a dot (`kcp.A52CY`), or does not.
    Mid(bool),
    /// No issue with this code has been reported at the path yet.
    NotReported(&'static str, Code),
    /// At least one of these groups holds (each group is conditions that must all hold).
    Any(&'static [&'static [Cond]]),
    /// Not all of these conditions hold.
    Not(&'static [Cond]),
    /// v1: a `pay_method` string was sent (the default does not count); v2: a valid method.
    MethodSent(bool),
    /// The value at the path is an array whose number of items compares so with the given one.
    Items(&'static str, Op, f64),
}

/// A comparison for [`Cond::Num`] and [`Cond::Amount`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
    /// `==`
    Eq,
    /// `!=`
    Ne,
}

impl Op {
    fn holds(self, a: f64, b: f64) -> bool {
        match self {
            Op::Lt => a < b,
            Op::Le => a <= b,
            Op::Gt => a > b,
            Op::Ge => a >= b,
            Op::Eq => a == b,
            Op::Ne => a != b,
        }
    }
}

/// What must be at a rule's path for it to fire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fire {
    /// The check's own default (see [`Rule::fire`]).
    Default,
    /// Whenever the conditions hold.
    Always,
}

/// PC or mobile, for [`Cond::Env`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Env {
    /// The PC window.
    Pc,
    /// The mobile window.
    Mobile,
}

/// The check of a [`Rule`].
#[derive(Debug)]
pub enum Then {
    /// Missing at `at`: `required`.
    Required,
    /// Present at `at`: `unsupported`, naming the gateway.
    Unsupported,
    /// Present at `at`: the rule's code, with only the note to explain it.
    Note,
    /// A string at `at` not among these: `invalid_value` with the closest one.
    OneOf(&'static [&'static str]),
    /// A non-empty string at `at` outside a character set: `invalid_format`, the note says which.
    Charset(Charset),
    /// A string at `at` longer than this in the unit: `too_long`.
    MaxLen(u32, Unit),
    /// Each string item of the array at `at` that is one of these: the rule's code at the item.
    ItemsIn(&'static [&'static str]),
    /// The first string item of the array at `at` that is one of these: the rule's code there.
    FirstItemIn(&'static [&'static str]),
    /// A string at `at` that matches the predicate: the rule's code, the note explains.
    Matches(Charset),
    /// An array at `at` with more items than this: the rule's code, the note explains.
    MaxItems(u32),
    /// The object at `at` holds only these keys, each of its kind (unknown keys are warnings with
    /// a did-you-mean; PC-only / mobile-only keys are warned in the other environment).
    Keys(&'static [crate::core::fields::Key]),
    /// Hook (v1): `currency` (default KRW) is one of these.
    Currencies(&'static [&'static str]),
    /// A string at `at` that is not one of these: `unsupported` naming the gateway and what it takes.
    NotForPg(&'static [&'static str]),
    /// A string at `at` in none of these layouts: `invalid_format` naming the layouts.
    Date(&'static [DateFmt]),
    /// A number at `at` outside `min..=max` (either end open): `out_of_range`. The second pair is
    /// what the message states (a guide may check one bound and state another).
    Range(Option<i64>, Option<i64>, Option<i64>, Option<i64>),
    /// Something at `at`: `conflict` with the field at this path.
    Conflict(&'static str),
    /// A value at `at` of this kind (the key tables' kinds): type, set, range, URL… as a key of
    /// that kind is checked.
    Kind(crate::core::fields::Kind),
    /// An issue with this code that the common rules raised at `at` gets the rule's severity and
    /// note instead (a guide that relaxes a common rule).
    Relax(Code),
    /// Hook: the v1 billing-key window (`customer_uid`): its methods and what it does with `amount`.
    BillingWindow(&'static BillingRule),
    /// The common rules' issues with this code at `at` are dropped (a guide that lifts a common
    /// rule in some requests).
    Drop(Code),
    /// Something at `at`: `invalid_format`, the value should be `provider.{MID}`.
    PgCodeForm,
    /// Hook (v1): `card.direct.quota` is plain months, 0 or 2–36 (`out_of_range` otherwise), with
    /// the installment-floor warning.
    DirectQuotaMonths,
    /// Hook (v1): `card.direct.quota` is months, or months plus an offset for the listed cards'
    /// points (see [`hooks::card_point_quota`]).
    CardPointQuota(&'static [QuotaOffset]),
    /// Hook (v1): `prefill.phoneNumber` is digits only; separators are removed with a warning
    /// carrying the rule's note, anything else that is not a phone number is an error.
    PrefillPhoneDigits,
    /// Hook: keys written flat in the object at `at` that belong in its block (the first field,
    /// `bypass.<block>`, whose key table is the second): `unknown_field` warnings pointing there.
    FlatBypass(&'static str, &'static [crate::core::fields::Key]),
}

/// Character sets for [`Then::Charset`] and [`Then::Matches`]. An empty string holds
/// [`Charset::Alnum`] and [`Charset::AlnumDash`] only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Charset {
    /// ASCII letters and digits (or nothing).
    Alnum,
    /// ASCII letters and digits, at least one.
    AlnumNonEmpty,
    /// ASCII digits, at least one.
    Digits,
    /// ASCII letters, digits, `_` and `-` (or nothing).
    AlnumDash,
    /// An E.164 phone number: `+` and 8 to 15 ASCII digits.
    E164,
    /// At least one character outside ASCII (for [`Then::Matches`]: text that is not English).
    NonAscii,
}

impl Charset {
    fn holds(self, s: &str) -> bool {
        match self {
            Charset::Alnum => s.bytes().all(|b| b.is_ascii_alphanumeric()),
            Charset::AlnumNonEmpty => !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric()),
            Charset::Digits => !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()),
            Charset::AlnumDash => s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-'),
            Charset::E164 => s
                .strip_prefix('+')
                .is_some_and(|d| (8..=15).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit())),
            Charset::NonAscii => !s.is_ascii(),
        }
    }
}

/// What the rules see of one check.
struct Scope<'a, 'c> {
    req: &'a mut Map,
    r: &'a mut Report,
    pg: &'static Bi,
    api: Option<Api>,
    method: Option<&'c str>,
    method_sent: bool,
    billing: bool,
    code: &'c str,
    mobile: Option<bool>,
    amount: Option<f64>,
    currency: Option<&'c str>,
    mid: bool,
    /// The array item a rule with a `[]` path is at.
    item: Option<usize>,
}

/// Runs a gateway's v1 rules. `method_default` is the `pay_method` the gateway's guide assumes
/// when none is sent (`card` for most), as [`Cond::Method`] sees it.
pub fn run_v1(ctx: &mut V1Ctx, rules: &'static [Rule], method_default: Option<&'static str>) {
    let method = ctx.pay_method.clone().or(method_default.map(str::to_string));
    let currency = match ctx.req.get("currency") {
        None => Some("KRW".to_string()),
        Some(v) => v.as_str().map(str::to_string),
    };
    for rule in rules {
        // hooks that need the whole v1 context
        let hook = matches!(
            rule.then,
            Then::BillingWindow(_)
                | Then::Currencies(_)
                | Then::DirectQuotaMonths
                | Then::CardPointQuota(_)
                | Then::PrefillPhoneDigits
        );
        if hook {
            let Some(severity) = applies_v1(ctx, method.as_deref(), currency.as_deref(), rule) else {
                continue;
            };
            match rule.then {
                Then::BillingWindow(b) => billing_window(ctx, b),
                Then::Currencies(list) => {
                    if let Some(note) = rule.note {
                        currencies(ctx, list, note);
                    }
                }
                Then::DirectQuotaMonths => direct_quota_months(ctx),
                Then::CardPointQuota(offsets) => card_point_quota(ctx, offsets, severity, rule.note),
                Then::PrefillPhoneDigits => {
                    if let Some(note) = rule.note {
                        ctx.prefill_phone_digits(note);
                    }
                }
                _ => {}
            }
            continue;
        }
        let billing = ctx.billing();
        let mut s = Scope {
            req: ctx.req,
            r: ctx.r,
            pg: &ctx.gw.name,
            api: None,
            method: method.as_deref(),
            method_sent: ctx.pay_method.is_some(),
            billing,
            code: ctx.code,
            mobile: ctx.mobile,
            amount: ctx.amount,
            currency: currency.as_deref(),
            mid: ctx.mid.is_some(),
            item: None,
        };
        eval(&mut s, rule);
    }
}

fn applies_v1(ctx: &mut V1Ctx, method: Option<&str>, currency: Option<&str>, rule: &Rule) -> Option<Severity> {
    let billing = ctx.billing();
    let s = Scope {
        req: ctx.req,
        r: ctx.r,
        pg: &ctx.gw.name,
        api: None,
        method,
        method_sent: ctx.pay_method.is_some(),
        billing,
        code: ctx.code,
        mobile: ctx.mobile,
        amount: ctx.amount,
        currency,
        mid: ctx.mid.is_some(),
        item: None,
    };
    applies(&s, rule)
}

/// Runs a gateway's v2 rules.
pub fn run_v2(ctx: &mut V2Ctx, rules: &'static [Rule]) {
    let mut s = Scope {
        req: ctx.req,
        r: ctx.r,
        pg: &ctx.gw.name,
        api: Some(ctx.api),
        method: ctx.method,
        method_sent: ctx.method.is_some(),
        billing: false,
        code: "",
        mobile: ctx.mobile,
        amount: ctx.amount.map(|a| a as f64),
        currency: ctx.currency,
        mid: false,
        item: None,
    };
    for rule in rules {
        eval(&mut s, rule);
    }
}

/// The severity the rule reports with, when its conditions hold.
fn applies(s: &Scope, rule: &Rule) -> Option<Severity> {
    let mut severity = rule.severity;
    all(s, rule.when, &mut severity).then_some(severity)
}

/// Whether every condition holds; [`Cond::Env`] may lower `severity` to a warning.
fn all(s: &Scope, conds: &[Cond], severity: &mut Severity) -> bool {
    for c in conds {
        let ok = match *c {
            Cond::Api(apis) => s.api.is_some_and(|a| apis.contains(&a)),
            Cond::Method(ms) => s.method.is_some_and(|m| ms.contains(&m)),
            Cond::NotMethod(ms) => s.method.is_some_and(|m| !ms.contains(&m)),
            Cond::Billing(b) => s.billing == b,
            Cond::PgCode(codes) => codes.contains(&s.code),
            Cond::Mobile(b) => s.mobile == Some(b),
            Cond::Env(env) => match s.mobile {
                None => {
                    *severity = Severity::Warning;
                    true
                }
                Some(m) => m == (env == Env::Mobile),
            },
            Cond::Present(p) => get(s.req, p, s.item).is_some(),
            Cond::Absent(p) => get(s.req, p, s.item).is_none(),
            Cond::Is(p, set) => get(s.req, p, s.item)
                .and_then(Value::as_str)
                .is_some_and(|v| set.contains(&v)),
            Cond::IsNot(p, set) => get(s.req, p, s.item)
                .and_then(Value::as_str)
                .is_some_and(|v| !set.contains(&v)),
            Cond::Bool(p, b) => get(s.req, p, s.item) == Some(&Value::Bool(b)),
            Cond::Num(p, op, n) => get(s.req, p, s.item).and_then(num).is_some_and(|v| op.holds(v, n)),
            Cond::Amount(op, n) => s.amount.is_some_and(|a| op.holds(a, n)),
            Cond::Currency(set) => s.currency.is_some_and(|c| set.contains(&c)),
            Cond::Mid(b) => s.mid == b,
            Cond::NotReported(p, code) => !s.r.has(&concrete(p, s.item), code),
            Cond::Any(groups) => groups.iter().any(|g| all(s, g, severity)),
            // `build.rs` keeps `env` out of a `not` group, so its severity is never lowered
            Cond::Not(group) => !all(s, group, &mut { *severity }),
            Cond::MethodSent(b) => s.method_sent == b,
            Cond::Items(p, op, n) => match get(s.req, p, s.item) {
                Some(Value::Arr(items)) => op.holds(items.len() as f64, n),
                _ => false,
            },
        };
        if !ok {
            return false;
        }
    }
    true
}

/// The value at a dotted path; a `[]` in it is the array item `item`.
fn get<'m>(req: &'m Map, path: &str, item: Option<usize>) -> Option<&'m Value> {
    let Some((list, rest)) = path.split_once("[]") else {
        return lookup(req, path);
    };
    let Value::Arr(items) = lookup(req, list)? else {
        return None;
    };
    let item = items.get(item?)?;
    match rest.strip_prefix('.') {
        None => Some(item),
        Some(rest) => lookup(item.as_obj()?, rest),
    }
}

/// The path with its `[]` replaced by the current item's index (`products[2].id`).
fn concrete(path: &str, item: Option<usize>) -> Cow<'_, str> {
    match (path.split_once("[]"), item) {
        (Some((list, rest)), Some(i)) => Cow::Owned([index(list, i).as_str(), rest].concat()),
        _ => Cow::Borrowed(path),
    }
}

fn num(v: &Value) -> Option<f64> {
    v.as_num().map(|n| n.v)
}

/// Runs one rule: once, or once per item of the array its `[]` path names (object items only
/// when the path goes on into the item).
fn eval(s: &mut Scope, rule: &'static Rule) {
    let Some((list, rest)) = rule.at.split_once("[]") else {
        s.item = None;
        check(s, rule, rule.at);
        return;
    };
    let n = match lookup(s.req, list) {
        Some(Value::Arr(items)) => items.len(),
        _ => return,
    };
    for i in 0..n {
        if !rest.is_empty() {
            let is_obj =
                matches!(lookup(s.req, list), Some(Value::Arr(items)) if matches!(items.get(i), Some(Value::Obj(_))));
            if !is_obj {
                continue;
            }
        }
        s.item = Some(i);
        let at = concrete(rule.at, Some(i)).into_owned();
        check(s, rule, &at);
    }
    s.item = None;
}

/// The rule's check at `at` (its path, or one item's under a `[]` path).
fn check(s: &mut Scope, rule: &'static Rule, at: &str) {
    let Some(severity) = applies(s, rule) else {
        return;
    };
    let value = get(s.req, rule.at, s.item);
    let always = rule.fire == Fire::Always;
    match rule.then {
        Then::Required => {
            if value.is_none() || always {
                s.r.push(at, Code::Required, severity, Detail::Required, rule.note);
            }
        }
        Then::Unsupported => {
            if value.is_some() || always {
                s.r.push(
                    at,
                    Code::Unsupported,
                    severity,
                    Detail::Unsupported { pg: s.pg },
                    rule.note,
                );
            }
        }
        Then::Note => {
            if value.is_some() || always {
                s.r.push(at, rule.code, severity, Detail::Note, rule.note);
            }
        }
        Then::Matches(cs) => {
            if value.and_then(Value::as_str).is_some_and(|v| cs.holds(v)) {
                s.r.push(at, rule.code, severity, Detail::Note, rule.note);
            }
        }
        Then::MaxItems(max) => {
            if let Some(Value::Arr(items)) = value {
                if items.len() > max as usize {
                    s.r.push(at, rule.code, severity, Detail::Note, rule.note);
                }
            }
        }
        Then::Keys(keys) => {
            if let Some(Value::Obj(o)) = value {
                check_keys(o, at, keys, s.mobile, s.r);
            }
        }
        Then::FlatBypass(block, keys) => {
            if let Some(Value::Obj(o)) = value {
                flat_bypass(o, at, block, keys, severity, rule.note, s.r);
            }
        }
        Then::NotForPg(allowed) => {
            if let Some(v) = value.and_then(Value::as_str) {
                if !allowed.contains(&v) {
                    let detail = Detail::NotForPg { pg: s.pg, allowed };
                    s.r.push(at, Code::Unsupported, severity, detail, rule.note);
                }
            }
        }
        Then::Date(fmts) => {
            if let Some(v) = value.and_then(Value::as_str) {
                if parse_date(v, fmts).is_none() {
                    s.r.push(
                        at,
                        Code::InvalidFormat,
                        severity,
                        Detail::Format(Format::Date(fmts)),
                        rule.note,
                    );
                }
            }
        }
        Then::Range(min, max, say_min, say_max) => {
            if let Some(v) = value.and_then(num) {
                let below = min.is_some_and(|m| v < m as f64);
                let above = max.is_some_and(|m| v > m as f64);
                if below || above {
                    let detail = Detail::Range {
                        min: say_min,
                        max: say_max,
                    };
                    s.r.push(at, Code::OutOfRange, severity, detail, rule.note);
                }
            }
        }
        Then::Conflict(with) => {
            if value.is_some() || always {
                s.r.push(at, Code::Conflict, severity, Detail::Conflict { with }, rule.note);
            }
        }
        Then::PgCodeForm => {
            if value.is_some() {
                s.r.push(
                    at,
                    Code::InvalidFormat,
                    severity,
                    Detail::Format(Format::PgCode),
                    rule.note,
                );
            }
        }
        Then::Kind(kind) => {
            if let Some(v) = value {
                check_kind_in(v, kind, at, rule.note, s.mobile, s.r);
            }
        }
        Then::FirstItemIn(set) => {
            if let Some(Value::Arr(items)) = value {
                if let Some(i) = items.iter().position(|v| v.as_str().is_some_and(|v| set.contains(&v))) {
                    s.r.push(index(at, i), rule.code, severity, Detail::Note, rule.note);
                }
            }
        }
        Then::OneOf(set) => {
            if let Some(v) = value.and_then(Value::as_str) {
                one_of(v, set, at, severity, rule.note, s.r);
            }
        }
        Then::Charset(cs) => {
            if let Some(v) = value.and_then(Value::as_str) {
                if !cs.holds(v) {
                    s.r.push(
                        at,
                        Code::InvalidFormat,
                        severity,
                        Detail::Format(Format::Described),
                        rule.note,
                    );
                }
            }
        }
        Then::MaxLen(max, unit) => {
            if let Some(v) = value.and_then(Value::as_str) {
                let got = length(v, unit);
                if got > max as usize {
                    let detail = Detail::TooLong {
                        max: max as usize,
                        unit,
                        got,
                    };
                    s.r.push(at, Code::TooLong, severity, detail, rule.note);
                }
            }
        }
        Then::ItemsIn(set) => {
            if let Some(Value::Arr(items)) = value {
                for (i, item) in items.iter().enumerate() {
                    if item.as_str().is_some_and(|v| set.contains(&v)) {
                        s.r.push(index(at, i), rule.code, severity, Detail::Note, rule.note);
                    }
                }
            }
        }
        Then::Relax(code) => {
            if let Some(i) = s.r.issues.iter_mut().find(|i| i.path == at && i.code == code) {
                i.severity = severity;
                i.note = rule.note;
            }
        }
        Then::Drop(code) => s.r.issues.retain(|i| !(i.path == at && i.code == code)),
        // run by `run_v1`, which has the whole v1 context these hooks need
        Then::BillingWindow(_)
        | Then::Currencies(_)
        | Then::DirectQuotaMonths
        | Then::CardPointQuota(_)
        | Then::PrefillPhoneDigits => {}
    }
}

#[cfg(test)]
mod tests {
    use super::Charset;

    #[test]
    fn character_sets() {
        assert!(Charset::Alnum.holds("") && Charset::Alnum.holds("aZ09"));
        assert!(!Charset::Alnum.holds("a-1") && !Charset::Alnum.holds("주문1"));
        assert!(!Charset::AlnumNonEmpty.holds("") && Charset::AlnumNonEmpty.holds("a1"));
        assert!(!Charset::AlnumNonEmpty.holds("a 1"));
        assert!(Charset::Digits.holds("0123") && !Charset::Digits.holds("") && !Charset::Digits.holds("12a"));
        assert!(!Charset::Digits.holds("１２"), "full-width digits are not ASCII digits");
        assert!(Charset::AlnumDash.holds("") && Charset::AlnumDash.holds("v2_a-1"));
        assert!(!Charset::AlnumDash.holds("v 2") && !Charset::AlnumDash.holds("v2.0"));
        assert!(Charset::E164.holds("+6591234567") && Charset::E164.holds("+12345678"));
        assert!(!Charset::E164.holds("6591234567") && !Charset::E164.holds("+1234567"));
        assert!(!Charset::E164.holds("+1234567890123456") && !Charset::E164.holds("+65-9123-4567"));
        assert!(Charset::NonAscii.holds("주문") && Charset::NonAscii.holds("order 1개"));
        assert!(!Charset::NonAscii.holds("") && !Charset::NonAscii.holds("order 1"));
    }

    #[test]
    fn item_paths() {
        use super::concrete;
        assert_eq!(concrete("products[].id", Some(2)), "products[2].id");
        assert_eq!(
            concrete("easyPay.availableCards[]", Some(0)),
            "easyPay.availableCards[0]"
        );
        assert_eq!(concrete("products.id", Some(1)), "products.id");
    }
}
