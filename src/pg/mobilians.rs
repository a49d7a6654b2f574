//! KG Mobilians (KG모빌리언스, `mobilians_v2`), v2 bypass block only. PortOne has no v2 guide for
//! it; the block follows the `MobiliansV2Bypass` type of npm `@portone/browser-sdk@0.1.11`
//! (`shared/reference/v2-sdk.md` §6).

use super::{BypassTables, Gateway, V2Rules};
use crate::core::fields::{Key, Kind};
use crate::core::issue::Bi;

/// KG Mobilians.
pub static GATEWAY: Gateway = Gateway {
    id: "mobilians",
    name: Bi {
        ko: "KG모빌리언스",
        en: "KG Mobilians",
    },
    aliases: &["mobilians", "mobilians_v2"],
    v1: None,
    v2: Some(V2),
};

/// KG Mobilians' v2 rules as data.
pub const V2: V2Rules = V2Rules {
    guide: "src/schema/browser-sdk.yml",
    bypass_key: Some("mobilians_v2"),
    bypass: BypassTables {
        payment: Some(BYPASS),
        ..BypassTables::NONE
    },
    ..V2Rules::NONE
};

const YN: Kind = Kind::Enum(&["Y", "N"]);

static PAY_OPTIONS: &[Key] = &[
    Key::new("cn_pay_app_use_yn", YN),
    Key::new("cn_pay_app_use_cd", Kind::Enum(&["01", "02"])),
    Key::new("ep_pay_type", Kind::Enum(&["C", "P", "M"])),
    Key::new("mc_fix_no", YN),
    Key::new("mc_safe_call", Kind::Enum(&["SAFECALL"])),
    Key::new("mc_simple_pay", Kind::Enum(&["Y"])),
    Key::new("ra_escrow_password", Kind::Str),
    Key::new("ra_direct", YN),
    Key::new("va_cash_receipt", YN),
    Key::new("va_escrow", YN),
    Key::new("va_email", YN),
];
static HIDDEN_OPTIONS: &[Key] = &[
    Key::new("info_area", YN),
    Key::new("footer_area", YN),
    Key::new("product_area", YN),
    Key::new("email_area", YN),
];

/// `bypass.mobilians_v2` (payment).
static BYPASS: &[Key] = &[
    Key::new("noti_email", Kind::Str),
    Key::new("cp_logo", YN),
    Key::new("entp_logo", YN),
    Key::new("css_type", Kind::Str),
    Key::new("cp_ui", Kind::Str),
    Key::new("pay_options", Kind::Fields(PAY_OPTIONS)),
    Key::new("hidden_options", Kind::Fields(HIDDEN_OPTIONS)),
    Key::new("LOGO_YN", YN),
    Key::new("INFOAREA_YN", YN),
    Key::new("FOOTER_YN", YN),
    Key::new("CONTRACT_HIDDEN", YN),
    Key::new("EMAIL_HIDDEN", YN),
];
