//! Triple-A (crypto), v2 bypass block and "no payMethod". Source: PortOne's guide
//! `src/routes/(root)/opi/ko/integration/pg/v2/triple-a.mdx` (payMethod is not used;
//! `shipping_cost`, `shipping_discount` and `tax_cost` are integers in the currency's minor unit)
//! and the `TripleABypass` type of npm `@portone/browser-sdk@0.1.11`.

use super::{BypassTables, Gateway, V2Rules};
use crate::core::fields::{Key, Kind};
use crate::core::issue::Bi;

/// Triple-A.
pub static GATEWAY: Gateway = Gateway {
    id: "triple_a",
    name: Bi {
        ko: "Triple-A",
        en: "Triple-A",
    },
    aliases: &["triple_a"],
    v1: None,
    v2: Some(V2),
};

/// Triple-A's v2 rules as data.
pub const V2: V2Rules = V2Rules {
    guide: "src/routes/(root)/opi/ko/integration/pg/v2/triple-a.mdx",
    bypass_key: Some("triple_a"),
    bypass: BypassTables {
        payment: Some(BYPASS),
        ..BypassTables::NONE
    },
    pay_methods: Some(&[]),
    ..V2Rules::NONE
};

/// `bypass.triple_a` (payment).
static BYPASS: &[Key] = &[
    Key::new("payer_poi", Kind::Str),
    Key::new("shipping_cost", Kind::Amount),
    Key::new("shipping_discount", Kind::Amount),
    Key::new("tax_cost", Kind::Amount),
];
