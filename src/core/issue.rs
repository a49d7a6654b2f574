//! What a check reports: [`Issue`] = path + stable [`Code`] + [`Severity`] + a [`Detail`] that
//! carries only safe parameters (field names, allowed values, limits — never the caller's
//! value), rendered to Korean or English text by `crate::i18n` only when the result is built.

use crate::core::cardquota::Reason as QuotaReason;
use crate::core::text::{DateFmt, Unit};
use crate::core::value::{OddKey, OddKeyKind};

/// The stable machine-readable kind of an issue (serialized in snake_case).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Code {
    /// A required field is missing.
    Required,
    /// The value has the wrong JavaScript type.
    InvalidType,
    /// The value is not one of the allowed values.
    InvalidValue,
    /// The value does not follow the required grammar.
    InvalidFormat,
    /// A number is outside the allowed range.
    OutOfRange,
    /// A text is longer than the gateway accepts.
    TooLong,
    /// The gateway does not support this field, value or combination.
    Unsupported,
    /// Fields contradict each other.
    Conflict,
    /// A key the module does not know (passed through unchanged).
    UnknownField,
    /// A `pg` provider the module does not know.
    UnknownPg,
    /// A field PortOne is retiring.
    Deprecated,
    /// The PortOne SDK is not on the page (only from `request*` functions).
    SdkNotLoaded,
    /// The PortOne SDK threw when it was called (only from `request*` functions).
    SdkError,
    /// A request with the same order id is still in flight (only from `request*` functions).
    InFlight,
    /// The SDK did not answer within `options.timeoutMs` (only from `request*` functions).
    Timeout,
    /// A function was called before `init()` (raised by the package's JavaScript, which runs
    /// before the module exists; listed here so `issueCodes()` names it).
    NotInitialized,
}

impl Code {
    /// The snake_case name callers match on.
    pub fn as_str(self) -> &'static str {
        match self {
            Code::Required => "required",
            Code::InvalidType => "invalid_type",
            Code::InvalidValue => "invalid_value",
            Code::InvalidFormat => "invalid_format",
            Code::OutOfRange => "out_of_range",
            Code::TooLong => "too_long",
            Code::Unsupported => "unsupported",
            Code::Conflict => "conflict",
            Code::UnknownField => "unknown_field",
            Code::UnknownPg => "unknown_pg",
            Code::Deprecated => "deprecated",
            Code::SdkNotLoaded => "sdk_not_loaded",
            Code::SdkError => "sdk_error",
            Code::InFlight => "in_flight",
            Code::Timeout => "timeout",
            Code::NotInitialized => "not_initialized",
        }
    }
    /// Every code, for documentation and locale-parity tests.
    pub const ALL: [Code; 16] = [
        Code::Required,
        Code::InvalidType,
        Code::InvalidValue,
        Code::InvalidFormat,
        Code::OutOfRange,
        Code::TooLong,
        Code::Unsupported,
        Code::Conflict,
        Code::UnknownField,
        Code::UnknownPg,
        Code::Deprecated,
        Code::SdkNotLoaded,
        Code::SdkError,
        Code::InFlight,
        Code::Timeout,
        Code::NotInitialized,
    ];
}

/// Errors block the SDK call; warnings are reported and the call goes ahead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// Blocks the call.
    Error,
    /// Informs; does not block.
    Warning,
}

impl Severity {
    /// `"error"` or `"warning"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// A sentence in both languages, written once beside the rule it explains (with the crate's
/// `bi!(ko, en)`). Both are one string, Korean then U+0001 then English: a note is referred to
/// from hundreds of rule tables, and one pointer each instead of two is 5.7 KB less `.wasm`.
/// A single-language build (`ko-only`, `en-only`) keeps only that text, which both give.
#[derive(Debug, PartialEq, Eq)]
pub struct Bi(&'static str);

/// What parts [`Bi`]'s two texts (it occurs in neither).
const BI_SEPARATOR: char = '\u{1}';

impl Bi {
    /// Korean, U+0001, English, as `bi!` joins them.
    pub const fn joined(both: &'static str) -> Bi {
        Bi(both)
    }
    /// Korean.
    pub fn ko(&self) -> &'static str {
        self.0.split_once(BI_SEPARATOR).map_or(self.0, |(ko, _)| ko)
    }
    /// English.
    pub fn en(&self) -> &'static str {
        self.0.split_once(BI_SEPARATOR).map_or(self.0, |(_, en)| en)
    }
}

/// The JavaScript type a field should have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    /// A string.
    String,
    /// A finite number.
    Number,
    /// A whole number.
    Integer,
    /// `true` or `false`.
    Boolean,
    /// A plain object.
    Object,
    /// An array.
    Array,
    /// A string or an array of strings.
    StringOrArray,
    /// A number or a numeric string.
    NumberOrString,
}

/// What the caller actually sent, by kind only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Got {
    /// `null`.
    Null,
    /// A boolean.
    Boolean,
    /// A number.
    Number,
    /// A number with a fraction.
    Fraction,
    /// A string.
    String,
    /// An array.
    Array,
    /// An object.
    Object,
    /// `undefined`.
    Undefined,
}

/// Why a value that JSON cannot carry was rejected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OddKind {
    /// `NaN`.
    NaN,
    /// `±Infinity`.
    Infinite,
    /// A BigInt.
    BigInt,
    /// A function.
    Function,
    /// A symbol.
    Symbol,
    /// An object with Symbol-keyed properties (left out).
    SymbolKeys,
    /// A `Date`.
    Date,
    /// A reference back to an ancestor.
    Cycle,
    /// Nested too deep.
    TooDeep,
    /// Reading it threw.
    Unreadable,
    /// A class instance such as `Map`.
    Instance,
    /// A string over the size the module copies.
    Huge,
    /// An object with more keys than the module reads ([`crate::core::value::MAX_KEYS`]).
    TooManyKeys,
    /// A key longer than the module reads ([`crate::core::value::MAX_KEY_CHARS`]).
    LongKey,
    /// The request is larger than the module reads in one call (values or text); reading
    /// stopped here.
    OverBudget,
    /// A string or key with a lone surrogate: not Unicode text.
    NotUnicode,
    /// Not an object at the top.
    NotObject,
    /// The input text was not JSON (native callers).
    NotJson,
}

/// Named grammars for `invalid_format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// One of the listed date layouts.
    Date(&'static [DateFmt]),
    /// An absolute http(s) URL.
    HttpUrl,
    /// Digits only.
    Digits,
    /// A phone number.
    Phone,
    /// `provider` or `provider.{MID}`.
    PgCode,
    /// A non-empty string.
    NonEmpty,
    /// A rule-specific grammar described by the issue's note.
    Described,
}

/// The parameters of an issue's message. Nothing in here comes from the caller's values.
#[derive(Clone, Debug, PartialEq)]
pub enum Detail {
    /// Missing.
    Required,
    /// Wrong type.
    Type {
        /// Expected type.
        expected: Expected,
        /// Received kind.
        got: Got,
    },
    /// A JavaScript value JSON cannot carry.
    Odd(OddKind),
    /// Not one of `allowed`; `hint` is the closest allowed value.
    OneOf {
        /// Allowed values.
        allowed: &'static [&'static str],
        /// The likely intended value.
        hint: Option<&'static str>,
    },
    /// Does not match a grammar.
    Format(Format),
    /// Outside `min..=max`.
    Range {
        /// Lowest allowed.
        min: Option<i64>,
        /// Highest allowed.
        max: Option<i64>,
    },
    /// Longer than `max` in `unit`.
    TooLong {
        /// The limit.
        max: usize,
        /// The unit of the limit.
        unit: Unit,
        /// The length received.
        got: usize,
    },
    /// A key nobody reads; `hint` is where it probably belongs.
    UnknownField {
        /// The likely intended path.
        hint: Option<String>,
    },
    /// Item `index` (1-based) of a separator-joined option string (Inicis `acceptmethod`,
    /// `P_RESERVED`) is not an option the guide lists; `hint` is the closest listed option.
    UnknownItem {
        /// 1-based position in the string.
        index: usize,
        /// The likely intended option.
        hint: Option<&'static str>,
    },
    /// Item `index` (1-based) of a separator-joined option string is malformed: empty (`name`
    /// `None`), or the option `name` with a value or argument the guide does not allow.
    BadItem {
        /// 1-based position in the string.
        index: usize,
        /// The option's name as the guide writes it (never the caller's text).
        name: Option<&'static str>,
    },
    /// A provider the module does not know; `hint` is the closest known code.
    UnknownPg {
        /// The likely intended code.
        hint: Option<&'static str>,
    },
    /// The gateway (named) does not support it.
    Unsupported {
        /// The gateway's display name (Korean, English).
        pg: &'static Bi,
    },
    /// Contradicts another field.
    Conflict {
        /// The other field's path.
        with: &'static str,
    },
    /// Retired; use `instead`.
    Deprecated {
        /// The replacement.
        instead: &'static str,
    },
    /// The gateway (named) takes only `allowed` here.
    NotForPg {
        /// The gateway's display name (Korean, English).
        pg: &'static Bi,
        /// What it takes.
        allowed: &'static [&'static str],
    },
    /// Exactly one of `keys` must be set (the SDK's one-of objects, `channelKey`/`channelGroupId`).
    ExactlyOne {
        /// The keys, in the schema's order.
        keys: Vec<&'static str>,
    },
    /// The named SDK global is missing.
    SdkNotLoaded {
        /// `IMP` or `PortOne`.
        global: &'static str,
    },
    /// The SDK object the caller passed (`options.sdk`) has no method of this name.
    SdkNoMethod {
        /// `requestPayment`, `loadPaymentUI`, …
        method: &'static str,
    },
    /// A `request*` call for this order id (`key`: `merchant_uid`, `paymentId`, `issueId`) has
    /// not settled yet.
    InFlight {
        /// The key holding the id.
        key: &'static str,
    },
    /// The SDK gave no answer within `options.timeoutMs`.
    Timeout,
    /// `options.timeoutMs` is not a positive number of milliseconds.
    BadTimeout,
    /// A `CARDQUOTA` group (Kiwoom Pay) was rejected.
    CardQuota {
        /// 1-based position of the group.
        group: usize,
        /// Why.
        reason: QuotaReason,
    },
    /// A character EUC-KR (KS X 1001) cannot represent.
    NotEucKr {
        /// 1-based character position of the first such character.
        at: usize,
    },
    /// Only the note speaks.
    Note,
    /// The answer lists at most [`MAX_ISSUES`] issues; this many more were found (`errors` of
    /// them errors) and are not listed.
    MoreIssues {
        /// How many are not listed.
        more: usize,
        /// How many of those are errors.
        errors: usize,
    },
}

/// Most issues one answer lists; the rest are counted in one last issue ([`Detail::MoreIssues`]:
/// "and N more"), an error when any of them is. A thousand is more than any real request has
/// (every field wrong is about two hundred) and keeps an answer to a few hundred KB.
pub const MAX_ISSUES: usize = 1_000;

/// The issue that stands for the ones past [`MAX_ISSUES`] (`rest`), or `None` when there are none.
pub fn more_issues(rest: &[Issue]) -> Option<Issue> {
    if rest.is_empty() {
        return None;
    }
    let errors = rest.iter().filter(|i| i.severity == Severity::Error).count();
    Some(Issue {
        path: String::new(),
        code: Code::TooLong,
        severity: if errors > 0 { Severity::Error } else { Severity::Warning },
        detail: Detail::MoreIssues {
            more: rest.len(),
            errors,
        },
        note: None,
    })
}

/// One problem found in a request.
#[derive(Clone, Debug, PartialEq)]
pub struct Issue {
    /// Dotted path relative to the request (`kcpProducts[1].quantity`); `""` is the request itself.
    pub path: String,
    /// Stable code.
    pub code: Code,
    /// Error or warning.
    pub severity: Severity,
    /// Message parameters.
    pub detail: Detail,
    /// A rule-specific explanation, in both languages.
    pub note: Option<&'static Bi>,
}

/// Where issues are collected during one check.
#[derive(Debug, Default)]
pub struct Report {
    /// Every issue, in the order found.
    pub issues: Vec<Issue>,
}

impl Report {
    /// Adds an issue.
    #[cold]
    pub fn push(
        &mut self,
        path: impl Into<String>,
        code: Code,
        severity: Severity,
        detail: Detail,
        note: Option<&'static Bi>,
    ) {
        self.issues.push(Issue {
            path: path.into(),
            code,
            severity,
            detail,
            note,
        });
    }
    /// An error with a detail and optional note.
    #[cold]
    pub fn error(&mut self, path: impl Into<String>, code: Code, detail: Detail, note: Option<&'static Bi>) {
        self.push(path, code, Severity::Error, detail, note);
    }
    /// A warning with a detail and optional note.
    #[cold]
    pub fn warn(&mut self, path: impl Into<String>, code: Code, detail: Detail, note: Option<&'static Bi>) {
        self.push(path, code, Severity::Warning, detail, note);
    }
    /// `required` error.
    #[cold]
    pub fn required(&mut self, path: impl Into<String>, note: Option<&'static Bi>) {
        self.error(path, Code::Required, Detail::Required, note);
    }
    /// `invalid_type` error.
    #[cold]
    pub fn wrong_type(&mut self, path: impl Into<String>, expected: Expected, got: Got) {
        self.error(path, Code::InvalidType, Detail::Type { expected, got }, None);
    }
    /// `unsupported` issue for gateway `pg`.
    #[cold]
    pub fn unsupported(&mut self, path: impl Into<String>, severity: Severity, pg: &'static Bi, note: &'static Bi) {
        self.push(
            path,
            Code::Unsupported,
            severity,
            Detail::Unsupported { pg },
            Some(note),
        );
    }
    /// True while an issue added now would be listed in the answer (fewer than
    /// [`MAX_ISSUES`] so far): a "did you mean" hint is worth computing only then, which keeps
    /// ten thousand unknown keys from costing ten thousand searches.
    pub fn listing(&self) -> bool {
        self.issues.len() < MAX_ISSUES
    }
    /// True when any issue is an error.
    pub fn has_errors(&self) -> bool {
        self.issues.iter().any(|i| i.severity == Severity::Error)
    }
    /// True when an issue with `code` was raised at `path`.
    pub fn has(&self, path: &str, code: Code) -> bool {
        self.issues.iter().any(|i| i.path == path && i.code == code)
    }
}

/// Joins a parent path and a key (`bypass` + `shop_user_id` → `bypass.shop_user_id`). Keys that
/// are not plain identifiers are bracket-quoted (`bypass["a.b"]`).
pub fn join(parent: &str, key: &str) -> String {
    let mut s = String::with_capacity(parent.len() + key.len() + 4);
    join_into(&mut s, parent, key);
    s
}

/// [`join`] into `s` (cleared first), so a loop can reuse one buffer.
#[inline(never)]
pub fn join_into(s: &mut String, parent: &str, key: &str) {
    s.clear();
    let masked = mask_key(key);
    let key = masked.as_deref().unwrap_or(key);
    let plain = !key.is_empty()
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'$' || b == b'-')
        && !key.as_bytes()[0].is_ascii_digit();
    s.push_str(parent);
    if plain {
        if !parent.is_empty() {
            s.push('.');
        }
        s.push_str(key);
    } else {
        s.push('[');
        crate::core::value::write_json_str(key, s);
        s.push(']');
    }
}

/// The path of an entry the reader left out ([`OddKey`]): the object's own path for the
/// walker's budget, else the parent and the key as the entry shows it, bracket-quoted
/// (`custom_data["k\ud800"]`, `custom_data["aaaa…"]`), masked as [`join`] masks.
pub fn join_odd_key(parent: &str, key: &OddKey) -> String {
    if key.kind == OddKeyKind::OverBudget {
        return parent.to_string();
    }
    let masked = mask_key(&key.shown);
    let shown = masked.as_deref().unwrap_or(&key.shown);
    let mut s = String::with_capacity(parent.len() + shown.len() + 4);
    s.push_str(parent);
    s.push_str("[\"");
    s.push_str(shown);
    s.push_str("\"]");
    s
}

/// A key shaped like personal data, as paths show it (issue #20: a path is part of every
/// message, and messages never echo a card number, phone number or e-mail): a key with an `@`
/// between other characters (an e-mail) has every character but `@` and `.` replaced by `*`;
/// in a run of digits and separators (space `-` `.` `(` `)` `+`) with nine or more digits (a
/// phone or card number), every digit is `*`. `None` when the key is shown as it is.
pub fn mask_key(key: &str) -> Option<String> {
    let b = key.as_bytes();
    if let Some(at) = key.find('@') {
        if at > 0 && at + 1 < b.len() {
            return Some(
                key.chars()
                    .map(|c| if c == '@' || c == '.' { c } else { '*' })
                    .collect(),
            );
        }
    }
    if b.iter().filter(|c| c.is_ascii_digit()).count() < 9 {
        return None;
    }
    let sep = |c: u8| matches!(c, b' ' | b'-' | b'.' | b'(' | b')' | b'+');
    let mut out = b.to_vec();
    let mut masked = false;
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        let mut digits = 0;
        while i < b.len() && (b[i].is_ascii_digit() || sep(b[i])) {
            digits += usize::from(b[i].is_ascii_digit());
            i += 1;
        }
        if digits >= 9 {
            masked = true;
            for c in &mut out[start..i] {
                if c.is_ascii_digit() {
                    *c = b'*';
                }
            }
        }
    }
    // only ASCII digits were replaced by an ASCII byte: still UTF-8
    masked.then(|| String::from_utf8(out).unwrap_or_default())
}

/// Appends an array index (`kcpProducts` + 1 → `kcpProducts[1]`).
pub fn index(parent: &str, i: usize) -> String {
    let mut s = String::with_capacity(parent.len() + 6);
    s.push_str(parent);
    s.push('[');
    crate::core::text::push_int(&mut s, i as i64);
    s.push(']');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_render_dotted_with_indices_and_quoted_odd_keys() {
        assert_eq!(join("", "amount"), "amount");
        assert_eq!(join(&index("kcpProducts", 1), "quantity"), "kcpProducts[1].quantity");
        assert_eq!(join("bypass", "a.b"), "bypass[\"a.b\"]");
        assert_eq!(join("", "0x"), "[\"0x\"]");
        assert_eq!(join("display", "card_quota"), "display.card_quota");
    }

    #[test]
    fn a_note_gives_back_each_language_whole() {
        let note = bi!("결제 금액은 0 이상입니다.", "The amount is at least 0.");
        assert_eq!(note.ko(), "결제 금액은 0 이상입니다.");
        assert_eq!(note.en(), "The amount is at least 0.");
        for g in crate::core::Options::default().gateways.all() {
            let (ko, en) = (g.name.ko(), g.name.en());
            assert!(!ko.is_empty() && !en.is_empty() && !ko.contains(BI_SEPARATOR) && !en.contains(BI_SEPARATOR));
            assert!(en.is_ascii(), "{en}");
        }
    }

    #[test]
    fn code_names_are_snake_case_and_unique() {
        let names: Vec<_> = Code::ALL.iter().map(|c| c.as_str()).collect();
        for (i, n) in names.iter().enumerate() {
            assert!(n.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'));
            assert!(!names[i + 1..].contains(n));
        }
    }
}
