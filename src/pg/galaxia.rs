//! Galaxia Moneytree (갤럭시아머니트리), v1 and v2. Sources: PortOne's v1 guide
//! `src/routes/(root)/opi/ko/integration/pg/v1/galaxia.mdx` (`shared/reference/v1-pg-rules.md` §23)
//! and v2 guide `src/routes/(root)/opi/ko/integration/pg/v2/galaxia.mdx`
//! (`shared/reference/v2-pg-rules.md` §13). The v2 bypass block (`ITEM_CODE` in every call) comes
//! from the `Galaxia*Bypass` types of npm `@portone/browser-sdk@0.1.11`; the current guide no
//! longer mentions it.
//!
//! To add a Galaxia rule: data goes in [`V1`] / [`V2`] and the tables; logic in [`check_v1`] and
//! [`check_v2`].

use super::{BypassTables, CustomerField, CustomerRule, Env, Gateway, V1Rules, V2Rules, WindowTypes};
use crate::core::fields::{check_keys, max_len, one_of, want_obj, want_str, Key, Kind};
use crate::core::issue::{Bi, Code, Detail, Format, Severity};
use crate::core::text::{parse_rfc3339, DateFmt, Unit};
use crate::core::v1::V1Ctx;
use crate::core::v1_options::{billing_window, currencies, direct_quota_months, env_only, BillingRule, Charge};
use crate::core::v2::{Api, V2Ctx};
use crate::core::value::Value;

/// Galaxia Moneytree.
pub static GATEWAY: Gateway = Gateway {
    id: "galaxia",
    name: bi!("갤럭시아머니트리", "Galaxia Moneytree"),
    aliases: &["galaxia", "moneytree"],
    more_guides: &[],
    v1: Some(V1),
    v2: Some(V2),
};

// ---------------------------------------------------------------------------------------------
// v1

/// Galaxia's v1 (`IMP.request_pay`) rules.
pub const V1: V1Rules = V1Rules {
    guide: "src/routes/(root)/opi/ko/integration/pg/v1/galaxia.mdx",
    codes: &["galaxia"],
    // pay_method list plus `moneytree` from the guide's 지원 결제 수단.
    pay_methods: &[
        "card",
        "trans",
        "vbank",
        "phone",
        "cultureland",
        "smartculture",
        "booknlife",
        "happymoney",
        "kakaopay",
        "naverpay",
        "tosspay",
        "samsungpay",
        "applepay",
        "payco",
        "moneytree",
    ],
    extra_keys: &["customer_id", "phone"],
    card_direct: true,
    card_quota: true,
    escrow: true,
    escrow_ignored: None,
    vbank_due: &[DateFmt::DashedYmd, DateFmt::Ymd],
    languages: &[],
    bypass: &[],
    check: check_v1,
};

/// `phone.carrier` values (주요 파라미터 phone).
static CARRIERS_V1: &[&str] = &["SKT", "KTF", "LGT", "CJH", "KCT", "SKL"];

static BILLING_KEY_ONLY: BillingRule = BillingRule {
    pay_methods: &["card", "phone"],
    pay_methods_note: &BILLING_METHODS,
    charge: Charge::Never,
    amount_note: &BILLING_NOT_CHARGED,
};
static BILLING_AND_PAY: BillingRule = BillingRule {
    pay_methods: &["card", "phone"],
    pay_methods_note: &BILLING_METHODS,
    charge: Charge::WhenAmount,
    amount_note: &BILLING_CHARGED,
};

static CUSTOMER_ID: Bi = bi!(
    "갤럭시아머니트리 가이드: customer_id(구매자 고유 ID, 최대 20자)는 필수입니다.",
    "Galaxia Moneytree guide: customer_id (the buyer's ID, at most 20 characters) is required."
);
static NAME: Bi = bi!(
    "갤럭시아머니트리 가이드: name(주문명)은 필수입니다.",
    "Galaxia Moneytree guide: name is required."
);
static TRANS_BUYER_NAME: Bi = bi!(
    "갤럭시아머니트리 가이드: 계좌이체 결제에는 buyer_name(구매자 이름)이 필수입니다.",
    "Galaxia Moneytree guide: transfers need buyer_name."
);
static MOBILE_REDIRECT: Bi = bi!(
    "갤럭시아머니트리 가이드: 모바일 환경에서는 m_redirect_url이 필수입니다.",
    "Galaxia Moneytree guide: m_redirect_url is required on mobile."
);
static VBANK_DUE: Bi = bi!(
    "갤럭시아머니트리 가이드: 가상계좌 결제에는 vbank_due(YYYY-MM-DD 또는 YYYYMMDD)가 필수입니다.",
    "Galaxia Moneytree guide: virtual accounts need vbank_due (YYYY-MM-DD or YYYYMMDD)."
);
static CURRENCY: Bi = bi!(
    "갤럭시아머니트리 가이드: 통화는 KRW만 허용됩니다.",
    "Galaxia Moneytree guide: KRW only."
);
static ESCROW_METHODS: Bi = bi!(
    "갤럭시아머니트리 가이드: 에스크로는 계좌이체·가상계좌에서만 허용됩니다.",
    "Galaxia Moneytree guide: escrow is only allowed with transfers and virtual accounts."
);
static PHONE_ONLY: Bi = bi!(
    "갤럭시아머니트리 가이드: 휴대폰 결제(pay_method 'phone')에만 적용됩니다.",
    "Galaxia Moneytree guide: it only applies to phone payments (pay_method 'phone')."
);
static NO_BYPASS: Bi = bi!(
    "갤럭시아머니트리 v1 가이드에는 bypass 파라미터가 없어 무시됩니다.",
    "The Galaxia Moneytree v1 guide has no bypass parameters; it is ignored."
);
static BILLING_METHODS: Bi = bi!(
    "갤럭시아머니트리 가이드: 빌링키 발급 창은 pay_method 'card'(필수 입력), 빌링키 발급과 동시에 결제 창은 'phone'만 지원합니다.",
    "Galaxia Moneytree guide: the billing-key window takes pay_method 'card' (required); billing-and-pay takes 'phone' only."
);
static BILLING_NOT_CHARGED: Bi = bi!(
    "갤럭시아머니트리 가이드: 빌링키 발급 창에서는 결제가 발생하지 않습니다(금액이 0이거나 없으면 1000원으로 표시).",
    "Galaxia Moneytree guide: the billing-key window charges nothing (0 or no amount is shown as 1,000 KRW)."
);
static BILLING_CHARGED: Bi = bi!(
    "갤럭시아머니트리 가이드: 빌링키 발급과 동시에 결제(phone)는 금액만큼 실제로 승인됩니다.",
    "Galaxia Moneytree guide: billing-and-pay (phone) charges the amount."
);

fn check_v1(ctx: &mut V1Ctx) {
    let pm_given = ctx.pay_method.clone();
    let pm = pm_given.clone().unwrap_or_else(|| "card".to_string());
    let pm = pm.as_str();

    match ctx.req.get("customer_id") {
        None => ctx.r.required("customer_id", Some(&CUSTOMER_ID)),
        Some(Value::Str(s)) => {
            let s = s.clone();
            if !max_len(&s, 20, Unit::Chars, "customer_id", Severity::Error, ctx.r) {
                if let Some(last) = ctx.r.issues.last_mut() {
                    last.note = Some(&CUSTOMER_ID);
                }
            }
        }
        Some(_) => {}
    }
    if ctx.req.get("name").is_none() {
        ctx.r.required("name", Some(&NAME));
    }
    if pm == "trans" && ctx.req.get("buyer_name").is_none() {
        ctx.r.required("buyer_name", Some(&TRANS_BUYER_NAME));
    }
    if ctx.mobile == Some(true) && ctx.req.get("m_redirect_url").is_none() {
        ctx.r.required("m_redirect_url", Some(&MOBILE_REDIRECT));
    }
    if pm == "vbank" && ctx.req.get("vbank_due").is_none() {
        ctx.r.required("vbank_due", Some(&VBANK_DUE));
    }
    env_only(ctx, "app_scheme", true, None);
    currencies(ctx, &["KRW"], &CURRENCY);
    if ctx.req.get("escrow") == Some(&Value::Bool(true)) && !matches!(pm, "trans" | "vbank") {
        ctx.r
            .unsupported("escrow", Severity::Error, &GATEWAY.name, &ESCROW_METHODS);
    }
    direct_quota_months(ctx);

    if ctx.billing() {
        if pm_given.is_none() {
            ctx.r.required("pay_method", Some(&BILLING_METHODS));
        }
        if pm == "phone" {
            billing_window(ctx, &BILLING_AND_PAY);
        } else {
            billing_window(ctx, &BILLING_KEY_ONLY);
        }
    }

    if let Some(phone) = want_obj(ctx.req.get("phone"), "phone", ctx.r) {
        if pm != "phone" {
            ctx.r.warn("phone", Code::Unsupported, Detail::Note, Some(&PHONE_ONLY));
        }
        check_keys(phone, "phone", &[Key::new("carrier", Kind::Any)], ctx.mobile, ctx.r);
        if let Some(c) = want_str(phone.get("carrier"), "phone.carrier", ctx.r) {
            one_of(c, CARRIERS_V1, "phone.carrier", Severity::Error, None, ctx.r);
        }
    }
    if ctx.req.get("bypass").is_some() {
        ctx.r.warn("bypass", Code::Unsupported, Detail::Note, Some(&NO_BYPASS));
    }
}

// ---------------------------------------------------------------------------------------------
// v2

/// Galaxia's v2 rules as data.
pub const V2: V2Rules = V2Rules {
    guide: "src/routes/(root)/opi/ko/integration/pg/v2/galaxia.mdx",
    bypass_key: Some("galaxia"),
    bypass: BypassTables {
        payment: Some(BYPASS),
        billing: Some(BYPASS),
        billing_and_pay: Some(BYPASS),
        load_payment_ui: None,
        load_issue_billing_key_ui: None,
    },
    pay_methods: Some(&[
        "CARD",
        "TRANSFER",
        "VIRTUAL_ACCOUNT",
        "MOBILE",
        "GIFT_CERTIFICATE",
        "EASY_PAY",
    ]),
    // The guide's MONEYTREE is not in the npm enum (the schema rejects it).
    easy_pay_providers: Some(&["KAKAOPAY", "NAVERPAY", "TOSSPAY", "SAMSUNGPAY", "APPLEPAY", "PAYCO"]),
    billing_key_methods: Some(&["CARD"]),
    billing_key_and_pay_methods: Some(&["MOBILE"]),
    currencies: Some(&["KRW"]),
    window_types: Some(WindowTypes {
        pc: &["IFRAME"],
        mobile: &["REDIRECTION"],
    }),
    customer: &[CustomerRule {
        field: CustomerField::CustomerId,
        apis: &[Api::Payment, Api::IssueBillingKey, Api::IssueBillingKeyAndPay],
        env: Env::Any,
        note: &CUSTOMER_ID_V2,
    }],
    va_needs_expiry: true,
    mobile_needs_redirect: true,
    check: check_v2,
    ..V2Rules::NONE
};

/// `bypass.galaxia` (every call).
static BYPASS: &[Key] = &[Key::new("ITEM_CODE", Kind::Str)];

/// Gift certificates (the guide also lists HAPPYMONEY, which the npm enum lacks).
static GIFT_TYPES: &[&str] = &["CULTURELAND", "SMART_MUNSANG", "BOOKNLIFE"];

static CUSTOMER_ID_V2: Bi = bi!(
    "갤럭시아머니트리 가이드: customer.customerId(최대 20자)는 모든 호출에서 필수입니다.",
    "Galaxia Moneytree guide: customer.customerId (at most 20 characters) is required in every call."
);
static ORDER_NAME_V2: Bi = bi!(
    "갤럭시아머니트리 가이드: 주문명(orderName / issueName)은 필수입니다.",
    "Galaxia Moneytree guide: the order name (orderName / issueName) is required."
);
static PAYMENT_ID: Bi = bi!(
    "갤럭시아머니트리 가이드: paymentId는 최대 64자입니다.",
    "Galaxia Moneytree guide: paymentId is at most 64 characters."
);
static ESCROW_V2: Bi = bi!(
    "갤럭시아머니트리 가이드: 에스크로(isEscrow)는 TRANSFER·VIRTUAL_ACCOUNT에서만 허용됩니다.",
    "Galaxia Moneytree guide: escrow (isEscrow) is only allowed with TRANSFER and VIRTUAL_ACCOUNT."
);
static TRANSFER_PHONE: Bi = bi!(
    "갤럭시아머니트리 가이드: 계좌이체(TRANSFER)에는 customer.phoneNumber가 필수입니다.",
    "Galaxia Moneytree guide: TRANSFER needs customer.phoneNumber."
);
static DUE_DATE: Bi = bi!(
    "갤럭시아머니트리 가이드: dueDate는 RFC 3339 형식(예: 2024-12-31T23:59:59+09:00)입니다.",
    "Galaxia Moneytree guide: dueDate is RFC 3339 (e.g. 2024-12-31T23:59:59+09:00)."
);
static GIFT_V2: Bi = bi!(
    "갤럭시아머니트리 가이드: 상품권은 CULTURELAND, SMART_MUNSANG, BOOKNLIFE(와 SDK에 없는 HAPPYMONEY)입니다.",
    "Galaxia Moneytree guide: gift certificates are CULTURELAND, SMART_MUNSANG, BOOKNLIFE (and HAPPYMONEY, missing from the SDK)."
);
static APP_SCHEME_PC: Bi = bi!(
    "갤럭시아머니트리 가이드: appScheme은 iOS 앱 결제용이며 앱이 아닌 환경에서는 보내지 마세요.",
    "Galaxia Moneytree guide: appScheme is for iOS apps; do not send it outside an app."
);

fn check_v2(ctx: &mut V2Ctx) {
    if let Some(id) = ctx.str_at("customer.customerId").map(str::to_string) {
        if !max_len(&id, 20, Unit::Chars, "customer.customerId", Severity::Error, ctx.r) {
            if let Some(last) = ctx.r.issues.last_mut() {
                last.note = Some(&CUSTOMER_ID_V2);
            }
        }
    }
    let name_key = if ctx.api == Api::IssueBillingKey {
        "issueName"
    } else {
        "orderName"
    };
    if !ctx.has(name_key) && !ctx.r.has(name_key, Code::Required) {
        ctx.require(name_key, Severity::Error, &ORDER_NAME_V2);
    }
    if let Some(id) = ctx.str_at("paymentId").map(str::to_string) {
        if !max_len(&id, 64, Unit::Chars, "paymentId", Severity::Error, ctx.r) {
            if let Some(last) = ctx.r.issues.last_mut() {
                last.note = Some(&PAYMENT_ID);
            }
        }
    }
    if ctx.mobile == Some(false) && ctx.has("appScheme") {
        ctx.ignored("appScheme", &APP_SCHEME_PC);
    }
    if ctx.api != Api::Payment {
        return;
    }
    if ctx.get("isEscrow") == Some(&Value::Bool(true)) && !matches!(ctx.method, Some("TRANSFER" | "VIRTUAL_ACCOUNT")) {
        ctx.unsupported("isEscrow", Severity::Error, &ESCROW_V2);
    }
    if ctx.method == Some("TRANSFER") && !ctx.has("customer.phoneNumber") {
        ctx.require("customer.phoneNumber", Severity::Error, &TRANSFER_PHONE);
    }
    if ctx.method == Some("VIRTUAL_ACCOUNT") {
        if let Some(d) = ctx.str_at("virtualAccount.accountExpiry.dueDate") {
            if !d.is_empty() && parse_rfc3339(d).is_none() {
                ctx.r.error(
                    "virtualAccount.accountExpiry.dueDate",
                    Code::InvalidFormat,
                    Detail::Format(Format::Described),
                    Some(&DUE_DATE),
                );
            }
        }
    }
    if ctx.method == Some("GIFT_CERTIFICATE") {
        let t = ctx
            .str_at("giftCertificate.giftCertificateType")
            .map(|t| t.strip_prefix("GIFT_CERTIFICATE_TYPE_").unwrap_or(t).to_string());
        if t.is_some_and(|t| {
            !GIFT_TYPES.contains(&t.as_str()) && !ctx.r.has("giftCertificate.giftCertificateType", Code::InvalidValue)
        }) {
            ctx.unsupported("giftCertificate.giftCertificateType", Severity::Error, &GIFT_V2);
        }
    }
}
