//! Code tables shared by gateways: the 금융결제원 card-company codes used by `card.direct.code`
//! and `card.detail[].card_code` (PortOne `opi/ko/support/code-info/card-code.mdx`), plus
//! PortOne's foreign-card codes (`code-info/portone-code.mdx`).

/// One card company.
#[derive(Debug)]
pub struct Card {
    /// The code sent to PortOne.
    pub code: &'static str,
    /// Korean name.
    pub ko: &'static str,
    /// English name.
    pub en: &'static str,
}

const fn c(code: &'static str, ko: &'static str, en: &'static str) -> Card {
    Card { code, ko, en }
}

/// 금융결제원 card-company codes, then PortOne's foreign-card codes.
pub static CARDS: &[Card] = &[
    c("361", "BC카드", "BC Card"),
    c("381", "KB국민카드", "KB Kookmin Card"),
    c("367", "현대카드", "Hyundai Card"),
    c("365", "삼성카드", "Samsung Card"),
    c("368", "롯데카드", "Lotte Card"),
    c("371", "NH농협카드", "NH Nonghyup Card"),
    c("041", "우리카드", "Woori Card"),
    c("374", "하나카드", "Hana Card"),
    c("045", "새마을금고", "MG Saemaul Geumgo"),
    c("373", "제주은행", "Jeju Bank"),
    c("364", "광주은행", "Gwangju Bank"),
    c("366", "신한카드", "Shinhan Card"),
    c("002", "KDB산업은행", "KDB Korea Development Bank"),
    c("369", "수협", "Suhyup"),
    c("048", "신협", "Shinhyup"),
    c("370", "씨티카드", "Citi Card"),
    c("071", "우체국", "Korea Post"),
    c("089", "케이뱅크", "K Bank"),
    c("372", "전북은행", "Jeonbuk Bank"),
    c("090", "카카오뱅크", "KakaoBank"),
    c("092", "토스뱅크", "Toss Bank"),
    c("10001", "유니온페이", "UnionPay"),
    c("10002", "다이너스", "Diners Club"),
    c("10003", "아메리칸익스프레스", "American Express"),
    c("10004", "마스터카드", "Mastercard"),
    c("10005", "비자", "VISA"),
    c("10006", "JCB", "JCB"),
];

/// The codes of [`CARDS`], in order (for `invalid_value` messages).
pub static CARD_CODES: &[&str] = &[
    "361", "381", "367", "365", "368", "371", "041", "374", "045", "373", "364", "366", "002", "369", "048", "370",
    "071", "089", "372", "090", "092", "10001", "10002", "10003", "10004", "10005", "10006",
];

/// PG families of the bank-code table ([`BANKS`]), in column order.
pub static BANK_FAMILIES: &[&str] = &["kcp", "inicis", "daou", "standard", "nice_v2", "welcome"];

/// One bank and its code per PG family (PortOne `opi/ko/support/code-info/pg-1.mdx`; codes used
/// in REST and virtual-account data, not as `request_pay` parameters). `None`: the family has no
/// code for the bank. `standard` is the three-digit code shared by Toss Payments, Danal, NICE,
/// KICC, Smartro and Hecto.
#[derive(Debug)]
pub struct BankCodes {
    /// Korean name.
    pub ko: &'static str,
    /// English name.
    pub en: &'static str,
    /// Codes in [`BANK_FAMILIES`] order.
    pub codes: [Option<&'static str>; 6],
}

const fn b(ko: &'static str, en: &'static str, codes: [Option<&'static str>; 6]) -> BankCodes {
    BankCodes { ko, en, codes }
}

const N: Option<&str> = None;

/// The bank-code table. Kiwoom Pay (`daou`) gives 하나 `12` and 외환 `05` separately; the row
/// holds 하나's.
pub static BANKS: &[BankCodes] = &[
    b(
        "KB국민은행",
        "KB Kookmin Bank",
        [
            Some("BK04"),
            Some("04"),
            Some("04"),
            Some("004"),
            Some("004"),
            Some("004"),
        ],
    ),
    b(
        "SC제일은행",
        "SC First Bank",
        [Some("BK23"), Some("23"), Some("11"), Some("023"), Some("023"), N],
    ),
    b(
        "경남은행",
        "Kyongnam Bank",
        [Some("BK39"), Some("39"), N, Some("039"), N, Some("039")],
    ),
    b(
        "광주은행",
        "Gwangju Bank",
        [Some("BK34"), Some("34"), N, Some("034"), Some("034"), Some("034")],
    ),
    b(
        "IBK기업은행",
        "IBK Industrial Bank",
        [
            Some("BK03"),
            Some("03"),
            Some("03"),
            Some("003"),
            Some("003"),
            Some("003"),
        ],
    ),
    b(
        "NH농협은행",
        "NH Nonghyup Bank",
        [Some("BK11"), Some("11"), Some("08"), Some("011"), Some("011"), N],
    ),
    b(
        "대구은행",
        "Daegu Bank",
        [Some("BK31"), Some("31"), N, Some("031"), Some("031"), Some("031")],
    ),
    b(
        "부산은행",
        "Busan Bank",
        [
            Some("BK32"),
            Some("32"),
            Some("15"),
            Some("032"),
            Some("032"),
            Some("032"),
        ],
    ),
    b(
        "KDB산업은행",
        "KDB Korea Development Bank",
        [Some("BK02"), Some("02"), N, Some("002"), N, N],
    ),
    b(
        "새마을금고",
        "MG Saemaul Geumgo",
        [Some("BK45"), Some("45"), N, Some("045"), N, N],
    ),
    b(
        "수협은행",
        "Suhyup Bank",
        [Some("BK07"), Some("07"), N, Some("007"), N, Some("007")],
    ),
    b(
        "신한은행",
        "Shinhan Bank",
        [
            Some("BK88"),
            Some("88"),
            Some("10"),
            Some("088"),
            Some("088"),
            Some("088"),
        ],
    ),
    b("신협", "Shinhyup", [Some("BK48"), Some("48"), N, Some("048"), N, N]),
    b(
        "하나은행(외환)",
        "Hana Bank (KEB)",
        [
            Some("BK81"),
            Some("81"),
            Some("12"),
            Some("081"),
            Some("081"),
            Some("081"),
        ],
    ),
    b(
        "우리은행",
        "Woori Bank",
        [
            Some("BK20"),
            Some("20"),
            Some("09"),
            Some("020"),
            Some("020"),
            Some("020"),
        ],
    ),
    b(
        "우체국",
        "Korea Post",
        [Some("BK71"), Some("71"), Some("31"), Some("071"), Some("071"), N],
    ),
    b(
        "전북은행",
        "Jeonbuk Bank",
        [Some("BK37"), Some("37"), N, Some("037"), N, Some("037")],
    ),
    b(
        "축협",
        "Livestock Cooperatives",
        [Some("BK12"), Some("12"), N, Some("012"), N, N],
    ),
    b(
        "카카오뱅크",
        "KakaoBank",
        [Some("BK90"), Some("90"), N, Some("090"), N, N],
    ),
    b(
        "케이뱅크",
        "K Bank",
        [Some("BK89"), Some("89"), N, Some("089"), Some("089"), Some("089")],
    ),
    b(
        "한국씨티은행",
        "Citibank Korea",
        [Some("BK27"), Some("27"), N, Some("027"), N, N],
    ),
    b(
        "토스뱅크",
        "Toss Bank",
        [Some("BK92"), Some("92"), N, Some("092"), N, N],
    ),
];

/// Kiwoom Pay's separate code for 외환은행 (KEB), folded into the 하나 row of [`BANKS`].
pub const DAOU_KEB_CODE: &str = "05";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_list_matches_table() {
        let codes: Vec<&str> = CARDS.iter().map(|c| c.code).collect();
        assert_eq!(codes, CARD_CODES);
    }

    #[test]
    fn bank_table_shape() {
        assert_eq!(BANKS.len(), 22);
        assert_eq!(BANK_FAMILIES.len(), 6);
        for bank in BANKS {
            // KCP is `BK` + the Inicis code; the standard code is `0` + the Inicis code.
            let inicis = bank.codes[1].unwrap();
            assert_eq!(bank.codes[0].unwrap()[2..], *inicis);
            assert_eq!(bank.codes[3].unwrap()[1..], *inicis);
        }
    }
}
