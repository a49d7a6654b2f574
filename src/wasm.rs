//! The `#[wasm_bindgen]` face: reads JavaScript values into the core's [`Value`] through the
//! never-throwing walker in `js/walk.js`, calls the core, and hands back plain objects. No rule
//! lives here. The TypeScript declarations of the whole API are in the custom section below.

use crate::core::cardquota;
use crate::core::issue::{Code, Detail, Issue, Severity};
use crate::core::value::{parse, Value};
use crate::core::{check_request_pay as core_check, issues_json, Options};
use crate::i18n::{message, Locale};
use crate::sdk::{self, Checked, SdkFailure};
use js_sys::{Promise, JSON};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/js/walk.js")]
extern "C" {
    fn encode(v: &JsValue) -> String;
    #[wasm_bindgen(js_name = detectMobile)]
    fn detect_mobile() -> JsValue;
}

#[wasm_bindgen(module = "/js/error.js")]
extern "C" {
    #[wasm_bindgen(js_name = makeGuardError)]
    fn make_guard_error(message: &str, issues: JsValue, cause: JsValue) -> JsValue;
}

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** Stable issue codes. */
export type IssueCode =
  | "required" | "invalid_type" | "invalid_value" | "invalid_format" | "out_of_range" | "too_long"
  | "unsupported" | "conflict" | "unknown_field" | "unknown_pg" | "deprecated"
  | "sdk_not_loaded" | "sdk_error";

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

/** What every check returns. */
export interface CheckResult<T> {
  /** True when no issue has severity `"error"`. */
  ok: boolean;
  /** The normalized request (null when not ok). */
  value: T | null;
  /** Every problem found, errors and warnings. */
  issues: Issue[];
}

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
  /** Which PG each channel key belongs to: `{ "channel-key-…": "kcp" }`. */
  channels?: Record<string, string>;
}

/** Options of `requestPay`. */
export interface RequestOptions extends CheckOptions {
  /** Overrides the configured `impCode` for this call. */
  impCode?: string;
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

/** `IMP.request_pay` parameters (PortOne v1). Unknown keys are allowed and reported as warnings. */
export interface RequestPayParams {
  pg?: string;
  channelKey?: string;
  pay_method?: string;
  merchant_uid: string;
  name?: string;
  amount: number;
  currency?: string;
  tax_free?: number;
  vat_amount?: number;
  language?: string;
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
  company?: string;
  appCard?: boolean;
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
  /** PG-specific parameters: flat keys for NHN KCP, `bypass.daou` for Kiwoom Pay. */
  bypass?: { daou?: DaouBypass; [key: string]: unknown };
  [key: string]: unknown;
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
}

thread_local! {
    static DEFAULTS: RefCell<Options> = RefCell::new(Options::default());
}

fn read(v: &JsValue) -> Value {
    // The walker's text always parses; the fallback only guards against a broken build.
    parse(&encode(v)).unwrap_or(Value::Odd(crate::core::value::Odd::Unreadable))
}

fn read_options(options: Option<&JsValue>) -> Options {
    let base = DEFAULTS.with(|d| d.borrow().clone());
    let mut o = match options {
        Some(v) if v.is_object() => Options::from_value(&read(v), &base),
        _ => base,
    };
    if o.is_mobile.is_none() {
        o.is_mobile = detect_mobile().as_bool();
    }
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
}

/// Checks `IMP.request_pay` parameters against the common rules and the chosen PG's rules.
#[wasm_bindgen(js_name = checkRequestPay, unchecked_return_type = "CheckResult<RequestPayParams>")]
pub fn check_request_pay(
    #[wasm_bindgen(unchecked_param_type = "RequestPayParams")] params: JsValue,
    options: Option<CheckOptionsArg>,
) -> JsValue {
    let opts = read_options(options.as_deref());
    json(&core_check(&read(&params), &opts).to_json(opts.locale))
}

fn guard_error(issues: &[Issue], locale: Locale, cause: JsValue) -> JsValue {
    let first = issues.iter().find(|i| i.severity == Severity::Error).or(issues.first());
    let mut msg = first.map(|i| message(i, locale)).unwrap_or_default();
    let errors = issues.iter().filter(|i| i.severity == Severity::Error).count();
    if errors > 1 {
        msg.push_str(if locale == Locale::En { " (+" } else { " (외 " });
        crate::core::text::push_int(&mut msg, errors as i64 - 1);
        msg.push_str(if locale == Locale::En { " more)" } else { "건)" });
    }
    let mut list = String::new();
    issues_json(issues, locale, &mut list);
    make_guard_error(&msg, json(&list), cause)
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

static SDK_THREW: crate::core::issue::Bi = crate::core::issue::Bi {
    ko: "PortOne SDK 호출 중 예외가 발생했습니다.",
    en: "The PortOne SDK threw when it was called.",
};

/// Checks the request and, when it has no error, calls `IMP.request_pay` with the normalized
/// object; resolves with the callback's response. Rejects with a `PortoneGuardError` (and does
/// not call the SDK) when the request has errors or the SDK is missing.
#[wasm_bindgen(js_name = requestPay, unchecked_return_type = "Promise<RequestPayResponse>")]
pub fn request_pay(
    #[wasm_bindgen(unchecked_param_type = "RequestPayParams")] params: JsValue,
    options: Option<RequestOptionsArg>,
) -> Promise {
    let opts = read_options(options.as_deref());
    let outcome = core_check(&read(&params), &opts);
    let Some(value) = outcome.value.as_ref().filter(|_| outcome.ok()) else {
        return Promise::reject(&guard_error(&outcome.issues, opts.locale, JsValue::UNDEFINED));
    };
    let checked = Checked::new(json(&value.to_json()));
    match sdk::request_pay_v1(checked, opts.imp_code.as_deref()) {
        Ok(p) => p,
        Err(SdkFailure::NotLoaded) => Promise::reject(&guard_error(
            &sdk_issue(Code::SdkNotLoaded, Detail::SdkNotLoaded { global: "IMP" }, None),
            opts.locale,
            JsValue::UNDEFINED,
        )),
        Err(SdkFailure::Threw(e)) => Promise::reject(&guard_error(
            &sdk_issue(Code::SdkError, Detail::Note, Some(&SDK_THREW)),
            opts.locale,
            e,
        )),
    }
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
