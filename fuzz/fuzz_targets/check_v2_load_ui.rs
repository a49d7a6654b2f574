//! Any text into the v2 button checks (`loadPaymentUI`, `loadIssueBillingKeyUI`; as JSON with the
//! walker's tokens), with no PG, PayPal and another PG: it must never panic, and an ok result must
//! be idempotent.
#![no_main]
use libfuzzer_sys::fuzz_target;
use portone_guard::core::v2::{self, Api};
use portone_guard::core::value::parse;
use portone_guard::core::Options;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(input) = parse(text) else { return };
    for api in [Api::LoadPaymentUI, Api::LoadIssueBillingKeyUI] {
        for pg in [None, Some("paypal_v2"), Some("kpn")] {
            let opts = Options { pg: pg.map(str::to_string), ..Options::default() };
            let out = v2::check(api, &input, &opts);
            let _ = out.to_json(opts.locale);
            if let Some(v) = &out.value {
                let again = v2::check(api, v, &opts);
                assert!(again.ok(), "normalized value re-checks with an error");
                assert_eq!(again.value.as_ref(), Some(v), "normalizing is not idempotent");
            }
        }
    }
});
