//! The engine's hooks that are real parsers or span several fields, written once for every
//! gateway whose data names them (see `docs/gateways/README.md`, "Hooks"): option strings
//! (`[options.<name>]` tables), card-point quotas, flat bypass keys. Their parameters (lists,
//! tables, notes) come from the data files; nothing here names a gateway.

use crate::core::fields::Key;
use crate::core::issue::{index, join, Bi, Code, Detail, Report, Severity};
use crate::core::text::did_you_mean;
use crate::core::v1::V1Ctx;
use crate::core::v1_options::{joined, listed_items, Opt, Style};
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
