//! The rule engine: one evaluator for the rules every gateway's data file declares
//! (`gateways/<id>.toml`, compiled by `build.rs` into the tables under `src/pg/data.rs`). It knows
//! no gateway by name: a rule is *when* (conditions on the call, the method, the environment and
//! the request's fields) → *then* (one check at a dotted path), with a severity, an optional code
//! and a note. Checks that are real parsers or span several fields are named [`Then`] variants
//! (the engine's hooks, listed in `docs/gateways/README.md`), written once here for every gateway.
//!
//! Gateways not yet moved to data keep their Rust `check` functions under `src/pg/`; the engine
//! runs beside them until the last one has moved.

use crate::core::fields::one_of;
use crate::core::fields::{check_keys, check_kind_in, got};
use crate::core::issue::{index, join, Bi, Code, Detail, Expected, Format, Report, Severity};
use crate::core::text::{length, parse_date, DateFmt, Unit};
use crate::core::v1::V1Ctx;
use crate::core::v1_options::{billing_window, currencies, direct_quota_months, BillingRule};
use crate::core::v2::{lookup, Api, V2Ctx};
use crate::core::value::{Map, Value};

/// One rule: when every condition holds, the check runs at `at`.
#[derive(Debug)]
pub struct Rule {
    /// Conditions, all of which must hold.
    pub when: &'static [Cond],
    /// Dotted path the check reads and reports at (`paymentId`, `card.cardCompany`). One key may
    /// end in `[]` (`naverProducts[].sellerId`): the check then runs at that key of every object
    /// item of the array, reporting at the item (`naverProducts[1].sellerId`).
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
    /// v1: the currency is KRW as the common amount rules read it (`currency` absent, not a
    /// string, or `KRW`), or is not.
    Krw(bool),
    /// The value at the path is of this type.
    Type(&'static str, ValueType),
    /// Nothing of this type is at the path (nothing at all, or a value of another type).
    NotType(&'static str, ValueType),
}

/// A JSON type, for [`Cond::Type`] and [`Cond::NotType`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueType {
    /// A string.
    Str,
    /// A number.
    Num,
    /// A boolean.
    Bool,
    /// An object.
    Obj,
    /// An array.
    Arr,
}

impl ValueType {
    fn holds(self, v: &Value) -> bool {
        matches!(
            (self, v),
            (ValueType::Str, Value::Str(_))
                | (ValueType::Num, Value::Num(_))
                | (ValueType::Bool, Value::Bool(_))
                | (ValueType::Obj, Value::Obj(_))
                | (ValueType::Arr, Value::Arr(_))
        )
    }
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
    /// Something at `at`: `invalid_format` with this format's message (`pg_code`: `provider` or
    /// `provider.{MID}`); the note says more.
    Format(Format),
    /// A non-empty string at `at` shorter than this in the unit: `out_of_range`, stating the
    /// second pair as the bounds (a guide that gives the length as a range).
    MinLen(u32, Unit, Option<i64>, Option<i64>),
    /// A string at `at` in none of these layouts: `invalid_format` whose message leaves the
    /// layout to the note (a guide that states the layout with more, e.g. how far ahead).
    DateDescribed(&'static [DateFmt]),
    /// Hook: a date at `at` sent as a string in one of these layouts or as a whole number of their
    /// digits (`20240117`, zero-padded to the layout's length): `invalid_format` (the note says
    /// both are taken) when neither, `invalid_type` (number or string) for any other value.
    DateOrNumber(&'static [DateFmt]),
    /// Hook (v1): `card.direct.quota` is plain months, 0 (lump sum) or 2–36, and installments below
    /// the KRW floor are warned.
    DirectQuotaMonths,
}

/// Character sets and small grammars for [`Then::Charset`] and [`Then::Matches`]. An empty
/// string holds [`Charset::Alnum`] and [`Charset::NotBlankNoBackslashComma`] only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Charset {
    /// ASCII letters and digits (or nothing).
    Alnum,
    /// ASCII letters and digits, at least one.
    AlnumNonEmpty,
    /// ASCII digits, at least one.
    Digits,
    /// An HTML colour code, `#` and six hex digits (`#FF0000`).
    HexColor,
    /// Ends like `… 외 2개` ("and 2 more", the suffix some wallets add themselves).
    AndNMore,
    /// Not only spaces, and neither `\` nor `,` (or nothing).
    NotBlankNoBackslashComma,
}

impl Charset {
    fn holds(self, s: &str) -> bool {
        match self {
            Charset::Alnum => s.bytes().all(|b| b.is_ascii_alphanumeric()),
            Charset::AlnumNonEmpty => !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric()),
            Charset::Digits => !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()),
            Charset::HexColor => s
                .strip_prefix('#')
                .is_some_and(|h| h.len() == 6 && h.bytes().all(|b| b.is_ascii_hexdigit())),
            Charset::AndNMore => and_n_more(s),
            Charset::NotBlankNoBackslashComma => s.is_empty() || (!s.trim().is_empty() && !s.contains(['\\', ','])),
        }
    }
}

/// True when `s` ends like "… 외 2개" (optional spaces before the count and at the end).
fn and_n_more(s: &str) -> bool {
    let Some(rest) = s.trim_end().strip_suffix('개') else {
        return false;
    };
    let digits = rest.trim_end_matches(|c: char| c.is_ascii_digit());
    digits.len() < rest.len() && digits.trim_end().ends_with('외')
}

/// A whole number read as the digits of a date layout (zero-padded to its length) that parses.
fn number_date(n: i64, fmt: DateFmt) -> bool {
    let width = fmt.pattern().len() as u32;
    if n < 0 || 10i64.checked_pow(width).is_some_and(|lim| n >= lim) {
        return false;
    }
    let mut s = String::new();
    let mut d = n;
    for _ in 0..width {
        s.insert(0, char::from(b'0' + (d % 10) as u8));
        d /= 10;
    }
    parse_date(&s, &[fmt]).is_some()
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
    krw: bool,
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
        match rule.then {
            Then::BillingWindow(b) => {
                if applies_v1(ctx, method.as_deref(), currency.as_deref(), rule).is_some() {
                    billing_window(ctx, b);
                }
                continue;
            }
            Then::Currencies(list) => {
                if applies_v1(ctx, method.as_deref(), currency.as_deref(), rule).is_some() {
                    if let Some(note) = rule.note {
                        currencies(ctx, list, note);
                    }
                }
                continue;
            }
            Then::DirectQuotaMonths => {
                if applies_v1(ctx, method.as_deref(), currency.as_deref(), rule).is_some() {
                    direct_quota_months(ctx);
                }
                continue;
            }
            _ => {}
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
            krw: ctx.krw,
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
        billing,
        code: ctx.code,
        mobile: ctx.mobile,
        amount: ctx.amount,
        currency,
        mid: ctx.mid.is_some(),
        krw: ctx.krw,
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
        krw: false,
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
            Cond::Krw(b) => s.krw == b,
            Cond::Type(p, t) => lookup(s.req, p).is_some_and(|v| t.holds(v)),
            Cond::NotType(p, t) => !lookup(s.req, p).is_some_and(|v| t.holds(v)),
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

fn eval(s: &mut Scope, rule: &'static Rule) {
    let Some(severity) = applies(s, rule) else {
        return;
    };
    let Some((list, rest)) = rule.at.split_once("[]") else {
        let value = lookup(s.req, rule.at);
        check(s.r, s.pg, s.mobile, rule, severity, rule.at, value);
        return;
    };
    // `list[].rest`: the check at `rest` of every object item
    let rest = rest.strip_prefix('.').unwrap_or(rest);
    let Some(Value::Arr(items)) = lookup(s.req, list) else {
        return;
    };
    for (i, item) in items.iter().enumerate() {
        let Value::Obj(o) = item else {
            continue;
        };
        let mut at = index(list, i);
        for key in rest.split('.') {
            at = join(&at, key);
        }
        check(s.r, s.pg, s.mobile, rule, severity, &at, lookup(o, rest));
    }
}

/// Runs the check of `rule` at the concrete path `at`, which holds `value`.
fn check(
    r: &mut Report,
    pg: &'static Bi,
    mobile: Option<bool>,
    rule: &'static Rule,
    severity: Severity,
    at: &str,
    value: Option<&Value>,
) {
    let always = rule.fire == Fire::Always;
    match rule.then {
        Then::Required => {
            if value.is_none() || always {
                r.push(at, Code::Required, severity, Detail::Required, rule.note);
            }
        }
        Then::Unsupported => {
            if value.is_some() || always {
                r.push(at, Code::Unsupported, severity, Detail::Unsupported { pg }, rule.note);
            }
        }
        Then::Note => {
            if value.is_some() || always {
                r.push(at, rule.code, severity, Detail::Note, rule.note);
            }
        }
        Then::Matches(cs) => {
            if value.and_then(Value::as_str).is_some_and(|v| cs.holds(v)) {
                r.push(at, rule.code, severity, Detail::Note, rule.note);
            }
        }
        Then::MaxItems(max) => {
            if let Some(Value::Arr(items)) = value {
                if items.len() > max as usize {
                    r.push(at, rule.code, severity, Detail::Note, rule.note);
                }
            }
        }
        Then::Keys(keys) => {
            if let Some(Value::Obj(o)) = value {
                check_keys(o, at, keys, mobile, r);
            }
        }
        Then::NotForPg(allowed) => {
            if let Some(v) = value.and_then(Value::as_str) {
                if !allowed.contains(&v) {
                    let detail = Detail::NotForPg { pg, allowed };
                    r.push(at, Code::Unsupported, severity, detail, rule.note);
                }
            }
        }
        Then::Date(fmts) => {
            if let Some(v) = value.and_then(Value::as_str) {
                if parse_date(v, fmts).is_none() {
                    r.push(
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
                    r.push(at, Code::OutOfRange, severity, detail, rule.note);
                }
            }
        }
        Then::Conflict(with) => {
            if value.is_some() || always {
                r.push(at, Code::Conflict, severity, Detail::Conflict { with }, rule.note);
            }
        }
        Then::Kind(kind) => {
            if let Some(v) = value {
                check_kind_in(v, kind, at, rule.note, mobile, r);
            }
        }
        Then::FirstItemIn(set) => {
            if let Some(Value::Arr(items)) = value {
                if let Some(i) = items.iter().position(|v| v.as_str().is_some_and(|v| set.contains(&v))) {
                    r.push(index(at, i), rule.code, severity, Detail::Note, rule.note);
                }
            }
        }
        Then::OneOf(set) => {
            if let Some(v) = value.and_then(Value::as_str) {
                one_of(v, set, at, severity, rule.note, r);
            }
        }
        Then::Charset(cs) => {
            if let Some(v) = value.and_then(Value::as_str) {
                if !cs.holds(v) {
                    r.push(
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
                    r.push(at, Code::TooLong, severity, detail, rule.note);
                }
            }
        }
        Then::ItemsIn(set) => {
            if let Some(Value::Arr(items)) = value {
                for (i, item) in items.iter().enumerate() {
                    if item.as_str().is_some_and(|v| set.contains(&v)) {
                        r.push(index(at, i), rule.code, severity, Detail::Note, rule.note);
                    }
                }
            }
        }
        Then::Relax(code) => {
            if let Some(i) = r.issues.iter_mut().find(|i| i.path == at && i.code == code) {
                i.severity = severity;
                i.note = rule.note;
            }
        }
        Then::Format(format) => {
            if value.is_some() || always {
                r.push(at, Code::InvalidFormat, severity, Detail::Format(format), rule.note);
            }
        }
        Then::MinLen(min, unit, say_min, say_max) => {
            if let Some(v) = value.and_then(Value::as_str) {
                if !v.is_empty() && length(v, unit) < min as usize {
                    let detail = Detail::Range {
                        min: say_min,
                        max: say_max,
                    };
                    r.push(at, Code::OutOfRange, severity, detail, rule.note);
                }
            }
        }
        Then::DateDescribed(fmts) => {
            if let Some(v) = value.and_then(Value::as_str) {
                if parse_date(v, fmts).is_none() {
                    let detail = Detail::Format(Format::Described);
                    r.push(at, Code::InvalidFormat, severity, detail, rule.note);
                }
            }
        }
        Then::DateOrNumber(fmts) => {
            let ok = match value {
                None => true,
                Some(Value::Str(v)) => parse_date(v, fmts).is_some(),
                Some(Value::Num(n)) => n.as_int().is_some_and(|n| fmts.iter().any(|f| number_date(n, *f))),
                Some(v) => {
                    r.wrong_type(at, Expected::NumberOrString, got(v));
                    true
                }
            };
            if !ok {
                let detail = Detail::Format(Format::Date(fmts));
                r.push(at, Code::InvalidFormat, severity, detail, rule.note);
            }
        }
        // run by `run_v1`, which has the whole v1 context these hooks need
        Then::BillingWindow(_) | Then::Currencies(_) | Then::DirectQuotaMonths => {}
    }
}

#[cfg(test)]
mod tests {
    use super::{number_date, Charset};
    use crate::core::text::DateFmt;

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
    fn small_grammars() {
        assert!(Charset::HexColor.holds("#FF00aa") && !Charset::HexColor.holds("FF00AA"));
        assert!(
            !Charset::HexColor.holds("#FF00A") && !Charset::HexColor.holds("#GG0000") && !Charset::HexColor.holds("")
        );
        assert!(Charset::AndNMore.holds("운동화 외 2개") && Charset::AndNMore.holds("운동화 외2개 "));
        assert!(
            Charset::AndNMore.holds("a 외 12개")
                && !Charset::AndNMore.holds("a 외 12 개")
                && !Charset::AndNMore.holds("외 개")
        );
        assert!(!Charset::AndNMore.holds("운동화 2개") && !Charset::AndNMore.holds(""));
        let plain = Charset::NotBlankNoBackslashComma;
        assert!(plain.holds("") && plain.holds(" a b ") && !plain.holds("   "));
        assert!(!plain.holds("a,b") && !plain.holds("a\\b"));
    }

    #[test]
    fn dates_written_as_numbers() {
        assert!(number_date(20240117, DateFmt::Ymd) && !number_date(20241301, DateFmt::Ymd));
        assert!(!number_date(-20240117, DateFmt::Ymd) && !number_date(120240117, DateFmt::Ymd));
        assert!(number_date(202401171230, DateFmt::YmdHm) && !number_date(20240117, DateFmt::YmdHm));
    }
}
