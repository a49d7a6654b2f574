//! KakaoPay (카카오페이, direct contract), v2. Source: PortOne's guide
//! `src/routes/(root)/opi/ko/integration/pg/v2/kakaopay.mdx`; the 100-character orderName comes
//! from the docs schema `src/schema/browser-sdk.yml` (`shared/reference/v2-pg-rules.md` §10).
//! The v1 rules (`pg: kakaopay`) are another file's work; this file keeps `v1: None` so the two
//! merge by setting `v2: Some(V2)` in whichever `GATEWAY` survives.
//!
//! To add a KakaoPay v2 rule: data goes in [`V2`]; logic in [`check_v2`].

use super::{BypassTables, Gateway, Ignored, TextLimit, V2Rules, WindowTypes};
use crate::core::fields::{Key, Kind};
use crate::core::issue::{index, Bi, Severity};
use crate::core::text::Unit;
use crate::core::v2::{Api, V2Ctx};
use crate::core::value::Value;

/// KakaoPay.
pub static GATEWAY: Gateway = Gateway {
    id: "kakaopay",
    name: Bi {
        ko: "카카오페이",
        en: "KakaoPay",
    },
    aliases: &["kakaopay"],
    v1: None,
    v2: Some(V2),
};

const PAY: &[Api] = &[Api::Payment];

/// KakaoPay's v2 rules as data.
pub const V2: V2Rules = V2Rules {
    guide: "src/routes/(root)/opi/ko/integration/pg/v2/kakaopay.mdx",
    bypass_key: Some("kakaopay"),
    bypass: BypassTables {
        payment: Some(BYPASS),
        billing: Some(BYPASS),
        billing_and_pay: None,
    },
    pay_methods: Some(&["EASY_PAY"]),
    billing_key_methods: Some(&["EASY_PAY"]),
    billing_key_and_pay_methods: Some(&[]),
    currencies: Some(&["KRW"]),
    window_types: Some(WindowTypes {
        pc: &["IFRAME"],
        mobile: &["REDIRECTION"],
    }),
    locales: Some(&["KO_KR"]),
    order_name: Some(TextLimit {
        max: 100,
        unit: Unit::Chars,
        severity: Severity::Error,
    }),
    month_list: false,
    ignored: &[
        Ignored {
            path: "isEscrow",
            apis: PAY,
        },
        Ignored {
            path: "isCulturalExpense",
            apis: PAY,
        },
        Ignored {
            path: "productType",
            apis: PAY,
        },
        Ignored {
            path: "easyPay.installment.freeInstallmentPlans",
            apis: PAY,
        },
    ],
    check: check_v2,
    ..V2Rules::NONE
};

/// `bypass.kakaopay` (payment and billing key).
static BYPASS: &[Key] = &[Key::new("custom_message", Kind::Str)];

/// Card companies `easyPay.availableCards` may name (guide, `easyPay.availableCards`).
pub static AVAILABLE_CARDS: &[&str] = &[
    "SHINHAN_CARD",
    "KOOKMIN_CARD",
    "HYUNDAI_CARD",
    "LOTTE_CARD",
    "SAMSUNG_CARD",
    "NH_CARD",
    "BC_CARD",
    "HANA_CARD",
    "CITI_CARD",
    "KAKAO_BANK",
];

static ISSUE_NAME: Bi = Bi {
    ko: "카카오페이 가이드: 빌링키 발급 시 결제창 제목 issueName은 필수입니다.",
    en: "KakaoPay guide: issuing a billing key needs issueName, the window title.",
};
static PROVIDER_IGNORED: Bi = Bi {
    ko: "카카오페이 가이드: PG사 자체가 간편결제사이므로 easyPayProvider는 비워 두어도 되며 다른 값은 무시됩니다.",
    en: "KakaoPay guide: KakaoPay is itself the wallet, so easyPayProvider may be left out; other values are ignored.",
};
static CARD_NOT_LISTED: Bi = Bi {
    ko: "카카오페이 가이드가 availableCards로 지원하는 카드사(신한·국민·현대·롯데·삼성·농협·BC·하나·씨티·카카오뱅크)가 아닙니다.",
    en: "Not one of the card companies the KakaoPay guide supports in availableCards (Shinhan, KB, Hyundai, Lotte, Samsung, NH, BC, Hana, Citi, KakaoBank).",
};

/// KakaoPay rules the data cannot say.
fn check_v2(ctx: &mut V2Ctx) {
    if ctx.api == Api::IssueBillingKey && !ctx.has("issueName") {
        ctx.require("issueName", Severity::Error, &ISSUE_NAME);
    }
    if ctx.method != Some("EASY_PAY") {
        return;
    }
    if ctx.str_at("easyPay.easyPayProvider").is_some_and(|p| p != "KAKAOPAY") {
        ctx.ignored("easyPay.easyPayProvider", &PROVIDER_IGNORED);
    }
    let unlisted: Vec<usize> = match ctx.get("easyPay.availableCards") {
        Some(Value::Arr(cards)) => cards
            .iter()
            .enumerate()
            .filter(|(_, c)| c.as_str().is_some_and(|c| !AVAILABLE_CARDS.contains(&c)))
            .map(|(i, _)| i)
            .collect(),
        _ => Vec::new(),
    };
    for i in unlisted {
        ctx.unsupported(&index("easyPay.availableCards", i), Severity::Warning, &CARD_NOT_LISTED);
    }
}
