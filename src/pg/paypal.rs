//! PayPal (페이팔, `paypal_v2`), v2 `requestPayment` bypass block only. Source: the
//! `PaypalV2PaymentBypass` type of npm `@portone/browser-sdk@0.1.11` and PortOne's guide
//! `src/routes/(root)/opi/ko/integration/pg/v2/paypal-v2.mdx`. PayPal pays through
//! `loadPaymentUI`, which this module does not check yet.

use super::{BypassTables, Gateway, V2Rules};
use crate::core::fields::{Key, Kind};
use crate::core::issue::Bi;
use crate::core::v2::enums::COUNTRY;

/// PayPal.
pub static GATEWAY: Gateway = Gateway {
    id: "paypal",
    name: Bi {
        ko: "페이팔",
        en: "PayPal",
    },
    aliases: &["paypal", "paypal_v2"],
    v1: None,
    v2: Some(V2),
};

/// PayPal's v2 rules as data.
pub const V2: V2Rules = V2Rules {
    guide: "src/routes/(root)/opi/ko/integration/pg/v2/paypal-v2.mdx",
    bypass_key: Some("paypal_v2"),
    bypass: BypassTables {
        payment: Some(BYPASS),
        ..BypassTables::NONE
    },
    ..V2Rules::NONE
};

static SHIPPING_ADDRESS: &[Key] = &[
    Key::req("address_line_1", Kind::Str),
    Key::new("address_line_2", Kind::Str),
    Key::new("admin_area_1", Kind::Str),
    Key::req("admin_area_2", Kind::Str),
    Key::new("postal_code", Kind::Str),
    Key::req("country_code", Kind::Coded(&COUNTRY)),
];
static SHIPPING: &[Key] = &[Key::new("address", Kind::Fields(SHIPPING_ADDRESS))];
static PURCHASE_UNIT: &[Key] = &[Key::new("shipping", Kind::Fields(SHIPPING))];
static TAX_INFO: &[Key] = &[Key::req("tax_id", Kind::Str), Key::req("tax_id_type", Kind::Str)];
static PAYER_ADDRESS: &[Key] = &[
    Key::new("address_line_1", Kind::Str),
    Key::new("address_line_2", Kind::Str),
    Key::new("admin_area_1", Kind::Str),
    Key::new("admin_area_2", Kind::Str),
    Key::new("postal_code", Kind::Str),
    Key::req("country_code", Kind::Coded(&COUNTRY)),
];
static PAYER: &[Key] = &[
    Key::new("tax_info", Kind::Fields(TAX_INFO)),
    Key::new("address", Kind::Fields(PAYER_ADDRESS)),
];
static EXPERIENCE: &[Key] = &[
    Key::new("brand_name", Kind::Str),
    Key::new(
        "shipping_preference",
        Kind::Enum(&["GET_FROM_FILE", "NO_SHIPPING", "SET_PROVIDED_ADDRESS"]),
    ),
    Key::new(
        "landing_page",
        Kind::Enum(&["LOGIN", "GUEST_CHECKOUT", "NO_PREFERENCE"]),
    ),
    Key::new(
        "payment_method_preference",
        Kind::Enum(&["UNRESTRICTED", "IMMEDIATE_PAYMENT_REQUIRED"]),
    ),
];
static SOURCE_PAYPAL: &[Key] = &[Key::new("experience_context", Kind::Fields(EXPERIENCE))];
static PAYMENT_SOURCE: &[Key] = &[Key::new("paypal", Kind::Fields(SOURCE_PAYPAL))];
static ADDITIONAL_DATA: &[Key] = &[Key::req("key", Kind::Str), Key::req("value", Kind::Str)];

/// `bypass.paypal_v2` (payment).
static BYPASS: &[Key] = &[
    Key::new("purchase_units", Kind::ListOf(&Kind::Fields(PURCHASE_UNIT))),
    Key::new("payer", Kind::Fields(PAYER)),
    Key::new("payment_source", Kind::Fields(PAYMENT_SOURCE)),
    Key::new("additional_data", Kind::ListOf(&Kind::Fields(ADDITIONAL_DATA))),
];
