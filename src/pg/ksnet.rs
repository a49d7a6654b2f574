//! KSNET, v2. Source: PortOne's guide `src/routes/(root)/opi/ko/integration/pg/v2/ksnet.mdx`;
//! the orderName limit (50 bytes EUC-KR) and the fullName limit (50 bytes) come from the docs
//! schema `src/schema/browser-sdk.yml` (`shared/reference/v2-pg-rules.md` §8). `bypass.ksnet.tcode`
//! and `.url` are in the guide only, `sndKakaopayType` in the guide and the npm type; all are
//! accepted.
//!
//! To add a KSNET rule: data goes in [`V2`]; logic in [`check_v2`].

use super::{BypassTables, CustomerField, CustomerRule, Env, Gateway, TextLimit, V2Rules, WindowTypes};
use crate::core::fields::{Key, Kind};
use crate::core::issue::{Bi, Code, Detail, Format, Severity};
use crate::core::text::{parse_rfc3339, Unit};
use crate::core::v2::{Api, V2Ctx};

/// KSNET.
pub static GATEWAY: Gateway = Gateway {
    id: "ksnet",
    name: Bi {
        ko: "KSNET",
        en: "KSNET",
    },
    aliases: &["ksnet"],
    v1: None,
    v2: Some(V2),
};

/// KSNET's v2 rules as data.
pub const V2: V2Rules = V2Rules {
    guide: "src/routes/(root)/opi/ko/integration/pg/v2/ksnet.mdx",
    bypass_key: Some("ksnet"),
    bypass: BypassTables {
        payment: Some(BYPASS),
        ..BypassTables::NONE
    },
    pay_methods: Some(&["CARD", "TRANSFER", "VIRTUAL_ACCOUNT", "MOBILE", "EASY_PAY"]),
    easy_pay_providers: Some(&["KAKAOPAY", "NAVERPAY", "PAYCO", "SSGPAY", "LPAY"]),
    billing_key_methods: Some(&["CARD"]),
    billing_key_and_pay_methods: Some(&[]),
    currencies: Some(&["KRW", "USD"]),
    window_types: Some(WindowTypes {
        pc: &["IFRAME"],
        mobile: &["REDIRECTION"],
    }),
    locales: Some(&["KO_KR"]),
    order_name: Some(TextLimit {
        max: 50,
        unit: Unit::EucKrBytes,
        severity: Severity::Error,
    }),
    full_name: Some(TextLimit {
        max: 50,
        unit: Unit::EucKrBytes,
        severity: Severity::Error,
    }),
    customer: &[CustomerRule {
        field: CustomerField::Name,
        apis: &[Api::Payment],
        env: Env::Any,
        note: &FULL_NAME,
    }],
    mobile_needs_product_type: true,
    va_needs_expiry: true,
    mobile_needs_redirect: true,
    check: check_v2,
    ..V2Rules::NONE
};

/// `bypass.ksnet` (payment).
static BYPASS: &[Key] = &[
    Key::new("sndQpayType", Kind::Enum(&["1", "0"])),
    Key::new("easyPayDirect", Kind::Bool),
    Key::new("sndKakaopayType", Kind::Enum(&["CARD", "MONEY"])),
    Key::new("tcode", Kind::Str),
    Key::new("url", Kind::Str),
];

/// Cards that need `customer.phoneNumber` and `bypass.ksnet.tcode` when opened directly on mobile.
static TCODE_CARDS: &[&str] = &["BC_CARD", "SUHYUP_CARD", "JEONBUK_CARD", "GWANGJU_CARD", "KAKAO_BANK"];
/// Cards that need `bypass.ksnet.url` when opened directly.
static URL_CARDS: &[&str] = &[
    "WOORI_CARD",
    "HANA_CARD",
    "NH_CARD",
    "SAMSUNG_CARD",
    "HYUNDAI_CARD",
    "LOTTE_CARD",
    "SHINHAN_CARD",
    "CITI_CARD",
];

static FULL_NAME: Bi = Bi {
    ko: "KSNET 가이드: 구매자 이름 customer.fullName은 필수입니다(firstName + lastName도 됩니다).",
    en: "KSNET guide: the buyer's name, customer.fullName, is required (firstName + lastName also do).",
};
static ESCROW_EMAIL: Bi = Bi {
    ko: "KSNET 가이드: 에스크로 결제에는 customer.email이 필수입니다.",
    en: "KSNET guide: escrow payments need customer.email.",
};
static DUE_DATE_ISO: Bi = Bi {
    ko: "KSNET 가이드: dueDate는 ISO 8601 형식(YYYY-MM-DDTHH:mm:ssZ 또는 YYYY-MM-DDTHH:mm:ss±hh:mm)이어야 합니다.",
    en: "KSNET guide: dueDate must be ISO 8601 (YYYY-MM-DDTHH:mm:ssZ or YYYY-MM-DDTHH:mm:ss±hh:mm).",
};
static TCODE: Bi = Bi {
    ko: "KSNET 가이드: 모바일에서 BC·수협·전북·광주·카카오뱅크 카드를 다이렉트 호출하면 customer.phoneNumber와 bypass.ksnet.tcode(skt/ktf/lgt)가 필수입니다.",
    en: "KSNET guide: opening BC, Suhyup, Jeonbuk, Gwangju or KakaoBank cards directly on mobile needs customer.phoneNumber and bypass.ksnet.tcode (skt/ktf/lgt).",
};
static URL: Bi = Bi {
    ko: "KSNET 가이드: 우리·하나·농협·삼성·현대·롯데·신한·씨티카드를 다이렉트 호출하면 bypass.ksnet.url이 필수입니다.",
    en: "KSNET guide: opening Woori, Hana, NH, Samsung, Hyundai, Lotte, Shinhan or Citi cards directly needs bypass.ksnet.url.",
};
static BUSINESS: Bi = Bi {
    ko: "KSNET 가이드: 국민·우리·하나·농협·삼성·현대·롯데·신한·씨티카드를 다이렉트 호출하면 storeDetails.businessName과 businessRegistrationNumber가 필수입니다.",
    en: "KSNET guide: opening KB, Woori, Hana, NH, Samsung, Hyundai, Lotte, Shinhan or Citi cards directly needs storeDetails.businessName and businessRegistrationNumber.",
};

/// KSNET rules the data cannot say.
fn check_v2(ctx: &mut V2Ctx) {
    if ctx.api != Api::Payment {
        return;
    }
    if ctx.get("isEscrow").and_then(|v| match v {
        crate::core::value::Value::Bool(b) => Some(*b),
        _ => None,
    }) == Some(true)
        && !ctx.has("customer.email")
    {
        ctx.require("customer.email", Severity::Error, &ESCROW_EMAIL);
    }
    if ctx.method == Some("VIRTUAL_ACCOUNT") {
        if let Some(d) = ctx.str_at("virtualAccount.accountExpiry.dueDate") {
            if !d.is_empty() && parse_rfc3339(d).is_none() {
                ctx.r.error(
                    "virtualAccount.accountExpiry.dueDate",
                    Code::InvalidFormat,
                    Detail::Format(Format::Described),
                    Some(&DUE_DATE_ISO),
                );
            }
        }
    }
    if ctx.method != Some("CARD") {
        return;
    }
    let Some(card) = ctx.str_at("card.cardCompany").map(str::to_string) else {
        return;
    };
    if TCODE_CARDS.contains(&card.as_str()) {
        if let Some(sev) = ctx.env_severity(Env::Mobile) {
            for path in ["customer.phoneNumber", "bypass.ksnet.tcode"] {
                if !ctx.has(path) {
                    ctx.require(path, sev, &TCODE);
                }
            }
        }
    }
    if URL_CARDS.contains(&card.as_str()) && !ctx.has("bypass.ksnet.url") {
        ctx.require("bypass.ksnet.url", Severity::Error, &URL);
    }
    if card == "KOOKMIN_CARD" || URL_CARDS.contains(&card.as_str()) {
        for path in ["storeDetails.businessName", "storeDetails.businessRegistrationNumber"] {
            if !ctx.has(path) {
                ctx.require(path, Severity::Error, &BUSINESS);
            }
        }
    }
}
