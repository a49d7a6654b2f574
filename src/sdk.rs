//! The only module that touches PortOne's SDK globals (`window.IMP`). It receives requests that
//! already passed the checks (as a [`Checked`] value) and turns the SDK's callback into a Promise.

use js_sys::{Function, Promise, Reflect};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

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
    /// The SDK threw; the thrown value.
    Threw(JsValue),
}

thread_local! {
    static INITED: RefCell<Option<String>> = const { RefCell::new(None) };
}

fn method(obj: &JsValue, name: &str) -> Result<Function, SdkFailure> {
    let f = Reflect::get(obj, &JsValue::from_str(name)).map_err(SdkFailure::Threw)?;
    f.dyn_into::<Function>().map_err(|_| SdkFailure::NotLoaded)
}

/// `IMP.init(impCode)` once per code, then `IMP.request_pay(request, callback)` exactly once;
/// the Promise resolves with what the callback receives.
pub fn request_pay_v1(req: Checked, imp_code: Option<&str>) -> Result<Promise, SdkFailure> {
    let imp = Reflect::get(&js_sys::global(), &JsValue::from_str("IMP")).map_err(SdkFailure::Threw)?;
    if !imp.is_object() {
        return Err(SdkFailure::NotLoaded);
    }
    let request_pay = method(&imp, "request_pay")?;
    if let Some(code) = imp_code {
        let done = INITED.with(|i| i.borrow().as_deref() == Some(code));
        if !done {
            let init = method(&imp, "init")?;
            init.call1(&imp, &JsValue::from_str(code)).map_err(SdkFailure::Threw)?;
            INITED.with(|i| *i.borrow_mut() = Some(code.to_string()));
        }
    }
    let mut failure = None;
    let promise = Promise::new(&mut |resolve: Function, _reject: Function| {
        let callback = Closure::once_into_js(move |rsp: JsValue| {
            let _ = resolve.call1(&JsValue::UNDEFINED, &rsp);
        });
        if let Err(e) = request_pay.call2(&imp, &req.0, &callback) {
            failure = Some(e);
        }
    });
    match failure {
        Some(e) => Err(SdkFailure::Threw(e)),
        None => Ok(promise),
    }
}
