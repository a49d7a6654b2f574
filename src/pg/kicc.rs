//! KICC (이지페이). Sources: PortOne's v1 guides `src/routes/(root)/opi/ko/integration/pg/v1/kicc.mdx`
//! (domestic: card, transfer, virtual account, phone; `pg: "kicc"`) and `kicc-v2.mdx` (overseas:
//! WeChat Pay and Alipay+ through a KICC channel, no `pg` code documented), summarized in
//! `shared/reference/v1-pg-rules.md` §20–21; and the v2 guide
//! `src/routes/(root)/opi/ko/integration/pg/v2/kicc-v2.mdx` (overseas payments,
//! `shared/reference/v2-pg-rules.md` §14). The overseas methods share the gateway: `pay_method`
//! `wechat` / `alipay_plus` picks the overseas rules.
//!
//! To add a KICC rule: data goes in the tables below; logic in [`check_v1`] and [`check_v2`].

use super::{BypassBlock, Gateway, V1Rules, V2Rules};
use crate::core::fields::{check_keys, one_of, want_arr, want_obj, want_str, Key, Kind};
use crate::core::issue::{Bi, Code, Detail, Severity};
use crate::core::text::did_you_mean;
use crate::core::v1::{V1Ctx, VBANK_DUE_COMMON};
use crate::core::v1_options::{
    billing_window, currencies, direct_quota_months, env_only, redirect_on_mobile, BillingRule, Charge,
};
use crate::core::v2::{Api, V2Ctx};
use crate::core::value::Value;

/// KICC.
pub static GATEWAY: Gateway = Gateway {
    id: "kicc",
    name: bi!("KICC(이지페이)", "KICC (EasyPay)"),
    aliases: &["kicc", "kicc_v2", "kicc_global", "easypay"],
    more_guides: &["src/routes/(root)/opi/ko/integration/pg/v1/kicc-v2.mdx"],
    v1: Some(V1Rules {
        guide: "src/routes/(root)/opi/ko/integration/pg/v1/kicc.mdx",
        codes: &["kicc"],
        pay_methods: &["card", "trans", "vbank", "phone", "wechat", "alipay_plus"],
        extra_keys: &[
            "company",
            "auth_mode",
            "customer_id",
            "kiccProducts",
            "order_description",
            "alipay_plus",
        ],
        card_direct: true,
        card_quota: true,
        escrow: true,
        escrow_ignored: None,
        vbank_due: VBANK_DUE_COMMON,
        // kicc-v2.mdx: ko, en, zh (overseas only; the domestic guide has none — warned there).
        languages: &["ko", "en", "zh"],
        bypass: &[BypassBlock::new("bypass.kicc", BYPASS_KEYS)],
        check: check_v1,
    }),
    v2: Some(V2),
};

// ---------------------------------------------------------------------------------------------
// v1

/// Overseas pay methods (kicc-v2.mdx).
static OVERSEAS: &[&str] = &["wechat", "alipay_plus"];
/// `alipay_plus.wallet` values (kicc-v2.mdx; absent = every wallet).
static WALLETS: &[&str] = &[
    "alipay",
    "true_money",
    "alipay_hk",
    "touch_n_go",
    "gcash",
    "dana",
    "rabbit_line_pay",
    "bpi",
    "boost",
    "bill_ease",
    "tinaba",
    "mpay",
    "kredivo",
];

static BILLING: BillingRule = BillingRule {
    pay_methods: &["card"],
    pay_methods_note: &BILLING_CARD,
    charge: Charge::Never,
    amount_note: &BILLING_NOT_CHARGED,
};
static BYPASS_KEYS: &[Key] = &[Key::new("disp_cash_yn", Kind::Str)];

static BUYER_TEL: Bi = bi!(
    "KICC 가이드: buyer_tel(주문자 연락처)은 필수입니다.",
    "KICC guide: buyer_tel is required."
);
static ESCROW_CASH: Bi = bi!(
    "KICC 가이드: 에스크로는 계좌이체(trans)와 가상계좌(vbank)만 지원됩니다.",
    "KICC guide: escrow is only offered with trans and vbank."
);
static ESCROW_NEEDS: Bi = bi!(
    "KICC 가이드: 에스크로 결제에는 buyer_name, buyer_email, buyer_tel, kiccProducts가 반드시 필요합니다.",
    "KICC guide: escrow payments need buyer_name, buyer_email, buyer_tel and kiccProducts."
);
static PRODUCTS_NEED_ESCROW: Bi = bi!(
    "KICC 가이드: kiccProducts는 에스크로 결제(escrow: true)의 부분배송용 상품 정보입니다.",
    "KICC guide: kiccProducts is the item list for partial delivery of escrow payments (escrow: true)."
);
static BILLING_CARD: Bi = bi!(
    "KICC 가이드: 비인증 결제창(customer_uid)은 pay_method 'card'만 지원합니다.",
    "KICC guide: the billing-key window (customer_uid) only takes pay_method 'card'."
);
static BILLING_NOT_CHARGED: Bi = bi!(
    "KICC 가이드: 빌링키 발급 시 금액은 결제창에 표시만 되고 실제 결제는 일어나지 않습니다. 결제는 customer_uid로 REST API를 호출하세요.",
    "KICC guide: when issuing a billing key the amount is only displayed, nothing is charged; charge with the REST API using customer_uid."
);
static BILLING_MID: Bi = bi!(
    "KICC 가이드: 비인증 결제창은 pg 'kicc.{KICC와 협의가 완료된 MID}'로 지정합니다.",
    "KICC guide: the billing-key window uses pg 'kicc.{the MID agreed with KICC}'."
);
static OVERSEAS_BUYER: Bi = bi!(
    "KICC 해외결제 가이드: buyer_name, buyer_email, buyer_tel은 필수입니다.",
    "KICC overseas guide: buyer_name, buyer_email and buyer_tel are required."
);
static OVERSEAS_CURRENCY: Bi = bi!(
    "KICC 해외결제 가이드: 통화는 KRW 또는 USD이며, 그 밖의 값은 원화(KRW)로 결제됩니다.",
    "KICC overseas guide: the currency is KRW or USD; any other value is charged in KRW."
);
static ORDER_DESCRIPTION: Bi = bi!(
    "KICC 해외결제 가이드: 알리페이 플러스 결제에는 order_description(주문 상세 정보)이 필수입니다.",
    "KICC overseas guide: Alipay+ payments need order_description."
);
static ENGLISH: Bi = bi!(
    "KICC 해외결제 가이드: KICC와 위챗페이·알리페이 플러스에서는 영문만 쓰는 것을 권장합니다.",
    "KICC overseas guide: English-only text is advised for KICC, WeChat Pay and Alipay+."
);
static ALIPAY_ONLY: Bi = bi!(
    "KICC 해외결제 가이드: alipay_plus는 알리페이 플러스(pay_method 'alipay_plus') 결제에만 쓰입니다.",
    "KICC overseas guide: alipay_plus only applies to Alipay+ (pay_method 'alipay_plus')."
);
static DOMESTIC_LANGUAGE: Bi = bi!(
    "KICC(구모듈) 가이드에는 결제창 언어 설정이 없어 무시됩니다(해외결제만 ko/en/zh).",
    "The KICC (old module) guide has no window-language setting; it is ignored (overseas payments take ko/en/zh)."
);
static OVERSEAS_ONLY: Bi = bi!(
    "KICC 가이드: 해외결제(wechat, alipay_plus)에는 적용되지 않습니다.",
    "KICC guide: it does not apply to overseas payments (wechat, alipay_plus)."
);
static FLAT_BYPASS: Bi = bi!(
    "KICC 전용 파라미터는 bypass.kicc 안에 넣어야 합니다.",
    "KICC's own parameters go inside bypass.kicc."
);

fn check_v1(ctx: &mut V1Ctx) {
    let pm = ctx.pay_method.clone().unwrap_or_else(|| "card".to_string());
    let pm = pm.as_str();
    if OVERSEAS.contains(&pm) {
        overseas_v1(ctx, pm);
    } else {
        domestic_v1(ctx, pm);
    }
    if pm != "alipay_plus" && ctx.req.get("alipay_plus").is_some() {
        ctx.r
            .warn("alipay_plus", Code::Unsupported, Detail::Note, Some(&ALIPAY_ONLY));
    }
    env_only(ctx, "app_scheme", true, None);
    redirect_on_mobile(ctx);
    want_str(ctx.req.get("company"), "company", ctx.r);
    if let Some(m) = want_str(ctx.req.get("auth_mode"), "auth_mode", ctx.r) {
        one_of(m, &["key-in"], "auth_mode", Severity::Error, None, ctx.r);
    }
    bypass_v1(ctx);
}

fn domestic_v1(ctx: &mut V1Ctx, pm: &str) {
    let billing = ctx.billing();
    if !billing && ctx.req.get("buyer_tel").is_none() {
        ctx.r.required("buyer_tel", Some(&BUYER_TEL));
    }
    if ctx.req.get("language").is_some() {
        ctx.r
            .warn("language", Code::Unsupported, Detail::Note, Some(&DOMESTIC_LANGUAGE));
    }
    billing_window(ctx, &BILLING);
    if billing && ctx.req.get("pg").is_some() && ctx.mid.is_none() {
        ctx.r.warn(
            "pg",
            Code::InvalidFormat,
            Detail::Format(crate::core::issue::Format::PgCode),
            Some(&BILLING_MID),
        );
    }
    direct_quota_months(ctx);

    let escrow = ctx.req.get("escrow") == Some(&Value::Bool(true));
    if escrow {
        if !matches!(pm, "trans" | "vbank") {
            ctx.r
                .unsupported("escrow", Severity::Error, &GATEWAY.name, &ESCROW_CASH);
        }
        for key in ["buyer_name", "buyer_email", "buyer_tel", "kiccProducts"] {
            if ctx.req.get(key).is_none() && !ctx.r.has(key, Code::Required) {
                ctx.r.required(key, Some(&ESCROW_NEEDS));
            }
        }
    }
    if let Some(v) = ctx.req.get("kiccProducts") {
        if !escrow {
            ctx.r.warn(
                "kiccProducts",
                Code::Unsupported,
                Detail::Note,
                Some(&PRODUCTS_NEED_ESCROW),
            );
        }
        if let Some(items) = want_arr(Some(v), "kiccProducts", ctx.r) {
            if items.is_empty() && escrow {
                ctx.r.required("kiccProducts", Some(&ESCROW_NEEDS));
            }
            super::kcp::check_products(items, "kiccProducts", ctx.r);
        }
    }
    for key in ["order_description"] {
        if ctx.req.get(key).is_some() {
            ctx.r.warn(key, Code::Unsupported, Detail::Note, Some(&ALIPAY_ONLY));
        }
    }
}

fn overseas_v1(ctx: &mut V1Ctx, pm: &str) {
    for key in ["buyer_name", "buyer_email", "buyer_tel"] {
        if ctx.req.get(key).is_none() {
            ctx.r.required(key, Some(&OVERSEAS_BUYER));
        }
    }
    currencies(ctx, &["KRW", "USD"], &OVERSEAS_CURRENCY);
    billing_window(ctx, &BILLING);
    for key in ["escrow", "kiccProducts", "card", "display"] {
        let on = match ctx.req.get(key) {
            Some(Value::Bool(b)) => *b,
            Some(_) => true,
            None => false,
        };
        if on {
            let sev = if key == "escrow" {
                Severity::Error
            } else {
                Severity::Warning
            };
            ctx.r
                .push(key, Code::Unsupported, sev, Detail::Note, Some(&OVERSEAS_ONLY));
        }
    }
    if let Some(s) = ctx.req.get("name").and_then(Value::as_str) {
        if !s.is_ascii() {
            ctx.r.warn("name", Code::InvalidFormat, Detail::Note, Some(&ENGLISH));
        }
    }
    if pm != "alipay_plus" {
        return;
    }
    match want_str(ctx.req.get("order_description"), "order_description", ctx.r) {
        None if ctx.req.get("order_description").is_none() => {
            ctx.r.required("order_description", Some(&ORDER_DESCRIPTION));
        }
        Some(s) if !s.is_ascii() => {
            ctx.r
                .warn("order_description", Code::InvalidFormat, Detail::Note, Some(&ENGLISH));
        }
        _ => {}
    }
    if let Some(ap) = want_obj(ctx.req.get("alipay_plus"), "alipay_plus", ctx.r) {
        check_keys(
            ap,
            "alipay_plus",
            &[Key::new("wallet", Kind::Enum(WALLETS))],
            ctx.mobile,
            ctx.r,
        );
    }
}

/// `bypass.kicc.disp_cash_yn` (domestic guide); flat keys warned with where they go.
fn bypass_v1(ctx: &mut V1Ctx) {
    let Some(b) = ctx.req.get("bypass").and_then(Value::as_obj) else {
        return;
    };
    for (k, v) in b.entries() {
        if k == "kicc" || matches!(v, Value::Undefined) {
            continue;
        }
        let own = BYPASS_KEYS.iter().find(|key| key.name.eq_ignore_ascii_case(k));
        let hint = match own {
            Some(key) => Some(crate::core::issue::join("bypass.kicc", key.name)),
            None => did_you_mean(k, ["kicc"]).map(|h| crate::core::issue::join("bypass", h)),
        };
        ctx.r.warn(
            crate::core::issue::join("bypass", k),
            Code::UnknownField,
            Detail::UnknownField { hint },
            own.map(|_| &FLAT_BYPASS),
        );
    }
    if let Some(k) = want_obj(b.get("kicc"), "bypass.kicc", ctx.r) {
        check_keys(k, "bypass.kicc", BYPASS_KEYS, ctx.mobile, ctx.r);
    }
}

// ---------------------------------------------------------------------------------------------
// v2 (overseas)

/// KICC's v2 rules (overseas payments) as data.
pub const V2: V2Rules = V2Rules {
    guide: "src/routes/(root)/opi/ko/integration/pg/v2/kicc-v2.mdx",
    pay_methods: Some(&["EASY_PAY", "ALIPAY_PLUS"]),
    easy_pay_providers: Some(&["WECHAT"]),
    // 가능한 결제 수단: 결제창 일반 결제 only.
    billing_key_methods: Some(&[]),
    billing_key_and_pay_methods: Some(&[]),
    currencies: Some(&["KRW", "USD"]),
    locales: Some(&["ZH_CN", "KO_KR", "EN_US", "ZH_TW"]),
    check: check_v2,
    ..V2Rules::NONE
};

/// English-only text is advised for `orderName` (WeChat Pay and Alipay+).
fn check_v2(ctx: &mut V2Ctx) {
    if ctx.api != Api::Payment {
        return;
    }
    if ctx.str_at("orderName").is_some_and(|s| !s.is_ascii()) {
        ctx.r
            .warn("orderName", Code::InvalidFormat, Detail::Note, Some(&ENGLISH));
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn names_resolve_to_kicc() {
        for name in ["kicc", "KICC_V2", "easypay"] {
            assert_eq!(crate::pg::by_alias(name).unwrap().id, "kicc", "{name}");
        }
        assert!(!crate::core::v1::OTHER_V1_CODES.contains(&"kicc"));
    }
}
