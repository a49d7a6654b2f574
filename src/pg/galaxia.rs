//! Galaxia Moneytree (갤럭시아머니트리), v2 bypass blocks only. Source: the `Galaxia*Bypass` types of
//! npm `@portone/browser-sdk@0.1.11` (`ITEM_CODE` in every call); PortOne's guide
//! `src/routes/(root)/opi/ko/integration/pg/v2/galaxia.mdx` no longer mentions it. The guide's
//! other rules are not written yet.

use super::{BypassTables, Gateway, V2Rules};
use crate::core::fields::{Key, Kind};
use crate::core::issue::Bi;

/// Galaxia Moneytree.
pub static GATEWAY: Gateway = Gateway {
    id: "galaxia",
    name: Bi {
        ko: "갤럭시아머니트리",
        en: "Galaxia Moneytree",
    },
    aliases: &["galaxia"],
    v1: None,
    v2: Some(V2),
};

/// Galaxia's v2 rules as data.
pub const V2: V2Rules = V2Rules {
    guide: "src/routes/(root)/opi/ko/integration/pg/v2/galaxia.mdx",
    bypass_key: Some("galaxia"),
    bypass: BypassTables {
        payment: Some(BYPASS),
        billing: Some(BYPASS),
        billing_and_pay: Some(BYPASS),
    },
    ..V2Rules::NONE
};

/// `bypass.galaxia` (every call).
static BYPASS: &[Key] = &[Key::new("ITEM_CODE", Kind::Str)];
