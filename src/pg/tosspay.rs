//! TossPay (토스페이, `tosspay_v2`), v2 bypass blocks only. Source: PortOne's guide
//! `src/routes/(root)/opi/ko/integration/pg/v2/tosspay-v2.mdx` (bypass.tosspay_v2) and the
//! `TosspayV2PaymentBypass` / `TosspayV2IssueBillingKeyBypass` types of npm
//! `@portone/browser-sdk@0.1.11`. The guide's other rules are not written yet.

use super::{BypassTables, Gateway, V2Rules};
use crate::core::fields::{Key, Kind};
use crate::core::issue::Bi;

/// TossPay.
pub static GATEWAY: Gateway = Gateway {
    id: "tosspay",
    name: Bi {
        ko: "토스페이",
        en: "TossPay",
    },
    aliases: &["tosspay", "tosspay_v2"],
    v1: None,
    v2: Some(V2),
};

/// TossPay's v2 rules as data.
pub const V2: V2Rules = V2Rules {
    guide: "src/routes/(root)/opi/ko/integration/pg/v2/tosspay-v2.mdx",
    bypass_key: Some("tosspay_v2"),
    bypass: BypassTables {
        payment: Some(BYPASS),
        billing: Some(BYPASS_BILLING),
        billing_and_pay: None,
    },
    ..V2Rules::NONE
};

/// `bypass.tosspay_v2` (payment).
static BYPASS: &[Key] = &[
    Key::new("expiredTime", Kind::Str),
    Key::new(
        "cashReceiptTradeOption",
        Kind::Enum(&["CULTURE", "GENERAL", "PUBLIC_TP"]),
    ),
];

/// `bypass.tosspay_v2` (billing key).
static BYPASS_BILLING: &[Key] = &[Key::new("encryptedUserCi", Kind::Str)];
