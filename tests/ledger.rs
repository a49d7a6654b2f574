//! The rule ledger (`docs/coverage.md`, generated from the `[[ledger]]` entries of the gateway data
//! files and `ledger/common.toml`): every page listed in `ledger/pages.txt` has an entry, every
//! fixture an enforced entry names exists, and the committed page is what the data gives now
//! (`bash scripts/gen-docs.sh` rewrites it). `build.rs` already refuses entries naming a rule or
//! key their file does not have.

include!(concat!(env!("OUT_DIR"), "/ledger.rs"));

use portone_guard::core::value::{parse, Value};
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn coverage_page_matches_the_data() {
    let path = root().join("docs/coverage.md");
    if std::env::var_os("PORTONE_GUARD_WRITE_DOCS").is_some() {
        std::fs::write(&path, COVERAGE).unwrap();
    }
    let now = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        now == COVERAGE,
        "docs/coverage.md is stale: run `bash scripts/gen-docs.sh`"
    );
}

#[test]
fn every_page_has_a_ledger_entry() {
    assert!(PAGES.len() >= 100, "ledger/pages.txt lists only {} pages", PAGES.len());
    let missing: Vec<&str> = PAGES
        .iter()
        .copied()
        .filter(|p| !LEDGER.iter().any(|(_, page, _, _)| page == p))
        .collect();
    assert!(
        missing.is_empty(),
        "{} pages have no [[ledger]] entry:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

#[test]
fn every_named_fixture_case_exists() {
    let mut bad = Vec::new();
    let mut named = 0;
    for (file, page, status, fixtures) in LEDGER {
        for f in *fixtures {
            named += 1;
            let (name, case) = f.split_once(".json#").expect("checked by build.rs");
            let text = std::fs::read_to_string(root().join(format!("tests/fixtures/{name}.json"))).unwrap_or_default();
            let doc = parse(&text).ok();
            let found = doc
                .as_ref()
                .and_then(|d| d.as_obj()?.get("cases"))
                .and_then(|c| match c {
                    Value::Arr(a) => Some(a),
                    _ => None,
                })
                .is_some_and(|cases| {
                    cases
                        .iter()
                        .any(|c| c.as_obj().and_then(|m| m.get("name")).and_then(|n| n.as_str()) == Some(case))
                });
            if !found {
                bad.push(format!("{file}: {page} ({status}): no fixture case `{f}`"));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
    let _ = named;
}
