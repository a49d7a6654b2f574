//! The only module that touches PortOne's SDK globals (`window.IMP`, `window.PortOne`) or the
//! SDK object a caller hands in. It receives requests that already passed the checks (as a
//! [`Checked`] value), turns v1's callbacks (`request_pay`, `certification`) into a Promise, passes v2's Promise on as is, and
//! hands the v2 button calls (`loadPaymentUI`, `loadIssueBillingKeyUI`) the caller's callbacks.
//! Every call into the SDK goes through a `catch` import or `js/sdk.js`, so nothing the SDK
//! throws unwinds through the module's frames.

use js_sys::{Function, Promise, Reflect};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(module = "/js/sdk.js")]
extern "C" {
    /// `f.call(target, request, callback)` with a callback that answers once; the Promise of
    /// its first answer, or `Err` with what `f` threw before calling back.
    #[wasm_bindgen(catch, js_name = callWithCallback)]
    fn call_with_callback(f: &Function, target: &JsValue, request: &JsValue) -> Result<Promise, JsValue>;
}

/// A request object that passed every check; only the checking code can make one.
pub struct Checked(JsValue);

impl Checked {
    /// Wraps a normalized request. Call only with the `value` of an ok outcome.
    pub(crate) fn new(v: JsValue) -> Checked {
        Checked(v)
    }
}

/// Why the SDK could not be called.
pub enum SdkFailure {
    /// The global (or its method) is missing.
    NotLoaded,
    /// The caller's `options.sdk` has no method of this name.
    NoMethod(&'static str),
    /// The SDK threw; the thrown value.
    Threw(JsValue),
}

thread_local! {
    static INITED: RefCell<Option<String>> = const { RefCell::new(None) };
    /// Order ids whose SDK call has not settled, each with its kind (the key holding it:
    /// `merchant_uid`, `paymentId`, `issueId`): a pending `issueId` "Y" does not block a
    /// `paymentId` "Y".
    static IN_FLIGHT: RefCell<Vec<(&'static str, String)>> = const { RefCell::new(Vec::new()) };
}

/// Marks `id` of kind `kind` as in flight; false (and nothing changes) when it already is.
pub fn claim(kind: &'static str, id: &str) -> bool {
    IN_FLIGHT.with(|f| {
        let mut f = f.borrow_mut();
        if f.iter().any(|(k, x)| *k == kind && x == id) {
            false
        } else {
            f.push((kind, id.to_string()));
            true
        }
    })
}

/// Frees `id` of kind `kind` (after its call settled, failed to start or timed out).
pub fn release(kind: &'static str, id: &str) {
    IN_FLIGHT.with(|f| f.borrow_mut().retain(|(k, x)| !(*k == kind && x == id)));
}

fn method(obj: &JsValue, name: &str) -> Result<Function, SdkFailure> {
    let f = Reflect::get(obj, &JsValue::from_str(name)).map_err(SdkFailure::Threw)?;
    f.dyn_into::<Function>().map_err(|_| SdkFailure::NotLoaded)
}

/// `IMP.init(impCode)` once per code, then `IMP.request_pay(request, callback)` exactly once;
/// the Promise resolves with what the callback receives.
pub fn request_pay_v1(req: Checked, imp_code: Option<&str>) -> Result<Promise, SdkFailure> {
    call_v1("request_pay", req, imp_code)
}

/// `IMP.init(impCode)` once per code, then `IMP.certification(request, callback)` (identity
/// verification) exactly once; the Promise resolves with what the callback receives.
pub fn certification_v1(req: Checked, imp_code: Option<&str>) -> Result<Promise, SdkFailure> {
    call_v1("certification", req, imp_code)
}

/// `IMP.init(impCode)` once per code, then `IMP[name](request, callback)` exactly once.
fn call_v1(name: &str, req: Checked, imp_code: Option<&str>) -> Result<Promise, SdkFailure> {
    let imp = Reflect::get(&js_sys::global(), &JsValue::from_str("IMP")).map_err(SdkFailure::Threw)?;
    if !imp.is_object() {
        return Err(SdkFailure::NotLoaded);
    }
    let request_pay = method(&imp, name)?;
    if let Some(code) = imp_code {
        let done = INITED.with(|i| i.borrow().as_deref() == Some(code));
        if !done {
            let init = method(&imp, "init")?;
            init.call1(&imp, &JsValue::from_str(code)).map_err(SdkFailure::Threw)?;
            INITED.with(|i| *i.borrow_mut() = Some(code.to_string()));
        }
    }
    // the callback is a JavaScript function (js/sdk.js): a second call is ignored, and an SDK
    // that throws after calling back resolves with that answer
    call_with_callback(&request_pay, &imp, &req.0).map_err(SdkFailure::Threw)
}

/// Calls the v2 SDK method `name` (`requestPayment`, `requestIssueBillingKey`,
/// `requestIssueBillingKeyAndPay`, `requestIdentityVerification`) exactly once with the checked request, on `sdk` when the
/// caller gave one (what `import * as PortOne from "@portone/browser-sdk/v2"` gives), else on
/// `globalThis.PortOne`; neither being an object with that method is [`SdkFailure::NotLoaded`]. Returns what the SDK returned (its Promise; the
/// caller wraps it in JavaScript, where a throwing `then` cannot reach the module), whose
/// value — `undefined` after a redirect, a response with `code` on failure — is not touched.
pub fn request_v2(name: &'static str, req: Checked, sdk: Option<JsValue>) -> Result<JsValue, SdkFailure> {
    let (target, f) = v2_method(name, sdk)?;
    f.call1(&target, &req.0).map_err(SdkFailure::Threw)
}

/// Calls the v2 button method `name` (`loadPaymentUI`, `loadIssueBillingKeyUI`) exactly once
/// with the checked request and the caller's callbacks object, untouched (the SDK calls
/// `onPaymentSuccess` / `onPaymentFail` or `onIssueBillingKeySuccess` / `onIssueBillingKeyFail`
/// later, when the buyer used the button). The SDK is found as in [`request_v2`]; its return
/// value (`void` or a Promise of it) is returned as is, for the caller to wrap.
/// With `callbacks` `None` it calls an update method (`updateLoadPaymentUIRequest`,
/// `updateLoadIssueBillingKeyUIRequest`) with the checked request alone.
pub fn load_ui_v2(
    name: &'static str,
    req: Checked,
    callbacks: Option<&JsValue>,
    sdk: Option<JsValue>,
) -> Result<JsValue, SdkFailure> {
    let (target, f) = v2_method(name, sdk)?;
    match callbacks {
        Some(cb) => f.call2(&target, &req.0, cb),
        None => f.call1(&target, &req.0),
    }
    .map_err(SdkFailure::Threw)
}

/// `sdk` when given, else `globalThis.PortOne`, and its method `name`. A given `sdk` without
/// that method is [`SdkFailure::NoMethod`] (the caller passed the wrong object; the global is not
/// looked at).
fn v2_method(name: &'static str, sdk: Option<JsValue>) -> Result<(JsValue, Function), SdkFailure> {
    let given = sdk.is_some();
    let target = match sdk {
        Some(s) => s,
        None => Reflect::get(&js_sys::global(), &JsValue::from_str("PortOne")).map_err(SdkFailure::Threw)?,
    };
    let missing = || {
        if given {
            SdkFailure::NoMethod(name)
        } else {
            SdkFailure::NotLoaded
        }
    };
    if !target.is_object() {
        return Err(missing());
    }
    match method(&target, name) {
        Ok(f) => Ok((target, f)),
        Err(SdkFailure::NotLoaded) => Err(missing()),
        Err(e) => Err(e),
    }
}
