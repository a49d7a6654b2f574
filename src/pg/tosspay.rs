//! TossPay (토스페이). Sources, PortOne's guides:
//! - v1 `tosspay_v2`: `src/routes/(root)/opi/ko/integration/pg/v1/tosspay-v2/readme.mdx` (and
//!   `.../v1/tosspay-v2/caution.mdx`);
//! - v1 old `tosspay`: `src/routes/(root)/opi/ko/integration/pg/v1/tosspay.mdx`;
//! - v2: `src/routes/(root)/opi/ko/integration/pg/v2/tosspay-v2.mdx` (bypass.tosspay_v2), the
//!   `TosspayV2PaymentBypass` / `TosspayV2IssueBillingKeyBypass` types of npm
//!   `@portone/browser-sdk@0.1.11`, and the `[schema]` orderName rules of
//!   `shared/reference/v2-pg-rules.md` §12.
//!
//! Both v1 codes share one [`V1Rules`]; what differs is in [`check_v1`].

use super::{BypassBlock, BypassTables, CustomerField, CustomerRule, Env, Gateway, TextLimit, V1Rules, V2Rules};
use crate::core::fields::{check_keys, max_len, want_bool, want_obj, Key, Kind};
use crate::core::issue::{Bi, Code, Detail, Format, Severity};
use crate::core::text::{parse_date, DateFmt, Unit};
use crate::core::v1::V1Ctx;
use crate::core::v1_options::redirect_on_mobile;
use crate::core::v2::{Api, V2Ctx};
use crate::core::value::Value;

/// TossPay.
pub static GATEWAY: Gateway = Gateway {
    id: "tosspay",
    name: bi!("토스페이", "TossPay"),
    aliases: &["tosspay", "tosspay_v2"],
    more_guides: &["src/routes/(root)/opi/ko/integration/pg/v1/tosspay.mdx"],
    v1: Some(V1Rules {
        guide: "src/routes/(root)/opi/ko/integration/pg/v1/tosspay-v2/readme.mdx",
        codes: &["tosspay_v2", "tosspay"],
        pay_methods: &["tosspay", "tosspay_card", "tosspay_money", "card"],
        extra_keys: &["customer_id"],
        card_direct: false,
        card_quota: false,
        escrow: false,
        escrow_ignored: None,
        vbank_due: &[],
        languages: &[],
        bypass: &[
            BypassBlock::when("bypass.tosspay_v2", BYPASS_V1, "payment window"),
            BypassBlock::when("bypass.tosspay_v2", BYPASS_V1_BILLING, "billing-key window"),
        ],
        check: check_v1,
    }),
    v2: Some(V2),
};

/// `bypass.tosspay_v2` (v1 payment window).
static BYPASS_V1: &[Key] = &[
    Key::new("expiredTime", Kind::Str),
    Key::new(
        "cashReceiptTradeOption",
        Kind::Enum(&["GENERAL", "CULTURE", "PUBLIC_TP"]),
    ),
];
/// `bypass.tosspay_v2` (v1 billing-key window).
static BYPASS_V1_BILLING: &[Key] = &[Key::new("encryptedUserCi", Kind::Str)];

static NEW_METHODS: Bi = bi!(
    "토스페이(tosspay_v2) 가이드: pay_method는 tosspay(전체), tosspay_card(카드), tosspay_money(계좌)입니다.",
    "TossPay (tosspay_v2) guide: pay_method is tosspay (all), tosspay_card (card) or tosspay_money (account)."
);
static OLD_CARD_ONLY: Bi = bi!(
    "토스페이(tosspay) 가이드: pay_method는 card만 받습니다(결제창에서 머니/카드를 고릅니다).",
    "TossPay (tosspay) guide: pay_method only takes card (the buyer picks money or card in the window)."
);
static OLD_NAME: Bi = bi!(
    "토스페이(tosspay) 가이드: name(제품명)은 필수입니다.",
    "TossPay (tosspay) guide: name (the product name) is required."
);
static OLD_NO_BILLING: Bi = bi!(
    "토스페이(tosspay)는 일반결제만 지원합니다. 정기결제(빌링키)는 tosspay_v2로 연동하세요.",
    "TossPay (tosspay) only takes one-off payments; use tosspay_v2 for billing keys."
);
static BILLING_METHOD: Bi = bi!(
    "토스페이(tosspay_v2) 비인증 결제창은 pay_method 'tosspay'만 지원합니다.",
    "TossPay (tosspay_v2) billing-key window only takes pay_method 'tosspay'."
);
static BILLING_CUSTOMER_ID: Bi = bi!(
    "토스페이(tosspay_v2) 가이드: 빌링키 발급 시 customer_id(50자 이내)가 필수입니다.",
    "TossPay (tosspay_v2) guide: issuing a billing key needs customer_id (at most 50 characters)."
);
static BILLING_REDIRECT: Bi = bi!(
    "토스페이 가이드: 모바일에서는 빌링키 발급창이 리디렉션 방식이라 리디렉션 URL이 필수입니다.",
    "TossPay guide: on mobile the billing-key window redirects, so the redirect URL is required."
);
static EXPIRED_TIME: Bi = bi!(
    "토스페이 가이드: expiredTime은 yyyy-MM-dd HH:mm:ss 형식이며 최대 60분 뒤까지(기본 15분) 설정할 수 있습니다.",
    "TossPay guide: expiredTime is yyyy-MM-dd HH:mm:ss, at most 60 minutes ahead (15 by default)."
);

fn expired_time(path: &str, v: Option<&Value>, r: &mut crate::core::issue::Report) {
    if let Some(s) = v.and_then(Value::as_str) {
        if parse_date(s, &[DateFmt::DashedYmdHms]).is_none() {
            r.error(
                path,
                Code::InvalidFormat,
                Detail::Format(Format::Described),
                Some(&EXPIRED_TIME),
            );
        }
    }
}

fn check_v1(ctx: &mut V1Ctx) {
    let pm = ctx.pay_method.clone();
    let billing = ctx.billing();
    if ctx.code == "tosspay" {
        if pm.as_deref().is_some_and(|p| p != "card") {
            ctx.r
                .unsupported("pay_method", Severity::Error, &GATEWAY.name, &OLD_CARD_ONLY);
        }
        if ctx.req.get("name").is_none() {
            ctx.r.required("name", Some(&OLD_NAME));
        }
        if billing {
            ctx.r
                .unsupported("customer_uid", Severity::Error, &GATEWAY.name, &OLD_NO_BILLING);
        }
        redirect_on_mobile(ctx);
        return;
    }
    if pm.as_deref() == Some("card") {
        ctx.r
            .unsupported("pay_method", Severity::Error, &GATEWAY.name, &NEW_METHODS);
    }
    if let Some(card) = want_obj(ctx.req.get("card"), "card", ctx.r) {
        if let Some(v) = card.get("useInstallment") {
            want_bool(Some(v), "card.useInstallment", ctx.r);
        }
    }
    let bypass = ctx
        .req
        .get("bypass")
        .and_then(Value::as_obj)
        .and_then(|b| b.get("tosspay_v2"))
        .and_then(Value::as_obj);
    if billing {
        if pm.as_deref().is_some_and(|p| p != "tosspay") {
            ctx.r
                .unsupported("pay_method", Severity::Error, &GATEWAY.name, &BILLING_METHOD);
        }
        match ctx.req.get("customer_id").and_then(Value::as_str) {
            Some(id) => {
                max_len(id, 50, Unit::Chars, "customer_id", Severity::Error, ctx.r);
            }
            None => ctx.r.required("customer_id", Some(&BILLING_CUSTOMER_ID)),
        }
        if ctx.mobile == Some(true) && ctx.req.get("m_redirect_url").is_none() {
            ctx.r.required("m_redirect_url", Some(&BILLING_REDIRECT));
        }
        if let Some(b) = bypass {
            check_keys(b, "bypass.tosspay_v2", BYPASS_V1_BILLING, ctx.mobile, ctx.r);
        }
    } else {
        if let Some(b) = bypass {
            check_keys(b, "bypass.tosspay_v2", BYPASS_V1, ctx.mobile, ctx.r);
            expired_time("bypass.tosspay_v2.expiredTime", b.get("expiredTime"), ctx.r);
        }
        redirect_on_mobile(ctx);
    }
}

// ---------------------------------------------------------------------------------------------
// v2

/// TossPay's v2 rules as data.
pub const V2: V2Rules = V2Rules {
    guide: "src/routes/(root)/opi/ko/integration/pg/v2/tosspay-v2.mdx",
    bypass_key: Some("tosspay_v2"),
    bypass: BypassTables {
        payment: Some(BYPASS),
        billing: Some(BYPASS_BILLING),
        billing_and_pay: None,
        load_payment_ui: None,
        load_issue_billing_key_ui: None,
    },
    pay_methods: Some(&["EASY_PAY"]),
    billing_key_methods: Some(&["EASY_PAY"]),
    currencies: Some(&["KRW"]),
    order_name: Some(TextLimit {
        max: 255,
        unit: Unit::Chars,
        severity: Severity::Error,
    }),
    customer: &[CustomerRule {
        field: CustomerField::CustomerId,
        apis: &[Api::IssueBillingKey],
        env: Env::Any,
        note: &V2_CUSTOMER_ID,
    }],
    check: check_v2,
    ..V2Rules::NONE
};

/// `bypass.tosspay_v2` (payment).
static BYPASS: &[Key] = &[
    Key::new("expiredTime", Kind::Str),
    Key::new(
        "cashReceiptTradeOption",
        Kind::Enum(&["CULTURE", "GENERAL", "PUBLIC_TP"]),
    ),
];

/// `bypass.tosspay_v2` (billing key).
static BYPASS_BILLING: &[Key] = &[Key::new("encryptedUserCi", Kind::Str)];

static V2_CUSTOMER_ID: Bi = bi!(
    "토스페이 가이드: 빌링키 발급 시 구매자 ID(customer.customerId)가 필수입니다.",
    "TossPay guide: issuing a billing key needs the buyer ID (customer.customerId)."
);
static ORDER_NAME: Bi = bi!(
    "PortOne 스키마(토스페이): orderName은 공백만으로 이루어질 수 없고 \\와 ,를 쓸 수 없습니다.",
    "PortOne's schema (TossPay): orderName cannot be only spaces and cannot contain \\ or ,."
);
static CASH_RECEIPT: Bi = bi!(
    "토스페이 가이드: 현금영수증은 앱에 저장된 식별정보로 발급되어 PERSONAL/CORPORATE로 지정해도 다른 유형으로 발급될 수 있습니다.",
    "TossPay guide: cash receipts use the identity stored in the app, so PERSONAL/CORPORATE may not be honoured."
);

fn check_v2(ctx: &mut V2Ctx) {
    match ctx.api {
        Api::Payment => {
            if let Some(name) = ctx.str_at("orderName") {
                if !name.is_empty() && (name.trim().is_empty() || name.contains(['\\', ','])) {
                    ctx.r.error(
                        "orderName",
                        Code::InvalidFormat,
                        Detail::Format(Format::Described),
                        Some(&ORDER_NAME),
                    );
                }
            }
            if matches!(ctx.str_at("easyPay.cashReceiptType"), Some("PERSONAL" | "CORPORATE")) {
                ctx.ignored("easyPay.cashReceiptType", &CASH_RECEIPT);
            }
            let t = ctx.get("bypass.tosspay_v2.expiredTime").cloned();
            expired_time("bypass.tosspay_v2.expiredTime", t.as_ref(), ctx.r);
        }
        Api::IssueBillingKey => {
            if ctx.mobile == Some(true) && !ctx.has("redirectUrl") {
                // The common rule warns; for TossPay billing keys the guide requires it.
                ctx.r
                    .issues
                    .retain(|i| !(i.path == "redirectUrl" && i.code == Code::Required));
                ctx.require("redirectUrl", Severity::Error, &BILLING_REDIRECT);
            }
        }
        Api::IssueBillingKeyAndPay | Api::LoadPaymentUI | Api::LoadIssueBillingKeyUI => {}
    }
}
