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
pub mod model;
pub mod registry;

pub use hooks::MethodValues;

use crate::core::euckr::first_unrepresentable;
use crate::core::fields::one_of;
use crate::core::fields::{check_keys, check_kind_in, got, Key};
use crate::core::issue::{index, join, Bi, Code, Detail, Expected, Format, Report, Severity};
use crate::core::text::{is_hh_mm, is_katakana, length, parse_date, parse_rfc3339, phone_digits, DateFmt, Unit};
use crate::core::v1::V1Ctx;
use crate::core::v1_options::{
    billing_window, currencies, direct_quota_months, period_with, phone_detail, phone_prefill, tokens_in, BillingRule,
    PeriodRule,
};
use crate::core::v2::{lookup, Api, V2Ctx};
use crate::core::value::{Map, Value};
use hooks::{card_point_quota, check_options, flat_bypass, has_option, OptionString, QuotaOffset};
use std::borrow::Cow;

/// One rule: when every condition holds, the check runs at `at`.
#[derive(Debug)]
pub struct Rule {
    /// Conditions, all of which must hold.
    pub when: &'static [Cond],
    /// Dotted path the check reads and reports at (`paymentId`, `card.cardCompany`; `""` is the
    /// request itself). A path through `[]` (`products[].link`) runs the rule once per item of
    /// that array, reporting at the item's index (`products[0].link`); condition paths through
    /// the same `[]` read that item.
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
    Is(&'static (&'static str, &'static [&'static str])),
    /// The value at the path is a string, none of these.
    IsNot(&'static (&'static str, &'static [&'static str])),
    /// The value at the path is this boolean.
    Bool(&'static str, bool),
    /// The value at the path is a number that compares so with the given one.
    Num(&'static str, &'static (Op, f64)),
    /// The payment amount (v1 `amount`, v2 `totalAmount`; only when valid) compares so.
    Amount(&'static (Op, f64)),
    /// The currency is one of these (v1: `KRW` when absent; v2: only when given and valid).
    Currency(&'static [&'static str]),
    /// v1: the `pg` value names a MID after a dot (`kcp.A52CY`), or does not.
    Mid(bool),
    /// No issue with this code has been reported at the path yet.
    NotReported(&'static str, Code),
    /// At least one of these groups holds (each group is conditions that must all hold).
    Any(&'static [&'static [Cond]]),
    /// The value at the path is of this JSON type.
    Type(&'static str, JsonType),
    /// Nothing is at the path, or a value of another JSON type.
    NotType(&'static str, JsonType),
    /// The value at the path is a string that is empty or only white space.
    Blank(&'static str),
    /// The value at the path is a whole number that compares so with the given one.
    Int(&'static str, &'static (Op, f64)),
    /// The value at the path is a number that compares so with the payment amount divided by the
    /// given one (only when the amount is valid): `vat_amount > amount / 10`.
    NumAmount(&'static str, &'static (Op, f64)),
    /// The value at the path is a string that is a date in one of these layouts.
    Date(&'static (&'static str, &'static [DateFmt])),
    /// The value at the path is a date-time with seconds (`YYYYMMDDhhmmss`, `YYYY-MM-DD
    /// HH:mm:ss`) whose seconds compare so with the given number.
    Second(&'static str, &'static (Op, f64)),
    /// The option string at the path, read as the [`OptionString`] says, has an item naming this
    /// listed option (with this value, when one is given).
    HasOption(&'static (&'static str, &'static OptionString, &'static str, Option<&'static str>)),
    /// Like [`Cond::HasOption`], negated: no such item (or no option string at all).
    LacksOption(&'static (&'static str, &'static OptionString, &'static str, Option<&'static str>)),
    /// The currency is known (v1: a string, `KRW` when absent; v2: given and valid) and is none
    /// of these.
    NotCurrency(&'static [&'static str]),
    /// These conditions do not all hold (data: `not = { … }`, and `none = [{ … }, …]` as not any).
    Not(&'static [Cond]),
    /// The value at the path is an array, and the number of its items that pass the test
    /// compares so with the given number.
    Items(&'static (&'static str, Item, Op, f64)),
    /// The value at the path is a string starting with one of these.
    StartsWith(&'static (&'static str, &'static [&'static str])),
    /// The value at the path is a string ending with one of these, ASCII case ignored.
    EndsWith(&'static (&'static str, &'static [&'static str])),
    /// v1: the currency is KRW as the common amount rules read it (`currency` absent, not a
    /// string, or `KRW`), or is not.
    Krw(bool),
    /// v1: a `pay_method` string was sent (the default does not count); v2: a valid method.
    MethodSent(bool),
}

/// JSON types, for [`Cond::Type`] and [`Cond::NotType`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonType {
    /// A string.
    Str,
    /// A finite number.
    Num,
    /// A whole number (no fraction, within JavaScript's safe integers).
    Int,
    /// `true` or `false`.
    Bool,
    /// An object.
    Obj,
    /// An array.
    Arr,
    /// `null`.
    Null,
}

impl JsonType {
    fn holds(self, v: &Value) -> bool {
        match self {
            JsonType::Int => int(v).is_some(),
            _ => matches!(
                (self, v),
                (JsonType::Str, Value::Str(_))
                    | (JsonType::Num, Value::Num(_))
                    | (JsonType::Bool, Value::Bool(_))
                    | (JsonType::Obj, Value::Obj(_))
                    | (JsonType::Arr, Value::Arr(_))
                    | (JsonType::Null, Value::Null)
            ),
        }
    }
}

/// Which array items [`Cond::Items`] counts.
#[derive(Clone, Copy, Debug)]
pub enum Item {
    /// Any item.
    Any,
    /// Strings.
    Str,
    /// Strings, one of these.
    In(&'static [&'static str]),
    /// Strings, none of these.
    NotIn(&'static [&'static str]),
    /// Whole numbers that compare so with the given one.
    Int(Op, f64),
}

impl Item {
    fn holds(self, v: &Value) -> bool {
        match self {
            Item::Any => true,
            Item::Str => v.as_str().is_some(),
            Item::In(set) => v.as_str().is_some_and(|s| set.contains(&s)),
            Item::NotIn(set) => v.as_str().is_some_and(|s| !set.contains(&s)),
            Item::Int(op, n) => v
                .as_num()
                .and_then(|x| x.as_int())
                .is_some_and(|i| op.holds(i as f64, n)),
        }
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
    /// Each string item of the array at `at` that is one of these: the rule's code at the item
    /// (`unsupported` names the gateway).
    ItemsIn(&'static [&'static str]),
    /// The first string item of the array at `at` that is one of these: the rule's code there
    /// (`unsupported` names the gateway).
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
    Range(&'static (Option<i64>, Option<i64>, Option<i64>, Option<i64>)),
    /// Something at `at`: `conflict` with the field at this path.
    Conflict(&'static str),
    /// A value at `at` of this kind (the key tables' kinds): type, set, range, URL… as a key of
    /// that kind is checked.
    Kind(&'static crate::core::fields::Kind),
    /// An issue with this code that the common rules raised at `at` gets the rule's severity and
    /// note instead (a guide that relaxes a common rule).
    Relax(Code),
    /// Hook: the v1 billing-key window (`customer_uid`): its methods and what it does with `amount`.
    BillingWindow(&'static BillingRule),
    /// A string at `at` that is not values from the list joined by the character (or, without
    /// one, not one value from it): `invalid_format`, the note says which.
    Tokens(&'static (Option<char>, &'static [&'static str])),
    /// A value at `at`, of any type, that is not one of these strings: `invalid_value` listing
    /// them (with no closest guess).
    Exactly(&'static [&'static str]),
    /// Hook: the option string (or list of them) at `at`, parsed against the options its guide
    /// lists ([`hooks::check_options`]).
    Options(&'static OptionString),
    /// Hook (v1): `period {from, to}`: each end a real date in the layouts, both required when
    /// the rule says so, `from` not after `to`, no other keys (`core::v1_options::period`).
    Period(&'static (&'static PeriodRule, &'static [Key])),
    /// Hook (v1): `card.direct.quota` is 0 (lump sum) or 2–36 months, with the installment
    /// floor warning (`core::v1_options::direct_quota_months`).
    DirectQuotaMonths,
    /// Hook (v1): a whole number of months at `at` that asks for installments below the KRW
    /// installment floor is warned (`V1Ctx::installment_floor`).
    InstallmentFloor,
    /// Something at `at`: `invalid_format`, stating this layout (`Format::PgCode`: `provider` or
    /// `provider.{MID}`).
    Format(&'static Format),
    /// A string at `at` that is not made of ASCII letters, digits and these characters, or whose
    /// length in characters is outside `min..=max`: `invalid_format`, the note says which.
    IdChars(&'static (&'static str, u32, u32)),
    /// The whole-number items from 2 up of the array at `at`, when there are two or more, are not
    /// every month from 2 to the largest of them: the rule's code, the note explains (a window
    /// that shows every month up to the largest one listed).
    ContiguousMonths,
    /// Each item of the array at `at` whose string (the item itself, or the item's field of this
    /// name) is none of these: the rule's code at that string.
    ItemsNotIn(&'static (Option<&'static str>, &'static [&'static str])),
    /// Hook: a string at `at` that is ASCII digits once these separator characters are removed
    /// is rewritten to the digits, with a warning the note explains; any other string is
    /// `invalid_format` (digits) with the rule's severity.
    DigitsOnly(&'static str),
    /// Hook: the items of the array at `at` are objects with two whole-number fields (price,
    /// quantity) whose products must add up to the payment amount (v1 `amount`, v2
    /// `totalAmount`, when valid): otherwise `conflict` with the amount. Skipped when an item is
    /// not such an object.
    SumOf(&'static (&'static str, &'static str)),
    /// A string at `at` outside the set or longer than this many characters: `invalid_format`.
    CharsetMax(&'static (Charset, u32)),
    /// A number at `at` with more decimal places than this: the rule's code, the note explains.
    Decimals(u8),
    /// A number at `at` with a fraction: `invalid_type`, a whole number expected.
    Whole,
    /// Issues with this code and the rule's severity that earlier rules (the common ones) raised at
    /// `at` are removed (a guide whose own rule replaces a common one).
    Drop(Code),
    /// A whole number at `at` that is none of these: the rule's code, the note explains.
    IntIn(&'static [i64]),
    /// Hook (data `products_sum`): the array at `at` of objects, each holding a number at every one of these keys; the
    /// products of each item's numbers, added up, differ from the payment amount: `conflict` with
    /// the field at the second path. Skipped when an item lacks one or the array is empty.
    ProductsSum(&'static (&'static [&'static str], &'static str)),
    /// A non-empty string at `at` shorter than this in the unit: `out_of_range`, stating the
    /// second pair as the bounds (a guide that gives the length as a range).
    MinLen(&'static (u32, Unit, Option<i64>, Option<i64>)),
    /// A string at `at` in none of these layouts: `invalid_format` whose message leaves the
    /// layout to the note (a guide that states the layout with more, e.g. how far ahead).
    DateDescribed(&'static [DateFmt]),
    /// Hook: a date at `at` sent as a string in one of these layouts or as a whole number of their
    /// digits (`20240117`, zero-padded to the layout's length): `invalid_format` (the note says
    /// both are taken) when neither, `invalid_type` (number or string) for any other value.
    DateOrNumber(&'static [DateFmt]),
    /// Hook (v1): `card.direct.quota` is months, or months plus an offset for the listed cards'
    /// points (see [`hooks::card_point_quota`]).
    CardPointQuota(&'static [QuotaOffset]),
    /// Hook (v1): `prefill.phoneNumber` is digits only; separators are removed with a warning
    /// carrying the rule's note, anything else that is not a phone number is an error.
    PrefillPhoneDigits,
    /// Hook: keys written flat in the object at `at` that belong in its block (the first field,
    /// `bypass.<block>`, whose key table is the second): `unknown_field` warnings pointing there.
    FlatBypass(&'static (&'static str, &'static [crate::core::fields::Key])),
    /// A value at `at` that is not of this JSON type: `invalid_type`, with the rule's note (values
    /// JSON cannot carry are left to the common scan).
    Type(Expected),
    /// A string at `at` with a character EUC-KR cannot write: `invalid_format` naming its place.
    EucKr,
    /// A string at `at` that is this many ASCII digits once the characters of the second field
    /// are taken out: rewritten so, with an `invalid_format` warning; any other string:
    /// `invalid_format` with the rule's severity (the note says what it takes).
    Digits(&'static (u32, &'static str)),
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
    /// Hook (v1): a Kiwoom-style `CARDQUOTA` text at `at` (`CODE-m:m^…`): parsed, its months
    /// held to the installment floor, rewritten canonically (a warning); with one of these
    /// methods (no card) it is ignored (a warning with the rule's note).
    CardQuota(&'static [&'static str]),
}

/// Character sets and string shapes for [`Then::Charset`] and [`Then::Matches`]. An empty string
/// holds [`Charset::Alnum`], [`Charset::NoneOf`], [`Charset::PrintableAscii`], [`Charset::Rfc3339`],
/// [`Charset::DigitsOrEmpty`], [`Charset::NoHangul`], [`Charset::AsciiNoSpaceParen`] and
/// [`Charset::NotBlankNoBackslashComma`] and [`Charset::AlnumDash`], and no other
/// ([`Charset::AesHex`] needs at least one block).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Charset {
    /// ASCII letters and digits (or nothing).
    Alnum,
    /// ASCII letters and digits, at least one.
    AlnumNonEmpty,
    /// ASCII digits, at least one.
    Digits,
    /// Printable ASCII (space to `~`), or nothing.
    PrintableAscii,
    /// An RFC 3339 date-time (`2024-01-31T23:59:59+09:00`, ISO 8601 with seconds and an offset),
    /// or nothing.
    Rfc3339,
    /// None of these characters.
    NoneOf(&'static &'static str),
    /// At least two words separated by whitespace (`First Last`).
    TwoWords,
    /// Exactly two ASCII capital letters (an ISO 3166-1 alpha-2 country code).
    Upper2,
    /// A Korean mobile number: `01` and 8 or 9 more digits, separators (`-`, space, `.`, `( )`)
    /// allowed.
    KrMobile,
    /// `NN:T` items joined by `|`: a two-digit code, a colon and a type 1–3 (`08:3|02:3`).
    CodeTypeList,
    /// ASCII digits (or nothing).
    DigitsOrEmpty,
    /// No Hangul syllable or jamo.
    NoHangul,
    /// ASCII with no whitespace and no parentheses.
    AsciiNoSpaceParen,
    /// Katakana (full- or half-width) and spaces, not blank.
    Katakana,
    /// ASCII letters and spaces, not blank.
    LettersSpaces,
    /// A clock time `HH:mm`, `00:00` to `23:59`.
    HhMm,
    /// An ISO 8601 / RFC 3339 date-time with its offset (`2026-04-01T23:59:59Z`), not empty.
    Rfc3339Strict,
    /// `yyyyMMddHH`: a real date and hour.
    YmdH,
    /// An HTML colour code, `#` and six hex digits (`#FF0000`).
    HexColor,
    /// Ends like `… 외 2개` ("and 2 more", the suffix some wallets add themselves).
    AndNMore,
    /// Not only spaces, and neither `\` nor `,` (or nothing).
    NotBlankNoBackslashComma,
    /// ASCII letters, digits, `_` and `-` (or nothing).
    AlnumDash,
    /// An E.164 phone number: `+` and 8 to 15 ASCII digits.
    E164,
    /// At least one character outside ASCII (for [`Then::Matches`]: text that is not English).
    NonAscii,
    /// Hex digits in whole AES blocks (a multiple of 32, at least one block).
    AesHex,
    /// An IP address: IPv4 dotted decimal (`203.0.113.7`) or IPv6 text (`2001:db8::1`, with an
    /// IPv4 tail allowed).
    Ip,
}

/// Four decimal parts 0–255 without leading zeros, joined by dots.
fn is_ipv4(s: &str) -> bool {
    let mut n = 0;
    for part in s.split('.') {
        n += 1;
        let ok = !part.is_empty()
            && part.len() <= 3
            && part.bytes().all(|b| b.is_ascii_digit())
            && (part == "0" || !part.starts_with('0'))
            && part.parse::<u16>().is_ok_and(|v| v <= 255);
        if !ok {
            return false;
        }
    }
    n == 4
}

/// Eight groups of 1–4 hex digits joined by `:`, one `::` standing for one or more zero groups,
/// the last two groups possibly written as IPv4.
fn is_ipv6(s: &str) -> bool {
    if s.len() > 45 || !s.contains(':') {
        return false;
    }
    let (head, tail, compressed) = match s.split_once("::") {
        Some((h, t)) => {
            if t.contains("::") {
                return false;
            }
            (h, t, true)
        }
        None => (s, "", false),
    };
    let mut groups = 0;
    let mut parts: Vec<&str> = Vec::new();
    for side in [head, tail] {
        if !side.is_empty() {
            parts.extend(side.split(':'));
        }
    }
    let last = parts.len().wrapping_sub(1);
    for (i, p) in parts.iter().enumerate() {
        if i == last && p.contains('.') {
            if !is_ipv4(p) {
                return false;
            }
            groups += 2;
        } else if (1..=4).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_hexdigit()) {
            groups += 1;
        } else {
            return false;
        }
    }
    if compressed {
        groups < 8
    } else {
        groups == 8
    }
}

impl Charset {
    fn holds(self, s: &str) -> bool {
        match self {
            Charset::Alnum => s.bytes().all(|b| b.is_ascii_alphanumeric()),
            Charset::AlnumNonEmpty => !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric()),
            Charset::Digits => !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()),
            Charset::PrintableAscii => s.bytes().all(|b| (0x20..0x7f).contains(&b)),
            Charset::Rfc3339 => s.is_empty() || parse_rfc3339(s).is_some(),
            Charset::NoneOf(chars) => !s.chars().any(|c| chars.contains(c)),
            Charset::TwoWords => s.split_whitespace().nth(1).is_some(),
            Charset::Upper2 => s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase()),
            Charset::KrMobile => phone_digits(s).is_some_and(|d| d.starts_with("01") && (10..=11).contains(&d.len())),
            Charset::CodeTypeList => s.split('|').all(|item| {
                let b = item.as_bytes();
                b.len() == 4
                    && b[0].is_ascii_digit()
                    && b[1].is_ascii_digit()
                    && b[2] == b':'
                    && (b'1'..=b'3').contains(&b[3])
            }),
            Charset::DigitsOrEmpty => s.bytes().all(|b| b.is_ascii_digit()),
            Charset::NoHangul => !s
                .chars()
                .any(|c| matches!(c, '\u{AC00}'..='\u{D7A3}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}')),
            Charset::AsciiNoSpaceParen => s
                .chars()
                .all(|c| c.is_ascii() && !c.is_ascii_whitespace() && c != '(' && c != ')'),
            Charset::Katakana => is_katakana(s),
            Charset::LettersSpaces => !s.trim().is_empty() && s.chars().all(|c| c.is_ascii_alphabetic() || c == ' '),
            Charset::HhMm => is_hh_mm(s),
            Charset::Rfc3339Strict => parse_rfc3339(s).is_some(),
            Charset::YmdH => s.len() == 10 && parse_date(&[s, "00"].concat(), &[DateFmt::YmdHm]).is_some(),
            Charset::HexColor => s
                .strip_prefix('#')
                .is_some_and(|h| h.len() == 6 && h.bytes().all(|b| b.is_ascii_hexdigit())),
            Charset::AndNMore => and_n_more(s),
            Charset::Ip => is_ipv4(s) || is_ipv6(s),
            Charset::NotBlankNoBackslashComma => s.is_empty() || (!s.trim().is_empty() && !s.contains(['\\', ','])),
            Charset::AlnumDash => s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-'),
            Charset::E164 => s
                .strip_prefix('+')
                .is_some_and(|d| (8..=15).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit())),
            Charset::NonAscii => !s.is_ascii(),
            Charset::AesHex => !s.is_empty() && s.len() % 32 == 0 && s.bytes().all(|b| b.is_ascii_hexdigit()),
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
    method_sent: bool,
    billing: bool,
    code: &'c str,
    mobile: Option<bool>,
    amount: Option<f64>,
    currency: Option<&'c str>,
    mid: bool,
    krw: bool,
    /// The item of the array a `[]` rule is at.
    item: Option<usize>,
}

impl Scope<'_, '_> {
    /// The value at `path`, through the current item for a `[]` path.
    fn get(&self, path: &str) -> Option<&Value> {
        value_at(self.req, path, self.item)
    }
}

/// The value at a dotted path; a `[]` segment reads item `item` of that array.
fn value_at<'m>(req: &'m Map, path: &str, item: Option<usize>) -> Option<&'m Value> {
    let Some((list, rest)) = path.split_once("[]") else {
        return lookup(req, path);
    };
    let Value::Arr(items) = lookup(req, list)? else {
        return None;
    };
    let v = items.get(item?)?;
    match rest.strip_prefix('.') {
        Some(rest) => lookup(v.as_obj()?, rest),
        None => Some(v),
    }
}

/// `path` with its `[]` written as the current item's index (`products[2].link`).
fn concrete(path: &str, item: Option<usize>) -> Cow<'_, str> {
    match (path.split_once("[]"), item) {
        (Some((list, rest)), Some(i)) => {
            let mut p = index(list, i);
            p.push_str(rest);
            Cow::Owned(p)
        }
        _ => Cow::Borrowed(path),
    }
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
                | Then::Period(..)
                | Then::InstallmentFloor
                | Then::PhoneDetail(_)
                | Then::PhonePrefill(_)
                | Then::CardQuota(_)
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
                Then::Period(&(p, keys)) => period_with(ctx, p, keys),
                Then::PhoneDetail(carriers) => {
                    if let Some(note) = rule.note {
                        phone_detail(ctx, carriers, note);
                    }
                }
                Then::PhonePrefill(digits) => {
                    if let Some(note) = rule.note {
                        phone_prefill(ctx, method.as_deref() == Some("phone"), note, digits);
                    }
                }
                Then::CardQuota(no_card) => hooks::card_quota(ctx, rule.at, method.as_deref(), no_card, rule.note),
                Then::InstallmentFloor => {
                    let months = lookup(ctx.req, rule.at)
                        .and_then(Value::as_num)
                        .and_then(|n| n.as_int());
                    if let Some(m) = months {
                        ctx.installment_floor(rule.at, m);
                    }
                }
                _ => {}
            }
            continue;
        }
        let mut s = v1_scope(ctx, method.as_deref(), currency.as_deref());
        eval(&mut s, rule);
    }
}

fn applies_v1(ctx: &mut V1Ctx, method: Option<&str>, currency: Option<&str>, rule: &Rule) -> Option<Severity> {
    applies(&v1_scope(ctx, method, currency), rule)
}

/// What the rules see of a v1 check.
fn v1_scope<'a>(ctx: &'a mut V1Ctx, method: Option<&'a str>, currency: Option<&'a str>) -> Scope<'a, 'a> {
    let billing = ctx.billing();
    Scope {
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
        krw: ctx.krw,
    }
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
        krw: false,
    };
    for rule in rules {
        eval(&mut s, rule);
    }
}

/// Runs a gateway's identity-verification rules (v1 `IMP.certification`, v2
/// `requestIdentityVerification`) on `req`: no call, method, amount or currency to condition on.
pub fn run_identity(req: &mut Map, r: &mut Report, pg: &'static Bi, mobile: Option<bool>, rules: &'static [Rule]) {
    let mut s = Scope {
        req,
        r,
        pg,
        api: None,
        method: None,
        method_sent: false,
        billing: false,
        code: "",
        mobile,
        amount: None,
        currency: None,
        mid: false,
        item: None,
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
            Cond::Present(p) => s.get(p).is_some(),
            Cond::Absent(p) => s.get(p).is_none(),
            Cond::Is(&(p, set)) => s.get(p).and_then(Value::as_str).is_some_and(|v| set.contains(&v)),
            Cond::IsNot(&(p, set)) => s.get(p).and_then(Value::as_str).is_some_and(|v| !set.contains(&v)),
            Cond::Bool(p, b) => s.get(p) == Some(&Value::Bool(b)),
            Cond::Num(p, &(op, n)) => s.get(p).and_then(num).is_some_and(|v| op.holds(v, n)),
            Cond::Amount(&(op, n)) => s.amount.is_some_and(|a| op.holds(a, n)),
            Cond::Currency(set) => s.currency.is_some_and(|c| set.contains(&c)),
            Cond::Mid(b) => s.mid == b,
            Cond::NotReported(p, code) => !s.r.has(&concrete(p, s.item), code),
            Cond::Any(groups) => groups.iter().any(|g| all(s, g, severity)),
            Cond::Type(p, t) => s.get(p).is_some_and(|v| t.holds(v)),
            Cond::NotType(p, t) => !s.get(p).is_some_and(|v| t.holds(v)),
            Cond::Blank(p) => s.get(p).and_then(Value::as_str).is_some_and(|v| v.trim().is_empty()),
            Cond::Int(p, &(op, n)) => s
                .get(p)
                .and_then(Value::as_num)
                .and_then(|v| v.as_int())
                .is_some_and(|v| op.holds(v as f64, n)),
            Cond::NumAmount(p, &(op, d)) => match (s.get(p).and_then(num), s.amount) {
                (Some(v), Some(a)) => op.holds(v, a / d),
                _ => false,
            },
            Cond::Date(&(p, fmts)) => s
                .get(p)
                .and_then(Value::as_str)
                .is_some_and(|v| parse_date(v, fmts).is_some()),
            Cond::Second(p, &(op, n)) => s
                .get(p)
                .and_then(Value::as_str)
                .and_then(|v| parse_date(v, &[DateFmt::YmdHms, DateFmt::DashedYmdHms]))
                .is_some_and(|(_, dt)| op.holds(f64::from(dt.s), n)),
            Cond::HasOption(&(p, spec, name, value)) => has_option(s.get(p), spec, name, value),
            Cond::LacksOption(&(p, spec, name, value)) => !has_option(s.get(p), spec, name, value),
            Cond::NotCurrency(set) => s.currency.is_some_and(|c| !set.contains(&c)),
            Cond::Not(group) => {
                // an environment inside the group does not lower the rule's severity
                let mut scratch = *severity;
                !all(s, group, &mut scratch)
            }
            Cond::Items(&(p, item, op, n)) => match s.get(p) {
                Some(Value::Arr(items)) => op.holds(items.iter().filter(|v| item.holds(v)).count() as f64, n),
                _ => false,
            },
            Cond::StartsWith(&(p, set)) => s
                .get(p)
                .and_then(Value::as_str)
                .is_some_and(|v| set.iter().any(|x| v.starts_with(x))),
            Cond::EndsWith(&(p, set)) => s.get(p).and_then(Value::as_str).is_some_and(|v| {
                set.iter().any(|x| {
                    v.len() >= x.len()
                        && v.is_char_boundary(v.len() - x.len())
                        && v[v.len() - x.len()..].eq_ignore_ascii_case(x)
                })
            }),
            Cond::Krw(b) => s.krw == b,
            Cond::MethodSent(b) => s.method_sent == b,
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

fn int(v: &Value) -> Option<i64> {
    v.as_num().and_then(|n| n.as_int())
}

/// Sets the value at a dotted path of object keys, when every parent is an object.
fn set_at(m: &mut Map, path: &str, v: Value) {
    match path.split_once('.') {
        None => m.set(path, v),
        Some((first, rest)) => {
            if let Some(Value::Obj(inner)) = m.get_mut(first) {
                set_at(inner, rest, v);
            }
        }
    }
}

/// Whether `v` is of the JSON type `t` ([`Then::Type`]).
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
    let Some((list, rest)) = rule.at.split_once("[]") else {
        eval_at(s, rule, rule.at);
        return;
    };
    let n = match lookup(s.req, list) {
        Some(Value::Arr(items)) => items.len(),
        _ => 0,
    };
    for i in 0..n {
        // a path that goes on into the item reads object items only
        if !rest.is_empty() {
            let is_obj =
                matches!(lookup(s.req, list), Some(Value::Arr(items)) if matches!(items.get(i), Some(Value::Obj(_))));
            if !is_obj {
                continue;
            }
        }
        s.item = Some(i);
        let at = concrete(rule.at, s.item).into_owned();
        eval_at(s, rule, &at);
    }
    s.item = None;
}

/// The detail of an item check's report: `unsupported` names the gateway.
fn item_detail(code: Code, pg: &'static Bi) -> Detail {
    if code == Code::Unsupported {
        Detail::Unsupported { pg }
    } else {
        Detail::Note
    }
}

/// Runs one rule at `at` (the rule's path, or an item's for a `[]` rule).
fn eval_at(s: &mut Scope, rule: &'static Rule, at: &str) {
    let Some(severity) = applies(s, rule) else {
        return;
    };
    let value = value_at(s.req, rule.at, s.item);
    let always = rule.fire == Fire::Always;
    let (pg, mobile) = (s.pg, s.mobile);
    let r = &mut *s.r;
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
        Then::FlatBypass(&(block, keys)) => {
            if let Some(Value::Obj(o)) = value {
                flat_bypass(o, at, block, keys, severity, rule.note, s.r);
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
        Then::Range(&(min, max, say_min, say_max)) => {
            let outside = value.and_then(num).is_some_and(|v| {
                let below = min.is_some_and(|m| v < m as f64);
                let above = max.is_some_and(|m| v > m as f64);
                below || above
            });
            if outside || always {
                let detail = Detail::Range {
                    min: say_min,
                    max: say_max,
                };
                r.push(at, Code::OutOfRange, severity, detail, rule.note);
            }
        }
        Then::Conflict(with) => {
            if value.is_some() || always {
                r.push(at, Code::Conflict, severity, Detail::Conflict { with }, rule.note);
            }
        }
        Then::Kind(&kind) => {
            if let Some(v) = value {
                check_kind_in(v, kind, at, rule.note, mobile, r);
            }
        }
        Then::FirstItemIn(set) => {
            if let Some(Value::Arr(items)) = value {
                if let Some(i) = items.iter().position(|v| v.as_str().is_some_and(|v| set.contains(&v))) {
                    let detail = item_detail(rule.code, pg);
                    r.push(index(at, i), rule.code, severity, detail, rule.note);
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
                    described(r, at, severity, rule.note);
                }
            }
        }
        Then::CharsetMax(&(cs, max)) => {
            if let Some(v) = value.and_then(Value::as_str) {
                if !cs.holds(v) || v.chars().count() > max as usize {
                    described(r, at, severity, rule.note);
                }
            }
        }
        Then::Decimals(places) => {
            if let Some(v) = value.and_then(num) {
                let scaled = v * 10f64.powi(i32::from(places));
                if (scaled.round() - scaled).abs() > 1e-6 {
                    r.push(at, rule.code, severity, Detail::Note, rule.note);
                }
            }
        }
        Then::Whole => {
            if let Some(v @ Value::Num(n)) = value {
                if n.v.fract() != 0.0 {
                    let detail = Detail::Type {
                        expected: Expected::Integer,
                        got: got(v),
                    };
                    r.push(at, Code::InvalidType, severity, detail, rule.note);
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
                        let detail = item_detail(rule.code, pg);
                        r.push(index(at, i), rule.code, severity, detail, rule.note);
                    }
                }
            }
        }
        Then::Tokens(&(sep, set)) => {
            if let Some(v) = value.and_then(Value::as_str) {
                if !tokens_in(v, sep, set) {
                    described(r, at, severity, rule.note);
                }
            }
        }
        Then::Exactly(set) => {
            if value.is_some_and(|v| !v.as_str().is_some_and(|v| set.contains(&v))) {
                let detail = Detail::OneOf {
                    allowed: set,
                    hint: None,
                };
                r.push(at, Code::InvalidValue, severity, detail, rule.note);
            }
        }
        Then::Options(spec) => {
            if let Some(v) = value {
                check_options(v, at, spec, s.r);
            }
        }
        Then::Relax(code) => {
            if let Some(i) = r.issues.iter_mut().find(|i| i.path == at && i.code == code) {
                i.severity = severity;
                i.note = rule.note;
            }
        }
        Then::Format(&format) => {
            if value.is_some() || always {
                r.push(at, Code::InvalidFormat, severity, Detail::Format(format), rule.note);
            }
        }
        Then::IdChars(&(extra, min, max)) => {
            if let Some(v) = value.and_then(Value::as_str) {
                let n = v.chars().count();
                let chars = v
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || extra.as_bytes().contains(&b));
                if !chars || n < min as usize || n > max as usize {
                    described(r, at, severity, rule.note);
                }
            }
        }
        Then::ContiguousMonths => {
            if let Some(Value::Arr(items)) = value {
                let months: Vec<i64> = items.iter().filter_map(int).filter(|m| *m >= 2).collect();
                let max = months.iter().copied().max().unwrap_or(0);
                // stops at the first gap, so within `months.len() + 1` steps
                if months.len() > 1 && (2..=max).any(|m| !months.contains(&m)) {
                    r.push(at, rule.code, severity, Detail::Note, rule.note);
                }
            }
        }
        Then::Drop(code) => {
            r.issues
                .retain(|i| !(i.path == at && i.code == code && i.severity == severity));
        }
        Then::IntIn(set) => {
            if let Some(m) = value.and_then(Value::as_num).and_then(|n| n.as_int()) {
                if !set.contains(&m) {
                    r.push(at, rule.code, severity, Detail::Note, rule.note);
                }
            }
        }
        Then::ItemsNotIn(&(key, set)) => {
            if let Some(Value::Arr(items)) = value {
                for (i, item) in items.iter().enumerate() {
                    let v = match key {
                        Some(k) => item.as_obj().and_then(|o| o.get(k)).and_then(Value::as_str),
                        None => item.as_str(),
                    };
                    if v.is_some_and(|v| !set.contains(&v)) {
                        let path = match key {
                            Some(k) => join(&index(at, i), k),
                            None => index(at, i),
                        };
                        r.push(path, rule.code, severity, Detail::Note, rule.note);
                    }
                }
            }
        }
        Then::DigitsOnly(separators) => {
            let Some(raw) = value.and_then(Value::as_str) else {
                return;
            };
            let digits: String = raw.chars().filter(|c| !separators.contains(*c)).collect();
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                r.push(at, Code::InvalidFormat, severity, Detail::Format(Format::Digits), None);
            } else if digits != raw {
                r.push(
                    at,
                    Code::InvalidFormat,
                    Severity::Warning,
                    Detail::Format(Format::Digits),
                    rule.note,
                );
                set_at(s.req, at, Value::Str(digits));
            }
        }
        Then::SumOf(&(price, quantity)) => {
            let (Some(Value::Arr(items)), Some(total)) = (value, s.amount) else {
                return;
            };
            let mut sum: i64 = 0;
            for item in items {
                let Some(o) = item.as_obj() else { return };
                let (Some(p), Some(q)) = (o.get(price).and_then(int), o.get(quantity).and_then(int)) else {
                    return;
                };
                sum = sum.saturating_add(p.saturating_mul(q));
            }
            if total.fract() != 0.0 || sum != total as i64 {
                let with = if s.api.is_some() { "totalAmount" } else { "amount" };
                r.push(at, Code::Conflict, severity, Detail::Conflict { with }, rule.note);
            }
        }
        Then::ProductsSum(&(keys, with)) => {
            if let (Some(Value::Arr(items)), Some(total)) = (value, s.amount) {
                let mut sum = 0.0;
                let mut complete = !items.is_empty();
                for item in items {
                    let mut product = 1.0;
                    for k in keys {
                        match item.as_obj().and_then(|o| o.get(k)).and_then(num) {
                            Some(n) => product *= n,
                            None => complete = false,
                        }
                    }
                    sum += product;
                }
                if complete && (sum - total).abs() > 1e-6 {
                    r.push(at, Code::Conflict, severity, Detail::Conflict { with }, rule.note);
                }
            }
        }
        Then::MinLen(&(min, unit, say_min, say_max)) => {
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
                    described(r, at, severity, rule.note);
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
        Then::Type(t) => {
            if let Some(v) = value {
                if !matches!(v, Value::Odd(_)) && !is_type(v, t) {
                    let detail = Detail::Type {
                        expected: t,
                        got: got(v),
                    };
                    r.push(at, Code::InvalidType, severity, detail, rule.note);
                }
            }
        }
        Then::EucKr => {
            if let Some(i) = value.and_then(Value::as_str).and_then(first_unrepresentable) {
                r.push(at, Code::InvalidFormat, severity, Detail::NotEucKr { at: i }, rule.note);
            }
        }
        Then::Digits(&(n, strip)) => hooks::digits(s.req, s.r, at, n as usize, strip, severity, rule.note),
        Then::Block(keys) => hooks::block(s.req, s.r, at, keys, s.mobile, rule.note),
        Then::ValuesByMethod(mv) => hooks::values_by_method(s.req, s.r, at, mv, s.method, severity, rule.note),
        // run by `run_v1`, which has the whole v1 context these hooks need
        Then::BillingWindow(_)
        | Then::Currencies(_)
        | Then::Period(..)
        | Then::DirectQuotaMonths
        | Then::InstallmentFloor
        | Then::CardPointQuota(_)
        | Then::PrefillPhoneDigits
        | Then::PhoneDetail(_)
        | Then::PhonePrefill(_)
        | Then::CardQuota(_) => {}
    }
}

/// `invalid_format` whose message leaves the layout to the note (a guide's own description).
fn described(r: &mut Report, at: &str, severity: Severity, note: Option<&'static Bi>) {
    r.push(
        at,
        Code::InvalidFormat,
        severity,
        Detail::Format(Format::Described),
        note,
    );
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
        assert!(Charset::PrintableAscii.holds("") && Charset::PrintableAscii.holds("order-1 ~"));
        assert!(!Charset::PrintableAscii.holds("주문") && !Charset::PrintableAscii.holds("a\tb"));
        assert!(Charset::Rfc3339.holds("") && Charset::Rfc3339.holds("2024-01-31T23:59:59+09:00"));
        assert!(Charset::Rfc3339.holds("2024-01-31T23:59:59Z") && !Charset::Rfc3339.holds("2024-01-31"));
        assert!(Charset::NoneOf(&"%&").holds("") && Charset::NoneOf(&"()").holds("a_b"));
        assert!(!Charset::NoneOf(&"%&|$-+=[]").holds("a-b") && !Charset::NoneOf(&"()").holds("(a"));
        assert!(Charset::TwoWords.holds("Jack Son") && Charset::TwoWords.holds(" a  b c "));
        assert!(!Charset::TwoWords.holds("Jack") && !Charset::TwoWords.holds("  "));
        for ok in [
            "203.0.113.7",
            "0.0.0.0",
            "2001:db8::1",
            "::1",
            "::",
            "fe80::1:2:3:4",
            "::ffff:192.0.2.1",
            "1:2:3:4:5:6:7:8",
        ] {
            assert!(Charset::Ip.holds(ok), "{ok}");
        }
        for bad in [
            "",
            "256.1.1.1",
            "1.2.3",
            "01.2.3.4",
            "1.2.3.4.5",
            "2001:db8:::1",
            "1:2:3:4:5:6:7:8:9",
            "12345::1",
            "localhost",
            "1::2::3",
            "g::1",
        ] {
            assert!(!Charset::Ip.holds(bad), "{bad}");
        }
        assert!(Charset::Upper2.holds("DE") && !Charset::Upper2.holds("de") && !Charset::Upper2.holds("DEU"));
        assert!(Charset::KrMobile.holds("010-1234-5678") && Charset::KrMobile.holds("0111234567"));
        assert!(!Charset::KrMobile.holds("02-1234-5678") && !Charset::KrMobile.holds("8001011234567"));
        assert!(Charset::CodeTypeList.holds("08:3|02:3") && Charset::CodeTypeList.holds("01:1"));
        assert!(!Charset::CodeTypeList.holds("8:3") && !Charset::CodeTypeList.holds("08:4"));
        assert!(!Charset::CodeTypeList.holds("08:3|") && !Charset::CodeTypeList.holds(""));
        assert!(Charset::DigitsOrEmpty.holds("") && !Charset::DigitsOrEmpty.holds("+82"));
        assert!(
            Charset::NoHangul.holds("Item A") && !Charset::NoHangul.holds("상품 A") && !Charset::NoHangul.holds("ㄱ")
        );
        assert!(Charset::AsciiNoSpaceParen.holds("order-1_a") && !Charset::AsciiNoSpaceParen.holds("a b"));
        assert!(!Charset::AsciiNoSpaceParen.holds("a(1)") && !Charset::AsciiNoSpaceParen.holds("주문"));
        assert!(
            Charset::Katakana.holds("カタカナ") && !Charset::Katakana.holds("abc") && !Charset::Katakana.holds(" ")
        );
        assert!(Charset::LettersSpaces.holds("Shop Name") && !Charset::LettersSpaces.holds("Shop1"));
        assert!(Charset::HhMm.holds("23:59") && !Charset::HhMm.holds("24:00") && !Charset::HhMm.holds("9:00"));
        assert!(Charset::Rfc3339.holds("2026-04-01T23:59:59Z") && !Charset::Rfc3339.holds("2026-04-01"));
        assert!(Charset::YmdH.holds("2026013118") && !Charset::YmdH.holds("2026013125"));
        assert!(!Charset::YmdH.holds("20260131") && !Charset::YmdH.holds("2026023018"));
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
        use super::{concrete, value_at};
        use crate::core::value::{parse, Value};
        let Value::Obj(req) = parse(r#"{"products":[{"link":"a"},{"name":"b"}],"q":[3]}"#).unwrap() else {
            panic!()
        };
        assert_eq!(value_at(&req, "products[].link", Some(0)), Some(&Value::str("a")));
        assert_eq!(value_at(&req, "products[].link", Some(1)), None);
        assert_eq!(value_at(&req, "products[].link", None), None);
        assert!(value_at(&req, "q[]", Some(0)).is_some() && value_at(&req, "q[]", Some(1)).is_none());
        assert_eq!(concrete("products[].link", Some(1)), "products[1].link");
        assert_eq!(concrete("q[]", Some(0)), "q[0]");
        assert_eq!(concrete("amount", None), "amount");
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
