//! KG Inicis Japan (KG이니시스 일본결제), v2 bypass block only. Source: the `InicisJpBypass` type of
//! npm `@portone/browser-sdk@0.1.11` and PortOne's guide
//! `src/routes/(root)/opi/ko/integration/pg/v2/inicis-jp.mdx`. The guide's other rules are not
//! written yet.

use super::{BypassTables, Gateway, V2Rules};
use crate::core::fields::{Key, Kind};
use crate::core::issue::Bi;

/// KG Inicis Japan.
pub static GATEWAY: Gateway = Gateway {
    id: "inicis_jp",
    name: Bi {
        ko: "KG이니시스 일본결제",
        en: "KG Inicis Japan",
    },
    aliases: &["inicis_jp"],
    v1: None,
    v2: Some(V2),
};

/// KG Inicis Japan's v2 rules as data.
pub const V2: V2Rules = V2Rules {
    guide: "src/routes/(root)/opi/ko/integration/pg/v2/inicis-jp.mdx",
    bypass_key: Some("inicis_jp"),
    bypass: BypassTables {
        payment: Some(BYPASS),
        ..BypassTables::NONE
    },
    ..V2Rules::NONE
};

static PAYMENT_UI: &[Key] = &[Key::new("colorTheme", Kind::Str), Key::new("logoUrl", Kind::Str)];

/// `bypass.inicis_jp` (payment).
static BYPASS: &[Key] = &[Key::new("paymentUI", Kind::Fields(PAYMENT_UI))];
