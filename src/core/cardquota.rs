//! Kiwoom Pay's `bypass.daou.CARDQUOTA` grammar (PortOne guide
//! `opi/ko/integration/pg/v1/daou/readme.mdx`): installment months per card company, written as
//! groups `CODE-m1:m2:…` joined by `^`, e.g. `CCBC-0:2:3^CCNH-0:2:3` (0 = lump sum). This module
//! parses such text into [`Group`]s, formats groups back in one canonical spelling, and carries the
//! guide's table of the 24 Kiwoom card-company codes. It never panics, whatever the text.
//!
//! Canonical form: groups in the order given, joined by `^`; each `CODE-m1:m2:…` with the code in
//! capitals and the months ascending without repeats, in decimal without leading zeros. The parser
//! also reads spaces around any part, lower-case codes, leading zeros and unsorted or repeated
//! months; [`format`] then shows what should have been sent.

use crate::core::fields::{got, scan_odd};
use crate::core::issue::{index, join, Bi, Code, Detail, Expected, Format, Issue, Report};
use crate::core::value::{write_json_str, Map, Num, Value};
use crate::core::Outcome;

/// One card company of Kiwoom's `CARDQUOTA` table.
#[derive(Debug)]
pub struct Company {
    /// Kiwoom's code (`CCBC`).
    pub code: &'static str,
    /// Korean name, as in the guide.
    pub ko: &'static str,
    /// English name.
    pub en: &'static str,
}

const fn c(code: &'static str, ko: &'static str, en: &'static str) -> Company {
    Company { code, ko, en }
}

/// The guide's card-company table, in its order.
pub static COMPANIES: &[Company] = &[
    c("CCBC", "비씨카드", "BC Card"),
    c("CCKM", "국민카드", "KB Kookmin Card"),
    c("CCCJ", "제주은행", "Jeju Bank"),
    c("CCLG", "신한카드", "Shinhan Card"),
    c("CCCT", "씨티은행", "Citibank Korea"),
    c("CCLO", "롯데카드", "Lotte Card"),
    c("CCCU", "신협카드", "Shinhyup Card"),
    c("CCMG", "새마을금고", "MG Saemaul Geumgo"),
    c("CCDI", "현대카드", "Hyundai Card"),
    c("CCNH", "NH카드", "NH Nonghyup Card"),
    c("CCHD", "현대증권", "Hyundai Securities"),
    c("CCPH", "우리카드", "Woori Card"),
    c("CCHN", "하나SK카드", "Hana SK Card"),
    c("CCPO", "우체국카드", "Korea Post Card"),
    c("CCJB", "전북은행", "Jeonbuk Bank"),
    c("CCSB", "저축은행카드", "Savings Bank Card"),
    c("CCKA", "카카오뱅크", "KakaoBank"),
    c("CCSS", "삼성카드", "Samsung Card"),
    c("CCKD", "산은카드", "KDB Card"),
    c("CCSU", "수협", "Suhyup"),
    c("CCKE", "하나은행", "Hana Bank"),
    c("CCTS", "토스뱅크", "Toss Bank"),
    c("CCKJ", "광주은행", "Gwangju Bank"),
    c("CKBK", "K뱅크", "K Bank"),
];

/// The codes of [`COMPANIES`], in order (for messages listing what is allowed).
pub static CODES: &[&str] = &[
    "CCBC", "CCKM", "CCCJ", "CCLG", "CCCT", "CCLO", "CCCU", "CCMG", "CCDI", "CCNH", "CCHD", "CCPH", "CCHN", "CCPO",
    "CCJB", "CCSB", "CCKA", "CCSS", "CCKD", "CCSU", "CCKE", "CCTS", "CCKJ", "CKBK",
];

/// The longest installment plan, in months.
pub const MAX_MONTHS: u8 = 36;

/// One card company's installment options.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    /// The company's code, as in [`COMPANIES`].
    pub card: &'static str,
    /// Months offered: 0 (lump sum) or 2–36, ascending, no repeats.
    pub months: Vec<u8>,
}

/// Why a group was rejected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// The group is empty (nothing between two `^`, at either end, or no text at all).
    Empty,
    /// No `-` between the card code and the months.
    NoDash,
    /// The card code is not in Kiwoom's table.
    UnknownCard,
    /// Nothing after the `-`.
    NoMonths,
    /// A month is not a whole number written in digits (or is empty between two `:`).
    BadMonth,
    /// A month is 1 or above 36.
    MonthRange,
    /// The card company already has a group.
    DuplicateCard,
    /// More groups than there are card companies.
    TooManyGroups,
}

impl Reason {
    /// Every reason, for locale tests.
    pub const ALL: [Reason; 8] = [
        Reason::Empty,
        Reason::NoDash,
        Reason::UnknownCard,
        Reason::NoMonths,
        Reason::BadMonth,
        Reason::MonthRange,
        Reason::DuplicateCard,
        Reason::TooManyGroups,
    ];
    /// The issue code for this reason.
    pub fn code(self) -> Code {
        match self {
            Reason::UnknownCard => Code::InvalidValue,
            Reason::MonthRange | Reason::TooManyGroups => Code::OutOfRange,
            Reason::DuplicateCard => Code::Conflict,
            Reason::Empty | Reason::NoDash | Reason::NoMonths | Reason::BadMonth => Code::InvalidFormat,
        }
    }
}

/// A rejected group: its 1-based position and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Problem {
    /// 1-based position of the group in the text (or in the array).
    pub group: usize,
    /// Why.
    pub reason: Reason,
}

impl Problem {
    /// Reports this problem as an error at `path`.
    pub fn report(self, path: &str, r: &mut Report) {
        r.error(
            path,
            self.reason.code(),
            Detail::CardQuota {
                group: self.group,
                reason: self.reason,
            },
            None,
        );
    }
}

/// The note of the warning given when text was not in canonical form.
pub static CANONICAL: Bi = bi!(
    "키움페이 가이드 형식(`카드사코드-개월:개월`을 `^`로 연결)에 맞춰 대문자 코드, 오름차순·중복 없는 개월 수, 공백 없이 고쳐 씁니다.",
    "Rewritten in the Kiwoom Pay guide's form (`CODE-m:m` groups joined by `^`): capital codes, months ascending without repeats, no spaces."
);

/// The table entry for `code` (any case).
pub fn company(code: &str) -> Option<&'static Company> {
    // every code is four ASCII letters: compare them as one capitalized word
    let b: [u8; 4] = code.as_bytes().try_into().ok()?;
    let want = u32::from_le_bytes(b.map(|c| c.to_ascii_uppercase()));
    COMPANIES.iter().find(|c| {
        let k = c.code.as_bytes();
        k.len() == 4 && u32::from_le_bytes([k[0], k[1], k[2], k[3]]) == want
    })
}

/// The months in the bit set `set` (bit m = month m), ascending: a bit set sorts and dedups
/// them without the general sorting code (every month is at most [`MAX_MONTHS`]).
fn months_of(mut set: u64) -> Vec<u8> {
    let mut out = Vec::with_capacity(set.count_ones() as usize);
    while set != 0 {
        out.push(set.trailing_zeros() as u8);
        set &= set - 1;
    }
    out
}

/// `months` ascending without repeats.
fn ascending(months: impl IntoIterator<Item = u8>) -> Vec<u8> {
    months_of(
        months
            .into_iter()
            .fold(0u64, |set, m| set | 1u64.checked_shl(u32::from(m)).unwrap_or(0)),
    )
}

/// Reads one month written in digits: `Some(month)` for 0 or 2–36, `Err` with the reason otherwise.
fn month(text: &str) -> Result<u8, Reason> {
    let t = text.trim_ascii().as_bytes();
    if t.is_empty() || !t.iter().all(u8::is_ascii_digit) {
        return Err(Reason::BadMonth);
    }
    let zeros = t.iter().take_while(|&&b| b == b'0').count();
    let digits = t.get(zeros..).unwrap_or_default();
    if digits.len() > 2 {
        return Err(Reason::MonthRange);
    }
    let m = digits.iter().fold(0u8, |a, d| a * 10 + (d - b'0'));
    if m == 1 || m > MAX_MONTHS {
        return Err(Reason::MonthRange);
    }
    Ok(m)
}

/// The parts of `s` between the ASCII byte `sep` (as `str::split`, with a byte search instead
/// of the general pattern machinery: the separators here are all ASCII).
fn parts(s: &str, sep: u8) -> Parts<'_> {
    Parts { rest: Some(s), sep }
}

struct Parts<'a> {
    rest: Option<&'a str>,
    sep: u8,
}

impl<'a> Iterator for Parts<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        let s = self.rest?;
        match s.bytes().position(|b| b == self.sep) {
            Some(i) => {
                // an ASCII byte is always a character boundary
                self.rest = s.get(i + 1..);
                s.get(..i)
            }
            None => self.rest.take(),
        }
    }
}

fn group(text: &str) -> Result<Group, Reason> {
    let t = text.trim_ascii();
    if t.is_empty() {
        return Err(Reason::Empty);
    }
    let mut halves = parts(t, b'-');
    let (Some(code), Some(months)) = (halves.next(), halves.rest) else {
        return Err(Reason::NoDash);
    };
    let card = company(code.trim_ascii()).ok_or(Reason::UnknownCard)?.code;
    if months.trim_ascii().is_empty() {
        return Err(Reason::NoMonths);
    }
    // the first bad month is the group's reason, as the text is read left to right
    let mut set = 0u64;
    for m in parts(months, b':') {
        set |= 1u64 << month(m)?;
    }
    Ok(Group {
        card,
        months: months_of(set),
    })
}

/// Parses `CARDQUOTA` text. Every rejected group is reported with its position; more than 24
/// groups (one per card company) stop the reading at the 25th.
pub fn parse(s: &str) -> Result<Vec<Group>, Vec<Problem>> {
    let mut groups: Vec<Group> = Vec::new();
    let mut problems = Vec::new();
    for (i, text) in parts(s, b'^').enumerate() {
        let at = i + 1;
        if i == COMPANIES.len() {
            problems.push(Problem {
                group: at,
                reason: Reason::TooManyGroups,
            });
            break;
        }
        match group(text) {
            Ok(g) if groups.iter().any(|h| h.card == g.card) => problems.push(Problem {
                group: at,
                reason: Reason::DuplicateCard,
            }),
            Ok(g) => groups.push(g),
            Err(reason) => problems.push(Problem { group: at, reason }),
        }
    }
    if problems.is_empty() {
        Ok(groups)
    } else {
        Err(problems)
    }
}

/// The canonical text of `groups`: `^`-joined `CODE-m1:m2:…`, months ascending without repeats.
pub fn format(groups: &[Group]) -> String {
    // ASCII bytes (codes, digits, separators), made a String once at the end
    let mut s: Vec<u8> = Vec::with_capacity(groups.len() * 16);
    for (i, g) in groups.iter().enumerate() {
        if i > 0 {
            s.push(b'^');
        }
        s.extend_from_slice(g.card.as_bytes());
        s.push(b'-');
        for (j, m) in ascending(g.months.iter().copied()).into_iter().enumerate() {
            if j > 0 {
                s.push(b':');
            }
            // `ascending` keeps months below 64: at most two digits
            if m >= 10 {
                s.push(b'0' + m / 10 % 10);
            }
            s.push(b'0' + m % 10);
        }
    }
    String::from_utf8(s).unwrap_or_default()
}

/// Reads groups given as data (`[{ card: "CCBC", months: [0, 2, 3] }, …]`, the shape
/// `parseCardQuota` returns) with the same rules as [`parse`]; issues use paths relative to the
/// array (`[1].months[0]`). Unsorted or repeated months are accepted ([`format`] sorts them).
pub fn from_value(v: &Value, r: &mut Report) -> Option<Vec<Group>> {
    let before = r.issues.len();
    let Value::Arr(items) = v else {
        r.wrong_type("", Expected::Array, crate::core::fields::got(v));
        return None;
    };
    if items.is_empty() {
        Problem {
            group: 1,
            reason: Reason::Empty,
        }
        .report("", r);
        return None;
    }
    let mut groups: Vec<Group> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let at = i + 1;
        let p = index("", i);
        if i == COMPANIES.len() {
            Problem {
                group: at,
                reason: Reason::TooManyGroups,
            }
            .report(&p, r);
            break;
        }
        let problem = |reason| Problem { group: at, reason };
        let Some(o) = crate::core::fields::want_obj(Some(item), &p, r) else {
            continue;
        };
        let card_path = join(&p, "card");
        let card = match o.get("card") {
            None => {
                r.required(card_path, None);
                None
            }
            v => crate::core::fields::want_str(v, &card_path, r).and_then(|code| match company(code) {
                Some(c) => Some(c.code),
                None => {
                    problem(Reason::UnknownCard).report(&card_path, r);
                    None
                }
            }),
        };
        let months_path = join(&p, "months");
        let mut months: Vec<u8> = Vec::new();
        match o.get("months") {
            None => r.required(months_path.as_str(), None),
            v => {
                if let Some(list) = crate::core::fields::want_arr(v, &months_path, r) {
                    if list.is_empty() {
                        problem(Reason::NoMonths).report(&months_path, r);
                    }
                    for (j, m) in list.iter().enumerate() {
                        let mp = index(&months_path, j);
                        match crate::core::fields::want_int(Some(m), &mp, r) {
                            Some(n) if n == 0 || (2..=i64::from(MAX_MONTHS)).contains(&n) => months.push(n as u8),
                            Some(_) => problem(Reason::MonthRange).report(&mp, r),
                            None => {}
                        }
                    }
                }
            }
        }
        if let Some(card) = card {
            if groups.iter().any(|g| g.card == card) {
                problem(Reason::DuplicateCard).report(&p, r);
            } else {
                groups.push(Group {
                    card,
                    months: ascending(months),
                });
            }
        }
    }
    (r.issues.len() == before).then_some(groups)
}

/// `groups` as data: `[{"card":"CCBC","months":[0,2,3]}, …]`.
pub fn to_value(groups: &[Group]) -> Value {
    Value::Arr(
        groups
            .iter()
            .map(|g| {
                let months = g.months.iter().map(|m| Value::Num(Num::int(i64::from(*m)))).collect();
                Value::Obj(Map::from_iter([
                    (String::from("card"), Value::str(g.card)),
                    (String::from("months"), Value::Arr(months)),
                ]))
            })
            .collect(),
    )
}

/// Reports values JSON cannot carry, or `v` not being of the `expected` kind; true when it is usable.
fn usable(v: &Value, expected: Expected, r: &mut Report) -> bool {
    scan_odd(v, "", r);
    // a warning (Symbol keys left out) does not make it unusable; the type check below decides
    if r.has_errors() {
        return false;
    }
    let fits = match expected {
        Expected::String => matches!(v, Value::Str(_)),
        _ => matches!(v, Value::Arr(_)),
    };
    if !fits {
        r.wrong_type("", expected, got(v));
    }
    fits
}

/// `parseCardQuota(text)`: the groups as data when the text is valid (with a warning when it was
/// not canonical); otherwise each problem as an error at path `""`.
pub fn parse_value(v: &Value) -> Outcome {
    let mut r = Report::default();
    let Value::Str(s) = v else {
        usable(v, Expected::String, &mut r);
        return Outcome {
            value: None,
            issues: r.issues,
        };
    };
    match parse(s) {
        Ok(groups) => {
            if format(&groups) != *s {
                r.warn(
                    "",
                    Code::InvalidFormat,
                    Detail::Format(Format::Described),
                    Some(&CANONICAL),
                );
            }
            Outcome::new(to_value(&groups), r.issues)
        }
        Err(problems) => {
            for p in problems {
                p.report("", &mut r);
            }
            Outcome {
                value: None,
                issues: r.issues,
            }
        }
    }
}

/// `formatCardQuota(groups)`: the canonical text, or every issue of the groups.
pub fn format_value(v: &Value) -> Result<String, Vec<Issue>> {
    let mut r = Report::default();
    if !usable(v, Expected::Array, &mut r) {
        return Err(r.issues);
    }
    match from_value(v, &mut r) {
        Some(groups) => Ok(format(&groups)),
        None => Err(r.issues),
    }
}

/// `cardQuotaCompanies()`: `[{"code":"CCBC","ko":"비씨카드","en":"BC Card"}, …]`.
pub fn companies_json() -> String {
    let mut s = String::from("[");
    for (i, c) in COMPANIES.iter().enumerate() {
        if i > 0 {
            s.push(',');
        }
        s.push_str("{\"code\":");
        write_json_str(c.code, &mut s);
        s.push_str(",\"ko\":");
        write_json_str(c.ko, &mut s);
        s.push_str(",\"en\":");
        write_json_str(c.en, &mut s);
        s.push('}');
    }
    s.push(']');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(card: &'static str, months: &[u8]) -> Group {
        Group {
            card,
            months: months.to_vec(),
        }
    }
    fn problems(s: &str) -> Vec<(usize, Reason)> {
        parse(s).unwrap_err().iter().map(|p| (p.group, p.reason)).collect()
    }

    #[test]
    fn table_has_the_guides_24_codes_once_each() {
        assert_eq!(COMPANIES.len(), 24);
        let codes: Vec<&str> = COMPANIES.iter().map(|c| c.code).collect();
        assert_eq!(codes, CODES);
        for (i, c) in CODES.iter().enumerate() {
            assert!(!CODES[i + 1..].contains(c));
            assert!(c.len() == 4 && c.bytes().all(|b| b.is_ascii_uppercase()));
        }
        assert!(COMPANIES.iter().all(|c| c.en.is_ascii() && !c.ko.is_empty()));
    }

    #[test]
    fn company_lookup_ignores_case_and_nothing_else() {
        // company() compares four capitalized bytes as one word (the table test above holds every
        // code to four ASCII capitals)
        for &c in CODES {
            assert_eq!(company(c).map(|x| x.code), Some(c));
            assert_eq!(company(&c.to_ascii_lowercase()).map(|x| x.code), Some(c));
            let mixed: String = c
                .chars()
                .enumerate()
                .map(|(i, ch)| if i % 2 == 0 { ch.to_ascii_lowercase() } else { ch })
                .collect();
            assert_eq!(company(&mixed).map(|x| x.code), Some(c));
            for other in [
                &c[..3],
                &[c, "A"].concat(),
                &[" ", c].concat(),
                &[&c[..3], "é"].concat(),
            ] {
                assert!(company(other).is_none(), "{other:?}");
            }
        }
        assert!(company("").is_none());
        assert!(company("가나").is_none(), "six bytes");
        assert!(company("CCB\u{0}").is_none());
    }

    #[test]
    fn parses_the_guides_example() {
        let groups = parse("CCBC-0:2:3:4:5:6^CCNH-0:2:3^CCKM-0:2:3:4").unwrap();
        assert_eq!(
            groups,
            [
                g("CCBC", &[0, 2, 3, 4, 5, 6]),
                g("CCNH", &[0, 2, 3]),
                g("CCKM", &[0, 2, 3, 4])
            ]
        );
        assert_eq!(format(&groups), "CCBC-0:2:3:4:5:6^CCNH-0:2:3^CCKM-0:2:3:4");
    }

    #[test]
    fn lenient_spellings_parse_to_the_canonical_form() {
        for (text, canonical) in [
            ("CCBC-3:0:2", "CCBC-0:2:3"),
            ("CCBC-0:2:2:3:0", "CCBC-0:2:3"),
            ("ccbc-0:2", "CCBC-0:2"),
            (" CCBC - 0 : 02 ^ CCNH-36 ", "CCBC-0:2^CCNH-36"),
            ("CCBC-00:0036", "CCBC-0:36"),
            ("CKBK-0", "CKBK-0"),
            ("CCBC-0\t", "CCBC-0"),
        ] {
            assert_eq!(format(&parse(text).unwrap()), canonical, "{text:?}");
        }
    }

    #[test]
    fn each_malformed_group_is_reported_with_its_position() {
        assert_eq!(problems(""), [(1, Reason::Empty)]);
        assert_eq!(problems("   "), [(1, Reason::Empty)]);
        assert_eq!(problems("CCBC-0^"), [(2, Reason::Empty)]);
        assert_eq!(problems("^CCBC-0"), [(1, Reason::Empty)]);
        assert_eq!(problems("CCBC-0^^CCNH-0"), [(2, Reason::Empty)]);
        assert_eq!(problems("CCBC"), [(1, Reason::NoDash)]);
        assert_eq!(problems("CCBC0:2"), [(1, Reason::NoDash)]);
        assert_eq!(problems("CCBC-0^XXXX-0:2"), [(2, Reason::UnknownCard)]);
        assert_eq!(problems("-0:2"), [(1, Reason::UnknownCard)]);
        assert_eq!(problems("361-0:2"), [(1, Reason::UnknownCard)]);
        assert_eq!(problems("CCBC-"), [(1, Reason::NoMonths)]);
        assert_eq!(problems("CCBC- "), [(1, Reason::NoMonths)]);
        assert_eq!(problems("CCBC-0::2"), [(1, Reason::BadMonth)]);
        assert_eq!(problems("CCBC-0:2:"), [(1, Reason::BadMonth)]);
        assert_eq!(problems("CCBC-0,2,3"), [(1, Reason::BadMonth)]);
        assert_eq!(problems("CCBC-+2"), [(1, Reason::BadMonth)]);
        assert_eq!(problems("CCBC--2"), [(1, Reason::BadMonth)]);
        assert_eq!(problems("CCBC-2.5"), [(1, Reason::BadMonth)]);
        assert_eq!(problems("CCBC-٣"), [(1, Reason::BadMonth)], "non-ASCII digits");
        assert_eq!(problems("CCBC-1"), [(1, Reason::MonthRange)]);
        assert_eq!(problems("CCBC-37"), [(1, Reason::MonthRange)]);
        assert_eq!(problems("CCBC-99999999999999999999999"), [(1, Reason::MonthRange)]);
        assert_eq!(problems("CCBC-0^ccbc-2"), [(2, Reason::DuplicateCard)]);
        assert_eq!(
            problems("CCBC-1^CCNH-0^XX-0^CCNH-2^"),
            [
                (1, Reason::MonthRange),
                (3, Reason::UnknownCard),
                (4, Reason::DuplicateCard),
                (5, Reason::Empty)
            ]
        );
    }

    #[test]
    fn more_groups_than_companies_stop_at_the_25th() {
        let all: Vec<String> = CODES.iter().map(|c| [*c, "-0"].concat()).collect();
        assert_eq!(parse(&all.join("^")).unwrap().len(), 24);
        let many = "^".repeat(100_000);
        let p = problems(&many);
        assert_eq!(p.len(), 25);
        assert_eq!(p[24], (25, Reason::TooManyGroups));
    }

    #[test]
    fn never_panics_on_odd_text() {
        for s in [
            "\u{0}",
            "-",
            "^",
            ":",
            "--",
            "가-0",
            "CCBC-가",
            "CCBC-0:😀",
            "😀^😀",
            "CCBC\u{3000}-0",
            "\u{feff}CCBC-0",
        ] {
            let _ = parse(s);
        }
        let long = ["CCBC-", &"0:".repeat(200_000), "2"].concat();
        assert_eq!(parse(&long).unwrap(), [g("CCBC", &[0, 2])]);
    }

    #[test]
    fn js_faces_answer_in_data() {
        use crate::core::value::parse as json;
        let out = parse_value(&json(r#""CCBC-0:2:3^CCNH-0:2:3""#).unwrap());
        assert!(out.ok() && out.issues.is_empty());
        assert_eq!(
            out.value.unwrap().to_json(),
            r#"[{"card":"CCBC","months":[0,2,3]},{"card":"CCNH","months":[0,2,3]}]"#
        );
        let out = parse_value(&json(r#""ccbc-3:0""#).unwrap());
        assert!(out.ok());
        assert_eq!(out.issues[0].severity, crate::core::issue::Severity::Warning);
        let out = parse_value(&json(r#""CCBC-0^ZZZZ-0""#).unwrap());
        assert!(!out.ok());
        assert_eq!(
            out.issues[0].detail,
            Detail::CardQuota {
                group: 2,
                reason: Reason::UnknownCard
            }
        );
        for odd in ["42", "null", "NaN", "!l2000000", "[]"] {
            let out = parse_value(&json(odd).unwrap());
            assert!(!out.ok() && out.issues.len() == 1, "{odd}");
            assert_eq!(out.issues[0].path, "");
        }
        // an object with Symbol keys (a warning) is still not a text: refused with an error, not
        // with the warning alone (found by the JS fuzzer: ok was false with no error)
        let out = parse_value(&json("{!y1}").unwrap());
        assert!(!out.ok());
        assert!(out
            .issues
            .iter()
            .any(|i| i.severity == crate::core::issue::Severity::Error));
        // and groups whose objects carry Symbol keys still format (the keys are left out)
        let groups = json(r#"[{!y1,"card":"CCBC","months":[0]}]"#).unwrap();
        assert_eq!(format_value(&groups).unwrap(), "CCBC-0");

        let groups = json(r#"[{"card":"CCNH","months":[3,0,2]},{"card":"cckm","months":[0]}]"#).unwrap();
        assert_eq!(format_value(&groups).unwrap(), "CCNH-0:2:3^CCKM-0");
        assert_eq!(
            format_value(&json(r#""CCBC-0""#).unwrap()).unwrap_err()[0].code,
            Code::InvalidType
        );
        assert_eq!(
            format_value(&json(r#"[{"card":"CCBC","months":[1]}]"#).unwrap()).unwrap_err()[0].path,
            "[0].months[0]"
        );

        let companies = crate::core::value::parse(&companies_json()).unwrap();
        let Value::Arr(list) = companies else { panic!() };
        assert_eq!(list.len(), 24);
        assert_eq!(list[0].to_json(), r#"{"code":"CCBC","ko":"비씨카드","en":"BC Card"}"#);
    }

    #[test]
    fn data_groups_follow_the_same_rules() {
        let v =
            crate::core::value::parse(r#"[{"card":"ccnh","months":[3,0,2,3]},{"card":"CCBC","months":[0]}]"#).unwrap();
        let mut r = Report::default();
        let groups = from_value(&v, &mut r).unwrap();
        assert_eq!(format(&groups), "CCNH-0:2:3^CCBC-0");

        let v = crate::core::value::parse(
            r#"[{"card":"CCBC","months":[0,1]},{"card":"XX","months":[]},{"card":"CCBC","months":[2]},3,{"months":[2.5]}]"#,
        )
        .unwrap();
        let mut r = Report::default();
        assert!(from_value(&v, &mut r).is_none());
        let got: Vec<(&str, &str)> = r.issues.iter().map(|i| (i.path.as_str(), i.code.as_str())).collect();
        assert_eq!(
            got,
            [
                ("[0].months[1]", "out_of_range"),
                ("[1].card", "invalid_value"),
                ("[1].months", "invalid_format"),
                ("[2]", "conflict"),
                ("[3]", "invalid_type"),
                ("[4].card", "required"),
                ("[4].months[0]", "invalid_type"),
            ]
        );
        assert_eq!(
            r.issues[1].detail,
            Detail::CardQuota {
                group: 2,
                reason: Reason::UnknownCard
            }
        );

        let mut r = Report::default();
        assert!(from_value(&crate::core::value::parse("[]").unwrap(), &mut r).is_none());
        assert!(from_value(&crate::core::value::parse(r#""CCBC-0""#).unwrap(), &mut r).is_none());
        assert_eq!(r.issues.len(), 2);
    }
}
