//! `ledger/identity.toml` (issue #18: the identity-verification pages in the rule-ledger format)
//! names only real things: every fixture case exists, every `common:gateway.<id>.<section>.rules.<rule>`
//! is a rule of that gateway's data file, and every identity guide `gateways()` names has entries.
//! The file's arrays are written as JSON-compatible TOML, so they are read with the crate's own
//! JSON reader (no TOML parser among the dev-dependencies).
#![cfg(not(target_arch = "wasm32"))]

use portone_guard::core::value::{parse, Value};
use std::fs;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn strings(line: &str) -> Vec<String> {
    let (_, rest) = line.split_once('=').expect("key = value");
    match parse(rest.trim()).expect("a JSON-compatible array or string") {
        Value::Arr(items) => items.iter().filter_map(|v| v.as_str().map(str::to_string)).collect(),
        Value::Str(s) => vec![s],
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_identity_ledger_names_real_cases_rules_and_pages() {
    let text = fs::read_to_string(format!("{ROOT}/ledger/identity.toml")).unwrap();
    let mut pages = Vec::new();
    let (mut cases, mut rules) = (0, 0);
    for line in text.lines() {
        if line.starts_with("page = ") {
            pages.extend(strings(line));
        } else if line.starts_with("fixture = ") {
            for f in strings(line) {
                let (file, case) = f.split_once('#').expect("<file>.json#<case>");
                let doc = parse(&fs::read_to_string(format!("{ROOT}/tests/fixtures/{file}")).unwrap()).unwrap();
                let Some(Value::Arr(all)) = doc.as_obj().and_then(|m| m.get("cases")) else {
                    panic!("{file}")
                };
                let found = all
                    .iter()
                    .any(|c| c.as_obj().and_then(|m| m.get("name")).and_then(Value::as_str) == Some(case));
                assert!(found, "no fixture case {f}");
                cases += 1;
            }
        } else if line.starts_with("by = ") {
            for b in strings(line) {
                let Some(rest) = b.strip_prefix("common:gateway.") else {
                    assert!(b.starts_with("common:identity."), "{b}");
                    continue;
                };
                let (id, path) = rest.split_once('.').expect("<id>.<section>…");
                let data = fs::read_to_string(format!("{ROOT}/gateways/{id}.toml")).unwrap();
                let (section, what) = path.split_once('.').expect("<section>.<what>");
                assert!(
                    data.contains(&format!("[{section}]")),
                    "{b}: no [{section}] in {id}.toml"
                );
                if let Some(rule) = what.strip_prefix("rules.") {
                    assert!(
                        data.contains(&format!("[[{section}.rules]]\nid = \"{rule}\"")),
                        "{b}: no rule `{rule}` in [{section}] of {id}.toml"
                    );
                    rules += 1;
                } else if let Some(key) = what.strip_prefix("bypass.") {
                    assert!(
                        data.contains(&format!("\n{key} = ")),
                        "{b}: no bypass key `{key}` in {id}.toml"
                    );
                }
            }
        }
    }
    assert!(cases > 80 && rules > 15, "{cases} cases, {rules} rules");
    for g in portone_guard::pg::GATEWAYS {
        for guide in [&g.certification, &g.identity_verification]
            .into_iter()
            .flatten()
            .map(|i| i.guide)
        {
            let page = guide.strip_prefix("src/routes/(root)/").unwrap_or(guide);
            assert!(pages.iter().any(|p| p == page), "{}: {page} has no ledger entry", g.id);
        }
    }
}
