//! The v2 pieces Welcome Payments still shares with KG Inicis while welcome is Rust (KG Inicis
//! itself is `gateways/inicis.toml`).

pub use self::v2_rules::*;

/// The v2 (`PortOne.requestPayment`) rules Welcome shares.
mod v2_rules {
    use crate::core::issue::{Bi, Severity};
    use crate::core::text::Unit;
    use crate::core::v2::{Api, V2Ctx};
    use crate::pg::{CustomerField, CustomerRule, Env, Ignored, TextLimit};

    const PAY: &[Api] = &[Api::Payment];
    const BILLING: &[Api] = &[Api::IssueBillingKey];
    const PAY_AND_BILLING: &[Api] = &[Api::Payment, Api::IssueBillingKey];
    const BILLING_AND_PAY: &[Api] = &[Api::IssueBillingKeyAndPay];

    /// The customer fields KG Inicis and Welcome require: name, phone and e-mail on PC for payments
    /// and billing keys (optional on mobile), always for billing-and-pay.
    pub const CUSTOMER: &[CustomerRule] = &[
        CustomerRule {
            field: CustomerField::Name,
            apis: PAY_AND_BILLING,
            env: Env::Pc,
            note: &PC_REQUIRED,
        },
        CustomerRule {
            field: CustomerField::PhoneNumber,
            apis: PAY_AND_BILLING,
            env: Env::Pc,
            note: &PC_REQUIRED,
        },
        CustomerRule {
            field: CustomerField::Email,
            apis: PAY_AND_BILLING,
            env: Env::Pc,
            note: &PC_REQUIRED,
        },
        CustomerRule {
            field: CustomerField::Name,
            apis: BILLING_AND_PAY,
            env: Env::Any,
            note: &BILLING_AND_PAY_REQUIRED,
        },
        CustomerRule {
            field: CustomerField::PhoneNumber,
            apis: BILLING_AND_PAY,
            env: Env::Any,
            note: &BILLING_AND_PAY_REQUIRED,
        },
        CustomerRule {
            field: CustomerField::Email,
            apis: BILLING_AND_PAY,
            env: Env::Any,
            note: &BILLING_AND_PAY_REQUIRED,
        },
    ];

    /// orderName: 40 bytes; longer names are cut to 37 bytes + "..." (a warning).
    pub const ORDER_NAME: TextLimit = TextLimit {
        max: 40,
        unit: Unit::Bytes,
        severity: Severity::Warning,
    };

    /// fullName: 30 bytes.
    pub const FULL_NAME: TextLimit = TextLimit {
        max: 30,
        unit: Unit::Bytes,
        severity: Severity::Error,
    };

    /// Fields the Inicis guide says have no effect.
    pub const IGNORED: &[Ignored] = &[
        Ignored {
            path: "card.useAppCardOnly",
            apis: PAY,
        },
        Ignored {
            path: "card.useInstallment",
            apis: PAY,
        },
        Ignored {
            path: "card.useFreeInterestFromMall",
            apis: PAY,
        },
        Ignored {
            path: "easyPay.useCardPoint",
            apis: PAY,
        },
        Ignored {
            path: "easyPay.customerIdentifier",
            apis: PAY,
        },
        Ignored {
            path: "easyPay.availablePayMethods",
            apis: PAY,
        },
        Ignored {
            path: "easyPay.availableCards",
            apis: PAY,
        },
        Ignored {
            path: "transfer.bankCode",
            apis: PAY,
        },
        Ignored {
            path: "transfer.customerIdentifier",
            apis: PAY,
        },
        Ignored {
            path: "virtualAccount.bankCode",
            apis: PAY,
        },
        Ignored {
            path: "virtualAccount.customerIdentifier",
            apis: PAY,
        },
        Ignored {
            path: "mobile.carrier",
            apis: PAY,
        },
        Ignored {
            path: "card.cardCompany",
            apis: BILLING,
        },
        Ignored {
            path: "locale",
            apis: BILLING_AND_PAY,
        },
        Ignored {
            path: "mobile.carrier",
            apis: BILLING_AND_PAY,
        },
        Ignored {
            path: "mobile.avaliableCarriers",
            apis: BILLING_AND_PAY,
        },
    ];

    static PC_REQUIRED: Bi = bi!(
        "KG이니시스·웰컴페이먼츠 가이드: PC 결제창에서는 구매자 이름(fullName 또는 firstName + lastName), 전화번호, 이메일이 필수입니다(모바일은 선택).",
        "KG Inicis / Welcome guide: the PC window needs the buyer's name (fullName, or firstName + lastName), phone number and e-mail (optional on mobile)."
    );
    static BILLING_AND_PAY_REQUIRED: Bi = bi!(
        "KG이니시스·웰컴페이먼츠 가이드: 빌링키 발급과 결제를 함께 할 때는 구매자 이름, 전화번호, 이메일이 필수입니다.",
        "KG Inicis / Welcome guide: issuing a billing key with a payment needs the buyer's name, phone number and e-mail."
    );
    static ISSUE_FIELDS: Bi = bi!(
        "KG이니시스·웰컴페이먼츠 가이드: 빌링키 발급에는 issueId와 issueName이 필수입니다.",
        "KG Inicis / Welcome guide: issuing a billing key needs issueId and issueName."
    );
    static DIRECT_FIXED_MONTH: Bi = bi!(
        "KG이니시스·웰컴페이먼츠 가이드: 카드사 다이렉트 호출 시에는 고정 할부(fixedMonth)만 쓸 수 있고 availableMonthList는 오류입니다.",
        "KG Inicis / Welcome guide: opening a card company directly only takes a fixed installment (fixedMonth); availableMonthList is an error."
    );
    static NO_TOSS_BANK: Bi = bi!(
        "KG이니시스·웰컴페이먼츠 가이드: 토스뱅크(TOSS_BANK)는 카드사 다이렉트 호출을 지원하지 않습니다.",
        "KG Inicis / Welcome guide: Toss Bank (TOSS_BANK) cannot be opened directly."
    );
    static ASCII_ID: Bi = bi!(
        "KG이니시스·웰컴페이먼츠 가이드: paymentId와 issueId에는 출력 가능한 ASCII 문자만 쓸 수 있습니다(한글, ♤ 같은 특수 문자 불가).",
        "KG Inicis / Welcome guide: paymentId and issueId take printable ASCII only (no Korean, no symbols like ♤)."
    );
    static GIFT_TYPE_MOBILE: Bi = bi!(
        "KG이니시스·웰컴페이먼츠 가이드: 모바일 상품권 결제에는 giftCertificate.giftCertificateType이 필수입니다(PC는 결제창에서 선택).",
        "KG Inicis / Welcome guide: mobile gift-certificate payments need giftCertificate.giftCertificateType (on PC the buyer picks it)."
    );
    static GIFT_TYPES: &[&str] = &["BOOKNLIFE", "SMART_MUNSANG", "CULTURELAND"];
    static GIFT_TYPE_LIST: Bi = bi!(
        "KG이니시스·웰컴페이먼츠 가이드가 지원하는 상품권은 BOOKNLIFE, SMART_MUNSANG, CULTURELAND입니다.",
        "The KG Inicis / Welcome guides support BOOKNLIFE, SMART_MUNSANG and CULTURELAND gift certificates."
    );
    static PRODUCT_TYPE: Bi = bi!(
        "KG이니시스·웰컴페이먼츠 가이드: 빌링키 발급과 결제를 함께 할 때(휴대폰)는 productType이 필수입니다.",
        "KG Inicis / Welcome guide: issuing a billing key with a (phone) payment needs productType."
    );

    /// Rules KG Inicis and Welcome share: ASCII `paymentId`/`issueId`, billing `issueId`/`issueName`,
    /// billing-and-pay `productType`, gift-certificate types, and card-direct installments.
    pub fn check_family(ctx: &mut V2Ctx) {
        for path in ["paymentId", "issueId"] {
            if ctx
                .str_at(path)
                .is_some_and(|id| !id.bytes().all(|b| (0x20..0x7f).contains(&b)))
            {
                ctx.r.error(
                    path,
                    crate::core::issue::Code::InvalidFormat,
                    crate::core::issue::Detail::Format(crate::core::issue::Format::Described),
                    Some(&ASCII_ID),
                );
            }
        }
        if ctx.api == Api::Payment && ctx.method == Some("GIFT_CERTIFICATE") {
            let path = "giftCertificate.giftCertificateType";
            match ctx.str_at(path) {
                Some(t) if !GIFT_TYPES.contains(&t) => ctx.unsupported(path, Severity::Error, &GIFT_TYPE_LIST),
                Some(_) => {}
                None => {
                    if let Some(sev) = ctx.env_severity(Env::Mobile) {
                        ctx.require(path, sev, &GIFT_TYPE_MOBILE);
                    }
                }
            }
        }
        match ctx.api {
            Api::IssueBillingKey => {
                for path in ["issueId", "issueName"] {
                    if !ctx.has(path) {
                        ctx.require(path, Severity::Error, &ISSUE_FIELDS);
                    }
                }
            }
            Api::LoadPaymentUI | Api::LoadIssueBillingKeyUI => {}
            Api::IssueBillingKeyAndPay => {
                if !ctx.has("productType") {
                    ctx.require("productType", Severity::Error, &PRODUCT_TYPE);
                }
            }
            Api::Payment => {
                if ctx.method == Some("CARD") && ctx.has("card.cardCompany") {
                    let list = "card.installment.monthOption.availableMonthList";
                    if ctx.has(list) {
                        ctx.unsupported(list, Severity::Error, &DIRECT_FIXED_MONTH);
                    }
                    if ctx.str_at("card.cardCompany") == Some("TOSS_BANK") {
                        ctx.unsupported("card.cardCompany", Severity::Error, &NO_TOSS_BANK);
                    }
                }
            }
        }
    }
}
