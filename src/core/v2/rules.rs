//! v2 rules across fields that hold for every PG: exactly one of `channelKey`/`channelGroupId`
//! (`ChannelKey` in the docs schema), the method and its sub-object (`payMethod: "CARD"` reads
//! `card`), amounts not above `totalAmount`, `customer.email` and the `firstName`/`lastName`
//! pair, `offerPeriod` and deadline layouts, and `redirectUrl` on mobile
//! (`opi/ko/integration/start/v2/checkout.mdx`). Sources per rule are in
//! `tests/fixtures/common_v2.json`.

use super::enums::{BILLING_KEY_AND_PAY_METHOD, BILLING_KEY_METHOD, CURRENCY, PAY_METHOD};
use super::{lookup, Api};
use crate::core::issue::{Bi, Code, Detail, Format, Report};
use crate::core::text::{is_email, parse_date, parse_rfc3339, rfc3339_seconds, DateFmt};
use crate::core::value::{Map, Value};
use crate::engine::model::V2Rules;

/// What the rules found, for the per-PG rules.
pub(super) struct Facts {
    /// The method, when valid.
    pub method: Option<&'static str>,
    /// The currency, when valid.
    pub currency: Option<&'static str>,
    /// `totalAmount` / `displayAmount`, when valid.
    pub amount: Option<i64>,
}

static BILLING_CHANNEL: Bi = bi!(
    "빌링키 발급 함수에는 channelGroupId가 없어 채널 키로 채널을 지정해야 합니다.",
    "The billing-key functions have no channelGroupId; name the channel with its key."
);
static UI_CHANNEL: Bi = bi!(
    "loadPaymentUI / loadIssueBillingKeyUI에는 channelGroupId가 없어 채널 키로 채널을 지정해야 합니다.",
    "loadPaymentUI / loadIssueBillingKeyUI have no channelGroupId; name the channel with its key."
);
static UI_BILLING_METHOD: Bi = bi!(
    "SDK 타입에서는 loadIssueBillingKeyUI에 필수입니다(페이팔 가이드 예제는 생략). PAYPAL로 지정하세요.",
    "The SDK's type requires it for loadIssueBillingKeyUI (the PayPal guide's example omits it); set PAYPAL."
);
static CHANNEL_ONE: Bi = bi!(
    "PortOne 스키마: 채널 키와 채널 그룹 ID 중 하나를 지정해야 합니다.",
    "PortOne's schema: set either the channel key or the channel group ID."
);
static METHOD_REQUIRED: Bi = bi!(
    "결제수단을 지정해야 결제창이 열립니다.",
    "The payment window needs the method."
);
static BILLING_METHOD_REQUIRED: Bi = bi!(
    "npm 타입에서는 선택이지만 PortOne 스키마와 모든 PG사 가이드에서 필수입니다.",
    "Optional in the npm types, but required by PortOne's schema and every PG guide."
);
static OTHER_METHOD: Bi = bi!(
    "지정한 결제수단과 다른 결제수단의 파라미터라 무시됩니다.",
    "These are parameters of another method than the one chosen; they are ignored."
);
static PG_TAKES_NO_METHOD: Bi = bi!(
    "이 PG사는 결제수단 파라미터를 쓰지 않습니다(bypass로 선택). 무시됩니다.",
    "This PG does not use the method parameter (it is chosen through bypass); it is ignored."
);
static NOT_ABOVE_TOTAL: Bi = bi!("totalAmount보다 클 수 없습니다.", "It cannot be more than totalAmount.");
static EMAIL: Bi = bi!(
    "PortOne 스키마: 올바른 형식의 이메일 주소여야 합니다.",
    "PortOne's schema: it must be a valid e-mail address."
);
static NAME_PAIR: Bi = bi!(
    "이름과 성은 함께 보내야 합니다(fullName이 없으면 `성 이름` 순서로 이어 씁니다).",
    "Send the given and family names together (without fullName the SDK writes the family name, a space, then the given name)."
);
static RANGE_EMPTY: Bi = bi!(
    "시작(from)과 끝(to) 중 하나 이상이 있어야 합니다.",
    "needs a start (from), an end (to), or both."
);
static RANGE_ORDER: Bi = bi!(
    "시작은 끝보다 이른 시각이어야 합니다(오프셋을 반영해 비교).",
    "The start must be earlier than the end (compared with their offsets applied)."
);
static CASH_RECEIPT_ID: Bi = bi!(
    "PortOne 스키마: cashReceiptType이 있고 ANONYMOUS가 아니면 현금영수증 발급 번호가 필수입니다.",
    "PortOne's schema: with a cashReceiptType other than ANONYMOUS, the cash-receipt number is required."
);
static INTERVAL: Bi = bi!(
    "`숫자` + `d`(일)/`m`(월)/`y`(년) 형식입니다(예: `1m`).",
    "A number followed by d (days), m (months) or y (years), e.g. `1m`."
);
static ISO_TIME: Bi = bi!(
    "ISO 8601 시각(예: 2026-01-31T00:00:00+09:00)이어야 합니다.",
    "It must be an ISO 8601 time such as 2026-01-31T00:00:00+09:00."
);
static DUE_DATE: Bi = bi!(
    "YYYYMMDD, YYYYMMDDHHmmss, YYYY-MM-DD, YYYY-MM-DD HH:mm:ss 또는 ISO 8601(예: 2026-01-31T00:00:00+09:00) 형식이어야 합니다.",
    "It must be YYYYMMDD, YYYYMMDDHHmmss, YYYY-MM-DD, YYYY-MM-DD HH:mm:ss or ISO 8601 (2026-01-31T00:00:00+09:00)."
);
static MOBILE_REDIRECT: Bi = bi!(
    "PortOne 가이드: 모바일에서는 대부분 리디렉션 방식이므로 꼭 지정해야 합니다. 없으면 모바일 결제창이 표시되지 않을 수 있습니다.",
    "PortOne's guide: mobile checkout mostly redirects, so set it; without it the mobile window may not show."
);

/// Layouts of `virtualAccount.accountExpiry.dueDate` besides ISO 8601 (v2-sdk.md §4.2).
static DUE_DATE_LAYOUTS: &[DateFmt] = &[DateFmt::Ymd, DateFmt::YmdHms, DateFmt::DashedYmd, DateFmt::DashedYmdHms];

/// The rules every request for `api` follows. `rules` are the PG's, when known.
pub(super) fn common(api: Api, req: &Map, rules: Option<&V2Rules>, mobile: Option<bool>, r: &mut Report) -> Facts {
    channel(api, req, r);
    let method = method(api, req, rules, r);
    let currency = req
        .get("currency")
        .and_then(Value::as_str)
        .and_then(|c| CURRENCY.short(c));
    let total_key = if api.issues_billing_key() {
        "displayAmount"
    } else {
        "totalAmount"
    };
    let amount = req
        .get(total_key)
        .and_then(Value::as_num)
        .and_then(|n| n.as_int())
        .filter(|a| *a >= 0);
    if let Some(total) = amount.filter(|_| !api.issues_billing_key()) {
        for key in ["taxFreeAmount", "vatAmount"] {
            let v = req.get(key).and_then(Value::as_num).and_then(|n| n.as_int());
            if v.is_some_and(|v| v > total) {
                r.error(key, Code::OutOfRange, Detail::Note, Some(&NOT_ABOVE_TOTAL));
            }
        }
    }
    customer(req, r);
    offer_period(req, r);
    deadlines(req, r);
    let pg_requires = rules.is_some_and(|g| g.mobile_needs_redirect);
    // the button calls open a popup on PC and mobile alike (paypal-v2.mdx: redirectUrl is ignored)
    if mobile == Some(true) && req.get("redirectUrl").is_none() && !pg_requires && !api.is_ui() {
        r.warn("redirectUrl", Code::Required, Detail::Required, Some(&MOBILE_REDIRECT));
    }
    Facts {
        method,
        currency,
        amount,
    }
}

/// `payMethod`: exactly one of `channelKey`/`channelGroupId`; the billing calls: `channelKey`.
fn channel(api: Api, req: &Map, r: &mut Report) {
    let key = req.get("channelKey").is_some();
    if api != Api::Payment {
        if !key {
            let note = if api.is_ui() { &UI_CHANNEL } else { &BILLING_CHANNEL };
            r.required("channelKey", Some(note));
        }
        return;
    }
    let group = req.get("channelGroupId").is_some();
    let detail = || Detail::ExactlyOne {
        keys: vec!["channelKey", "channelGroupId"],
    };
    match (key, group) {
        (false, false) => r.error("channelKey", Code::Required, detail(), Some(&CHANNEL_ONE)),
        (true, true) => r.error("channelGroupId", Code::Conflict, detail(), Some(&CHANNEL_ONE)),
        _ => {}
    }
}

/// The method is required (unless the PG takes none) and picks the sub-object: a sub-object
/// of another method is a warning.
fn method(api: Api, req: &Map, rules: Option<&V2Rules>, r: &mut Report) -> Option<&'static str> {
    let key = api.method_key();
    let coded = match api {
        Api::Payment | Api::LoadPaymentUI => &PAY_METHOD,
        Api::IssueBillingKey | Api::LoadIssueBillingKeyUI => &BILLING_KEY_METHOD,
        Api::IssueBillingKeyAndPay => &BILLING_KEY_AND_PAY_METHOD,
    };
    let raw = req.get(key);
    let method = raw.and_then(Value::as_str).and_then(|s| coded.short(s));
    let takes_none = match api {
        Api::Payment => rules.and_then(|g| g.pay_methods).is_some_and(|l| l.is_empty()),
        Api::IssueBillingKeyAndPay => rules.is_some_and(|g| g.billing_and_pay_takes_no_method),
        _ => false,
    };
    if takes_none && raw.is_none() {
        // the schema table's `required` does not hold for this PG
        r.issues.retain(|i| !(i.path == key && i.code == Code::Required));
    }
    match (raw, api) {
        (None, _) if takes_none => {}
        (None, Api::Payment) => r.required(key, Some(&METHOD_REQUIRED)),
        (None, Api::IssueBillingKey) => r.required(key, Some(&BILLING_METHOD_REQUIRED)),
        // paypal-v2.mdx: the method may be omitted (its RT example does); the SDK's type wants it
        (None, Api::LoadIssueBillingKeyUI) => r.warn(key, Code::Required, Detail::Required, Some(&UI_BILLING_METHOD)),
        (Some(_), _) if takes_none => {
            r.warn(key, Code::Unsupported, Detail::Note, Some(&PG_TAKES_NO_METHOD));
        }
        _ => {} // billingKeyAndPayMethod's `required` comes from its table
    }
    if let Some(m) = method {
        for (value, field) in api.method_fields() {
            if *value != m && req.get(field).is_some() {
                r.warn(
                    *field,
                    Code::Conflict,
                    Detail::Conflict { with: key },
                    Some(&OTHER_METHOD),
                );
            }
        }
    }
    method
}

/// `customer.email` is an e-mail address; `firstName` and `lastName` come together.
fn customer(req: &Map, r: &mut Report) {
    let Some(c) = req.get("customer").and_then(Value::as_obj) else {
        return;
    };
    if let Some(e) = c.get("email").and_then(Value::as_str) {
        if !is_email(e) {
            r.error(
                "customer.email",
                Code::InvalidFormat,
                Detail::Format(Format::Described),
                Some(&EMAIL),
            );
        }
    }
    match (c.get("firstName").is_some(), c.get("lastName").is_some()) {
        (true, false) => r.required("customer.lastName", Some(&NAME_PAIR)),
        (false, true) => r.required("customer.firstName", Some(&NAME_PAIR)),
        _ => {}
    }
}

/// `offerPeriod.range` needs `from` or `to` (ISO 8601 times); `interval` is `{n}d|m|y`.
fn offer_period(req: &Map, r: &mut Report) {
    let Some(op) = req.get("offerPeriod").and_then(Value::as_obj) else {
        return;
    };
    if let Some(range) = op.get("range").and_then(Value::as_obj) {
        if range.get("from").is_none() && range.get("to").is_none() {
            r.error("offerPeriod.range", Code::Required, Detail::Note, Some(&RANGE_EMPTY));
        }
        let instant = |k: &str| range.get(k).and_then(Value::as_str).and_then(rfc3339_seconds);
        if let (Some(from), Some(to)) = (instant("from"), instant("to")) {
            if from >= to {
                r.error(
                    "offerPeriod.range.from",
                    Code::Conflict,
                    Detail::Conflict {
                        with: "offerPeriod.range.to",
                    },
                    Some(&RANGE_ORDER),
                );
            }
        }
        for k in ["from", "to"] {
            if let Some(s) = range.get(k).and_then(Value::as_str) {
                if !s.trim().is_empty() && parse_rfc3339(s).is_none() {
                    let path = if k == "from" {
                        "offerPeriod.range.from"
                    } else {
                        "offerPeriod.range.to"
                    };
                    r.error(
                        path,
                        Code::InvalidFormat,
                        Detail::Format(Format::Described),
                        Some(&ISO_TIME),
                    );
                }
            }
        }
    }
    if let Some(s) = op.get("interval").and_then(Value::as_str) {
        let b = s.as_bytes();
        let ok = b.len() >= 2
            && b[..b.len() - 1].iter().all(u8::is_ascii_digit)
            && matches!(b[b.len() - 1], b'd' | b'm' | b'y')
            && b[0] != b'0';
        if !ok && !s.is_empty() {
            r.error(
                "offerPeriod.interval",
                Code::InvalidFormat,
                Detail::Format(Format::Described),
                Some(&INTERVAL),
            );
        }
    }
}

/// `easyPay.customerIdentifier` (the cash-receipt number) is required when `easyPay.cashReceiptType`
/// is there and not `ANONYMOUS` (the schema's `EasyPay`; for transfer and virtual account the
/// schema says it only for Smartro, whose file checks it). Run after the PG's rules: when they
/// reported either field (a PG that ignores the type, or has its own rule), this stays quiet.
pub(super) fn cash_receipt(req: &Map, r: &mut Report) {
    let Some(m) = req.get("easyPay").and_then(Value::as_obj) else {
        return;
    };
    if r.issues
        .iter()
        .any(|i| i.path == "easyPay.cashReceiptType" || i.path == "easyPay.customerIdentifier")
    {
        return;
    }
    let typed = matches!(m.get("cashReceiptType"), Some(Value::Str(t)) if t != "ANONYMOUS");
    if typed && m.get("customerIdentifier").is_none() {
        r.required("easyPay.customerIdentifier", Some(&CASH_RECEIPT_ID));
    }
}

/// `virtualAccount.accountExpiry.dueDate` in a listed layout or ISO 8601;
/// `convenienceStore.paymentDeadline.dueDate` in ISO 8601 (RFC 3339).
fn deadlines(req: &Map, r: &mut Report) {
    if let Some(s) = lookup(req, "virtualAccount.accountExpiry.dueDate").and_then(Value::as_str) {
        if !s.is_empty() && parse_date(s, DUE_DATE_LAYOUTS).is_none() && parse_rfc3339(s).is_none() {
            r.error(
                "virtualAccount.accountExpiry.dueDate",
                Code::InvalidFormat,
                Detail::Format(Format::Described),
                Some(&DUE_DATE),
            );
        }
    }
    if let Some(s) = lookup(req, "convenienceStore.paymentDeadline.dueDate").and_then(Value::as_str) {
        if !s.is_empty() && parse_rfc3339(s).is_none() {
            r.error(
                "convenienceStore.paymentDeadline.dueDate",
                Code::InvalidFormat,
                Detail::Format(Format::Described),
                Some(&ISO_TIME),
            );
        }
    }
}
