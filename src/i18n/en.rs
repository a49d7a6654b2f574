//! English message text.

use super::push_list;
use crate::core::issue::{Detail, Expected, Format, Got, OddKind};
use crate::core::text::{push_int, Unit};

fn expected(e: Expected) -> &'static str {
    match e {
        Expected::String => "a string",
        Expected::Number => "a number",
        Expected::Integer => "a whole number",
        Expected::Boolean => "a boolean (true/false)",
        Expected::Object => "an object",
        Expected::Array => "an array",
        Expected::StringOrArray => "a string or an array of strings",
        Expected::NumberOrString => "a number or a numeric string",
    }
}

fn got(g: Got) -> &'static str {
    match g {
        Got::Null => "null",
        Got::Boolean => "a boolean",
        Got::Number => "a number",
        Got::Fraction => "a number with a fraction",
        Got::String => "a string",
        Got::Array => "an array",
        Got::Object => "an object",
        Got::Undefined => "undefined",
    }
}

fn unit(u: Unit) -> &'static str {
    match u {
        Unit::Chars => " characters",
        Unit::Bytes => " bytes (UTF-8)",
        Unit::EucKrBytes => " bytes (EUC-KR, 2 per Hangul)",
    }
}

pub(super) fn detail(d: &Detail, out: &mut String) {
    match d {
        Detail::Required => out.push_str("is required."),
        Detail::Type { expected: e, got: g } => {
            out.push_str("must be ");
            out.push_str(expected(*e));
            out.push_str(", got ");
            out.push_str(got(*g));
            out.push('.');
        }
        Detail::Odd(k) => out.push_str(match k {
            OddKind::NaN => "NaN cannot be sent; use a finite number.",
            OddKind::Infinite => "Infinity cannot be sent; use a finite number.",
            OddKind::BigInt => "a BigInt cannot be sent; use a Number.",
            OddKind::Function => "a function cannot be part of a payment request.",
            OddKind::Symbol => "a Symbol cannot be part of a payment request.",
            OddKind::Date => "a Date object cannot be sent; use a string in the format the guide names.",
            OddKind::Cycle => "is a cyclic structure (refers back to itself).",
            OddKind::TooDeep => "is nested too deeply.",
            OddKind::Unreadable => "could not be read (a getter or Proxy threw).",
            OddKind::Instance => "a class instance (Map, Set, ...) cannot be sent; use a plain object or array.",
            OddKind::Huge => "is too large (a string or array over 1,000,000 characters or items).",
            OddKind::NotObject => "the payment request must be an object.",
            OddKind::NotJson => "is not valid JSON.",
        }),
        Detail::OneOf { allowed, hint } => {
            out.push_str("is not an allowed value. Allowed: ");
            push_list(out, allowed, 24);
            out.push('.');
            if let Some(h) = hint {
                out.push_str(" Did you mean `");
                out.push_str(h);
                out.push_str("`?");
            }
        }
        Detail::Format(f) => match f {
            Format::Date(fmts) => {
                out.push_str("is not a valid date in the format ");
                let pats: Vec<&str> = fmts.iter().map(|f| f.pattern()).collect();
                push_list(out, &pats, 8);
                out.push('.');
            }
            Format::HttpUrl => out.push_str("must be an absolute URL starting with http:// or https://."),
            Format::Digits => out.push_str("must contain digits only."),
            Format::Phone => out.push_str("is not a phone number (8 to 13 digits, dashes allowed)."),
            Format::PgCode => out.push_str("must be `provider` or `provider.{MID}`."),
            Format::NonEmpty => out.push_str("must not be empty."),
            Format::Described => out.push_str("has an invalid format."),
        },
        Detail::Range { min, max } => {
            out.push_str("must be ");
            match (min, max) {
                (Some(a), Some(b)) => {
                    out.push_str("between ");
                    push_int(out, *a);
                    out.push_str(" and ");
                    push_int(out, *b);
                }
                (Some(a), None) => {
                    out.push_str("at least ");
                    push_int(out, *a);
                }
                (None, Some(b)) => {
                    out.push_str("at most ");
                    push_int(out, *b);
                }
                (None, None) => out.push_str("within the allowed range"),
            }
            out.push('.');
        }
        Detail::TooLong { max, unit: u, got: g } => {
            out.push_str("must be at most ");
            push_int(out, *max as i64);
            out.push_str(unit(*u));
            out.push_str("; it is ");
            push_int(out, *g as i64);
            out.push('.');
        }
        Detail::UnknownField { hint } => {
            out.push_str("is not a known field; it is passed through, but the SDK and the PG may ignore it.");
            if let Some(h) = hint {
                out.push_str(" Did you mean `");
                out.push_str(h);
                out.push_str("`?");
            }
        }
        Detail::UnknownPg { hint } => {
            out.push_str("is not a known PG code.");
            match hint {
                Some(h) => {
                    out.push_str(" Did you mean `");
                    out.push_str(h);
                    out.push_str("`?");
                }
                None => out.push_str(" Only the common rules were checked."),
            }
        }
        Detail::Unsupported { pg } => {
            out.push_str("is not supported by ");
            out.push_str(pg.en);
            out.push('.');
        }
        Detail::Conflict { with } => {
            out.push_str("conflicts with `");
            out.push_str(with);
            out.push_str("`.");
        }
        Detail::Deprecated { instead } => {
            out.push_str("is deprecated; use `");
            out.push_str(instead);
            out.push_str("`.");
        }
        Detail::NotForPg { pg, allowed } => {
            out.push_str(pg.en);
            out.push_str(" does not take this value. It takes: ");
            push_list(out, allowed, 24);
            out.push('.');
        }
        Detail::ExactlyOne { keys } => {
            out.push_str("set exactly one of ");
            push_list(out, keys, 8);
            out.push('.');
        }
        Detail::SdkNotLoaded { global } => {
            out.push_str("the PortOne SDK (`window.");
            out.push_str(global);
            out.push_str("`) is not loaded on this page.");
        }
        Detail::Note => {}
    }
}
