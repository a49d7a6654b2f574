//! Kiwoom Pay's `CARDQUOTA`: any text parses without panicking; what parses formats to text
//! that parses to the same groups and is its own canonical form; the value-level `parseCardQuota`
//! and `formatCardQuota` agree with it.
#![no_main]
use libfuzzer_sys::fuzz_target;
use portone_guard::core::cardquota::{format, format_value, parse, parse_value, to_value};
use portone_guard::core::value::Value;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let out = parse_value(&Value::str(text));
    let _ = out.to_json(Default::default());
    if let Ok(groups) = parse(text) {
        let canon = format(&groups);
        let again = parse(&canon).expect("canonical text must parse");
        assert_eq!(again, groups, "parse(format(x)) != x");
        assert_eq!(format(&again), canon, "format is not canonical");
        assert_eq!(format_value(&to_value(&groups)).ok().as_deref(), Some(canon.as_str()));
        assert!(out.ok());
    } else {
        assert!(!out.ok());
    }
});
