//! Toss Payments (토스페이먼츠, new module), v2 bypass block only. Source: PortOne's guide
//! `src/routes/(root)/opi/ko/integration/pg/v2/tosspayments.mdx` (bypass.tosspayments table) and
//! the `TosspaymentsPaymentBypass` type of npm `@portone/browser-sdk@0.1.11`. The guide's other
//! rules are not written yet; requests get the v2 schema rules.

use super::{BypassTables, Gateway, V2Rules};
use crate::core::fields::{Key, Kind};
use crate::core::issue::Bi;

/// Toss Payments.
pub static GATEWAY: Gateway = Gateway {
    id: "tosspayments",
    name: Bi {
        ko: "토스페이먼츠",
        en: "Toss Payments",
    },
    aliases: &["tosspayments"],
    v1: None,
    v2: Some(V2),
};

/// Toss Payments' v2 rules as data.
pub const V2: V2Rules = V2Rules {
    guide: "src/routes/(root)/opi/ko/integration/pg/v2/tosspayments.mdx",
    bypass_key: Some("tosspayments"),
    bypass: BypassTables {
        payment: Some(BYPASS),
        ..BypassTables::NONE
    },
    ..V2Rules::NONE
};

static ADDRESS: &[Key] = &[
    Key::req("country", Kind::Text),
    Key::new("line1", Kind::Str),
    Key::new("line2", Kind::Str),
    Key::new("area1", Kind::Str),
    Key::req("area2", Kind::Text),
    Key::new("postalCode", Kind::Str),
];
static SHIPPING: &[Key] = &[
    Key::new("fullName", Kind::Str),
    Key::req("address", Kind::Fields(ADDRESS)),
];
static PAYPAL: &[Key] = &[
    Key::new("shipping", Kind::Fields(SHIPPING)),
    Key::new("setTransactionContext", Kind::Obj),
];

/// `bypass.tosspayments` (payment).
static BYPASS: &[Key] = &[
    Key::new("discountCode", Kind::Str),
    Key::new("useInternationalCardOnly", Kind::Bool),
    Key::new("paypal", Kind::Fields(PAYPAL)),
];
