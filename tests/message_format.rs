//! Issue #19: the format of every message, over every issue of every fixture case, in Korean and
//! English. A message is plain text (no Markdown backticks); it opens with its subject — the
//! issue's path, or for the request itself a word saying what is meant — followed by `: `, and
//! neither the path nor its last segment appears again; a did-you-mean comes before the list of
//! allowed values, and a list names at most eight values, then "…".

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

/// The names a message at `path` must not say again after its opening `path: `: the full path
/// and its last segment without indices (`site_name` for `bypass.kcp_v2.site_name`, `max_month`
/// for `card.detail[0].max_month`, `products` for `products[1]`).
fn subject_names(path: &str) -> Vec<String> {
    let mut names = vec![path.to_string()];
    let last = path.rsplit('.').next().unwrap_or(path);
    let last = last.split('[').next().unwrap_or(last);
    if !last.is_empty() && last != path {
        names.push(last.to_string());
    }
    names
}

/// Whether `m`, after its opening `path: `, names its subject again anywhere: the full path or its
/// last segment as a standalone token (not next to an ASCII letter, digit, `_` or `.`), in the
/// detail or in the note, as a subject, glossed (`buyer_tel(주문자 연락처)`), in a list of fields
/// or in an explanation. The message already opens with the name; the text says what is wrong
/// with it without naming it again.
fn restated(m: &str, path: &str) -> bool {
    let body = m[path.len() + 2..].replace('`', "");
    let joins = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.');
    subject_names(path).iter().any(|name| {
        body.match_indices(name.as_str()).any(|(i, _)| {
            let before = body[..i].chars().next_back();
            let after = body[i + name.len()..].chars().next();
            // a sentence's full stop after the name is not part of another token
            let after_dot = after == Some('.')
                && !body[i + name.len() + 1..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_');
            !joins(before) && (!joins(after) || after_dot)
        })
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
    assert!(!problems(&issue("pg"), "pg: Neither pg nor channelKey is set.").is_empty());
    assert!(problems(&issue("pg"), "pg: Neither this nor channelKey is set.").is_empty());
    assert!(problems(&issue("amount"), "amount: not above vat_amount or amount.x.").is_empty());
    assert!(!problems(&issue("buyer_tel"), "buyer_tel: 가이드: buyer_tel(연락처)은 필수.").is_empty());
    assert!(!problems(&issue("a"), "a: needs b and a.").is_empty());
    let site = issue("bypass.kcp_v2.site_name");
    assert!(!problems(&site, "bypass.kcp_v2.site_name: site_name is long.").is_empty());
    assert!(!problems(&site, "bypass.kcp_v2.site_name: see bypass.kcp_v2.site_name.").is_empty());
    assert!(problems(&site, "bypass.kcp_v2.site_name: see site_name_x, shop.site_name.x.").is_empty());
    let month = issue("card.detail[0].max_month");
    assert!(!problems(&month, "card.detail[0].max_month: max_month: 2~12.").is_empty());
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
