//! Naver Pay (네이버페이, payment type), v2 bypass blocks only. Source: PortOne's guide
//! `src/routes/(root)/opi/ko/integration/pg/v2/naverpay.mdx` (bypass.naverpay) and the
//! `NaverpayPaymentBypass` / `NaverpayIssueBillingKeyBypass` types of npm
//! `@portone/browser-sdk@0.1.11`, which make `productItems` required. The guide's other rules are
//! not written yet; requests get the v2 schema rules.

use super::{BypassTables, Gateway, V2Rules};
use crate::core::fields::{Key, Kind, MAX_AMOUNT};
use crate::core::issue::Bi;

/// Naver Pay.
pub static GATEWAY: Gateway = Gateway {
    id: "naverpay",
    name: Bi {
        ko: "네이버페이",
        en: "Naver Pay",
    },
    aliases: &["naverpay"],
    v1: None,
    v2: Some(V2),
};

/// Naver Pay's v2 rules as data.
pub const V2: V2Rules = V2Rules {
    guide: "src/routes/(root)/opi/ko/integration/pg/v2/naverpay.mdx",
    bypass_key: Some("naverpay"),
    bypass: BypassTables {
        payment: Some(BYPASS),
        billing: Some(BYPASS_BILLING),
        billing_and_pay: None,
    },
    ..V2Rules::NONE
};

static PRODUCT_ITEM: &[Key] = &[
    Key::req("categoryType", Kind::Text),
    Key::req("categoryId", Kind::Text),
    Key::req("uid", Kind::Text),
    Key::req("name", Kind::Text),
    Key::new(
        "payReferrer",
        Kind::Enum(&[
            "NAVER_BOOK",
            "NAVER_MUSIC",
            "NAVER_SHOPPING",
            "NAVER_MAP",
            "NAVER_PLACE",
            "SEARCH_AD",
            "NAVER_SEARCH",
            "BRAND_SEARCH",
            "PARTNER_DIRECT",
            "ETC",
        ]),
    ),
    Key::new("startDate", Kind::Str),
    Key::new("endDate", Kind::Str),
    Key::new("sellerId", Kind::Str),
    Key::req("count", Kind::Int(0, MAX_AMOUNT)),
];
static SUB_MERCHANT: &[Key] = &[
    Key::req("subMerchantName", Kind::Str),
    Key::req("subMerchantId", Kind::Str),
    Key::req("subMerchantBusinessNo", Kind::Str),
    Key::req("subMerchantPayId", Kind::Str),
    Key::req("subMerchantTelephoneNo", Kind::Str),
    Key::req("subMerchantCustomerServiceUrl", Kind::Str),
];

/// `bypass.naverpay` (payment).
static BYPASS: &[Key] = &[
    Key::new("useCfmYmdt", Kind::Str),
    Key::req("productItems", Kind::ListOf(&Kind::Fields(PRODUCT_ITEM))),
    Key::new("subMerchantInfo", Kind::Fields(SUB_MERCHANT)),
    Key::new("deliveryFee", Kind::Int(0, MAX_AMOUNT)),
];

/// `bypass.naverpay` (billing key).
static BYPASS_BILLING: &[Key] = &[
    Key::new("subMerchantName", Kind::Str),
    Key::new("subMerchantId", Kind::Str),
];
