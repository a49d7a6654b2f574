//! SmilePay (스마일페이, `smilepay`), v1 only. Source: PortOne's guide
//! `src/routes/(root)/opi/ko/integration/pg/v1/smilepay.mdx` (`shared/reference/v1-pg-rules.md`
//! §28): card only, `buyer_tel` required, `tax_free`, `app_scheme` mobile only, mobile results by
//! `m_redirect_url`.
//!
//! The guide has no billing section while `integration/start/v1/non-auth.mdx` lists SmilePay
//! among the SDK-billing PGs (§40): `customer_uid` is a warning, not an error.

use super::{Gateway, V1Rules};
use crate::core::issue::{Bi, Severity};
use crate::core::v1::V1Ctx;
use crate::core::v1_options::{env_only, redirect_on_mobile};

/// SmilePay.
pub static GATEWAY: Gateway = Gateway {
    id: "smilepay",
    name: bi!("스마일페이", "SmilePay"),
    aliases: &["smilepay"],
    more_guides: &[],
    v1: Some(V1Rules {
        guide: "src/routes/(root)/opi/ko/integration/pg/v1/smilepay.mdx",
        codes: &["smilepay"],
        pay_methods: &["card"],
        extra_keys: &[],
        card_direct: false,
        card_quota: false,
        escrow: false,
        escrow_ignored: None,
        vbank_due: &[],
        languages: &[],
        bypass: &[],
        check: check_v1,
    }),
    v2: None,
};

static BUYER_TEL: Bi = bi!(
    "스마일페이 가이드: buyer_tel(구매자 연락처)은 필수 파라미터입니다.",
    "SmilePay guide: buyer_tel (the buyer's phone) is required."
);
static BILLING_UNDOCUMENTED: Bi = bi!(
    "스마일페이 가이드에는 빌링키(customer_uid) 발급이 없습니다(비인증 결제 안내에는 지원 PG로 나옵니다). 계약을 확인하세요.",
    "SmilePay's guide has no billing keys (customer_uid), though PortOne's non-auth page lists it; check your contract."
);

fn check_v1(ctx: &mut V1Ctx) {
    if ctx.req.get("buyer_tel").is_none() {
        ctx.r.required("buyer_tel", Some(&BUYER_TEL));
    }
    if ctx.billing() {
        ctx.r
            .unsupported("customer_uid", Severity::Warning, &GATEWAY.name, &BILLING_UNDOCUMENTED);
    }
    env_only(ctx, "app_scheme", true, None);
    redirect_on_mobile(ctx);
}
