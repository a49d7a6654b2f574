//! Toss Brandpay (토스 브랜드페이), v2 bypass block only. PortOne has no v2 guide for it; the block
//! follows the `TossBrandpayPaymentBypass` type of npm `@portone/browser-sdk@0.1.11` and the docs
//! schema `src/schema/browser-sdk.yml` (`shared/reference/v2-sdk.md` §6). `methodType` takes the
//! Korean values `카드` / `계좌` (the SDK's constant names are CARD / ACCOUNT).

use super::{BypassTables, Gateway, V2Rules};
use crate::core::fields::{Key, Kind};
use crate::core::issue::Bi;

/// Toss Brandpay.
pub static GATEWAY: Gateway = Gateway {
    id: "toss_brandpay",
    name: Bi {
        ko: "토스 브랜드페이",
        en: "Toss Brandpay",
    },
    aliases: &["toss_brandpay"],
    v1: None,
    v2: Some(V2),
};

/// Toss Brandpay's v2 rules as data.
pub const V2: V2Rules = V2Rules {
    guide: "src/schema/browser-sdk.yml",
    bypass_key: Some("toss_brandpay"),
    bypass: BypassTables {
        payment: Some(BYPASS),
        ..BypassTables::NONE
    },
    ..V2Rules::NONE
};

static METHOD_TYPE: Bi = Bi {
    ko: "값은 한국어 `카드` 또는 `계좌`입니다(SDK 상수 이름 CARD/ACCOUNT가 아님).",
    en: "The values are the Korean words `카드` (card) or `계좌` (account), not the SDK constant names CARD/ACCOUNT.",
};

static LABELS: &[Key] = &[Key::new("oneTouchPay", Kind::Str)];
static NAVIGATION_BAR: &[Key] = &[Key::new("visible", Kind::Bool), Key::new("paddingTop", Kind::Num)];
static BRANDPAY_UI: &[Key] = &[
    Key::new("highlightColor", Kind::Str),
    Key::new("buttonStyle", Kind::Enum(&["default", "full"])),
    Key::new("labels", Kind::Fields(LABELS)),
    Key::new("navigationBar", Kind::Fields(NAVIGATION_BAR)),
];
static BRANDPAY_OPTIONS: &[Key] = &[Key::new("ui", Kind::Fields(BRANDPAY_UI))];
static SUMMARY: &[Key] = &[Key::new("visible", Kind::Bool)];
static DESCRIPTION: &[Key] = &[Key::new("visible", Kind::Bool), Key::new("defaultOpen", Kind::Bool)];
static PROMOTION_SECTION: &[Key] = &[
    Key::new("summary", Kind::Fields(SUMMARY)),
    Key::new("description", Kind::Fields(DESCRIPTION)),
];
static WIDGET_UI: &[Key] = &[Key::new("promotionSection", Kind::Fields(PROMOTION_SECTION))];
static WIDGET_OPTIONS: &[Key] = &[
    Key::new("methodType", Kind::Enum(&["카드", "계좌"])).with_note(&METHOD_TYPE),
    Key::new("methodId", Kind::Str),
    Key::new("ui", Kind::Fields(WIDGET_UI)),
];

/// `bypass.toss_brandpay` (payment).
static BYPASS: &[Key] = &[
    Key::new("brandpayOptions", Kind::Fields(BRANDPAY_OPTIONS)),
    Key::new("widgetOptions", Kind::Fields(WIDGET_OPTIONS)),
    Key::new("discountCode", Kind::Str),
    Key::new("methodId", Kind::Str),
];
