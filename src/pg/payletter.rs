//! Payletter Global (페이레터 해외결제, `payletter_global`). Sources: PortOne's v1 guide
//! `src/routes/(root)/opi/ko/integration/pg/v1/payletter-global.mdx` (channelKey only — the
//! `pg` code is not documented, `payletter_global` is accepted; no `pay_method`, letters-and-digits
//! `merchant_uid`, `buyer_email` required, currencies per method, `bypass.payletter_global`
//! `pginfo` / `servicename`, a billing-key window that charges; `shared/reference/v1-pg-rules.md`
//! §35) and the v2 guide `src/routes/(root)/opi/ko/integration/pg/v2/payletter-global.mdx`
//! (same facts in v2 names, plus the Alipay+ methods) with the `PayletterGlobal*Bypass` types of
//! npm `@portone/browser-sdk@0.1.11`.

use super::{BypassBlock, BypassTables, CustomerField, CustomerRule, Env, Gateway, V1Rules, V2Rules};
use crate::core::fields::{check_keys, Key, Kind};
use crate::core::issue::{Bi, Code, Detail, Format, Report, Severity};
use crate::core::v1::V1Ctx;
use crate::core::v1_options::{billing_window, redirect_on_mobile, BillingRule, Charge};
use crate::core::v2::{Api, V2Ctx};
use crate::core::value::Value;

/// Payletter Global.
pub static GATEWAY: Gateway = Gateway {
    id: "payletter",
    name: bi!("페이레터 해외결제", "Payletter Global"),
    aliases: &["payletter", "payletter_global"],
    more_guides: &[],
    v1: Some(V1Rules {
        guide: "src/routes/(root)/opi/ko/integration/pg/v1/payletter-global.mdx",
        codes: &["payletter_global"],
        pay_methods: &[],
        extra_keys: &[],
        card_direct: false,
        card_quota: false,
        escrow: false,
        escrow_ignored: None,
        vbank_due: &[],
        languages: &[],
        bypass: &[BypassBlock::new("bypass", BYPASS_V1)],
        check: check_v1,
    }),
    v2: Some(V2),
};

/// Card methods (also the only ones for billing keys).
const CARDS: &[&str] = &["PLCreditCard", "PLCreditCardMpi", "PLUnionPay_HC"];
/// `pginfo` values of the v1 payment window.
const PGINFO_V1: &[&str] = &[
    "PLCreditCard",
    "PLCreditCardMpi",
    "PLUnionPay_HC",
    "WeChatPayQRCodePayment",
    "WeChatPayH5Payment",
    "ICBAlipay",
];
/// `pginfo` values of the v2 payment window.
const PGINFO_V2: &[&str] = &[
    "PLCreditCard",
    "PLCreditCardMpi",
    "PLUnionPay_HC",
    "WeChatPayQRCodePayment",
    "WeChatPayH5Payment",
    "ICBAlipay",
    "AlipayPlusAlipayHK",
    "AlipayPlusBPI",
    "AlipayPlusDana",
    "AlipayPlusGcash",
    "AlipayPlusRabbitLinePay",
    "AlipayPlusTNG",
    "AlipayPlusTrueMoney",
];

static BILLING: BillingRule = BillingRule {
    pay_methods: &[],
    pay_methods_note: &NO_PAY_METHOD,
    charge: Charge::WhenAmount,
    amount_note: &BILLING_CHARGES,
};

static NO_PAY_METHOD: Bi = bi!(
    "페이레터 가이드: pay_method는 지원하지 않으며 계약된 결제수단이 모두 표시됩니다. bypass.payletter_global.pginfo로 고르세요.",
    "Payletter guide: pay_method is not supported and every contracted method shows; pick one with bypass.payletter_global.pginfo."
);
static BILLING_CHARGES: Bi = bi!(
    "페이레터 가이드: 빌링키 발급과 함께 이 금액이 결제됩니다.",
    "Payletter guide: this amount is charged as the billing key is issued."
);
static ORDER_ID: Bi = bi!(
    "페이레터 가이드: 주문번호에는 영문과 숫자만 입력할 수 있습니다.",
    "Payletter guide: order ids take letters and digits only."
);
static EMAIL: Bi = bi!(
    "페이레터 가이드: 구매자 이메일은 필수입니다.",
    "Payletter guide: the buyer's e-mail is required."
);
static CURRENCY: Bi = bi!(
    "페이레터 가이드: 카드는 KRW·USD·JPY, Alipay는 USD·CNY, Alipay+는 USD, WeChatPay는 KRW·USD·CNY만 승인됩니다.",
    "Payletter guide: cards take KRW, USD, JPY; Alipay USD, CNY; Alipay+ USD; WeChatPay KRW, USD, CNY."
);
static SERVICENAME: Bi = bi!(
    "페이레터 가이드: WeChatPay, Alipay(Alipay+) 결제에는 servicename이 필수입니다.",
    "Payletter guide: WeChatPay and Alipay (Alipay+) need servicename."
);
static BILLING_CARDS: Bi = bi!(
    "페이레터 가이드: 빌링키 발급 및 결제는 PLCreditCard, PLCreditCardMpi, PLUnionPay_HC로만 가능합니다.",
    "Payletter guide: billing keys (with payment) work with PLCreditCard, PLCreditCardMpi and PLUnionPay_HC only."
);
static WECHAT_ENV: Bi = bi!(
    "페이레터 가이드: WeChatPayQRCodePayment는 PC 결제, WeChatPayH5Payment는 모바일 결제용입니다.",
    "Payletter guide: WeChatPayQRCodePayment is for PC, WeChatPayH5Payment for mobile."
);

static BYPASS_V1_INNER: &[Key] = &[Key::new("pginfo", Kind::Str), Key::new("servicename", Kind::Str)];
static BYPASS_V1: &[Key] = &[Key::new("payletter_global", Kind::Fields(BYPASS_V1_INNER))];

/// Currencies a `pginfo` method is approved in; all of them when no method is picked.
fn currencies_for(pginfo: Option<&str>) -> &'static [&'static str] {
    match pginfo {
        Some(p) if CARDS.contains(&p) => &["KRW", "USD", "JPY"],
        Some("ICBAlipay") => &["USD", "CNY"],
        Some(p) if p.starts_with("AlipayPlus") => &["USD"],
        Some(p) if p.starts_with("WeChatPay") => &["KRW", "USD", "CNY"],
        _ => &["KRW", "USD", "JPY", "CNY"],
    }
}

/// The rules v1 and v2 share, on the `pginfo` / `servicename` block at `at`.
#[allow(clippy::too_many_arguments)]
fn method_rules(
    r: &mut Report,
    at: &str,
    pginfo: Option<&str>,
    servicename: bool,
    allowed: &'static [&'static str],
    currency: Option<&str>,
    currency_path: &str,
    mobile: Option<bool>,
) {
    let pginfo_path = crate::core::issue::join(at, "pginfo");
    if let Some(p) = pginfo {
        crate::core::fields::one_of(
            p,
            allowed,
            &pginfo_path,
            Severity::Error,
            if allowed.len() == CARDS.len() {
                Some(&BILLING_CARDS)
            } else {
                None
            },
            r,
        );
        let wechat_or_alipay = p.starts_with("WeChatPay") || p == "ICBAlipay" || p.starts_with("AlipayPlus");
        if wechat_or_alipay && !servicename {
            r.required(crate::core::issue::join(at, "servicename"), Some(&SERVICENAME));
        }
        let wrong_env = matches!(
            (p, mobile),
            ("WeChatPayQRCodePayment", Some(true)) | ("WeChatPayH5Payment", Some(false))
        );
        if wrong_env {
            r.warn(pginfo_path, Code::Unsupported, Detail::Note, Some(&WECHAT_ENV));
        }
    }
    if let Some(c) = currency {
        if c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase()) {
            r.issues.retain(|i| {
                !(i.path == currency_path && i.code == Code::InvalidValue && i.severity == Severity::Warning)
            });
            crate::core::fields::one_of(
                c,
                currencies_for(pginfo),
                currency_path,
                Severity::Error,
                Some(&CURRENCY),
                r,
            );
        }
    }
}

fn alnum(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric())
}

fn check_v1(ctx: &mut V1Ctx) {
    if ctx.req.get("pay_method").is_some() {
        ctx.r
            .unsupported("pay_method", Severity::Warning, &GATEWAY.name, &NO_PAY_METHOD);
    }
    billing_window(ctx, &BILLING);
    if ctx
        .req
        .get("merchant_uid")
        .and_then(Value::as_str)
        .is_some_and(|s| !alnum(s))
    {
        ctx.r.error(
            "merchant_uid",
            Code::InvalidFormat,
            Detail::Format(Format::Described),
            Some(&ORDER_ID),
        );
    }
    if ctx.req.get("buyer_email").is_none() {
        ctx.r.required("buyer_email", Some(&EMAIL));
    }
    let block = ctx
        .req
        .get("bypass")
        .and_then(Value::as_obj)
        .and_then(|b| b.get("payletter_global"))
        .and_then(Value::as_obj);
    let pginfo = block
        .and_then(|b| b.get("pginfo"))
        .and_then(Value::as_str)
        .map(str::to_string);
    let servicename = block.is_some_and(|b| b.get("servicename").is_some());
    let currency = ctx.req.get("currency").and_then(Value::as_str).map(str::to_string);
    let allowed = if ctx.billing() { CARDS } else { PGINFO_V1 };
    method_rules(
        ctx.r,
        "bypass.payletter_global",
        pginfo.as_deref(),
        servicename,
        allowed,
        currency.as_deref(),
        "currency",
        ctx.mobile,
    );
    if let Some(b) = ctx.req.get("bypass").and_then(Value::as_obj) {
        check_keys(b, "bypass", BYPASS_V1, ctx.mobile, ctx.r);
    }
    redirect_on_mobile(ctx);
}

const PAY_AND_BP: &[Api] = &[Api::Payment, Api::IssueBillingKeyAndPay];

/// Payletter's v2 rules as data.
pub const V2: V2Rules = V2Rules {
    guide: "src/routes/(root)/opi/ko/integration/pg/v2/payletter-global.mdx",
    bypass_key: Some("payletter_global"),
    bypass: BypassTables {
        payment: Some(BYPASS),
        billing: None,
        billing_and_pay: Some(BYPASS),
        load_payment_ui: None,
        load_issue_billing_key_ui: None,
    },
    pay_methods: Some(&[]),
    // "페이레터의 경우, billingKeyAndPayMethod 파라미터를 지원하고 있지 않아": not required
    billing_and_pay_takes_no_method: true,
    customer: &[CustomerRule {
        field: CustomerField::Email,
        apis: PAY_AND_BP,
        env: Env::Any,
        note: &EMAIL,
    }],
    check: check_v2,
    ..V2Rules::NONE
};

/// `bypass.payletter_global` (payment, billing key and pay).
static BYPASS: &[Key] = &[Key::new("pginfo", Kind::Str), Key::new("servicename", Kind::Str)];

/// Payletter rules the data cannot say.
fn check_v2(ctx: &mut V2Ctx) {
    if ctx.str_at("paymentId").is_some_and(|s| !alnum(s)) {
        ctx.r.error(
            "paymentId",
            Code::InvalidFormat,
            Detail::Format(Format::Described),
            Some(&ORDER_ID),
        );
    }
    let pginfo = ctx.str_at("bypass.payletter_global.pginfo").map(str::to_string);
    let servicename = ctx.has("bypass.payletter_global.servicename");
    let allowed = if ctx.api == Api::IssueBillingKeyAndPay {
        CARDS
    } else {
        PGINFO_V2
    };
    let currency = ctx.currency;
    method_rules(
        ctx.r,
        "bypass.payletter_global",
        pginfo.as_deref(),
        servicename,
        allowed,
        currency,
        "currency",
        ctx.mobile,
    );
}
