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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_list_matches_table() {
        let codes: Vec<&str> = CARDS.iter().map(|c| c.code).collect();
        assert_eq!(codes, CARD_CODES);
    }
}
