//! Property tests of Kiwoom Pay's `CARDQUOTA` grammar (`src/core/cardquota.rs`; guide
//! `opi/ko/integration/pg/v1/daou/readme.mdx`, bypass.daou.CARDQUOTA): canonical text survives
//! parse → format unchanged, canonical groups survive format → parse unchanged, every lenient
//! spelling of the same groups reads the same, no string makes the parser panic, and the parser
//! gives the same groups or problems as a plain `str::split` reading of the grammar
//! ([`reference`], the first implementation, kept here when the parser moved to byte scans).
#![cfg(not(target_arch = "wasm32"))]

use portone_guard::core::cardquota::{format, parse, Group, Problem, Reason, CODES, MAX_MONTHS};
use proptest::prelude::*;
use proptest::sample::select;

fn month() -> impl Strategy<Value = u8> {
    let allowed: Vec<u8> = std::iter::once(0).chain(2..=MAX_MONTHS).collect();
    select(allowed)
}

/// Canonical groups: distinct cards in any order, each with a non-empty ascending set of months.
fn groups() -> impl Strategy<Value = Vec<Group>> {
    (
        Just(CODES.to_vec()).prop_shuffle(),
        prop::collection::vec(prop::collection::btree_set(month(), 1..=12), 1..=CODES.len()),
    )
        .prop_map(|(cards, months)| {
            cards
                .into_iter()
                .zip(months)
                .map(|(card, m)| Group {
                    card,
                    months: m.into_iter().collect(),
                })
                .collect()
        })
}

/// The canonical text of `groups`, written out here independently of `format`.
fn canonical_text(groups: &[Group]) -> String {
    groups
        .iter()
        .map(|g| {
            let months: Vec<String> = g.months.iter().map(|m| m.to_string()).collect();
            format!("{}-{}", g.card, months.join(":"))
        })
        .collect::<Vec<_>>()
        .join("^")
}

/// A lenient spelling of `groups`: lower-case codes, spaces, leading zeros, months shuffled and
/// repeated — chosen by `noise`.
fn noisy_text(groups: &[Group], noise: &[u8]) -> String {
    let mut n = noise.iter().copied().cycle();
    let mut next = move || n.next().unwrap_or(0);
    let mut parts = Vec::new();
    for g in groups {
        let code = if next() % 2 == 0 {
            g.card.to_ascii_lowercase()
        } else {
            g.card.to_string()
        };
        let mut months: Vec<String> = Vec::new();
        for m in &g.months {
            let zeros = "0".repeat(usize::from(next() % 3));
            months.push(format!("{zeros}{m}"));
            if next() % 4 == 0 {
                months.push(format!(" {m} "));
            }
        }
        months.reverse();
        let pad = if next() % 2 == 0 { " " } else { "" };
        parts.push(format!("{pad}{code}{pad}-{}{pad}", months.join(":")));
    }
    parts.join("^")
}

/// The grammar read the plain way (`str::split`, `trim_matches`, a sort), as `parse` first did.
fn reference(s: &str) -> Result<Vec<Group>, Vec<Problem>> {
    let space = |c: char| c.is_ascii_whitespace();
    let month = |text: &str| -> Result<u8, Reason> {
        let t = text.trim_matches(space);
        if t.is_empty() || !t.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Reason::BadMonth);
        }
        let digits = t.trim_start_matches('0');
        if digits.len() > 2 {
            return Err(Reason::MonthRange);
        }
        let m: u8 = if digits.is_empty() { 0 } else { digits.parse().unwrap() };
        if m == 1 || m > MAX_MONTHS {
            return Err(Reason::MonthRange);
        }
        Ok(m)
    };
    let group = |text: &str| -> Result<Group, Reason> {
        let t = text.trim_matches(space);
        if t.is_empty() {
            return Err(Reason::Empty);
        }
        let (code, months) = t.split_once('-').ok_or(Reason::NoDash)?;
        let code = code.trim_matches(space);
        let card = *CODES
            .iter()
            .find(|c| c.eq_ignore_ascii_case(code))
            .ok_or(Reason::UnknownCard)?;
        if months.trim_matches(space).is_empty() {
            return Err(Reason::NoMonths);
        }
        let mut list = months.split(':').map(month).collect::<Result<Vec<u8>, Reason>>()?;
        list.sort_unstable();
        list.dedup();
        Ok(Group { card, months: list })
    };
    let (mut groups, mut problems): (Vec<Group>, Vec<Problem>) = (Vec::new(), Vec::new());
    for (i, text) in s.split('^').enumerate() {
        let problem = |reason| Problem { group: i + 1, reason };
        if i == CODES.len() {
            problems.push(problem(Reason::TooManyGroups));
            break;
        }
        match group(text) {
            Ok(g) if groups.iter().any(|h| h.card == g.card) => problems.push(problem(Reason::DuplicateCard)),
            Ok(g) => groups.push(g),
            Err(reason) => problems.push(problem(reason)),
        }
    }
    if problems.is_empty() {
        Ok(groups)
    } else {
        Err(problems)
    }
}

proptest! {
    #[test]
    fn reads_as_the_plain_reading_does(
        // groups built from pieces of the grammar, each piece sometimes wrong, so that valid,
        // nearly valid and broken groups are all common
        groups in prop::collection::vec(
            (
                select(vec!["CCBC", "ccnh", "CcKm", "CCLO", "CCB", "XXXX", "", "가"]),
                select(vec!["", " ", "\t", "\u{a0}"]),
                select(vec!["-", "-", "-", "", "--", ":"]),
                prop::collection::vec(select(vec!["0", "1", "2", "3", "02", "00", "12", "36", "37", "99", "100", "", " 3 ", "+2", "가"]), 1..6),
            ),
            1..8,
        ),
        separator in select(vec!["^", "^", "^", "^^", "^ "]),
    ) {
        let s = groups
            .iter()
            .map(|(code, pad, dash, months)| [*pad, code, pad, dash, &months.join(":")].concat())
            .collect::<Vec<_>>()
            .join(separator);
        prop_assert_eq!(parse(&s), reference(&s), "{:?}", s);
        if let Ok(gs) = parse(&s) {
            prop_assert_eq!(format(&gs), canonical_text(&gs));
        }
    }

    #[test]
    fn reads_lenient_and_arbitrary_text_as_the_plain_reading_does(gs in groups(), noise in prop::collection::vec(any::<u8>(), 1..32), any_text in any::<String>()) {
        let noisy = noisy_text(&gs, &noise);
        prop_assert_eq!(parse(&noisy), reference(&noisy));
        prop_assert_eq!(parse(&any_text), reference(&any_text));
    }

    #[test]
    fn canonical_text_survives_parse_then_format(gs in groups()) {
        let s = canonical_text(&gs);
        let parsed = parse(&s).expect("canonical text parses");
        prop_assert_eq!(format(&parsed), s);
    }

    #[test]
    fn canonical_groups_survive_format_then_parse(gs in groups()) {
        prop_assert_eq!(parse(&format(&gs)), Ok(gs));
    }

    #[test]
    fn lenient_spellings_read_as_the_same_groups(gs in groups(), noise in prop::collection::vec(any::<u8>(), 1..32)) {
        let s = noisy_text(&gs, &noise);
        prop_assert_eq!(parse(&s), Ok(gs));
    }

    #[test]
    fn any_text_parses_or_fails_without_panicking_and_normalizing_is_idempotent(s in any::<String>()) {
        if let Ok(gs) = parse(&s) {
            let once = format(&gs);
            prop_assert_eq!(parse(&once), Ok(gs));
        }
    }

    #[test]
    fn grammar_shaped_text_reports_positions_inside_the_text(
        chars in prop::collection::vec(select(vec!['C', 'B', 'N', 'H', 'K', 'c', '0', '2', '3', '9', '-', ':', '^', ' ']), 0..80)
    ) {
        let s: String = chars.into_iter().collect();
        match parse(&s) {
            Ok(gs) => prop_assert_eq!(parse(&format(&gs)), Ok(gs)),
            Err(problems) => {
                let groups = s.split('^').count();
                prop_assert!(!problems.is_empty());
                for p in problems {
                    prop_assert!(p.group >= 1 && p.group <= groups);
                }
            }
        }
    }
}
