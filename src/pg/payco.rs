//! PAYCO (페이코, `payco`), v1 only (PortOne has no v2 PAYCO guide). Source: PortOne's guide
//! `src/routes/(root)/opi/ko/integration/pg/v1/payco.mdx` (`shared/reference/v1-pg-rules.md`
//! §27): card / trans / vbank, `buyer_tel` required in the payment window, `popup`, results by
//! callback on PC and mobile, a billing-key window that charges nothing, no API billing.
//!
//! The guide types `pay_method` without `?` but its example leaves it out, so it is not required.

use super::{Gateway, V1Rules};
use crate::core::issue::Bi;
use crate::core::v1::{V1Ctx, LANGUAGES_COMMON, VBANK_DUE_COMMON};
use crate::core::v1_options::{billing_window, env_only, BillingRule, Charge};

/// PAYCO.
pub static GATEWAY: Gateway = Gateway {
    id: "payco",
    name: bi!("페이코", "PAYCO"),
    aliases: &["payco"],
    more_guides: &[],
    v1: Some(V1Rules {
        guide: "src/routes/(root)/opi/ko/integration/pg/v1/payco.mdx",
        codes: &["payco"],
        pay_methods: &["card", "trans", "vbank"],
        extra_keys: &["popup", "customer_id"],
        card_direct: false,
        card_quota: false,
        escrow: false,
        escrow_ignored: None,
        vbank_due: VBANK_DUE_COMMON,
        languages: LANGUAGES_COMMON,
        bypass: &[],
        check: check_v1,
    }),
    v2: None,
};

static BILLING: BillingRule = BillingRule {
    pay_methods: &["card"],
    pay_methods_note: &BILLING_CARD,
    charge: Charge::Never,
    amount_note: &BILLING_NOT_CHARGED,
};

static BILLING_CARD: Bi = bi!(
    "페이코 가이드: 정기 결제창(customer_uid)은 카드 빌링키만 발급합니다.",
    "PAYCO guide: the recurring window (customer_uid) issues card billing keys only."
);
static BILLING_NOT_CHARGED: Bi = bi!(
    "페이코 가이드: 정기 결제창의 amount는 표시용이며 실결제는 발생하지 않습니다.",
    "PAYCO guide: in the recurring window amount is only shown; nothing is charged."
);
static BUYER_TEL: Bi = bi!(
    "페이코 가이드: buyer_tel(구매자 연락처)은 필수 파라미터입니다.",
    "PAYCO guide: buyer_tel (the buyer's phone) is required."
);

fn check_v1(ctx: &mut V1Ctx) {
    billing_window(ctx, &BILLING);
    if !ctx.billing() && ctx.req.get("buyer_tel").is_none() {
        ctx.r.required("buyer_tel", Some(&BUYER_TEL));
    }
    env_only(ctx, "app_scheme", true, None);
}
