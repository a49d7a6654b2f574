//! KPN (한국결제네트웍스), v2 only. Source: PortOne's guide
//! `src/routes/(root)/opi/ko/integration/pg/v2/kpn.mdx` (seed `shared/seeds/002_7afb9234ca106af3.txt`
//! is an older copy of it without the 유의사항 sections); the orderName and fullName limits and the
//! fixed-month-only installment come from the docs schema `src/schema/browser-sdk.yml`
//! (`shared/reference/v2-pg-rules.md` §2).
//!
//! To add a KPN rule: data goes in [`V2`]; logic in [`check_v2`].

use super::{BypassTables, CustomerField, CustomerRule, Env, Gateway, Ignored, TextLimit, V2Rules};
use crate::core::fields::{Key, Kind};
use crate::core::issue::{Bi, Code, Detail, Format, Severity};
use crate::core::text::Unit;
use crate::core::v2::{Api, V2Ctx};
use crate::core::value::Value;

/// KPN.
pub static GATEWAY: Gateway = Gateway {
    id: "kpn",
    name: bi!("한국결제네트웍스(KPN)", "KPN"),
    aliases: &["kpn"],
    more_guides: &[],
    v1: None,
    v2: Some(V2),
};

const GUIDE: &str = "src/routes/(root)/opi/ko/integration/pg/v2/kpn.mdx";
const PAY: &[Api] = &[Api::Payment];
const BILLING: &[Api] = &[Api::IssueBillingKey];

/// KPN's v2 rules as data.
pub const V2: V2Rules = V2Rules {
    guide: GUIDE,
    bypass_key: Some("kpn"),
    bypass: BypassTables {
        payment: Some(BYPASS),
        ..BypassTables::NONE
    },
    pay_methods: Some(&["CARD", "TRANSFER", "VIRTUAL_ACCOUNT", "MOBILE", "EASY_PAY"]),
    easy_pay_providers: Some(&["KAKAOPAY", "NAVERPAY", "SAMSUNGPAY", "TOSSPAY", "PAYCO"]),
    billing_key_methods: Some(&["CARD"]),
    billing_key_and_pay_methods: Some(&[]),
    currencies: Some(&["KRW"]),
    locales: Some(&["KO_KR", "EN_US"]),
    order_name: Some(TextLimit {
        max: 256,
        unit: Unit::Bytes,
        severity: Severity::Error,
    }),
    full_name: Some(TextLimit {
        max: 100,
        unit: Unit::Chars,
        severity: Severity::Error,
    }),
    customer: &[
        CustomerRule {
            field: CustomerField::CustomerId,
            apis: BILLING,
            env: Env::Any,
            note: &BILLING_CUSTOMER_ID,
        },
        CustomerRule {
            field: CustomerField::Name,
            apis: BILLING,
            env: Env::Any,
            note: &BILLING_NAME,
        },
    ],
    month_list: false,
    mobile_needs_product_type: true,
    ignored: &[
        Ignored {
            path: "card.useAppCardOnly",
            apis: PAY,
        },
        Ignored {
            path: "card.useFreeInterestFromMall",
            apis: PAY,
        },
        Ignored {
            path: "easyPay.customerIdentifier",
            apis: PAY,
        },
        Ignored {
            path: "easyPay.useCardPoint",
            apis: PAY,
        },
        Ignored {
            path: "easyPay.useFreeInterestFromMall",
            apis: PAY,
        },
        Ignored {
            path: "easyPay.useInstallment",
            apis: PAY,
        },
        Ignored {
            path: "easyPay.cashReceiptType",
            apis: PAY,
        },
        Ignored {
            path: "easyPay.installment",
            apis: PAY,
        },
        Ignored {
            path: "easyPay.availableCards",
            apis: PAY,
        },
        Ignored {
            path: "easyPay.availablePayMethods",
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
            path: "mobile.avaliableCarriers",
            apis: PAY,
        },
        Ignored {
            path: "vatAmount",
            apis: PAY,
        },
        Ignored {
            path: "card.cardCompany",
            apis: BILLING,
        },
    ],
    check: check_v2,
    ..V2Rules::NONE
};

/// `bypass.kpn` (payment). The guide lists `GLOBAL`, `LEGACY_AUTH`, `KEY_IN`; the npm type also
/// has `11PAY`, accepted with a warning in [`check_v2`].
static BYPASS: &[Key] = &[Key::new(
    "CardSelect",
    Kind::ListOf(&Kind::Enum(&["GLOBAL", "11PAY", "LEGACY_AUTH", "KEY_IN"])),
)];

/// Card companies KPN opens directly (guide, 카드 다이렉트 호출 지원 카드사 안내).
pub static CARD_DIRECT: &[&str] = &[
    "SHINHAN_CARD",
    "HYUNDAI_CARD",
    "SAMSUNG_CARD",
    "NH_CARD",
    "HANA_CARD",
    "LOTTE_CARD",
    "CITI_CARD",
    "WOORI_CARD",
    "BC_CARD",
    "KOOKMIN_CARD",
    "EPOST",
    "KFCC",
    "SHINHYUP",
    "SAVINGS_BANK_KOREA",
    "KOREA_DEVELOPMENT_BANK",
    "KAKAO_BANK",
    "K_BANK",
];

static BILLING_CUSTOMER_ID: Bi = bi!(
    "KPN 가이드: 빌링키 발급 시 구매자 ID(customer.customerId)가 필수입니다.",
    "KPN guide: issuing a billing key needs the buyer ID (customer.customerId)."
);
static BILLING_NAME: Bi = bi!(
    "KPN 가이드: 빌링키 발급 시 customer.fullName 또는 customer.firstName + customer.lastName이 필수입니다.",
    "KPN guide: issuing a billing key needs customer.fullName, or customer.firstName and customer.lastName."
);
static PAYMENT_ID: Bi = bi!(
    "KPN 가이드: paymentId에는 영문 대소문자와 숫자(0-9, a-z, A-Z)만 쓸 수 있습니다. 한글이나 특수문자가 있으면 결제가 정상 동작하지 않을 수 있습니다.",
    "KPN guide: paymentId may only contain letters and digits (0-9, a-z, A-Z); Korean or other symbols can break the payment."
);
static CARD_DIRECT_LIST: Bi = bi!(
    "KPN 가이드: 카드사 다이렉트 호출은 신한·현대·삼성·농협·하나·롯데·씨티·우리·비씨·국민·우체국·새마을금고·신협·저축은행·KDB산업은행·카카오뱅크·케이뱅크 카드만 가능합니다.",
    "KPN guide: only Shinhan, Hyundai, Samsung, NH, Hana, Lotte, Citi, Woori, BC, KB Kookmin, Epost, KFCC, Shinhyup, savings-bank, KDB, KakaoBank and K Bank cards can be opened directly."
);
static NAVERPAY_DIRECT: Bi = bi!(
    "KPN 가이드: 네이버페이 다이렉트 호출은 현재 지원하지 않습니다.",
    "KPN guide: NaverPay cannot be opened directly at present."
);
static CASH_RECEIPT_TYPE: Bi = bi!(
    "KPN 가이드: 현금영수증 발급 유형(PERSONAL/CORPORATE)은 파라미터로 정할 수 없고 결제창에서 고른 유형으로 발급됩니다. ANONYMOUS로 보내면 현금영수증 UI가 숨겨집니다.",
    "KPN guide: the cash-receipt type (PERSONAL/CORPORATE) cannot be set by parameter; the buyer picks it in the window. ANONYMOUS hides the cash-receipt UI."
);
static OFFER_PERIOD_RANGE: Bi = bi!(
    "KPN 가이드: 빌링키 발급의 offerPeriod는 range 형태로만 입력할 수 있습니다.",
    "KPN guide: a billing key's offerPeriod can only be given as a range."
);
static CARD_SELECT_11PAY: Bi = bi!(
    "11PAY는 SDK 타입에는 있지만 KPN 가이드의 CardSelect 값(GLOBAL, LEGACY_AUTH, KEY_IN)에는 없습니다.",
    "11PAY is in the SDK's type but not among the KPN guide's CardSelect values (GLOBAL, LEGACY_AUTH, KEY_IN)."
);

/// KPN rules the data cannot say.
fn check_v2(ctx: &mut V2Ctx) {
    if ctx.api == Api::Payment {
        if let Some(id) = ctx.str_at("paymentId") {
            if !id.is_empty() && !id.bytes().all(|b| b.is_ascii_alphanumeric()) {
                ctx.r.error(
                    "paymentId",
                    Code::InvalidFormat,
                    Detail::Format(Format::Described),
                    Some(&PAYMENT_ID),
                );
            }
        }
        if ctx.method == Some("CARD") {
            if let Some(c) = ctx.str_at("card.cardCompany") {
                if !CARD_DIRECT.contains(&c) {
                    ctx.unsupported("card.cardCompany", Severity::Error, &CARD_DIRECT_LIST);
                }
            }
        }
        if ctx.method == Some("EASY_PAY") && ctx.str_at("easyPay.easyPayProvider") == Some("NAVERPAY") {
            ctx.unsupported("easyPay.easyPayProvider", Severity::Warning, &NAVERPAY_DIRECT);
        }
        for path in ["transfer.cashReceiptType", "virtualAccount.cashReceiptType"] {
            if matches!(ctx.str_at(path), Some("PERSONAL" | "CORPORATE")) {
                ctx.unsupported(path, Severity::Warning, &CASH_RECEIPT_TYPE);
            }
        }
        let eleven_pay = match ctx.get("bypass.kpn.CardSelect") {
            Some(Value::Arr(a)) => a.iter().position(|v| v.as_str() == Some("11PAY")),
            _ => None,
        };
        if let Some(i) = eleven_pay {
            let path = crate::core::issue::index("bypass.kpn.CardSelect", i);
            ctx.r
                .warn(path, Code::InvalidValue, Detail::Note, Some(&CARD_SELECT_11PAY));
        }
    }
    if ctx.api == Api::IssueBillingKey && ctx.has("offerPeriod.interval") {
        ctx.unsupported("offerPeriod.interval", Severity::Error, &OFFER_PERIOD_RANGE);
    }
}
