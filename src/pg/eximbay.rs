//! Eximbay (엑심베이). Sources: PortOne's v1 guide
//! `src/routes/(root)/opi/ko/integration/pg/v1/eximbay.mdx` (`eximbay`: its pay_method codes,
//! `buyer_name` / `buyer_tel` required, currencies with USD as the default, languages, the
//! `bypass.eximbay` keys, no recurring payments; `shared/reference/v1-pg-rules.md` §32), and the
//! v2 guide `src/routes/(root)/opi/ko/integration/pg/v2/eximbay-v2.mdx` (payMethod is omitted;
//! methods are chosen with `bypass.eximbay_v2.payment`; customer name and e-mail always
//! required; its locales; at most 3 surcharges) with the `EximbayV2*Bypass` types of npm
//! `@portone/browser-sdk@0.1.11`. In `requestIssueBillingKeyAndPay` the npm type spells the
//! addresses `shipTo` / `billTo` (all eight fields required) where the guide writes `ship_to` /
//! `bill_to`; the type is followed (`shared/reference/v2-pg-rules.md` §23.10). The guide's
//! "유의사항" add: `products` required except for overseas cards (a warning: the method is
//! picked in Eximbay's window), each product with `link`; the virtual account `P305` not yet
//! usable; `appScheme` and `settings.call_from_app: "Y"` together in apps; and
//! `settings.virtualaccount_expiry_date` as `yyyyMMddHH`. `billingKeyAndPayMethod`: the npm type
//! requires it (its only value is `MOBILE`), but Eximbay picks the methods from the MID ("payMethod를
//! 생략") and the guide's billing-and-pay example leaves it out, so it is not required here and
//! a warning when sent.
//!
//! The v1 domestic-window example sends `amount: 14.2` with `currency: "KRW"`; KRW amounts are
//! whole numbers, so that example keeps its common `invalid_type` error.

use super::{BypassBlock, BypassTables, CustomerField, CustomerRule, Env, Gateway, V1Rules, V2Rules};
use crate::core::fields::{check_keys, one_of, Key, Kind};
use crate::core::issue::{index, join, Bi, Code, Detail, Format, Severity};
use crate::core::text::{parse_date, DateFmt};
use crate::core::v1::V1Ctx;
use crate::core::v2::{Api, V2Ctx};
use crate::core::value::Value;

/// Eximbay.
pub static GATEWAY: Gateway = Gateway {
    id: "eximbay",
    name: bi!("엑심베이", "Eximbay"),
    aliases: &["eximbay", "eximbay_v2"],
    more_guides: &[],
    v1: Some(V1Rules {
        guide: "src/routes/(root)/opi/ko/integration/pg/v1/eximbay.mdx",
        codes: &["eximbay"],
        pay_methods: &["card", "alipay", "unionpay", "tenpay", "econtext", "wechat", "molpay"],
        extra_keys: &["popup"],
        card_direct: false,
        card_quota: false,
        escrow: false,
        escrow_ignored: None,
        vbank_due: &[],
        languages: &["ko", "en", "zh", "jp"],
        bypass: &[BypassBlock::new("bypass", BYPASS_V1)],
        check: check_v1,
    }),
    v2: Some(V2),
};

static REQUIRED: Bi = bi!(
    "엑심베이 가이드: buyer_name과 buyer_tel은 필수입니다.",
    "Eximbay guide: buyer_name and buyer_tel are required."
);
/// Currencies the v1 guide lists.
static CURRENCIES: &[&str] = &[
    "KRW", "USD", "EUR", "GBP", "JPY", "THB", "SGD", "RUB", "HKD", "CAD", "AUD",
];

static CURRENCY: Bi = bi!(
    "엑심베이 가이드: KRW, USD, EUR, GBP, JPY, THB, SGD, RUB, HKD, CAD, AUD만 지원합니다(기본값 USD).",
    "Eximbay guide: KRW, USD, EUR, GBP, JPY, THB, SGD, RUB, HKD, CAD, AUD only (USD by default)."
);
static CURRENCY_DEFAULT: Bi = bi!(
    "엑심베이 가이드: currency를 생략하면 USD로 결제됩니다(다른 PG사는 KRW). 의도한 통화를 지정하세요.",
    "Eximbay guide: without currency the payment is in USD (KRW elsewhere); set the currency you mean."
);
static NO_RECURRING: Bi = bi!(
    "엑심베이 가이드: 포트원은 엑심베이 정기결제(customer_uid)를 지원하지 않습니다.",
    "Eximbay guide: PortOne does not offer Eximbay recurring payments (customer_uid)."
);

/// `bypass` keys: everything lives under `bypass.eximbay`.
static BYPASS_V1: &[Key] = &[Key::new("eximbay", Kind::Fields(BYPASS_EXIMBAY))];

/// `bypass.eximbay` keys (all strings).
static BYPASS_EXIMBAY: &[Key] = &[
    Key::new("issuercountry", Kind::Str),
    Key::new("shipTo_city", Kind::Str),
    Key::new("shipTo_country", Kind::Str),
    Key::new("shipTo_firstName", Kind::Str),
    Key::new("shipTo_lastName", Kind::Str),
    Key::new("shipTo_phoneNumber", Kind::Str),
    Key::new("shipTo_state", Kind::Str),
    Key::new("shipTo_street1", Kind::Str),
    Key::new("shipTo_postalCode", Kind::Str),
    Key::new("billTo_city", Kind::Str),
    Key::new("billTo_country", Kind::Str),
    Key::new("billTo_firstName", Kind::Str),
    Key::new("billTo_lastName", Kind::Str),
    Key::new("billTo_phoneNumber", Kind::Str),
    Key::new("billTo_postalCode", Kind::Str),
    Key::new("billTo_state", Kind::Str),
    Key::new("billTo_street1", Kind::Str),
    Key::new("siteforeigncur", Kind::Str),
];

fn check_v1(ctx: &mut V1Ctx) {
    for key in ["buyer_name", "buyer_tel"] {
        if ctx.req.get(key).is_none() {
            ctx.r.required(key, Some(&REQUIRED));
        }
    }
    if ctx.req.get("currency").is_none() {
        // Without currency Eximbay charges USD, so a cent amount is not the common "whole KRW"
        // error.
        if matches!(ctx.req.get("amount"), Some(Value::Num(_))) {
            ctx.r
                .issues
                .retain(|i| !(i.path == "amount" && i.code == Code::InvalidType));
        }
        ctx.r
            .warn("currency", Code::Required, Detail::Required, Some(&CURRENCY_DEFAULT));
    } else if let Some(c) = ctx.req.get("currency").and_then(Value::as_str) {
        // This guide's list replaces the common one: drop the common "not a listed currency"
        // warning, then check against Eximbay's list.
        ctx.r
            .issues
            .retain(|i| !(i.path == "currency" && i.code == Code::InvalidValue && i.severity == Severity::Warning));
        if c.len() == 3 && !ctx.r.has("currency", Code::InvalidFormat) {
            one_of(c, CURRENCIES, "currency", Severity::Error, Some(&CURRENCY), ctx.r);
        }
    }
    if ctx.billing() {
        ctx.r
            .unsupported("customer_uid", Severity::Error, &GATEWAY.name, &NO_RECURRING);
    }
    if let Some(b) = ctx.req.get("bypass").and_then(Value::as_obj) {
        check_keys(b, "bypass", BYPASS_V1, ctx.mobile, ctx.r);
    }
}

const PAY_AND_BP: &[Api] = &[Api::Payment, Api::IssueBillingKeyAndPay];

static V2_CUSTOMER: Bi = bi!(
    "엑심베이 가이드: 구매자 이름(fullName 또는 firstName+lastName)과 customer.email은 항상 필수입니다.",
    "Eximbay guide: the buyer's name (fullName, or firstName + lastName) and customer.email are always required."
);
static SURCHARGE_MAX: Bi = bi!(
    "엑심베이 가이드: surcharge는 최대 3개까지 보낼 수 있습니다.",
    "Eximbay guide: at most 3 surcharge items."
);

/// Eximbay's v2 rules as data.
pub const V2: V2Rules = V2Rules {
    guide: "src/routes/(root)/opi/ko/integration/pg/v2/eximbay-v2.mdx",
    bypass_key: Some("eximbay_v2"),
    bypass: BypassTables {
        payment: Some(BYPASS),
        billing: None,
        billing_and_pay: Some(BYPASS_BILLING_AND_PAY),
        load_payment_ui: None,
        load_issue_billing_key_ui: None,
    },
    pay_methods: Some(&[]),
    billing_and_pay_takes_no_method: true,
    locales: Some(&["KO_KR", "EN_US", "JA_JP", "ZH_CN", "ZH_TW", "TH_TH", "VI_VN"]),
    customer: &[
        CustomerRule {
            field: CustomerField::Name,
            apis: PAY_AND_BP,
            env: Env::Any,
            note: &V2_CUSTOMER,
        },
        CustomerRule {
            field: CustomerField::Email,
            apis: PAY_AND_BP,
            env: Env::Any,
            note: &V2_CUSTOMER,
        },
    ],
    check: check_v2,
    ..V2Rules::NONE
};

static PAYMENT: &[Key] = &[
    Key::new("payment_method", Kind::Str),
    Key::new("multi_payment_method", Kind::ListOf(&Kind::Str)),
];
static MERCHANT: &[Key] = &[Key::new("shop", Kind::Str), Key::new("partner_code", Kind::Str)];
static TAX: &[Key] = &[Key::new("receipt_status", Kind::Enum(&["Y", "N"]))];
static SURCHARGE: &[Key] = &[
    Key::new("name", Kind::Str),
    Key::new("quantity", Kind::Str),
    Key::new("unit_price", Kind::Str),
];
static ADDRESS: &[Key] = &[
    Key::new("city", Kind::Str),
    Key::new("country", Kind::Str),
    Key::new("first_name", Kind::Str),
    Key::new("last_name", Kind::Str),
    Key::new("phone_number", Kind::Str),
    Key::new("postal_code", Kind::Str),
    Key::new("state", Kind::Str),
    Key::new("street1", Kind::Str),
];
static ISPP: &[Key] = &[
    Key::new("sender_account_id", Kind::Str),
    Key::new("sender_first_name", Kind::Str),
    Key::new("sender_last_name", Kind::Str),
    Key::new("sender_email", Kind::Str),
    Key::new("sender_phone", Kind::Str),
    Key::new("sender_country_code", Kind::Str),
    Key::new("sender_create_date", Kind::Str),
];
static PAYPAL: &[Key] = &[Key::new("ispp", Kind::Fields(ISPP))];
static SETTINGS: &[Key] = &[
    Key::new("call_from_app", Kind::Enum(&["Y", "N"])),
    Key::new("issuer_country", Kind::Str),
    Key::new("virtualaccount_expiry_date", Kind::Str),
];

/// `bypass.eximbay_v2` (payment).
static BYPASS: &[Key] = &[
    Key::new("payment", Kind::Fields(PAYMENT)),
    Key::new("merchant", Kind::Fields(MERCHANT)),
    Key::new("tax", Kind::Fields(TAX)),
    Key::new("surcharge", Kind::ListOf(&Kind::Fields(SURCHARGE))),
    Key::new("ship_to", Kind::Fields(ADDRESS)),
    Key::new("bill_to", Kind::Fields(ADDRESS)),
    Key::new("paypal", Kind::Fields(PAYPAL)),
    Key::new("settings", Kind::Fields(SETTINGS)),
];

static MERCHANT_BP: &[Key] = &[Key::req("shop", Kind::Str)];
static SURCHARGE_BP: &[Key] = &[
    Key::req("name", Kind::Str),
    Key::req("quantity", Kind::Str),
    Key::req("unit_price", Kind::Str),
];
static ADDRESS_BP: &[Key] = &[
    Key::req("city", Kind::Str),
    Key::req("country", Kind::Str),
    Key::req("first_name", Kind::Str),
    Key::req("last_name", Kind::Str),
    Key::req("phone_number", Kind::Str),
    Key::req("postal_code", Kind::Str),
    Key::req("state", Kind::Str),
    Key::req("street1", Kind::Str),
];

/// `bypass.eximbay_v2` (billing key and pay).
static BYPASS_BILLING_AND_PAY: &[Key] = &[
    Key::new("payment", Kind::Fields(PAYMENT)),
    Key::new("merchant", Kind::Fields(MERCHANT_BP)),
    Key::new("surcharge", Kind::ListOf(&Kind::Fields(SURCHARGE_BP))),
    Key::new("shipTo", Kind::Fields(ADDRESS_BP)),
    Key::new("billTo", Kind::Fields(ADDRESS_BP)),
];

static PRODUCTS: Bi = bi!(
    "엑심베이 가이드: 해외카드 결제를 제외하고 products가 필수입니다(해외카드도 위험 거래 관리에 요구될 수 있습니다).",
    "Eximbay guide: products are required except for overseas cards (which may need them too for risk checks)."
);
static PRODUCT_LINK: Bi = bi!(
    "엑심베이 가이드: products 입력 시 상품 판매 URL(link)이 필수입니다.",
    "Eximbay guide: each product needs link, the product's page URL."
);
static P305: Bi = bi!(
    "엑심베이 가이드: 가상계좌(P305)는 호환성 이슈로 아직 사용할 수 없습니다(추후 지원 예정).",
    "Eximbay guide: the virtual account (P305) cannot be used yet (compatibility issue; support planned)."
);
static IN_APP: Bi = bi!(
    "엑심베이 가이드: 모바일 앱 내 결제는 appScheme과 bypass.eximbay_v2.settings.call_from_app: \"Y\"를 함께 설정해야 합니다.",
    "Eximbay guide: in-app payments set both appScheme and bypass.eximbay_v2.settings.call_from_app: \"Y\"."
);
static VA_EXPIRY_DATE: Bi = bi!(
    "엑심베이 가이드: yyyyMMddHH 형식(예: 2026013118)이어야 합니다.",
    "Eximbay guide: it must be yyyyMMddHH (e.g. 2026013118)."
);

/// Eximbay rules the data cannot say: at most 3 surcharges, products and their links, the
/// unusable `P305`, the in-app pair, the virtual-account expiry layout.
fn check_v2(ctx: &mut V2Ctx) {
    match ctx.get("products") {
        None => ctx
            .r
            .warn("products", Code::Required, Detail::Required, Some(&PRODUCTS)),
        Some(Value::Arr(items)) => {
            let missing: Vec<usize> = items
                .iter()
                .enumerate()
                .filter(|(_, p)| p.as_obj().is_some_and(|o| o.get("link").is_none()))
                .map(|(i, _)| i)
                .collect();
            for i in missing {
                ctx.require(&join(&index("products", i), "link"), Severity::Error, &PRODUCT_LINK);
            }
        }
        Some(_) => {}
    }
    let single = ctx.str_at("bypass.eximbay_v2.payment.payment_method") == Some("P305");
    if single {
        ctx.unsupported("bypass.eximbay_v2.payment.payment_method", Severity::Error, &P305);
    }
    if let Some(Value::Arr(list)) = ctx.get("bypass.eximbay_v2.payment.multi_payment_method") {
        if let Some(i) = list.iter().position(|v| v.as_str() == Some("P305")) {
            let path = index("bypass.eximbay_v2.payment.multi_payment_method", i);
            ctx.unsupported(&path, Severity::Error, &P305);
        }
    }
    let call_from_app = ctx.str_at("bypass.eximbay_v2.settings.call_from_app") == Some("Y");
    match (ctx.has("appScheme"), call_from_app) {
        (true, false) => ctx.require("bypass.eximbay_v2.settings.call_from_app", Severity::Error, &IN_APP),
        (false, true) => ctx.require("appScheme", Severity::Error, &IN_APP),
        _ => {}
    }
    if let Some(d) = ctx.str_at("bypass.eximbay_v2.settings.virtualaccount_expiry_date") {
        let ok = d.len() == 10 && parse_date(&[d, "00"].concat(), &[DateFmt::YmdHm]).is_some();
        if !ok {
            ctx.r.error(
                "bypass.eximbay_v2.settings.virtualaccount_expiry_date",
                Code::InvalidFormat,
                Detail::Format(Format::Described),
                Some(&VA_EXPIRY_DATE),
            );
        }
    }
    ctx.at_most_items("bypass.eximbay_v2.surcharge", 3, &SURCHARGE_MAX);
}
