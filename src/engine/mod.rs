//! The rule engine: one evaluator for the rules every gateway's data file declares
//! (`gateways/<id>.toml`, compiled by `build.rs` into the tables under `src/pg/data.rs`). It knows
//! no gateway by name: a rule is *when* (conditions on the call, the method, the environment and
//! the request's fields) → *then* (one check at a dotted path), with a severity, an optional code
//! and a note. Checks that are real parsers or span several fields are named [`Then`] variants
//! (the engine's hooks, listed in `docs/gateways/README.md`), written once here for every gateway.
//!
//! Gateways not yet moved to data keep their Rust `check` functions under `src/pg/`; the engine
//! runs beside them until the last one has moved.

mod hooks;

pub use hooks::MethodValues;

use crate::core::euckr::first_unrepresentable;
use crate::core::fields::one_of;
use crate::core::fields::{check_keys, check_kind_in, got, Key};
use crate::core::issue::{index, Bi, Code, Detail, Expected, Format, Report, Severity};
use crate::core::text::{length, parse_date, parse_rfc3339, DateFmt, Unit};
use crate::core::v1::V1Ctx;
use crate::core::v1_options::{
    billing_window, currencies, direct_quota_months, period_with, phone_detail, phone_prefill, BillingRule, PeriodRule,
};
use crate::core::v2::{lookup, Api, V2Ctx};
use crate::core::value::{Map, Value};

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
    /// v1: a `pay_method` string was sent (`false`: none was, and the gateway's default applies);
    /// v2: the method is given and valid.
    MethodGiven(bool),
    /// The value at the path is of this JSON type.
    Type(&'static str, Expected),
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
    /// A value at `at` that is not of this JSON type: `invalid_type`, with the rule's note (values
    /// JSON cannot carry are left to the common scan).
    Type(Expected),
    /// A string at `at` with a character EUC-KR cannot write: `invalid_format` naming its place.
    EucKr,
    /// Something at `at`: `invalid_format` stating this layout (`pg_code`: `provider.{MID}`).
    Format(Format),
    /// A string at `at` that is this many ASCII digits once the characters of the second field
    /// are taken out: rewritten so, with an `invalid_format` warning; any other string:
    /// `invalid_format` with the rule's severity (the note says what it takes).
    Digits(u32, &'static str),
    /// Hook: the object at `at` against a key table, and the other keys of its parent object
    /// (keys sent flat beside the block): `unknown_field` warnings pointing into the block (with
    /// the rule's note) when the table has the key, or a did-you-mean to the block's name.
    Block(&'static [Key]),
    /// Hook: a number or string at `at` whose allowed spellings depend on the method; see
    /// [`MethodValues`].
    ValuesByMethod(&'static MethodValues),
    /// Hook (v1): `phone.detail [{carrier, enabled}]`, carriers among these (`*` = all); the
    /// rule's note explains `phone` outside a phone payment.
    PhoneDetail(&'static [&'static str]),
    /// Hook (v1): `prefill.phoneNumber` fixing a phone payment's number: the rule's note explains
    /// `prefill` outside a phone payment, this note the separators taken out of the number.
    PhonePrefill(&'static Bi),
    /// Hook (v1): `card.direct.quota` as plain months: 0 or 2–36, and the installment floor.
    DirectQuotaMonths,
    /// Hook (v1): `period {from, to, …}`: each end a date in the rule's layouts (both required
    /// when it says so), `from` not after `to`, the object's keys against the table.
    Period(&'static PeriodRule, &'static [Key]),
    /// Hook (v1): a Kiwoom-style `CARDQUOTA` text at `at` (`CODE-m:m^…`): parsed, its months
    /// held to the installment floor, rewritten canonically (a warning); with one of these
    /// methods (no card) it is ignored (a warning with the rule's note).
    CardQuota(&'static [&'static str]),
}

/// Character sets and grammars for [`Then::Charset`] and [`Then::Matches`]. An empty string holds
/// every set but [`Charset::AlnumNonEmpty`], [`Charset::Digits`] and [`Charset::AesHex`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Charset {
    /// ASCII letters and digits (or nothing).
    Alnum,
    /// ASCII letters and digits, at least one.
    AlnumNonEmpty,
    /// ASCII digits, at least one.
    Digits,
    /// Hex digits in whole AES blocks (a multiple of 32, at least one block).
    AesHex,
    /// An RFC 3339 date-time (`2024-12-31T23:59:59+09:00`), or nothing.
    Rfc3339,
}

impl Charset {
    fn holds(self, s: &str) -> bool {
        match self {
            Charset::Alnum => s.bytes().all(|b| b.is_ascii_alphanumeric()),
            Charset::AlnumNonEmpty => !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric()),
            Charset::Digits => !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()),
            Charset::AesHex => !s.is_empty() && s.len() % 32 == 0 && s.bytes().all(|b| b.is_ascii_hexdigit()),
            Charset::Rfc3339 => s.is_empty() || parse_rfc3339(s).is_some(),
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
    billing: bool,
    code: &'c str,
    mobile: Option<bool>,
    amount: Option<f64>,
    currency: Option<&'c str>,
    mid: bool,
    method_given: bool,
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
        if needs_v1_ctx(&rule.then) {
            if applies_v1(ctx, method.as_deref(), currency.as_deref(), rule).is_some() {
                v1_hook(ctx, rule, method.as_deref());
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
            billing,
            code: ctx.code,
            mobile: ctx.mobile,
            amount: ctx.amount,
            currency: currency.as_deref(),
            mid: ctx.mid.is_some(),
            method_given: ctx.pay_method.is_some(),
        };
        eval(&mut s, rule);
    }
}

/// The hooks that need the whole v1 context (they run in [`run_v1`], never in [`eval`]).
fn needs_v1_ctx(then: &Then) -> bool {
    matches!(
        then,
        Then::BillingWindow(_)
            | Then::Currencies(_)
            | Then::PhoneDetail(_)
            | Then::PhonePrefill(_)
            | Then::DirectQuotaMonths
            | Then::Period(..)
            | Then::CardQuota(_)
    )
}

/// Runs a v1 hook whose conditions hold. Its notes come from the rule (`build.rs` makes sure
/// those that need one have it).
fn v1_hook(ctx: &mut V1Ctx, rule: &'static Rule, method: Option<&str>) {
    match rule.then {
        Then::BillingWindow(b) => billing_window(ctx, b),
        Then::Currencies(list) => {
            if let Some(note) = rule.note {
                currencies(ctx, list, note);
            }
        }
        Then::PhoneDetail(carriers) => {
            if let Some(note) = rule.note {
                phone_detail(ctx, carriers, note);
            }
        }
        Then::PhonePrefill(digits) => {
            if let Some(note) = rule.note {
                phone_prefill(ctx, method == Some("phone"), note, digits);
            }
        }
        Then::DirectQuotaMonths => direct_quota_months(ctx),
        Then::Period(p, keys) => period_with(ctx, p, keys),
        Then::CardQuota(no_card) => hooks::card_quota(ctx, rule.at, method, no_card, rule.note),
        _ => {}
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
        billing,
        code: ctx.code,
        mobile: ctx.mobile,
        amount: ctx.amount,
        currency,
        mid: ctx.mid.is_some(),
        method_given: ctx.pay_method.is_some(),
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
        billing: false,
        code: "",
        mobile: ctx.mobile,
        amount: ctx.amount.map(|a| a as f64),
        currency: ctx.currency,
        mid: false,
        method_given: ctx.method.is_some(),
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
            Cond::Present(p) => lookup(s.req, p).is_some(),
            Cond::Absent(p) => lookup(s.req, p).is_none(),
            Cond::Is(p, set) => lookup(s.req, p)
                .and_then(Value::as_str)
                .is_some_and(|v| set.contains(&v)),
            Cond::IsNot(p, set) => lookup(s.req, p)
                .and_then(Value::as_str)
                .is_some_and(|v| !set.contains(&v)),
            Cond::Bool(p, b) => lookup(s.req, p) == Some(&Value::Bool(b)),
            Cond::Num(p, op, n) => lookup(s.req, p).and_then(num).is_some_and(|v| op.holds(v, n)),
            Cond::Amount(op, n) => s.amount.is_some_and(|a| op.holds(a, n)),
            Cond::Currency(set) => s.currency.is_some_and(|c| set.contains(&c)),
            Cond::Mid(b) => s.mid == b,
            Cond::NotReported(p, code) => !s.r.has(p, code),
            Cond::Any(groups) => groups.iter().any(|g| all(s, g, severity)),
            Cond::MethodGiven(b) => s.method_given == b,
            Cond::Type(p, t) => lookup(s.req, p).is_some_and(|v| is_type(v, t)),
        };
        if !ok {
            return false;
        }
    }
    true
}

fn num(v: &Value) -> Option<f64> {
    v.as_num().map(|n| n.v)
}

/// Whether `v` is of the JSON type `t` ([`Cond::Type`], [`Then::Type`]).
fn is_type(v: &Value, t: Expected) -> bool {
    match t {
        Expected::String => matches!(v, Value::Str(_)),
        Expected::Number => matches!(v, Value::Num(_)),
        Expected::Integer => v.as_num().is_some_and(|n| n.as_int().is_some()),
        Expected::Boolean => matches!(v, Value::Bool(_)),
        Expected::Object => matches!(v, Value::Obj(_)),
        Expected::Array => matches!(v, Value::Arr(_)),
        Expected::StringOrArray => matches!(v, Value::Str(_) | Value::Arr(_)),
        Expected::NumberOrString => matches!(v, Value::Num(_) | Value::Str(_)),
    }
}

fn eval(s: &mut Scope, rule: &'static Rule) {
    let Some(severity) = applies(s, rule) else {
        return;
    };
    let at = rule.at;
    let value = lookup(s.req, at);
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
        Then::Type(t) => {
            if let Some(v) = value {
                if !matches!(v, Value::Odd(_)) && !is_type(v, t) {
                    let detail = Detail::Type {
                        expected: t,
                        got: got(v),
                    };
                    s.r.push(at, Code::InvalidType, severity, detail, rule.note);
                }
            }
        }
        Then::EucKr => {
            if let Some(i) = value.and_then(Value::as_str).and_then(first_unrepresentable) {
                s.r.push(at, Code::InvalidFormat, severity, Detail::NotEucKr { at: i }, rule.note);
            }
        }
        Then::Format(f) => {
            if value.is_some() || always {
                s.r.push(at, Code::InvalidFormat, severity, Detail::Format(f), rule.note);
            }
        }
        Then::Digits(n, strip) => hooks::digits(s.req, s.r, at, n as usize, strip, severity, rule.note),
        Then::Block(keys) => hooks::block(s.req, s.r, at, keys, s.mobile, rule.note),
        Then::ValuesByMethod(mv) => hooks::values_by_method(s.req, s.r, at, mv, s.method, severity, rule.note),
        // run by `run_v1`, which has the whole v1 context these hooks need
        Then::BillingWindow(_)
        | Then::Currencies(_)
        | Then::PhoneDetail(_)
        | Then::PhonePrefill(_)
        | Then::DirectQuotaMonths
        | Then::Period(..)
        | Then::CardQuota(_) => {}
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
    }

    #[test]
    fn aes_hex_is_whole_blocks() {
        assert!(Charset::AesHex.holds("00112233445566778899aabbccddeeff"));
        assert!(Charset::AesHex.holds(&"AB".repeat(48)));
        assert!(!Charset::AesHex.holds(""));
        assert!(!Charset::AesHex.holds("00112233445566778899aabbccddeef"));
        assert!(!Charset::AesHex.holds("00112233445566778899aabbccddeegg"));
    }

    #[test]
    fn rfc3339_or_nothing() {
        assert!(Charset::Rfc3339.holds("") && Charset::Rfc3339.holds("2024-12-31T23:59:59+09:00"));
        assert!(!Charset::Rfc3339.holds("2024-12-31"));
    }
}
