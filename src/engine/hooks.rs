//! The engine's hooks that are real parsers or span several fields, written once for every
//! gateway whose data names them (see `docs/gateways/README.md`, "Hooks"): option strings
//! (`[options.<name>]` tables), card-point quotas, flat bypass keys, a block with its keys sent
//! flat beside it, spellings that depend on the method, digits taken out of separators, and the
//! `CARDQUOTA` text. Their parameters (lists,
//! tables, notes) come from the data files; nothing here names a gateway.

use crate::core::cardquota;
use crate::core::fields::{check_keys, got, want_obj, want_str, Key};
use crate::core::issue::{index, join, Bi, Code, Detail, Expected, Format, Report, Severity};
use crate::core::text::{did_you_mean, int_str};
use crate::core::v1::V1Ctx;
use crate::core::v1_options::{joined, listed_items, Opt, Style};
use crate::core::v2::lookup;
use crate::core::value::{Map, Num, Value};

/// An option string a guide defines (`acceptmethod` → `SKIN(#c1272c):cd_ps(14-12)`,
/// `P_RESERVED` → `twotrs_bank=Y&apprun_check=Y`): how its items are joined and written, the
/// options the guide lists, and accepted items that are still warned. Declared in data as
/// `[options.<name>]`, checked by `then = { options = "<name>" }` and read by the
/// `option` / `not_option` conditions.
#[derive(Debug)]
pub struct OptionString {
    /// Between two items.
    pub sep: char,
    /// How one item is written.
    pub style: Style,
    /// The options the guide lists.
    pub opts: &'static [Opt],
    /// An array of such strings (each item reported at its index) instead of one string.
    pub list: bool,
    /// Accepted items that are still warned (a spelling the guide writes two ways).
    pub warn: &'static [OptionWarn],
}

/// A warning on an accepted item of an [`OptionString`].
#[derive(Debug)]
pub struct OptionWarn {
    /// The listed option it is about; `None` for any.
    pub option: Option<&'static str>,
    /// The value it is about; `None` for any.
    pub value: Option<&'static str>,
    /// The code reported.
    pub code: Code,
    /// Why.
    pub note: &'static Bi,
}

/// The option strings of `v` under `spec`: the string itself, or the string items of a list.
fn strings<'v>(v: &'v Value, spec: &OptionString) -> Vec<(Option<usize>, &'v str)> {
    match (spec.list, v) {
        (false, Value::Str(s)) => vec![(None, s.as_str())],
        (true, Value::Arr(items)) => items
            .iter()
            .enumerate()
            .filter_map(|(i, x)| x.as_str().map(|s| (Some(i), s)))
            .collect(),
        _ => Vec::new(),
    }
}

/// Parses the option string (or each string of the list) at `at` against `spec`: a listed option
/// with a wrong value or form is an error, an unlisted one an `unknown_field` warning with the
/// closest name, an empty item a warning; accepted items matching one of `spec.warn` get that
/// warning. Values of another type are the key tables' to report.
pub fn check_options(v: &Value, at: &str, spec: &OptionString, r: &mut Report) {
    for (i, s) in strings(v, spec) {
        let path = match i {
            Some(i) => index(at, i),
            None => at.to_string(),
        };
        for it in joined(s, spec.sep, spec.style, spec.opts, &path, r) {
            if !it.ok {
                continue;
            }
            for w in spec.warn {
                if w.option.is_none_or(|o| o == it.name) && w.value.is_none_or(|x| it.value == Some(x)) {
                    r.warn(path.clone(), w.code, Detail::Note, Some(w.note));
                }
            }
        }
    }
}

/// Whether the option string at a path (`v`) has an item naming the listed option `name` (with
/// `value`, when given).
pub fn has_option(v: Option<&Value>, spec: &OptionString, name: &str, value: Option<&str>) -> bool {
    v.is_some_and(|v| {
        strings(v, spec).into_iter().any(|(_, s)| {
            listed_items(s, spec.sep, spec.style, spec.opts)
                .any(|(n, x)| n == name && value.is_none_or(|want| x == Some(want)))
        })
    })
}

/// Card points in `card.direct.quota`: for these card codes the quota is the installment months
/// plus `add` (the months themselves are 0 or 2–36 either way).
#[derive(Debug)]
pub struct QuotaOffset {
    /// What the card's point payment adds to the months.
    pub add: i64,
    /// `card.direct.code` values it applies to.
    pub cards: &'static [&'static str],
}

/// `card.direct.quota` as months (0 = lump sum, 2–36) or, for the cards of an offset, months plus
/// that offset (card points): a month count below the floor gets the installment-floor warning,
/// any other non-negative value is `invalid_value` with `note` (negative and non-integer quotas
/// are reported by the common rules).
pub fn card_point_quota(ctx: &mut V1Ctx, offsets: &[QuotaOffset], severity: Severity, note: Option<&'static Bi>) {
    let Some(direct) = ctx
        .req
        .get("card")
        .and_then(Value::as_obj)
        .and_then(|c| c.get("direct"))
        .and_then(Value::as_obj)
    else {
        return;
    };
    let code = direct.get("code").and_then(Value::as_str).unwrap_or("");
    let Some(q) = direct.get("quota").and_then(Value::as_num).and_then(Num::as_int) else {
        return;
    };
    let months = if (0..=36).contains(&q) {
        Some(q)
    } else {
        offsets
            .iter()
            .find(|o| o.cards.contains(&code) && (o.add..=o.add + 36).contains(&q))
            .map(|o| q - o.add)
    };
    match months {
        Some(m) if m != 1 => ctx.installment_floor("card.direct.quota", m),
        _ => {
            if q >= 0 {
                ctx.r
                    .push("card.direct.quota", Code::InvalidValue, severity, Detail::Note, note);
            }
        }
    }
}

/// Keys written flat in the object at `at` (`bypass`) that belong in its block `block`
/// (`bypass.<block>`): each is an `unknown_field` with the block's key as its hint (and `note`,
/// which says where the keys go) when the block's table has it (case-insensitively), or with a
/// did-you-mean for the block's own name.
pub fn flat_bypass(
    obj: &Map,
    at: &str,
    block: &str,
    keys: &[Key],
    severity: Severity,
    note: Option<&'static Bi>,
    r: &mut Report,
) {
    for (k, v) in obj.entries() {
        if k == block || matches!(v, Value::Undefined) {
            continue;
        }
        let own = keys.iter().find(|key| key.name.eq_ignore_ascii_case(k));
        let hint = match own {
            Some(key) => Some(join(&join(at, block), key.name)),
            None => did_you_mean(k, [block]).map(|h| join(at, h)),
        };
        r.push(
            join(at, k),
            Code::UnknownField,
            severity,
            Detail::UnknownField { hint },
            own.and(note),
        );
    }
}

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
