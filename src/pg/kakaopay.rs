//! KakaoPay (`kakaopay`). Source: PortOne's v1 guide
//! `src/routes/(root)/opi/ko/integration/pg/v1/kakaopay.mdx` (developers.portone.io af926bd2)
//! and the seed guide `shared/seeds/004_5d2d323f116ab665.txt`; where they differ the current
//! guide wins (`tests/fixtures/kakaopay.json` says where). The KRW-only rule comes from the same
//! PG's v2 guide (`pg/v2/kakaopay.mdx`); `display.card_quota` semantics from the v1 guide
//! (`shared/reference/v1-pg-rules.md` §3).
//!
//! The guide never adds a `.{CID}` to the code; `kakaopay.{CID}` still passes, as every
//! `provider.{MID}` does. To add a KakaoPay rule: data in the tables below, logic in [`check_v1`].

use super::{BypassBlock, Gateway, V1Rules};
use crate::core::fields::{check_keys, Key, Kind};
use crate::core::issue::{index, join, Bi, Severity};
use crate::core::v1::V1Ctx;
use crate::core::v1_options::{
    billing_window, card_quota_single, currencies, env_only, redirect_on_mobile, BillingRule, Charge,
};
use crate::core::value::Value;

/// KakaoPay.
pub static GATEWAY: Gateway = Gateway {
    id: "kakaopay",
    name: bi!("카카오페이", "KakaoPay"),
    aliases: &["kakaopay"],
    more_guides: &[],
    v1: Some(V1Rules {
        guide: "src/routes/(root)/opi/ko/integration/pg/v1/kakaopay.mdx",
        codes: &["kakaopay"],
        // pay_method is ignored: the buyer picks card or KakaoPay money in the app.
        pay_methods: &[],
        extra_keys: &["customer_id", "kakaopayMobileAsPC"],
        card_direct: false,
        card_quota: true,
        escrow: false,
        escrow_ignored: None,
        vbank_due: &[],
        languages: &[],
        bypass: &[
            BypassBlock::new("bypass", BYPASS),
            BypassBlock::new("bypass.kakaopay", BYPASS_KAKAOPAY),
        ],
        check: check_v1,
    }),
    v2: Some(V2),
};

static BILLING: BillingRule = BillingRule {
    pay_methods: &[],
    pay_methods_note: &PAY_METHOD_IGNORED,
    charge: Charge::WhenAmount,
    amount_note: &BILLING_CHARGES,
};

static PAY_METHOD_IGNORED: Bi = bi!(
    "카카오페이 가이드: pay_method는 생략할 수 있고 보내도 무시됩니다. 신용카드와 카카오머니 중 구매자가 카카오페이 앱에서 고릅니다.",
    "KakaoPay guide: pay_method may be left out and is ignored when sent; the buyer picks card or KakaoPay money in the KakaoPay app."
);
static BILLING_CHARGES: Bi = bi!(
    "카카오페이 가이드: customer_uid와 함께 0원보다 큰 amount를 보내면 빌링키 발급과 동시에 그 금액이 실제로 결제됩니다. 빌링키만 발급하려면 amount를 0으로 보내세요.",
    "KakaoPay guide: with customer_uid, an amount above 0 is charged at once while the billing key is issued; send amount 0 to only issue the key."
);
static CARD_QUOTA_SINGLE: Bi = bi!(
    "카카오페이 가이드: display.card_quota에는 값 하나만 지정할 수 있고, 지정하면 그 할부 개월 수로 고정됩니다.",
    "KakaoPay guide: display.card_quota takes a single value, and it fixes the installment months to that value."
);
static VAT_UNSUPPORTED: Bi = bi!(
    "카카오페이 가이드: 부가세(vat_amount) 직접 지정은 지원하지 않습니다. 면세금액(tax_free)은 지원됩니다.",
    "KakaoPay guide: setting vat_amount is not supported (tax_free is)."
);
static CURRENCY: Bi = bi!(
    "카카오페이 V2 가이드: 결제 통화는 KRW만 지원합니다.",
    "KakaoPay v2 guide: only KRW is supported."
);
static APP_SCHEME_IOS: Bi = bi!(
    "카카오페이 가이드: app_scheme은 모바일 전용이며 카카오페이 정책상 iOS에서만 쓰입니다.",
    "KakaoPay guide: app_scheme is mobile only, and KakaoPay's policy allows it on iOS only."
);
static MOBILE_AS_PC: Bi = bi!(
    "카카오페이 가이드: kakaopayMobileAsPC는 모바일 전용입니다(true면 모바일에서 PC용 결제 URL 사용).",
    "KakaoPay guide: kakaopayMobileAsPC is mobile only (true uses the PC payment URL on mobile)."
);
static DETAIL_KEYS_NOTE: Bi = bi!(
    "카카오페이 가이드의 card.detail 항목은 card_code와 enabled뿐이라 이 값은 무시됩니다.",
    "KakaoPay's guide lists only card_code and enabled for card.detail items; this is ignored."
);
static PAYMENT_METHOD_TYPE: Bi = bi!(
    "카카오페이 가이드: CARD는 카드결제만, MONEY는 카카오머니(포인트)결제만 허용합니다. 빼면 모든 결제수단을 허용합니다.",
    "KakaoPay guide: CARD allows card payments only, MONEY KakaoPay money only; leave it out to allow both."
);

/// `bypass` keys: everything lives under `bypass.kakaopay`.
static BYPASS: &[Key] = &[Key::new("kakaopay", Kind::Obj)];

/// `bypass.kakaopay` keys.
static BYPASS_KAKAOPAY: &[Key] = &[
    Key::new("payment_method_type", Kind::Enum(&["CARD", "MONEY"])).with_note(&PAYMENT_METHOD_TYPE),
    Key::new("custom_message", Kind::Str),
];

fn check_v1(ctx: &mut V1Ctx) {
    if ctx.req.get("pay_method").is_some() {
        ctx.r
            .unsupported("pay_method", Severity::Warning, &GATEWAY.name, &PAY_METHOD_IGNORED);
    }
    billing_window(ctx, &BILLING);
    card_quota_single(ctx, &CARD_QUOTA_SINGLE);
    if ctx.req.get("vat_amount").is_some() {
        ctx.r
            .unsupported("vat_amount", Severity::Warning, &GATEWAY.name, &VAT_UNSUPPORTED);
    }
    currencies(ctx, &["KRW"], &CURRENCY);
    crate::core::fields::want_bool(ctx.req.get("kakaopayMobileAsPC"), "kakaopayMobileAsPC", ctx.r);
    env_only(ctx, "kakaopayMobileAsPC", true, Some(&MOBILE_AS_PC));
    env_only(ctx, "app_scheme", true, Some(&APP_SCHEME_IOS));
    redirect_on_mobile(ctx);
    card_detail_keys(ctx);

    if let Some(b) = ctx.req.get("bypass").and_then(Value::as_obj) {
        check_keys(b, "bypass", BYPASS, ctx.mobile, ctx.r);
        if let Some(k) = b.get("kakaopay").and_then(Value::as_obj) {
            check_keys(k, "bypass.kakaopay", BYPASS_KAKAOPAY, ctx.mobile, ctx.r);
        }
    }
}

/// `card.detail[]` items: only `card_code` and `enabled` are read (`max_month` is not).
fn card_detail_keys(ctx: &mut V1Ctx) {
    let Some(Value::Arr(items)) = ctx
        .req
        .get("card")
        .and_then(Value::as_obj)
        .and_then(|c| c.get("detail"))
    else {
        return;
    };
    for (i, item) in items.iter().enumerate() {
        if let Some(o) = item.as_obj() {
            if o.get("max_month").is_some() {
                let p = join(&index("card.detail", i), "max_month");
                ctx.r
                    .unsupported(p, Severity::Warning, &GATEWAY.name, &DETAIL_KEYS_NOTE);
            }
        }
    }
}

pub use self::v2_rules::*;

/// The v2 (`PortOne.requestPayment`) rules, from the v2 guide named in [`V2`].
mod v2_rules {
    use crate::core::fields::{Key, Kind};
    use crate::core::issue::{index, Bi, Severity};
    use crate::core::text::Unit;
    use crate::core::v2::{Api, V2Ctx};
    use crate::core::value::Value;
    use crate::pg::{BypassTables, Ignored, TextLimit, V2Rules, WindowTypes};

    const PAY: &[Api] = &[Api::Payment];

    /// KakaoPay's v2 rules as data.
    pub const V2: V2Rules = V2Rules {
        guide: "src/routes/(root)/opi/ko/integration/pg/v2/kakaopay.mdx",
        bypass_key: Some("kakaopay"),
        bypass: BypassTables {
            payment: Some(BYPASS),
            billing: Some(BYPASS),
            billing_and_pay: None,
            load_payment_ui: None,
            load_issue_billing_key_ui: None,
        },
        pay_methods: Some(&["EASY_PAY"]),
        billing_key_methods: Some(&["EASY_PAY"]),
        billing_key_and_pay_methods: Some(&[]),
        currencies: Some(&["KRW"]),
        window_types: Some(WindowTypes {
            pc: &["IFRAME"],
            mobile: &["REDIRECTION"],
        }),
        locales: Some(&["KO_KR"]),
        order_name: Some(TextLimit {
            max: 100,
            unit: Unit::Chars,
            severity: Severity::Error,
        }),
        month_list: false,
        ignored: &[
            Ignored {
                path: "isEscrow",
                apis: PAY,
            },
            Ignored {
                path: "isCulturalExpense",
                apis: PAY,
            },
            Ignored {
                path: "productType",
                apis: PAY,
            },
            Ignored {
                path: "easyPay.installment.freeInstallmentPlans",
                apis: PAY,
            },
        ],
        check: check_v2,
        ..V2Rules::NONE
    };

    /// `bypass.kakaopay` (payment and billing key).
    static BYPASS: &[Key] = &[Key::new("custom_message", Kind::Str)];

    /// Card companies `easyPay.availableCards` may name (guide, `easyPay.availableCards`).
    pub static AVAILABLE_CARDS: &[&str] = &[
        "SHINHAN_CARD",
        "KOOKMIN_CARD",
        "HYUNDAI_CARD",
        "LOTTE_CARD",
        "SAMSUNG_CARD",
        "NH_CARD",
        "BC_CARD",
        "HANA_CARD",
        "CITI_CARD",
        "KAKAO_BANK",
    ];

    static ISSUE_NAME: Bi = bi!(
        "카카오페이 가이드: 빌링키 발급 시 결제창 제목 issueName은 필수입니다.",
        "KakaoPay guide: issuing a billing key needs issueName, the window title."
    );
    static PROVIDER_IGNORED: Bi = bi!(
        "카카오페이 가이드: PG사 자체가 간편결제사이므로 easyPayProvider는 비워 두어도 되며 다른 값은 무시됩니다.",
        "KakaoPay guide: KakaoPay is itself the wallet, so easyPayProvider may be left out; other values are ignored."
    );
    static CARD_NOT_LISTED: Bi = bi!(
        "카카오페이 가이드가 availableCards로 지원하는 카드사(신한·국민·현대·롯데·삼성·농협·BC·하나·씨티·카카오뱅크)가 아닙니다.",
        "Not one of the card companies the KakaoPay guide supports in availableCards (Shinhan, KB, Hyundai, Lotte, Samsung, NH, BC, Hana, Citi, KakaoBank)."
    );

    /// KakaoPay rules the data cannot say.
    fn check_v2(ctx: &mut V2Ctx) {
        if ctx.api == Api::IssueBillingKey && !ctx.has("issueName") {
            ctx.require("issueName", Severity::Error, &ISSUE_NAME);
        }
        if ctx.method != Some("EASY_PAY") {
            return;
        }
        if ctx.str_at("easyPay.easyPayProvider").is_some_and(|p| p != "KAKAOPAY") {
            ctx.ignored("easyPay.easyPayProvider", &PROVIDER_IGNORED);
        }
        let unlisted: Vec<usize> = match ctx.get("easyPay.availableCards") {
            Some(Value::Arr(cards)) => cards
                .iter()
                .enumerate()
                .filter(|(_, c)| c.as_str().is_some_and(|c| !AVAILABLE_CARDS.contains(&c)))
                .map(|(i, _)| i)
                .collect(),
            _ => Vec::new(),
        };
        for i in unlisted {
            ctx.unsupported(&index("easyPay.availableCards", i), Severity::Warning, &CARD_NOT_LISTED);
        }
    }
}
