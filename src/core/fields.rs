//! Typed field readers and key tables: the small vocabulary every rule file is written in.
//! A reader reports a wrong type once and hands back the typed value (or nothing); a [`Key`]
//! table describes an object's known keys as data, and [`check_keys`] applies it, warning about
//! unknown keys with a did-you-mean. Tables nest ([`Kind::Fields`], [`Kind::OneOf`],
//! [`Kind::ListOf`]), so a whole v2 request or a `bypass.<pg>` block is one table; [`Coded`]
//! enums accept the SDK's prefixed spellings, which [`normalize_keys`] rewrites to the short form.

use crate::core::issue::{join, join_odd_key, Bi, Code, Detail, Expected, Format, Got, OddKind, Report, Severity};
use crate::core::text::{did_you_mean, is_http_url, length, Unit};
use crate::core::value::{find_str, same_key, Map, Num, Odd, OddKeyKind, Value};

/// The kind of a value, for `invalid_type` messages.
pub fn got(v: &Value) -> Got {
    match v {
        Value::Undefined => Got::Undefined,
        Value::Null => Got::Null,
        Value::Bool(_) => Got::Boolean,
        Value::Num(n) if n.v.fract() != 0.0 => Got::Fraction,
        Value::Num(_) => Got::Number,
        Value::Str(_) => Got::String,
        Value::Arr(_) => Got::Array,
        Value::Obj(_) | Value::Odd(_) => Got::Object,
    }
}

/// Reports every value JSON cannot carry, anywhere in `v`, as an `invalid_type` error.
/// Field rules then skip [`Value::Odd`] silently, so each problem is reported once.
pub fn scan_odd(v: &Value, path: &str, r: &mut Report) {
    match v {
        Value::Odd(o) => {
            let kind = match o {
                Odd::NaN => OddKind::NaN,
                Odd::Infinite => OddKind::Infinite,
                Odd::BigInt(_) => OddKind::BigInt,
                Odd::Function => OddKind::Function,
                Odd::Symbol => OddKind::Symbol,
                Odd::Date => OddKind::Date,
                Odd::Cycle => OddKind::Cycle,
                Odd::TooDeep => OddKind::TooDeep,
                Odd::Unreadable => OddKind::Unreadable,
                Odd::Instance(_) => OddKind::Instance,
                Odd::LongString(_) => OddKind::Huge,
                Odd::TooManyKeys(_) => OddKind::TooManyKeys,
                Odd::OverBudget => OddKind::OverBudget,
                Odd::NotUnicode => OddKind::NotUnicode,
            };
            r.error(path, odd_code(kind), Detail::Odd(kind), None);
        }
        Value::Arr(a) => {
            for (i, x) in a.iter().enumerate() {
                if has_odd(x) {
                    scan_odd(x, &crate::core::issue::index(path, i), r);
                }
            }
        }
        Value::Obj(m) => {
            if m.symbol_keys > 0 {
                r.warn(path, Code::UnknownField, Detail::Odd(OddKind::SymbolKeys), None);
            }
            for (k, x) in m.entries() {
                if has_odd(x) {
                    scan_odd(x, &join(path, k), r);
                }
            }
            for k in m.odd_keys() {
                let kind = match k.kind {
                    OddKeyKind::TooLong => OddKind::LongKey,
                    OddKeyKind::NotUnicode => OddKind::NotUnicode,
                    OddKeyKind::OverBudget => OddKind::OverBudget,
                };
                r.error(join_odd_key(path, k), odd_code(kind), Detail::Odd(kind), None);
            }
        }
        _ => {}
    }
}

/// The code of a value JSON cannot carry: what is too big is `too_long`, text that is not
/// Unicode `invalid_format`, the rest `invalid_type`.
fn odd_code(kind: OddKind) -> Code {
    match kind {
        OddKind::Huge | OddKind::TooManyKeys | OddKind::LongKey | OddKind::OverBudget => Code::TooLong,
        OddKind::NotUnicode => Code::InvalidFormat,
        _ => Code::InvalidType,
    }
}

/// True when [`scan_odd`] found that the walker stopped reading ([`Odd::OverBudget`]): what it
/// read is partial, so the checks answer with what `scan_odd` found and no rule runs on the rest
/// (a field cut off would read as missing).
pub fn over_budget(r: &Report) -> bool {
    r.issues.iter().any(|i| i.detail == Detail::Odd(OddKind::OverBudget))
}

/// True when [`scan_odd`] would report something inside `v` (checked before a child's path is
/// built, so clean subtrees cost no allocation).
fn has_odd(v: &Value) -> bool {
    match v {
        Value::Odd(_) => true,
        Value::Arr(a) => a.iter().any(has_odd),
        Value::Obj(m) => m.symbol_keys > 0 || !m.odd_keys().is_empty() || m.entries().iter().any(|(_, x)| has_odd(x)),
        _ => false,
    }
}

fn wrong(v: &Value, path: &str, expected: Expected, r: &mut Report) {
    if !matches!(v, Value::Odd(_)) {
        r.wrong_type(path, expected, got(v));
    }
}

/// `Some(str)` when `v` is a string; reports any other present value.
pub fn want_str<'v>(v: Option<&'v Value>, path: &str, r: &mut Report) -> Option<&'v str> {
    match v? {
        Value::Str(s) => Some(s),
        other => {
            wrong(other, path, Expected::String, r);
            None
        }
    }
}

/// Like [`want_str`], and an empty string is an `invalid_format` error.
pub fn want_nonempty_str<'v>(v: Option<&'v Value>, path: &str, r: &mut Report) -> Option<&'v str> {
    let s = want_str(v, path, r)?;
    if s.trim().is_empty() {
        r.error(path, Code::InvalidFormat, Detail::Format(Format::NonEmpty), None);
        return None;
    }
    Some(s)
}

/// `Some(bool)` when `v` is a boolean; reports any other present value.
pub fn want_bool(v: Option<&Value>, path: &str, r: &mut Report) -> Option<bool> {
    match v? {
        Value::Bool(b) => Some(*b),
        other => {
            wrong(other, path, Expected::Boolean, r);
            None
        }
    }
}

/// `Some(num)` when `v` is a finite number; reports any other present value (a numeric string too).
pub fn want_num<'v>(v: Option<&'v Value>, path: &str, r: &mut Report) -> Option<&'v Num> {
    match v? {
        Value::Num(n) => Some(n),
        other => {
            wrong(other, path, Expected::Number, r);
            None
        }
    }
}

/// `Some(i64)` when `v` is a whole number; a fraction or another type is reported.
pub fn want_int(v: Option<&Value>, path: &str, r: &mut Report) -> Option<i64> {
    match v? {
        Value::Num(n) => match n.as_int() {
            Some(i) => Some(i),
            None => {
                r.wrong_type(path, Expected::Integer, Got::Fraction);
                None
            }
        },
        other => {
            wrong(other, path, Expected::Integer, r);
            None
        }
    }
}

/// `Some(map)` when `v` is an object; reports any other present value.
pub fn want_obj<'v>(v: Option<&'v Value>, path: &str, r: &mut Report) -> Option<&'v Map> {
    match v? {
        Value::Obj(m) => Some(m),
        other => {
            wrong(other, path, Expected::Object, r);
            None
        }
    }
}

/// `Some(items)` when `v` is an array; reports any other present value.
pub fn want_arr<'v>(v: Option<&'v Value>, path: &str, r: &mut Report) -> Option<&'v [Value]> {
    match v? {
        Value::Arr(a) => Some(a),
        other => {
            wrong(other, path, Expected::Array, r);
            None
        }
    }
}

/// Checks that `s` is one of `allowed`; reports `invalid_value` (with the closest allowed value).
pub fn one_of(
    s: &str,
    allowed: &'static [&'static str],
    path: &str,
    severity: Severity,
    note: Option<&'static Bi>,
    r: &mut Report,
) -> bool {
    if find_str(allowed, s).is_some() {
        return true;
    }
    let hint = if r.listing() {
        did_you_mean(s, allowed.iter().copied())
    } else {
        None
    };
    r.push(
        path,
        Code::InvalidValue,
        severity,
        Detail::OneOf { allowed, hint },
        note,
    );
    false
}

/// Checks a text length limit; reports `too_long` with the given severity.
pub fn max_len(s: &str, max: usize, unit: Unit, path: &str, severity: Severity, r: &mut Report) -> bool {
    let n = length(s, unit);
    if n > max {
        r.push(
            path,
            Code::TooLong,
            severity,
            Detail::TooLong { max, unit, got: n },
            None,
        );
        return false;
    }
    true
}

/// What a known key holds.
#[derive(Clone, Copy, Debug)]
pub enum Kind {
    /// Any string.
    Str,
    /// A string of at most `n` in `unit`.
    StrMax(usize, Unit),
    /// One of the listed strings.
    Enum(&'static [&'static str]),
    /// A boolean.
    Bool,
    /// An absolute http(s) URL.
    Url,
    /// A whole number in `min..=max`.
    Int(i64, i64),
    /// A whole number of at least `min` (no upper bound).
    IntMin(i64),
    /// A string of digits whose value is in `min..=max` (e.g. KCP `skin_indx` "1"–"11").
    IntText(i64, i64),
    /// Any finite number.
    Num,
    /// An object (its keys are checked elsewhere).
    Obj,
    /// An array (its items are checked elsewhere).
    Arr,
    /// Anything (checked elsewhere, or free-form).
    Any,
    /// A non-empty string.
    Text,
    /// One of an enum's values, also under its prefix or an alias (see [`Coded`]).
    Coded(&'static Coded),
    /// An amount: a whole number from 0 to 2^53 − 1 in the currency's minor unit. A numeric
    /// string or a fraction is an `invalid_type` error.
    Amount,
    /// An object with its own key table.
    Fields(&'static [Key]),
    /// An object in which exactly one of the listed keys is set (the SDK's `OneOfType`).
    OneOf(&'static [Key]),
    /// An array whose every item is of the given kind.
    ListOf(&'static Kind),
}

/// An enum the SDK also accepts under a prefix (`CURRENCY_KRW` for `KRW`), plus spellings some
/// guides use that the SDK's types do not (`PHONE` for `MOBILE`).
#[derive(Debug)]
pub struct Coded {
    /// The values, in their short form.
    pub values: &'static [&'static str],
    /// The prefix the SDK also accepts (`"CURRENCY_"`), or `""` for none.
    pub prefix: &'static str,
    /// `(spelling, value, note)`: accepted with a warning carrying `note`, sent as `value`.
    pub aliases: &'static [(&'static str, &'static str, &'static Bi)],
}

/// How a [`Coded`] value was spelled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Spelling {
    /// The short form.
    Short,
    /// The prefixed form (same meaning; normalized silently).
    Prefixed,
    /// A guide's spelling the SDK does not declare (normalized with a warning).
    Alias(&'static Bi),
}

impl Coded {
    /// The short value `s` stands for, and how it was spelled; `None` when it is not a value.
    pub fn resolve(&self, s: &str) -> Option<(&'static str, Spelling)> {
        // The prefixed form first: then `CURRENCY_KRW` costs one scan of the list, not two. No
        // table has both a value and the value behind its prefix (`X` and `BANK_X`; a test in
        // `v2::enums` holds every table to it), so the order changes no answer.
        if !self.prefix.is_empty() {
            if let Some(v) = s.strip_prefix(self.prefix).and_then(|rest| find_str(self.values, rest)) {
                return Some((v, Spelling::Prefixed));
            }
        }
        if let Some(v) = find_str(self.values, s) {
            return Some((v, Spelling::Short));
        }
        self.aliases
            .iter()
            .find(|(from, _, _)| same_key(from, s))
            .map(|(_, to, note)| (*to, Spelling::Alias(note)))
    }

    /// The short value `s` stands for, when it is one (any spelling).
    pub fn short(&self, s: &str) -> Option<&'static str> {
        self.resolve(s).map(|(v, _)| v)
    }
}

/// One known key of an object.
#[derive(Debug)]
pub struct Key {
    /// The key.
    pub name: &'static str,
    /// What it holds.
    pub kind: Kind,
    /// Only read on PC (a warning when the caller says it is mobile).
    pub pc_only: bool,
    /// Only read on mobile (a warning when the caller says it is PC).
    pub mobile_only: bool,
    /// Rule-specific explanation used in its messages.
    pub note: Option<&'static Bi>,
    /// Must be present (a `required` error when missing).
    pub required: bool,
}

impl Key {
    /// A key usable everywhere.
    pub const fn new(name: &'static str, kind: Kind) -> Key {
        Key {
            name,
            kind,
            pc_only: false,
            mobile_only: false,
            note: None,
            required: false,
        }
    }
    /// A key the gateway reads on PC only.
    pub const fn pc(name: &'static str, kind: Kind) -> Key {
        let mut k = Key::new(name, kind);
        k.pc_only = true;
        k
    }
    /// A key the gateway reads on mobile only.
    pub const fn mobile(name: &'static str, kind: Kind) -> Key {
        let mut k = Key::new(name, kind);
        k.mobile_only = true;
        k
    }
    /// A key that must be present.
    pub const fn req(name: &'static str, kind: Kind) -> Key {
        let mut k = Key::new(name, kind);
        k.required = true;
        k
    }
    /// The same key with an explanation.
    pub const fn with_note(mut self, note: &'static Bi) -> Key {
        self.note = Some(note);
        self
    }
}

/// "Only the PC window reads it."
pub static PC_ONLY: Bi = bi!(
    "PC 결제창에서만 적용되며 모바일에서는 무시됩니다.",
    "It only applies to the PC payment window and is ignored on mobile."
);
/// "Only the mobile window reads it."
pub static MOBILE_ONLY: Bi = bi!(
    "모바일 결제창에서만 적용되며 PC에서는 무시됩니다.",
    "It only applies to the mobile payment window and is ignored on PC."
);
/// Why amounts are whole numbers (v2 `PaymentTotalAmount`).
pub static AMOUNT_MINOR_UNIT: Bi = bi!(
    "금액은 통화의 최소 단위 기준 정수입니다(KRW 1원, USD 1센트, JPY 1엔). 예: 6 USD는 600, 1,000원은 1000.",
    "Amounts are whole numbers in the currency's minor unit (KRW won, USD cents, JPY yen): 6 USD is 600, 1,000 KRW is 1000."
);

/// Checks the value of one known key.
pub fn check_kind(v: &Value, kind: Kind, path: &str, note: Option<&'static Bi>, r: &mut Report) {
    check_kind_in(v, kind, path, note, None, r);
}

/// Like [`check_kind`], with the caller's PC/mobile hint for nested tables.
pub fn check_kind_in(
    v: &Value,
    kind: Kind,
    path: &str,
    note: Option<&'static Bi>,
    mobile: Option<bool>,
    r: &mut Report,
) {
    let some = Some(v);
    match kind {
        Kind::Str => {
            want_str(some, path, r);
        }
        Kind::StrMax(n, unit) => {
            if let Some(s) = want_str(some, path, r) {
                max_len(s, n, unit, path, Severity::Error, r);
            }
        }
        Kind::Enum(allowed) => {
            if let Some(s) = want_str(some, path, r) {
                one_of(s, allowed, path, Severity::Error, note, r);
            }
        }
        Kind::Bool => {
            want_bool(some, path, r);
        }
        Kind::Url => {
            if let Some(s) = want_str(some, path, r) {
                if !is_http_url(s) {
                    r.error(path, Code::InvalidFormat, Detail::Format(Format::HttpUrl), note);
                }
            }
        }
        Kind::Int(min, max) => {
            if let Some(i) = want_int(some, path, r) {
                if i < min || i > max {
                    r.error(
                        path,
                        Code::OutOfRange,
                        Detail::Range {
                            min: Some(min),
                            max: Some(max),
                        },
                        note,
                    );
                }
            }
        }
        Kind::IntMin(min) => {
            if let Some(i) = want_int(some, path, r) {
                if i < min {
                    r.error(
                        path,
                        Code::OutOfRange,
                        Detail::Range {
                            min: Some(min),
                            max: None,
                        },
                        note,
                    );
                }
            }
        }
        Kind::IntText(min, max) => {
            if let Some(s) = want_str(some, path, r) {
                let n = (!s.is_empty() && s.len() <= 9 && s.bytes().all(|b| b.is_ascii_digit()))
                    .then(|| s.bytes().fold(0i64, |a, d| a * 10 + (d - b'0') as i64));
                match n {
                    Some(n) if (min..=max).contains(&n) => {}
                    Some(_) => r.error(
                        path,
                        Code::OutOfRange,
                        Detail::Range {
                            min: Some(min),
                            max: Some(max),
                        },
                        note,
                    ),
                    None => r.error(path, Code::InvalidFormat, Detail::Format(Format::Digits), note),
                }
            }
        }
        Kind::Num => {
            want_num(some, path, r);
        }
        Kind::Obj => {
            want_obj(some, path, r);
        }
        Kind::Arr => {
            want_arr(some, path, r);
        }
        Kind::Any => {}
        Kind::Text => {
            want_nonempty_str(some, path, r);
        }
        Kind::Coded(c) => {
            if let Some(s) = want_str(some, path, r) {
                match c.resolve(s) {
                    Some((_, Spelling::Alias(why))) => {
                        r.warn(
                            path,
                            Code::InvalidValue,
                            Detail::OneOf {
                                allowed: c.values,
                                hint: None,
                            },
                            Some(why),
                        );
                    }
                    Some(_) => {}
                    None => {
                        let bare = if c.prefix.is_empty() {
                            s
                        } else {
                            s.strip_prefix(c.prefix).unwrap_or(s)
                        };
                        let hint = if r.listing() {
                            did_you_mean(bare, c.values.iter().copied())
                        } else {
                            None
                        };
                        r.error(
                            path,
                            Code::InvalidValue,
                            Detail::OneOf {
                                allowed: c.values,
                                hint,
                            },
                            note,
                        );
                    }
                }
            }
        }
        Kind::Amount => {
            let why = Some(note.unwrap_or(&AMOUNT_MINOR_UNIT));
            match v {
                Value::Str(_) => r.error(
                    path,
                    Code::InvalidType,
                    Detail::Type {
                        expected: Expected::Integer,
                        got: Got::String,
                    },
                    why,
                ),
                Value::Num(n) if n.v.fract() != 0.0 => r.error(
                    path,
                    Code::InvalidType,
                    Detail::Type {
                        expected: Expected::Integer,
                        got: Got::Fraction,
                    },
                    why,
                ),
                Value::Num(n) if n.v < 0.0 || n.v > MAX_AMOUNT as f64 => r.error(
                    path,
                    Code::OutOfRange,
                    Detail::Range {
                        min: Some(0),
                        max: Some(MAX_AMOUNT),
                    },
                    None,
                ),
                Value::Num(_) => {}
                other => wrong(other, path, Expected::Integer, r),
            }
        }
        Kind::Fields(keys) => {
            if let Some(m) = want_obj(some, path, r) {
                check_keys_with(m, path, keys, &[], mobile, r);
            }
        }
        Kind::OneOf(keys) => {
            if let Some(m) = want_obj(some, path, r) {
                check_keys_with(m, path, keys, &[], mobile, r);
                let set: Vec<&'static str> = keys
                    .iter()
                    .filter(|k| m.get(k.name).is_some())
                    .map(|k| k.name)
                    .collect();
                if set.len() != 1 {
                    let detail = Detail::ExactlyOne {
                        keys: keys.iter().map(|k| k.name).collect(),
                    };
                    if set.is_empty() {
                        r.error(path, Code::Required, detail, note);
                    } else {
                        r.error(join(path, set[1]), Code::Conflict, detail, note);
                    }
                }
            }
        }
        Kind::ListOf(item) => {
            if let Some(items) = want_arr(some, path, r) {
                for (i, x) in items.iter().enumerate() {
                    check_quietly_first(
                        r,
                        || crate::core::issue::index(path, i),
                        |p, r| check_kind_in(x, *item, p, note, mobile, r),
                    );
                }
            }
        }
    }
}

/// Runs `check` with an empty path first: most values have no issue, and then no path is built.
/// Only when it reports something are those issues dropped and `check` run again with `path()`
/// (issues are the only thing a path affects, so the result is the same either way).
pub fn check_quietly_first(r: &mut Report, path: impl FnOnce() -> String, check: impl Fn(&str, &mut Report)) {
    let before = r.issues.len();
    check("", r);
    if r.issues.len() != before {
        r.issues.truncate(before);
        check(&path(), r);
    }
}

/// An array at `path` of at most `max` items; more is an `out_of_range` error with `note`.
pub fn at_most_items(v: Option<&Value>, max: usize, path: &str, note: &'static Bi, r: &mut Report) {
    if let Some(Value::Arr(items)) = v {
        if items.len() > max {
            r.error(path, Code::OutOfRange, Detail::Note, Some(note));
        }
    }
}

/// The largest amount a JavaScript number holds exactly (`Number.MAX_SAFE_INTEGER`).
pub const MAX_AMOUNT: i64 = 9_007_199_254_740_991;

/// Checks every key of `obj` against `keys`: known keys by kind; unknown keys as
/// `unknown_field` warnings with the closest known key; PC-only keys warned on mobile and
/// mobile-only keys on PC.
pub fn check_keys(obj: &Map, parent: &str, keys: &[Key], mobile: Option<bool>, r: &mut Report) {
    check_keys_with(obj, parent, keys, &[], mobile, r);
}

/// Like [`check_keys`], and also: missing required keys are `required` errors, mobile-only keys
/// are warned on PC, and an unknown key listed in `hints` (`(key, where it belongs)`, matched
/// case-insensitively) gets that path as its did-you-mean.
pub fn check_keys_with(
    obj: &Map,
    parent: &str,
    keys: &[Key],
    hints: &[(&str, &str)],
    mobile: Option<bool>,
    r: &mut Report,
) {
    for (k, v) in obj.entries() {
        if matches!(v, Value::Undefined) {
            continue;
        }
        match keys.iter().find(|key| key.name == k) {
            Some(key) => check_quietly_first(
                r,
                || join(parent, k),
                |path, r| {
                    check_kind_in(v, key.kind, path, key.note, mobile, r);
                    if key.pc_only && mobile == Some(true) {
                        r.warn(path, Code::Unsupported, Detail::Note, Some(&PC_ONLY));
                    } else if key.mobile_only && mobile == Some(false) {
                        r.warn(path, Code::Unsupported, Detail::Note, Some(&MOBILE_ONLY));
                    }
                },
            ),
            None => {
                let hint = hints
                    .iter()
                    .find(|(from, _)| from.eq_ignore_ascii_case(k))
                    .map(|(_, to)| {
                        // `to` is a dotted path below `parent`, not a single key
                        if parent.is_empty() {
                            (*to).to_string()
                        } else {
                            [parent, ".", to].concat()
                        }
                    })
                    .or_else(|| {
                        r.listing()
                            .then(|| did_you_mean(k, keys.iter().map(|key| key.name)))
                            .flatten()
                            .map(|h| join(parent, h))
                    });
                r.warn(join(parent, k), Code::UnknownField, Detail::UnknownField { hint }, None);
            }
        }
    }
    for key in keys.iter().filter(|k| k.required) {
        if obj.get(key.name).is_none() {
            r.required(join(parent, key.name), key.note);
        }
    }
}

/// Rewrites every [`Coded`] value in `obj` (as far as `keys` describe it) to its short form:
/// `CURRENCY_KRW` → `KRW`, an alias → its value. Values that are not valid are left alone (the
/// check reports them), so normalizing twice changes nothing.
pub fn normalize_keys(obj: &mut Map, keys: &[Key]) {
    for (k, v) in obj.iter_mut() {
        if let Some(key) = keys.iter().find(|key| same_key(key.name, k)) {
            normalize_kind(v, key.kind);
        }
    }
}

fn normalize_kind(v: &mut Value, kind: Kind) {
    match (kind, v) {
        (Kind::Coded(c), Value::Str(s)) => {
            if let Some(short) = c.short(s) {
                if s != short {
                    *s = short.to_string();
                }
            }
        }
        (Kind::Fields(keys) | Kind::OneOf(keys), Value::Obj(m)) => normalize_keys(m, keys),
        (Kind::ListOf(item), Value::Arr(a)) => {
            for x in a {
                normalize_kind(x, *item);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::value::parse;

    fn obj(s: &str) -> Map {
        match parse(s).unwrap() {
            Value::Obj(m) => m,
            _ => panic!(),
        }
    }

    static KEYS: &[Key] = &[
        Key::new("yn", Kind::Enum(&["Y", "N"])),
        Key::pc("logo", Kind::Url),
        Key::new("n", Kind::Int(1, 3)),
        Key::new("idx", Kind::IntText(1, 11)),
        Key::new("id", Kind::StrMax(4, Unit::Bytes)),
    ];

    #[test]
    fn key_tables_check_each_kind() {
        let mut r = Report::default();
        check_keys(
            &obj(r#"{"yn":"Y","logo":"https://x.kr/a.png","n":2,"idx":"11","id":"abcd"}"#),
            "bypass",
            KEYS,
            None,
            &mut r,
        );
        assert!(r.issues.is_empty(), "{:?}", r.issues);

        let mut r = Report::default();
        check_keys(
            &obj(r#"{"yn":"y","logo":"javascript:x","n":4,"idx":"12","id":"가나","ym":1}"#),
            "bypass",
            KEYS,
            Some(true),
            &mut r,
        );
        let got: Vec<(&str, &str)> = r.issues.iter().map(|i| (i.path.as_str(), i.code.as_str())).collect();
        assert_eq!(
            got,
            [
                ("bypass.yn", "invalid_value"),
                ("bypass.logo", "invalid_format"),
                ("bypass.logo", "unsupported"),
                ("bypass.n", "out_of_range"),
                ("bypass.idx", "out_of_range"),
                ("bypass.id", "too_long"),
                ("bypass.ym", "unknown_field"),
            ]
        );
        assert_eq!(
            r.issues[6].detail,
            Detail::UnknownField {
                hint: Some("bypass.yn".into())
            }
        );
    }

    static CODED: Coded = Coded {
        values: &["KRW", "USD"],
        prefix: "CURRENCY_",
        aliases: &[("WON", "KRW", &MOBILE_ONLY)],
    };
    static INNER: &[Key] = &[Key::req("id", Kind::Text), Key::new("n", Kind::Amount)];
    static ONE: &[Key] = &[Key::new("a", Kind::Int(0, 9)), Key::new("b", Kind::Str)];
    static NESTED: &[Key] = &[
        Key::new("c", Kind::Coded(&CODED)),
        Key::new("list", Kind::ListOf(&Kind::Fields(INNER))),
        Key::new("one", Kind::OneOf(ONE)),
        Key::mobile("m", Kind::Bool),
        Key::req("r", Kind::Str),
    ];

    #[test]
    fn nested_tables_one_of_required_and_coded_values() {
        let mut r = Report::default();
        let m = obj(r#"{"c":"CURRENCY_USD","list":[{"id":"x","n":5}],"one":{"a":1},"r":""}"#);
        check_keys(&m, "", NESTED, Some(true), &mut r);
        assert!(r.issues.is_empty(), "{:?}", r.issues);

        let mut r = Report::default();
        let m = obj(r#"{"c":"CURRENCY_EUR","list":[{"n":"5"},{"id":"","n":1.5}],"one":{"a":1,"b":"x"},"m":true}"#);
        check_keys(&m, "", NESTED, Some(false), &mut r);
        let got: Vec<(&str, &str)> = r.issues.iter().map(|i| (i.path.as_str(), i.code.as_str())).collect();
        assert_eq!(
            got,
            [
                ("c", "invalid_value"),
                ("list[0].n", "invalid_type"),
                ("list[0].id", "required"),
                ("list[1].id", "invalid_format"),
                ("list[1].n", "invalid_type"),
                ("one.b", "conflict"),
                ("m", "unsupported"),
                ("r", "required"),
            ]
        );

        let mut r = Report::default();
        check_keys(&obj(r#"{"c":"WON","one":{},"r":"x"}"#), "", NESTED, None, &mut r);
        assert_eq!(r.issues[0].severity, Severity::Warning, "an alias warns");
        assert_eq!(r.issues[1].code, Code::Required, "an empty one-of object");
    }

    #[test]
    fn normalizing_rewrites_prefixes_and_aliases_once() {
        let mut m = obj(r#"{"c":"CURRENCY_USD","list":[{"id":"x"}],"one":{"a":1},"other":"CURRENCY_USD"}"#);
        normalize_keys(&mut m, NESTED);
        assert_eq!(m.get("c").and_then(Value::as_str), Some("USD"));
        assert_eq!(
            m.get("other").and_then(Value::as_str),
            Some("CURRENCY_USD"),
            "unknown keys untouched"
        );
        let once = m.clone();
        normalize_keys(&mut m, NESTED);
        assert_eq!(m, once);
        let mut w = obj(r#"{"c":"WON"}"#);
        normalize_keys(&mut w, NESTED);
        assert_eq!(w.get("c").and_then(Value::as_str), Some("KRW"));
        let mut bad = obj(r#"{"c":"CURRENCY_XYZ"}"#);
        normalize_keys(&mut bad, NESTED);
        assert_eq!(bad.get("c").and_then(Value::as_str), Some("CURRENCY_XYZ"));
    }

    #[test]
    fn environment_only_keys_warn_in_the_other_environment() {
        static ENV: &[Key] = &[Key::pc("pc", Kind::Str), Key::mobile("mo", Kind::Str)];
        let m = obj(r#"{"pc":"a","mo":"b"}"#);
        let paths = |mobile| {
            let mut r = Report::default();
            check_keys(&m, "bypass", ENV, mobile, &mut r);
            r.issues.iter().map(|i| i.path.clone()).collect::<Vec<_>>()
        };
        assert_eq!(paths(Some(true)), ["bypass.pc"]);
        assert_eq!(paths(Some(false)), ["bypass.mo"]);
        assert!(paths(None).is_empty());
    }

    #[test]
    fn readers_report_wrong_types_once_and_skip_odd_values() {
        let m = obj(r#"{"a":"1","b":1.5,"c":!f}"#);
        let mut r = Report::default();
        assert!(want_num(m.get("a"), "a", &mut r).is_none());
        assert!(want_int(m.get("b"), "b", &mut r).is_none());
        assert!(want_str(m.get("c"), "c", &mut r).is_none());
        assert!(want_str(m.get("missing"), "missing", &mut r).is_none());
        assert_eq!(r.issues.len(), 2);
        assert_eq!(
            r.issues[0].detail,
            Detail::Type {
                expected: Expected::Number,
                got: Got::String
            }
        );
        assert_eq!(
            r.issues[1].detail,
            Detail::Type {
                expected: Expected::Integer,
                got: Got::Fraction
            }
        );
    }

    #[test]
    fn scan_finds_odd_values_at_their_paths() {
        let v = parse(r#"{"a":[1,{"b":NaN}],"c":!c,"d":{"e":!l2000000}}"#).unwrap();
        let mut r = Report::default();
        scan_odd(&v, "", &mut r);
        let got: Vec<(&str, &str)> = r.issues.iter().map(|i| (i.path.as_str(), i.code.as_str())).collect();
        assert_eq!(
            got,
            [("a[1].b", "invalid_type"), ("c", "invalid_type"), ("d.e", "too_long")]
        );
    }
}
