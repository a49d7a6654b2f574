//! NICE Payments (나이스페이먼츠, new module `nice_v2`), v2 bypass block only. Source: PortOne's
//! guide `src/routes/(root)/opi/ko/integration/pg/v2/nice-v2.mdx` and the `NiceV2PaymentBypass`
//! type of npm `@portone/browser-sdk@0.1.11` (`shared/reference/v2-sdk.md` §6). The guide's other
//! rules are not written yet; requests get the v2 schema rules.

use super::{BypassTables, Gateway, V2Rules};
use crate::core::fields::{Key, Kind};
use crate::core::issue::Bi;

/// NICE Payments.
pub static GATEWAY: Gateway = Gateway {
    id: "nice",
    name: Bi {
        ko: "나이스페이먼츠",
        en: "NICE Payments",
    },
    aliases: &["nice", "nice_v2"],
    v1: None,
    v2: Some(V2),
};

/// NICE's v2 rules as data.
pub const V2: V2Rules = V2Rules {
    guide: "src/routes/(root)/opi/ko/integration/pg/v2/nice-v2.mdx",
    bypass_key: Some("nice_v2"),
    bypass: BypassTables {
        payment: Some(BYPASS),
        ..BypassTables::NONE
    },
    ..V2Rules::NONE
};

/// `bypass.nice_v2` (payment).
static BYPASS: &[Key] = &[
    Key::new("LogoImage", Kind::Str),
    Key::new("NPDisableScroll", Kind::Enum(&["Y", "N"])),
    Key::new("SkinType", Kind::Enum(&["red", "green", "purple", "gray", "dark"])),
    Key::new("UserCI", Kind::Str),
    Key::new("MallUserID", Kind::Str),
    Key::new("DirectCouponYN", Kind::Enum(&["Y", "N"])),
    Key::new("DirectShowOpt", Kind::Enum(&["BANK", "CELLPHONE"])),
    Key::new("CardShowOpt", Kind::Str),
    Key::new("PaycoClientId", Kind::Str),
    Key::new("PaycoAccessToken", Kind::Str),
    Key::new("SamPayMallType", Kind::Enum(&["01", "99"])),
];
