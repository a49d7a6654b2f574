//! The reader's decimal-to-f64 conversion against `str::parse::<f64>`: every JSON number built
//! from the input (sign, digits, fraction, exponent) must give the same bits.
#![no_main]
use libfuzzer_sys::fuzz_target;
use portone_guard::core::float::parse_f64;

fuzz_target!(|data: &[u8]| {
    let Some((&shape, rest)) = data.split_first() else { return };
    let mut t = String::new();
    if shape & 1 == 1 {
        t.push('-');
    }
    // shape bits pick how the digit bytes are split into integer, fraction and exponent
    let frac_at = usize::from(shape >> 1 & 7) * rest.len() / 8;
    let exp_at = if shape & 0x10 == 0 { rest.len() } else { rest.len().saturating_sub(3) };
    let digit = |b: &u8| char::from(b'0' + b % 10);
    let int: String = rest[..frac_at.min(exp_at)].iter().map(digit).collect();
    t.push_str(if int.is_empty() { "0" } else { &int });
    if frac_at < exp_at {
        t.push('.');
        t.extend(rest[frac_at..exp_at].iter().map(digit));
    }
    if exp_at < rest.len() {
        t.push(if shape & 0x20 == 0 { 'e' } else { 'E' });
        if shape & 0x40 != 0 {
            t.push('-');
        }
        t.extend(rest[exp_at..].iter().map(digit));
    }
    let want: f64 = t.parse().expect("a JSON number");
    assert_eq!(parse_f64(&t).to_bits(), want.to_bits(), "{t}");
});
