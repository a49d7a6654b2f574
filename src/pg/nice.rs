//! NICE Payments (나이스정보통신). Sources, PortOne's guides:
//! - v1 new module `nice_v2`: `src/routes/(root)/opi/ko/integration/pg/v1/nice-v2/readme.mdx`,
//!   `.../v1/nice-v2/payment-caution.mdx` (card and easy-pay matrices, vbank, trans, phone, gift
//!   certificates, cash receipts) and `.../v1/nice-v2/billing-api-caution.mdx` (REST only);
//! - v1 old module `nice`: `src/routes/(root)/opi/ko/integration/pg/v1/nice.mdx`;
//! - v2: `src/routes/(root)/opi/ko/integration/pg/v2/nice-v2.mdx`, the `NiceV2PaymentBypass` type of
//!   npm `@portone/browser-sdk@0.1.11` and the `[schema]` facts of
//!   `shared/reference/v2-pg-rules.md` §5.
//!
//! Both v1 codes share one [`V1Rules`]; what differs between the modules is in [`check_v1`].
//! To add a rule: data goes in the tables; logic in [`check_v1`] / [`check_v2`].

use super::{BypassBlock, BypassTables, Gateway, TextLimit, V1Rules, V2Rules};
use crate::core::fields::{check_keys, one_of, want_bool, want_str, Key, Kind};
use crate::core::issue::{join, Bi, Code, Detail, Format, Report, Severity};
use crate::core::text::{length, parse_date, phone_digits, DateFmt, Unit};
use crate::core::v1::V1Ctx;
use crate::core::v1_options::{currencies, period, redirect_on_mobile, PeriodRule};
use crate::core::v2::enums::GIFT_CERTIFICATE_TYPE;
use crate::core::v2::{Api, V2Ctx};
use crate::core::value::Value;

/// NICE Payments.
pub static GATEWAY: Gateway = Gateway {
    id: "nice",
    name: bi!("나이스정보통신", "NICE Payments"),
    aliases: &["nice", "nice_v2", "nicepay"],
    more_guides: &[
        "src/routes/(root)/opi/ko/integration/pg/v1/nice-v2/payment-caution.mdx",
        "src/routes/(root)/opi/ko/integration/pg/v1/nice.mdx",
    ],
    v1: Some(V1Rules {
        guide: "src/routes/(root)/opi/ko/integration/pg/v1/nice-v2/readme.mdx",
        codes: &["nice_v2", "nice"],
        pay_methods: PAY_METHODS,
        extra_keys: &["customer_id", "period", "appCard", "niceMobileV2"],
        card_direct: true,
        card_quota: true,
        escrow: true,
        escrow_ignored: None,
        vbank_due: VBANK_DUE,
        languages: &["ko", "en", "zh"],
        bypass: &[
            BypassBlock::when("bypass", BYPASS_ROOT, "new module (nice_v2)"),
            BypassBlock::when("bypass", BYPASS_OLD, "old module (nice)"),
        ],
        check: check_v1,
    }),
    v2: Some(V2),
};

/// New module (readme 주요 파라미터); the old module's five are a subset.
static PAY_METHODS: &[&str] = &[
    "card",
    "trans",
    "vbank",
    "phone",
    "cultureland",
    "naverpay_card",
    "naverpay_point",
    "kakaopay",
    "payco",
    "samsungpay",
    "skpay",
    "ssgpay",
    "ssgpay_bank",
    "lpay",
    "applepay",
    "tosspay_card",
    "tosspay_money",
    "alipay",
];
static OLD_METHODS: &[&str] = &["card", "trans", "vbank", "phone", "kakaopay"];

/// Either module's `vbank_due` layouts; [`check_v1`] narrows per module.
static VBANK_DUE: &[DateFmt] = &[
    DateFmt::DashedYmdHms,
    DateFmt::YmdHms,
    DateFmt::DashedYmd,
    DateFmt::Ymd,
    DateFmt::YmdHm,
];
/// New module (payment-caution.mdx 가상계좌: four layouts only).
static VBANK_DUE_NEW: &[DateFmt] = &[DateFmt::DashedYmdHms, DateFmt::YmdHms, DateFmt::DashedYmd, DateFmt::Ymd];
/// Old module (nice.mdx: `YYYYMMDD` or `YYYYMMDDHHmm`).
static VBANK_DUE_OLD: &[DateFmt] = &[DateFmt::Ymd, DateFmt::YmdHm];

static PERIOD: PeriodRule = PeriodRule {
    formats: &[DateFmt::Ymd],
    both: true,
};

/// Cards KakaoPay and NaverPay open directly through NICE (payment-caution.mdx): BC, KB, Samsung,
/// Shinhan, Hyundai, Lotte, Citi, NH, Hana.
static NINE_CARDS: &[&str] = &["361", "381", "365", "366", "367", "368", "370", "371", "374"];
static NINE_COMPANIES: &[&str] = &[
    "BC_CARD",
    "KOOKMIN_CARD",
    "SAMSUNG_CARD",
    "SHINHAN_CARD",
    "HYUNDAI_CARD",
    "LOTTE_CARD",
    "CITI_CARD",
    "NH_CARD",
    "HANA_CARD",
];

/// What one easy pay allows (payment-caution.mdx tables; the v2 guide repeats them).
struct EasyPay {
    /// v1 `pay_method` values.
    v1: &'static [&'static str],
    /// v2 `easyPay.easyPayProvider`.
    v2: &'static str,
    /// Card direct call: `None` not possible, `Some(&[])` any card, else these cards.
    direct: Option<&'static [&'static str]>,
    /// Installment list (`display.card_quota` with several months / `availableMonthList`).
    list: bool,
    /// A fixed month without a direct card.
    fixed_alone: bool,
    /// Direct card + fixed month.
    direct_fixed: bool,
    /// Direct card + a list of months.
    direct_list: bool,
    /// Merchant-paid interest-free installments.
    interest_free: bool,
}

static EASY_PAYS: &[EasyPay] = &[
    EasyPay {
        v1: &["kakaopay"],
        v2: "KAKAOPAY",
        direct: Some(NINE_CARDS),
        list: false,
        fixed_alone: false,
        direct_fixed: true,
        direct_list: false,
        interest_free: false,
    },
    EasyPay {
        v1: &["naverpay_card", "naverpay_point"],
        v2: "NAVERPAY",
        direct: Some(NINE_CARDS),
        list: true,
        fixed_alone: false,
        direct_fixed: true,
        direct_list: true,
        interest_free: false,
    },
    EasyPay {
        v1: &["payco"],
        v2: "PAYCO",
        direct: Some(&[]),
        list: true,
        fixed_alone: false,
        direct_fixed: true,
        direct_list: true,
        interest_free: true,
    },
    EasyPay {
        v1: &["samsungpay"],
        v2: "SAMSUNGPAY",
        direct: None,
        list: false,
        fixed_alone: false,
        direct_fixed: false,
        direct_list: false,
        interest_free: true,
    },
    EasyPay {
        v1: &["skpay"],
        v2: "SKPAY",
        direct: None,
        list: false,
        fixed_alone: false,
        direct_fixed: false,
        direct_list: false,
        interest_free: true,
    },
    EasyPay {
        v1: &["ssgpay"],
        v2: "SSGPAY",
        direct: None,
        list: false,
        fixed_alone: false,
        direct_fixed: false,
        direct_list: false,
        interest_free: true,
    },
    EasyPay {
        v1: &["applepay"],
        v2: "APPLEPAY",
        direct: None,
        list: false,
        fixed_alone: false,
        direct_fixed: false,
        direct_list: false,
        interest_free: false,
    },
    EasyPay {
        v1: &["lpay"],
        v2: "LPAY",
        direct: None,
        list: false,
        fixed_alone: false,
        direct_fixed: false,
        direct_list: false,
        interest_free: false,
    },
];

/// `bypass.nice_v2` in v1 (readme 기타 파라미터).
static BYPASS_V1: &[Key] = &[
    Key::new("LogoImage", Kind::Url),
    Key::pc("NPDisableScroll", Kind::Enum(&["Y", "N"])),
    Key::new("SkinType", Kind::Enum(&["red", "green", "purple", "gray", "dark"])),
    Key::new("UserCI", Kind::Str),
    Key::new("MallUserID", Kind::Text),
    Key::new("DirectCouponYN", Kind::Enum(&["Y", "N"])),
    Key::new("DirectShowOpt", Kind::Enum(&["BANK", "CELLPHONE"])),
    Key::new("CardShowOpt", Kind::Str),
    Key::new("PaycoClientId", Kind::Str),
    Key::new("PaycoAccessToken", Kind::Str),
    Key::new("SamPayMallType", Kind::Enum(&["01", "99"])),
];
/// Root `bypass` of the new module: `nice_v2` and the cash-receipt keys.
static BYPASS_ROOT: &[Key] = &[
    Key::new("nice_v2", Kind::Fields(BYPASS_V1)),
    Key::new("cashReceiptType", Kind::Enum(&["personal", "corporate"])),
    Key::new("customerIdentifier", Kind::Str),
];
/// Old module: one flat key.
static BYPASS_OLD: &[Key] = &[Key::mobile("CardShowOpt", Kind::Str)];

static OLD_METHOD: Bi = bi!(
    "나이스정보통신 구모듈(nice)은 card, trans, vbank, phone, kakaopay만 지원합니다. 다른 결제수단은 신모듈(nice_v2)을 쓰세요.",
    "NICE's old module (nice) takes card, trans, vbank, phone and kakaopay only; use the new module (nice_v2) for the others."
);
static NAVERPAY_SPLIT: Bi = bi!(
    "나이스정보통신 가이드: 'naverpay'는 쓸 수 없고 'naverpay_card'(카드) 또는 'naverpay_point'(포인트/머니)로 지정해야 합니다.",
    "NICE guide: 'naverpay' is not accepted; use 'naverpay_card' (card) or 'naverpay_point' (points/money)."
);
static NAME_BYTES: Bi = bi!(
    "나이스정보통신 가이드: 상품명은 40바이트 이내입니다.",
    "NICE guide: the product name is at most 40 bytes."
);
static NAME_FORBIDDEN: Bi = bi!(
    "나이스정보통신 가이드: 상품명에 % & | $ - + = [ ]는 쓸 수 없습니다(_는 가능).",
    "NICE guide: the product name cannot contain % & | $ - + = [ ] (_ is fine)."
);
static NAME_PARENS: Bi = bi!(
    "나이스정보통신 가이드: 상품명의 ( )는 쓸 수 있으나 권장하지 않습니다.",
    "NICE guide: ( ) in the product name are allowed but discouraged."
);
static ESCROW_METHODS: Bi = bi!(
    "나이스정보통신(신모듈) 가이드: 에스크로는 card, vbank, trans에서만 가능합니다.",
    "NICE (new module) guide: escrow is only for card, vbank and trans."
);
static BUYER_TEL: Bi = bi!(
    "나이스정보통신(신모듈) 가이드: buyer_tel은 필수입니다.",
    "NICE (new module) guide: buyer_tel is required."
);
static VBANK_DUE_REQUIRED: Bi = bi!(
    "나이스정보통신(신모듈) 가이드: 가상계좌 발급 시 입금 기한(vbank_due)은 필수이며, 없으면 결제창이 호출되지 않습니다.",
    "NICE (new module) guide: virtual accounts need vbank_due; without it the window does not open."
);
static DIGITAL_REQUIRED: Bi = bi!(
    "나이스정보통신(신모듈) 가이드: 휴대폰 소액결제에는 digital(컨텐츠 true / 실물 false)이 필수이며 상점 아이디 설정과 일치해야 합니다.",
    "NICE (new module) guide: phone payments need digital (true content / false goods), matching the MID's setting."
);
static AMOUNT_DECIMALS: Bi = bi!(
    "나이스정보통신(신모듈) 가이드: 결제금액은 소수점 둘째 자리까지 허용합니다.",
    "NICE (new module) guide: the amount allows at most two decimal places."
);
static CURRENCY: Bi = bi!(
    "나이스정보통신 가이드: 결제 통화는 KRW 또는 USD입니다.",
    "NICE guide: the currency is KRW or USD."
);
static DIRECT_NEEDS_QUOTA: Bi = bi!(
    "나이스정보통신 가이드: 카드사 다이렉트 호출에는 고정 할부 개월수(card.direct.quota)가 필수입니다. 할부 지원 금액 미만이면 0(일시불)을 보내세요.",
    "NICE guide: a direct card call needs card.direct.quota; below the installment floor send 0 (lump sum)."
);
static DIRECT_AND_LIST: Bi = bi!(
    "나이스정보통신 가이드: 이 결제수단에서는 다이렉트 호출과 할부 개월수 리스트(display.card_quota)를 함께 쓸 수 없습니다.",
    "NICE guide: with this method a direct card call cannot be combined with a month list (display.card_quota)."
);
static TOSS_BANK_DIRECT: Bi = bi!(
    "나이스정보통신 가이드: 토스뱅크 카드(092)는 다이렉트 호출이 지원되지 않습니다.",
    "NICE guide: Toss Bank cards (092) cannot be opened directly."
);
static MOBILE_QUOTA_IGNORED: Bi = bi!(
    "나이스정보통신 가이드: 모바일에서는 카드사 다이렉트 호출일 때만 할부 옵션이 적용되며, 그 외에는 무시되고 모든 개월 수가 표시됩니다.",
    "NICE guide: on mobile installment options only apply to direct card calls; otherwise they are ignored and every month is shown."
);
static EASY_DIRECT_CARDS: Bi = bi!(
    "나이스정보통신 가이드: 카카오페이·네이버페이의 카드 다이렉트 호출은 BC·국민·삼성·신한·현대·롯데·씨티·NH농협·하나카드만 가능합니다.",
    "NICE guide: KakaoPay and NaverPay open only BC, KB, Samsung, Shinhan, Hyundai, Lotte, Citi, NH and Hana cards directly."
);
static EASY_NO_DIRECT: Bi = bi!(
    "나이스정보통신 가이드: 이 간편결제는 카드 다이렉트 호출과 할부 개월수 지정이 불가능합니다.",
    "NICE guide: this easy pay takes no direct card call and no installment months."
);
static EASY_NO_LIST: Bi = bi!(
    "나이스정보통신 가이드: 이 간편결제는 할부 개월수 리스트를 지원하지 않습니다.",
    "NICE guide: this easy pay does not take a list of installment months."
);
static EASY_FIXED_ALONE: Bi = bi!(
    "나이스정보통신 가이드: 이 간편결제에서 고정 할부 개월수는 다이렉트 호출할 카드사 코드와 함께 보내야 합니다.",
    "NICE guide: with this easy pay a fixed month needs a direct card code with it."
);
static EASY_INTEREST_FREE: Bi = bi!(
    "나이스정보통신 가이드: 이 간편결제는 상점 부담 무이자 할부를 지원하지 않습니다.",
    "NICE guide: this easy pay does not support merchant-paid interest-free installments."
);
static MALL_USER_ID: Bi = bi!(
    "나이스정보통신 가이드: 상품권(컬쳐랜드) 결제에는 bypass.nice_v2.MallUserID가 필수입니다.",
    "NICE guide: gift certificates (Cultureland) need bypass.nice_v2.MallUserID."
);
static CASH_RECEIPT_REQUIRED: Bi = bi!(
    "나이스정보통신 가이드: 계좌이체 다이렉트 호출, 네이버페이 포인트, SSGPAY 은행계좌 결제에는 현금영수증 정보(cashReceiptType, customerIdentifier)가 필수입니다.",
    "NICE guide: direct transfers, NaverPay points and SSGPAY bank payments need the cash-receipt fields (cashReceiptType, customerIdentifier)."
);
static CASH_RECEIPT_NOT_APPLIED: Bi = bi!(
    "나이스정보통신 가이드: 가상계좌와 다이렉트 호출이 아닌 계좌이체에서는 현금영수증 파라미터가 결제창에 입력되지 않습니다. 구매자가 직접 입력합니다.",
    "NICE guide: for virtual accounts and non-direct transfers the cash-receipt parameters are not filled in; the buyer types them."
);
static PERSONAL_PHONE: Bi = bi!(
    "나이스정보통신 가이드: 소득공제(personal) 현금영수증의 식별 번호는 휴대폰 번호만 가능합니다(주민등록번호 불가).",
    "NICE guide: a personal cash receipt's identifier must be a mobile number (no resident numbers)."
);
static ESCROW_TRANS_DIRECT: Bi = bi!(
    "나이스정보통신 가이드: 계좌이체 에스크로 결제에서는 다이렉트 호출(DirectShowOpt: BANK)이 불가능합니다.",
    "NICE guide: escrow transfers cannot be direct calls (DirectShowOpt: BANK)."
);
static SSG_BANK_UID: Bi = bi!(
    "나이스정보통신 가이드: SSGPAY 은행계좌 결제 시 주문번호에 특수문자를 쓸 수 없습니다.",
    "NICE guide: SSGPAY bank-account payments allow no special characters in the order number."
);
static DIRECT_SHOW_OPT: Bi = bi!(
    "DirectShowOpt는 BANK(계좌이체) 또는 CELLPHONE(휴대폰 소액결제) 다이렉트 호출용입니다. 결제수단과 맞지 않아 무시됩니다.",
    "DirectShowOpt is for direct transfer (BANK) or phone (CELLPHONE) calls; it does not match the method and is ignored."
);
static CARD_SHOW_OPT: Bi = bi!(
    "CardShowOpt 형식: `카드코드:노출유형|카드코드:노출유형`(카드코드 두 자리, 노출유형 1 안심클릭·2 간편결제·3 앱카드), 예: 08:3|02:3.",
    "CardShowOpt is `card:type|card:type` (two-digit NICE card code; type 1 ISP/safe-click, 2 easy pay, 3 app card), e.g. 08:3|02:3."
);
static OLD_CARD_SHOW_OPT: Bi = bi!(
    "나이스정보통신 구모듈 가이드: bypass.CardShowOpt는 모바일에서 niceMobileV2: true일 때만 동작합니다.",
    "NICE old-module guide: bypass.CardShowOpt only works on mobile with niceMobileV2: true."
);
static BILLING_METHODS: Bi = bi!(
    "나이스정보통신(신모듈) 비인증 결제창은 간편결제(naverpay_card, naverpay_point, kakaopay)만 지원합니다. 카드 빌링키는 REST API로 발급합니다.",
    "NICE (new module) billing-key window only takes easy pays (naverpay_card, naverpay_point, kakaopay); card billing keys are issued through the REST API."
);
static BILLING_CUSTOMER_ID: Bi = bi!(
    "나이스정보통신(신모듈) 가이드: 빌링키 발급 시 customer_id는 필수입니다.",
    "NICE (new module) guide: issuing a billing key needs customer_id."
);
static BILLING_REDIRECT: Bi = bi!(
    "나이스정보통신(신모듈) 가이드: 빌링키 발급 시 m_redirect_url은 필수입니다.",
    "NICE (new module) guide: issuing a billing key needs m_redirect_url."
);
static OLD_NO_BILLING: Bi = bi!(
    "나이스정보통신 구모듈 가이드: 비인증 결제는 REST API 방식으로만 지원되어 customer_uid로 결제창을 열 수 없습니다.",
    "NICE old-module guide: billing is REST-API only; customer_uid does not open a window."
);
static OTHER_MODULE_KEY: Bi = bi!(
    "나이스정보통신의 다른 모듈(신모듈 nice_v2 / 구모듈 nice) 가이드에만 있는 파라미터라 무시됩니다.",
    "Only the other NICE module's guide (new nice_v2 / old nice) has this parameter; it is ignored."
);
static OLD_INTERVAL: Bi = bi!(
    "나이스정보통신 구모듈 가이드: period.interval은 month 또는 year이며 from/to 대신 씁니다.",
    "NICE old-module guide: period.interval is month or year, used instead of from/to."
);
static OLD_VBANK_DUE: Bi = bi!(
    "나이스정보통신 구모듈 가이드: vbank_due는 YYYYMMDD 또는 YYYYMMDDHHmm 형식입니다.",
    "NICE old-module guide: vbank_due is YYYYMMDD or YYYYMMDDHHmm."
);

fn direct(ctx: &V1Ctx) -> Option<(Option<String>, bool)> {
    let d = ctx
        .req
        .get("card")
        .and_then(Value::as_obj)
        .and_then(|c| c.get("direct"))
        .and_then(Value::as_obj)?;
    let code = d.get("code").and_then(Value::as_str).map(str::to_string);
    Some((code, d.get("quota").is_some()))
}

/// Installment months in `display.card_quota` above lump sum.
fn quota_months(ctx: &V1Ctx) -> Vec<i64> {
    match ctx
        .req
        .get("display")
        .and_then(Value::as_obj)
        .and_then(|d| d.get("card_quota"))
    {
        Some(Value::Arr(a)) => a
            .iter()
            .filter_map(|v| v.as_num().and_then(|n| n.as_int()))
            .filter(|m| *m >= 2)
            .collect(),
        _ => Vec::new(),
    }
}

fn check_v1(ctx: &mut V1Ctx) {
    let old = ctx.code == "nice";
    let pm = ctx.pay_method.clone();
    let pm = pm.as_deref().unwrap_or("card");
    if pm == "naverpay" && ctx.pay_method.is_some() {
        ctx.r
            .unsupported("pay_method", Severity::Error, &GATEWAY.name, &NAVERPAY_SPLIT);
    }
    currencies(ctx, &["KRW", "USD"], &CURRENCY);
    // Keys only the other module's guide has.
    let other: &[&str] = if old {
        &["customer_id"]
    } else {
        &["appCard", "niceMobileV2"]
    };
    for key in other {
        if ctx.req.get(key).is_some() {
            ctx.r
                .unsupported(*key, Severity::Warning, &GATEWAY.name, &OTHER_MODULE_KEY);
        }
    }
    if old {
        check_old(ctx, pm);
    } else {
        check_new(ctx, pm);
    }
}

fn check_old(ctx: &mut V1Ctx, pm: &str) {
    if ctx.pay_method.is_some() && PAY_METHODS.contains(&pm) && !OLD_METHODS.contains(&pm) {
        ctx.r
            .unsupported("pay_method", Severity::Error, &GATEWAY.name, &OLD_METHOD);
    }
    if let Some(s) = ctx.req.get("vbank_due").and_then(Value::as_str) {
        if parse_date(s, VBANK_DUE).is_some() && parse_date(s, VBANK_DUE_OLD).is_none() {
            ctx.r.error(
                "vbank_due",
                Code::InvalidFormat,
                Detail::Format(Format::Date(VBANK_DUE_OLD)),
                Some(&OLD_VBANK_DUE),
            );
        }
    }
    if ctx.billing() {
        ctx.r
            .unsupported("customer_uid", Severity::Error, &GATEWAY.name, &OLD_NO_BILLING);
    }
    // period: from?/to? (YYYYMMDD) or interval month|year.
    let interval = ctx
        .req
        .get("period")
        .and_then(Value::as_obj)
        .and_then(|p| p.get("interval"))
        .cloned();
    match interval {
        Some(v) => {
            if let Some(s) = want_str(Some(&v), "period.interval", ctx.r) {
                one_of(
                    s,
                    &["month", "year"],
                    "period.interval",
                    Severity::Error,
                    Some(&OLD_INTERVAL),
                    ctx.r,
                );
            }
        }
        None => period(
            ctx,
            &PeriodRule {
                formats: &[DateFmt::Ymd],
                both: false,
            },
        ),
    }
    want_bool(ctx.req.get("appCard"), "appCard", ctx.r);
    let mobile_v2 = want_bool(ctx.req.get("niceMobileV2"), "niceMobileV2", ctx.r) == Some(true);
    if let Some(b) = ctx.req.get("bypass").and_then(Value::as_obj) {
        check_keys(b, "bypass", BYPASS_OLD, ctx.mobile, ctx.r);
        if let Some(s) = b.get("CardShowOpt").and_then(Value::as_str) {
            if !card_show_opt(s) {
                ctx.r.error(
                    "bypass.CardShowOpt",
                    Code::InvalidFormat,
                    Detail::Format(Format::Described),
                    Some(&CARD_SHOW_OPT),
                );
            }
            if !mobile_v2 {
                ctx.r.warn(
                    "bypass.CardShowOpt",
                    Code::Unsupported,
                    Detail::Note,
                    Some(&OLD_CARD_SHOW_OPT),
                );
            }
        }
    }
    redirect_on_mobile(ctx);
}

/// `cc:t|cc:t`: two-digit card code, type 1–3.
fn card_show_opt(s: &str) -> bool {
    s.split('|').all(|item| {
        let b = item.as_bytes();
        b.len() == 4 && b[0].is_ascii_digit() && b[1].is_ascii_digit() && b[2] == b':' && (b'1'..=b'3').contains(&b[3])
    })
}

fn check_new(ctx: &mut V1Ctx, pm: &str) {
    let billing = ctx.billing();
    // name: 40 bytes, forbidden characters.
    if let Some(name) = ctx.req.get("name").and_then(Value::as_str) {
        let n = length(name, Unit::Bytes);
        if n > 40 {
            ctx.r.error(
                "name",
                Code::TooLong,
                Detail::TooLong {
                    max: 40,
                    unit: Unit::Bytes,
                    got: n,
                },
                Some(&NAME_BYTES),
            );
        }
        report_name_chars(bad_name_chars(name), "name", &NAME_FORBIDDEN, &NAME_PARENS, ctx.r);
    }
    if ctx.req.get("buyer_tel").is_none() {
        ctx.r.required("buyer_tel", Some(&BUYER_TEL));
    }
    // amount: two decimals at most (whole KRW is a common rule).
    if let Some(a) = ctx.amount {
        if !ctx.krw && ((a * 100.0).round() - a * 100.0).abs() > 1e-6 {
            ctx.r
                .error("amount", Code::InvalidValue, Detail::Note, Some(&AMOUNT_DECIMALS));
        }
    }
    if let Some(s) = ctx.req.get("vbank_due").and_then(Value::as_str) {
        if parse_date(s, VBANK_DUE).is_some() && parse_date(s, VBANK_DUE_NEW).is_none() {
            ctx.r.error(
                "vbank_due",
                Code::InvalidFormat,
                Detail::Format(Format::Date(VBANK_DUE_NEW)),
                None,
            );
        }
    }
    if pm == "vbank" && ctx.req.get("vbank_due").is_none() {
        ctx.r.required("vbank_due", Some(&VBANK_DUE_REQUIRED));
    }
    if pm == "phone" && ctx.req.get("digital").is_none() {
        ctx.r.required("digital", Some(&DIGITAL_REQUIRED));
    }
    if ctx.req.get("escrow") == Some(&Value::Bool(true)) && !matches!(pm, "card" | "vbank" | "trans") {
        ctx.r
            .unsupported("escrow", Severity::Error, &GATEWAY.name, &ESCROW_METHODS);
    }
    period(ctx, &PERIOD);
    if billing {
        if !["naverpay_card", "naverpay_point", "kakaopay"].contains(&pm) {
            ctx.r
                .unsupported("pay_method", Severity::Error, &GATEWAY.name, &BILLING_METHODS);
        }
        if ctx.req.get("customer_id").is_none() {
            ctx.r.required("customer_id", Some(&BILLING_CUSTOMER_ID));
        }
        if ctx.req.get("m_redirect_url").is_none() {
            ctx.r.required("m_redirect_url", Some(&BILLING_REDIRECT));
        }
    } else {
        redirect_on_mobile(ctx);
    }
    installments(ctx, pm);
    bypass_new(ctx, pm);
    if pm == "ssgpay_bank" {
        let uid = ctx.req.get("merchant_uid").and_then(Value::as_str).unwrap_or("");
        if !uid.bytes().all(|b| b.is_ascii_alphanumeric()) {
            ctx.r.error(
                "merchant_uid",
                Code::InvalidFormat,
                Detail::Format(Format::Described),
                Some(&SSG_BANK_UID),
            );
        }
    }
}

/// The card and easy-pay matrices of payment-caution.mdx.
fn installments(ctx: &mut V1Ctx, pm: &str) {
    let direct = direct(ctx);
    let months = quota_months(ctx);
    let list = months.len() > 1;
    let fixed = months.len() == 1;
    if pm == "card" {
        if let Some((code, has_quota)) = &direct {
            if !has_quota {
                ctx.r.required("card.direct.quota", Some(&DIRECT_NEEDS_QUOTA));
            }
            if code.as_deref() == Some("092") {
                ctx.r
                    .unsupported("card.direct.code", Severity::Error, &GATEWAY.name, &TOSS_BANK_DIRECT);
            }
            if !months.is_empty() {
                ctx.r
                    .unsupported("display.card_quota", Severity::Error, &GATEWAY.name, &DIRECT_AND_LIST);
            }
        } else if !months.is_empty() && ctx.mobile == Some(true) {
            ctx.r.unsupported(
                "display.card_quota",
                Severity::Warning,
                &GATEWAY.name,
                &MOBILE_QUOTA_IGNORED,
            );
        }
        return;
    }
    let Some(e) = EASY_PAYS.iter().find(|e| e.v1.contains(&pm)) else {
        return;
    };
    match (&direct, e.direct) {
        (Some(_), None) => {
            ctx.r
                .unsupported("card.direct", Severity::Error, &GATEWAY.name, &EASY_NO_DIRECT);
        }
        (Some((Some(code), has_quota)), Some(cards)) => {
            if !cards.is_empty() && !cards.contains(&code.as_str()) {
                ctx.r
                    .unsupported("card.direct.code", Severity::Error, &GATEWAY.name, &EASY_DIRECT_CARDS);
            }
            if *has_quota && !e.direct_fixed {
                ctx.r
                    .unsupported("card.direct.quota", Severity::Error, &GATEWAY.name, &EASY_NO_DIRECT);
            }
            if !months.is_empty() && !e.direct_list {
                ctx.r
                    .unsupported("display.card_quota", Severity::Error, &GATEWAY.name, &DIRECT_AND_LIST);
            }
        }
        (Some((None, _)), Some(_)) => {}
        (None, _) => {
            if e.direct.is_none() && !months.is_empty() {
                ctx.r
                    .unsupported("display.card_quota", Severity::Error, &GATEWAY.name, &EASY_NO_DIRECT);
            } else if list && !e.list {
                ctx.r
                    .unsupported("display.card_quota", Severity::Error, &GATEWAY.name, &EASY_NO_LIST);
            } else if fixed && !e.fixed_alone && !e.list {
                ctx.r
                    .unsupported("display.card_quota", Severity::Error, &GATEWAY.name, &EASY_FIXED_ALONE);
            }
        }
    }
    if ctx.req.get("useFreeInterestFromMall") == Some(&Value::Bool(true)) && !e.interest_free {
        ctx.r.unsupported(
            "useFreeInterestFromMall",
            Severity::Warning,
            &GATEWAY.name,
            &EASY_INTEREST_FREE,
        );
    }
}

fn bypass_new(ctx: &mut V1Ctx, pm: &str) {
    let bypass = ctx.req.get("bypass").and_then(Value::as_obj);
    let nice = bypass.and_then(|b| b.get("nice_v2")).and_then(Value::as_obj);
    let show = nice.and_then(|n| n.get("DirectShowOpt")).and_then(Value::as_str);
    let trans_direct = pm == "trans" && show == Some("BANK");
    if let Some(b) = bypass {
        check_keys(b, "bypass", BYPASS_ROOT, ctx.mobile, ctx.r);
    }
    if let Some(s) = nice.and_then(|n| n.get("CardShowOpt")).and_then(Value::as_str) {
        if !card_show_opt(s) {
            ctx.r.error(
                "bypass.nice_v2.CardShowOpt",
                Code::InvalidFormat,
                Detail::Format(Format::Described),
                Some(&CARD_SHOW_OPT),
            );
        }
    }
    match show {
        Some("BANK") if pm != "trans" => ctx.r.warn(
            "bypass.nice_v2.DirectShowOpt",
            Code::Unsupported,
            Detail::Note,
            Some(&DIRECT_SHOW_OPT),
        ),
        Some("CELLPHONE") if pm != "phone" => ctx.r.warn(
            "bypass.nice_v2.DirectShowOpt",
            Code::Unsupported,
            Detail::Note,
            Some(&DIRECT_SHOW_OPT),
        ),
        _ => {}
    }
    if trans_direct && ctx.req.get("escrow") == Some(&Value::Bool(true)) {
        ctx.r.error(
            "bypass.nice_v2.DirectShowOpt",
            Code::Conflict,
            Detail::Conflict { with: "escrow" },
            Some(&ESCROW_TRANS_DIRECT),
        );
    }
    if pm == "cultureland" && nice.and_then(|n| n.get("MallUserID")).is_none() {
        ctx.r.required("bypass.nice_v2.MallUserID", Some(&MALL_USER_ID));
    }
    let cash_type = bypass.and_then(|b| b.get("cashReceiptType"));
    let cash_id = bypass.and_then(|b| b.get("customerIdentifier"));
    if trans_direct || pm == "naverpay_point" || pm == "ssgpay_bank" {
        if cash_type.is_none() {
            ctx.r.required("bypass.cashReceiptType", Some(&CASH_RECEIPT_REQUIRED));
        }
        if cash_id.is_none() {
            ctx.r
                .required("bypass.customerIdentifier", Some(&CASH_RECEIPT_REQUIRED));
        }
    } else if (pm == "vbank" || pm == "trans") && (cash_type.is_some() || cash_id.is_some()) {
        let path = if cash_type.is_some() {
            "bypass.cashReceiptType"
        } else {
            "bypass.customerIdentifier"
        };
        ctx.r
            .warn(path, Code::Unsupported, Detail::Note, Some(&CASH_RECEIPT_NOT_APPLIED));
    }
    if cash_type.and_then(Value::as_str) == Some("personal") {
        if let Some(id) = cash_id.and_then(Value::as_str) {
            if !is_mobile_number(id) {
                ctx.r.error(
                    "bypass.customerIdentifier",
                    Code::InvalidFormat,
                    Detail::Format(Format::Described),
                    Some(&PERSONAL_PHONE),
                );
            }
        }
    }
}

/// A Korean mobile number: `01` then 8–9 digits (separators allowed).
fn is_mobile_number(s: &str) -> bool {
    phone_digits(s).is_some_and(|d| d.starts_with("01") && (10..=11).contains(&d.len()))
}

// ---------------------------------------------------------------------------------------------
// v2

/// NICE's v2 rules as data.
pub const V2: V2Rules = V2Rules {
    guide: "src/routes/(root)/opi/ko/integration/pg/v2/nice-v2.mdx",
    bypass_key: Some("nice_v2"),
    bypass: BypassTables {
        payment: Some(BYPASS),
        ..BypassTables::NONE
    },
    pay_methods: Some(&[
        "CARD",
        "TRANSFER",
        "VIRTUAL_ACCOUNT",
        "MOBILE",
        "GIFT_CERTIFICATE",
        "EASY_PAY",
    ]),
    easy_pay_providers: Some(&[
        "KAKAOPAY",
        "NAVERPAY",
        "PAYCO",
        "SSGPAY",
        "LPAY",
        "SAMSUNGPAY",
        "APPLEPAY",
        "SKPAY",
        "TOSSPAY",
    ]),
    billing_key_methods: Some(&["EASY_PAY"]),
    currencies: Some(&["KRW", "USD"]),
    order_name: Some(TextLimit {
        max: 40,
        unit: Unit::Bytes,
        severity: Severity::Error,
    }),
    full_name: Some(TextLimit {
        max: 30,
        unit: Unit::Bytes,
        severity: Severity::Error,
    }),
    mobile_needs_product_type: true,
    va_needs_expiry: true,
    check: check_v2,
    ..V2Rules::NONE
};

/// `bypass.nice_v2` (payment).
static BYPASS: &[Key] = &[
    Key::new("LogoImage", Kind::Str),
    Key::new("NPDisableScroll", Kind::Enum(&["Y", "N"])),
    Key::new("SkinType", Kind::Enum(&["red", "green", "purple", "gray", "dark"])),
    Key::new("UserCI", Kind::Str),
    Key::new("MallUserID", Kind::Str),
    Key::new("DirectCouponYN", Kind::Enum(&["Y", "N"])),
    Key::new("DirectShowOpt", Kind::Enum(&["BANK", "CELLPHONE"])),
    Key::new("CardShowOpt", Kind::Str),
    Key::new("PaycoClientId", Kind::Str),
    Key::new("PaycoAccessToken", Kind::Str),
    Key::new("SamPayMallType", Kind::Enum(&["01", "99"])),
];

static ORDER_NAME_FORBIDDEN: Bi = bi!(
    "나이스정보통신 가이드: 주문명에 % & | $ - + = [ ]는 쓸 수 없습니다(_는 가능).",
    "NICE guide: orderName cannot contain % & | $ - + = [ ] (_ is fine)."
);
static ORDER_NAME_PARENS: Bi = bi!(
    "나이스정보통신 가이드: 주문명의 ( )는 쓸 수 있으나 권장하지 않습니다.",
    "NICE guide: ( ) in orderName are allowed but discouraged."
);
static V2_DIRECT_FIXED: Bi = bi!(
    "나이스정보통신 가이드: 카드사 다이렉트 호출(card.cardCompany)에는 fixedMonth가 필수입니다. 할부 지원 금액 미만이면 0을 보내세요.",
    "NICE guide: a direct card call (card.cardCompany) needs fixedMonth; below the installment floor send 0."
);
static V2_DIRECT_LIST: Bi = bi!(
    "나이스정보통신 가이드: 카드사 다이렉트 호출과 availableMonthList는 함께 쓸 수 없습니다.",
    "NICE guide: a direct card call cannot take availableMonthList."
);
static V2_TOSS_BANK: Bi = bi!(
    "나이스정보통신 가이드: 토스뱅크 카드(TOSS_BANK)는 다이렉트 호출이 지원되지 않습니다.",
    "NICE guide: Toss Bank cards (TOSS_BANK) cannot be opened directly."
);
static GIFT_CULTURELAND: Bi = bi!(
    "나이스정보통신 가이드: 상품권은 컬쳐랜드만 지원하므로 giftCertificateType은 CULTURELAND여야 합니다.",
    "NICE guide: only Cultureland gift certificates; giftCertificateType must be CULTURELAND."
);
static V2_MALL_USER_ID: Bi = bi!(
    "나이스정보통신 가이드: 상품권 결제에는 bypass.nice_v2.MallUserID가 필수입니다.",
    "NICE guide: gift certificates need bypass.nice_v2.MallUserID."
);
static BANK_CODE: Bi = bi!(
    "나이스정보통신 가이드: 계좌이체에서 은행 코드는 지정할 수 없습니다(뱅크페이가 열림). 다이렉트 호출은 bypass.nice_v2.DirectShowOpt로 합니다.",
    "NICE guide: transfers take no bank code (BankPay opens); direct calls use bypass.nice_v2.DirectShowOpt."
);
static V2_ESCROW_DIRECT: Bi = bi!(
    "나이스정보통신 가이드: 계좌이체 에스크로 결제에서는 다이렉트 호출(DirectShowOpt: BANK)이 불가능합니다.",
    "NICE guide: escrow transfers cannot be direct calls (DirectShowOpt: BANK)."
);
static V2_CASH_NON_DIRECT: Bi = bi!(
    "나이스정보통신 가이드: 계좌이체 현금영수증 정보는 다이렉트 호출(DirectShowOpt: BANK)일 때만 보낼 수 있으며, 아니면 결제창 호출이 실패합니다.",
    "NICE guide: transfer cash-receipt fields are only allowed with a direct call (DirectShowOpt: BANK); otherwise the window fails."
);
static V2_CASH_REQUIRED: Bi = bi!(
    "나이스정보통신 가이드: 계좌이체 다이렉트 호출, 네이버페이 포인트(CHARGE), SSG페이 계좌(TRANSFER) 결제에는 현금영수증 발급 유형과 식별 번호가 필수입니다.",
    "NICE guide: direct transfers, NaverPay points (CHARGE) and SSGPAY accounts (TRANSFER) need the cash-receipt type and identifier."
);
static V2_CASH_PHONE: Bi = bi!(
    "나이스정보통신 가이드: SDK로 보내는 현금영수증 식별 번호는 휴대폰 번호만 쓸 수 있습니다(주민등록번호는 발급되지 않음).",
    "NICE guide: a cash-receipt identifier sent through the SDK must be a mobile number (resident numbers are not issued)."
);
static V2_VA_CASH: Bi = bi!(
    "나이스정보통신 가이드: 가상계좌 결제창에는 현금영수증 정보를 파라미터로 넘길 수 없습니다. 구매자가 직접 입력합니다.",
    "NICE guide: the virtual-account window takes no cash-receipt parameters; the buyer types them."
);
static NAVERPAY_METHOD: Bi = bi!(
    "나이스정보통신 가이드: 네이버페이는 availablePayMethods에 CARD(카드) 또는 CHARGE(포인트/머니) 하나를 지정해야 합니다.",
    "NICE guide: NaverPay needs availablePayMethods with exactly one of CARD (card) or CHARGE (points/money)."
);
static SSGPAY_METHOD: Bi = bi!(
    "나이스정보통신 가이드: SSG페이의 availablePayMethods는 계좌 결제(TRANSFER)일 때만 보내며, 카드·머니 결제는 생략합니다.",
    "NICE guide: SSGPAY takes availablePayMethods only as TRANSFER (account); omit it for card or money."
);
static TOSSPAY_METHOD: Bi = bi!(
    "나이스정보통신 가이드: 토스페이의 availablePayMethods는 CARD(카드) 또는 CHARGE(머니)입니다.",
    "NICE guide: TossPay's availablePayMethods is CARD (card) or CHARGE (money)."
);
static V2_SSG_PAYMENT_ID: Bi = bi!(
    "나이스정보통신 가이드: SSG페이 계좌 결제 시 paymentId에 특수문자를 쓸 수 없습니다.",
    "NICE guide: SSGPAY account payments allow no special characters in paymentId."
);
static V2_BILLING_PROVIDER: Bi = bi!(
    "나이스정보통신 가이드: 결제창 빌링키 발급은 카카오페이·네이버페이만 지원합니다.",
    "NICE guide: the billing-key window supports KakaoPay and NaverPay only."
);
static V2_ISSUE_ID: Bi = bi!(
    "나이스정보통신 가이드: issueId는 필수이며 영문 대소문자와 숫자로 40자 이내입니다.",
    "NICE guide: issueId is required: letters and digits, at most 40."
);
static V2_ISSUE_NAME: Bi = bi!(
    "나이스정보통신 가이드: 빌링키 발급에는 issueName이 필수입니다.",
    "NICE guide: issuing a billing key needs issueName."
);
static V2_MOBILE_INSTALLMENT: Bi = bi!(
    "나이스정보통신 가이드: 모바일에서는 카드사 다이렉트 호출일 때만 할부 옵션이 적용되며, 그 외에는 무시됩니다.",
    "NICE guide: on mobile installment options only apply to direct card calls; otherwise they are ignored."
);

fn forbidden_name(ctx: &mut V2Ctx) {
    let Some(name) = ctx.str_at("orderName") else { return };
    let bad = bad_name_chars(name);
    report_name_chars(bad, "orderName", &ORDER_NAME_FORBIDDEN, &ORDER_NAME_PARENS, ctx.r);
}

/// NICE's order-name characters (v1 `name`, v2 `orderName`): `Some(true)` when it holds one of
/// the forbidden `% & | $ - + = [ ]`, `Some(false)` when only the discouraged `( )`.
fn bad_name_chars(name: &str) -> Option<bool> {
    if name.chars().any(|c| "%&|$-+=[]".contains(c)) {
        Some(true)
    } else {
        name.contains(['(', ')']).then_some(false)
    }
}

/// Reports [`bad_name_chars`]: forbidden characters are an error, parentheses a warning.
fn report_name_chars(bad: Option<bool>, path: &str, forbidden: &'static Bi, parens: &'static Bi, r: &mut Report) {
    match bad {
        Some(true) => r.error(
            path,
            Code::InvalidFormat,
            Detail::Format(Format::Described),
            Some(forbidden),
        ),
        Some(false) => r.warn(
            path,
            Code::InvalidFormat,
            Detail::Format(Format::Described),
            Some(parens),
        ),
        None => {}
    }
}

fn list_of(ctx: &V2Ctx, path: &str) -> Option<Vec<String>> {
    match ctx.get(path)? {
        Value::Arr(a) => Some(a.iter().filter_map(Value::as_str).map(str::to_string).collect()),
        _ => None,
    }
}

/// NICE rules the data cannot say.
fn check_v2(ctx: &mut V2Ctx) {
    match ctx.api {
        Api::Payment => payment_v2(ctx),
        Api::IssueBillingKey => {
            let id_ok = ctx
                .str_at("issueId")
                .is_some_and(|id| !id.is_empty() && id.len() <= 40 && id.bytes().all(|b| b.is_ascii_alphanumeric()));
            if !ctx.has("issueId") {
                ctx.require("issueId", Severity::Error, &V2_ISSUE_ID);
            } else if !id_ok && ctx.str_at("issueId").is_some() {
                ctx.r.error(
                    "issueId",
                    Code::InvalidFormat,
                    Detail::Format(Format::Described),
                    Some(&V2_ISSUE_ID),
                );
            }
            if !ctx.has("issueName") {
                ctx.require("issueName", Severity::Error, &V2_ISSUE_NAME);
            }
            if ctx.method == Some("EASY_PAY") {
                match ctx.str_at("easyPay.easyPayProvider") {
                    Some("KAKAOPAY") => {}
                    Some("NAVERPAY") => naverpay_method(ctx),
                    Some(_) => ctx.unsupported("easyPay.easyPayProvider", Severity::Error, &V2_BILLING_PROVIDER),
                    None => {}
                }
            }
        }
        Api::IssueBillingKeyAndPay | Api::LoadPaymentUI | Api::LoadIssueBillingKeyUI => {}
    }
}

fn naverpay_method(ctx: &mut V2Ctx) {
    let ok = list_of(ctx, "easyPay.availablePayMethods")
        .is_some_and(|l| l.len() == 1 && matches!(l[0].as_str(), "CARD" | "CHARGE"));
    if !ctx.has("easyPay.availablePayMethods") {
        ctx.require("easyPay.availablePayMethods", Severity::Error, &NAVERPAY_METHOD);
    } else if !ok {
        ctx.r.error(
            "easyPay.availablePayMethods",
            Code::InvalidValue,
            Detail::Note,
            Some(&NAVERPAY_METHOD),
        );
    }
}

fn cash_receipt_required(ctx: &mut V2Ctx, base: &str) {
    let t = join(base, "cashReceiptType");
    let i = join(base, "customerIdentifier");
    if !ctx.has(&t) {
        ctx.require(&t, Severity::Error, &V2_CASH_REQUIRED);
    }
    let anonymous = ctx.str_at(&t) == Some("ANONYMOUS");
    if !ctx.has(&i) && !anonymous {
        ctx.require(&i, Severity::Error, &V2_CASH_REQUIRED);
    }
    cash_phone(ctx, &i);
}

fn cash_phone(ctx: &mut V2Ctx, path: &str) {
    if ctx.str_at(path).is_some_and(|id| !is_mobile_number(id)) {
        ctx.r.warn(
            path,
            Code::InvalidFormat,
            Detail::Format(Format::Described),
            Some(&V2_CASH_PHONE),
        );
    }
}

fn payment_v2(ctx: &mut V2Ctx) {
    forbidden_name(ctx);
    match ctx.method {
        Some("CARD") => {
            let company = ctx.str_at("card.cardCompany").map(str::to_string);
            let fixed = ctx.has("card.installment.monthOption.fixedMonth");
            let list = ctx.has("card.installment.monthOption.availableMonthList");
            if let Some(c) = company {
                if !fixed && !list {
                    ctx.require(
                        "card.installment.monthOption.fixedMonth",
                        Severity::Error,
                        &V2_DIRECT_FIXED,
                    );
                }
                if list {
                    ctx.unsupported(
                        "card.installment.monthOption.availableMonthList",
                        Severity::Error,
                        &V2_DIRECT_LIST,
                    );
                }
                if c == "TOSS_BANK" {
                    ctx.unsupported("card.cardCompany", Severity::Error, &V2_TOSS_BANK);
                }
            } else if ctx.mobile == Some(true) && ctx.has("card.installment") {
                ctx.ignored("card.installment", &V2_MOBILE_INSTALLMENT);
            }
        }
        Some("TRANSFER") => {
            if ctx.has("transfer.bankCode") {
                ctx.ignored("transfer.bankCode", &BANK_CODE);
            }
            let direct = ctx.str_at("bypass.nice_v2.DirectShowOpt") == Some("BANK");
            if direct && ctx.get("isEscrow") == Some(&Value::Bool(true)) {
                ctx.r.error(
                    "bypass.nice_v2.DirectShowOpt",
                    Code::Conflict,
                    Detail::Conflict { with: "isEscrow" },
                    Some(&V2_ESCROW_DIRECT),
                );
            }
            if direct {
                cash_receipt_required(ctx, "transfer");
            } else {
                for p in ["transfer.cashReceiptType", "transfer.customerIdentifier"] {
                    if ctx.has(p) {
                        ctx.unsupported(p, Severity::Error, &V2_CASH_NON_DIRECT);
                    }
                }
            }
        }
        Some("VIRTUAL_ACCOUNT") => {
            for p in ["virtualAccount.cashReceiptType", "virtualAccount.customerIdentifier"] {
                if ctx.has(p) {
                    ctx.ignored(p, &V2_VA_CASH);
                }
            }
        }
        Some("GIFT_CERTIFICATE") => {
            if ctx
                .str_at("giftCertificate.giftCertificateType")
                .is_some_and(|t| t != "CULTURELAND" && GIFT_CERTIFICATE_TYPE.short(t).is_some())
            {
                ctx.unsupported(
                    "giftCertificate.giftCertificateType",
                    Severity::Error,
                    &GIFT_CULTURELAND,
                );
            }
            if !ctx.has("bypass.nice_v2.MallUserID") {
                ctx.require("bypass.nice_v2.MallUserID", Severity::Error, &V2_MALL_USER_ID);
            }
        }
        Some("EASY_PAY") => easy_pay_v2(ctx),
        _ => {}
    }
}

fn easy_pay_v2(ctx: &mut V2Ctx) {
    let Some(provider) = ctx.str_at("easyPay.easyPayProvider").map(str::to_string) else {
        return;
    };
    let methods = list_of(ctx, "easyPay.availablePayMethods");
    match provider.as_str() {
        "NAVERPAY" => {
            naverpay_method(ctx);
            if methods.as_deref().is_some_and(|m| m == ["CHARGE"]) {
                cash_receipt_required(ctx, "easyPay");
            }
        }
        "SSGPAY" => {
            if let Some(m) = &methods {
                if m.as_slice() != ["TRANSFER"] {
                    ctx.r.error(
                        "easyPay.availablePayMethods",
                        Code::InvalidValue,
                        Detail::Note,
                        Some(&SSGPAY_METHOD),
                    );
                } else {
                    cash_receipt_required(ctx, "easyPay");
                    let id_ok = ctx
                        .str_at("paymentId")
                        .is_none_or(|id| id.bytes().all(|b| b.is_ascii_alphanumeric()));
                    if !id_ok {
                        ctx.r.error(
                            "paymentId",
                            Code::InvalidFormat,
                            Detail::Format(Format::Described),
                            Some(&V2_SSG_PAYMENT_ID),
                        );
                    }
                }
            }
        }
        "TOSSPAY"
            if methods
                .as_ref()
                .is_some_and(|m| m.is_empty() || m.iter().any(|x| x != "CARD" && x != "CHARGE")) =>
        {
            ctx.r.error(
                "easyPay.availablePayMethods",
                Code::InvalidValue,
                Detail::Note,
                Some(&TOSSPAY_METHOD),
            );
        }
        _ => {}
    }
    let Some(e) = EASY_PAYS.iter().find(|e| e.v2 == provider) else {
        return;
    };
    let cards = list_of(ctx, "easyPay.availableCards");
    let direct = cards.as_ref().is_some_and(|c| !c.is_empty());
    let fixed = ctx.has("easyPay.installment.monthOption.fixedMonth");
    let list = ctx.has("easyPay.installment.monthOption.availableMonthList");
    if direct {
        match e.direct {
            None => ctx.unsupported("easyPay.availableCards", Severity::Error, &EASY_NO_DIRECT),
            Some(allowed) => {
                let bad = cards
                    .as_ref()
                    .is_some_and(|c| !allowed.is_empty() && c.iter().any(|x| !NINE_COMPANIES.contains(&x.as_str())));
                if bad {
                    ctx.unsupported("easyPay.availableCards", Severity::Error, &EASY_DIRECT_CARDS);
                }
                if list && !e.direct_list {
                    ctx.unsupported(
                        "easyPay.installment.monthOption.availableMonthList",
                        Severity::Error,
                        &DIRECT_AND_LIST,
                    );
                }
                if fixed && !e.direct_fixed {
                    ctx.unsupported("easyPay.installment", Severity::Error, &EASY_NO_DIRECT);
                }
            }
        }
    } else if (fixed || list) && e.direct.is_none() {
        ctx.unsupported("easyPay.installment", Severity::Error, &EASY_NO_DIRECT);
    } else if list && !e.list {
        ctx.unsupported(
            "easyPay.installment.monthOption.availableMonthList",
            Severity::Error,
            &EASY_NO_LIST,
        );
    } else if fixed && !e.fixed_alone {
        ctx.unsupported(
            "easyPay.installment.monthOption.fixedMonth",
            Severity::Error,
            &EASY_FIXED_ALONE,
        );
    }
    if ctx.get("easyPay.useFreeInterestFromMall") == Some(&Value::Bool(true)) && !e.interest_free {
        ctx.ignored("easyPay.useFreeInterestFromMall", &EASY_INTEREST_FREE);
    }
}
