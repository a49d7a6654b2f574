//! Any text as v1 parameters into `toV2`: it must never panic, and when the v1 input checks ok
//! and the conversion is ok, its v2 request must pass `checkPayment` unchanged.
#![no_main]
use libfuzzer_sys::fuzz_target;
use portone_guard::core::value::parse;
use portone_guard::core::{check_payment, check_request_pay, to_v2, Options};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(input) = parse(text) else { return };
    for pg in [None, Some("kpn"), Some("kcp")] {
        let opts = Options { pg: pg.map(str::to_string), ..Options::default() };
        let out = to_v2(&input, Some("store-00000000-0000-0000-0000-000000000000"), Some("channel-key-x"), &opts);
        let _ = out.to_json(opts.locale);
        if let Some(v) = &out.value {
            let again = check_payment(v, &opts);
            assert!(again.ok(), "toV2 output fails checkPayment");
            assert_eq!(again.value.as_ref(), Some(v), "toV2 output is not normalized");
        }
        let _ = check_request_pay(&input, &opts);
    }
});
