//! Property tests of Kiwoom Pay's `CARDQUOTA` grammar (`src/core/cardquota.rs`; guide
//! `opi/ko/integration/pg/v1/daou/readme.mdx`, bypass.daou.CARDQUOTA): canonical text survives
//! parse → format unchanged, canonical groups survive format → parse unchanged, every lenient
//! spelling of the same groups reads the same, and no string makes the parser panic.
#![cfg(not(target_arch = "wasm32"))]

use portone_guard::core::cardquota::{format, parse, Group, CODES, MAX_MONTHS};
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

proptest! {
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
