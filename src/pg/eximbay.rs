//! Eximbay (엑심베이, `eximbay_v2`), v2 bypass blocks and "no payMethod". Source: PortOne's guide
//! `src/routes/(root)/opi/ko/integration/pg/v2/eximbay-v2.mdx` (payMethod is omitted; methods are
//! chosen with `bypass.eximbay_v2.payment`) and the `EximbayV2*Bypass` types of npm
//! `@portone/browser-sdk@0.1.11`. In `requestIssueBillingKeyAndPay` the npm type spells the
//! addresses `shipTo` / `billTo` (all eight fields required) where the guide writes `ship_to` /
//! `bill_to`; the type is followed (`shared/reference/v2-pg-rules.md` §23.10).

use super::{BypassTables, Gateway, V2Rules};
use crate::core::fields::{Key, Kind};
use crate::core::issue::Bi;

/// Eximbay.
pub static GATEWAY: Gateway = Gateway {
    id: "eximbay",
    name: Bi {
        ko: "엑심베이",
        en: "Eximbay",
    },
    aliases: &["eximbay", "eximbay_v2"],
    v1: None,
    v2: Some(V2),
};

/// Eximbay's v2 rules as data.
pub const V2: V2Rules = V2Rules {
    guide: "src/routes/(root)/opi/ko/integration/pg/v2/eximbay-v2.mdx",
    bypass_key: Some("eximbay_v2"),
    bypass: BypassTables {
        payment: Some(BYPASS),
        billing: None,
        billing_and_pay: Some(BYPASS_BILLING_AND_PAY),
    },
    pay_methods: Some(&[]),
    ..V2Rules::NONE
};

static PAYMENT: &[Key] = &[
    Key::new("payment_method", Kind::Str),
    Key::new("multi_payment_method", Kind::ListOf(&Kind::Str)),
];
static MERCHANT: &[Key] = &[Key::new("shop", Kind::Str), Key::new("partner_code", Kind::Str)];
static TAX: &[Key] = &[Key::new("receipt_status", Kind::Enum(&["Y", "N"]))];
static SURCHARGE: &[Key] = &[
    Key::new("name", Kind::Str),
    Key::new("quantity", Kind::Str),
    Key::new("unit_price", Kind::Str),
];
static ADDRESS: &[Key] = &[
    Key::new("city", Kind::Str),
    Key::new("country", Kind::Str),
    Key::new("first_name", Kind::Str),
    Key::new("last_name", Kind::Str),
    Key::new("phone_number", Kind::Str),
    Key::new("postal_code", Kind::Str),
    Key::new("state", Kind::Str),
    Key::new("street1", Kind::Str),
];
static ISPP: &[Key] = &[
    Key::new("sender_account_id", Kind::Str),
    Key::new("sender_first_name", Kind::Str),
    Key::new("sender_last_name", Kind::Str),
    Key::new("sender_email", Kind::Str),
    Key::new("sender_phone", Kind::Str),
    Key::new("sender_country_code", Kind::Str),
    Key::new("sender_create_date", Kind::Str),
];
static PAYPAL: &[Key] = &[Key::new("ispp", Kind::Fields(ISPP))];
static SETTINGS: &[Key] = &[
    Key::new("call_from_app", Kind::Enum(&["Y", "N"])),
    Key::new("issuer_country", Kind::Str),
    Key::new("virtualaccount_expiry_date", Kind::Str),
];

/// `bypass.eximbay_v2` (payment).
static BYPASS: &[Key] = &[
    Key::new("payment", Kind::Fields(PAYMENT)),
    Key::new("merchant", Kind::Fields(MERCHANT)),
    Key::new("tax", Kind::Fields(TAX)),
    Key::new("surcharge", Kind::ListOf(&Kind::Fields(SURCHARGE))),
    Key::new("ship_to", Kind::Fields(ADDRESS)),
    Key::new("bill_to", Kind::Fields(ADDRESS)),
    Key::new("paypal", Kind::Fields(PAYPAL)),
    Key::new("settings", Kind::Fields(SETTINGS)),
];

static MERCHANT_BP: &[Key] = &[Key::req("shop", Kind::Str)];
static SURCHARGE_BP: &[Key] = &[
    Key::req("name", Kind::Str),
    Key::req("quantity", Kind::Str),
    Key::req("unit_price", Kind::Str),
];
static ADDRESS_BP: &[Key] = &[
    Key::req("city", Kind::Str),
    Key::req("country", Kind::Str),
    Key::req("first_name", Kind::Str),
    Key::req("last_name", Kind::Str),
    Key::req("phone_number", Kind::Str),
    Key::req("postal_code", Kind::Str),
    Key::req("state", Kind::Str),
    Key::req("street1", Kind::Str),
];

/// `bypass.eximbay_v2` (billing key and pay).
static BYPASS_BILLING_AND_PAY: &[Key] = &[
    Key::new("payment", Kind::Fields(PAYMENT)),
    Key::new("merchant", Kind::Fields(MERCHANT_BP)),
    Key::new("surcharge", Kind::ListOf(&Kind::Fields(SURCHARGE_BP))),
    Key::new("shipTo", Kind::Fields(ADDRESS_BP)),
    Key::new("billTo", Kind::Fields(ADDRESS_BP)),
];
