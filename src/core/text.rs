//! Shared grammars every gateway uses: integer printing without `core::fmt`, length units
//! (characters, UTF-8 bytes, EUC-KR bytes), calendar dates in the formats PortOne's guides
//! name, phone digits, http(s) URLs, and the "did you mean" distance.

/// Appends `v` in decimal (no `core::fmt`).
pub fn push_int(out: &mut String, v: i64) {
    if v < 0 {
        out.push('-');
    }
    let mut n = v.unsigned_abs();
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &b in &buf[i..] {
        out.push(b as char);
    }
}

/// `v` in decimal with a comma every three digits (`100,000`), as messages write counts.
pub fn push_grouped(out: &mut String, v: usize) {
    let mut digits = String::new();
    push_int(&mut digits, v as i64);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
}

/// `v` in decimal.
pub fn int_str(v: i64) -> String {
    let mut s = String::new();
    push_int(&mut s, v);
    s
}

/// How a gateway counts the length of a text field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Unicode characters (code points).
    Chars,
    /// UTF-8 bytes.
    Bytes,
    /// EUC-KR bytes (ASCII 1, everything else 2).
    EucKrBytes,
}

/// Length of `s` in `unit`.
pub fn length(s: &str, unit: Unit) -> usize {
    match unit {
        Unit::Chars => s.chars().count(),
        Unit::Bytes => s.len(),
        Unit::EucKrBytes => s.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum(),
    }
}

/// The longest prefix of `s` within `max` of `unit` (cut on a character boundary).
pub fn truncate(s: &str, max: usize, unit: Unit) -> &str {
    let mut used = 0;
    for (i, c) in s.char_indices() {
        let w = match unit {
            Unit::Chars => 1,
            Unit::Bytes => c.len_utf8(),
            Unit::EucKrBytes => {
                if c.is_ascii() {
                    1
                } else {
                    2
                }
            }
        };
        if used + w > max {
            return &s[..i];
        }
        used += w;
    }
    s
}

/// Date and date-time layouts used by PortOne's guides.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateFmt {
    /// `YYYYMMDD`
    Ymd,
    /// `YYYYMMDDhhmm`
    YmdHm,
    /// `YYYYMMDDhhmmss`
    YmdHms,
    /// `YYYY-MM-DD`
    DashedYmd,
    /// `YYYY-MM-DD HH:mm:ss`
    DashedYmdHms,
}

impl DateFmt {
    /// The layout as written in the guides.
    pub fn pattern(self) -> &'static str {
        match self {
            DateFmt::Ymd => "YYYYMMDD",
            DateFmt::YmdHm => "YYYYMMDDhhmm",
            DateFmt::YmdHms => "YYYYMMDDhhmmss",
            DateFmt::DashedYmd => "YYYY-MM-DD",
            DateFmt::DashedYmdHms => "YYYY-MM-DD HH:mm:ss",
        }
    }
}

/// A calendar date-time read from one of the [`DateFmt`] layouts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct DateTime {
    /// Year.
    pub y: u32,
    /// Month 1–12.
    pub mo: u32,
    /// Day 1–31 (checked against the month).
    pub d: u32,
    /// Hour 0–23.
    pub h: u32,
    /// Minute 0–59.
    pub mi: u32,
    /// Second 0–59.
    pub s: u32,
}

fn digits(s: &[u8]) -> Option<u32> {
    if s.is_empty() || !s.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(s.iter().fold(0, |a, d| a * 10 + (d - b'0') as u32))
}

fn days_in_month(y: u32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// Reads `s` as one of `allowed`; `None` when it matches none or is not a real calendar time.
pub fn parse_date(s: &str, allowed: &[DateFmt]) -> Option<(DateFmt, DateTime)> {
    let b = s.as_bytes();
    let fmt = match b.len() {
        8 => DateFmt::Ymd,
        12 => DateFmt::YmdHm,
        14 => DateFmt::YmdHms,
        10 => DateFmt::DashedYmd,
        19 => DateFmt::DashedYmdHms,
        _ => return None,
    };
    if !allowed.contains(&fmt) {
        return None;
    }
    let (date, time): (&[u8], &[u8]) = match fmt {
        DateFmt::DashedYmd | DateFmt::DashedYmdHms => {
            if b[4] != b'-' || b[7] != b'-' {
                return None;
            }
            if fmt == DateFmt::DashedYmdHms && (b[10] != b' ' || b[13] != b':' || b[16] != b':') {
                return None;
            }
            let t: &[u8] = if fmt == DateFmt::DashedYmdHms { &b[11..] } else { &[] };
            (&b[..10], t)
        }
        _ => (&b[..8], &b[8..]),
    };
    let (y, mo, d) = if date.len() == 10 {
        (digits(&date[..4])?, digits(&date[5..7])?, digits(&date[8..10])?)
    } else {
        (digits(&date[..4])?, digits(&date[4..6])?, digits(&date[6..8])?)
    };
    let (h, mi, sec) = match time.len() {
        0 => (0, 0, 0),
        4 => (digits(&time[..2])?, digits(&time[2..4])?, 0),
        6 => (digits(&time[..2])?, digits(&time[2..4])?, digits(&time[4..6])?),
        8 => (digits(&time[..2])?, digits(&time[3..5])?, digits(&time[6..8])?),
        _ => return None,
    };
    if y < 1900 || mo == 0 || mo > 12 || d == 0 || d > days_in_month(y, mo) || h > 23 || mi > 59 || sec > 59 {
        return None;
    }
    Some((
        fmt,
        DateTime {
            y,
            mo,
            d,
            h,
            mi,
            s: sec,
        },
    ))
}

/// True for an absolute `http:` or `https:` URL with a host and no whitespace or control characters.
pub fn is_http_url(s: &str) -> bool {
    let lower_starts = |p: &str| s.len() >= p.len() && s.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes());
    let rest = if lower_starts("https://") {
        &s[8..]
    } else if lower_starts("http://") {
        &s[7..]
    } else {
        return false;
    };
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let host = &rest[..host_end];
    !host.is_empty() && !host.starts_with(':') && !host.starts_with('@') && !has_space_or_control(s)
}

/// True for a mobile app's URL scheme as `app_scheme` takes it: a scheme name (a letter, then
/// letters, digits, `+`, `-`, `.` or `_`), optionally followed by `:` and the rest of a URL
/// without whitespace (`myapp`, `myapp://`, `myapp://pay/done`).
pub fn is_app_scheme(s: &str) -> bool {
    let name = s.split_once(':').map_or(s, |(name, _)| name);
    name.as_bytes().first().is_some_and(u8::is_ascii_alphabetic)
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.' | b'_'))
        && !has_space_or_control(s)
}

/// True when `s` has whitespace or a control character (printable ASCII is checked byte by byte
/// first, the common case).
fn has_space_or_control(s: &str) -> bool {
    if s.bytes().all(|b| (0x21..0x7f).contains(&b)) {
        return false;
    }
    s.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// True for text shaped like an e-mail address: `local@domain.tld`, no whitespace.
pub fn is_email(e: &str) -> bool {
    let Some((local, domain)) = e.rsplit_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !has_space_or_control(e)
}

/// Reads an RFC 3339 time (ISO 8601 with an offset): `YYYY-MM-DDTHH:mm:ss`, optional fraction,
/// then `Z` or `±HH:MM`. Returns the local date-time, or `None` when it is not one.
pub fn parse_rfc3339(s: &str) -> Option<DateTime> {
    let b = s.as_bytes();
    if b.len() < 20 || !matches!(b[10], b'T' | b't') {
        return None;
    }
    let (_, dt) = parse_date(&[&s[..10], " ", &s[11..19]].concat(), &[DateFmt::DashedYmdHms])?;
    let mut rest = &b[19..];
    if rest.first() == Some(&b'.') {
        let digits = rest[1..].iter().take_while(|c| c.is_ascii_digit()).count();
        if digits == 0 {
            return None;
        }
        rest = &rest[1 + digits..];
    }
    let offset_ok = match rest {
        [b'Z' | b'z'] => true,
        [b'+' | b'-', h1, h2, b':', m1, m2] => {
            let h = digits(&[*h1, *h2])?;
            let m = digits(&[*m1, *m2])?;
            h <= 23 && m <= 59
        }
        _ => false,
    };
    offset_ok.then_some(dt)
}

/// An RFC 3339 time as seconds since 1970-01-01T00:00:00Z (its offset applied), for ordering two
/// times written with different offsets. `None` when it is not RFC 3339.
pub fn rfc3339_seconds(s: &str) -> Option<i64> {
    let dt = parse_rfc3339(s)?;
    let b = s.as_bytes();
    let offset = match b.len().checked_sub(6).map(|i| &b[i..]) {
        Some([sign @ (b'+' | b'-'), h1, h2, b':', m1, m2]) => {
            let m = i64::from(digits(&[*h1, *h2])? * 60 + digits(&[*m1, *m2])?);
            if *sign == b'+' {
                m
            } else {
                -m
            }
        }
        _ => 0,
    };
    // days from the civil date (proleptic Gregorian), then the time of day
    let (y, m) = (i64::from(dt.y), i64::from(dt.mo));
    let (y, m) = if m <= 2 { (y - 1, m + 9) } else { (y, m - 3) };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * m + 2) / 5 + i64::from(dt.d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(days * 86_400 + i64::from(dt.h * 3600 + dt.mi * 60 + dt.s) - offset * 60)
}

/// Phone-number text with separators (`-`, spaces, dots, parentheses) removed, when what remains
/// is 8–13 digits (Korean landline and mobile numbers). `None` otherwise.
pub fn phone_digits(s: &str) -> Option<String> {
    let mut out = String::new();
    for c in s.chars() {
        match c {
            '0'..='9' => out.push(c),
            '-' | ' ' | '.' | '(' | ')' => {}
            _ => return None,
        }
    }
    (8..=13).contains(&out.len()).then_some(out)
}

/// Edit distance with adjacent transpositions (optimal string alignment), case-insensitive,
/// capped: returns `cap + 1` as soon as the distance must exceed `cap`. Words over 64
/// characters are never close. Nothing is allocated (three rows on the stack): an object of
/// ten thousand unknown keys asks for a hint per key.
pub fn distance(a: &str, b: &str, cap: usize) -> usize {
    const MAX: usize = 64;
    let mut ab = ['\0'; MAX];
    let mut bb = ['\0'; MAX];
    let fill = |s: &str, out: &mut [char; MAX]| {
        let mut n = 0;
        for c in s.chars() {
            if n == MAX {
                return None;
            }
            out[n] = c.to_ascii_lowercase();
            n += 1;
        }
        Some(n)
    };
    let (Some(la), Some(lb)) = (fill(a, &mut ab), fill(b, &mut bb)) else {
        return cap + 1;
    };
    let (a, b) = (&ab[..la], &bb[..lb]);
    if la.abs_diff(lb) > cap {
        return cap + 1;
    }
    // rows i-2, i-1 and i of the table
    let mut two = [0usize; MAX + 1];
    let mut one = [0usize; MAX + 1];
    let mut row = [0usize; MAX + 1];
    for (j, cell) in one.iter_mut().enumerate().take(lb + 1) {
        *cell = j;
    }
    for i in 1..=la {
        row[0] = i;
        let mut row_min = i;
        for j in 1..=lb {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (one[j] + 1).min(row[j - 1] + 1).min(one[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(two[j - 2] + 1);
            }
            row[j] = v;
            row_min = row_min.min(v);
        }
        if row_min > cap {
            return cap + 1;
        }
        two = one;
        one = row;
    }
    one[lb]
}

/// The candidate closest to `word` (case-insensitive edit distance, a prefix of four or more
/// characters counting as one edit), if it is close enough to be a likely typo. A candidate
/// whose length alone puts it too far is passed over without any work.
pub fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let wl = word.chars().count();
    if wl == 0 {
        return None;
    }
    let cap = (wl / 3).clamp(1, 3);
    let mut best: Option<(usize, &str)> = None;
    let w = word.as_bytes();
    for c in candidates {
        let cb = c.as_bytes();
        let dist = if cb.eq_ignore_ascii_case(w) {
            0
        } else if wl >= 4
            && c.len() >= 4
            && (cb.get(..w.len()).is_some_and(|p| p.eq_ignore_ascii_case(w))
                || w.get(..cb.len()).is_some_and(|p| p.eq_ignore_ascii_case(cb)))
        {
            1
        } else if (if c.is_ascii() { c.len() } else { c.chars().count() }).abs_diff(wl) > cap {
            continue;
        } else {
            distance(word, c, cap)
        };
        if dist <= cap && best.is_none_or(|(d, _)| dist < d) {
            best = Some((dist, c));
        }
    }
    best.map(|(_, c)| c)
}

/// True when `s` is non-empty katakana (full- or half-width, with `ー`, `・` and spaces), as the
/// Japanese guides ask for kana names (KG Inicis Japan `firstNameKana`, `storeNameKana`).
pub fn is_katakana(s: &str) -> bool {
    !s.trim().is_empty()
        && s.chars()
            .all(|c| matches!(c, '\u{30A0}'..='\u{30FF}' | '\u{FF65}'..='\u{FF9F}' | ' ' | '\u{3000}'))
}

/// True when `s` is a clock time `HH:mm` from `00:00` to `23:59`.
pub fn is_hh_mm(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 5
        && b[2] == b':'
        && [b[0], b[1], b[3], b[4]].iter().all(u8::is_ascii_digit)
        && (b[0] - b'0') * 10 + (b[1] - b'0') < 24
        && b[3] < b'6'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_integers() {
        for v in [0i64, 7, -7, 1004, i64::MAX, i64::MIN] {
            assert_eq!(int_str(v), v.to_string());
        }
    }

    #[test]
    fn counts_lengths_in_each_unit() {
        assert_eq!(length("주문명:abc", Unit::Chars), 7);
        assert_eq!(length("주문명:abc", Unit::Bytes), 13);
        assert_eq!(length("주문명:abc", Unit::EucKrBytes), 10);
        assert_eq!(truncate("가나다", 5, Unit::EucKrBytes), "가나");
        assert_eq!(truncate("가나다", 7, Unit::Bytes), "가나");
        assert_eq!(truncate("abc", 9, Unit::Chars), "abc");
    }

    #[test]
    fn reads_dates_in_named_layouts_only() {
        let all = [
            DateFmt::Ymd,
            DateFmt::YmdHm,
            DateFmt::YmdHms,
            DateFmt::DashedYmd,
            DateFmt::DashedYmdHms,
        ];
        assert_eq!(parse_date("20240229", &all).unwrap().0, DateFmt::Ymd);
        assert!(parse_date("20230229", &all).is_none(), "not a leap year");
        assert!(parse_date("20241301", &all).is_none());
        assert_eq!(parse_date("202412312359", &all).unwrap().1.mi, 59);
        assert!(parse_date("202412312460", &all).is_none());
        assert_eq!(
            parse_date("2024-12-31 23:59:59", &all).unwrap().0,
            DateFmt::DashedYmdHms
        );
        assert!(parse_date("2024/12/31", &all).is_none());
        assert!(parse_date("2024-12-31", &[DateFmt::Ymd]).is_none());
    }

    #[test]
    fn accepts_only_absolute_http_urls() {
        assert!(is_http_url("https://shop.example/pay/done?x=1"));
        assert!(is_http_url("HTTP://localhost:8080"));
        for bad in [
            "javascript:alert(1)",
            "/relative",
            "https://",
            "https:// x",
            "ftp://a",
            "data:text/html,x",
            "https://a\nb",
        ] {
            assert!(!is_http_url(bad), "{bad}");
        }
    }

    #[test]
    fn app_schemes() {
        for ok in [
            "portoneappscheme",
            "portone://",
            "myapp://pay/done",
            "my.app+x-y_z",
            "A1:",
        ] {
            assert!(is_app_scheme(ok), "{ok}");
        }
        for bad in ["", "://x", "1app", "my app", "앱://", "app\n", ":"] {
            assert!(!is_app_scheme(bad), "{bad:?}");
        }
    }

    #[test]
    fn reads_rfc3339_times_with_offsets_only() {
        assert!(parse_rfc3339("2026-01-31T00:00:00+09:00").is_some());
        assert!(parse_rfc3339("2026-01-31T23:59:59.123Z").is_some());
        for bad in [
            "2026-01-31",
            "2026-01-31T00:00:00",
            "2026-02-30T00:00:00Z",
            "2024-11-12T00:00:00+09+00",
            "2026-01-31 00:00:00+09:00",
            "2026-01-31T00:00:00.Z",
        ] {
            assert!(parse_rfc3339(bad).is_none(), "{bad}");
        }
        assert!(is_email("a.b@shop.kr"));
        assert!(!is_email("a@b") && !is_email("a b@c.kr") && !is_email("@c.kr"));
    }

    #[test]
    fn phone_digits_strip_separators() {
        assert_eq!(phone_digits("010-1234-5678").as_deref(), Some("01012345678"));
        assert_eq!(phone_digits("02 1234 1234").as_deref(), Some("0212341234"));
        assert_eq!(phone_digits("010-12a4-5678"), None);
        assert_eq!(phone_digits("123"), None);
    }

    #[test]
    fn suggests_close_names() {
        let c = ["merchant_uid", "buyer_tel", "buyer_email", "kakaopay", "kcp"];
        assert_eq!(did_you_mean("buyer_tle", c), Some("buyer_tel"));
        assert_eq!(did_you_mean("merchant_id", c), Some("merchant_uid"));
        assert_eq!(did_you_mean("kakao", c), Some("kakaopay"));
        assert_eq!(did_you_mean("KCP", c), Some("kcp"));
        assert_eq!(did_you_mean("totally_else", c), None);
        assert_eq!(did_you_mean("", c), None);
    }

    #[test]
    fn katakana_and_clock_times() {
        assert!(is_katakana("カンコクストア"));
        assert!(is_katakana("マット デイモン"));
        assert!(is_katakana("ｶﾝｺｸ"));
        assert!(!is_katakana("かんこく"));
        assert!(!is_katakana("Store"));
        assert!(!is_katakana(" "));
        assert!(is_hh_mm("00:00") && is_hh_mm("23:59") && is_hh_mm("09:30"));
        assert!(!is_hh_mm("24:00") && !is_hh_mm("12:60") && !is_hh_mm("9:30") && !is_hh_mm("12-30"));
    }
}
