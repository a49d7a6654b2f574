//! portone-guard checks PortOne payment requests (v1 `IMP.request_pay`; v2
//! `PortOne.requestPayment`, `requestIssueBillingKey`, `requestIssueBillingKeyAndPay`) against the
//! rules of the chosen payment gateway before the SDK is called, and reports every problem with a
//! path, a stable code and a Korean/English message.
//!
//! Layout: [`core`] holds the common rules (PortOne's v1 parameter reference and v2 schema) and
//! knows nothing of JavaScript; [`engine`] evaluates every gateway's rules, which are data
//! (`gateways/<id>.toml`, compiled by `build.rs` into [`pg::data`]), and knows no gateway by name;
//! [`pg`] is the registry of the compiled gateways, which reach the core only through
//! `core::Options::gateways` (no import circle); [`i18n`] renders messages; `wasm` is the thin
//! `#[wasm_bindgen]` face and `sdk` the one module that touches the PortOne SDK globals (both
//! only on wasm32).

/// A [`core::issue::Bi`] from its Korean and English text: one string with both, so a note
/// costs one pointer in the tables, not two.
#[cfg(not(any(feature = "ko-only", feature = "en-only")))]
macro_rules! bi {
    ($ko:literal, $en:literal $(,)?) => {
        $crate::core::issue::Bi::joined(concat!($ko, "\u{1}", $en))
    };
}
/// A [`core::issue::Bi`] of the Korean text only (the `ko-only` build).
#[cfg(feature = "ko-only")]
macro_rules! bi {
    ($ko:literal, $en:literal $(,)?) => {
        $crate::core::issue::Bi::joined($ko)
    };
}
/// A [`core::issue::Bi`] of the English text only (the `en-only` build).
#[cfg(feature = "en-only")]
macro_rules! bi {
    ($ko:literal, $en:literal $(,)?) => {
        $crate::core::issue::Bi::joined($en)
    };
}
#[cfg(all(feature = "ko-only", feature = "en-only"))]
compile_error!("the ko-only and en-only features cannot be combined");

pub mod core;
pub mod engine;
pub mod i18n;
pub mod pg;

/// The wasm heap: talc, which grows the module's memory as needed. Safe to construct (the
/// crate checks at start that the target is single-threaded wasm).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
pub mod sdk;
#[cfg(target_arch = "wasm32")]
pub mod wasm;
