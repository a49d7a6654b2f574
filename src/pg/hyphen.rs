//! Hyphen (하이픈), v2 bypass block only. PortOne has no v2 guide for it; the block follows the
//! `HyphenBypass` type of npm `@portone/browser-sdk@0.1.11` and the docs schema
//! `src/schema/browser-sdk.yml`.

use super::{BypassTables, Gateway, V2Rules};
use crate::core::fields::{Key, Kind};

/// Hyphen.
pub static GATEWAY: Gateway = Gateway {
    id: "hyphen",
    name: bi!("하이픈", "Hyphen"),
    aliases: &["hyphen"],
    more_guides: &[],
    v1: None,
    v2: Some(V2),
};

/// Hyphen's v2 rules as data.
pub const V2: V2Rules = V2Rules {
    guide: "src/schema/browser-sdk.yml",
    bypass_key: Some("hyphen"),
    bypass: BypassTables {
        payment: Some(BYPASS),
        ..BypassTables::NONE
    },
    ..V2Rules::NONE
};

/// `bypass.hyphen` (payment).
static BYPASS: &[Key] = &[Key::new("designCd", Kind::Str)];
