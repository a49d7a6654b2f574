//! The engine's hooks that are more than one comparison: a block of keys with its keys sent flat
//! beside it, spellings that depend on the method, digits taken out of separators, and the
//! `CARDQUOTA` text. Each takes its facts (tables, lists, notes) from the rule that names it; none
//! knows a gateway.

use crate::core::cardquota;
use crate::core::fields::{check_keys, got, want_obj, want_str, Key};
use crate::core::issue::{join, Bi, Code, Detail, Expected, Format, Report, Severity};
use crate::core::text::{did_you_mean, int_str};
use crate::core::v1::V1Ctx;
use crate::core::v2::lookup;
use crate::core::value::{Map, Value};

/// A value whose allowed spellings depend on the method ([`super::Then::ValuesByMethod`]): a
/// number counts as its integer text (`1` as `"1"`).
#[derive(Debug)]
pub struct MethodValues {
    /// `(methods, values)`: with one of these methods, one of these values.
    pub groups: &'static [(&'static [&'static str], &'static [&'static str])],
    /// With any other method: any value of any group, and a warning with this note that the
    /// method does not read it.
    pub elsewhere: &'static Bi,
    /// Every group's values, in order (what any other method accepts).
    pub all: &'static [&'static str],
}

/// The value at a dotted path of object keys, to change it.
fn lookup_mut<'m>(m: &'m mut Map, path: &str) -> Option<&'m mut Value> {
    let (mut m, mut rest) = (m, path);
    while let Some(dot) = rest.bytes().position(|b| b == b'.') {
        m = match m.get_mut(&rest[..dot])? {
            Value::Obj(o) => o,
            _ => return None,
        };
        rest = &rest[dot + 1..];
    }
    m.get_mut(rest)
}

/// [`super::Then::Block`]: the object at `at` against `keys`; the parent's other keys are flat
/// keys (a hint into the block, with `note`, when `keys` has them).
pub fn block(
    req: &Map,
    r: &mut Report,
    at: &str,
    keys: &'static [Key],
    mobile: Option<bool>,
    note: Option<&'static Bi>,
) {
    let (parent, name) = at.rsplit_once('.').unwrap_or(("", at));
    let p = if parent.is_empty() {
        Some(req)
    } else {
        lookup(req, parent).and_then(Value::as_obj)
    };
    let Some(p) = p else {
        return;
    };
    for (k, v) in p.entries() {
        if k == name || matches!(v, Value::Undefined) {
            continue;
        }
        let own = keys.iter().find(|key| key.name.eq_ignore_ascii_case(k));
        let hint = match own {
            Some(key) => Some(join(at, key.name)),
            None => did_you_mean(k, [name]).map(|h| join(parent, h)),
        };
        r.warn(
            join(parent, k),
            Code::UnknownField,
            Detail::UnknownField { hint },
            own.and(note),
        );
    }
    if let Some(d) = want_obj(p.get(name), at, r) {
        check_keys(d, at, keys, mobile, r);
    }
}

/// [`super::Then::ValuesByMethod`].
pub fn values_by_method(
    req: &Map,
    r: &mut Report,
    at: &str,
    mv: &'static MethodValues,
    method: Option<&str>,
    severity: Severity,
    note: Option<&'static Bi>,
) {
    let (text, spelled) = match lookup(req, at) {
        None | Some(Value::Odd(_)) => return,
        Some(Value::Num(n)) => (n.as_int().map(int_str), None),
        Some(Value::Str(s)) => (Some(s.clone()), Some(s.as_str())),
        Some(other) => {
            r.wrong_type(at, Expected::NumberOrString, got(other));
            return;
        }
    };
    let group = mv.groups.iter().find(|(ms, _)| method.is_some_and(|m| ms.contains(&m)));
    let allowed = group.map_or(mv.all, |(_, values)| values);
    if !text.is_some_and(|t| allowed.contains(&t.as_str())) {
        let hint = spelled.and_then(|t| allowed.iter().copied().find(|a| a.eq_ignore_ascii_case(t)));
        r.push(at, Code::InvalidValue, severity, Detail::OneOf { allowed, hint }, note);
    } else if group.is_none() {
        r.warn(at, Code::Unsupported, Detail::Note, Some(mv.elsewhere));
    }
}

/// [`super::Then::Digits`].
pub fn digits(
    req: &mut Map,
    r: &mut Report,
    at: &str,
    n: usize,
    strip: &str,
    severity: Severity,
    note: Option<&'static Bi>,
) {
    let Some(Value::Str(raw)) = lookup(req, at) else {
        return;
    };
    let digits: String = raw.chars().filter(|c| !strip.contains(*c)).collect();
    if digits.len() != n || !digits.bytes().all(|b| b.is_ascii_digit()) {
        r.push(
            at,
            Code::InvalidFormat,
            severity,
            Detail::Format(Format::Described),
            note,
        );
    } else if digits != *raw {
        r.warn(at, Code::InvalidFormat, Detail::Format(Format::Digits), note);
        if let Some(v) = lookup_mut(req, at) {
            *v = Value::Str(digits);
        }
    }
}

/// [`super::Then::CardQuota`]: the text at `at` parsed with the shared grammar; with a method of
/// `no_card` a warning with `note`, otherwise the installment floor for its largest month; text
/// not in the canonical spelling is rewritten with a warning.
pub fn card_quota(ctx: &mut V1Ctx, at: &str, method: Option<&str>, no_card: &[&str], note: Option<&'static Bi>) {
    let Some(text) = want_str(lookup(ctx.req, at), at, ctx.r).map(str::to_string) else {
        return;
    };
    let groups = match cardquota::parse(&text) {
        Ok(groups) => groups,
        Err(problems) => {
            for p in problems {
                p.report(at, ctx.r);
            }
            return;
        }
    };
    if method.is_some_and(|m| no_card.contains(&m)) {
        ctx.r.warn(at, Code::Unsupported, Detail::Note, note);
    } else {
        let max = groups.iter().flat_map(|g| g.months.iter()).max().copied().unwrap_or(0);
        ctx.installment_floor(at, i64::from(max));
    }
    let canonical = cardquota::format(&groups);
    if canonical != text {
        ctx.r.warn(
            at,
            Code::InvalidFormat,
            Detail::Format(Format::Described),
            Some(&cardquota::CANONICAL),
        );
        if let Some(v) = lookup_mut(ctx.req, at) {
            *v = Value::Str(canonical);
        }
    }
}
