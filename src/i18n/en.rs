//! English message text.

use super::{push_list, LIST_MAX};
use crate::core::cardquota::{Reason, CODES, MAX_MONTHS};
use crate::core::issue::MAX_ISSUES;
use crate::core::issue::{Detail, Expected, Format, Got, OddKind};
use crate::core::text::{push_grouped, push_int, Unit};
use crate::core::value::{MAX_KEYS, MAX_KEY_CHARS, MAX_NODES, MAX_TEXT_BYTES};

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
            OddKind::Function => "a function cannot be sent to the SDK.",
            OddKind::Symbol => "a Symbol cannot be sent to the SDK.",
            OddKind::SymbolKeys => "has Symbol-keyed properties; JSON cannot carry them, so they are left out.",
            OddKind::Date => "a Date object cannot be sent; use a string in the format the guide names.",
            OddKind::Cycle => "is a cyclic structure (refers back to itself).",
            OddKind::TooDeep => "is nested too deeply.",
            OddKind::Unreadable => "could not be read (a getter or Proxy threw).",
            OddKind::Instance => "a class instance (Map, Set, ...) cannot be sent; use a plain object or array.",
            OddKind::Huge => "is too large (a string or array over 1,000,000 characters or items).",
            OddKind::NotObject => "must be an object (the parameters of the SDK call).",
            OddKind::NotJson => "is not valid JSON.",
            OddKind::TooManyKeys => {
                out.push_str("has more than ");
                push_grouped(out, MAX_KEYS);
                out.push_str(" keys, more than the module reads in one object.");
                return;
            }
            OddKind::LongKey => {
                out.push_str("a key longer than ");
                push_grouped(out, MAX_KEY_CHARS);
                out.push_str(" characters (shown cut), longer than the module reads.");
                return;
            }
            OddKind::OverBudget => {
                out.push_str("is larger than the module reads in one call (");
                push_grouped(out, MAX_NODES);
                out.push_str(" values, a value referred to several times counting each time, or ");
                push_grouped(out, MAX_TEXT_BYTES);
                out.push_str(" bytes of text); reading stopped here and nothing was checked.");
                return;
            }
            OddKind::NotUnicode => "not valid Unicode: the PG would receive a replacement character.",
        }),
        Detail::OneOf { allowed, hint } => {
            out.push_str("is not one of the allowed values.");
            if let Some(h) = hint {
                out.push_str(" Did you mean ");
                out.push_str(h);
                out.push('?');
            }
            out.push_str(" Allowed: ");
            push_list(out, allowed, LIST_MAX);
            out.push('.');
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
        Detail::UnknownItem { index, hint } => {
            out.push_str("item ");
            push_int(out, *index as i64);
            out.push_str(" is not an option the guide lists; it is passed through, but the PG may ignore it.");
            if let Some(h) = hint {
                out.push_str(" Did you mean `");
                out.push_str(h);
                out.push_str("`?");
            }
        }
        Detail::BadItem { index, name } => {
            out.push_str("item ");
            push_int(out, *index as i64);
            match name {
                Some(n) => {
                    out.push_str(" (`");
                    out.push_str(n);
                    out.push_str("`) has a value or form the guide does not allow.");
                }
                None => out.push_str(" is empty (two separators in a row, or one at either end)."),
            }
        }
        Detail::UnknownPg { hint } => {
            out.push_str("is not a known code.");
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
            out.push_str(pg.en());
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
            out.push_str(pg.en());
            out.push_str(" does not take this value. It takes: ");
            push_list(out, allowed, LIST_MAX);
            out.push('.');
        }
        Detail::ExactlyOne { keys } => {
            out.push_str("set exactly one of ");
            push_list(out, keys, 8);
            out.push('.');
        }
        Detail::SdkNotLoaded { global } => {
            out.push_str("is not loaded on this page (window.");
            out.push_str(global);
            out.push_str(").");
        }
        Detail::SdkNoMethod { method } => {
            out.push_str("has no ");
            out.push_str(method);
            out.push_str(" method; pass the PortOne SDK itself (import * as PortOne from \"@portone/browser-sdk/v2\"), or leave it out to use window.PortOne.");
        }
        Detail::InFlight { key } => {
            out.push_str("another call with the same `");
            out.push_str(key);
            out.push_str("` has not finished; the SDK was not called again (no double payment).");
        }
        Detail::Timeout => out
            .push_str("the PortOne SDK did not answer within `timeoutMs`; check the payment's outcome on your server."),
        Detail::MoreIssues { more, errors } => {
            out.push_str("has ");
            push_grouped(out, *more);
            out.push_str(if *more == 1 { " more issue" } else { " more issues" });
            out.push_str(" (");
            push_grouped(out, *errors);
            out.push_str(if *errors == 1 { " error" } else { " errors" });
            out.push_str(") not listed: an answer lists at most ");
            push_grouped(out, MAX_ISSUES);
            out.push('.');
        }
        Detail::BadTimeout => out.push_str("must be a positive number of milliseconds."),
        Detail::CardQuota { group, reason } => {
            out.push_str("card installment group ");
            push_int(out, *group as i64);
            out.push_str(" (counting from 1): ");
            match reason {
                Reason::Empty => out.push_str("is empty; write `CODE-months`, groups joined by `^`."),
                Reason::NoDash => out.push_str("has no `-` between the card company code and the months."),
                Reason::UnknownCard => {
                    out.push_str("the card company code is not in Kiwoom Pay's table. Allowed: ");
                    push_list(out, CODES, LIST_MAX);
                    out.push('.');
                }
                Reason::NoMonths => out.push_str("lists no months after the `-`."),
                Reason::BadMonth => {
                    out.push_str("a month is not a whole number in digits (months are separated by `:`).")
                }
                Reason::MonthRange => {
                    out.push_str("months are 0 (lump sum) or 2 to ");
                    push_int(out, i64::from(MAX_MONTHS));
                    out.push('.');
                }
                Reason::DuplicateCard => out.push_str("this card company already has a group."),
                Reason::TooManyGroups => {
                    out.push_str("there are more groups than card companies (");
                    push_int(out, CODES.len() as i64);
                    out.push_str(").");
                }
            }
        }
        Detail::NotEucKr { at } => {
            out.push_str("character ");
            push_int(out, *at as i64);
            out.push_str(
                " cannot be written in EUC-KR (KS X 1001: ASCII, 2,350 common Hangul syllables, Hanja, common symbols).",
            );
        }
        Detail::Note => {}
    }
}
