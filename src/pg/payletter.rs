//! Payletter Global (페이레터 해외결제, `payletter_global`), v2 bypass blocks and "no payMethod".
//! Source: PortOne's guide `src/routes/(root)/opi/ko/integration/pg/v2/payletter-global.mdx`
//! (payMethod is not supported; the method is chosen with `bypass.payletter_global.pginfo`) and
//! the `PayletterGlobal*Bypass` types of npm `@portone/browser-sdk@0.1.11`.

use super::{BypassTables, Gateway, V2Rules};
use crate::core::fields::{Key, Kind};
use crate::core::issue::Bi;

/// Payletter Global.
pub static GATEWAY: Gateway = Gateway {
    id: "payletter",
    name: Bi {
        ko: "페이레터 해외결제",
        en: "Payletter Global",
    },
    aliases: &["payletter", "payletter_global"],
    v1: None,
    v2: Some(V2),
};

/// Payletter's v2 rules as data.
pub const V2: V2Rules = V2Rules {
    guide: "src/routes/(root)/opi/ko/integration/pg/v2/payletter-global.mdx",
    bypass_key: Some("payletter_global"),
    bypass: BypassTables {
        payment: Some(BYPASS),
        billing: None,
        billing_and_pay: Some(BYPASS),
    },
    pay_methods: Some(&[]),
    ..V2Rules::NONE
};

/// `bypass.payletter_global` (payment, billing key and pay).
static BYPASS: &[Key] = &[Key::new("pginfo", Kind::Str), Key::new("servicename", Kind::Str)];
