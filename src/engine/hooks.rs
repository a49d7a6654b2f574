//! Hooks whose logic is more than one check at one path, written once for every gateway and
//! parameterized by the data (`[options.<name>]` tables of `gateways/<id>.toml`).

use crate::core::issue::{index, Bi, Code, Detail, Report};
use crate::core::v1_options::{joined, listed_items, Opt, Style};
use crate::core::value::Value;

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
