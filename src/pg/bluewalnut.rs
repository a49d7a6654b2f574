//! BlueWalnut (블루월넛, `bluewalnut`), v1 only. Source: PortOne's guide
//! `src/routes/(root)/opi/ko/integration/pg/v1/blue.mdx` (`shared/reference/v1-pg-rules.md`
//! §24): card / trans / vbank / phone, mobile results by `m_redirect_url`, no billing keys
//! (비 인증 결제 미지원), no bypass.
//!
//! The guide types `amount: number` without `?` but says a missing amount is 0 KRW, so a missing
//! amount is a warning here rather than the common error.

use super::{Gateway, V1Rules};
use crate::core::issue::{Bi, Code, Severity};
use crate::core::v1::{V1Ctx, VBANK_DUE_COMMON};
use crate::core::v1_options::redirect_on_mobile;

/// BlueWalnut.
pub static GATEWAY: Gateway = Gateway {
    id: "bluewalnut",
    name: bi!("블루월넛", "BlueWalnut"),
    aliases: &["bluewalnut"],
    more_guides: &[],
    v1: Some(V1Rules {
        guide: "src/routes/(root)/opi/ko/integration/pg/v1/blue.mdx",
        codes: &["bluewalnut"],
        pay_methods: &["card", "trans", "vbank", "phone"],
        extra_keys: &[],
        card_direct: false,
        card_quota: false,
        escrow: false,
        escrow_ignored: None,
        vbank_due: VBANK_DUE_COMMON,
        languages: &[],
        bypass: &[],
        check: check_v1,
    }),
    v2: None,
};

static AMOUNT_ZERO: Bi = bi!(
    "블루월넛 가이드: amount를 지정하지 않으면 0원으로 요청됩니다.",
    "BlueWalnut guide: without amount the request is for 0 KRW."
);
static NO_BILLING: Bi = bi!(
    "블루월넛 가이드: 포트원은 블루월넛 비 인증 결제(customer_uid 빌링키)를 지원하지 않습니다.",
    "BlueWalnut guide: PortOne offers no BlueWalnut non-authenticated (customer_uid billing-key) payments."
);

fn check_v1(ctx: &mut V1Ctx) {
    if let Some(i) = ctx
        .r
        .issues
        .iter_mut()
        .find(|i| i.path == "amount" && i.code == Code::Required)
    {
        i.severity = Severity::Warning;
        i.note = Some(&AMOUNT_ZERO);
    }
    if ctx.billing() {
        ctx.r
            .unsupported("customer_uid", Severity::Error, &GATEWAY.name, &NO_BILLING);
    }
    redirect_on_mobile(ctx);
}
