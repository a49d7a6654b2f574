//! Welcome Payments (웰컴페이먼츠), v2. Source: PortOne's guide
//! `src/routes/(root)/opi/ko/integration/pg/v2/welcome.mdx`, which mirrors KG Inicis' (shared
//! rules are in [`super::inicis::check_family`]); the orderName and fullName limits come from the
//! docs schema `src/schema/browser-sdk.yml` (`shared/reference/v2-pg-rules.md` §9). Welcome takes
//! KRW only. Its billing-key bypass has the npm type's `logo_url`/`logo_2nd` and the guide's
//! `carduse` (v2-pg-rules.md §23.7).

use super::inicis::{check_family, CUSTOMER, FULL_NAME, IGNORED, ORDER_NAME};
use super::{BypassTables, Gateway, V2Rules};
use crate::core::fields::{Key, Kind};
use crate::core::issue::Bi;

/// Welcome Payments.
pub static GATEWAY: Gateway = Gateway {
    id: "welcome",
    name: Bi {
        ko: "웰컴페이먼츠",
        en: "Welcome Payments",
    },
    aliases: &["welcome"],
    v1: None,
    v2: Some(V2),
};

/// Welcome's v2 rules as data.
pub const V2: V2Rules = V2Rules {
    guide: "src/routes/(root)/opi/ko/integration/pg/v2/welcome.mdx",
    bypass_key: Some("welcome"),
    bypass: BypassTables {
        payment: Some(BYPASS),
        billing: Some(BYPASS_BILLING),
        billing_and_pay: Some(BYPASS_BILLING_AND_PAY),
    },
    pay_methods: Some(&[
        "CARD",
        "TRANSFER",
        "VIRTUAL_ACCOUNT",
        "GIFT_CERTIFICATE",
        "MOBILE",
        "EASY_PAY",
    ]),
    easy_pay_providers: Some(&["KAKAOPAY", "LPAY", "TOSSPAY", "PAYCO", "NAVERPAY"]),
    billing_key_methods: Some(&["CARD"]),
    billing_key_and_pay_methods: Some(&["MOBILE"]),
    currencies: Some(&["KRW"]),
    locales: Some(&["KO_KR", "EN_US", "ZH_CN"]),
    order_name: Some(ORDER_NAME),
    full_name: Some(FULL_NAME),
    customer: CUSTOMER,
    mobile_needs_product_type: true,
    ignored: IGNORED,
    check: check_family,
    ..V2Rules::NONE
};

/// `bypass.welcome` (payment).
static BYPASS: &[Key] = &[
    Key::pc("logo_url", Kind::Url),
    Key::pc("logo_2nd", Kind::Url),
    Key::pc("acceptmethod", Kind::ListOf(&Kind::Str)),
    Key::mobile("P_CARD_OPTION", Kind::Str),
    Key::mobile("P_ONLY_EASYPAYCODE", Kind::Str),
    Key::mobile("P_RESERVED", Kind::ListOf(&Kind::Str)),
];

/// `bypass.welcome` (billing key).
static BYPASS_BILLING: &[Key] = &[
    Key::new("logo_url", Kind::Url),
    Key::new("logo_2nd", Kind::Url),
    Key::mobile("carduse", Kind::Enum(&["percard", "cocard"])),
];

/// `bypass.welcome` (billing key and pay).
static BYPASS_BILLING_AND_PAY: &[Key] = &[
    Key::new("acceptmethod", Kind::ListOf(&Kind::Str)),
    Key::new("P_RESERVED", Kind::ListOf(&Kind::Str)),
];
