//! Issue #19: the format of every message, over every issue of every fixture case, in Korean and
//! English. A message is plain text (no Markdown backticks); it opens with its subject — the
//! issue's path, or for the request itself a word saying what is meant — followed by `: `, and
//! the path does not appear again; a did-you-mean comes before the list of allowed values, and a
//! list names at most eight values, then "…".

use portone_guard::core::issue::Issue;
use portone_guard::core::v2::{self, Api};
use portone_guard::core::value::{parse, Value};
use portone_guard::core::{
    check_certification, check_identity_verification, check_request_pay, to_v2, Options, Outcome,
};
use portone_guard::i18n::{message, Locale};
use std::fs;

fn obj_str<'a>(v: &'a Value, k: &str) -> Option<&'a str> {
    v.as_obj()?.get(k)?.as_str()
}

fn check(api: &str, req: &Value, opts: &Options, raw: Option<&Value>) -> Outcome {
    match api {
        "request_pay" => check_request_pay(req, opts),
        "certification" => check_certification(req, opts),
        "identityVerification" => check_identity_verification(req, opts),
        "toV2" => {
            let opt = |k: &str| raw.and_then(|o| obj_str(o, k));
            to_v2(req, opt("storeId"), opt("channelKey"), opts)
        }
        other => v2::check(Api::from_name(other).expect("api"), req, opts),
    }
}

/// The subjects a message about the request itself (path `""`) may open with.
const ROOT_SUBJECTS: &[&str] = &["request: ", "요청: ", "PG (", "CARDQUOTA: ", "PortOne SDK: "];

/// Whether a clause after the opening `path: ` starts with the path again as its grammatical
/// subject (`timeoutMs: timeoutMs must …`, `amount: … PortOne's guides: amount must …`,
/// `merchant_uid: … merchant_uid는 …`): the path followed by a space or a Korean particle. A field
/// named inside an explanation (`pg: Neither pg nor channelKey is set`), in a list of fields
/// (`set exactly one of channelKey, channelGroupId`), glossed (`buyer_tel(주문자 연락처)`) or in a
/// code example (`popup: true`) is not a restatement.
fn restated(m: &str, path: &str) -> bool {
    let body = m[path.len() + 2..].replace('`', "");
    let starts = std::iter::once(0)
        .chain(body.match_indices(". ").map(|(i, _)| i + 2))
        .chain(body.match_indices(": ").map(|(i, _)| i + 2));
    starts.into_iter().any(|i| {
        let Some(after) = body[i..].strip_prefix(path) else {
            return false;
        };
        let mut cs = after.chars();
        match cs.next() {
            Some(' ') => true,
            Some('은' | '는' | '이' | '가' | '을' | '를' | '의' | '에' | '도') => cs.next() == Some(' '),
            _ => false,
        }
    })
}

/// The problems with one message, if any.
fn problems(issue: &Issue, m: &str) -> Vec<String> {
    let mut out = Vec::new();
    if m.contains('`') {
        out.push("has a Markdown backtick".into());
    }
    if issue.path.is_empty() {
        if !ROOT_SUBJECTS.iter().any(|s| m.starts_with(s)) {
            out.push("has no subject".into());
        }
    } else {
        if !m.starts_with(&format!("{}: ", issue.path)) {
            out.push("does not open with its path".into());
        }
        if restated(m, &issue.path) {
            out.push("restates its subject".into());
        }
    }
    for (allowed, hint) in [("Allowed: ", "Did you mean"), ("가능한 값: ", "의도하셨나요")] {
        if let Some(a) = m.find(allowed) {
            if m.find(hint).is_some_and(|h| h > a) {
                out.push("puts the did-you-mean after the list".into());
            }
            let list = &m[a + allowed.len()..];
            let list = &list[..list.find(". ").unwrap_or(list.len())];
            let items = list.trim_end_matches('.').split(", ").filter(|x| *x != "…").count();
            if items > 8 {
                out.push(format!("lists {items} values (at most 8, then …)"));
            }
        }
    }
    out
}

#[test]
fn every_message_of_every_fixture_case_is_plain_with_one_subject() {
    let mut files: Vec<_> = fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let (mut seen, mut failures) = (0, Vec::new());
    for f in &files {
        let doc = parse(&fs::read_to_string(f).unwrap()).unwrap();
        let file_api = obj_str(&doc, "api").unwrap_or("request_pay");
        let Some(Value::Arr(cases)) = doc.as_obj().and_then(|m| m.get("cases")) else {
            continue;
        };
        for case in cases {
            let api = obj_str(case, "api").unwrap_or(file_api);
            let req = case.as_obj().unwrap().get("request").unwrap();
            let raw = case.as_obj().unwrap().get("options");
            let opts = raw.map_or_else(Options::default, |o| Options::from_value(o, &Options::default()));
            for issue in &check(api, req, &opts, raw).issues {
                for locale in [Locale::Ko, Locale::En] {
                    let m = message(issue, locale);
                    seen += 1;
                    for p in problems(issue, &m) {
                        failures.push(format!(
                            "{} {:?} [{}]: {p}: {m}",
                            f.file_name().unwrap().to_string_lossy(),
                            obj_str(case, "name").unwrap_or(""),
                            issue.code.as_str()
                        ));
                    }
                }
            }
        }
    }
    assert!(seen > 1000, "{seen} messages");
    failures.sort();
    failures.dedup();
    assert!(
        failures.is_empty(),
        "{} of {seen} messages:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn the_checker_itself_catches_each_problem() {
    let issue = |path: &str| Issue {
        path: path.into(),
        code: portone_guard::core::issue::Code::InvalidValue,
        severity: portone_guard::core::issue::Severity::Error,
        detail: portone_guard::core::issue::Detail::Note,
        note: None,
    };
    assert!(problems(&issue("amount"), "amount: must be a number.").is_empty());
    assert!(problems(&issue("amount"), "amount: `amount` must be a number.").len() == 2);
    assert!(!problems(&issue("amount"), "amount: amount must be a number.").is_empty());
    assert!(!problems(&issue("amount"), "amount: is wrong. Guide: amount must be a number.").is_empty());
    assert!(problems(&issue("pg"), "pg: Neither pg nor channelKey is set.").is_empty());
    assert!(problems(&issue("amount"), "amount: not above vat_amount or amount.x.").is_empty());
    assert!(!problems(&issue(""), "is not a known PG code.").is_empty());
    assert!(!problems(
        &issue("pay_method"),
        "pay_method: is not allowed. Allowed: a, b. Did you mean a?"
    )
    .is_empty());
    assert!(!problems(&issue("x"), "x: no. Allowed: a, b, c, d, e, f, g, h, i.").is_empty());
    assert!(problems(
        &issue("x"),
        "x: no. Did you mean a? Allowed: a, b, c, d, e, f, g, h, …."
    )
    .is_empty());
}
