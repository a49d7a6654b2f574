//! The value reader: never panics; what it reads, written back as JSON, reads again to the same
//! value; the answer's edits (`Value::edits_from`) against the text, applied to what the text
//! reads as, give the value's JSON.
#![no_main]
use libfuzzer_sys::fuzz_target;
use portone_guard::core::value::parse;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(v) = parse(text) {
        let json = v.to_json();
        let again = parse(&json).expect("own JSON output must parse");
        assert_eq!(again.to_json(), json);
        if let Some(edits) = v.edits_from(text) {
            let mut copy = parse(text).expect("parsed once");
            assert!(copy.apply_edits(&edits), "edits {edits} do not fit {text}");
            assert_eq!(copy.to_json(), json);
        }
        assert_eq!(v.edits_from(&json).as_deref(), Some("[]"));
    }
});
