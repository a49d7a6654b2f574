//! Paymentwall (페이먼트월), v2 bypass block and "no payMethod". Source: PortOne's guide
//! `src/routes/(root)/opi/ko/integration/pg/v2/paymentwall.mdx` (payMethod is not supported;
//! `bypass.paymentwall.widget` is `pw_1` or `t3_1` only) and the `PaymentwallBypass` type of npm
//! `@portone/browser-sdk@0.1.11` (which types `widget` as any string).

use super::{BypassTables, Gateway, V2Rules};
use crate::core::fields::{Key, Kind};
use crate::core::issue::Bi;

/// Paymentwall.
pub static GATEWAY: Gateway = Gateway {
    id: "paymentwall",
    name: Bi {
        ko: "페이먼트월",
        en: "Paymentwall",
    },
    aliases: &["paymentwall"],
    v1: None,
    v2: Some(V2),
};

/// Paymentwall's v2 rules as data.
pub const V2: V2Rules = V2Rules {
    guide: "src/routes/(root)/opi/ko/integration/pg/v2/paymentwall.mdx",
    bypass_key: Some("paymentwall"),
    bypass: BypassTables {
        payment: Some(BYPASS),
        ..BypassTables::NONE
    },
    pay_methods: Some(&[]),
    ..V2Rules::NONE
};

/// `bypass.paymentwall` (payment).
static BYPASS: &[Key] = &[
    Key::new("widget", Kind::Enum(&["pw_1", "t3_1"])),
    Key::new("ps", Kind::Str),
    Key::new("country_code", Kind::Str),
];
