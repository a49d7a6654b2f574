//! The value reader: never panics; what it reads, written back as JSON, reads again to the same value.
#![no_main]
use libfuzzer_sys::fuzz_target;
use portone_guard::core::value::parse;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(v) = parse(text) {
        let json = v.to_json();
        let again = parse(&json).expect("own JSON output must parse");
        assert_eq!(again.to_json(), json);
    }
});
