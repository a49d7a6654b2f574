//! Any text into the identity-verification checks (issue #18: v1 `IMP.certification`, v2
//! `requestIdentityVerification`; JSON with the walker's tokens), with no PG and each identity PG:
//! they must never panic, and an ok result must be idempotent.
#![no_main]
use libfuzzer_sys::fuzz_target;
use portone_guard::core::value::parse;
use portone_guard::core::{check_certification, check_identity_verification, Options};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(input) = parse(text) else { return };
    for pg in [None, Some("danal"), Some("inicis_unified"), Some("inicis"), Some("kcp_v2")] {
        for mobile in [None, Some(true), Some(false)] {
            let opts = Options { pg: pg.map(str::to_string), is_mobile: mobile, ..Options::default() };
            for check in [check_certification, check_identity_verification] {
                let out = check(&input, &opts);
                let _ = out.to_json(opts.locale);
                if let Some(v) = &out.value {
                    let again = check(v, &opts);
                    assert!(again.ok(), "normalized value re-checks with an error");
                    assert_eq!(again.value.as_ref(), Some(v), "normalizing is not idempotent");
                }
            }
        }
    }
});
