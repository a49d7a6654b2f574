//! The v2 SDK's enums as data: every value list comes from the type declarations of npm
//! `@portone/browser-sdk@0.1.11` (`dist/v2/entity/*.d.ts`, summarized in
//! `shared/reference/v2-enums.json`). Enums the SDK also accepts under a prefix (`CURRENCY_KRW`
//! for `KRW`) carry it; [`crate::core::fields::normalize_keys`] rewrites prefixed values to the
//! short form, with no issue (both spellings mean the same to the SDK).

use crate::core::fields::Coded;
use crate::core::issue::Bi;

/// ISO 4217 currency (`Currency` / `PaymentCurrency`).
pub static CURRENCY: Coded = Coded {
    values: &[
        "KRW", "USD", "EUR", "JPY", "CNY", "VND", "THB", "SGD", "AUD", "HKD", "AED", "AFN", "ALL", "AMD", "ANG", "AOA",
        "ARS", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BMD", "BND", "BOB", "BOV", "BRL", "BSD", "BWP", "BYN", "BZD",
        "CAD", "CDF", "CHE", "CHF", "CHW", "CLF", "CLP", "COP", "COU", "CRC", "CUC", "CUP", "CVE", "CZK", "DJF", "DKK",
        "DOP", "DZD", "EGP", "ERN", "ETB", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HNL",
        "HRK", "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "KES", "KGS", "KHR", "KMF", "KPW",
        "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP",
        "MRU", "MUR", "MVR", "MWK", "MXN", "MXV", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN",
        "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SHP",
        "SLE", "SLL", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD",
        "TZS", "UAH", "UGX", "USN", "UYI", "UYU", "UYW", "UZS", "VED", "VES", "VUV", "WST", "XAF", "XAG", "XAU", "XBA",
        "XBB", "XBC", "XBD", "XCD", "XDR", "XOF", "XPD", "XPF", "XPT", "XSU", "XTS", "XUA", "XXX", "YER", "ZAR", "ZMW",
        "ZWL",
    ],
    prefix: "CURRENCY_",
    aliases: &[],
};

/// ISO 3166-1 alpha-2 country (`Country`).
pub static COUNTRY: Coded = Coded {
    values: &[
        "AF", "AX", "AL", "DZ", "AS", "AD", "AO", "AI", "AQ", "AG", "AR", "AM", "AW", "AU", "AT", "AZ", "BH", "BS",
        "BD", "BB", "BY", "BE", "BZ", "BJ", "BM", "BT", "BO", "BQ", "BA", "BW", "BV", "BR", "IO", "BN", "BG", "BF",
        "BI", "KH", "CM", "CA", "CV", "KY", "CF", "TD", "CL", "CN", "CX", "CC", "CO", "KM", "CG", "CD", "CK", "CR",
        "CI", "HR", "CU", "CW", "CY", "CZ", "DK", "DJ", "DM", "DO", "EC", "EG", "SV", "GQ", "ER", "EE", "ET", "FK",
        "FO", "FJ", "FI", "FR", "GF", "PF", "TF", "GA", "GM", "GE", "DE", "GH", "GI", "GR", "GL", "GD", "GP", "GU",
        "GT", "GG", "GN", "GW", "GY", "HT", "HM", "VA", "HN", "HK", "HU", "IS", "IN", "ID", "IR", "IQ", "IE", "IM",
        "IL", "IT", "JM", "JP", "JE", "JO", "KZ", "KE", "KI", "KP", "KR", "KW", "KG", "LA", "LV", "LB", "LS", "LR",
        "LY", "LI", "LT", "LU", "MO", "MK", "MG", "MW", "MY", "MV", "ML", "MT", "MH", "MQ", "MR", "MU", "YT", "MX",
        "FM", "MD", "MC", "MN", "ME", "MS", "MA", "MZ", "MM", "NA", "NR", "NP", "NL", "NC", "NZ", "NI", "NE", "NG",
        "NU", "NF", "MP", "NO", "OM", "PK", "PW", "PS", "PA", "PG", "PY", "PE", "PH", "PN", "PL", "PT", "PR", "QA",
        "RE", "RO", "RU", "RW", "BL", "SH", "KN", "LC", "MF", "PM", "VC", "WS", "SM", "ST", "SA", "SN", "RS", "SC",
        "SL", "SG", "SX", "SK", "SI", "SB", "SO", "ZA", "GS", "SS", "ES", "LK", "SD", "SR", "SJ", "SZ", "SE", "CH",
        "SY", "TW", "TJ", "TZ", "TH", "TL", "TG", "TK", "TO", "TT", "TN", "TR", "TM", "TC", "TV", "UG", "UA", "AE",
        "GB", "US", "UM", "UY", "UZ", "VU", "VE", "VN", "VG", "VI", "WF", "EH", "YE", "ZM", "ZW",
    ],
    prefix: "COUNTRY_",
    aliases: &[],
};

/// Bank (`Bank`).
pub static BANK: Coded = Coded {
    values: &[
        "BANK_OF_KOREA",
        "KOREA_DEVELOPMENT_BANK",
        "INDUSTRIAL_BANK_OF_KOREA",
        "KOOKMIN_BANK",
        "SUHYUP_BANK",
        "EXPORT_IMPORT_BANK_OF_KOREA",
        "NH_NONGHYUP_BANK",
        "LOCAL_NONGHYUP",
        "WOORI_BANK",
        "SC_BANK_KOREA",
        "CITI_BANK_KOREA",
        "DAEGU_BANK",
        "BUSAN_BANK",
        "GWANGJU_BANK",
        "JEJU_BANK",
        "JEONBUK_BANK",
        "KYONGNAM_BANK",
        "KFCC",
        "SHINHYUP",
        "SAVINGS_BANK_KOREA",
        "MORGAN_STANLEY_BANK",
        "HSBC_BANK",
        "DEUTSCHE_BANK",
        "JP_MORGAN_CHASE_BANK",
        "MIZUHO_BANK",
        "MUFG_BANK",
        "BANK_OF_AMERICA_BANK",
        "BNP_PARIBAS_BANK",
        "ICBC",
        "BANK_OF_CHINA",
        "NATIONAL_FORESTRY_COOPERATIVE_FEDERATION",
        "UNITED_OVERSEAS_BANK",
        "BANK_OF_COMMUNICATIONS",
        "CHINA_CONSTRUCTION_BANK",
        "EPOST",
        "KODIT",
        "KIBO",
        "HANA_BANK",
        "SHINHAN_BANK",
        "K_BANK",
        "KAKAO_BANK",
        "TOSS_BANK",
        "KCIS",
        "DAISHIN_SAVINGS_BANK",
        "SBI_SAVINGS_BANK",
        "HK_SAVINGS_BANK",
        "WELCOME_SAVINGS_BANK",
        "SHINHAN_SAVINGS_BANK",
        "KYOBO_SECURITIES",
        "DAISHIN_SECURITIES",
        "MERITZ_SECURITIES",
        "MIRAE_ASSET_SECURITIES",
        "BOOKOOK_SECURITIES",
        "SAMSUNG_SECURITIES",
        "SHINYOUNG_SECURITIES",
        "SHINHAN_FINANCIAL_INVESTMENT",
        "YUANTA_SECURITIES",
        "EUGENE_INVESTMENT_SECURITIES",
        "KAKAO_PAY_SECURITIES",
        "TOSS_SECURITIES",
        "KOREA_FOSS_SECURITIES",
        "HANA_FINANCIAL_INVESTMENT",
        "HI_INVESTMENT_SECURITIES",
        "KOREA_INVESTMENT_SECURITIES",
        "HANWHA_INVESTMENT_SECURITIES",
        "HYUNDAI_MOTOR_SECURITIES",
        "DB_FINANCIAL_INVESTMENT",
        "KB_SECURITIES",
        "KTB_INVESTMENT_SECURITIES",
        "NH_INVESTMENT_SECURITIES",
        "SK_SECURITIES",
        "SCI",
        "KIWOOM_SECURITIES",
        "EBEST_INVESTMENT_SECURITIES",
        "CAPE_INVESTMENT_CERTIFICATE",
    ],
    prefix: "BANK_",
    aliases: &[],
};

/// Card company (`CardCompany`).
pub static CARD_COMPANY: Coded = Coded {
    values: &[
        "KOREA_DEVELOPMENT_BANK",
        "KFCC",
        "SHINHYUP",
        "EPOST",
        "SAVINGS_BANK_KOREA",
        "KAKAO_BANK",
        "WOORI_CARD",
        "BC_CARD",
        "GWANGJU_CARD",
        "SAMSUNG_CARD",
        "SHINHAN_CARD",
        "HYUNDAI_CARD",
        "LOTTE_CARD",
        "SUHYUP_CARD",
        "CITI_CARD",
        "NH_CARD",
        "JEONBUK_CARD",
        "JEJU_CARD",
        "HANA_CARD",
        "KOOKMIN_CARD",
        "K_BANK",
        "TOSS_BANK",
        "MIRAE_ASSET_SECURITIES",
    ],
    prefix: "CARD_COMPANY_",
    aliases: &[],
};

/// Mobile carrier (`Carrier`).
pub static CARRIER: Coded = Coded {
    values: &["SKT", "KT", "LGU", "HELLO", "KCT", "SK7"],
    prefix: "CARRIER_",
    aliases: &[],
};

/// Cash-receipt type (`CashReceiptType`).
pub static CASH_RECEIPT_TYPE: Coded = Coded {
    values: &["PERSONAL", "CORPORATE", "ANONYMOUS"],
    prefix: "CASH_RECEIPT_TYPE_",
    aliases: &[],
};

/// Easy-pay provider (`EasyPayProvider`).
pub static EASY_PAY_PROVIDER: Coded = Coded {
    values: &[
        "NAVERPAY",
        "KAKAOPAY",
        "TOSSPAY",
        "PAYCO",
        "CHAI",
        "LPAY",
        "KPAY",
        "SSGPAY",
        "SAMSUNGPAY",
        "APPLEPAY",
        "GOOGLE_PAY",
        "LGPAY",
        "SKPAY",
        "PINPAY",
        "TOSS_BRANDPAY",
        "HYPHEN",
        "LINEPAY",
        "TMONEY",
        "PAYPAY",
        "AMAZONPAY",
        "RAKUTENPAY",
        "DBARAI",
        "AUPAY",
        "MERPAY",
        "ALIPAY",
        "ALIPAY_HK",
        "TRUE_MONEY",
        "TOUCH_N_GO",
        "GCASH",
        "DANA",
        "RABBIT_LINE_PAY",
        "BPI",
        "BOOST",
        "BILL_EASE",
        "TINABA",
        "MPAY",
        "KREDIVO",
        "WECHAT",
        "PAYPAL",
    ],
    prefix: "EASY_PAY_PROVIDER_",
    aliases: &[],
};

/// Gender (`Gender`).
pub static GENDER: Coded = Coded {
    values: &["MALE", "FEMALE", "OTHER"],
    prefix: "GENDER_",
    aliases: &[],
};

/// Gift certificate (`GiftCertificateType`).
pub static GIFT_CERTIFICATE_TYPE: Coded = Coded {
    values: &["BOOKNLIFE", "SMART_MUNSANG", "CULTURELAND", "CULTURE_GIFT"],
    prefix: "GIFT_CERTIFICATE_TYPE_",
    aliases: &[],
};

/// Product type (`ProductType`).
pub static PRODUCT_TYPE: Coded = Coded {
    values: &["REAL", "DIGITAL"],
    prefix: "PRODUCT_TYPE_",
    aliases: &[],
};

/// Window language (`Locale`; no prefix form).
pub static LOCALE: Coded = Coded {
    values: &[
        "KO_KR", "EN_US", "ZH_CN", "ZH_TW", "JA_JP", "RU_RU", "TH_TH", "VI_VN", "ID_ID", "FR_FR", "NL_NL", "ES_ES",
        "PT_PT", "DE_DE", "IT_IT", "PL_PL", "AR_001", "TR_TR", "SV_SE", "FI_FI", "UK_UA", "EL_GR", "TL_PH", "HI_IN",
        "HR_HR", "LT_LT", "SL_SI", "SR_RS", "BG_BG", "PT_BR",
    ],
    prefix: "",
    aliases: &[],
};

/// Window type (`WindowType`; no prefix form).
pub static WINDOW_TYPE: Coded = Coded {
    values: &["IFRAME", "POPUP", "REDIRECTION", "UI"],
    prefix: "",
    aliases: &[],
};

/// Billing-key method (`BillingKeyMethod`; no prefix form).
pub static BILLING_KEY_METHOD: Coded = Coded {
    values: &["CARD", "MOBILE", "EASY_PAY", "PAYPAL"],
    prefix: "",
    aliases: &[],
};

/// Easy-pay payment method (`EasyPayPaymentMethod`).
pub static EASY_PAY_PAYMENT_METHOD: Coded = Coded {
    values: &["CARD", "CHARGE", "TRANSFER", "MONEY"],
    prefix: "",
    aliases: &[],
};

/// PG of a free-installment plan (`FreeInstallmentPlanPgProvider`).
pub static FREE_INSTALLMENT_PG: Coded = Coded {
    values: &["INICIS_V2", "KCP_V2", "KSNET", "NICE_V2", "TOSSPAYMENTS", "WELCOME"],
    prefix: "",
    aliases: &[],
};

/// Payment method (`PaymentPayMethod`). The npm types declare no prefix form; `PAY_METHOD_CARD`
/// is accepted as issue #4 asks and sent as `CARD`.
pub static PAY_METHOD: Coded = Coded {
    values: &[
        "CARD",
        "VIRTUAL_ACCOUNT",
        "TRANSFER",
        "MOBILE",
        "GIFT_CERTIFICATE",
        "EASY_PAY",
        "PAYPAL",
        "ALIPAY",
        "CONVENIENCE_STORE",
        "ALIPAY_PLUS",
    ],
    prefix: "PAY_METHOD_",
    aliases: &[],
};

static PHONE_IS_MOBILE: Bi = bi!(
    "KG이니시스·웰컴페이먼츠 가이드는 PHONE으로 적지만 SDK 타입의 값은 MOBILE입니다. MOBILE로 바꿔 보냅니다.",
    "The KG Inicis and Welcome guides write PHONE, but the SDK's type only has MOBILE; it is sent as MOBILE."
);

/// Billing-key-and-pay method (`BillingKeyAndPayMethod`): only `MOBILE`; the Inicis and Welcome
/// guides write `PHONE`, which is normalized to `MOBILE` with a warning (v2-pg-rules.md §23.1).
pub static BILLING_KEY_AND_PAY_METHOD: Coded = Coded {
    values: &["MOBILE"],
    prefix: "",
    aliases: &[("PHONE", "MOBILE", &PHONE_IS_MOBILE)],
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::fields::Spelling;

    /// `Coded::resolve` tries a text as the prefixed form before the short one; that is right
    /// only while no table holds both `X` and `<prefix>X`.
    #[test]
    fn no_value_is_another_behind_the_prefix() {
        let all = [
            &CURRENCY,
            &COUNTRY,
            &BANK,
            &CARD_COMPANY,
            &CARRIER,
            &CASH_RECEIPT_TYPE,
            &EASY_PAY_PROVIDER,
            &GENDER,
            &GIFT_CERTIFICATE_TYPE,
            &PRODUCT_TYPE,
            &LOCALE,
            &WINDOW_TYPE,
            &BILLING_KEY_METHOD,
            &EASY_PAY_PAYMENT_METHOD,
            &FREE_INSTALLMENT_PG,
            &PAY_METHOD,
            &BILLING_KEY_AND_PAY_METHOD,
        ];
        for c in all {
            if !c.prefix.is_empty() {
                for v in c.values {
                    let prefixed = format!("{}{v}", c.prefix);
                    assert!(!c.values.contains(&prefixed.as_str()), "{prefixed}");
                    assert_eq!(c.resolve(&prefixed).map(|(v, _)| v), Some(*v));
                }
            }
            for v in c.values {
                assert_eq!(c.short(v), Some(*v));
            }
        }
        assert_eq!(CURRENCY.short("CURRENCY_KRW"), Some("KRW"));
        assert_eq!(CURRENCY.short("CURRENCY_"), None);
        assert_eq!(CURRENCY.short("CURRENCY_CURRENCY_KRW"), None);
        // a value that starts with the prefix is still read as itself
        let bank_values = BANK.values.iter().filter(|v| v.starts_with(BANK.prefix));
        for v in bank_values {
            assert!(matches!(BANK.resolve(v), Some((s, Spelling::Short)) if s == *v), "{v}");
        }
    }
}
