//! The `#[wasm_bindgen]` face: reads JavaScript values into the core's [`Value`] through the
//! never-throwing walker in `js/walk.js`, calls the core, and hands back plain objects. No rule
//! lives here. v1: `checkRequestPay`, `requestPay`; v2: `checkPayment`, `checkIssueBillingKey`,
//! `checkIssueBillingKeyAndPay` and their `request*` twins, `checkLoadPaymentUI` /
//! `checkLoadIssueBillingKeyUI` and their `load*` twins. The TypeScript declarations of the
//! whole API are in the custom section below.

use crate::core::cardquota;
use crate::core::issue::{Code, Detail, Issue, Severity};
use crate::core::v2::{self as core_v2, Api};
use crate::core::value::{parse, Value};
use crate::core::{check_request_pay_owned as core_check, issues_json, Options};
use crate::i18n::{message, Locale};
use crate::sdk::{self, Checked, SdkFailure};
use js_sys::{Promise, Reflect, JSON};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

pub mod identity;

// No exception may unwind through the module's frames (each one leaks the wasm stack; after a few
// thousand every export fails). The walker's functions, called on every check, are total: they
// catch everything themselves (a `catch` import would wrap each call in `handleError`, which
// costs the hot path about a microsecond). Every other import is `catch`.
#[wasm_bindgen(module = "/js/walk.js")]
extern "C" {
    /// The value's text form, as UTF-8 bytes (never throws: anything thrown reading the value is
    /// a token in the text).
    fn encode(v: &JsValue) -> Vec<u8>;
    /// The plain copy of the value the last `encode` built.
    #[wasm_bindgen(js_name = takeCopy)]
    fn take_copy() -> JsValue;
    /// `{ ok: true, value, issues }`: `value` with the JSON text `edits` applied (`[path,
    /// value]` sets, `[path]` deletes; none when `None`), `issues` parsed from its JSON text
    /// (`[]` when `None`); `undefined` (never a throw) when the edits do not fit the copy.
    #[wasm_bindgen(js_name = answerWithCopy)]
    fn answer_with_copy(value: JsValue, edits: Option<&str>, issues: Option<&str>) -> JsValue;
    /// The same for call options, without their top-level `sdk` key.
    #[wasm_bindgen(js_name = encodeOptions)]
    fn encode_options(v: &JsValue) -> Vec<u8>;
    #[wasm_bindgen(catch, js_name = detectMobile)]
    fn detect_mobile() -> Result<JsValue, JsValue>;
}

#[wasm_bindgen(module = "/js/error.js")]
extern "C" {
    #[wasm_bindgen(catch, js_name = makeGuardError)]
    fn make_guard_error(message: &str, issues: JsValue, cause: JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = relayRejection)]
    fn relay_rejection(value: &JsValue, message: &str, issues: JsValue) -> Result<Promise, JsValue>;
    #[wasm_bindgen(catch)]
    fn settle(promise: &Promise, ms: JsValue, timeout_error: JsValue, release: JsValue) -> Result<Promise, JsValue>;
}

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** Stable issue codes. */
export type IssueCode =
  | "required" | "invalid_type" | "invalid_value" | "invalid_format" | "out_of_range" | "too_long"
  | "unsupported" | "conflict" | "unknown_field" | "unknown_pg" | "deprecated"
  | "sdk_not_loaded" | "sdk_error" | "in_flight" | "timeout" | "not_initialized";

/** One problem found in a request. */
export interface Issue {
  /** Dotted path relative to the request, arrays as `[i]`: `"amount"`, `"kcpProducts[1].quantity"`; `""` = the request itself. */
  path: string;
  /** Stable machine-readable code. */
  code: IssueCode;
  /** `"error"` blocks the SDK call; `"warning"` does not. */
  severity: "error" | "warning";
  /** Korean (default) or English text naming the field and what is allowed. Never contains the value sent. */
  message: string;
}

/**
 * What every check returns: `ok` tells which of the two it is, so after `if (r.ok)` the
 * normalized request `r.value` is never null (and is null otherwise). `issues` has every
 * problem found, errors and warnings (warnings also when ok).
 */
export type CheckResult<T> =
  | { ok: true; value: T; issues: Issue[] }
  | { ok: false; value: null; issues: Issue[] };

/** Options of one call (override what `configure` set). */
export interface CheckOptions {
  /** Message language: `"ko"` (default) or `"en"`. */
  locale?: "ko" | "en" | string;
  /** The PG, when the request names a `channelKey` instead of `pg` (e.g. `"kcp"`). */
  pg?: string;
  /** PC (`false`) or mobile (`true`) checkout; by default read from `navigator.userAgent` in a browser. */
  isMobile?: boolean;
}

/** Defaults for every later call. */
export interface ConfigureOptions {
  /** Merchant identification code; `requestPay` calls `IMP.init(impCode)` once before the first payment. */
  impCode?: string;
  /** Default message language. */
  locale?: "ko" | "en" | string;
  /** Which PG each channel key (or v2 channel group ID) belongs to: `{ "channel-key-…": "kcp" }`; any alias works (`kpn`, `inicis_v2`, `html5_inicis`, …). */
  channels?: Record<string, string>;
}

/** Options of `requestPay`. */
export interface RequestOptions extends CheckOptions {
  /** Overrides the configured `impCode` for this call. */
  impCode?: string;
  /** Reject with code `timeout` (and free the `merchant_uid`) when the SDK's callback has not come after this many milliseconds; no limit when left out (`null` is `invalid_value`). */
  timeoutMs?: number;
}

/** Options of the functions that only need a message language. */
export interface LocaleOptions {
  /** Message language: `"ko"` (default, or what `configure` set) or `"en"`. */
  locale?: "ko" | "en" | string;
}

/** Kiwoom Pay's card-company codes for `bypass.daou.CARDQUOTA` (its own, not the 금융결제원 codes of `card.direct`). */
export type CardQuotaCode =
  | "CCBC" | "CCKM" | "CCCJ" | "CCLG" | "CCCT" | "CCLO" | "CCCU" | "CCMG" | "CCDI" | "CCNH" | "CCHD" | "CCPH"
  | "CCHN" | "CCPO" | "CCJB" | "CCSB" | "CCKA" | "CCSS" | "CCKD" | "CCSU" | "CCKE" | "CCTS" | "CCKJ" | "CKBK";

/** One card company's installment options in `bypass.daou.CARDQUOTA` (`"CCBC-0:2:3"`). */
export interface CardQuotaGroup {
  /** The card company. */
  card: CardQuotaCode;
  /** Months offered: 0 (lump sum) or 2 to 36; `parseCardQuota` returns them ascending without repeats. */
  months: number[];
}

/** One row of Kiwoom Pay's card-company table. */
export interface CardQuotaCompany {
  code: CardQuotaCode;
  /** Korean name as in the guide (`"비씨카드"`). */
  ko: string;
  /** English name (`"BC Card"`). */
  en: string;
}

/** Kiwoom Pay's own parameters, sent as `bypass.daou`. */
export interface DaouBypass {
  /** Product code; free form (PortOne sends `iamport` when absent). */
  PRODUCTCODE?: string;
  /** Automatic cash receipt: 1 allow / 0 block for `trans` and `vbank`; `"Y"` / `"N"` for `kakaopay`. */
  CASHRECEIPTFLAG?: 0 | 1 | "0" | "1" | "Y" | "N";
  /** `"Y"`: open the easy pay's window directly, without Kiwoom's page. */
  DIRECT_YN?: "Y" | "N";
  /** Installment months per card company: `"CCBC-0:2:3^CCNH-0:2:3"` (see `parseCardQuota`). */
  CARDQUOTA?: string;
}

/** One escrow cart item for NHN KCP. */
export interface KcpProduct {
  orderNumber: string;
  name: string;
  quantity: number;
  amount: number;
}

/** The v1 `pg` providers this module has rules for (`gateways()` lists them with their PGs). */
export type PgProvider =
  | "kcp" | "kcp_billing" | "kcp_quick" | "html5_inicis" | "inicis" | "welcome" | "kakaopay" | "daou" | "danal_tpay"
  | "danal" | "settle" | "settle_acc" | "kicc" | "ksnet" | "smartro_v2" | "smartro" | "nice_v2" | "nice"
  | "tosspayments" | "uplus" | "naverpay" | "tosspay_v2" | "tosspay" | "toss_brandpay" | "paypal_v2" | "paypal"
  | "eximbay" | "galaxia" | "inicis_jp" | "payletter_global" | "mobilians" | "mobilians_v2" | "paymentwall" | "payco"
  | "bluewalnut" | "smilepay" | "inicis_unified" | "naverco";
/** v1 `pg`: a provider, or `provider.{MID}` (`"kcp.A52CY"`, `"html5_inicis.INIpayTest"`). */
export type PgCode = PgProvider | `${PgProvider}.${string}`;
/** Every v1 `pay_method` some PG's guide lists (which one a PG takes: its page in docs/gateways/). */
export type V1PayMethod =
  | "card" | "trans" | "vbank" | "phone" | "cultureland" | "smartculture" | "booknlife" | "happymoney" | "payco"
  | "lpay" | "kakaopay" | "naverpay" | "naverpay_bridge" | "samsung" | "ssgpay" | "applepay" | "tosspay" | "point"
  | "culturegift" | "wechat" | "alipay_plus" | "pinpay" | "naverpay_card" | "naverpay_point" | "samsungpay" | "skpay"
  | "ssgpay_bank" | "tosspay_card" | "tosspay_money" | "alipay" | "toss_brandpay" | "paypal" | "unionpay" | "tenpay"
  | "econtext" | "molpay" | "moneytree" | "cvs" | "paypay" | "amazonpay" | "rakutenpay" | "merpay" | "aupay" | "dbarai";

/**
 * `IMP.request_pay` parameters (PortOne v1). Every key PortOne's reference or a PG's guide
 * defines is listed, so a misspelled key in a literal does not compile (at run time an unknown
 * key is an `unknown_field` warning and is passed on).
 */
export interface RequestPayParams {
  pg?: PgCode;
  channelKey?: string;
  pay_method?: V1PayMethod;
  merchant_uid: string;
  name?: string;
  amount: number;
  /** ISO 4217 code; `KRW` when left out. */
  currency?: CurrencyCode;
  tax_free?: number;
  vat_amount?: number;
  language?: "ko" | "en" | "zh" | (string & {});
  buyer_name?: string;
  buyer_tel?: string;
  buyer_email?: string;
  buyer_addr?: string;
  buyer_postcode?: string;
  m_redirect_url?: string;
  notice_url?: string | string[];
  confirm_url?: string;
  custom_data?: unknown;
  customer_uid?: string;
  escrow?: boolean;
  digital?: boolean;
  vbank_due?: string;
  app_scheme?: string;
  useFreeInterestFromMall?: boolean;
  company?: string;
  company_en?: string;
  appCard?: boolean;
  useCardPoint?: boolean;
  auth_mode?: "key-in";
  display?: { card_quota?: number[] };
  card?: {
    direct?: { code: string; quota?: number };
    detail?: { card_code: string; enabled?: boolean; max_month?: number }[];
  };
  prefill?: { phoneNumber?: string };
  /** Carriers shown in the phone-payment window (Kiwoom Pay): `{ detail: [{ carrier: "SKT", enabled: true }] }`. */
  phone?: { detail?: { carrier: "*" | "SKT" | "KTF" | "LGT" | "CJH" | "KCT" | "SKL"; enabled?: boolean }[] };
  kcpProducts?: KcpProduct[];
  /** PG-specific parameters: flat keys for NHN KCP, `bypass.daou` for Kiwoom Pay, … (per PG: docs/gateways/). */
  bypass?: { daou?: DaouBypass; [key: string]: unknown };
  /** Keys only some guides define (their pages in docs/gateways/ say which PG reads them). */
  products?: unknown[];
  biz_num?: string;
  customer_id?: string;
  period?: { from?: string; to?: string; [key: string]: unknown };
  popup?: boolean;
  storeDetails?: Record<string, unknown>;
  kiccProducts?: unknown[];
  naverPopupMode?: boolean;
  naverUseCfm?: string;
  naverProducts?: unknown[];
  naverCultureBenefit?: boolean;
  naverChainId?: string;
  naverMerchantUserKey?: string;
  naverInterface?: Record<string, unknown>;
  naverPurchaserName?: string;
  naverPurchaserBirthday?: string;
  naverProductCode?: string;
  naverProductCount?: number;
  use_test_method?: boolean;
  optional?: Record<string, unknown>;
  buyer_first_name?: string;
  buyer_last_name?: string;
  country?: string;
  cvs?: string;
  buyer_first_name_kana?: string;
  buyer_last_name_kana?: string;
  kakaopayMobileAsPC?: boolean;
  niceMobileV2?: boolean;
  order_description?: string;
  alipay_plus?: Record<string, unknown>;
}

/** What the v1 SDK passes to the `request_pay` callback. */
export interface RequestPayResponse {
  success?: boolean;
  imp_uid?: string | null;
  merchant_uid: string;
  error_code?: string;
  error_msg?: string;
  [key: string]: unknown;
}

// ---- v2: PortOne.requestPayment / requestIssueBillingKey / requestIssueBillingKeyAndPay ----

/** An enum value, also in the prefixed spelling the SDK accepts (`KRW` or `CURRENCY_KRW`). */
export type WithPrefix<P extends string, T extends string> = T | `${P}${T}`;

/** ISO 4217 currency code. */
export type CurrencyCode =
  | "KRW" | "USD" | "EUR" | "JPY" | "CNY" | "VND" | "THB" | "SGD" | "AUD" | "HKD" | "AED" | "AFN"
  | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BMD"
  | "BND" | "BOB" | "BOV" | "BRL" | "BSD" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHE" | "CHF"
  | "CHW" | "CLF" | "CLP" | "COP" | "COU" | "CRC" | "CUC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK"
  | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD"
  | "GNF" | "GTQ" | "GYD" | "HNL" | "HRK" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR"
  | "ISK" | "JMD" | "JOD" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KWD" | "KYD" | "KZT" | "LAK"
  | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP"
  | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MXV" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR"
  | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD"
  | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SHP" | "SLE" | "SLL" | "SOS" | "SRD"
  | "SSP" | "STN" | "SVC" | "SYP" | "SZL" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD"
  | "TZS" | "UAH" | "UGX" | "USN" | "UYI" | "UYU" | "UYW" | "UZS" | "VED" | "VES" | "VUV" | "WST"
  | "XAF" | "XAG" | "XAU" | "XBA" | "XBB" | "XBC" | "XBD" | "XCD" | "XDR" | "XOF" | "XPD" | "XPF"
  | "XPT" | "XSU" | "XTS" | "XUA" | "XXX" | "YER" | "ZAR" | "ZMW" | "ZWL";
/** v2 currency: an ISO 4217 code, also with the `CURRENCY_` prefix the SDK accepts. Amounts are in its minor unit. */
export type Currency = WithPrefix<"CURRENCY_", CurrencyCode>;
/** ISO 3166-1 alpha-2 country (`COUNTRY_` prefix accepted). */
export type Country = WithPrefix<"COUNTRY_",
  | "AF" | "AX" | "AL" | "DZ" | "AS" | "AD" | "AO" | "AI" | "AQ" | "AG" | "AR" | "AM" | "AW" | "AU"
  | "AT" | "AZ" | "BH" | "BS" | "BD" | "BB" | "BY" | "BE" | "BZ" | "BJ" | "BM" | "BT" | "BO" | "BQ"
  | "BA" | "BW" | "BV" | "BR" | "IO" | "BN" | "BG" | "BF" | "BI" | "KH" | "CM" | "CA" | "CV" | "KY"
  | "CF" | "TD" | "CL" | "CN" | "CX" | "CC" | "CO" | "KM" | "CG" | "CD" | "CK" | "CR" | "CI" | "HR"
  | "CU" | "CW" | "CY" | "CZ" | "DK" | "DJ" | "DM" | "DO" | "EC" | "EG" | "SV" | "GQ" | "ER" | "EE"
  | "ET" | "FK" | "FO" | "FJ" | "FI" | "FR" | "GF" | "PF" | "TF" | "GA" | "GM" | "GE" | "DE" | "GH"
  | "GI" | "GR" | "GL" | "GD" | "GP" | "GU" | "GT" | "GG" | "GN" | "GW" | "GY" | "HT" | "HM" | "VA"
  | "HN" | "HK" | "HU" | "IS" | "IN" | "ID" | "IR" | "IQ" | "IE" | "IM" | "IL" | "IT" | "JM" | "JP"
  | "JE" | "JO" | "KZ" | "KE" | "KI" | "KP" | "KR" | "KW" | "KG" | "LA" | "LV" | "LB" | "LS" | "LR"
  | "LY" | "LI" | "LT" | "LU" | "MO" | "MK" | "MG" | "MW" | "MY" | "MV" | "ML" | "MT" | "MH" | "MQ"
  | "MR" | "MU" | "YT" | "MX" | "FM" | "MD" | "MC" | "MN" | "ME" | "MS" | "MA" | "MZ" | "MM" | "NA"
  | "NR" | "NP" | "NL" | "NC" | "NZ" | "NI" | "NE" | "NG" | "NU" | "NF" | "MP" | "NO" | "OM" | "PK"
  | "PW" | "PS" | "PA" | "PG" | "PY" | "PE" | "PH" | "PN" | "PL" | "PT" | "PR" | "QA" | "RE" | "RO"
  | "RU" | "RW" | "BL" | "SH" | "KN" | "LC" | "MF" | "PM" | "VC" | "WS" | "SM" | "ST" | "SA" | "SN"
  | "RS" | "SC" | "SL" | "SG" | "SX" | "SK" | "SI" | "SB" | "SO" | "ZA" | "GS" | "SS" | "ES" | "LK"
  | "SD" | "SR" | "SJ" | "SZ" | "SE" | "CH" | "SY" | "TW" | "TJ" | "TZ" | "TH" | "TL" | "TG" | "TK"
  | "TO" | "TT" | "TN" | "TR" | "TM" | "TC" | "TV" | "UG" | "UA" | "AE" | "GB" | "US" | "UM" | "UY"
  | "UZ" | "VU" | "VE" | "VN" | "VG" | "VI" | "WF" | "EH" | "YE" | "ZM" | "ZW"
>;
/** Bank (`BANK_` prefix accepted). */
export type Bank = WithPrefix<"BANK_",
  | "BANK_OF_KOREA" | "KOREA_DEVELOPMENT_BANK" | "INDUSTRIAL_BANK_OF_KOREA" | "KOOKMIN_BANK" | "SUHYUP_BANK"
  | "EXPORT_IMPORT_BANK_OF_KOREA" | "NH_NONGHYUP_BANK" | "LOCAL_NONGHYUP" | "WOORI_BANK" | "SC_BANK_KOREA"
  | "CITI_BANK_KOREA" | "DAEGU_BANK" | "BUSAN_BANK" | "GWANGJU_BANK" | "JEJU_BANK"
  | "JEONBUK_BANK" | "KYONGNAM_BANK" | "KFCC" | "SHINHYUP" | "SAVINGS_BANK_KOREA"
  | "MORGAN_STANLEY_BANK" | "HSBC_BANK" | "DEUTSCHE_BANK" | "JP_MORGAN_CHASE_BANK" | "MIZUHO_BANK"
  | "MUFG_BANK" | "BANK_OF_AMERICA_BANK" | "BNP_PARIBAS_BANK" | "ICBC" | "BANK_OF_CHINA"
  | "NATIONAL_FORESTRY_COOPERATIVE_FEDERATION" | "UNITED_OVERSEAS_BANK" | "BANK_OF_COMMUNICATIONS" | "CHINA_CONSTRUCTION_BANK" | "EPOST"
  | "KODIT" | "KIBO" | "HANA_BANK" | "SHINHAN_BANK" | "K_BANK"
  | "KAKAO_BANK" | "TOSS_BANK" | "KCIS" | "DAISHIN_SAVINGS_BANK" | "SBI_SAVINGS_BANK"
  | "HK_SAVINGS_BANK" | "WELCOME_SAVINGS_BANK" | "SHINHAN_SAVINGS_BANK" | "KYOBO_SECURITIES" | "DAISHIN_SECURITIES"
  | "MERITZ_SECURITIES" | "MIRAE_ASSET_SECURITIES" | "BOOKOOK_SECURITIES" | "SAMSUNG_SECURITIES" | "SHINYOUNG_SECURITIES"
  | "SHINHAN_FINANCIAL_INVESTMENT" | "YUANTA_SECURITIES" | "EUGENE_INVESTMENT_SECURITIES" | "KAKAO_PAY_SECURITIES" | "TOSS_SECURITIES"
  | "KOREA_FOSS_SECURITIES" | "HANA_FINANCIAL_INVESTMENT" | "HI_INVESTMENT_SECURITIES" | "KOREA_INVESTMENT_SECURITIES" | "HANWHA_INVESTMENT_SECURITIES"
  | "HYUNDAI_MOTOR_SECURITIES" | "DB_FINANCIAL_INVESTMENT" | "KB_SECURITIES" | "KTB_INVESTMENT_SECURITIES" | "NH_INVESTMENT_SECURITIES"
  | "SK_SECURITIES" | "SCI" | "KIWOOM_SECURITIES" | "EBEST_INVESTMENT_SECURITIES" | "CAPE_INVESTMENT_CERTIFICATE"
>;
/** Card company (`CARD_COMPANY_` prefix accepted). */
export type CardCompany = WithPrefix<"CARD_COMPANY_",
  | "KOREA_DEVELOPMENT_BANK" | "KFCC" | "SHINHYUP" | "EPOST" | "SAVINGS_BANK_KOREA" | "KAKAO_BANK"
  | "WOORI_CARD" | "BC_CARD" | "GWANGJU_CARD" | "SAMSUNG_CARD" | "SHINHAN_CARD" | "HYUNDAI_CARD"
  | "LOTTE_CARD" | "SUHYUP_CARD" | "CITI_CARD" | "NH_CARD" | "JEONBUK_CARD" | "JEJU_CARD"
  | "HANA_CARD" | "KOOKMIN_CARD" | "K_BANK" | "TOSS_BANK" | "MIRAE_ASSET_SECURITIES"
>;
/** Easy-pay provider (`EASY_PAY_PROVIDER_` prefix accepted). */
export type EasyPayProvider = WithPrefix<"EASY_PAY_PROVIDER_",
  | "NAVERPAY" | "KAKAOPAY" | "TOSSPAY" | "PAYCO" | "CHAI" | "LPAY" | "KPAY" | "SSGPAY"
  | "SAMSUNGPAY" | "APPLEPAY" | "GOOGLE_PAY" | "LGPAY" | "SKPAY" | "PINPAY" | "TOSS_BRANDPAY" | "HYPHEN"
  | "LINEPAY" | "TMONEY" | "PAYPAY" | "AMAZONPAY" | "RAKUTENPAY" | "DBARAI" | "AUPAY" | "MERPAY"
  | "ALIPAY" | "ALIPAY_HK" | "TRUE_MONEY" | "TOUCH_N_GO" | "GCASH" | "DANA" | "RABBIT_LINE_PAY" | "BPI"
  | "BOOST" | "BILL_EASE" | "TINABA" | "MPAY" | "KREDIVO" | "WECHAT" | "PAYPAL"
>;
/** Payment method, as the SDK's type has it (at run time `PAY_METHOD_CARD` is also accepted and sent as `CARD`). */
export type PayMethod =
  | "CARD" | "VIRTUAL_ACCOUNT" | "TRANSFER" | "MOBILE" | "GIFT_CERTIFICATE" | "EASY_PAY" | "PAYPAL" | "ALIPAY" | "CONVENIENCE_STORE" | "ALIPAY_PLUS";
/** Billing-key method. */
export type BillingKeyMethod = "CARD" | "MOBILE" | "EASY_PAY" | "PAYPAL";
/** Billing-key-and-pay method (some guides write `PHONE`: accepted at run time with a warning, sent as `MOBILE`). */
export type BillingKeyAndPayMethod = "MOBILE";
/** Window language. */
export type Locale =
  | "KO_KR" | "EN_US" | "ZH_CN" | "ZH_TW" | "JA_JP" | "RU_RU" | "TH_TH" | "VI_VN" | "ID_ID" | "FR_FR"
  | "NL_NL" | "ES_ES" | "PT_PT" | "DE_DE" | "IT_IT" | "PL_PL" | "AR_001" | "TR_TR" | "SV_SE" | "FI_FI"
  | "UK_UA" | "EL_GR" | "TL_PH" | "HI_IN" | "HR_HR" | "LT_LT" | "SL_SI" | "SR_RS" | "BG_BG" | "PT_BR";
/** How the window opens. */
export type WindowType = "IFRAME" | "POPUP" | "REDIRECTION" | "UI";
export type Carrier = WithPrefix<"CARRIER_", "SKT" | "KT" | "LGU" | "HELLO" | "KCT" | "SK7">;
export type CashReceiptType = WithPrefix<"CASH_RECEIPT_TYPE_", "PERSONAL" | "CORPORATE" | "ANONYMOUS">;
export type GiftCertificateType = WithPrefix<"GIFT_CERTIFICATE_TYPE_", "BOOKNLIFE" | "SMART_MUNSANG" | "CULTURELAND" | "CULTURE_GIFT">;
export type ProductType = WithPrefix<"PRODUCT_TYPE_", "REAL" | "DIGITAL">;
export type Gender = WithPrefix<"GENDER_", "MALE" | "FEMALE" | "OTHER">;
export type EasyPayPaymentMethod = "CARD" | "CHARGE" | "TRANSFER" | "MONEY";

/** Buyer. Without `fullName` the SDK sends `${lastName} ${firstName}`; send both or neither. */
export interface Customer {
  customerId?: string;
  fullName?: string;
  firstName?: string;
  lastName?: string;
  phoneNumber?: string;
  /** A valid e-mail address. */
  email?: string;
  address?: Address;
  zipcode?: string;
  gender?: Gender;
  /** `"1990"` */
  birthYear?: string;
  /** `"07"` */
  birthMonth?: string;
  /** `"08"` */
  birthDay?: string;
  firstNameKana?: string;
  lastNameKana?: string;
}
export interface Address {
  country?: Country;
  addressLine1: string;
  addressLine2: string;
  city?: string;
  province?: string;
}
/** One product; `amount` is the unit price in the currency's minor unit. */
export interface Product {
  id: string;
  name: string;
  code?: string;
  amount: number;
  quantity: number;
  tag?: string;
  link?: string;
  description?: string;
}
export interface StoreDetails {
  ceoFullName?: string;
  phoneNumber?: string;
  address?: string;
  zipcode?: string;
  email?: string;
  businessName?: string;
  businessRegistrationNumber?: string;
  storeName?: string;
  storeNameShort?: string;
  storeNameEn?: string;
  storeNameKana?: string;
  /** `"HH:mm"` */
  openingHours?: { open?: string; close?: string };
  contactName?: string;
}
export interface WindowTypes {
  pc?: WindowType;
  mobile?: WindowType;
}
/** Exactly one of `range` (ISO 8601 times with an offset) or `interval` (`"1m"`, `"30d"`, `"1y"`). */
export type OfferPeriod =
  | { range?: { from: string; to?: string } | { from?: string; to: string }; interval?: undefined }
  | { interval?: string; range?: undefined };
/** Exactly one of `fixedMonth` or `availableMonthList` (neither is a `required` error at run time). */
export type InstallmentMonthOption =
  | { fixedMonth?: number; availableMonthList?: undefined }
  | { availableMonthList?: number[]; fixedMonth?: undefined };
export interface Installment {
  freeInstallmentPlans?: {
    cardCompany: CardCompany;
    pgProvider?: "INICIS_V2" | "KCP_V2" | "KSNET" | "NICE_V2" | "TOSSPAYMENTS" | "WELCOME";
    months: number[];
  }[];
  monthOption?: InstallmentMonthOption;
}
/** Exactly one of `validHours` or `dueDate`. */
export type Deadline = { validHours: number; dueDate?: undefined } | { dueDate: string; validHours?: undefined };
export interface CardOptions {
  cardCompany?: CardCompany;
  availableCards?: CardCompany[];
  useFreeInterestFromMall?: boolean;
  installment?: Installment;
  useCardPoint?: boolean;
  useAppCardOnly?: boolean;
  useInstallment?: boolean;
  /** NHN KCP only. */
  cardPromotion?: { promotionId: string; discountAmount: number };
}
export interface VirtualAccountOptions {
  cashReceiptType?: CashReceiptType;
  customerIdentifier?: string;
  fixedOption?: { pgAccountId: string; accountNumber?: undefined } | { accountNumber: string; pgAccountId?: undefined };
  bankCode?: Bank;
  /** `dueDate`: YYYYMMDD, YYYYMMDDHHmmss, YYYY-MM-DD, YYYY-MM-DD HH:mm:ss or ISO 8601. */
  accountExpiry?: Deadline;
  availableBanks?: Bank[];
}
export interface TransferOptions {
  cashReceiptType?: CashReceiptType;
  customerIdentifier?: string;
  bankCode?: Bank;
}
/** The SDK really spells it `avaliableCarriers`. */
export interface MobileOptions {
  carrier?: Carrier;
  avaliableCarriers?: Carrier[];
}
export interface EasyPayOptions {
  easyPayProvider?: EasyPayProvider;
  useFreeInterestFromMall?: boolean;
  availableCards?: CardCompany[];
  installment?: Installment;
  cashReceiptType?: CashReceiptType;
  customerIdentifier?: string;
  useCardPoint?: boolean;
  availablePayMethods?: EasyPayPaymentMethod[];
  useInstallment?: boolean;
}
/** `bypass`: one block per PG, read only by that PG (a block for another PG is a warning). */
export type PaymentBypass = {
  kpn?: { CardSelect?: ("GLOBAL" | "LEGACY_AUTH" | "KEY_IN" | "11PAY")[] };
  kakaopay?: { custom_message?: string };
  ksnet?: { sndQpayType?: "1" | "0"; easyPayDirect?: boolean; sndKakaopayType?: "CARD" | "MONEY"; tcode?: string; url?: string };
  kcp_v2?: {
    /** Required by the SDK's type; the guide needs it only for gift certificates and phone payments (so at run time only those are errors). */
    shop_user_id: string; skin_indx?: string; site_logo?: string; kcp_pay_title?: string; complex_pnt_yn?: "Y" | "N";
    pt_memcorp_cd?: string; disp_tax_yn?: "Y" | "N" | "R" | "E"; site_name?: string; deli_term?: string;
  };
  inicis_v2?: {
    logo_url?: string; logo_2nd?: string; parentemail?: string; Ini_SSGPAY_MDN?: string; acceptmethod?: string[];
    P_CARD_OPTION?: string; P_MNAME?: string; P_RESERVED?: string[];
  };
  welcome?: {
    logo_url?: string; logo_2nd?: string; acceptmethod?: string[]; P_CARD_OPTION?: string; P_ONLY_EASYPAYCODE?: string;
    P_RESERVED?: string[];
  };
  smartro_v2?: { GoodsCnt?: number; SkinColor?: "RED" | "GREEN" | "BLUE" | "PURPLE"; OpenType?: "KR" | "EN" };
  nice_v2?: {
    LogoImage?: string; NPDisableScroll?: "Y" | "N"; SkinType?: "red" | "green" | "purple" | "gray" | "dark";
    UserCI?: string; MallUserID?: string; DirectCouponYN?: "Y" | "N"; DirectShowOpt?: "BANK" | "CELLPHONE";
    CardShowOpt?: string; PaycoClientId?: string; PaycoAccessToken?: string; SamPayMallType?: "01" | "99";
  };
  tosspay_v2?: { expiredTime?: string; cashReceiptTradeOption?: "CULTURE" | "GENERAL" | "PUBLIC_TP" };
  [pg: string]: Record<string, unknown> | undefined;
};
export type IssueBillingKeyBypass = {
  inicis_v2?: { carduse?: "percard" | "cocard" };
  kcp_v2?: { batch_soc_choice?: "S" | "C" };
  smartro_v2?: { SkinColor?: "RED" | "GREEN" | "BLUE" | "PURPLE"; IsPwdPass?: "Y" | "N" };
  welcome?: { logo_url?: string; logo_2nd?: string; carduse?: "percard" | "cocard" };
  naverpay?: { subMerchantName?: string; subMerchantId?: string };
  kakaopay?: { custom_message?: string };
  tosspay_v2?: { encryptedUserCi?: string };
  galaxia?: { ITEM_CODE?: string };
  [pg: string]: Record<string, unknown> | undefined;
};
export type IssueBillingKeyAndPayBypass = {
  welcome?: { acceptmethod?: string[]; P_RESERVED?: string[] };
  payletter_global?: { pginfo?: string; servicename?: string };
  galaxia?: { ITEM_CODE?: string };
  [pg: string]: Record<string, unknown> | undefined;
};

/** Fields every v2 request may carry. */
interface V2RequestCommon {
  /** Your store ID (console). */
  storeId: string;
  channelKey?: string;
  customer?: Customer;
  windowType?: WindowTypes;
  /** Absolute http(s) URL; needed on mobile. */
  redirectUrl?: string;
  forceRedirect?: boolean;
  /** Absolute http(s) URLs. */
  noticeUrls?: string[];
  appScheme?: string;
  locale?: Locale;
  customData?: Record<string, unknown>;
  offerPeriod?: OfferPeriod;
  productType?: ProductType;
  popup?: { center?: boolean };
  iframe?: { dim?: boolean };
}

/** `PortOne.requestPayment` request. */
export interface PaymentRequest extends V2RequestCommon {
  paymentId: string;
  orderName: string;
  orderDetail?: string;
  /** Whole number in the currency's minor unit (1000 KRW = 1000; 6 USD = 600). */
  totalAmount: number;
  currency: Currency;
  /** Required by the SDK's type (Eximbay, Payletter, Paymentwall and Triple-A take none: at run time leaving it out is fine for them). */
  payMethod: PayMethod;
  /** Exactly one of `channelKey` and `channelGroupId`. */
  channelGroupId?: string;
  taxFreeAmount?: number;
  vatAmount?: number;
  /** Absolute http(s) URL. */
  confirmUrl?: string;
  isEscrow?: boolean;
  products?: Product[];
  isCulturalExpense?: boolean;
  country?: Country;
  storeDetails?: StoreDetails;
  shippingAddress?: Address;
  promotionId?: string;
  merpayCategoryId?: string;
  bypass?: PaymentBypass;
  /** Read when `payMethod` is `CARD`, and so on for each method. */
  card?: CardOptions;
  virtualAccount?: VirtualAccountOptions;
  transfer?: TransferOptions;
  mobile?: MobileOptions;
  giftCertificate?: { giftCertificateType?: GiftCertificateType };
  easyPay?: EasyPayOptions;
  paypal?: Record<string, never>;
  alipay?: Record<string, never>;
  convenienceStore?: { paymentDeadline?: Deadline };
  alipayPlus?: { easyPayProvider?: EasyPayProvider };
}

/** `PortOne.requestIssueBillingKey` request. */
export interface IssueBillingKeyRequest extends V2RequestCommon {
  /** Optional in the SDK's type; required by PortOne's schema and every guide (a `required` error at run time). */
  billingKeyMethod?: BillingKeyMethod;
  issueId?: string;
  issueName?: string;
  /** Shown only; whole number in the minor unit of `currency`. */
  displayAmount?: number;
  currency?: Currency;
  bypass?: IssueBillingKeyBypass;
  card?: { cardCompany?: CardCompany };
  mobile?: MobileOptions;
  easyPay?: { availableCards?: CardCompany[]; easyPayProvider?: EasyPayProvider; availablePayMethods?: EasyPayPaymentMethod[] };
  paypal?: Record<string, never>;
}

/** `PortOne.requestIssueBillingKeyAndPay` request. */
export interface IssueBillingKeyAndPayRequest extends V2RequestCommon {
  paymentId: string;
  orderName: string;
  totalAmount: number;
  currency: Currency;
  /** Required by the SDK's type (Eximbay and Payletter pick the method in their window: a warning when sent). */
  billingKeyAndPayMethod: BillingKeyAndPayMethod;
  taxFreeAmount?: number;
  vatAmount?: number;
  products?: Product[];
  isCulturalExpense?: boolean;
  storeDetails?: StoreDetails;
  country?: Country;
  bypass?: IssueBillingKeyAndPayBypass;
  mobile?: MobileOptions;
}

/** What `requestPayment` resolves with. `code` is set when the payment failed (it still resolves). */
export interface PaymentResponse {
  transactionType: "PAYMENT";
  txId: string;
  paymentId: string;
  paymentToken?: string;
  code?: string;
  message?: string;
  pgCode?: string;
  pgMessage?: string;
}
/** What `requestIssueBillingKey` resolves with. `code` is set on failure. */
export interface IssueBillingKeyResponse {
  transactionType: "ISSUE_BILLING_KEY";
  billingKey: string;
  billingIssueToken?: string;
  code?: string;
  message?: string;
  pgCode?: string;
  pgMessage?: string;
}
/** What `requestIssueBillingKeyAndPay` resolves with. `code` is set on failure. */
export interface IssueBillingKeyAndPayResponse {
  transactionType: "ISSUE_BILLING_KEY_AND_PAY";
  billingKey: string;
  billingIssueToken?: string;
  paymentId: string;
  txId: string;
  code?: string;
  message?: string;
  pgCode?: string;
  pgMessage?: string;
}

/** The SDK object: `import * as PortOne from "@portone/browser-sdk/v2"`, or `window.PortOne`. */
export interface PortOneSdk {
  requestPayment?(request: PaymentRequest): Promise<PaymentResponse | undefined>;
  requestIssueBillingKey?(request: IssueBillingKeyRequest): Promise<IssueBillingKeyResponse | undefined>;
  requestIssueBillingKeyAndPay?(request: IssueBillingKeyAndPayRequest): Promise<IssueBillingKeyAndPayResponse>;
}

/** Options of `toV2`: the v2 fields v1 parameters do not have, plus the check options. */
export interface ToV2Options extends CheckOptions {
  /** Your store ID (console); becomes `storeId`. */
  storeId?: string;
  /** The v2 channel key; becomes `channelKey` (a `channelKey` in the v1 parameters is used otherwise). */
  channelKey?: string;
}

/** Options of the v2 `request*` functions. */
export interface RequestV2Options extends CheckOptions {
  /** The SDK to call; `globalThis.PortOne` when not given. */
  sdk?: PortOneSdk;
  /** Reject with code `timeout` (and free the `paymentId` / `issueId`) when the SDK has not answered after this many milliseconds; no limit when left out (`null` is `invalid_value`). */
  timeoutMs?: number;
}
"#;

#[wasm_bindgen]
extern "C" {
    /// `LocaleOptions` in TypeScript.
    #[wasm_bindgen(typescript_type = "LocaleOptions")]
    pub type LocaleOptionsArg;
    /// `CheckOptions` in TypeScript.
    #[wasm_bindgen(typescript_type = "CheckOptions")]
    pub type CheckOptionsArg;
    /// `RequestOptions` in TypeScript.
    #[wasm_bindgen(typescript_type = "RequestOptions")]
    pub type RequestOptionsArg;
    /// `ToV2Options` in TypeScript.
    #[wasm_bindgen(typescript_type = "ToV2Options")]
    pub type ToV2OptionsArg;
    /// `RequestV2Options` in TypeScript.
    #[wasm_bindgen(typescript_type = "RequestV2Options")]
    pub type RequestV2OptionsArg;
}

thread_local! {
    static DEFAULTS: RefCell<Options> = RefCell::new(Options::default());
    /// The last call's options text and what it read to: a form re-checks with the same options
    /// on every keystroke, so they are read once. Cleared by `configure`.
    static LAST_OPTIONS: RefCell<Option<(Vec<u8>, Rc<Options>)>> = const { RefCell::new(None) };
    /// `navigator.userAgent`'s verdict, read once (it does not change while a page lives).
    static MOBILE_UA: std::cell::Cell<Option<Option<bool>>> = const { std::cell::Cell::new(None) };
}

fn read(v: &JsValue) -> Value {
    read_input(v).0
}

/// A check's answer, `{ ok, value, issues }`, for a request the walker read as `text` with the
/// plain copy `copy`. When the normalized value is `text`'s value with some parts replaced (or
/// none), the answer is the copy with those parts set, and only the replaced parts and a
/// non-empty issue list cross as JSON; otherwise the whole answer does. Both give the same
/// object: the copy is what `text` says.
fn answer(outcome: &crate::core::Outcome, locale: Locale, text: &str, copy: JsValue) -> JsValue {
    let Some(edits) = outcome.value.as_ref().and_then(|v| v.edits_from(text)) else {
        return json(&outcome.to_json(locale));
    };
    let edits = (edits != "[]").then_some(edits);
    let mut issues = String::new();
    if !outcome.issues.is_empty() {
        issues_json(&outcome.issues, locale, &mut issues);
    }
    let issues = (!issues.is_empty()).then_some(issues);
    let answer = answer_with_copy(copy, edits.as_deref(), issues.as_deref());
    if answer.is_undefined() {
        return json(&outcome.to_json(locale));
    }
    answer
}

/// Reads a request for a check: its value, the walker's text and the walker's plain copy.
fn read_input(v: &JsValue) -> (Value, String, JsValue) {
    let bytes = encode(v);
    let copy = take_copy();
    let (value, text) = read_text(bytes);
    (value, text, copy)
}

/// The walker's bytes as text and the value they say.
fn read_text(bytes: Vec<u8>) -> (Value, String) {
    // The walker's text is always UTF-8 and always parses; the fallback only guards against a
    // broken build.
    let text = String::from_utf8(bytes).unwrap_or_default();
    let value = parse(&text).unwrap_or(Value::Odd(crate::core::value::Odd::Unreadable));
    (value, text)
}

/// A call's options over the `configure` defaults, `isMobile` filled from the user agent when
/// neither gives it. The same options text as the last call's gives the same (shared) options.
fn read_options(options: Option<&JsValue>) -> Rc<Options> {
    let text = match options {
        // `sdk` (v2 request* options) is an object of functions, not data: left out
        Some(v) if v.is_object() => encode_options(v),
        // the walker never writes empty text, so empty stands for "no options object"
        _ => Vec::new(),
    };
    let last = LAST_OPTIONS.with(|l| {
        l.borrow()
            .as_ref()
            .filter(|(t, _)| *t == text)
            .map(|(_, o)| Rc::clone(o))
    });
    if let Some(o) = last {
        return o;
    }
    let mut o = if text.is_empty() {
        DEFAULTS.with(|d| d.borrow().clone())
    } else {
        let (given, _) = read_text(text.clone());
        DEFAULTS.with(|d| Options::from_value(&given, &d.borrow()))
    };
    if o.is_mobile.is_none() {
        o.is_mobile = MOBILE_UA.with(|m| {
            let ua = m
                .get()
                .unwrap_or_else(|| detect_mobile().ok().and_then(|v| v.as_bool()));
            m.set(Some(ua));
            ua
        });
    }
    let o = Rc::new(o);
    LAST_OPTIONS.with(|l| *l.borrow_mut() = Some((text, Rc::clone(&o))));
    o
}

fn read_locale(options: Option<&JsValue>) -> Locale {
    let base = DEFAULTS.with(|d| d.borrow().clone());
    match options {
        Some(v) if v.is_object() => Options::from_value(&read(v), &base).locale,
        _ => base.locale,
    }
}

fn json(text: &str) -> JsValue {
    JSON::parse(text).unwrap_or(JsValue::NULL)
}

/// Sets defaults for every later call: `{ impCode, locale, channels }`.
#[wasm_bindgen(js_name = configure)]
pub fn configure(#[wasm_bindgen(unchecked_param_type = "ConfigureOptions")] defaults: JsValue) {
    let v = read(&defaults);
    DEFAULTS.with(|d| {
        let next = Options::from_value(&v, &d.borrow());
        *d.borrow_mut() = next;
    });
    LAST_OPTIONS.with(|l| *l.borrow_mut() = None);
}

/// Checks `IMP.request_pay` parameters against the common rules and the chosen PG's rules.
#[wasm_bindgen(js_name = checkRequestPay, unchecked_return_type = "CheckResult<RequestPayParams>")]
pub fn check_request_pay(
    #[wasm_bindgen(unchecked_param_type = "RequestPayParams")] params: JsValue,
    options: Option<CheckOptionsArg>,
) -> JsValue {
    let opts = read_options(options.as_deref());
    let (value, text, copy) = read_input(&params);
    answer(&core_check(value, &opts), opts.locale, &text, copy)
}

fn guard_error(issues: &[Issue], locale: Locale, cause: JsValue) -> JsValue {
    let first = issues.iter().find(|i| i.severity == Severity::Error).or(issues.first());
    let mut msg = first.map(|i| message(i, locale)).unwrap_or_default();
    let errors = issues.iter().filter(|i| i.severity == Severity::Error).count();
    if errors > 1 {
        let en = locale.available() == Locale::En;
        msg.push_str(if en { " (+" } else { " (외 " });
        crate::core::text::push_int(&mut msg, errors as i64 - 1);
        msg.push_str(if en { " more)" } else { "건)" });
    }
    let mut list = String::new();
    issues_json(issues, locale, &mut list);
    // makeGuardError only builds an object; should it ever fail, the message alone is rejected
    make_guard_error(&msg, json(&list), cause).unwrap_or_else(|_| JsValue::from_str(&msg))
}

fn sdk_issue(code: Code, detail: Detail, note: Option<&'static crate::core::issue::Bi>) -> Vec<Issue> {
    vec![Issue {
        path: String::new(),
        code,
        severity: Severity::Error,
        detail,
        note,
    }]
}

static SDK_THREW: crate::core::issue::Bi = bi!(
    "PortOne SDK 호출 중 예외가 발생했습니다.",
    "The PortOne SDK threw when it was called."
);

/// Checks the request and, when it has no error, calls `IMP.request_pay` with the normalized
/// object; resolves with the callback's response. Rejects with a `PortoneGuardError` (and does
/// not call the SDK) when the request has errors or the SDK is missing.
#[wasm_bindgen(js_name = requestPay, unchecked_return_type = "Promise<RequestPayResponse>")]
pub fn request_pay(
    #[wasm_bindgen(unchecked_param_type = "RequestPayParams")] params: JsValue,
    options: Option<RequestOptionsArg>,
) -> Promise {
    let opts = read_options(options.as_deref());
    let outcome = core_check(read(&params), &opts);
    let Some(value) = outcome.value.as_ref().filter(|_| outcome.ok()) else {
        return Promise::reject(&guard_error(&outcome.issues, opts.locale, JsValue::UNDEFINED));
    };
    let locale = opts.locale;
    once_per_id("merchant_uid", value, locale, options.as_deref(), |checked| {
        sdk::request_pay_v1(checked, opts.imp_code.as_deref()).map_err(|failure| not_called(failure, "IMP", locale))
    })
}

/// `options.timeoutMs`: `Ok(None)` when absent (`undefined`), the milliseconds when a positive
/// number, `Err` for anything else — `null` too, as the README says: a caller who asked for a
/// limit must not silently get none.
fn read_timeout(options: Option<&JsValue>) -> Result<Option<f64>, ()> {
    let Some(o) = options.filter(|o| o.is_object()) else {
        return Ok(None);
    };
    let v = Reflect::get(o, &JsValue::from_str("timeoutMs")).map_err(|_| ())?;
    if v.is_undefined() {
        return Ok(None);
    }
    match v.as_f64() {
        Some(ms) if ms > 0.0 && !ms.is_nan() => Ok(Some(ms)),
        _ => Err(()),
    }
}

/// Calls the SDK (through `call`) at most once per order id at a time: the id under `key` in the
/// normalized request is claimed before the call and freed when the SDK's promise settles, when
/// `options.timeoutMs` passes (rejecting with code `timeout`), or at once when the call could not
/// start. A second call for a claimed id rejects with code `in_flight` and calls nothing.
fn once_per_id(
    key: &'static str,
    value: &Value,
    locale: Locale,
    options: Option<&JsValue>,
    call: impl FnOnce(Checked) -> Result<Promise, Promise>,
) -> Promise {
    once_per_id_of(key, key, value, locale, options, call)
}

/// [`once_per_id`] with the ids kept apart by `kind` rather than by `key` (an
/// `IMP.certification` for `merchant_uid` "X" does not block a `requestPay` for "X").
fn once_per_id_of(
    kind: &'static str,
    key: &'static str,
    value: &Value,
    locale: Locale,
    options: Option<&JsValue>,
    call: impl FnOnce(Checked) -> Result<Promise, Promise>,
) -> Promise {
    let Ok(timeout) = read_timeout(options) else {
        let mut issues = sdk_issue(Code::InvalidValue, Detail::BadTimeout, None);
        issues[0].path = String::from("timeoutMs");
        return Promise::reject(&guard_error(&issues, locale, JsValue::UNDEFINED));
    };
    let id = value
        .as_obj()
        .and_then(|m| m.get(key))
        .and_then(Value::as_str)
        .map(str::to_string);
    if let Some(id) = &id {
        if !sdk::claim(kind, id) {
            return Promise::reject(&guard_error(
                &sdk_issue(Code::InFlight, Detail::InFlight { key }, None),
                locale,
                JsValue::UNDEFINED,
            ));
        }
    }
    match call(Checked::new(json(&value.to_json()))) {
        Err(rejected) => {
            if let Some(id) = &id {
                sdk::release(kind, id);
            }
            rejected
        }
        Ok(p) => {
            let timeout_error = guard_error(
                &sdk_issue(Code::Timeout, Detail::Timeout, None),
                locale,
                JsValue::UNDEFINED,
            );
            let release = Closure::once_into_js(move || {
                if let Some(id) = &id {
                    sdk::release(kind, id);
                }
            });
            let ms = timeout.map_or(JsValue::UNDEFINED, JsValue::from_f64);
            settle(&p, ms, timeout_error, release).unwrap_or(p)
        }
    }
}

fn check_v2(api: Api, request: &JsValue, options: Option<&JsValue>) -> JsValue {
    let opts = read_options(options);
    let (value, text, copy) = read_input(request);
    answer(&core_v2::check_owned(api, value, &opts), opts.locale, &text, copy)
}

/// Checks a `PortOne.requestPayment` request (v2) against the schema and the channel's PG.
#[wasm_bindgen(js_name = checkPayment, unchecked_return_type = "CheckResult<PaymentRequest>")]
pub fn check_payment(
    #[wasm_bindgen(unchecked_param_type = "PaymentRequest")] request: JsValue,
    options: Option<CheckOptionsArg>,
) -> JsValue {
    check_v2(Api::Payment, &request, options.as_deref())
}

/// Checks a `PortOne.requestIssueBillingKey` request (v2).
#[wasm_bindgen(js_name = checkIssueBillingKey, unchecked_return_type = "CheckResult<IssueBillingKeyRequest>")]
pub fn check_issue_billing_key(
    #[wasm_bindgen(unchecked_param_type = "IssueBillingKeyRequest")] request: JsValue,
    options: Option<CheckOptionsArg>,
) -> JsValue {
    check_v2(Api::IssueBillingKey, &request, options.as_deref())
}

/// Checks a `PortOne.requestIssueBillingKeyAndPay` request (v2).
#[wasm_bindgen(
    js_name = checkIssueBillingKeyAndPay,
    unchecked_return_type = "CheckResult<IssueBillingKeyAndPayRequest>"
)]
pub fn check_issue_billing_key_and_pay(
    #[wasm_bindgen(unchecked_param_type = "IssueBillingKeyAndPayRequest")] request: JsValue,
    options: Option<CheckOptionsArg>,
) -> JsValue {
    check_v2(Api::IssueBillingKeyAndPay, &request, options.as_deref())
}

static SDK_REJECTED: crate::core::issue::Bi = bi!(
    "PortOne SDK가 요청을 거부(reject)했습니다. SDK를 불러오지 못한 경우에도 이렇게 됩니다. 원인은 cause에 있습니다.",
    "The PortOne SDK rejected the call (also when it could not load); see cause."
);

/// Checks, then calls the SDK method once with the normalized request: `options.sdk` when
/// given, else `globalThis.PortOne`. The SDK's answer is passed on untouched.
fn request_v2(api: Api, request: &JsValue, options: Option<&JsValue>) -> Promise {
    let (value, locale, sdk_given) = match clean_v2(api, request, options) {
        Ok(ok) => ok,
        Err(rejected) => return rejected,
    };
    let value = &value;
    let key = if api == Api::IssueBillingKey {
        "issueId"
    } else {
        "paymentId"
    };
    once_per_id(key, value, locale, options, |checked| {
        v2_outcome(sdk::request_v2(api.sdk_method(), checked, sdk_given), locale)
    })
}

/// The common start of every v2 SDK call: the request checked (in place) with the call's options;
/// when it has no error, its normalized value, the locale and the SDK object the caller passed as
/// `options.sdk` (if any); else the rejection to return, with every issue.
fn clean_v2(
    api: Api,
    request: &JsValue,
    options: Option<&JsValue>,
) -> Result<(Value, Locale, Option<JsValue>), Promise> {
    clean_v2_with(|v, o| core_v2::check_owned(api, v, o), request, options)
}

/// [`clean_v2`] with the check given (`requestIdentityVerification`'s is not a payment call's).
fn clean_v2_with(
    check: impl FnOnce(Value, &Options) -> crate::core::Outcome,
    request: &JsValue,
    options: Option<&JsValue>,
) -> Result<(Value, Locale, Option<JsValue>), Promise> {
    let opts = read_options(options);
    let outcome = check(read(request), &opts);
    let ok = outcome.ok();
    let value = match outcome.value {
        Some(v) if ok => v,
        _ => {
            return Err(Promise::reject(&guard_error(
                &outcome.issues,
                opts.locale,
                JsValue::UNDEFINED,
            )))
        }
    };
    let sdk_given = match options.filter(|o| o.is_object()) {
        None => None,
        Some(o) => match Reflect::get(o, &JsValue::from_str("sdk")) {
            Ok(s) => Some(s).filter(|s| !s.is_undefined() && !s.is_null()),
            // a throwing `sdk` getter is the caller's SDK failing, not a missing one: falling
            // back to globalThis.PortOne would call an SDK the caller did not choose
            Err(e) => {
                let mut issues = sdk_issue(Code::SdkError, Detail::Note, Some(&SDK_THREW));
                issues[0].path = String::from("options.sdk");
                return Err(Promise::reject(&guard_error(&issues, opts.locale, e)));
            }
        },
    };
    Ok((value, opts.locale, sdk_given))
}

/// What a v2 SDK call (`requestPayment`, `loadPaymentUI`, …) came to: its promise, with a
/// rejection turned into a `PortoneGuardError` (`sdk_error`, the SDK's error as `cause`); or, when
/// it could not be called, a rejection at once (`sdk_not_loaded`, or `sdk_error` when it threw).
fn v2_outcome(called: Result<JsValue, SdkFailure>, locale: Locale) -> Result<Promise, Promise> {
    match called {
        Ok(p) => {
            let issues = sdk_issue(Code::SdkError, Detail::Note, Some(&SDK_REJECTED));
            let mut list = String::new();
            issues_json(&issues, locale, &mut list);
            relay_rejection(&p, &message(&issues[0], locale), json(&list))
                .map_err(|e| Promise::reject(&guard_error(&issues, locale, e)))
        }
        Err(failure) => Err(not_called(failure, "PortOne", locale)),
    }
}

/// The rejection when the SDK (`global`, `IMP` or `PortOne`) could not be called:
/// `sdk_not_loaded`, or `sdk_error` with the thrown value as `cause`.
fn not_called(failure: SdkFailure, global: &'static str, locale: Locale) -> Promise {
    let (issues, cause) = match failure {
        SdkFailure::NotLoaded => (
            sdk_issue(Code::SdkNotLoaded, Detail::SdkNotLoaded { global }, None),
            JsValue::UNDEFINED,
        ),
        SdkFailure::NoMethod(method) => {
            let mut issues = sdk_issue(Code::SdkNotLoaded, Detail::SdkNoMethod { method }, None);
            issues[0].path = String::from("options.sdk");
            (issues, JsValue::UNDEFINED)
        }
        SdkFailure::Threw(e) => (sdk_issue(Code::SdkError, Detail::Note, Some(&SDK_THREW)), e),
    };
    Promise::reject(&guard_error(&issues, locale, cause))
}

/// Checks the request and, when it has no error, calls `PortOne.requestPayment` once with the
/// normalized request. Resolves with the SDK's response as is (`undefined` after a redirect; a
/// failed payment resolves with `code` set). Rejects with a `PortoneGuardError` — and calls
/// nothing — when the request has errors or no SDK is found.
#[wasm_bindgen(js_name = requestPayment, unchecked_return_type = "Promise<PaymentResponse | undefined>")]
pub fn request_payment(
    #[wasm_bindgen(unchecked_param_type = "PaymentRequest")] request: JsValue,
    options: Option<RequestV2OptionsArg>,
) -> Promise {
    request_v2(Api::Payment, &request, options.as_deref())
}

/// Like `requestPayment`, for `PortOne.requestIssueBillingKey`.
#[wasm_bindgen(
    js_name = requestIssueBillingKey,
    unchecked_return_type = "Promise<IssueBillingKeyResponse | undefined>"
)]
pub fn request_issue_billing_key(
    #[wasm_bindgen(unchecked_param_type = "IssueBillingKeyRequest")] request: JsValue,
    options: Option<RequestV2OptionsArg>,
) -> Promise {
    request_v2(Api::IssueBillingKey, &request, options.as_deref())
}

/// Like `requestPayment`, for `PortOne.requestIssueBillingKeyAndPay`.
#[wasm_bindgen(
    js_name = requestIssueBillingKeyAndPay,
    unchecked_return_type = "Promise<IssueBillingKeyAndPayResponse>"
)]
pub fn request_issue_billing_key_and_pay(
    #[wasm_bindgen(unchecked_param_type = "IssueBillingKeyAndPayRequest")] request: JsValue,
    options: Option<RequestV2OptionsArg>,
) -> Promise {
    request_v2(Api::IssueBillingKeyAndPay, &request, options.as_deref())
}

// ---- v2 button calls: PortOne.loadPaymentUI / loadIssueBillingKeyUI (PayPal SPB / RT) ----

#[wasm_bindgen(typescript_custom_section)]
const TS_LOAD_UI: &'static str = r#"
/** `bypass.paypal_v2.style`: PayPal's button. */
export interface PaypalV2Style {
  layout?: "vertical" | "horizontal";
  color?: "gold" | "blue" | "silver" | "white" | "black";
  /** 25 to 55. */
  height?: number;
  shape?: "rect" | "pill";
  label?: "paypal" | "checkout" | "buynow" | "pay" | "installment" | "subscribe" | "donate";
  /** Shown with `label: "installment"`. */
  period?: string;
  /** Needs `layout: "horizontal"`. */
  tagline?: boolean;
}
/** PayPal STC data: every value a string. */
export interface PaypalV2AdditionalData { key: string; value: string }
/** PayPal's address layout (`country_code` ISO 3166-1 alpha-2). */
export interface PaypalV2Address {
  address_line_1?: string; address_line_2?: string; admin_area_1?: string; admin_area_2?: string;
  postal_code?: string; country_code: Country;
}
/** A PayPal shipping address (`purchase_units[].shipping.address`). */
export interface PaypalV2ShippingAddress {
  address_line_1: string; address_line_2?: string; admin_area_1?: string; admin_area_2: string;
  postal_code?: string; country_code: Country;
}
/** The countries PayPal ships billing-key customers to (`COUNTRY_` prefix accepted), as the SDK's type lists them. */
export type PaypalV2Country = WithPrefix<"COUNTRY_",
  | "AL" | "DZ" | "AD" | "AO" | "AI" | "AG" | "AR" | "AM" | "AW" | "AU" | "AT" | "AZ" | "BS" | "BH" | "BB" | "BY"
  | "BE" | "BZ" | "BJ" | "BM" | "BT" | "BO" | "BA" | "BW" | "BR" | "VG" | "BN" | "BG" | "BF" | "BI" | "KH" | "CM"
  | "CA" | "CV" | "KY" | "TD" | "CL" | "CN" | "CO" | "KM" | "CG" | "CD" | "CK" | "CR" | "CI" | "HR" | "CY" | "CZ"
  | "DK" | "DJ" | "DM" | "DO" | "EC" | "EG" | "SV" | "ER" | "EE" | "ET" | "FK" | "FO" | "FJ" | "FI" | "FR" | "GF"
  | "PF" | "GA" | "GM" | "GE" | "DE" | "GI" | "GR" | "GL" | "GD" | "GP" | "GT" | "GN" | "GW" | "GY" | "HN" | "HK"
  | "HU" | "IS" | "IN" | "ID" | "IE" | "IL" | "IT" | "JM" | "JP" | "JO" | "KZ" | "KE" | "KI" | "KW" | "KG" | "LA"
  | "LV" | "LS" | "LI" | "LT" | "LU" | "MK" | "MG" | "MW" | "MY" | "MV" | "ML" | "MT" | "MH" | "MQ" | "MR" | "MU"
  | "YT" | "MX" | "FM" | "MD" | "MC" | "MN" | "ME" | "MS" | "MA" | "MZ" | "NA" | "NR" | "NP" | "NL" | "AN" | "NC"
  | "NZ" | "NI" | "NE" | "NG" | "NU" | "NF" | "NO" | "OM" | "PW" | "PA" | "PG" | "PY" | "PE" | "PH" | "PN" | "PL"
  | "PT" | "QA" | "RE" | "RO" | "RU" | "RW" | "WS" | "SM" | "ST" | "SA" | "SN" | "RS" | "SC" | "SL" | "SG" | "SK"
  | "SI" | "SB" | "SO" | "ZA" | "KR" | "ES" | "LK" | "SH" | "KN" | "LC" | "PM" | "VC" | "SR" | "SJ" | "SZ" | "SE"
  | "CH" | "TW" | "TJ" | "TZ" | "TH" | "TG" | "TO" | "TT" | "TN" | "TM" | "TC" | "TV" | "TR" | "UG" | "UA" | "AE"
  | "GB" | "US" | "UY" | "VU" | "VA" | "VE" | "VN" | "WF" | "YE" | "ZM" | "ZW"
>;
/** `bypass` of `loadPaymentUI`. */
export type LoadPaymentUIBypass = {
  paypal_v2?: {
    style?: PaypalV2Style;
    /** Comma-separated funding codes, e.g. `"paylater,card"` (the key has a hyphen). */
    "enable-funding"?: string;
    "disable-funding"?: string;
    /** At most one entry. */
    purchase_units?: { shipping?: { address?: PaypalV2ShippingAddress; name?: { full_name?: string } } }[];
    payer?: { tax_info?: { tax_id: string; tax_id_type: string }; address?: PaypalV2Address };
    additional_data?: PaypalV2AdditionalData[];
  };
  [pg: string]: Record<string, unknown> | undefined;
};
/** `bypass` of `loadIssueBillingKeyUI`. */
export type LoadIssueBillingKeyUIBypass = {
  paypal_v2?: {
    style?: PaypalV2Style;
    shipping_address?: {
      recipient_name?: string; line1: string; line2?: string; city: string; state?: string; postal_code?: string;
      country_code: PaypalV2Country;
    };
    additional_data?: PaypalV2AdditionalData[];
  };
  [pg: string]: Record<string, unknown> | undefined;
};

/** `PortOne.loadPaymentUI` request (PayPal Smart Payment Buttons). */
export interface LoadPaymentUIRequest {
  uiType: "PAYPAL_SPB";
  storeId: string;
  channelKey: string;
  paymentId: string;
  orderName: string;
  /** Whole number in the currency's minor unit. */
  totalAmount: number;
  currency: Currency;
  /** May be omitted; PayPal takes only `PAYPAL`. */
  payMethod?: PayMethod;
  /** May be omitted; PayPal takes only `UI` for both. */
  windowType?: WindowTypes;
  /** PayPal: must be 0. */
  taxFreeAmount?: number;
  vatAmount?: number;
  customer?: Customer;
  redirectUrl?: string;
  noticeUrls?: string[];
  confirmUrl?: string;
  appScheme?: string;
  isEscrow?: boolean;
  /** PayPal: Σ amount × quantity must equal `totalAmount`. */
  products?: Product[];
  isCulturalExpense?: boolean;
  locale?: Locale;
  customData?: Record<string, unknown>;
  offerPeriod?: OfferPeriod;
  productType?: ProductType;
  storeDetails?: StoreDetails;
  bypass?: LoadPaymentUIBypass;
  country?: Country;
  shippingAddress?: Address;
  promotionGroupId?: string;
  promotionIds?: string[];
  /** Keys this module does not know are reported as `unknown_field` warnings and passed on. */
  [key: string]: unknown;
}

/** `PortOne.loadIssueBillingKeyUI` request (PayPal Reference Transactions). */
export interface LoadIssueBillingKeyUIRequest {
  uiType: "PAYPAL_RT";
  storeId: string;
  channelKey: string;
  /** Required by the SDK's type (at run time a warning when missing: PayPal's guide omits it); PayPal takes only `PAYPAL`. */
  billingKeyMethod: BillingKeyMethod;
  windowType?: WindowTypes;
  displayAmount?: number;
  currency?: Currency;
  issueName?: string;
  issueId?: string;
  customer?: Customer;
  redirectUrl?: string;
  locale?: Locale;
  customData?: Record<string, unknown>;
  appScheme?: string;
  noticeUrls?: string[];
  productType?: ProductType;
  bypass?: LoadIssueBillingKeyUIBypass;
  [key: string]: unknown;
}

/** What the SDK passes to a `…Fail` callback (its `PaymentError` / `IssueBillingKeyError`). */
export interface PaymentUIError extends Error {
  code?: string;
  message: string;
  pgCode?: string;
  pgMessage?: string;
}
/** The callbacks `loadPaymentUI` hands to the SDK as they are. */
export interface LoadPaymentUICallbacks {
  onPaymentSuccess(response: PaymentResponse): void;
  onPaymentFail(error: PaymentUIError): void;
}
/** The callbacks `loadIssueBillingKeyUI` hands to the SDK as they are. */
export interface LoadIssueBillingKeyUICallbacks {
  onIssueBillingKeySuccess(response: IssueBillingKeyResponse): void;
  onIssueBillingKeyFail(error: PaymentUIError): void;
}

export interface PortOneSdk {
  loadPaymentUI?(request: LoadPaymentUIRequest, callbacks: LoadPaymentUICallbacks): void | Promise<void>;
  loadIssueBillingKeyUI?(request: LoadIssueBillingKeyUIRequest, callbacks: LoadIssueBillingKeyUICallbacks): void | Promise<void>;
  updateLoadPaymentUIRequest?(request: LoadPaymentUIRequest): void | Promise<void>;
  updateLoadIssueBillingKeyUIRequest?(request: LoadIssueBillingKeyUIRequest): void | Promise<void>;
}

/** Options of `loadPaymentUI` / `loadIssueBillingKeyUI` and their `update…Request` calls. */
export interface LoadUIOptions extends CheckOptions {
  /** The SDK to call; `globalThis.PortOne` when not given. */
  sdk?: PortOneSdk;
}
"#;

#[wasm_bindgen]
extern "C" {
    /// `LoadUIOptions` in TypeScript.
    #[wasm_bindgen(typescript_type = "LoadUIOptions")]
    pub type LoadUIOptionsArg;
}

/// Checks a `PortOne.loadPaymentUI` request (PayPal's payment button, `uiType: "PAYPAL_SPB"`).
#[wasm_bindgen(js_name = checkLoadPaymentUI, unchecked_return_type = "CheckResult<LoadPaymentUIRequest>")]
pub fn check_load_payment_ui(
    #[wasm_bindgen(unchecked_param_type = "LoadPaymentUIRequest")] request: JsValue,
    options: Option<CheckOptionsArg>,
) -> JsValue {
    check_v2(Api::LoadPaymentUI, &request, options.as_deref())
}

/// Checks a `PortOne.loadIssueBillingKeyUI` request (PayPal's billing-key button, `uiType:
/// "PAYPAL_RT"`).
#[wasm_bindgen(
    js_name = checkLoadIssueBillingKeyUI,
    unchecked_return_type = "CheckResult<LoadIssueBillingKeyUIRequest>"
)]
pub fn check_load_issue_billing_key_ui(
    #[wasm_bindgen(unchecked_param_type = "LoadIssueBillingKeyUIRequest")] request: JsValue,
    options: Option<CheckOptionsArg>,
) -> JsValue {
    check_v2(Api::LoadIssueBillingKeyUI, &request, options.as_deref())
}

/// Checks, then calls the SDK's button method once with the normalized request and the
/// caller's `callbacks` as they are (SDK found as for `requestPayment`). Resolves when the SDK
/// call returns; rejects with a `PortoneGuardError` — calling nothing — when the request has
/// errors or no SDK is found, and with `sdk_error` when the SDK throws or rejects.
/// With `callbacks` `None`, the SDK's update method for the same request type is called instead
/// (`updateLoadPaymentUIRequest` / `updateLoadIssueBillingKeyUIRequest`, with the request alone).
fn load_ui(api: Api, request: &JsValue, callbacks: Option<&JsValue>, options: Option<&JsValue>) -> Promise {
    let (value, locale, sdk_given) = match clean_v2(api, request, options) {
        Ok(ok) => ok,
        Err(rejected) => return rejected,
    };
    let checked = Checked::new(json(&value.to_json()));
    let method = match (callbacks, api) {
        (Some(_), _) => api.sdk_method(),
        (None, Api::LoadIssueBillingKeyUI) => "updateLoadIssueBillingKeyUIRequest",
        (None, _) => "updateLoadPaymentUIRequest",
    };
    match v2_outcome(sdk::load_ui_v2(method, checked, callbacks, sdk_given), locale) {
        Ok(p) | Err(p) => p,
    }
}

/// Checks the request and, when it has no error, calls `PortOne.loadPaymentUI(value,
/// callbacks)` once with the normalized request; resolves when the SDK has rendered the button.
#[wasm_bindgen(js_name = loadPaymentUI, unchecked_return_type = "Promise<void>")]
pub fn load_payment_ui(
    #[wasm_bindgen(unchecked_param_type = "LoadPaymentUIRequest")] request: JsValue,
    #[wasm_bindgen(unchecked_param_type = "LoadPaymentUICallbacks")] callbacks: JsValue,
    options: Option<LoadUIOptionsArg>,
) -> Promise {
    load_ui(Api::LoadPaymentUI, &request, Some(&callbacks), options.as_deref())
}

/// Like `loadPaymentUI`, for `PortOne.loadIssueBillingKeyUI`.
#[wasm_bindgen(js_name = loadIssueBillingKeyUI, unchecked_return_type = "Promise<void>")]
pub fn load_issue_billing_key_ui(
    #[wasm_bindgen(unchecked_param_type = "LoadIssueBillingKeyUIRequest")] request: JsValue,
    #[wasm_bindgen(unchecked_param_type = "LoadIssueBillingKeyUICallbacks")] callbacks: JsValue,
    options: Option<LoadUIOptionsArg>,
) -> Promise {
    load_ui(
        Api::LoadIssueBillingKeyUI,
        &request,
        Some(&callbacks),
        options.as_deref(),
    )
}

/// Checks the request like `loadPaymentUI` and, when it has no error, calls
/// `PortOne.updateLoadPaymentUIRequest` with the normalized request (PayPal's buttons are already
/// rendered; this changes what they will pay, e.g. after the cart changed). Resolves when the SDK
/// call returns; rejects with a `PortoneGuardError` — calling nothing — as `loadPaymentUI` does.
#[wasm_bindgen(js_name = updateLoadPaymentUIRequest, unchecked_return_type = "Promise<void>")]
pub fn update_load_payment_ui_request(
    #[wasm_bindgen(unchecked_param_type = "LoadPaymentUIRequest")] request: JsValue,
    options: Option<LoadUIOptionsArg>,
) -> Promise {
    load_ui(Api::LoadPaymentUI, &request, None, options.as_deref())
}

/// The same for the billing-key button: checks like `loadIssueBillingKeyUI`, then calls
/// `PortOne.updateLoadIssueBillingKeyUIRequest` with the normalized request.
#[wasm_bindgen(js_name = updateLoadIssueBillingKeyUIRequest, unchecked_return_type = "Promise<void>")]
pub fn update_load_issue_billing_key_ui_request(
    #[wasm_bindgen(unchecked_param_type = "LoadIssueBillingKeyUIRequest")] request: JsValue,
    options: Option<LoadUIOptionsArg>,
) -> Promise {
    load_ui(Api::LoadIssueBillingKeyUI, &request, None, options.as_deref())
}

/// Converts `IMP.request_pay` parameters (v1) to a `PortOne.requestPayment` request (v2) and
/// checks the result: `{ ok, value, issues }`, where `value` is the v2 request (when ok) and
/// `issues` has the conversion's issues at their v1 paths, then the v2 check's.
#[wasm_bindgen(js_name = toV2, unchecked_return_type = "CheckResult<PaymentRequest>")]
pub fn to_v2(
    #[wasm_bindgen(unchecked_param_type = "RequestPayParams")] v1_params: JsValue,
    options: Option<ToV2OptionsArg>,
) -> JsValue {
    let opts = read_options(options.as_deref());
    let raw = options.as_deref().map(read);
    let field = |k: &str| {
        raw.as_ref()
            .and_then(Value::as_obj)
            .and_then(|m| m.get(k))
            .and_then(Value::as_str)
            .map(str::to_string)
    };
    let (store, channel) = (field("storeId"), field("channelKey"));
    json(&crate::core::to_v2(&read(&v1_params), store.as_deref(), channel.as_deref(), &opts).to_json(opts.locale))
}

/// The list of stable issue codes.
#[wasm_bindgen(js_name = issueCodes, unchecked_return_type = "IssueCode[]")]
pub fn issue_codes() -> JsValue {
    let mut s = String::from("[");
    for (i, c) in Code::ALL.iter().enumerate() {
        if i > 0 {
            s.push(',');
        }
        s.push('"');
        s.push_str(c.as_str());
        s.push('"');
    }
    s.push(']');
    json(&s)
}

/// Parses Kiwoom Pay's `bypass.daou.CARDQUOTA` text (`"CCBC-0:2:3^CCNH-0:2:3"`) into
/// `[{ card, months }]`. Each malformed group is an issue naming its position; text that is valid
/// but not canonical gives a warning (`formatCardQuota` shows the canonical form).
#[wasm_bindgen(js_name = parseCardQuota, unchecked_return_type = "CheckResult<CardQuotaGroup[]>")]
pub fn parse_card_quota(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    options: Option<LocaleOptionsArg>,
) -> JsValue {
    let locale = read_locale(options.as_deref());
    json(&cardquota::parse_value(&read(&text)).to_json(locale))
}

/// The canonical `CARDQUOTA` text of `[{ card, months }]`: groups in the order given, codes in
/// capitals, months ascending without repeats. Throws a `PortoneGuardError` carrying the issues
/// when a group is invalid.
#[wasm_bindgen(js_name = formatCardQuota)]
pub fn format_card_quota(
    #[wasm_bindgen(unchecked_param_type = "CardQuotaGroup[]")] groups: JsValue,
    options: Option<LocaleOptionsArg>,
) -> Result<String, JsValue> {
    let locale = read_locale(options.as_deref());
    cardquota::format_value(&read(&groups)).map_err(|issues| guard_error(&issues, locale, JsValue::UNDEFINED))
}

/// Kiwoom Pay's card-company codes for `CARDQUOTA`, as in PortOne's guide: `[{ code, ko, en }]`.
#[wasm_bindgen(js_name = cardQuotaCompanies, unchecked_return_type = "CardQuotaCompany[]")]
pub fn card_quota_companies() -> JsValue {
    json(&cardquota::companies_json())
}

#[wasm_bindgen(typescript_custom_section)]
const TS_GATEWAY_TYPES: &'static str = r#"
/** What the module knows about one gateway (`gateways()`), built from its own rule tables. */
export interface GatewayInfo {
  /** Stable id (`"kcp"`); pass it (or any alias) as `options.pg`. */
  id: string;
  name: { ko: string; en: string };
  /** Every name accepted for it: v1 pg codes, v2 bypass keys, lowercase. */
  aliases: string[];
  /** The PortOne SDK versions it has rules for. */
  versions: ("v1" | "v2")[];
  /** `IMP.request_pay` rules, or null when there is no v1 guide. */
  v1: null | {
    /** `pg` provider codes (`"kcp"`, `"kcp_billing"`); each also as `code.{MID}`. */
    pgCodes: string[];
    /** Accepted `pay_method` values (empty: the PG ignores `pay_method`). */
    payMethods: string[];
    /** The pg codes that open a billing-key window (`customer_uid`). */
    billingCodes: string[];
    /** `escrow: true` is offered. */
    escrow: boolean;
    /** `display.card_quota` (installment months) is read. */
    cardQuota: boolean;
    /** `card.direct` is supported. */
    cardDirect: boolean;
    /** Accepted `language` values. */
    languages: string[];
    /** Top-level keys beyond the common ones that this PG reads. */
    extraKeys: string[];
    /** The `bypass` keys this PG reads (empty: the guide has none), as dotted paths
     * (`"bypass.shop_user_id"`, `"bypass.daou.CARDQUOTA"`); `only`: read on PC or mobile only;
     * `when`: the window or module that reads it (`"billing-key window (kcp_billing)"`), null
     * when always; `options`: the option names its string joins (`acceptmethod`'s `cd_ps`, …),
     * empty for plain values. A path may appear twice with different `when`. */
    bypassKeys: {
      path: string;
      only: "pc" | "mobile" | null;
      when: string | null;
      options: string[];
    }[];
    /** The guide path (in portone-io/developers.portone.io). */
    guide: string;
  };
  /** `PortOne.requestPayment` & co. rules, or null when there is no v2 guide. Lists are null when the guide says nothing. */
  v2: null | {
    /** Its key under `bypass`. */
    bypassKey: string | null;
    /** The keys of `bypass.<bypassKey>` per call (null: that call has no block). */
    bypass: {
      payment: string[] | null; issueBillingKey: string[] | null; issueBillingKeyAndPay: string[] | null;
      /** PayPal's button calls. */
      loadPaymentUI: string[] | null; loadIssueBillingKeyUI: string[] | null;
    };
    payMethods: string[] | null;
    easyPayProviders: string[] | null;
    billingKeyMethods: string[] | null;
    billingKeyAndPayMethods: string[] | null;
    /** `requestIssueBillingKey` is offered (null: unknown). */
    billingKey: boolean | null;
    /** `requestIssueBillingKeyAndPay` is offered (null: unknown). */
    billingKeyAndPay: boolean | null;
    currencies: string[] | null;
    locales: string[] | null;
    /** `installment.monthOption.availableMonthList` is supported (else `fixedMonth` only). */
    installmentMonthList: boolean;
    guide: string;
  };
  /** Every guide page the rules came from: the v1 guide, the v2 guide, the identity-verification guides, then the caution / older-module / STC pages (paths in portone-io/developers.portone.io). */
  guides: string[];
}

/** A 금융결제원 (or PortOne foreign) card-company code, as used by `card.direct.code`. */
export interface CardCompanyInfo {
  code: string;
  ko: string;
  en: string;
}

/** One bank and its code per PG family (null: that family has no code for it). `standard` is the three-digit code of Toss Payments, Danal, NICE, KICC, Smartro and Hecto. */
export interface BankCodeInfo {
  ko: string;
  en: string;
  codes: { kcp: string | null; inicis: string | null; daou: string | null; standard: string | null; nice_v2: string | null; welcome: string | null };
}
"#;

/// Every gateway the module knows, in display order, with what its rules say (`GatewayInfo[]`).
#[wasm_bindgen(js_name = gateways, unchecked_return_type = "GatewayInfo[]")]
pub fn gateways() -> JsValue {
    json(&crate::core::gateway_info::gateways_json())
}

/// The 금융결제원 card-company codes (`card.direct.code`, `card.detail[].card_code`) and
/// PortOne's foreign-card codes: `[{ code, ko, en }]`.
#[wasm_bindgen(js_name = cardCompanies, unchecked_return_type = "CardCompanyInfo[]")]
pub fn card_companies() -> JsValue {
    json(&crate::core::gateway_info::cards_json())
}

/// Bank codes per PG family (PortOne's code table): `[{ ko, en, codes: { kcp, inicis, … } }]`.
#[wasm_bindgen(js_name = bankCodes, unchecked_return_type = "BankCodeInfo[]")]
pub fn bank_codes() -> JsValue {
    json(&crate::core::gateway_info::banks_json())
}
