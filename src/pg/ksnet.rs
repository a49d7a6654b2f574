//! KSNET, v1 and v2. Sources: PortOne's v1 guide `src/routes/(root)/opi/ko/integration/pg/v1/ksnet/readme.mdx`
//! with its notes page `ksnet/warning.mdx` (`shared/reference/v1-pg-rules.md` §15), and the v2
//! guide `src/routes/(root)/opi/ko/integration/pg/v2/ksnet.mdx`;
//! the orderName limit (50 bytes EUC-KR) and the fullName limit (50 bytes) come from the docs
//! schema `src/schema/browser-sdk.yml` (`shared/reference/v2-pg-rules.md` §8). `bypass.ksnet.tcode`
//! and `.url` are in the guide only, `sndKakaopayType` in the guide and the npm type; all are
//! accepted.
//!
//! The card-direct and easy-pay-direct requirements are one table each, read by both versions.
//!
//! To add a KSNET rule: data goes in the tables, [`V1`] and [`V2`]; logic in [`check_v1`] and
//! [`check_v2`].

use super::{
    BypassBlock, BypassTables, CustomerField, CustomerRule, Env, Gateway, TextLimit, V1Rules, V2Rules, WindowTypes,
};
use crate::core::fields::{check_keys, Key, Kind};
use crate::core::issue::{join, Bi, Code, Detail, Format, Severity};
use crate::core::text::{parse_rfc3339, Unit};
use crate::core::v1::V1Ctx;
use crate::core::v2::{Api, V2Ctx};
use crate::core::value::Value;

/// KSNET.
pub static GATEWAY: Gateway = Gateway {
    id: "ksnet",
    name: bi!("KSNET", "KSNET"),
    aliases: &["ksnet"],
    more_guides: &["src/routes/(root)/opi/ko/integration/pg/v1/ksnet/warning.mdx"],
    v1: Some(V1),
    v2: Some(V2),
};

/// KSNET's v2 rules as data.
pub const V2: V2Rules = V2Rules {
    guide: "src/routes/(root)/opi/ko/integration/pg/v2/ksnet.mdx",
    bypass_key: Some("ksnet"),
    bypass: BypassTables {
        payment: Some(BYPASS),
        ..BypassTables::NONE
    },
    pay_methods: Some(&["CARD", "TRANSFER", "VIRTUAL_ACCOUNT", "MOBILE", "EASY_PAY"]),
    easy_pay_providers: Some(&["KAKAOPAY", "NAVERPAY", "PAYCO", "SSGPAY", "LPAY"]),
    billing_key_methods: Some(&["CARD"]),
    billing_key_and_pay_methods: Some(&[]),
    currencies: Some(&["KRW", "USD"]),
    window_types: Some(WindowTypes {
        pc: &["IFRAME"],
        mobile: &["REDIRECTION"],
    }),
    locales: Some(&["KO_KR"]),
    order_name: Some(TextLimit {
        max: 50,
        unit: Unit::EucKrBytes,
        severity: Severity::Error,
    }),
    full_name: Some(TextLimit {
        max: 50,
        unit: Unit::EucKrBytes,
        severity: Severity::Error,
    }),
    customer: &[CustomerRule {
        field: CustomerField::Name,
        apis: &[Api::Payment],
        env: Env::Any,
        note: &FULL_NAME,
    }],
    mobile_needs_product_type: true,
    va_needs_expiry: true,
    mobile_needs_redirect: true,
    check: check_v2,
    ..V2Rules::NONE
};

/// `bypass.ksnet` (payment).
static BYPASS: &[Key] = &[
    Key::new("sndQpayType", Kind::Enum(&["1", "0"])),
    Key::new("easyPayDirect", Kind::Bool),
    Key::new("sndKakaopayType", Kind::Enum(&["CARD", "MONEY"])),
    Key::new("tcode", Kind::Str),
    Key::new("url", Kind::Str),
];

/// Cards that need `customer.phoneNumber` and `bypass.ksnet.tcode` when opened directly on mobile.
static TCODE_CARDS: &[&str] = &["BC_CARD", "SUHYUP_CARD", "JEONBUK_CARD", "GWANGJU_CARD", "KAKAO_BANK"];
/// Cards that need `bypass.ksnet.url` when opened directly.
static URL_CARDS: &[&str] = &[
    "WOORI_CARD",
    "HANA_CARD",
    "NH_CARD",
    "SAMSUNG_CARD",
    "HYUNDAI_CARD",
    "LOTTE_CARD",
    "SHINHAN_CARD",
    "CITI_CARD",
];

static FULL_NAME: Bi = bi!(
    "KSNET 가이드: 구매자 이름 customer.fullName은 필수입니다(firstName + lastName도 됩니다).",
    "KSNET guide: the buyer's name, customer.fullName, is required (firstName + lastName also do)."
);
static ESCROW_EMAIL: Bi = bi!(
    "KSNET 가이드: 에스크로 결제에는 customer.email이 필수입니다.",
    "KSNET guide: escrow payments need customer.email."
);
static DUE_DATE_ISO: Bi = bi!(
    "KSNET 가이드: dueDate는 ISO 8601 형식(YYYY-MM-DDTHH:mm:ssZ 또는 YYYY-MM-DDTHH:mm:ss±hh:mm)이어야 합니다.",
    "KSNET guide: dueDate must be ISO 8601 (YYYY-MM-DDTHH:mm:ssZ or YYYY-MM-DDTHH:mm:ss±hh:mm)."
);
static TCODE: Bi = bi!(
    "KSNET 가이드: 모바일에서 BC·수협·전북·광주·카카오뱅크 카드를 다이렉트 호출하면 customer.phoneNumber와 bypass.ksnet.tcode(skt/ktf/lgt)가 필수입니다.",
    "KSNET guide: opening BC, Suhyup, Jeonbuk, Gwangju or KakaoBank cards directly on mobile needs customer.phoneNumber and bypass.ksnet.tcode (skt/ktf/lgt)."
);
static URL: Bi = bi!(
    "KSNET 가이드: 우리·하나·농협·삼성·현대·롯데·신한·씨티카드를 다이렉트 호출하면 bypass.ksnet.url이 필수입니다.",
    "KSNET guide: opening Woori, Hana, NH, Samsung, Hyundai, Lotte, Shinhan or Citi cards directly needs bypass.ksnet.url."
);
static BUSINESS: Bi = bi!(
    "KSNET 가이드: 국민·우리·하나·농협·삼성·현대·롯데·신한·씨티카드를 다이렉트 호출하면 storeDetails.businessName과 businessRegistrationNumber가 필수입니다.",
    "KSNET guide: opening KB, Woori, Hana, NH, Samsung, Hyundai, Lotte, Shinhan or Citi cards directly needs storeDetails.businessName and businessRegistrationNumber."
);

/// KSNET rules the data cannot say.
fn check_v2(ctx: &mut V2Ctx) {
    if ctx.api != Api::Payment {
        return;
    }
    if ctx.get("isEscrow").and_then(|v| match v {
        crate::core::value::Value::Bool(b) => Some(*b),
        _ => None,
    }) == Some(true)
        && !ctx.has("customer.email")
    {
        ctx.require("customer.email", Severity::Error, &ESCROW_EMAIL);
    }
    if ctx.method == Some("VIRTUAL_ACCOUNT") {
        if let Some(d) = ctx.str_at("virtualAccount.accountExpiry.dueDate") {
            if !d.is_empty() && parse_rfc3339(d).is_none() {
                ctx.r.error(
                    "virtualAccount.accountExpiry.dueDate",
                    Code::InvalidFormat,
                    Detail::Format(Format::Described),
                    Some(&DUE_DATE_ISO),
                );
            }
        }
    }
    easy_pay_v2(ctx);
    if ctx.method != Some("CARD") {
        return;
    }
    if let Some(Value::Arr(plans)) = ctx.get("card.installment.freeInstallmentPlans") {
        let bad: Vec<usize> = plans
            .iter()
            .enumerate()
            .filter(|(_, p)| {
                p.as_obj()
                    .and_then(|o| o.get("cardCompany"))
                    .and_then(Value::as_str)
                    .map(|c| c.strip_prefix("CARD_COMPANY_").unwrap_or(c))
                    .is_some_and(|c| !FREE_INTEREST_V2.contains(&c))
            })
            .map(|(i, _)| i)
            .collect();
        for i in bad {
            let p = join(
                &crate::core::issue::index("card.installment.freeInstallmentPlans", i),
                "cardCompany",
            );
            ctx.r
                .warn(p, Code::Unsupported, Detail::Note, Some(&FREE_INTEREST_CARDS));
        }
    }
    let Some(card) = ctx.str_at("card.cardCompany").map(str::to_string) else {
        return;
    };
    if TCODE_CARDS.contains(&card.as_str()) {
        if let Some(sev) = ctx.env_severity(Env::Mobile) {
            for path in ["customer.phoneNumber", "bypass.ksnet.tcode"] {
                if !ctx.has(path) {
                    ctx.require(path, sev, &TCODE);
                }
            }
        }
    }
    if URL_CARDS.contains(&card.as_str()) && !ctx.has("bypass.ksnet.url") {
        ctx.require("bypass.ksnet.url", Severity::Error, &URL);
    }
    if card == "KOOKMIN_CARD" || URL_CARDS.contains(&card.as_str()) {
        for path in ["storeDetails.businessName", "storeDetails.businessRegistrationNumber"] {
            if !ctx.has(path) {
                ctx.require(path, Severity::Error, &BUSINESS);
            }
        }
    }
}

/// Easy pays (v2 guide, 간편결제 and 간편결제 다이렉트): no merchant-paid interest-free
/// installments, no month list for PAYCO/SSGPAY, and the direct window's requirements.
fn easy_pay_v2(ctx: &mut V2Ctx) {
    let provider = ctx
        .str_at("easyPay.easyPayProvider")
        .map(|p| p.strip_prefix("EASY_PAY_PROVIDER_").unwrap_or(p).to_string());
    if ctx.method == Some("EASY_PAY") {
        for path in [
            "easyPay.useFreeInterestFromMall",
            "easyPay.installment.freeInstallmentPlans",
        ] {
            if ctx.has(path) {
                ctx.ignored(path, &EASY_NO_FREE_INTEREST);
            }
        }
        if matches!(provider.as_deref(), Some("PAYCO" | "SSGPAY")) && ctx.has("easyPay.installment.monthOption") {
            ctx.ignored("easyPay.installment.monthOption", &EASY_FIXED_QUOTA);
        }
    }
    if ctx.get("bypass.ksnet.easyPayDirect") != Some(&Value::Bool(true)) {
        return;
    }
    let rule = (ctx.method == Some("EASY_PAY"))
        .then(|| EASY_DIRECT.iter().find(|d| Some(d.v2) == provider.as_deref()))
        .flatten();
    let Some(rule) = rule else {
        ctx.r.error(
            "bypass.ksnet.easyPayDirect",
            Code::Unsupported,
            Detail::Note,
            Some(&EASY_DIRECT_METHODS),
        );
        return;
    };
    let mut missing: Vec<String> = Vec::new();
    for key in rule.store {
        let p = join("storeDetails", key);
        if !ctx.has(&p) {
            missing.push(p);
        }
    }
    if rule.buyer_contact {
        for p in ["customer.email", "customer.phoneNumber"] {
            if !ctx.has(p) {
                missing.push(p.to_string());
            }
        }
    }
    for p in missing {
        ctx.require(&p, Severity::Error, &EASY_DIRECT_NEEDS);
    }
}

// ---------------------------------------------------------------------------------------------
// shared facts (v1 and v2)

/// Issuers with merchant-paid interest-free installments (v1 notes page 특이사항, v2 guide 카드
/// 결제: 비씨, 국민, 하나, 삼성, 신한, 현대, 롯데, 농협), as v1 card codes and v2 card companies.
static FREE_INTEREST_V1: &[&str] = &["361", "381", "374", "365", "366", "367", "368", "371"];
static FREE_INTEREST_V2: &[&str] = &[
    "BC_CARD",
    "KOOKMIN_CARD",
    "HANA_CARD",
    "SAMSUNG_CARD",
    "SHINHAN_CARD",
    "HYUNDAI_CARD",
    "LOTTE_CARD",
    "NH_CARD",
];

/// What an easy pay opened directly (`bypass.ksnet.easyPayDirect: true`) needs (guides, 간편결제
/// 다이렉트 호출): the v1 `pay_method`, the v2 provider, the `storeDetails` keys, and whether the
/// buyer's e-mail and phone are required.
struct EasyDirect {
    v1: &'static str,
    v2: &'static str,
    store: &'static [&'static str],
    buyer_contact: bool,
}

static EASY_DIRECT: &[EasyDirect] = &[
    EasyDirect {
        v1: "naverpay",
        v2: "NAVERPAY",
        store: &["businessName"],
        buyer_contact: false,
    },
    EasyDirect {
        v1: "kakaopay",
        v2: "KAKAOPAY",
        store: &["ceoFullName", "address", "phoneNumber"],
        buyer_contact: true,
    },
    EasyDirect {
        v1: "payco",
        v2: "PAYCO",
        store: &["businessName", "businessRegistrationNumber"],
        buyer_contact: true,
    },
    EasyDirect {
        v1: "lpay",
        v2: "LPAY",
        store: &[],
        buyer_contact: false,
    },
];

static EASY_DIRECT_METHODS: Bi = bi!(
    "KSNET 가이드: 간편결제 다이렉트(easyPayDirect)는 네이버페이·카카오페이·페이코·L페이만 지원합니다.",
    "KSNET guide: easy-pay direct (easyPayDirect) supports only Naver Pay, KakaoPay, PAYCO and L.PAY."
);
static EASY_DIRECT_NEEDS: Bi = bi!(
    "KSNET 가이드: 간편결제 다이렉트에는 간편결제사별 상점 정보(storeDetails)와 구매자 정보가 필요합니다(네이버페이 상점명, 카카오페이 대표자명·주소·전화번호와 구매자 이메일·전화번호, 페이코 상점명·사업자번호와 구매자 이메일·전화번호).",
    "KSNET guide: easy-pay direct needs store details and buyer details per provider (Naver Pay: business name; KakaoPay: CEO name, address, phone, buyer e-mail and phone; PAYCO: business name and number, buyer e-mail and phone)."
);
static FREE_INTEREST_CARDS: Bi = bi!(
    "KSNET 가이드: 상점 부담 무이자 할부는 비씨·국민·하나·삼성·신한·현대·롯데·농협 카드만 설정할 수 있습니다.",
    "KSNET guide: merchant-paid interest-free installments can only be set for BC, KB, Hana, Samsung, Shinhan, Hyundai, Lotte and NH cards."
);
static EASY_NO_FREE_INTEREST: Bi = bi!(
    "KSNET 가이드: 간편결제에서는 상점 부담 무이자 할부를 쓸 수 없습니다.",
    "KSNET guide: merchant-paid interest-free installments are not available with easy pays."
);
static EASY_FIXED_QUOTA: Bi = bi!(
    "KSNET 가이드: 페이코·SSG페이는 할부 개월 수 표시를 설정할 수 없습니다(5만원 이상이면 1~12개월 고정).",
    "KSNET guide: PAYCO and SSGPAY cannot set the installment months shown (fixed to 1-12 from 50,000 KRW)."
);

// ---------------------------------------------------------------------------------------------
// v1

/// KSNET's v1 (`IMP.request_pay`) rules.
pub const V1: V1Rules = V1Rules {
    guide: "src/routes/(root)/opi/ko/integration/pg/v1/ksnet/readme.mdx",
    codes: &["ksnet"],
    pay_methods: &[
        "card", "vbank", "trans", "phone", "lpay", "ssgpay", "kakaopay", "naverpay", "payco",
    ],
    extra_keys: &["appCard", "period", "storeDetails"],
    card_direct: true,
    card_quota: true,
    // Delivery escrow only (notes page), set up with KSNET.
    escrow: true,
    escrow_ignored: None,
    vbank_due: crate::core::v1::VBANK_DUE_COMMON,
    languages: &[],
    bypass: &[BypassBlock::new("bypass.ksnet", BYPASS_V1)],
    check: check_v1,
};

/// v1 card codes that need `buyer_tel` + `bypass.ksnet.tcode` when opened directly on mobile.
static TCODE_CODES: &[&str] = &["361", "369", "372", "364", "090"];
/// v1 card codes that need `bypass.ksnet.url` (and take no `display.card_quota`) when opened directly.
static URL_CODES: &[&str] = &["041", "374", "371", "365", "367", "368", "366", "370"];
/// v1 card codes that need `storeDetails.businessName` + `businessRegistrationNumber`.
static BUSINESS_CODES: &[&str] = &["381", "041", "374", "371", "365", "367", "368", "366", "370"];
static EASY_PAYS_V1: &[&str] = &["lpay", "ssgpay", "kakaopay", "naverpay", "payco"];

/// `bypass.ksnet` (v1 guide).
static BYPASS_V1: &[Key] = &[
    Key::new("sndQpayType", Kind::Enum(&["0", "1"])),
    Key::new("tcode", Kind::Str),
    Key::new("url", Kind::Str),
    Key::new("sndKakaopayType", Kind::Enum(&["CARD", "MONEY"])),
    Key::new("easyPayDirect", Kind::Bool),
];
static STORE_DETAILS_V1: &[Key] = &[
    Key::new("ceoFullName", Kind::Str),
    Key::new("address", Kind::Str),
    Key::new("phoneNumber", Kind::Str),
    Key::new("businessName", Kind::Str),
    Key::new("businessRegistrationNumber", Kind::Str),
];
static CARD_V1: &[Key] = &[
    Key::new("direct", Kind::Any),
    Key::new("detail", Kind::Any),
    Key::new("useInstallment", Kind::Bool),
];
static PERIOD_V1: crate::core::v1_options::PeriodRule = crate::core::v1_options::PeriodRule {
    formats: &[crate::core::text::DateFmt::DashedYmd, crate::core::text::DateFmt::Ymd],
    both: true,
};

static MID_FORM: Bi = bi!(
    "KSNET 가이드: pg는 'ksnet.{PG 상점 아이디}' 형식입니다.",
    "KSNET guide: pg is 'ksnet.{KSNET MID}'."
);
static TAX_FREE_V1: Bi = bi!(
    "KSNET 가이드: 포트원의 KSNET 상점은 복합과세이므로 면세금액(tax_free)을 반드시 보내야 합니다(면세 없으면 0).",
    "KSNET guide: KSNET MIDs through PortOne are mixed-tax, so tax_free must always be sent (0 when nothing is tax-free)."
);
static VBANK_TAX: Bi = bi!(
    "KSNET 유의사항: 일회성 가상계좌는 부가세·면세 금액 설정을 지원하지 않습니다.",
    "KSNET notes: one-time virtual accounts take no VAT or tax-free amount."
);
static BUYER_NAME_V1: Bi = bi!(
    "KSNET 가이드: buyer_name(구매자명)은 필수입니다.",
    "KSNET guide: buyer_name is required."
);
static VBANK_DUE_REQUIRED: Bi = bi!(
    "KSNET 유의사항: 가상계좌 입금기한(vbank_due)은 포트원에서 필수로 제한합니다.",
    "KSNET notes: PortOne requires the virtual-account due date (vbank_due)."
);
static CURRENCY_V1: Bi = bi!(
    "KSNET 가이드: 결제 통화는 KRW 또는 USD(순수 해외카드만)입니다.",
    "KSNET guide: KRW, or USD (foreign cards only)."
);
static DIRECT_KRW: Bi = bi!(
    "KSNET 가이드: 카드사 다이렉트 호출은 KRW만 허용됩니다.",
    "KSNET guide: opening a card company directly is KRW only."
);
static DIGITAL_PHONE: Bi = bi!(
    "KSNET 가이드: digital은 휴대폰 결제에서만 쓰입니다.",
    "KSNET guide: digital is only used for phone payments."
);
static ESCROW_EMAIL_V1: Bi = bi!(
    "KSNET 가이드: 에스크로 결제에는 구매 확인 메일을 받을 buyer_email이 필수입니다.",
    "KSNET guide: escrow payments need buyer_email (for the purchase confirmation)."
);
static NO_BILLING_V1: Bi = bi!(
    "KSNET 가이드: 결제창 기반 비인증(빌링키) 결제를 지원하지 않습니다. REST API로 빌링키를 발급하세요.",
    "KSNET guide: no billing-key payment window; issue billing keys with the REST API."
);
static TCODE_V1: Bi = bi!(
    "KSNET 가이드: 모바일에서 BC·수협·전북·광주·카카오뱅크 카드를 다이렉트 호출하면 buyer_tel과 bypass.ksnet.tcode가 필수입니다.",
    "KSNET guide: opening BC, Suhyup, Jeonbuk, Gwangju or KakaoBank cards directly on mobile needs buyer_tel and bypass.ksnet.tcode."
);
static BUSINESS_V1: Bi = bi!(
    "KSNET 가이드: 국민·우리·하나·농협·삼성·현대·롯데·신한·씨티카드 다이렉트 호출에는 storeDetails.businessName과 businessRegistrationNumber가 필수입니다.",
    "KSNET guide: opening KB, Woori, Hana, NH, Samsung, Hyundai, Lotte, Shinhan or Citi cards directly needs storeDetails.businessName and businessRegistrationNumber."
);
static URL_QUOTA: Bi = bi!(
    "KSNET 가이드: 우리·하나·농협·삼성·현대·롯데·신한·씨티카드는 다이렉트 호출 시 할부 개월 리스트(display.card_quota)를 지정할 수 없습니다.",
    "KSNET guide: Woori, Hana, NH, Samsung, Hyundai, Lotte, Shinhan and Citi cards opened directly take no display.card_quota."
);
static BRN_DIGITS: Bi = bi!(
    "KSNET 가이드: 사업자 번호는 하이픈 없이 숫자만 보냅니다. 하이픈을 제거해 보냅니다.",
    "KSNET guide: the business registration number is digits only; hyphens were removed."
);
static KAKAOPAY_ONLY: Bi = bi!(
    "KSNET 가이드: sndKakaopayType은 카카오페이 결제에만 적용됩니다.",
    "KSNET guide: sndKakaopayType only applies to KakaoPay."
);

fn check_v1(ctx: &mut V1Ctx) {
    use crate::core::v1_options::{currencies, period, redirect_on_mobile};
    let pm = ctx.pay_method.clone().unwrap_or_else(|| "card".to_string());
    let pm = pm.as_str();

    if ctx.req.get("pg").is_some() && ctx.mid.is_none() {
        ctx.r.warn(
            "pg",
            Code::InvalidFormat,
            Detail::Format(Format::PgCode),
            Some(&MID_FORM),
        );
    }
    if ctx.billing() {
        ctx.r
            .unsupported("customer_uid", Severity::Error, &GATEWAY.name, &NO_BILLING_V1);
    }
    if ctx.req.get("buyer_name").is_none() {
        ctx.r.required("buyer_name", Some(&BUYER_NAME_V1));
    }
    if pm == "vbank" {
        if ctx.req.get("vbank_due").is_none() {
            ctx.r.required("vbank_due", Some(&VBANK_DUE_REQUIRED));
        }
        for key in ["tax_free", "vat_amount"] {
            if ctx.req.get(key).and_then(Value::as_num).is_some_and(|n| n.v > 0.0) {
                ctx.r.warn(key, Code::Unsupported, Detail::Note, Some(&VBANK_TAX));
            }
        }
    } else if ctx.req.get("tax_free").is_none() {
        ctx.r.push(
            "tax_free",
            Code::Required,
            Severity::Warning,
            Detail::Required,
            Some(&TAX_FREE_V1),
        );
    }
    let currency = currencies(ctx, &["KRW", "USD"], &CURRENCY_V1);
    if ctx.req.get("digital") == Some(&Value::Bool(true)) && pm != "phone" {
        ctx.r
            .warn("digital", Code::Unsupported, Detail::Note, Some(&DIGITAL_PHONE));
    }
    if ctx.req.get("escrow") == Some(&Value::Bool(true)) && ctx.req.get("buyer_email").is_none() {
        ctx.r.required("buyer_email", Some(&ESCROW_EMAIL_V1));
    }
    crate::core::fields::want_bool(ctx.req.get("appCard"), "appCard", ctx.r);
    redirect_on_mobile(ctx);
    period(ctx, &PERIOD_V1);

    // card options
    if let Some(card) = ctx.req.get("card").and_then(Value::as_obj) {
        check_keys(card, "card", CARD_V1, ctx.mobile, ctx.r);
    }
    let direct = v1_str(ctx, &["card", "direct", "code"]).map(str::to_string);
    if let Some(code) = direct.as_deref() {
        if currency.as_deref().is_some_and(|c| c != "KRW") {
            ctx.r
                .error("currency", Code::Unsupported, Detail::Note, Some(&DIRECT_KRW));
        }
        if TCODE_CODES.contains(&code) {
            let sev = match ctx.mobile {
                Some(true) => Some(Severity::Error),
                Some(false) => None,
                None => Some(Severity::Warning),
            };
            if let Some(sev) = sev {
                if ctx.req.get("buyer_tel").is_none() {
                    ctx.r
                        .push("buyer_tel", Code::Required, sev, Detail::Required, Some(&TCODE_V1));
                }
                if v1_get(ctx, &["bypass", "ksnet", "tcode"]).is_none() {
                    ctx.r.push(
                        "bypass.ksnet.tcode",
                        Code::Required,
                        sev,
                        Detail::Required,
                        Some(&TCODE_V1),
                    );
                }
            }
        }
        if BUSINESS_CODES.contains(&code) {
            for key in ["businessName", "businessRegistrationNumber"] {
                if v1_get(ctx, &["storeDetails", key]).is_none() {
                    ctx.r.required(join("storeDetails", key), Some(&BUSINESS_V1));
                }
            }
        }
        if URL_CODES.contains(&code) {
            if v1_get(ctx, &["bypass", "ksnet", "url"]).is_none() {
                ctx.r.required("bypass.ksnet.url", Some(&URL));
            }
            if v1_get(ctx, &["display", "card_quota"]).is_some() {
                ctx.r.error(
                    "display.card_quota",
                    Code::Conflict,
                    Detail::Conflict { with: "card.direct" },
                    Some(&URL_QUOTA),
                );
            }
        }
    }

    // interest-free installments
    let easy = EASY_PAYS_V1.contains(&pm);
    if easy {
        for key in ["useFreeInterestFromMall", "card.detail"] {
            let parts: Vec<&str> = key.split('.').collect();
            if v1_get(ctx, &parts).is_some() {
                ctx.r
                    .warn(key, Code::Unsupported, Detail::Note, Some(&EASY_NO_FREE_INTEREST));
            }
        }
        if matches!(pm, "payco" | "ssgpay") && v1_get(ctx, &["display", "card_quota"]).is_some() {
            ctx.r.warn(
                "display.card_quota",
                Code::Unsupported,
                Detail::Note,
                Some(&EASY_FIXED_QUOTA),
            );
        }
    } else if let Some(Value::Arr(items)) = v1_get(ctx, &["card", "detail"]) {
        let bad: Vec<usize> = items
            .iter()
            .enumerate()
            .filter(|(_, it)| {
                it.as_obj()
                    .and_then(|o| o.get("card_code"))
                    .and_then(Value::as_str)
                    .is_some_and(|c| c != "*" && !FREE_INTEREST_V1.contains(&c))
            })
            .map(|(i, _)| i)
            .collect();
        for i in bad {
            let p = join(&crate::core::issue::index("card.detail", i), "card_code");
            ctx.r
                .warn(p, Code::Unsupported, Detail::Note, Some(&FREE_INTEREST_CARDS));
        }
    }

    store_details_v1(ctx);
    bypass_v1(ctx, pm);
}

fn v1_get<'a>(ctx: &'a V1Ctx, path: &[&str]) -> Option<&'a Value> {
    let (first, rest) = path.split_first()?;
    let mut cur = ctx.req.get(first)?;
    for k in rest {
        cur = cur.as_obj()?.get(k)?;
    }
    Some(cur)
}

fn v1_str<'a>(ctx: &'a V1Ctx, path: &[&str]) -> Option<&'a str> {
    v1_get(ctx, path).and_then(Value::as_str)
}

/// `storeDetails`: its keys, and `businessRegistrationNumber` digits only (hyphens removed with
/// a warning).
fn store_details_v1(ctx: &mut V1Ctx) {
    let Some(sd) = crate::core::fields::want_obj(ctx.req.get("storeDetails"), "storeDetails", ctx.r) else {
        return;
    };
    check_keys(sd, "storeDetails", STORE_DETAILS_V1, ctx.mobile, ctx.r);
    let Some(brn) = sd.get("businessRegistrationNumber").and_then(Value::as_str) else {
        return;
    };
    let digits: String = brn.chars().filter(|c| *c != '-').collect();
    const PATH: &str = "storeDetails.businessRegistrationNumber";
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        ctx.r
            .error(PATH, Code::InvalidFormat, Detail::Format(Format::Digits), None);
    } else if digits != brn {
        ctx.r.warn(
            PATH,
            Code::InvalidFormat,
            Detail::Format(Format::Digits),
            Some(&BRN_DIGITS),
        );
        if let Some(Value::Obj(sd)) = ctx.req.get_mut("storeDetails") {
            sd.set("businessRegistrationNumber", Value::Str(digits));
        }
    }
}

/// `bypass.ksnet` keys, `sndKakaopayType` scope, and easy-pay direct requirements.
fn bypass_v1(ctx: &mut V1Ctx, pm: &str) {
    let Some(b) = ctx.req.get("bypass").and_then(Value::as_obj) else {
        return;
    };
    let Some(k) = crate::core::fields::want_obj(b.get("ksnet"), "bypass.ksnet", ctx.r) else {
        return;
    };
    check_keys(k, "bypass.ksnet", BYPASS_V1, ctx.mobile, ctx.r);
    if k.get("sndKakaopayType").is_some() && pm != "kakaopay" {
        ctx.r.warn(
            "bypass.ksnet.sndKakaopayType",
            Code::Unsupported,
            Detail::Note,
            Some(&KAKAOPAY_ONLY),
        );
    }
    if k.get("easyPayDirect") != Some(&Value::Bool(true)) {
        return;
    }
    let Some(rule) = EASY_DIRECT.iter().find(|d| d.v1 == pm) else {
        ctx.r.error(
            "bypass.ksnet.easyPayDirect",
            Code::Unsupported,
            Detail::Note,
            Some(&EASY_DIRECT_METHODS),
        );
        return;
    };
    let mut missing: Vec<String> = Vec::new();
    for key in rule.store {
        if v1_get(ctx, &["storeDetails", key]).is_none() {
            missing.push(join("storeDetails", key));
        }
    }
    if rule.buyer_contact {
        for key in ["buyer_email", "buyer_tel"] {
            if ctx.req.get(key).is_none() {
                missing.push(key.to_string());
            }
        }
    }
    for path in missing {
        ctx.r.required(path, Some(&EASY_DIRECT_NEEDS));
    }
}
