//! Smartro (스마트로). Sources, PortOne's guides:
//! - v1 new module `smartro_v2`: `src/routes/(root)/opi/ko/integration/pg/v1/smartro-v2/readme.mdx`
//!   and `.../v1/smartro-v2/caution.mdx` (연동 유의사항);
//! - v1 old module `smartro`: `src/routes/(root)/opi/ko/integration/pg/v1/smartro.mdx`;
//! - v2: `src/routes/(root)/opi/ko/integration/pg/v2/smartro-v2.mdx`; the fixed-month-only
//!   installment and the orderName limit (40 bytes) come from the docs schema
//!   `src/schema/browser-sdk.yml` (`shared/reference/v2-pg-rules.md` §6).
//!
//! Both v1 codes share one [`V1Rules`]; what differs between the modules is in [`check_v1`].
//! To add a Smartro rule: data goes in the tables; logic in [`check_v1`] / [`check_v2`].

use super::{BypassBlock, BypassTables, CustomerField, CustomerRule, Env, Gateway, TextLimit, V1Rules, V2Rules};
use crate::core::fields::{check_keys, max_len, Key, Kind, MAX_AMOUNT};
use crate::core::issue::{Bi, Code, Detail, Format, Severity};
use crate::core::text::{parse_date, DateFmt, Unit};
use crate::core::v1::{V1Ctx, VBANK_DUE_COMMON};
use crate::core::v1_options::{billing_window, period, redirect_on_mobile, BillingRule, Charge, PeriodRule};
use crate::core::v2::{Api, V2Ctx};
use crate::core::value::Value;

/// Smartro.
pub static GATEWAY: Gateway = Gateway {
    id: "smartro",
    name: bi!("스마트로", "Smartro"),
    aliases: &["smartro", "smartro_v2"],
    more_guides: &[
        "src/routes/(root)/opi/ko/integration/pg/v1/smartro-v2/caution.mdx",
        "src/routes/(root)/opi/ko/integration/pg/v1/smartro.mdx",
    ],
    v1: Some(V1Rules {
        guide: "src/routes/(root)/opi/ko/integration/pg/v1/smartro-v2/readme.mdx",
        codes: &["smartro_v2", "smartro"],
        pay_methods: &[
            "card", "trans", "vbank", "phone", "lpay", "kakaopay", "naverpay", "payco", "pinpay",
        ],
        extra_keys: &["customer_id", "period"],
        card_direct: true,
        card_quota: false,
        escrow: true,
        escrow_ignored: None,
        vbank_due: VBANK_DUE_COMMON,
        languages: &["ko", "en"],
        bypass: &[
            BypassBlock::when("bypass", BYPASS_ROOT, "new module (smartro_v2)"),
            BypassBlock::when(
                "bypass",
                BYPASS_ROOT_BILLING,
                "new module (smartro_v2) billing-key window",
            ),
        ],
        check: check_v1,
    }),
    v2: Some(V2),
};

/// Smartro's v2 rules as data.
pub const V2: V2Rules = V2Rules {
    guide: "src/routes/(root)/opi/ko/integration/pg/v2/smartro-v2.mdx",
    bypass_key: Some("smartro_v2"),
    bypass: BypassTables {
        payment: Some(BYPASS),
        billing: Some(BYPASS_BILLING),
        billing_and_pay: None,
        load_payment_ui: None,
        load_issue_billing_key_ui: None,
    },
    pay_methods: Some(&["CARD", "TRANSFER", "VIRTUAL_ACCOUNT", "MOBILE", "EASY_PAY"]),
    easy_pay_providers: Some(&["KAKAOPAY", "NAVERPAY", "PAYCO", "LPAY", "PINPAY"]),
    billing_key_methods: Some(&["CARD"]),
    billing_key_and_pay_methods: Some(&[]),
    currencies: Some(&["KRW", "USD"]),
    order_name: Some(TextLimit {
        max: 40,
        unit: Unit::Bytes,
        severity: Severity::Error,
    }),
    full_name: Some(TextLimit {
        max: 30,
        unit: Unit::Chars,
        severity: Severity::Error,
    }),
    customer: &[
        CustomerRule {
            field: CustomerField::PhoneNumber,
            apis: &[Api::Payment],
            env: Env::Any,
            note: &PHONE,
        },
        CustomerRule {
            field: CustomerField::CustomerId,
            apis: &[Api::IssueBillingKey],
            env: Env::Any,
            note: &CUSTOMER_ID,
        },
    ],
    month_list: false,
    mobile_needs_product_type: true,
    check: check_v2,
    ..V2Rules::NONE
};

const SKIN_COLOR: Kind = Kind::Enum(&["RED", "GREEN", "BLUE", "PURPLE"]);

/// `bypass.smartro_v2` (payment).
static BYPASS: &[Key] = &[
    Key::new("GoodsCnt", Kind::Int(0, MAX_AMOUNT)),
    Key::new("SkinColor", SKIN_COLOR),
    Key::new("OpenType", Kind::Enum(&["KR", "EN"])),
];

/// `bypass.smartro_v2` (billing key).
static BYPASS_BILLING: &[Key] = &[
    Key::new("SkinColor", SKIN_COLOR),
    Key::new("IsPwdPass", Kind::Enum(&["Y", "N"])),
];

static PHONE: Bi = bi!(
    "스마트로 가이드: 결제창을 열려면 customer.phoneNumber가 필요합니다.",
    "Smartro guide: the payment window needs customer.phoneNumber."
);
static CUSTOMER_ID: Bi = bi!(
    "스마트로 가이드: 간편결제와 빌링키 발급에는 customer.customerId(20자 이내)가 필수입니다.",
    "Smartro guide: easy pay and billing keys need customer.customerId (at most 20 characters)."
);
static ISSUE_ID: Bi = bi!(
    "스마트로 가이드: 빌링키 발급에는 issueId가 필수입니다.",
    "Smartro guide: issuing a billing key needs issueId."
);
static DIRECT_AND_FIXED: Bi = bi!(
    "스마트로 가이드: 카드사 다이렉트 호출(card.cardCompany)과 고정 할부(fixedMonth)는 함께 보내야 하며, 하나만 보내면 오류입니다.",
    "Smartro guide: card.cardCompany (direct call) and fixedMonth must be sent together; either alone is an error."
);

static V2_ESCROW: Bi = bi!(
    "스마트로 유의사항: 에스크로 결제에서는 카드사·가상계좌 은행 다이렉트 호출과 계좌이체 현금영수증 정보 전달이 불가능하며 결제창이 호출되지 않습니다.",
    "Smartro notes: escrow payments take no direct card or bank call and no transfer cash-receipt fields; the window does not open."
);

/// Smartro rules the data cannot say.
fn check_v2(ctx: &mut V2Ctx) {
    match ctx.api {
        Api::IssueBillingKey => {
            if !ctx.has("issueId") {
                ctx.require("issueId", Severity::Error, &ISSUE_ID);
            }
        }
        Api::Payment => {
            if ctx.method == Some("EASY_PAY") && !ctx.has("customer.customerId") {
                ctx.require("customer.customerId", Severity::Error, &CUSTOMER_ID);
            }
            if ctx.get("isEscrow") == Some(&Value::Bool(true)) {
                for path in [
                    "card.cardCompany",
                    "virtualAccount.bankCode",
                    "transfer.cashReceiptType",
                    "transfer.customerIdentifier",
                ] {
                    if ctx.has(path) {
                        ctx.r.error(
                            path,
                            Code::Conflict,
                            Detail::Conflict { with: "isEscrow" },
                            Some(&V2_ESCROW),
                        );
                    }
                }
            }
            if ctx.method == Some("CARD") {
                let fixed = "card.installment.monthOption.fixedMonth";
                match (ctx.has("card.cardCompany"), ctx.has(fixed)) {
                    (true, false) => ctx.require(fixed, Severity::Error, &DIRECT_AND_FIXED),
                    (false, true) => ctx.require("card.cardCompany", Severity::Error, &DIRECT_AND_FIXED),
                    _ => {}
                }
            }
        }
        Api::IssueBillingKeyAndPay | Api::LoadPaymentUI | Api::LoadIssueBillingKeyUI => {}
    }
}

// ---------------------------------------------------------------------------------------------
// v1

/// Old module (`smartro`, smartro.mdx).
static OLD_METHODS: &[&str] = &["card", "trans", "vbank"];
/// Easy pays of the new module (`customer_id` required).
static EASY_PAYS: &[&str] = &["lpay", "kakaopay", "naverpay", "payco", "pinpay"];
/// New-module `vbank_due`: the caution page says `YYYYMMDD`, the readme `YYYY-MM-DD`; both taken.
static VBANK_DUE_NEW: &[DateFmt] = &[DateFmt::Ymd, DateFmt::DashedYmd];
/// New-module `period`: the readme says `YYYYMMDD`, the caution page's sample `YYYY-MM-DD`.
static PERIOD_NEW: PeriodRule = PeriodRule {
    formats: &[DateFmt::Ymd, DateFmt::DashedYmd],
    both: true,
};
static PERIOD_OLD: PeriodRule = PeriodRule {
    formats: &[DateFmt::Ymd],
    both: false,
};

static BYPASS_V1: &[Key] = &[
    Key::new("GoodsCnt", Kind::Int(0, MAX_AMOUNT)),
    Key::new("SkinColor", SKIN_COLOR),
    Key::new("OpenType", Kind::Enum(&["KR", "EN"])),
];
static BYPASS_V1_BILLING: &[Key] = &[
    Key::new("SkinColor", SKIN_COLOR),
    Key::new("IsPwdPass", Kind::Enum(&["Y", "N"])),
];
static BYPASS_ROOT: &[Key] = &[
    Key::new("smartro_v2", Kind::Fields(BYPASS_V1)),
    Key::new("cashReceiptType", Kind::Enum(&["anonymous", "personal", "corporate"])),
    Key::new("customerIdentifier", Kind::Text),
];
static BYPASS_ROOT_BILLING: &[Key] = &[Key::new("smartro_v2", Kind::Fields(BYPASS_V1_BILLING))];

static BILLING: BillingRule = BillingRule {
    pay_methods: &["card"],
    pay_methods_note: &V1_BILLING_CARD,
    charge: Charge::Never,
    amount_note: &V1_BILLING_NOT_CHARGED,
};

static V1_OLD_METHOD: Bi = bi!(
    "스마트로 구모듈(smartro)은 card, trans, vbank만 지원합니다. 다른 결제수단은 신모듈(smartro_v2)을 쓰세요.",
    "Smartro's old module (smartro) takes card, trans and vbank only; use the new module (smartro_v2) for the others."
);
static V1_MERCHANT_UID: Bi = bi!(
    "스마트로 가이드: 주문번호(merchant_uid)에는 특수문자를 쓸 수 없습니다(영문·숫자만).",
    "Smartro guide: merchant_uid may not contain special characters (letters and digits only)."
);
static V1_BUYER_TEL: Bi = bi!(
    "스마트로 가이드: 일반결제에는 buyer_tel이 필수입니다.",
    "Smartro guide: buyer_tel is required for payments."
);
static V1_AMOUNT_DECIMALS: Bi = bi!(
    "스마트로 가이드: 결제금액은 소수점 둘째 자리까지 허용합니다.",
    "Smartro guide: the amount allows at most two decimal places."
);
static V1_CURRENCY: Bi = bi!(
    "스마트로 가이드: 통화는 상점 아이디 설정으로 정해지며 KRW, USD 외의 통화는 오류입니다. 현재 USD 결제는 불가능합니다.",
    "Smartro guide: the MID decides the currency; anything but KRW or USD is an error, and USD is unavailable for now."
);
static V1_VBANK_DUE: Bi = bi!(
    "스마트로 가이드: 가상계좌 발급에는 입금 기한(vbank_due, YYYYMMDD 날짜, 시각은 23:59:59 고정)이 필수이며, 없거나 잘못되면 결제창이 호출되지 않습니다.",
    "Smartro guide: virtual accounts need vbank_due (a YYYYMMDD date; the time is always 23:59:59); without a valid one the window does not open."
);
static V1_DIGITAL: Bi = bi!(
    "스마트로 가이드: 휴대폰 소액결제에는 digital(컨텐츠 true / 실물 false)이 필수이며 상점 아이디 설정과 일치해야 합니다.",
    "Smartro guide: phone payments need digital (true content / false goods), matching the MID's setting."
);
static V1_CUSTOMER_ID: Bi = bi!(
    "스마트로 가이드: 간편결제와 빌링키 발급에는 customer_id(20자 이내)가 필수입니다.",
    "Smartro guide: easy pays and billing keys need customer_id (at most 20 characters)."
);
static V1_DIRECT_QUOTA: Bi = bi!(
    "스마트로 가이드: 카드사 다이렉트 호출에는 고정 할부 개월수(card.direct.quota)가 필수입니다(코드와 개월수는 함께 보내거나 둘 다 생략).",
    "Smartro guide: a direct card call needs card.direct.quota (send code and quota together, or neither)."
);
static V1_WINDOWS_ONLY: Bi = bi!(
    "스마트로 가이드: 전북카드(372)와 카카오뱅크 카드(090) 다이렉트 호출은 윈도우 OS에서만 가능합니다.",
    "Smartro guide: direct calls to Jeonbuk (372) and KakaoBank (090) cards only work on Windows."
);
static V1_ESCROW_DIRECT: Bi = bi!(
    "스마트로 가이드: 에스크로 결제에서는 카드사 다이렉트 호출이 불가능하며 결제창이 호출되지 않습니다.",
    "Smartro guide: escrow payments cannot open a card company directly; the window does not open."
);
static V1_ESCROW_METHODS: Bi = bi!(
    "스마트로 가이드: 에스크로는 card, vbank, trans에서만 가능합니다.",
    "Smartro guide: escrow is only for card, vbank and trans."
);
static V1_CARD_DETAIL: Bi = bi!(
    "스마트로 가이드: card.detail(무이자 할부 개월수 리스트)은 지원하지 않으며 상점 아이디의 무이자 설정이 표시됩니다.",
    "Smartro guide: card.detail (interest-free month lists) is not supported; the MID's interest-free setup is shown."
);
static V1_CASH_VBANK: Bi = bi!(
    "스마트로 가이드: V1에는 가상계좌 다이렉트 호출이 없어 가상계좌 결제에는 현금영수증 정보를 전달할 수 없습니다.",
    "Smartro guide: v1 has no direct virtual-account call, so cash-receipt fields cannot be passed for vbank."
);
static V1_CASH_ESCROW: Bi = bi!(
    "스마트로 가이드: 에스크로 계좌이체에 현금영수증 정보를 보내면 결제창이 호출되지 않습니다.",
    "Smartro guide: cash-receipt fields on an escrow transfer keep the window from opening."
);
static V1_CASH_ID_FORBIDDEN: Bi = bi!(
    "스마트로 가이드: cashReceiptType이 없거나 anonymous이면 customerIdentifier를 보낼 수 없으며, 보내면 결제창이 호출되지 않습니다.",
    "Smartro guide: without cashReceiptType, or with anonymous, customerIdentifier is not allowed; the window would not open."
);
static V1_CASH_ID_REQUIRED: Bi = bi!(
    "스마트로 가이드: cashReceiptType이 personal(휴대폰·주민등록·현금영수증 카드 번호) 또는 corporate(사업자등록번호)이면 customerIdentifier가 필수입니다.",
    "Smartro guide: with cashReceiptType personal (phone, resident or cash-receipt card number) or corporate (business number) customerIdentifier is required."
);
static V1_CASH_SCOPE: Bi = bi!(
    "스마트로 가이드: 현금영수증 정보는 계좌이체/가상계좌 전용입니다.",
    "Smartro guide: the cash-receipt fields are for trans and vbank only."
);
static V1_BILLING_CARD: Bi = bi!(
    "스마트로 비인증 결제창(빌링키 발급)은 pay_method 'card'만 지원합니다.",
    "Smartro's billing-key window only supports pay_method 'card'."
);
static V1_BILLING_NOT_CHARGED: Bi = bi!(
    "스마트로 가이드: 빌링키 발급 시 실제 승인은 일어나지 않습니다. 결제는 customer_uid로 REST API를 호출하세요.",
    "Smartro guide: issuing a billing key charges nothing; charge through the REST API with customer_uid."
);
static V1_BILLING_REDIRECT: Bi = bi!(
    "스마트로 가이드: 모바일에서는 빌링키 발급창이 리디렉션 방식이라 m_redirect_url이 필수입니다.",
    "Smartro guide: on mobile the billing-key window redirects, so m_redirect_url is required."
);
static V1_BILLING_LANGUAGE: Bi = bi!(
    "스마트로 가이드: 빌링키 발급 창은 한국어만 지원합니다.",
    "Smartro guide: the billing-key window is Korean only."
);
static V1_OLD_IGNORED: Bi = bi!(
    "스마트로 구모듈 가이드에는 이 파라미터가 없어 무시됩니다.",
    "The Smartro old-module guide has no such parameter; it is ignored."
);

fn check_v1(ctx: &mut V1Ctx) {
    let pm = ctx.pay_method.clone();
    let pm = pm.as_deref().unwrap_or("card");
    if ctx.code == "smartro" {
        if ctx.pay_method.is_some() && !OLD_METHODS.contains(&pm) && ctx.rules.pay_methods.contains(&pm) {
            ctx.r
                .unsupported("pay_method", Severity::Error, &GATEWAY.name, &V1_OLD_METHOD);
        }
        for key in ["customer_uid", "customer_id", "bypass"] {
            if ctx.req.get(key).is_some() {
                ctx.r
                    .unsupported(key, Severity::Warning, &GATEWAY.name, &V1_OLD_IGNORED);
            }
        }
        period(ctx, &PERIOD_OLD);
        redirect_on_mobile(ctx);
        return;
    }
    let billing = ctx.billing();
    if let Some(uid) = ctx.req.get("merchant_uid").and_then(Value::as_str) {
        if !uid.bytes().all(|b| b.is_ascii_alphanumeric()) {
            ctx.r.error(
                "merchant_uid",
                Code::InvalidFormat,
                Detail::Format(Format::Described),
                Some(&V1_MERCHANT_UID),
            );
        }
    }
    if !billing && ctx.req.get("buyer_tel").is_none() {
        ctx.r.required("buyer_tel", Some(&V1_BUYER_TEL));
    }
    if let Some(a) = ctx.amount {
        if !ctx.krw && ((a * 100.0).round() - a * 100.0).abs() > 1e-6 {
            ctx.r
                .error("amount", Code::InvalidValue, Detail::Note, Some(&V1_AMOUNT_DECIMALS));
        }
    }
    match ctx.req.get("currency").and_then(Value::as_str) {
        None | Some("KRW") => {}
        Some("USD") => ctx
            .r
            .warn("currency", Code::Unsupported, Detail::Note, Some(&V1_CURRENCY)),
        Some(_) => {
            if !ctx.r.has("currency", Code::InvalidFormat) {
                ctx.r
                    .error("currency", Code::InvalidValue, Detail::Note, Some(&V1_CURRENCY));
            }
        }
    }
    match ctx.req.get("vbank_due").and_then(Value::as_str) {
        Some(s) => {
            if parse_date(s, VBANK_DUE_COMMON).is_some() && parse_date(s, VBANK_DUE_NEW).is_none() {
                ctx.r.error(
                    "vbank_due",
                    Code::InvalidFormat,
                    Detail::Format(Format::Date(VBANK_DUE_NEW)),
                    Some(&V1_VBANK_DUE),
                );
            }
        }
        None => {
            if pm == "vbank" {
                ctx.r.required("vbank_due", Some(&V1_VBANK_DUE));
            }
        }
    }
    if pm == "phone" && ctx.req.get("digital").is_none() {
        ctx.r.required("digital", Some(&V1_DIGITAL));
    }
    period(ctx, &PERIOD_NEW);
    match ctx.req.get("customer_id").and_then(Value::as_str) {
        Some(id) => {
            max_len(id, 20, Unit::Chars, "customer_id", Severity::Error, ctx.r);
        }
        None => {
            if billing || EASY_PAYS.contains(&pm) {
                ctx.r.required("customer_id", Some(&V1_CUSTOMER_ID));
            }
        }
    }
    let escrow = ctx.req.get("escrow") == Some(&Value::Bool(true));
    if escrow && !matches!(pm, "card" | "vbank" | "trans") {
        ctx.r
            .unsupported("escrow", Severity::Error, &GATEWAY.name, &V1_ESCROW_METHODS);
    }
    // card.direct: code and quota together; not with escrow; two cards Windows only.
    let card = ctx.req.get("card").and_then(Value::as_obj);
    let direct = card.and_then(|c| c.get("direct")).and_then(Value::as_obj);
    if let Some(d) = direct {
        let code = d.get("code").and_then(Value::as_str);
        let no_quota = d.get("quota").is_none();
        let windows_only = matches!(code, Some("372" | "090"));
        if no_quota {
            ctx.r.required("card.direct.quota", Some(&V1_DIRECT_QUOTA));
        }
        if windows_only {
            ctx.r.warn(
                "card.direct.code",
                Code::Unsupported,
                Detail::Note,
                Some(&V1_WINDOWS_ONLY),
            );
        }
        if escrow {
            ctx.r.error(
                "card.direct",
                Code::Conflict,
                Detail::Conflict { with: "escrow" },
                Some(&V1_ESCROW_DIRECT),
            );
        }
    }
    if card.and_then(|c| c.get("detail")).is_some() {
        ctx.r
            .unsupported("card.detail", Severity::Warning, &GATEWAY.name, &V1_CARD_DETAIL);
    }
    if billing {
        billing_window(ctx, &BILLING);
        if ctx.mobile == Some(true) && ctx.req.get("m_redirect_url").is_none() {
            ctx.r.required("m_redirect_url", Some(&V1_BILLING_REDIRECT));
        }
        if ctx
            .req
            .get("language")
            .and_then(Value::as_str)
            .is_some_and(|l| l != "ko")
        {
            ctx.r
                .unsupported("language", Severity::Warning, &GATEWAY.name, &V1_BILLING_LANGUAGE);
        }
        if let Some(b) = ctx.req.get("bypass").and_then(Value::as_obj) {
            check_keys(b, "bypass", BYPASS_ROOT_BILLING, ctx.mobile, ctx.r);
        }
        return;
    }
    redirect_on_mobile(ctx);
    cash_receipt_v1(ctx, pm, escrow);
}

/// Root `bypass` and the cash-receipt table of caution.mdx.
fn cash_receipt_v1(ctx: &mut V1Ctx, pm: &str, escrow: bool) {
    let Some(b) = ctx.req.get("bypass").and_then(Value::as_obj) else {
        return;
    };
    check_keys(b, "bypass", BYPASS_ROOT, ctx.mobile, ctx.r);
    let kind = b.get("cashReceiptType").and_then(Value::as_str);
    let has_type = b.get("cashReceiptType").is_some();
    let has_id = b.get("customerIdentifier").is_some();
    if !has_type && !has_id {
        return;
    }
    let first = if has_type {
        "bypass.cashReceiptType"
    } else {
        "bypass.customerIdentifier"
    };
    match pm {
        "vbank" => {
            ctx.r
                .unsupported(first, Severity::Warning, &GATEWAY.name, &V1_CASH_VBANK);
            return;
        }
        "trans" if escrow => {
            ctx.r
                .unsupported(first, Severity::Error, &GATEWAY.name, &V1_CASH_ESCROW);
            return;
        }
        "trans" => {}
        _ => {
            ctx.r
                .unsupported(first, Severity::Warning, &GATEWAY.name, &V1_CASH_SCOPE);
            return;
        }
    }
    match kind {
        Some("personal" | "corporate") if !has_id => {
            ctx.r.required("bypass.customerIdentifier", Some(&V1_CASH_ID_REQUIRED));
        }
        None | Some("anonymous") if has_id && (kind.is_some() || !has_type) => {
            ctx.r.error(
                "bypass.customerIdentifier",
                Code::Conflict,
                Detail::Conflict {
                    with: "bypass.cashReceiptType",
                },
                Some(&V1_CASH_ID_FORBIDDEN),
            );
        }
        _ => {}
    }
}
