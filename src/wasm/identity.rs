//! The identity-verification (본인인증) face: `checkCertification` / `requestCertification` (v1
//! `IMP.certification`) and `checkIdentityVerification` / `requestIdentityVerification` (v2
//! `PortOne.requestIdentityVerification`), built as `checkRequestPay` / `requestPay` and
//! `checkPayment` / `requestPayment` are, with their machinery (options, the in-flight guard,
//! `timeoutMs`, `sdk_not_loaded`, `sdk_error`, `IMP.init` once, `options.sdk`).

use super::{
    answer, clean_v2_with, guard_error, not_called, once_per_id, once_per_id_of, read, read_input, read_options,
    v2_outcome, CheckOptionsArg, RequestOptionsArg,
};
use crate::core::{check_certification as core_certification, check_identity_verification as core_idv};
use crate::sdk;
use js_sys::Promise;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_IDENTITY: &'static str = r#"
// ---- identity verification (본인인증): v1 IMP.certification, v2 PortOne.requestIdentityVerification ----

/** `IMP.certification` parameters (PortOne v1, `cft.mdx`). Unknown keys are allowed and reported as warnings. */
export interface CertificationParams {
  /** The channel key (console); or the deprecated `pg` (`danal`, `inicis_unified`, `inicis`, each also `code.{MID}`). */
  channelKey?: string;
  pg?: string;
  /** Your order id; one call at a time per id. */
  merchant_uid: string;
  /** The minimum age allowed to verify (Danal phone verification only). */
  min_age?: number;
  /** Prefills the name (Danal only). */
  name?: string;
  /** Prefills the phone number (Danal only). */
  phone?: string;
  /** The carrier the window offers (Danal only): `SKT`, `KTF`, `LGT`, `MVNO`. */
  carrier?: "SKT" | "KTF" | "LGT" | "MVNO";
  /** Your service's domain URL or name (KISA ePrivacy Clean). */
  company?: string;
  /** Absolute http(s) URL to come back to on mobile (required there unless `popup: true`). */
  m_redirect_url?: string;
  /** PC always opens a popup; on mobile `false` (the default) redirects. */
  popup?: boolean;
  [key: string]: unknown;
}

/** What the v1 SDK passes to the `certification` callback. */
export interface CertificationResponse {
  success?: boolean;
  imp_uid?: string | null;
  merchant_uid: string;
  error_code?: string;
  error_msg?: string;
  [key: string]: unknown;
}

/** `bypass` of `requestIdentityVerification`: one block per identity PG (npm `IdentityVerificationBypass`). */
export type IdentityVerificationBypass = {
  /** Danal: `IsCarrier` (`SKT`, `KTF`, `LGT`, `MVNO`, several joined by `;`), `AGELIMIT`, `CPTITLE`. */
  danal?: { CPTITLE?: string; AGELIMIT?: number; IsCarrier?: string };
  /** KG Inicis unified verification: `flgFixedUser` is required. */
  inicisUnified?: {
    flgFixedUser: "Y" | "N";
    directAgency?: "PAYCO" | "PASS" | "TOSS" | "KFTC" | "KAKAO" | "NAVER" | "SAMSUNG" | "SHINHAN" | "KB" | "HANA" | "WOORI" | "NH" | "KAKAOBANK" | "SMS";
    logoUrl?: string;
    DI_CODE?: string;
    FRGNDInfo?: string;
  };
  /** NHN KCP: the SDK reads `web_siteid`. */
  kcpV2?: { web_siteid?: string };
};

/** `PortOne.requestIdentityVerification` request (npm `IdentityVerificationRequest`). */
export interface IdentityVerificationRequest {
  storeId: string;
  /** Your id for this verification; one call at a time per id. */
  identityVerificationId: string;
  channelKey?: string;
  customer?: Customer;
  windowType?: WindowTypes;
  /** Absolute http(s) URL; needed on mobile. */
  redirectUrl?: string;
  forceRedirect?: boolean;
  /** A string here (JSON text), unlike a payment's object. */
  customData?: string;
  bypass?: IdentityVerificationBypass;
  popup?: { center?: boolean };
  iframe?: { dim?: boolean };
  /** Keys this module does not know are reported as `unknown_field` warnings and passed on. */
  [key: string]: unknown;
}

/** What `requestIdentityVerification` resolves with. `code` is set when it failed (it still resolves). */
export interface IdentityVerificationResponse {
  transactionType: "IDENTITY_VERIFICATION";
  identityVerificationId: string;
  identityVerificationTxId: string;
  code?: string;
  message?: string;
  pgCode?: string;
  pgMessage?: string;
}

/** A gateway's identity-verification window in `gateways()` (null when it offers none). */
export interface IdentityVerificationInfo {
  /** The guide path (in portone-io/developers.portone.io). */
  guide: string;
  /** v1: the `pg` codes that open it (empty: no `IMP.certification` window, see its rules). */
  pgCodes: string[];
  /** v1: keys only some PGs read (`min_age`) that this one reads. */
  extraKeys: string[];
  /** v2: its key under `bypass` and that block's keys. */
  bypassKey: string | null;
  bypass: string[] | null;
  /** How many rules of its own it has. */
  rules: number;
}

export interface GatewayInfo {
  /** `IMP.certification` (v1 identity verification), or null. */
  certification: IdentityVerificationInfo | null;
  /** `PortOne.requestIdentityVerification` (v2 identity verification), or null. */
  identityVerification: IdentityVerificationInfo | null;
}

export interface PortOneSdk {
  requestIdentityVerification?(request: IdentityVerificationRequest): Promise<IdentityVerificationResponse | undefined>;
}

/** What `requestIdentityVerification` calls: `import * as PortOne from "@portone/browser-sdk/v2"`, `window.PortOne`, or any object with the method. */
export interface IdentityVerificationSdk {
  requestIdentityVerification?(request: IdentityVerificationRequest): Promise<IdentityVerificationResponse | undefined>;
}

/** Options of `requestIdentityVerification`. */
export interface RequestIdentityVerificationOptions extends CheckOptions {
  /** The SDK to call; `globalThis.PortOne` when not given. */
  sdk?: IdentityVerificationSdk;
  /** Reject with code `timeout` (and free the `identityVerificationId`) when the SDK has not answered after this many milliseconds; no limit when left out (`null` is `invalid_value`). */
  timeoutMs?: number;
}
"#;

#[wasm_bindgen]
extern "C" {
    /// `RequestIdentityVerificationOptions` in TypeScript.
    #[wasm_bindgen(typescript_type = "RequestIdentityVerificationOptions")]
    pub type RequestIdentityVerificationOptionsArg;
}

/// Checks `IMP.certification` parameters against cft.mdx's rules and the chosen PG's.
#[wasm_bindgen(js_name = checkCertification, unchecked_return_type = "CheckResult<CertificationParams>")]
pub fn check_certification(
    #[wasm_bindgen(unchecked_param_type = "CertificationParams")] params: JsValue,
    options: Option<CheckOptionsArg>,
) -> JsValue {
    let opts = read_options(options.as_deref());
    let (value, text, copy) = read_input(&params);
    answer(&core_certification(&value, &opts), opts.locale, &text, copy)
}

/// Checks the parameters and, when they have no error, calls `IMP.init(impCode)` once (when
/// configured) and `IMP.certification` once with the normalized object; resolves with the
/// callback's response. Rejects with a `PortoneGuardError` (and calls nothing) when the
/// parameters have errors, the SDK is missing, or a call for the same `merchant_uid` is pending.
#[wasm_bindgen(js_name = requestCertification, unchecked_return_type = "Promise<CertificationResponse>")]
pub fn request_certification(
    #[wasm_bindgen(unchecked_param_type = "CertificationParams")] params: JsValue,
    options: Option<RequestOptionsArg>,
) -> Promise {
    let opts = read_options(options.as_deref());
    let outcome = core_certification(&read(&params), &opts);
    let Some(value) = outcome.value.as_ref().filter(|_| outcome.ok()) else {
        return Promise::reject(&guard_error(&outcome.issues, opts.locale, JsValue::UNDEFINED));
    };
    let locale = opts.locale;
    once_per_id_of(
        "certification.merchant_uid",
        "merchant_uid",
        value,
        locale,
        options.as_deref(),
        |checked| {
            sdk::certification_v1(checked, opts.imp_code.as_deref())
                .map_err(|failure| not_called(failure, "IMP", locale))
        },
    )
}

/// Checks a `PortOne.requestIdentityVerification` request against the schema and the channel's PG.
#[wasm_bindgen(
    js_name = checkIdentityVerification,
    unchecked_return_type = "CheckResult<IdentityVerificationRequest>"
)]
pub fn check_identity_verification(
    #[wasm_bindgen(unchecked_param_type = "IdentityVerificationRequest")] request: JsValue,
    options: Option<CheckOptionsArg>,
) -> JsValue {
    let opts = read_options(options.as_deref());
    let (value, text, copy) = read_input(&request);
    answer(&core_idv(&value, &opts), opts.locale, &text, copy)
}

/// Checks the request and, when it has no error, calls `requestIdentityVerification` once with
/// the normalized request on `options.sdk` or `globalThis.PortOne`. Resolves with the SDK's answer
/// as is (`undefined` after a redirect; a failed verification resolves with `code` set).
#[wasm_bindgen(
    js_name = requestIdentityVerification,
    unchecked_return_type = "Promise<IdentityVerificationResponse | undefined>"
)]
pub fn request_identity_verification(
    #[wasm_bindgen(unchecked_param_type = "IdentityVerificationRequest")] request: JsValue,
    options: Option<RequestIdentityVerificationOptionsArg>,
) -> Promise {
    let (value, locale, sdk_given) = match clean_v2_with(|v, o| core_idv(&v, o), &request, options.as_deref()) {
        Ok(ok) => ok,
        Err(rejected) => return rejected,
    };
    once_per_id(
        "identityVerificationId",
        &value,
        locale,
        options.as_deref(),
        |checked| {
            v2_outcome(
                sdk::request_v2("requestIdentityVerification", checked, sdk_given),
                locale,
            )
        },
    )
}
