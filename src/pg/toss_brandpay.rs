//! Toss Payments BrandPay (토스페이먼츠 브랜드페이, `toss_brandpay`). v1: PortOne's guides
//! `src/routes/(root)/opi/ko/integration/pg/v1/toss-brandpay/readme.mdx` and `.../warning.mdx`
//! (`module.mdx` / `widget.mdx` describe `IMP.loadModule` / `IMP.loadUI`, which take the same
//! request). v2: PortOne has no v2 guide; the bypass block follows the `TossBrandpayPaymentBypass`
//! type of npm `@portone/browser-sdk@0.1.11` and the docs schema `src/schema/browser-sdk.yml`
//! (`shared/reference/v2-sdk.md` §6). `methodType` takes the Korean values `카드` / `계좌` (the
//! SDK's constant names are CARD / ACCOUNT).

use super::{BypassBlock, BypassTables, Gateway, V1Rules, V2Rules};
use crate::core::fields::{check_keys, Key, Kind};
use crate::core::issue::{Bi, Code, Detail, Severity};
use crate::core::v1::V1Ctx;
use crate::core::v1_options::{card_quota_single, currencies};
use crate::core::value::Value;

/// Toss Brandpay.
pub static GATEWAY: Gateway = Gateway {
    id: "toss_brandpay",
    name: bi!("토스 브랜드페이", "Toss Brandpay"),
    aliases: &["toss_brandpay"],
    more_guides: &[
        "src/routes/(root)/opi/ko/integration/pg/v1/toss-brandpay/warning.mdx",
        "src/routes/(root)/opi/ko/integration/pg/v1/toss-brandpay/widget.mdx",
    ],
    v1: Some(V1Rules {
        guide: "src/routes/(root)/opi/ko/integration/pg/v1/toss-brandpay/readme.mdx",
        codes: &["toss_brandpay"],
        pay_methods: &["toss_brandpay"],
        extra_keys: &["customer_id", "useCardPoint"],
        card_direct: false,
        card_quota: true,
        escrow: false,
        escrow_ignored: None,
        vbank_due: &[],
        languages: &[],
        bypass: &[BypassBlock::new("bypass", BYPASS_V1)],
        check: check_v1,
    }),
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

static METHOD_TYPE: Bi = bi!(
    "값은 한국어 `카드` 또는 `계좌`입니다(SDK 상수 이름 CARD/ACCOUNT가 아님).",
    "The values are the Korean words `카드` (card) or `계좌` (account), not the SDK constant names CARD/ACCOUNT."
);

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

// ---------------------------------------------------------------------------------------------
// v1

/// Root `bypass` of the v1 request (readme: 기타 파라미터, UI 커스터마이징).
static BYPASS_V1: &[Key] = &[
    Key::new("isCulturalExpense", Kind::Bool),
    Key::new(
        "cashReceiptType",
        Kind::Enum(&["unable", "personal", "corporate", "anonymous"]),
    ),
    Key::new("customerIdentifier", Kind::Text),
    Key::new("toss_brandpay", Kind::Fields(BYPASS)),
];

static CUSTOMER_ID: Bi = bi!(
    "브랜드페이 가이드: customer_id(구매자 ID)는 필수입니다. UUID처럼 유추할 수 없는 값을 쓰세요.",
    "BrandPay guide: customer_id (the buyer ID) is required; use a value nobody can guess, such as a UUID."
);
static SEQUENTIAL_ID: Bi = bi!(
    "브랜드페이 가이드: 자동 증가하는 숫자는 customer_id로 허용되지 않습니다(UUID 등 무작위 값 권장).",
    "BrandPay guide: auto-incrementing numbers are not allowed as customer_id (use a random value such as a UUID)."
);
static KRW_ONLY: Bi = bi!(
    "브랜드페이 가이드: 원화(KRW) 결제만 지원합니다.",
    "BrandPay guide: KRW payments only."
);
static NEEDS_METHOD_ID: Bi = bi!(
    "브랜드페이 가이드: 이 파라미터는 결제수단 ID(bypass.toss_brandpay.methodId)와 함께 보내야 하며, 브랜드페이 위젯에서는 쓸 수 없습니다.",
    "BrandPay guide: this parameter needs the method ID (bypass.toss_brandpay.methodId) and cannot be used in the BrandPay widget."
);
static QUOTA_FIXES: Bi = bi!(
    "브랜드페이 가이드: display.card_quota는 리스트가 아니라 결제될 할부 개월 수 하나입니다(예: [6]은 6개월 할부로 결제).",
    "BrandPay guide: display.card_quota is not a list but the one month count to pay with ([6] pays in 6 installments)."
);
static CALLBACK_ONLY: Bi = bi!(
    "브랜드페이 가이드: 결제 결과는 PC와 모바일 모두 callback으로 전달되어 m_redirect_url은 쓰이지 않습니다.",
    "BrandPay guide: results come to the callback on PC and mobile alike; m_redirect_url is not used."
);
static NO_BILLING: Bi = bi!(
    "브랜드페이 가이드에는 빌링키(customer_uid) 결제창이 없습니다.",
    "The BrandPay guide has no billing-key (customer_uid) window."
);

fn check_v1(ctx: &mut V1Ctx) {
    currencies(ctx, &["KRW"], &KRW_ONLY);
    match ctx.req.get("customer_id").and_then(Value::as_str) {
        None => {
            if ctx.req.get("customer_id").is_none() {
                ctx.r.required("customer_id", Some(&CUSTOMER_ID));
            }
        }
        Some(id) => {
            if !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()) {
                ctx.r
                    .warn("customer_id", Code::InvalidValue, Detail::Note, Some(&SEQUENTIAL_ID));
            }
        }
    }
    if ctx.billing() {
        ctx.r
            .unsupported("customer_uid", Severity::Warning, &GATEWAY.name, &NO_BILLING);
    }
    if ctx.req.get("m_redirect_url").is_some() {
        ctx.r
            .warn("m_redirect_url", Code::Unsupported, Detail::Note, Some(&CALLBACK_ONLY));
    }
    card_quota_single(ctx, &QUOTA_FIXES);
    let bypass = ctx.req.get("bypass").and_then(Value::as_obj);
    if let Some(b) = bypass {
        check_keys(b, "bypass", BYPASS_V1, ctx.mobile, ctx.r);
    }
    let method_id = bypass
        .and_then(|b| b.get("toss_brandpay"))
        .and_then(Value::as_obj)
        .is_some_and(|t| t.get("methodId").is_some());
    if !method_id {
        let quota = ctx
            .req
            .get("display")
            .and_then(Value::as_obj)
            .is_some_and(|d| d.get("card_quota").is_some());
        let mut paths: [Option<&str>; 4] = [None; 4];
        if quota {
            paths[0] = Some("display.card_quota");
        }
        if ctx.req.get("useCardPoint").is_some() {
            paths[1] = Some("useCardPoint");
        }
        if bypass.is_some_and(|b| b.get("cashReceiptType").is_some()) {
            paths[2] = Some("bypass.cashReceiptType");
        }
        if bypass.is_some_and(|b| b.get("customerIdentifier").is_some()) {
            paths[3] = Some("bypass.customerIdentifier");
        }
        for p in paths.into_iter().flatten() {
            ctx.r.warn(p, Code::Unsupported, Detail::Note, Some(&NEEDS_METHOD_ID));
        }
    }
}
