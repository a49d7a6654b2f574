//! The per-PG v2 rules that are data in [`V2Rules`]: the PG's methods, easy-pay providers,
//! currencies, window types, locales, text limits, required customer fields, installment
//! options, conditional requireds and ignored fields. What the data cannot say is in each PG's
//! `check` function under `src/pg/`.

use super::{Api, V2Ctx};
use crate::core::fields::max_len;
use crate::core::issue::{Bi, Code, Detail, Severity};
use crate::engine::model::{CustomerField, Env, TextLimit, V2Rules};

static NOT_OFFERED: Bi = bi!(
    "이 PG사는 이 SDK 함수(결제창)를 제공하지 않습니다.",
    "This PG does not offer this SDK function (window)."
);
static LOCALE_IGNORED: Bi = bi!(
    "지원하지 않는 언어는 무시되고 기본 언어로 표시됩니다.",
    "Other languages are ignored and the default is shown."
);
static FIXED_MONTH_ONLY: Bi = bi!(
    "이 PG사는 고정 할부(fixedMonth)만 지원합니다. 할부 개월 목록은 쓸 수 없습니다.",
    "This PG only supports a fixed installment (fixedMonth); a month list cannot be used."
);
static PRODUCT_TYPE_FOR_MOBILE: Bi = bi!(
    "이 PG사 가이드: 휴대폰 소액결제(MOBILE)에는 상품 유형(REAL/DIGITAL)이 필수입니다.",
    "This PG's guide: phone payments (MOBILE) need the product type (REAL or DIGITAL)."
);
static VA_EXPIRY: Bi = bi!(
    "이 PG사 가이드: 가상계좌 발급에는 입금 기한이 필수입니다.",
    "This PG's guide: virtual accounts need a deposit deadline."
);
static REDIRECT_REQUIRED: Bi = bi!(
    "이 PG사 가이드: 모바일 결제창은 리디렉션 방식이므로 필수입니다.",
    "This PG's guide: the mobile window redirects, so it is required."
);
static IGNORED: Bi = bi!(
    "이 PG사 가이드: 이 파라미터는 지원하지 않으며 설정해도 결제에 영향이 없습니다.",
    "This PG's guide: this parameter is not supported and has no effect."
);

/// Applies the data rules of `ctx.rules`.
pub(super) fn apply(ctx: &mut V2Ctx) {
    let rules: &'static V2Rules = ctx.rules;
    methods(ctx, rules);
    if let Some(list) = rules.currencies {
        if let Some(c) = ctx.currency {
            allowed(ctx, "currency", c, list, Severity::Error);
        }
    }
    if let Some(wt) = rules.window_types {
        for (key, list) in [("pc", wt.pc), ("mobile", wt.mobile)] {
            let path = if key == "pc" {
                "windowType.pc"
            } else {
                "windowType.mobile"
            };
            if let Some(v) = ctx.str_at(path).map(str::to_string) {
                allowed(ctx, path, &v, list, Severity::Error);
            }
        }
    }
    if let Some(list) = rules.locales {
        if ctx.str_at("locale").is_some_and(|l| !list.contains(&l)) {
            ctx.r.push(
                "locale",
                Code::Unsupported,
                Severity::Warning,
                Detail::NotForPg {
                    pg: &ctx.gw.name,
                    allowed: list,
                },
                Some(&LOCALE_IGNORED),
            );
        }
    }
    let name_key = if ctx.api.issues_billing_key() {
        "issueName"
    } else {
        "orderName"
    };
    if let Some(limit) = rules.order_name {
        text_limit(ctx, name_key, limit);
    }
    if let Some(limit) = rules.full_name {
        text_limit(ctx, "customer.fullName", limit);
    }
    customer(ctx, rules);
    if !rules.month_list {
        for path in [
            "card.installment.monthOption.availableMonthList",
            "easyPay.installment.monthOption.availableMonthList",
        ] {
            if ctx.has(path) && !ignored(rules, ctx.api, path) {
                ctx.unsupported(path, Severity::Error, &FIXED_MONTH_ONLY);
            }
        }
    }
    if ctx.api == Api::Payment {
        if rules.mobile_needs_product_type && ctx.method == Some("MOBILE") && !ctx.has("productType") {
            ctx.require("productType", Severity::Error, &PRODUCT_TYPE_FOR_MOBILE);
        }
        if rules.va_needs_expiry && ctx.method == Some("VIRTUAL_ACCOUNT") && !ctx.has("virtualAccount.accountExpiry") {
            ctx.require("virtualAccount.accountExpiry", Severity::Error, &VA_EXPIRY);
        }
    }
    if rules.mobile_needs_redirect && !ctx.has("redirectUrl") {
        if let Some(sev) = ctx.env_severity(Env::Mobile) {
            ctx.require("redirectUrl", sev, &REDIRECT_REQUIRED);
        }
    }
    for ig in rules.ignored {
        if ig.apis.contains(&ctx.api) && ctx.has(ig.path) {
            ctx.ignored(ig.path, &IGNORED);
        }
    }
}

/// True when the guide says the field at `path` (or an object holding it) has no effect.
fn ignored(rules: &V2Rules, api: Api, path: &str) -> bool {
    rules.ignored.iter().any(|ig| {
        ig.apis.contains(&api)
            && path.starts_with(ig.path)
            && matches!(path.as_bytes().get(ig.path.len()), None | Some(b'.'))
    })
}

/// The method lists: the call itself may not be offered (`Some(&[])`), or the value may not be.
fn methods(ctx: &mut V2Ctx, rules: &'static V2Rules) {
    let list = match ctx.api {
        // the button calls exist for the PGs whose bypass block they take (PayPal)
        Api::LoadPaymentUI | Api::LoadIssueBillingKeyUI if rules.bypass.get(ctx.api).is_none() => Some(&[][..]),
        Api::Payment | Api::LoadPaymentUI => rules.pay_methods.filter(|l| !l.is_empty()),
        Api::IssueBillingKey | Api::LoadIssueBillingKeyUI => rules.billing_key_methods,
        Api::IssueBillingKeyAndPay => rules.billing_key_and_pay_methods,
    };
    let key = ctx.api.method_key();
    match list {
        Some([]) => ctx.unsupported("", Severity::Error, &NOT_OFFERED),
        Some(list) => {
            if let Some(m) = ctx.method {
                allowed(ctx, key, m, list, Severity::Error);
            }
        }
        None => {}
    }
    if let Some(list) = rules.easy_pay_providers {
        if ctx.method == Some("EASY_PAY") {
            if let Some(p) = ctx.str_at("easyPay.easyPayProvider").map(str::to_string) {
                allowed(ctx, "easyPay.easyPayProvider", &p, list, Severity::Error);
            }
        }
    }
}

/// `unsupported` (listing what the PG allows) when `v` is not in `list`.
fn allowed(ctx: &mut V2Ctx, path: &str, v: &str, list: &'static [&'static str], severity: Severity) {
    if !list.contains(&v) {
        ctx.r.push(
            path,
            Code::Unsupported,
            severity,
            Detail::NotForPg {
                pg: &ctx.gw.name,
                allowed: list,
            },
            None,
        );
    }
}

fn text_limit(ctx: &mut V2Ctx, path: &str, limit: TextLimit) {
    if let Some(s) = ctx.str_at(path).map(str::to_string) {
        max_len(&s, limit.max, limit.unit, path, limit.severity, ctx.r);
    }
}

/// Required customer fields: `Name` is `fullName` or `firstName` + `lastName`.
fn customer(ctx: &mut V2Ctx, rules: &'static V2Rules) {
    for rule in rules.customer {
        if !rule.apis.contains(&ctx.api) {
            continue;
        }
        let Some(severity) = ctx.env_severity(rule.env) else {
            continue;
        };
        let (present, path) = match rule.field {
            CustomerField::Name => (
                ctx.has("customer.fullName") || (ctx.has("customer.firstName") && ctx.has("customer.lastName")),
                "customer.fullName",
            ),
            CustomerField::PhoneNumber => (ctx.has("customer.phoneNumber"), "customer.phoneNumber"),
            CustomerField::Email => (ctx.has("customer.email"), "customer.email"),
            CustomerField::CustomerId => (ctx.has("customer.customerId"), "customer.customerId"),
        };
        if !present {
            ctx.require(path, severity, rule.note);
        }
    }
}
