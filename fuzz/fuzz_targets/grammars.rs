//! Shared grammars on arbitrary strings: dates, URLs, phone digits, lengths, did-you-mean.
#![no_main]
use libfuzzer_sys::fuzz_target;
use portone_guard::core::text::*;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    let all = [DateFmt::Ymd, DateFmt::YmdHm, DateFmt::YmdHms, DateFmt::DashedYmd, DateFmt::DashedYmdHms];
    let _ = parse_date(s, &all);
    let _ = is_http_url(s);
    if let Some(d) = phone_digits(s) {
        assert!(d.bytes().all(|b| b.is_ascii_digit()));
    }
    for unit in [Unit::Chars, Unit::Bytes, Unit::EucKrBytes] {
        let n = length(s, unit);
        let cut = truncate(s, n / 2, unit);
        assert!(length(cut, unit) <= n / 2);
    }
    let _ = did_you_mean(s, ["merchant_uid", "buyer_tel", "kakaopay"]);
});
