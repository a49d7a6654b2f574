//! Runs every fixture file under `tests/fixtures/`: each case is a request, the guide that states
//! the rule (`source`), and the exact list of issues expected as `[path, code, severity]`. Every
//! ok case is also checked again after normalization: same value, no error (idempotence).
//!
//! Which SDK call a request is for: `"api"` at the top of the file or in a case —
//! `"request_pay"` (v1 `IMP.request_pay`, the default), `"payment"`, `"issueBillingKey"` or
//! `"issueBillingKeyAndPay"` (v2), or `"toV2"` (v1 parameters converted to a v2 payment request,
//! with `storeId` / `channelKey` from the case's options; its ok values are re-checked with
//! `payment`: the result passes `checkPayment`), or the identity-verification calls
//! `"certification"` (v1 `IMP.certification`) and `"identityVerification"` (v2
//! `requestIdentityVerification`).

use portone_guard::core::issue::Severity;
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

/// Looks up a dotted path (`a.b[0].c` is written `a.b.0.c` here) in a value.
fn lookup<'a>(v: &'a Value, path: &str) -> Option<&'a Value> {
    let mut cur = v;
    for seg in path.split('.') {
        cur = match cur {
            Value::Obj(m) => m.get(seg)?,
            Value::Arr(a) => a.get(seg.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(cur)
}

/// Runs the check of `api` (`request_pay`, a v2 call name, or `toV2` with `raw` options).
fn check(api: &str, req: &Value, opts: &Options, raw: Option<&Value>) -> Outcome {
    match api {
        "request_pay" => check_request_pay(req, opts),
        "certification" => check_certification(req, opts),
        "identityVerification" => check_identity_verification(req, opts),
        "toV2" => {
            let opt = |k: &str| raw.and_then(|o| obj_str(o, k));
            to_v2(req, opt("storeId"), opt("channelKey"), opts)
        }
        other => {
            let api = Api::from_name(other).unwrap_or_else(|| panic!("unknown api {other}"));
            v2::check(api, req, opts)
        }
    }
}

fn run_file(path: &std::path::Path) -> (usize, Vec<String>) {
    let text = fs::read_to_string(path).unwrap();
    let doc = parse(&text).unwrap_or_else(|e| panic!("{}: bad JSON at {}", path.display(), e.at));
    let Some(Value::Arr(cases)) = doc.as_obj().and_then(|m| m.get("cases")) else {
        panic!("{}: no cases", path.display())
    };
    let file_api = obj_str(&doc, "api").unwrap_or("request_pay");
    let mut failures = Vec::new();
    for case in cases {
        let name = obj_str(case, "name").expect("case name");
        let api = obj_str(case, "api").unwrap_or(file_api);
        let source = obj_str(case, "source").unwrap_or_else(|| panic!("{name}: every case names its source"));
        assert!(!source.is_empty());
        let req = case.as_obj().unwrap().get("request").expect("request");
        let raw_opts = case.as_obj().unwrap().get("options");
        let opts = match raw_opts {
            Some(o) => Options::from_value(o, &Options::default()),
            None => Options::default(),
        };
        let out = check(api, req, &opts, raw_opts);
        let got: Vec<String> = out
            .issues
            .iter()
            .map(|i| format!("{} {} {}", i.path, i.code.as_str(), i.severity.as_str()))
            .collect();
        let Some(Value::Arr(exp)) = case.as_obj().unwrap().get("issues") else {
            panic!("{name}: issues list")
        };
        let want: Vec<String> = exp
            .iter()
            .map(|e| match e {
                Value::Arr(t) => t.iter().map(|x| x.as_str().unwrap()).collect::<Vec<_>>().join(" "),
                _ => panic!("{name}: issue is [path, code, severity]"),
            })
            .collect();
        let mut g = got.clone();
        let mut w = want.clone();
        g.sort();
        w.sort();
        if g != w {
            let msgs: Vec<String> = out.issues.iter().map(|i| message(i, Locale::En)).collect();
            failures.push(format!(
                "{name} [{source}]\n  want {want:?}\n  got  {got:?}\n  msgs {msgs:?}"
            ));
            continue;
        }
        let want_ok = !want.iter().any(|w| w.ends_with(" error"));
        assert_eq!(out.ok(), want_ok, "{name}");
        if let Some(Value::Obj(expect_value)) = case.as_obj().unwrap().get("value") {
            let v = out.value.as_ref().unwrap_or_else(|| panic!("{name}: expected a value"));
            for (p, want) in expect_value.entries() {
                let have = lookup(v, p);
                if have != Some(want) {
                    failures.push(format!("{name}: value at {p}: want {want:?} got {have:?}"));
                }
            }
        }
        if let Some(v) = &out.value {
            let again_api = if api == "toV2" { "payment" } else { api };
            let again = check(again_api, v, &opts, raw_opts);
            if again.value.as_ref() != Some(v) || again.issues.iter().any(|i| i.severity == Severity::Error) {
                failures.push(format!("{name}: normalizing is not idempotent: {:?}", again.issues));
            }
        }
    }
    (cases.len(), failures)
}

#[test]
fn every_fixture_case_gives_exactly_its_issues() {
    let mut total = 0;
    let mut failures = Vec::new();
    let mut files: Vec<_> = fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(!files.is_empty());
    for f in &files {
        let (n, fails) = run_file(f);
        total += n;
        failures.extend(
            fails
                .into_iter()
                .map(|m| format!("{}: {m}", f.file_name().unwrap().to_string_lossy())),
        );
    }
    assert!(
        failures.is_empty(),
        "{} of {total} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(total >= 40, "only {total} cases");
}

/// Every guide page `gateways()` names for a gateway (main v1 / v2 guides and `more_guides`) is
/// cited by at least one fixture (a file's `guide` or a case's `source`): no rule source without a
/// test, and no stale path.
#[test]
fn every_guide_a_gateway_names_is_cited_by_a_fixture() {
    let mut cited = String::new();
    for e in fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures")).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|e| e == "json") {
            cited.push_str(&fs::read_to_string(&p).unwrap());
        }
    }
    let mut missing = Vec::new();
    for g in portone_guard::pg::GATEWAYS {
        for path in portone_guard::core::gateway_info::guides(g) {
            if !cited.contains(path) {
                missing.push(format!("{}: {path}", g.id));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "guides named by gateways() but cited by no fixture: {missing:#?}"
    );
}
