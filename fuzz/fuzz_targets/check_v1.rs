//! Any text into the v1 check (as JSON with the walker's tokens), with and without a PG: it must
//! never panic, and an ok result must be idempotent.
#![no_main]
use libfuzzer_sys::fuzz_target;
use portone_guard::core::{check_request_pay, check_request_pay_json, Options};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for pg in [None, Some("kcp")] {
        let opts = Options { pg: pg.map(str::to_string), ..Options::default() };
        let out = check_request_pay_json(text, &opts);
        let _ = out.to_json(opts.locale);
        if let Some(v) = &out.value {
            let again = check_request_pay(v, &opts);
            assert!(again.ok(), "normalized value re-checks with an error");
            assert_eq!(again.value.as_ref(), Some(v), "normalizing is not idempotent");
        }
    }
});
