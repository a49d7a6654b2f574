//! Toss Payments (토스페이먼츠). Sources, PortOne's guides:
//! - v1 new module `tosspayments`: `src/routes/(root)/opi/ko/integration/pg/v1/newtoss/readme.mdx`
//!   and `.../v1/newtoss/warning.mdx` (연동 유의사항);
//! - v1 old module `uplus`: `src/routes/(root)/opi/ko/integration/pg/v1/toss.mdx`;
//! - v2: `src/routes/(root)/opi/ko/integration/pg/v2/tosspayments.mdx`, with the `[schema]` limits
//!   of `shared/reference/v2-pg-rules.md` §7 and the `TosspaymentsPaymentBypass` type of npm
//!   `@portone/browser-sdk@0.1.11`.
//!
//! Both v1 codes share one [`V1Rules`]; what differs between the two modules is in [`check_v1`].
//! To add a rule: data goes in the tables; logic in [`check_v1`] / [`check_v2`].

use super::{BypassBlock, BypassTables, Gateway, TextLimit, V1Rules, V2Rules, WindowTypes};
use crate::core::fields::{check_keys, check_kind, want_bool, Key, Kind};
use crate::core::issue::{Bi, Code, Detail, Format, Severity};
use crate::core::text::{parse_date, DateFmt, Unit};
use crate::core::v1::{V1Ctx, VBANK_DUE_COMMON};
use crate::core::v1_options::{billing_window, direct_quota_months, redirect_on_mobile, BillingRule, Charge};
use crate::core::v2::enums::BANK;
use crate::core::v2::{Api, V2Ctx};
use crate::core::value::Value;

/// Toss Payments.
pub static GATEWAY: Gateway = Gateway {
    id: "tosspayments",
    name: bi!("토스페이먼츠", "Toss Payments"),
    aliases: &["tosspayments", "uplus"],
    more_guides: &[
        "src/routes/(root)/opi/ko/integration/pg/v1/newtoss/warning.mdx",
        "src/routes/(root)/opi/ko/integration/pg/v1/toss.mdx",
    ],
    v1: Some(V1Rules {
        guide: "src/routes/(root)/opi/ko/integration/pg/v1/newtoss/readme.mdx",
        codes: &["tosspayments", "uplus"],
        pay_methods: PAY_METHODS,
        extra_keys: &["appCard", "useCardPoint", "products", "customer_id"],
        card_direct: true,
        card_quota: true,
        escrow: true,
        escrow_ignored: None,
        vbank_due: VBANK_DUE_COMMON,
        languages: &["ko", "en"],
        bypass: &[
            BypassBlock::when("bypass", BYPASS_V1, "new module (tosspayments)"),
            BypassBlock::when("bypass", BYPASS_UPLUS, "old module (uplus)"),
        ],
        check: check_v1,
    }),
    v2: Some(V2),
};

/// Every `pay_method` of either module; [`check_v1`] narrows per module.
static PAY_METHODS: &[&str] = &[
    "card",
    "trans",
    "vbank",
    "phone",
    "booknlife",
    "smartculture",
    "cultureland",
    "kakaopay",
    "naverpay",
    "lpay",
    "samsungpay",
    "ssgpay",
    "applepay",
    "payco",
    "tosspay",
    "samsung",
];
/// New module (`tosspayments`, readme 주요 파라미터): all but `samsung`.
static NEW_METHODS: &[&str] = &[
    "card",
    "trans",
    "vbank",
    "phone",
    "booknlife",
    "smartculture",
    "cultureland",
    "kakaopay",
    "naverpay",
    "lpay",
    "samsungpay",
    "ssgpay",
    "applepay",
    "payco",
    "tosspay",
];
/// Old module (`uplus`, toss.mdx): Samsung Pay is `samsung`, no SSGPAY.
static OLD_METHODS: &[&str] = &[
    "card",
    "trans",
    "vbank",
    "phone",
    "cultureland",
    "smartculture",
    "booknlife",
    "applepay",
    "tosspay",
    "naverpay",
    "kakaopay",
    "lpay",
    "payco",
    "samsung",
];

/// Cards whose app-card-only mode works (warning.mdx: KB, NH, Lotte, Samsung, Shinhan, Hyundai,
/// Woori, Hana; not Citi).
static APP_CARD_CODES: &[&str] = &["381", "371", "368", "365", "366", "367", "041", "374"];
static APP_CARD_COMPANIES: &[&str] = &[
    "KOOKMIN_CARD",
    "NH_CARD",
    "LOTTE_CARD",
    "SAMSUNG_CARD",
    "SHINHAN_CARD",
    "HYUNDAI_CARD",
    "WOORI_CARD",
    "HANA_CARD",
];

static BILLING: BillingRule = BillingRule {
    pay_methods: &["card"],
    pay_methods_note: &BILLING_CARD_ONLY,
    charge: Charge::Never,
    amount_note: &BILLING_NOT_CHARGED,
};

static BYPASS_TOSS: &[Key] = &[
    Key::new("useInternationalCardOnly", Kind::Bool),
    Key::new("discountCode", Kind::Str),
];
/// `bypass` of the new module: two root keys (trans/vbank) and `tosspayments` (card).
static BYPASS_V1: &[Key] = &[
    Key::new("isCulturalExpense", Kind::Bool),
    Key::new("cashReceiptType", Kind::Enum(&["anonymous", "personal", "corporate"])),
    Key::new("tosspayments", Kind::Fields(BYPASS_TOSS)),
];
static BYPASS_UPLUS: &[Key] = &[Key::new(
    "uplus",
    Kind::Fields(&[Key::new("LGD_AUTO_DISCOUNT", Kind::Str)]),
)];
static PRODUCT_KIND: Kind = Kind::Fields(PRODUCT);
static PRODUCT: &[Key] = &[
    Key::new("id", Kind::Str),
    Key::new("name", Kind::Str),
    Key::new("code", Kind::Str),
    Key::new("unitPrice", Kind::Num),
    Key::new("quantity", Kind::Int(1, i64::MAX)),
];

static METHOD_OF_OTHER_MODULE: Bi = bi!(
    "토스페이먼츠 가이드: 신모듈(tosspayments)은 삼성페이를 'samsungpay'로, 구모듈(uplus)은 'samsung'으로 받으며 구모듈에는 SSGPAY가 없습니다.",
    "Toss Payments guides: the new module (tosspayments) takes Samsung Pay as 'samsungpay', the old one (uplus) as 'samsung'; the old module has no SSGPAY."
);
static BUYER_NAME: Bi = bi!(
    "토스페이먼츠 신모듈 가이드: buyer_name은 필수입니다.",
    "Toss Payments (new module) guide: buyer_name is required."
);
static MOBILE_REDIRECT: Bi = bi!(
    "토스페이먼츠 신모듈 가이드: 모바일 환경에서는 m_redirect_url이 필수입니다.",
    "Toss Payments (new module) guide: m_redirect_url is required on mobile."
);
static BILLING_CARD_ONLY: Bi = bi!(
    "토스페이먼츠 비인증 결제창(빌링키 발급)은 pay_method 'card'만 지원합니다.",
    "Toss Payments' billing-key window only supports pay_method 'card'."
);
static BILLING_NOT_CHARGED: Bi = bi!(
    "토스페이먼츠 가이드: 빌링키 발급 시 금액을 지정해도 실제 결제는 일어나지 않습니다. 결제는 customer_uid로 REST API를 호출하세요.",
    "Toss Payments guide: issuing a billing key charges nothing whatever the amount; charge through the REST API with customer_uid."
);
static UPLUS_NO_BILLING: Bi = bi!(
    "토스페이먼츠 구모듈(uplus) 가이드에는 비인증(빌링키) 결제창이 없습니다. 신모듈(tosspayments)을 쓰세요.",
    "The Toss Payments old-module (uplus) guide has no billing-key window; use the new module (tosspayments)."
);
static UPLUS_VBANK_DUE: Bi = bi!(
    "토스페이먼츠 구모듈 가이드: vbank_due는 YYYYMMDD 또는 YYYYMMDDHHmmss 형식입니다.",
    "Toss Payments old-module guide: vbank_due is YYYYMMDD or YYYYMMDDHHmmss."
);
static NEW_NO_LANGUAGE: Bi = bi!(
    "토스페이먼츠 신모듈 가이드에는 결제창 언어(language) 설정이 없습니다. 영문 결제창은 bypass.tosspayments.useInternationalCardOnly로 엽니다.",
    "The Toss Payments new-module guide has no language setting; the English window comes with bypass.tosspayments.useInternationalCardOnly."
);
static NEW_ONLY: Bi = bi!(
    "토스페이먼츠 신모듈(tosspayments) 전용 파라미터라 구모듈(uplus)에서는 무시됩니다.",
    "A Toss Payments new-module (tosspayments) parameter; the old module (uplus) ignores it."
);
static APP_CARD: Bi = bi!(
    "토스페이먼츠 가이드: appCard는 국민·농협·롯데·삼성·신한·현대·우리·하나카드에만 적용됩니다(씨티 불가).",
    "Toss Payments guide: appCard only applies to KB, NH, Lotte, Samsung, Shinhan, Hyundai, Woori and Hana cards (not Citi)."
);
static QUOTA_RANGE: Bi = bi!(
    "토스페이먼츠 가이드: 결제창에는 일시불부터 card_quota의 최댓값까지 모든 개월 수가 표시됩니다. 특정 개월만 고를 수는 없습니다.",
    "Toss Payments guide: the window shows every month from lump sum up to the largest card_quota value; single months cannot be picked."
);
static ONLY_INSTALLMENT_NEEDS_QUOTA: Bi = bi!(
    "display.only_installment는 card_quota에 할부 개월 수가 있어야 의미가 있습니다.",
    "display.only_installment needs installment months in card_quota."
);
static EASY_PAY_LUMP_SUM: Bi = bi!(
    "토스페이먼츠 가이드: 네이버페이·L페이·토스페이·삼성페이는 할부 개월을 고정해도 일시불이 함께 표시됩니다.",
    "Toss Payments guide: NaverPay, L.pay, TossPay and Samsung Pay always show lump sum next to the fixed months."
);
static KAKAOPAY_12: Bi = bi!(
    "토스페이먼츠 가이드: 카카오페이는 최대 12개월까지만 할부할 수 있습니다.",
    "Toss Payments guide: KakaoPay allows at most 12 installment months."
);
static DIRECT_LUMP_SUM: Bi = bi!(
    "토스페이먼츠 가이드: 카드사 다이렉트 호출 시 quota가 없으면 무조건 일시불로 결제됩니다. 할부를 받으려면 card.direct.quota를 보내세요.",
    "Toss Payments guide: a direct card call without quota is always a lump sum; send card.direct.quota for installments."
);
static CASH_ONLY: Bi = bi!(
    "토스페이먼츠 가이드: bypass.isCulturalExpense와 bypass.cashReceiptType은 계좌이체(trans)·가상계좌(vbank)에서만 전달됩니다.",
    "Toss Payments guide: bypass.isCulturalExpense and bypass.cashReceiptType are only sent for trans and vbank."
);
static CARD_ONLY: Bi = bi!(
    "토스페이먼츠 가이드: bypass.tosspayments는 카드 결제 전용입니다.",
    "Toss Payments guide: bypass.tosspayments is for card payments only."
);
static CORPORATE_BUG: Bi = bi!(
    "토스페이먼츠 유의사항: corporate(지출증빙)로 열면 발급 번호가 주민등록번호로 고정되는 토스 측 문제가 있어, 구매자가 유형을 다시 골라야 합니다.",
    "Toss Payments notes: with corporate the window fixes the number to a resident number (a Toss bug); the buyer has to pick the type again."
);
static PRODUCTS_ESCROW: Bi = bi!(
    "토스페이먼츠 가이드: products는 에스크로 결제(escrow: true)에서 쓰입니다.",
    "Toss Payments guide: products is used with escrow payments (escrow: true)."
);

fn check_v1(ctx: &mut V1Ctx) {
    let old = ctx.code == "uplus";
    let pm = ctx.pay_method.clone();
    let pm = pm.as_deref().unwrap_or("card");
    let own = if old { OLD_METHODS } else { NEW_METHODS };
    if ctx.pay_method.is_some() && PAY_METHODS.contains(&pm) && !own.contains(&pm) {
        ctx.r
            .unsupported("pay_method", Severity::Error, &GATEWAY.name, &METHOD_OF_OTHER_MODULE);
    }
    if old {
        if ctx.billing() {
            ctx.r
                .unsupported("customer_uid", Severity::Warning, &GATEWAY.name, &UPLUS_NO_BILLING);
        }
        if let Some(s) = ctx.req.get("vbank_due").and_then(Value::as_str) {
            if parse_date(s, VBANK_DUE_COMMON).is_some() && parse_date(s, &[DateFmt::Ymd, DateFmt::YmdHms]).is_none() {
                ctx.r.error(
                    "vbank_due",
                    Code::InvalidFormat,
                    Detail::Format(Format::Date(&[DateFmt::Ymd, DateFmt::YmdHms])),
                    Some(&UPLUS_VBANK_DUE),
                );
            }
        }
        for key in ["useCardPoint", "products", "customer_id"] {
            if ctx.req.get(key).is_some() {
                ctx.r.unsupported(key, Severity::Warning, &GATEWAY.name, &NEW_ONLY);
            }
        }
        if ctx
            .req
            .get("display")
            .and_then(Value::as_obj)
            .is_some_and(|d| d.get("only_installment").is_some())
        {
            ctx.r
                .unsupported("display.only_installment", Severity::Warning, &GATEWAY.name, &NEW_ONLY);
        }
        if let Some(b) = ctx.req.get("bypass").and_then(Value::as_obj) {
            check_keys(b, "bypass", BYPASS_UPLUS, ctx.mobile, ctx.r);
        }
        redirect_on_mobile(ctx);
    } else {
        if !ctx.billing() && ctx.req.get("buyer_name").is_none() {
            ctx.r.required("buyer_name", Some(&BUYER_NAME));
        }
        if ctx.mobile == Some(true) && ctx.req.get("m_redirect_url").is_none() {
            ctx.r.required("m_redirect_url", Some(&MOBILE_REDIRECT));
        }
        if ctx.req.get("language").is_some() {
            ctx.r
                .unsupported("language", Severity::Warning, &GATEWAY.name, &NEW_NO_LANGUAGE);
        }
        billing_window(ctx, &BILLING);
        want_bool(ctx.req.get("useCardPoint"), "useCardPoint", ctx.r);
        if let Some(b) = ctx.req.get("bypass").and_then(Value::as_obj) {
            check_keys(b, "bypass", BYPASS_V1, ctx.mobile, ctx.r);
            let cash = matches!(pm, "trans" | "vbank");
            for key in ["isCulturalExpense", "cashReceiptType"] {
                if b.get(key).is_some() && !cash {
                    ctx.r.warn(
                        crate::core::issue::join("bypass", key),
                        Code::Unsupported,
                        Detail::Note,
                        Some(&CASH_ONLY),
                    );
                }
            }
            if b.get("cashReceiptType").and_then(Value::as_str) == Some("corporate") && cash {
                ctx.r.warn(
                    "bypass.cashReceiptType",
                    Code::Unsupported,
                    Detail::Note,
                    Some(&CORPORATE_BUG),
                );
            }
            if b.get("tosspayments").is_some() && pm != "card" {
                ctx.r
                    .warn("bypass.tosspayments", Code::Unsupported, Detail::Note, Some(&CARD_ONLY));
            }
        }
        products(ctx);
        quota_rules(ctx, pm);
        let app_card = ctx.req.get("appCard") == Some(&Value::Bool(true));
        if app_card && direct_code(ctx).is_some_and(|code| !APP_CARD_CODES.contains(&code)) {
            ctx.r
                .unsupported("appCard", Severity::Warning, &GATEWAY.name, &APP_CARD);
        }
    }
    want_bool(ctx.req.get("appCard"), "appCard", ctx.r);
    direct_quota_months(ctx);
}

fn direct_code<'a>(ctx: &'a V1Ctx) -> Option<&'a str> {
    ctx.req
        .get("card")
        .and_then(Value::as_obj)
        .and_then(|c| c.get("direct"))
        .and_then(Value::as_obj)
        .and_then(|d| d.get("code"))
        .and_then(Value::as_str)
}

/// `products`: with `escrow: true`, `[{id, name, code, unitPrice, quantity}]`, all optional.
fn products(ctx: &mut V1Ctx) {
    let Some(v) = ctx.req.get("products") else { return };
    check_kind(v, Kind::ListOf(&PRODUCT_KIND), "products", None, ctx.r);
    if ctx.req.get("escrow") != Some(&Value::Bool(true)) {
        ctx.r
            .warn("products", Code::Unsupported, Detail::Note, Some(&PRODUCTS_ESCROW));
    }
}

/// New module: `display.card_quota` is "lump sum up to the largest value", `only_installment`,
/// easy pays that always add lump sum, KakaoPay ≤ 12 months, direct calls without `quota`.
fn quota_rules(ctx: &mut V1Ctx, pm: &str) {
    let display = ctx.req.get("display").and_then(Value::as_obj);
    let months: Vec<i64> = display
        .and_then(|d| d.get("card_quota"))
        .and_then(|v| match v {
            Value::Arr(a) => Some(a),
            _ => None,
        })
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_num().and_then(|n| n.as_int()))
                .filter(|m| *m >= 2)
                .collect()
        })
        .unwrap_or_default();
    let max = months.iter().copied().max().unwrap_or(0);
    if months.len() > 1 && (2..=max).any(|m| !months.contains(&m)) {
        ctx.r.warn(
            "display.card_quota",
            Code::InvalidValue,
            Detail::Note,
            Some(&QUOTA_RANGE),
        );
    }
    let only = display.and_then(|d| d.get("only_installment"));
    if want_bool(only, "display.only_installment", ctx.r) == Some(true) {
        if max == 0 {
            ctx.r.warn(
                "display.only_installment",
                Code::Conflict,
                Detail::Conflict {
                    with: "display.card_quota",
                },
                Some(&ONLY_INSTALLMENT_NEEDS_QUOTA),
            );
        } else if matches!(pm, "naverpay" | "lpay" | "tosspay" | "samsungpay") {
            ctx.r.warn(
                "display.only_installment",
                Code::Unsupported,
                Detail::Note,
                Some(&EASY_PAY_LUMP_SUM),
            );
        }
    }
    let direct = ctx
        .req
        .get("card")
        .and_then(Value::as_obj)
        .and_then(|c| c.get("direct"))
        .and_then(Value::as_obj);
    let direct_quota = direct
        .and_then(|d| d.get("quota"))
        .and_then(Value::as_num)
        .and_then(|n| n.as_int());
    if pm == "kakaopay" {
        if max > 12 {
            ctx.r
                .warn("display.card_quota", Code::OutOfRange, Detail::Note, Some(&KAKAOPAY_12));
        }
        if direct_quota.is_some_and(|q| q > 12) {
            ctx.r
                .warn("card.direct.quota", Code::OutOfRange, Detail::Note, Some(&KAKAOPAY_12));
        }
    }
    if direct.is_some_and(|d| d.get("quota").is_none()) {
        ctx.r.warn(
            "card.direct.quota",
            Code::Required,
            Detail::Required,
            Some(&DIRECT_LUMP_SUM),
        );
    }
}

// ---------------------------------------------------------------------------------------------
// v2

/// Toss Payments' v2 rules as data.
pub const V2: V2Rules = V2Rules {
    guide: "src/routes/(root)/opi/ko/integration/pg/v2/tosspayments.mdx",
    bypass_key: Some("tosspayments"),
    bypass: BypassTables {
        payment: Some(BYPASS),
        ..BypassTables::NONE
    },
    pay_methods: Some(&[
        "CARD",
        "TRANSFER",
        "VIRTUAL_ACCOUNT",
        "MOBILE",
        "EASY_PAY",
        "GIFT_CERTIFICATE",
    ]),
    easy_pay_providers: Some(&[
        "PAYCO",
        "SAMSUNGPAY",
        "SSGPAY",
        "KAKAOPAY",
        "NAVERPAY",
        "LPAY",
        "TOSSPAY",
        "APPLEPAY",
        "PAYPAL",
    ]),
    // The guide also lists TRANSFER; the npm `BillingKeyMethod` enum has no TRANSFER, so the
    // SDK's schema check rejects it (v2-pg-rules.md §23.2).
    billing_key_methods: Some(&["CARD"]),
    currencies: Some(&["KRW", "USD"]),
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
    full_name: Some(TextLimit {
        max: 100,
        unit: Unit::Chars,
        severity: Severity::Error,
    }),
    mobile_needs_redirect: true,
    ignored: &[],
    check: check_v2,
    ..V2Rules::NONE
};

static ADDRESS: &[Key] = &[
    Key::req("country", Kind::Text),
    Key::new("line1", Kind::Str),
    Key::new("line2", Kind::Str),
    Key::new("area1", Kind::Str),
    Key::req("area2", Kind::Text),
    Key::new("postalCode", Kind::Str),
];
static SHIPPING: &[Key] = &[
    Key::new("fullName", Kind::Str),
    Key::req("address", Kind::Fields(ADDRESS)),
];
static PAYPAL: &[Key] = &[
    Key::new("shipping", Kind::Fields(SHIPPING)),
    Key::new("setTransactionContext", Kind::Obj),
];

/// `bypass.tosspayments` (payment).
static BYPASS: &[Key] = &[
    Key::new("discountCode", Kind::Str),
    Key::new("useInternationalCardOnly", Kind::Bool),
    Key::new("paypal", Kind::Fields(PAYPAL)),
];

/// Banks Toss Payments issues virtual accounts at (guide, 가상계좌 발급 가능 은행).
static VA_BANKS: &[&str] = &[
    "KYONGNAM_BANK",
    "GWANGJU_BANK",
    "KOOKMIN_BANK",
    "INDUSTRIAL_BANK_OF_KOREA",
    "NH_NONGHYUP_BANK",
    "DAEGU_BANK",
    "BUSAN_BANK",
    "KFCC",
    "SUHYUP_BANK",
    "SHINHAN_BANK",
    "WOORI_BANK",
    "EPOST",
    "HANA_BANK",
];
static VA_BANK: Bi = bi!(
    "토스페이먼츠 가이드: 가상계좌는 경남·광주·국민·기업·농협·대구·부산·새마을금고·수협·신한·우리·우체국·하나은행에서만 발급됩니다.",
    "Toss Payments guide: virtual accounts are only issued by Kyongnam, Gwangju, KB, IBK, NH, Daegu, Busan, KFCC, Suhyup, Shinhan, Woori, Epost and Hana."
);
static GIFT_TYPES: Bi = bi!(
    "토스페이먼츠 가이드: 상품권은 BOOKNLIFE, SMART_MUNSANG, CULTURELAND입니다.",
    "Toss Payments guide: gift certificates are BOOKNLIFE, SMART_MUNSANG and CULTURELAND."
);
static PAYMENT_ID: Bi = bi!(
    "토스페이먼츠 가이드: paymentId는 영문 대소문자·숫자·-·_로 된 6~64자입니다.",
    "Toss Payments guide: paymentId is 6 to 64 letters, digits, - and _."
);
static PAYMENT_ID_EQUALS: Bi = bi!(
    "토스페이먼츠 가이드는 paymentId에 '='를 허용하지 않습니다(PortOne 스키마는 허용).",
    "The Toss Payments guide does not allow '=' in paymentId (PortOne's schema does)."
);
static CUSTOMER_ID: Bi = bi!(
    "PortOne 스키마(토스페이먼츠): 빌링키 발급의 customer.customerId는 영문·숫자·-_=.@로 된 2~50자입니다.",
    "PortOne's schema (Toss Payments): a billing key's customer.customerId is 2 to 50 letters, digits and -_=.@."
);
static USD_PAYPAL: Bi = bi!(
    "토스페이먼츠 가이드: USD는 페이팔(easyPay.easyPayProvider: PAYPAL) 결제에서만 쓸 수 있습니다.",
    "Toss Payments guide: USD is only for PayPal (easyPay.easyPayProvider: PAYPAL)."
);
static PAYPAL_USD: Bi = bi!(
    "토스페이먼츠 가이드: 페이팔 결제는 currency 'USD'만 허용하며, KRW로 호출하면 거부됩니다.",
    "Toss Payments guide: PayPal takes currency 'USD' only; KRW is rejected."
);
static PAYPAL_COUNTRY: Bi = bi!(
    "토스페이먼츠 가이드: 페이팔 결제에는 country(ISO 3166-1 alpha-2)가 필수이며, 없으면 결제가 거부됩니다.",
    "Toss Payments guide: PayPal needs country (ISO 3166-1 alpha-2); without it the payment is rejected."
);
static PAYPAL_EMAIL: Bi = bi!(
    "토스페이먼츠 가이드: 페이팔 결제에는 customer.email이 필수입니다.",
    "Toss Payments guide: PayPal needs customer.email."
);
static PAYPAL_NAME: Bi = bi!(
    "토스페이먼츠 가이드: 페이팔 결제에는 customer.fullName 또는 firstName + lastName이 필요합니다.",
    "Toss Payments guide: PayPal needs customer.fullName, or firstName and lastName."
);
static PAYPAL_SUM: Bi = bi!(
    "토스페이먼츠 가이드: 페이팔 결제에서 products의 amount × quantity 합계는 totalAmount와 같아야 합니다.",
    "Toss Payments guide: for PayPal the products' amount × quantity must add up to totalAmount."
);
static PAYPAL_ONLY: Bi = bi!(
    "bypass.tosspayments.paypal은 페이팔 결제에서만 쓰입니다.",
    "bypass.tosspayments.paypal is only used for PayPal payments."
);
static MONTH_LIST: Bi = bi!(
    "토스페이먼츠 가이드: availableMonthList는 일시불부터 목록의 최댓값까지 모두 표시합니다. 특정 개월만 고를 수는 없습니다.",
    "Toss Payments guide: availableMonthList shows every month from lump sum up to the list's largest value; single months cannot be picked."
);
static FIXED_FLOOR: Bi = bi!(
    "토스페이먼츠 가이드: 고정 할부(fixedMonth)는 50,000원 이상(현대카드 10,000원 이상)에서만 적용됩니다.",
    "Toss Payments guide: fixedMonth only applies from 50,000 KRW (Hyundai Card from 10,000 KRW)."
);
static DIRECT_LUMP_SUM_V2: Bi = bi!(
    "토스페이먼츠 가이드: 카드사 다이렉트 호출(card.cardCompany) 시 fixedMonth가 없으면 무조건 일시불로 결제됩니다.",
    "Toss Payments guide: a direct card call (card.cardCompany) without fixedMonth is always a lump sum."
);
static MONTHS_SCHEMA: Bi = bi!(
    "PortOne 스키마(토스페이먼츠): 할부 개월 수는 0 또는 2~12입니다. 카카오페이는 최대 12개월입니다.",
    "PortOne's schema (Toss Payments): installment months are 0 or 2 to 12; KakaoPay allows at most 12."
);
static APP_CARD_ONLY_V2: Bi = bi!(
    "토스페이먼츠 가이드: useAppCardOnly는 국민·농협·롯데·삼성·신한·현대·우리·하나카드에만 적용됩니다(씨티 불가).",
    "Toss Payments guide: useAppCardOnly only applies to KB, NH, Lotte, Samsung, Shinhan, Hyundai, Woori and Hana cards (not Citi)."
);

fn id_chars(s: &str, extra: &[u8]) -> bool {
    s.bytes().all(|b| b.is_ascii_alphanumeric() || extra.contains(&b))
}

/// Toss Payments rules the data cannot say.
fn check_v2(ctx: &mut V2Ctx) {
    match ctx.api {
        Api::Payment => payment_v2(ctx),
        Api::IssueBillingKey => {
            if let Some(id) = ctx.str_at("customer.customerId") {
                let n = id.chars().count();
                if !(2..=50).contains(&n) || !id_chars(id, b"-_=.@") {
                    ctx.r.error(
                        "customer.customerId",
                        Code::InvalidFormat,
                        Detail::Format(Format::Described),
                        Some(&CUSTOMER_ID),
                    );
                }
            }
        }
        Api::IssueBillingKeyAndPay | Api::LoadPaymentUI | Api::LoadIssueBillingKeyUI => {}
    }
}

fn payment_v2(ctx: &mut V2Ctx) {
    if let Some(id) = ctx.str_at("paymentId") {
        let n = id.chars().count();
        if !(6..=64).contains(&n) || !id_chars(id, b"-_=") {
            ctx.r.error(
                "paymentId",
                Code::InvalidFormat,
                Detail::Format(Format::Described),
                Some(&PAYMENT_ID),
            );
        } else if id.contains('=') {
            ctx.r.warn(
                "paymentId",
                Code::InvalidFormat,
                Detail::Format(Format::Described),
                Some(&PAYMENT_ID_EQUALS),
            );
        }
    }
    let provider = if ctx.method == Some("EASY_PAY") {
        ctx.str_at("easyPay.easyPayProvider")
    } else {
        None
    };
    let paypal = provider == Some("PAYPAL");
    if paypal {
        if ctx.currency.is_some_and(|c| c != "USD") {
            ctx.unsupported("currency", Severity::Error, &PAYPAL_USD);
        }
        if !ctx.has("country") {
            ctx.require("country", Severity::Error, &PAYPAL_COUNTRY);
        }
        if !ctx.has("customer.email") {
            ctx.require("customer.email", Severity::Error, &PAYPAL_EMAIL);
        }
        let named = ctx.has("customer.fullName") || (ctx.has("customer.firstName") && ctx.has("customer.lastName"));
        if !named {
            ctx.require("customer.fullName", Severity::Error, &PAYPAL_NAME);
        }
        paypal_sum(ctx);
    } else {
        if ctx.currency == Some("USD") {
            ctx.unsupported("currency", Severity::Error, &USD_PAYPAL);
        }
        if ctx.has("bypass.tosspayments.paypal") {
            ctx.r.warn(
                "bypass.tosspayments.paypal",
                Code::Unsupported,
                Detail::Note,
                Some(&PAYPAL_ONLY),
            );
        }
    }
    if ctx.method == Some("VIRTUAL_ACCOUNT") {
        if let Some(bank) = ctx.str_at("virtualAccount.bankCode") {
            if BANK.short(bank).is_some() && !VA_BANKS.contains(&bank) {
                ctx.unsupported("virtualAccount.bankCode", Severity::Error, &VA_BANK);
            }
        }
    }
    if ctx.method == Some("GIFT_CERTIFICATE") {
        let t = ctx.str_at("giftCertificate.giftCertificateType");
        if t.is_some_and(|t| t == "CULTURE_GIFT") {
            ctx.unsupported("giftCertificate.giftCertificateType", Severity::Error, &GIFT_TYPES);
        }
    }
    // Installments (card, or an easy pay's card).
    let base = match ctx.method {
        Some("CARD") => "card",
        Some("EASY_PAY") => "easyPay",
        _ => return,
    };
    let months_path = [base, ".installment.monthOption.availableMonthList"].concat();
    let fixed_path = [base, ".installment.monthOption.fixedMonth"].concat();
    let list: Vec<i64> = match ctx.get(&months_path) {
        Some(Value::Arr(a)) => a.iter().filter_map(|v| v.as_num().and_then(|n| n.as_int())).collect(),
        _ => Vec::new(),
    };
    let fixed = ctx.get(&fixed_path).and_then(Value::as_num).and_then(|n| n.as_int());
    let max = list.iter().copied().max().unwrap_or(0);
    // The guide's example 4 lists `[0, 1, 2, 3, 4, 5]`, so 1 is tolerated in a list.
    if list.iter().any(|m| *m > 12) || fixed.is_some_and(|m| m == 1 || m > 12) {
        let path = if fixed.is_some_and(|m| m == 1 || m > 12) {
            &fixed_path
        } else {
            &months_path
        };
        ctx.r.error(
            path.as_str(),
            Code::OutOfRange,
            Detail::Range {
                min: Some(0),
                max: Some(12),
            },
            Some(&MONTHS_SCHEMA),
        );
    }
    let picked: Vec<i64> = list.iter().copied().filter(|m| *m >= 2).collect();
    if picked.len() > 1 && (2..=max).any(|m| !picked.contains(&m)) {
        ctx.r.warn(
            months_path.as_str(),
            Code::InvalidValue,
            Detail::Note,
            Some(&MONTH_LIST),
        );
    }
    if base == "card" {
        let company = ctx.str_at("card.cardCompany").map(str::to_string);
        let floor = if company.as_deref() == Some("HYUNDAI_CARD") {
            10_000
        } else {
            50_000
        };
        if fixed.is_some_and(|m| m >= 2) && ctx.currency != Some("USD") && ctx.amount.is_some_and(|a| a < floor) {
            ctx.r
                .warn(fixed_path.as_str(), Code::OutOfRange, Detail::Note, Some(&FIXED_FLOOR));
        }
        if company.is_some() && fixed.is_none() {
            ctx.r.warn(
                fixed_path.as_str(),
                Code::Required,
                Detail::Required,
                Some(&DIRECT_LUMP_SUM_V2),
            );
        }
        if ctx.get("card.useAppCardOnly") == Some(&Value::Bool(true)) {
            if let Some(c) = company.as_deref() {
                if !APP_CARD_COMPANIES.contains(&c) {
                    ctx.unsupported("card.useAppCardOnly", Severity::Warning, &APP_CARD_ONLY_V2);
                }
            }
        }
    }
}

/// PayPal: Σ products[].amount × quantity must equal totalAmount.
fn paypal_sum(ctx: &mut V2Ctx) {
    let (Some(Value::Arr(items)), Some(total)) = (ctx.get("products"), ctx.amount) else {
        return;
    };
    let mut sum: i64 = 0;
    for item in items {
        let Some(o) = item.as_obj() else { return };
        let amount = o.get("amount").and_then(Value::as_num).and_then(|n| n.as_int());
        let quantity = o.get("quantity").and_then(Value::as_num).and_then(|n| n.as_int());
        let (Some(a), Some(q)) = (amount, quantity) else { return };
        sum = sum.saturating_add(a.saturating_mul(q));
    }
    if sum != total {
        ctx.r.error(
            "products",
            Code::Conflict,
            Detail::Conflict { with: "totalAmount" },
            Some(&PAYPAL_SUM),
        );
    }
}
