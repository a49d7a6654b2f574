//! Issue messages in Korean (the default) and English. Each locale is one module with one
//! exhaustive `match` over [`Detail`], so a new detail cannot ship without text in both.
//! Messages name the field and what is allowed; they never contain the caller's value.

mod en;
mod ko;

use crate::core::issue::{Detail, Issue};

/// Message language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Locale {
    /// Korean (default).
    #[default]
    Ko,
    /// English.
    En,
}

impl Locale {
    /// The locale messages are written in: `self`, or in a single-language build (`ko-only`,
    /// `en-only`) the one language it has.
    pub fn available(self) -> Locale {
        if cfg!(feature = "ko-only") {
            Locale::Ko
        } else if cfg!(feature = "en-only") {
            Locale::En
        } else {
            self
        }
    }

    /// `"ko"` or `"en"` (any case, also `ko-KR`, `en_US`), or `None` for any other tag.
    pub fn parse_tag(tag: &str) -> Option<Locale> {
        let t = tag.as_bytes();
        if t.len() < 2 || !(t.len() == 2 || t[2] == b'-' || t[2] == b'_') {
            return None;
        }
        if t[..2].eq_ignore_ascii_case(b"en") {
            Some(Locale::En)
        } else if t[..2].eq_ignore_ascii_case(b"ko") {
            Some(Locale::Ko)
        } else {
            None
        }
    }

    /// `"en"` (any case, also `en-US`) is English; everything else is Korean.
    pub fn from_tag(tag: &str) -> Locale {
        let t = tag.as_bytes();
        if t.len() >= 2 && t[..2].eq_ignore_ascii_case(b"en") && (t.len() == 2 || t[2] == b'-' || t[2] == b'_') {
            Locale::En
        } else {
            Locale::Ko
        }
    }
}

/// At most this many allowed values are listed in a message, then "…" (issue #19).
pub(crate) const LIST_MAX: usize = 8;

/// The full message of `issue`, plain text: `subject: detail. note`. The subject is the path,
/// written once (the detail and the note never repeat it); for the request itself (path `""`) a
/// word that says what is meant. Field names and values are written as they are, without
/// Markdown: backticks in the detail texts and in the gateways' notes are dropped here, so a
/// page that shows a message can mark code up itself.
pub fn message(issue: &Issue, locale: Locale) -> String {
    let mut out = String::with_capacity(96);
    let locale = locale.available();
    if issue.path.is_empty() {
        out.push_str(subject(&issue.detail, locale));
    } else {
        out.push_str(&issue.path);
    }
    out.push_str(": ");
    let before = out.len();
    let mut text = String::with_capacity(80);
    match (&issue.detail, locale) {
        (Detail::ExactlyOne { keys }, _) if keys.contains(&last_segment(&issue.path)) => {
            exactly_one_with_subject(keys, last_segment(&issue.path), locale, &mut text)
        }
        (_, Locale::Ko) => ko::detail(&issue.detail, &mut text),
        (_, Locale::En) => en::detail(&issue.detail, &mut text),
    }
    push_plain(&mut out, &text);
    if let Some(note) = issue.note {
        if out.len() > before {
            out.push(' ');
        }
        let note = match locale {
            Locale::Ko => note.ko(),
            Locale::En => note.en(),
        };
        push_plain(&mut out, &without_subject(note, &issue.path));
    }
    out
}

/// The last segment of `path` without indices: `fixedMonth` for
/// `card.installment.monthOption.fixedMonth`, `products` for `products[1]`.
fn last_segment(path: &str) -> &str {
    let last = path.rsplit('.').next().unwrap_or(path);
    last.split('[').next().unwrap_or(last)
}

/// "Set exactly one of" at one of the keys itself: the subject is "this" and only the other keys
/// are named, so the message says its subject once.
fn exactly_one_with_subject(keys: &[&str], subject: &str, locale: Locale, out: &mut String) {
    let others: Vec<&str> = keys.iter().copied().filter(|k| *k != subject).collect();
    match locale {
        Locale::Ko => {
            out.push_str("이 항목과 ");
            push_list(out, &others, LIST_MAX);
            out.push_str(" 중 정확히 하나만 지정해야 합니다.");
        }
        Locale::En if others.len() == 1 => {
            out.push_str("set either this or ");
            out.push_str(others[0]);
            out.push_str(", not both.");
        }
        Locale::En => {
            out.push_str("set exactly one of this and ");
            push_list(out, &others, LIST_MAX);
            out.push('.');
        }
    }
}

/// What a message about the request itself (path `""`) is about.
fn subject(detail: &Detail, locale: Locale) -> &'static str {
    match (detail, locale) {
        (Detail::UnknownPg { .. }, Locale::En) => "PG (options.pg, or the channel's PG in configure)",
        (Detail::UnknownPg { .. }, Locale::Ko) => "PG (options.pg 또는 configure의 채널 PG)",
        (Detail::CardQuota { .. }, _) => "CARDQUOTA",
        (Detail::SdkNotLoaded { .. }, _) => "PortOne SDK",
        (Detail::SdkNoMethod { .. }, _) => "options.sdk",
        (_, Locale::En) => "request",
        (_, Locale::Ko) => "요청",
    }
}

/// `note` without a leading restatement of the subject `path` (the message already opens with
/// it): `` `amount` must be a number`` → `must be a number`, also after a citation
/// (`"PortOne's guides: amount must …"`) and before a Korean particle (`merchant_uid는 …`).
fn without_subject<'a>(note: &'a str, path: &str) -> std::borrow::Cow<'a, str> {
    if path.is_empty() {
        return note.into();
    }
    // a citation ("KCP guide: ", "PortOne 스키마: ") before the first sentence
    let start = note
        .find(": ")
        .filter(|&i| i < 80 && !note[..i].contains(". ") && !note[..i].contains('`'))
        .map_or(0, |i| i + 2);
    let rest = &note[start..];
    let rest_plain = rest.strip_prefix('`').unwrap_or(rest);
    let Some(after) = rest_plain.strip_prefix(path) else {
        return note.into();
    };
    let after = after.strip_prefix('`').unwrap_or(after);
    let after = match after.chars().next() {
        Some(' ') => &after[1..],
        Some(c @ ('은' | '는' | '이' | '가' | '을' | '를' | '의' | '에' | '도')) => {
            match after[c.len_utf8()..].strip_prefix(' ') {
                Some(a) => a,
                None => return note.into(),
            }
        }
        _ => return note.into(),
    };
    let mut out = String::with_capacity(note.len());
    out.push_str(&note[..start]);
    out.push_str(after);
    out.into()
}

/// Appends `text` without Markdown code marks.
fn push_plain(out: &mut String, text: &str) {
    out.extend(text.chars().filter(|c| *c != '`'));
}

/// Appends `items` as `a, b, c` (at most `max` of them, then "…").
pub(crate) fn push_list(out: &mut String, items: &[&str], max: usize) {
    for (i, it) in items.iter().take(max).enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(it);
    }
    if items.len() > max {
        out.push_str(", …");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::issue::Detail;
    use crate::core::issue::*;
    use crate::core::text::{DateFmt, Unit};

    fn samples() -> Vec<Detail> {
        static PG: Bi = bi!("NHN KCP", "NHN KCP");
        vec![
            Detail::Required,
            Detail::Type {
                expected: Expected::Number,
                got: Got::String,
            },
            Detail::Odd(OddKind::Cycle),
            Detail::Odd(OddKind::TooManyKeys),
            Detail::Odd(OddKind::LongKey),
            Detail::Odd(OddKind::OverBudget),
            Detail::Odd(OddKind::NotUnicode),
            Detail::MoreIssues { more: 1234, errors: 1 },
            Detail::OneOf {
                allowed: &["card", "trans"],
                hint: Some("card"),
            },
            Detail::Format(Format::Date(&[DateFmt::Ymd])),
            Detail::Range {
                min: Some(0),
                max: None,
            },
            Detail::TooLong {
                max: 40,
                unit: Unit::Chars,
                got: 41,
            },
            Detail::UnknownField {
                hint: Some("merchant_uid".into()),
            },
            Detail::UnknownPg { hint: Some("kakaopay") },
            Detail::UnknownItem {
                index: 2,
                hint: Some("noeasypay"),
            },
            Detail::BadItem {
                index: 1,
                name: Some("SKIN"),
            },
            Detail::BadItem { index: 3, name: None },
            Detail::Unsupported { pg: &PG },
            Detail::Conflict { with: "pg" },
            Detail::Deprecated { instead: "channelKey" },
            Detail::SdkNotLoaded { global: "IMP" },
            Detail::SdkNoMethod {
                method: "requestPayment",
            },
            Detail::InFlight { key: "merchant_uid" },
            Detail::Timeout,
            Detail::BadTimeout,
            Detail::CardQuota {
                group: 2,
                reason: crate::core::cardquota::Reason::UnknownCard,
            },
            Detail::NotEucKr { at: 3 },
            Detail::ExactlyOne {
                keys: vec!["fixedMonth", "availableMonthList"],
            },
            Detail::NotForPg {
                pg: &PG,
                allowed: &["CARD", "TRANSFER"],
            },
        ]
    }

    #[test]
    fn every_detail_has_text_in_both_locales() {
        for d in samples() {
            let issue = Issue {
                path: "amount".into(),
                code: Code::Required,
                severity: Severity::Error,
                detail: d,
                note: None,
            };
            let ko = message(&issue, Locale::Ko);
            let en = message(&issue, Locale::En);
            assert!(ko.len() > "amount: ".len() + 4, "{ko}");
            assert!(en.len() > "amount: ".len() + 4, "{en}");
            assert_ne!(ko, en);
            assert!(
                en.chars().all(|c| c.is_ascii() || c == '…'),
                "English text stays ASCII: {en}"
            );
            for m in [&ko, &en] {
                assert!(m.starts_with("amount: "), "the subject first: {m}");
                assert!(!m.contains("PortOne SDK ("), "{m}");
                assert!(!m.contains('`'), "plain text: {m}");
                assert_eq!(m.matches("amount").count(), 1, "the subject once: {m}");
            }
        }
    }

    #[test]
    fn every_detail_about_the_request_itself_has_a_subject_said_once() {
        for d in samples() {
            let issue = Issue {
                path: String::new(),
                code: Code::Required,
                severity: Severity::Error,
                detail: d,
                note: None,
            };
            for locale in [Locale::Ko, Locale::En] {
                let m = message(&issue, locale);
                let (subject, rest) = m.split_once(": ").unwrap_or_else(|| panic!("no subject: {m}"));
                assert!(!subject.is_empty(), "{m}");
                let word = subject.split(" (").next().unwrap();
                assert!(!rest.contains(word), "the subject said twice: {m}");
            }
        }
    }

    #[test]
    fn every_card_quota_reason_names_its_group_in_both_locales() {
        let mut seen = Vec::new();
        for reason in crate::core::cardquota::Reason::ALL {
            let issue = Issue {
                path: String::new(),
                code: reason.code(),
                severity: Severity::Error,
                detail: Detail::CardQuota { group: 7, reason },
                note: None,
            };
            let ko = message(&issue, Locale::Ko);
            let en = message(&issue, Locale::En);
            assert!(ko.contains("7번째 그룹"), "{ko}");
            assert!(en.contains("group 7 "), "{en}");
            assert!(en.chars().all(|c| c.is_ascii() || c == '…'), "{en}");
            assert!(!seen.contains(&en), "{en}");
            seen.push(en);
        }
    }

    #[test]
    fn exactly_one_at_one_of_its_keys_names_only_the_others() {
        let issue = |path: &str, keys: Vec<&'static str>| Issue {
            path: path.into(),
            code: Code::Conflict,
            severity: Severity::Error,
            detail: Detail::ExactlyOne { keys },
            note: None,
        };
        let two = issue("offerPeriod.interval", vec!["range", "interval"]);
        assert_eq!(
            message(&two, Locale::En),
            "offerPeriod.interval: set either this or range, not both."
        );
        assert_eq!(
            message(&two, Locale::Ko),
            "offerPeriod.interval: 이 항목과 range 중 정확히 하나만 지정해야 합니다."
        );
        let three = issue("a.b", vec!["a", "b", "c"]);
        assert_eq!(message(&three, Locale::En), "a.b: set exactly one of this and a, c.");
        let elsewhere = issue("offerPeriod", vec!["range", "interval"]);
        assert_eq!(
            message(&elsewhere, Locale::En),
            "offerPeriod: set exactly one of range, interval."
        );
    }

    #[test]
    fn locale_tags() {
        assert_eq!(Locale::from_tag("en"), Locale::En);
        assert_eq!(Locale::from_tag("EN-us"), Locale::En);
        assert_eq!(Locale::from_tag("ko"), Locale::Ko);
        assert_eq!(Locale::from_tag("english"), Locale::Ko);
        assert_eq!(Locale::parse_tag("ko-KR"), Some(Locale::Ko));
        assert_eq!(Locale::parse_tag("en_US"), Some(Locale::En));
        assert_eq!(Locale::parse_tag("fr"), None);
        assert_eq!(Locale::parse_tag("english"), None);
    }
}
