//! Smartro (스마트로, new module `smartro_v2`), v2. Source: PortOne's guide
//! `src/routes/(root)/opi/ko/integration/pg/v2/smartro-v2.mdx`; the fixed-month-only installment
//! and the orderName limit (40 bytes) come from the docs schema `src/schema/browser-sdk.yml`
//! (`shared/reference/v2-pg-rules.md` §6).
//!
//! To add a Smartro rule: data goes in [`V2`]; logic in [`check_v2`].

use super::{BypassTables, CustomerField, CustomerRule, Env, Gateway, TextLimit, V2Rules};
use crate::core::fields::{Key, Kind, MAX_AMOUNT};
use crate::core::issue::{Bi, Severity};
use crate::core::text::Unit;
use crate::core::v2::{Api, V2Ctx};

/// Smartro.
pub static GATEWAY: Gateway = Gateway {
    id: "smartro",
    name: Bi {
        ko: "스마트로",
        en: "Smartro",
    },
    aliases: &["smartro", "smartro_v2"],
    v1: None,
    v2: Some(V2),
};

/// Smartro's v2 rules as data.
pub const V2: V2Rules = V2Rules {
    guide: "src/routes/(root)/opi/ko/integration/pg/v2/smartro-v2.mdx",
    bypass_key: Some("smartro_v2"),
    bypass: BypassTables {
        payment: Some(BYPASS),
        billing: Some(BYPASS_BILLING),
        billing_and_pay: None,
    },
    pay_methods: Some(&["CARD", "TRANSFER", "VIRTUAL_ACCOUNT", "MOBILE", "EASY_PAY"]),
    easy_pay_providers: Some(&["KAKAOPAY", "NAVERPAY", "PAYCO", "LPAY", "PINPAY"]),
    billing_key_methods: Some(&["CARD"]),
    billing_key_and_pay_methods: Some(&[]),
    currencies: Some(&["KRW", "USD"]),
    order_name: Some(TextLimit {
        max: 40,
        unit: Unit::Bytes,
        severity: Severity::Error,
    }),
    full_name: Some(TextLimit {
        max: 30,
        unit: Unit::Chars,
        severity: Severity::Error,
    }),
    customer: &[
        CustomerRule {
            field: CustomerField::PhoneNumber,
            apis: &[Api::Payment],
            env: Env::Any,
            note: &PHONE,
        },
        CustomerRule {
            field: CustomerField::CustomerId,
            apis: &[Api::IssueBillingKey],
            env: Env::Any,
            note: &CUSTOMER_ID,
        },
    ],
    month_list: false,
    mobile_needs_product_type: true,
    check: check_v2,
    ..V2Rules::NONE
};

const SKIN_COLOR: Kind = Kind::Enum(&["RED", "GREEN", "BLUE", "PURPLE"]);

/// `bypass.smartro_v2` (payment).
static BYPASS: &[Key] = &[
    Key::new("GoodsCnt", Kind::Int(0, MAX_AMOUNT)),
    Key::new("SkinColor", SKIN_COLOR),
    Key::new("OpenType", Kind::Enum(&["KR", "EN"])),
];

/// `bypass.smartro_v2` (billing key).
static BYPASS_BILLING: &[Key] = &[
    Key::new("SkinColor", SKIN_COLOR),
    Key::new("IsPwdPass", Kind::Enum(&["Y", "N"])),
];

static PHONE: Bi = Bi {
    ko: "스마트로 가이드: 결제창을 열려면 customer.phoneNumber가 필요합니다.",
    en: "Smartro guide: the payment window needs customer.phoneNumber.",
};
static CUSTOMER_ID: Bi = Bi {
    ko: "스마트로 가이드: 간편결제와 빌링키 발급에는 customer.customerId(20자 이내)가 필수입니다.",
    en: "Smartro guide: easy pay and billing keys need customer.customerId (at most 20 characters).",
};
static ISSUE_ID: Bi = Bi {
    ko: "스마트로 가이드: 빌링키 발급에는 issueId가 필수입니다.",
    en: "Smartro guide: issuing a billing key needs issueId.",
};
static DIRECT_AND_FIXED: Bi = Bi {
    ko: "스마트로 가이드: 카드사 다이렉트 호출(card.cardCompany)과 고정 할부(fixedMonth)는 함께 보내야 하며, 하나만 보내면 오류입니다.",
    en: "Smartro guide: card.cardCompany (direct call) and fixedMonth must be sent together; either alone is an error.",
};

/// Smartro rules the data cannot say.
fn check_v2(ctx: &mut V2Ctx) {
    match ctx.api {
        Api::IssueBillingKey => {
            if !ctx.has("issueId") {
                ctx.require("issueId", Severity::Error, &ISSUE_ID);
            }
        }
        Api::Payment => {
            if ctx.method == Some("EASY_PAY") && !ctx.has("customer.customerId") {
                ctx.require("customer.customerId", Severity::Error, &CUSTOMER_ID);
            }
            if ctx.method == Some("CARD") {
                let fixed = "card.installment.monthOption.fixedMonth";
                match (ctx.has("card.cardCompany"), ctx.has(fixed)) {
                    (true, false) => ctx.require(fixed, Severity::Error, &DIRECT_AND_FIXED),
                    (false, true) => ctx.require("card.cardCompany", Severity::Error, &DIRECT_AND_FIXED),
                    _ => {}
                }
            }
        }
        Api::IssueBillingKeyAndPay => {}
    }
}
