//! Any text into the v2 `requestPayment` check (as JSON with the walker's tokens), with no PG and with
//! several PGs: it must never panic, and an ok result must be idempotent.
#![no_main]
use libfuzzer_sys::fuzz_target;
use portone_guard::core::value::parse;
use portone_guard::core::{check_payment, Options};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(input) = parse(text) else { return };
    for pg in [None, Some("kpn"), Some("kcp"), Some("inicis_v2"), Some("tosspayments")] {
        let opts = Options { pg: pg.map(str::to_string), ..Options::default() };
        let out = check_payment(&input, &opts);
        let _ = out.to_json(opts.locale);
        if let Some(v) = &out.value {
            let again = check_payment(v, &opts);
            assert!(again.ok(), "normalized value re-checks with an error");
            assert_eq!(again.value.as_ref(), Some(v), "normalizing is not idempotent");
        }
    }
});
