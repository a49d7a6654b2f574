//! PayPal (페이팔). Sources: PortOne's v1 guides
//! `src/routes/(root)/opi/ko/integration/pg/v1/paypal.mdx` (`paypal`, Express Checkout, closed to
//! new sign-ups: `pay_method: "card"`, `currency` required and not KRW, `m_redirect_url` required
//! on PC and mobile, `optional.use_stc_api` / `optional.stc_data`, no recurring),
//! `.../pg/v1/spb/readme.mdx` + `spb/warning.mdx` (`paypal_v2` Smart Payment Buttons through
//! `IMP.loadUI("paypal-spb")`: `pay_method: "paypal"`, `products` must add up to `amount`,
//! `tax_free` must be 0, fields PayPal ignores) and `.../pg/v1/rt/readme.mdx` + `rt/warning.mdx`
//! (`paypal_v2` Reference Transactions, the billing key: `customer_uid`, amount stored as 0)
//! (`shared/reference/v1-pg-rules.md` §34); the v2 guide
//! `src/routes/(root)/opi/ko/integration/pg/v2/paypal-v2.mdx` with the `PaypalV2PaymentBypass`
//! type of npm `@portone/browser-sdk@0.1.11`: PayPal v2 pays only through `loadPaymentUI`
//! (`uiType: "PAYPAL_SPB"`) and issues billing keys only through `loadIssueBillingKeyUI`
//! (`uiType: "PAYPAL_RT"`), with the `LoadPaymentUIBypass` / `LoadIssueBillingKeyUIBypass`
//! blocks (`shared/reference/v2-pg-rules.md` §21): `requestPayment` and the other request calls
//! with a PayPal channel are errors naming the button call, `windowType` only `UI`, the method
//! only `PAYPAL`, `taxFreeAmount` 0, `products` adding up to `totalAmount`, the guide's ignored
//! fields, `style`, the funding lists and `purchase_units` of at most one.

use super::{BypassBlock, BypassTables, Gateway, Ignored, V1Rules, V2Rules, WindowTypes};
use crate::core::fields::{at_most_items, check_keys, want_bool, want_obj, Key, Kind, MAX_AMOUNT};
use crate::core::issue::{index, join, Bi, Code, Detail, Format, Severity};
use crate::core::v1::V1Ctx;
use crate::core::v1_options::{billing_window, joined, BillingRule, Charge, Opt, Style};
use crate::core::v2::enums::COUNTRY;
use crate::core::v2::{Api, V2Ctx};
use crate::core::value::Value;

/// PayPal.
pub static GATEWAY: Gateway = Gateway {
    id: "paypal",
    name: bi!("페이팔", "PayPal"),
    aliases: &["paypal", "paypal_v2"],
    more_guides: &[
        "src/routes/(root)/opi/ko/integration/pg/v1/paypal.mdx",
        "src/routes/(root)/opi/ko/integration/pg/v1/rt/readme.mdx",
        "src/routes/(root)/opi/ko/integration/pg/v1/rt/warning.mdx",
        "src/routes/(root)/opi/ko/integration/pg/v1/spb/warning.mdx",
    ],
    v1: Some(V1Rules {
        guide: "src/routes/(root)/opi/ko/integration/pg/v1/spb/readme.mdx",
        codes: &["paypal_v2", "paypal"],
        pay_methods: &["paypal", "card"],
        extra_keys: &[
            "products",
            "customer_id",
            "optional",
            "buyer_first_name",
            "buyer_last_name",
            "country",
        ],
        card_direct: false,
        card_quota: false,
        escrow: false,
        escrow_ignored: Some(&ESCROW_IGNORED),
        vbank_due: &[],
        languages: &[],
        bypass: &[BypassBlock::new("bypass", BYPASS_V1)],
        check: check_v1,
    }),
    v2: Some(V2),
};

static ESCROW_IGNORED: Bi = bi!(
    "페이팔 가이드: 페이팔은 에스크로 결제를 지원하지 않아 escrow 파라미터는 무시됩니다(에스크로 없이 결제됩니다).",
    "PayPal guide: PayPal has no escrow payments, so escrow is ignored (the payment goes through without escrow)."
);

static RT: BillingRule = BillingRule {
    pay_methods: &["paypal"],
    pay_methods_note: &SPB_METHOD,
    charge: Charge::Never,
    amount_note: &RT_AMOUNT,
};

static EC_CLOSED: Bi = bi!(
    "페이팔 가이드: Express Checkout(pg paypal)은 신규 가입·연동이 불가합니다. 일반결제는 SPB, 정기결제는 RT(paypal_v2)를 쓰세요.",
    "PayPal guide: Express Checkout (pg paypal) takes no new sign-ups; use SPB for payments and RT (paypal_v2) for recurring ones."
);
static EC_METHOD: Bi = bi!(
    "페이팔(Express Checkout) 가이드: pay_method는 card입니다.",
    "PayPal (Express Checkout) guide: pay_method is card."
);
static EC_CURRENCY: Bi = bi!(
    "페이팔 가이드: currency는 필수이며 원화(KRW)는 페이팔 정책상 지원하지 않습니다.",
    "PayPal guide: currency is required, and KRW is not supported by PayPal's policy."
);
static EC_REDIRECT: Bi = bi!(
    "페이팔(Express Checkout) 가이드: PC와 모바일 모두 결과가 m_redirect_url로 전달되므로 필수입니다.",
    "PayPal (Express Checkout) guide: results arrive at m_redirect_url on PC and mobile, so it is required."
);
static EC_NO_RECURRING: Bi = bi!(
    "페이팔 가이드: 정기결제(customer_uid)는 pg paypal_v2(RT)로만 가능합니다.",
    "PayPal guide: recurring payments (customer_uid) need pg paypal_v2 (RT)."
);
static SPB_METHOD: Bi = bi!(
    "페이팔 SPB/RT 가이드: pay_method는 paypal로 지정해야 합니다.",
    "PayPal SPB/RT guide: pay_method must be paypal."
);
static RT_AMOUNT: Bi = bi!(
    "페이팔 RT 가이드: 빌링키 발급 시 amount는 0으로 저장되며 결제되지 않습니다.",
    "PayPal RT guide: when issuing a billing key amount is stored as 0; nothing is charged."
);
static TAX_FREE_ZERO: Bi = bi!(
    "페이팔 가이드: 면세금액(tax_free)은 0이어야 합니다(그 외 값은 에러).",
    "PayPal guide: tax_free must be 0 (other values fail)."
);
static PRODUCTS_SUM: Bi = bi!(
    "페이팔 가이드: products 각 상품의 quantity × unitPrice 합계가 amount와 같아야 합니다. 다르면 결제창이 열리지 않습니다.",
    "PayPal guide: the products' quantity × unitPrice must add up to amount, or the window does not open."
);
static SPB_IGNORED: Bi = bi!(
    "페이팔 SPB/RT 가이드: 이 파라미터는 페이팔에서 쓰이지 않습니다.",
    "PayPal SPB/RT guide: PayPal does not use this parameter."
);
static PURCHASE_UNITS_ONE: Bi = bi!(
    "페이팔 가이드: purchase_units는 0개 또는 1개만 보낼 수 있습니다.",
    "PayPal guide: purchase_units holds 0 or 1 items."
);

/// Top-level keys the SPB and RT guides say PayPal ignores (beyond the ones the common rules
/// already flag for this gateway: popup, language, vbank_due, card options, period…).
static SPB_IGNORED_KEYS: &[&str] = &["m_redirect_url", "app_scheme", "buyer_addr"];

/// `products[]` items (SPB).
static PRODUCT: &[Key] = &[
    Key::new("id", Kind::Str),
    Key::new("name", Kind::Str),
    Key::new("code", Kind::Str),
    Key::req("unitPrice", Kind::Num),
    Key::req("quantity", Kind::Int(1, MAX_AMOUNT)),
    Key::new("tag", Kind::Str),
];

/// `optional` (Express Checkout STC).
static EC_OPTIONAL: &[Key] = &[Key::new("use_stc_api", Kind::Bool), Key::new("stc_data", Kind::Obj)];

static RT_SHIPPING: &[Key] = &[
    Key::new("recipient_name", Kind::Str),
    Key::req("line1", Kind::Text),
    Key::new("line2", Kind::Str),
    Key::req("city", Kind::Text),
    Key::new("state", Kind::Str),
    Key::new("postal_code", Kind::Str),
    Key::req("country_code", Kind::Coded(&COUNTRY)),
];

/// v1 `bypass.paypal_v2` (SPB and RT).
static BYPASS_V1_PAYPAL: &[Key] = &[
    Key::new("style", Kind::Obj),
    Key::new("enable-funding", Kind::Str),
    Key::new("disable-funding", Kind::Str),
    Key::new("purchase_units", Kind::ListOf(&Kind::Fields(PURCHASE_UNIT))),
    Key::new("payer", Kind::Fields(PAYER)),
    Key::new("payment_source", Kind::Fields(PAYMENT_SOURCE)),
    Key::new("additional_data", Kind::ListOf(&Kind::Fields(ADDITIONAL_DATA))),
    Key::new("shipping_address", Kind::Fields(RT_SHIPPING)),
];
static BYPASS_V1: &[Key] = &[
    Key::new("paypal_v2", Kind::Fields(BYPASS_V1_PAYPAL)),
    Key::new("isCulturalExpense", Kind::Any).with_note(&SPB_IGNORED),
    Key::new("cashReceiptType", Kind::Any).with_note(&SPB_IGNORED),
    Key::new("customerIdentifier", Kind::Any).with_note(&SPB_IGNORED),
    Key::new("useInternationalFreeFromMall", Kind::Any).with_note(&SPB_IGNORED),
];

fn check_v1(ctx: &mut V1Ctx) {
    if ctx.code == "paypal" {
        express_checkout(ctx);
    } else {
        spb_rt(ctx);
    }
}

/// `paypal`: Express Checkout (closed to new sign-ups).
fn express_checkout(ctx: &mut V1Ctx) {
    ctx.r.warn("pg", Code::Deprecated, Detail::Note, Some(&EC_CLOSED));
    if ctx.pay_method.as_deref().is_some_and(|m| m != "card") {
        ctx.r
            .unsupported("pay_method", Severity::Error, &GATEWAY.name, &EC_METHOD);
    }
    match ctx.req.get("currency") {
        None => ctx.r.required("currency", Some(&EC_CURRENCY)),
        Some(Value::Str(c)) if c == "KRW" => {
            ctx.r
                .unsupported("currency", Severity::Error, &GATEWAY.name, &EC_CURRENCY);
        }
        _ => {}
    }
    if ctx.req.get("m_redirect_url").is_none() {
        ctx.r.required("m_redirect_url", Some(&EC_REDIRECT));
    }
    if ctx.billing() {
        ctx.r
            .unsupported("customer_uid", Severity::Error, &GATEWAY.name, &EC_NO_RECURRING);
    }
    if let Some(o) = want_obj(ctx.req.get("optional"), "optional", ctx.r) {
        check_keys(o, "optional", EC_OPTIONAL, ctx.mobile, ctx.r);
    }
}

/// `paypal_v2`: Smart Payment Buttons, or Reference Transactions with `customer_uid`.
fn spb_rt(ctx: &mut V1Ctx) {
    match ctx.pay_method.as_deref() {
        Some("paypal") => {}
        Some("card") | None => ctx.r.push(
            "pay_method",
            if ctx.pay_method.is_some() {
                Code::Unsupported
            } else {
                Code::Required
            },
            Severity::Error,
            if ctx.pay_method.is_some() {
                Detail::Unsupported { pg: &GATEWAY.name }
            } else {
                Detail::Required
            },
            Some(&SPB_METHOD),
        ),
        Some(_) => {}
    }
    billing_window(ctx, &RT);
    if ctx.req.get("currency").is_none() && matches!(ctx.req.get("amount"), Some(Value::Num(_))) {
        // SPB defaults to USD: a cent amount is not the common whole-KRW error.
        ctx.r
            .issues
            .retain(|i| !(i.path == "amount" && i.code == Code::InvalidType));
    }
    if ctx
        .req
        .get("tax_free")
        .and_then(Value::as_num)
        .is_some_and(|n| n.v != 0.0)
    {
        ctx.r
            .error("tax_free", Code::InvalidValue, Detail::Note, Some(&TAX_FREE_ZERO));
    }
    for key in SPB_IGNORED_KEYS {
        if ctx.req.get(key).is_some() {
            ctx.r.unsupported(*key, Severity::Warning, &GATEWAY.name, &SPB_IGNORED);
        }
    }
    want_bool(ctx.req.get("digital"), "digital", ctx.r);
    products(ctx);
    if let Some(b) = ctx.req.get("bypass").and_then(Value::as_obj) {
        check_keys(b, "bypass", BYPASS_V1, ctx.mobile, ctx.r);
        for k in [
            "isCulturalExpense",
            "cashReceiptType",
            "customerIdentifier",
            "useInternationalFreeFromMall",
        ] {
            if b.get(k).is_some() {
                ctx.r
                    .unsupported(join("bypass", k), Severity::Warning, &GATEWAY.name, &SPB_IGNORED);
            }
        }
        if let Some(p) = b.get("paypal_v2").and_then(Value::as_obj) {
            at_most_items(
                p.get("purchase_units"),
                1,
                "bypass.paypal_v2.purchase_units",
                &PURCHASE_UNITS_ONE,
                ctx.r,
            );
        }
    }
}

/// `products`: item keys, and Σ quantity × unitPrice = amount.
fn products(ctx: &mut V1Ctx) {
    let Some(items) = crate::core::fields::want_arr(ctx.req.get("products"), "products", ctx.r) else {
        return;
    };
    let items = items.to_vec();
    let mut sum = 0.0;
    let mut complete = true;
    for (i, item) in items.iter().enumerate() {
        let p = index("products", i);
        let Some(o) = want_obj(Some(item), &p, ctx.r) else {
            complete = false;
            continue;
        };
        check_keys(o, &p, PRODUCT, ctx.mobile, ctx.r);
        let price = o.get("unitPrice").and_then(Value::as_num).map(|n| n.v);
        let qty = o.get("quantity").and_then(Value::as_num).map(|n| n.v);
        match (price, qty) {
            (Some(a), Some(q)) => sum += a * q,
            _ => complete = false,
        }
    }
    if complete && !items.is_empty() && !ctx.billing() {
        if let Some(a) = ctx.amount {
            if (sum - a).abs() > 1e-6 {
                ctx.r.error(
                    "products",
                    Code::Conflict,
                    Detail::Conflict { with: "amount" },
                    Some(&PRODUCTS_SUM),
                );
            }
        }
    }
}

const SPB: &[Api] = &[Api::LoadPaymentUI];
const RT_UI: &[Api] = &[Api::LoadIssueBillingKeyUI];
const BOTH: &[Api] = &[Api::LoadPaymentUI, Api::LoadIssueBillingKeyUI];

/// PayPal's v2 rules as data.
pub const V2: V2Rules = V2Rules {
    guide: "src/routes/(root)/opi/ko/integration/pg/v2/paypal-v2.mdx",
    bypass_key: Some("paypal_v2"),
    bypass: BypassTables {
        payment: Some(BYPASS),
        load_payment_ui: Some(BYPASS_SPB),
        load_issue_billing_key_ui: Some(BYPASS_RT),
        ..BypassTables::NONE
    },
    // the method lists stay unset: they describe the request* calls (`gateways()` reports them),
    // which PayPal does not take; `check_v2` holds the button calls to `PAYPAL`
    billing_key_and_pay_methods: Some(&[]),
    // "windowType 파라미터 지정 시 PC 및 모바일 환경 모두 UI로 지정"
    window_types: Some(WindowTypes {
        pc: &["UI"],
        mobile: &["UI"],
    }),
    // the guide's "미지원 파라미터" lists (fields of these calls that PayPal ignores)
    ignored: &[
        Ignored {
            path: "country",
            apis: SPB,
        },
        Ignored {
            path: "customer.address",
            apis: BOTH,
        },
        Ignored {
            path: "redirectUrl",
            apis: BOTH,
        },
        Ignored {
            path: "appScheme",
            apis: BOTH,
        },
        Ignored {
            path: "isEscrow",
            apis: SPB,
        },
        Ignored {
            path: "locale",
            apis: BOTH,
        },
        Ignored {
            path: "isCulturalExpense",
            apis: SPB,
        },
        Ignored {
            path: "offerPeriod",
            apis: SPB,
        },
        Ignored {
            path: "storeDetails",
            apis: SPB,
        },
        Ignored {
            path: "currency",
            apis: RT_UI,
        },
    ],
    check: check_v2,
    ..V2Rules::NONE
};

static USE_LOAD_PAYMENT_UI: Bi = bi!(
    "페이팔 V2 가이드: 페이팔 일반결제는 requestPayment가 아니라 loadPaymentUI(uiType PAYPAL_SPB)로 결제 버튼을 렌더링해야 합니다.",
    "PayPal v2 guide: PayPal payments go through loadPaymentUI (uiType PAYPAL_SPB), which renders PayPal's button, not requestPayment."
);
static USE_LOAD_BILLING_UI: Bi = bi!(
    "페이팔 V2 가이드: 페이팔 빌링키 발급은 requestIssueBillingKey가 아니라 loadIssueBillingKeyUI(uiType PAYPAL_RT)로 해야 합니다.",
    "PayPal v2 guide: PayPal billing keys are issued through loadIssueBillingKeyUI (uiType PAYPAL_RT), not requestIssueBillingKey."
);
static TAX_FREE_V2: Bi = bi!(
    "페이팔 V2 가이드: 페이팔은 면세를 지원하지 않아 taxFreeAmount는 0이어야 합니다(아니면 결제창이 호출되지 않습니다).",
    "PayPal v2 guide: PayPal has no tax-free amounts, so taxFreeAmount must be 0 (otherwise the window does not open)."
);
static PRODUCTS_TOTAL: Bi = bi!(
    "페이팔 V2 가이드: products 각 상품의 amount × quantity 합계가 totalAmount와 같아야 합니다. 다르면 결제창이 호출되지 않습니다.",
    "PayPal v2 guide: the products' amount × quantity must add up to totalAmount, or the window does not open."
);
static PHONE_E164: Bi = bi!(
    "페이팔 V2 가이드: 국가번호를 포함한 숫자만(E.164, 예: 821012345678) 입력해야 하며, 형식이 맞지 않으면 무시됩니다.",
    "PayPal v2 guide: digits only with the country code (E.164, e.g. 821012345678); other forms are ignored."
);
static TAGLINE_HORIZONTAL: Bi = bi!(
    "페이팔 V2 가이드: tagline은 style.layout이 horizontal일 때만 쓰입니다.",
    "PayPal v2 guide: tagline only applies with style.layout horizontal."
);
static PERIOD_INSTALLMENT: Bi = bi!(
    "페이팔 V2 가이드: period는 style.label이 installment일 때만 버튼에 표시됩니다.",
    "PayPal v2 guide: period only shows with style.label installment."
);
static HEIGHT: Bi = bi!(
    "페이팔 V2 가이드: 버튼 높이는 25~55 사이의 값만 지정할 수 있습니다.",
    "PayPal v2 guide: the button height must be between 25 and 55."
);

/// `bypass.paypal_v2.style` of both button calls (the guide's values; the SDK's schema adds the
/// labels `subscribe` and `donate`).
static STYLE: &[Key] = &[
    Key::new("layout", Kind::Enum(&["vertical", "horizontal"])),
    Key::new("color", Kind::Enum(&["gold", "blue", "silver", "white", "black"])),
    Key::new("height", Kind::Int(25, 55)).with_note(&HEIGHT),
    Key::new("shape", Kind::Enum(&["rect", "pill"])),
    Key::new(
        "label",
        Kind::Enum(&[
            "paypal",
            "checkout",
            "buynow",
            "pay",
            "installment",
            "subscribe",
            "donate",
        ]),
    ),
    Key::new("period", Kind::Str),
    Key::new("tagline", Kind::Bool),
];

/// `bypass.paypal_v2` of `loadPaymentUI` (`PaypalV2LoadPaymentUIBypass`). The funding keys are
/// spelled with hyphens, as PayPal's script parameters are.
static BYPASS_SPB: &[Key] = &[
    Key::new("style", Kind::Fields(STYLE)),
    Key::new("enable-funding", Kind::Str),
    Key::new("disable-funding", Kind::Str),
    Key::new("purchase_units", Kind::ListOf(&Kind::Fields(PURCHASE_UNIT))),
    Key::new("payer", Kind::Fields(PAYER)),
    Key::new("additional_data", Kind::ListOf(&Kind::Fields(ADDITIONAL_DATA))),
];

/// `bypass.paypal_v2` of `loadIssueBillingKeyUI` (`PaypalV2LoadIssueBillingKeyUIBypass`):
/// `shipping_address` needs `line1`, `city` and `country_code` ("전달하지 않을 경우 에러"). Its
/// `country_code` is the SDK's `PaypalV2Country`, which is `Country` plus the retired `AN`.
static BYPASS_RT: &[Key] = &[
    Key::new("style", Kind::Fields(STYLE)),
    Key::new("shipping_address", Kind::Fields(RT_SHIPPING)),
    Key::new("additional_data", Kind::ListOf(&Kind::Fields(ADDITIONAL_DATA))),
];

/// The funding codes of `enable-funding` / `disable-funding` (the guide's "사용 가능한 결제수단";
/// Venmo and Pay upon Invoice are not supported).
static FUNDING: &[Opt] = &[
    Opt::flag("card"),
    Opt::flag("credit"),
    Opt::flag("paylater"),
    Opt::flag("bancontact"),
    Opt::flag("blik"),
    Opt::flag("eps"),
    Opt::flag("giropay"),
    Opt::flag("ideal"),
    Opt::flag("mybank"),
    Opt::flag("sepa"),
    Opt::flag("p24"),
    Opt::flag("sofort"),
];

/// PayPal's v2 rules the data cannot say.
fn check_v2(ctx: &mut V2Ctx) {
    match ctx.api {
        Api::Payment => ctx.unsupported("", Severity::Error, &USE_LOAD_PAYMENT_UI),
        Api::IssueBillingKey => ctx.unsupported("", Severity::Error, &USE_LOAD_BILLING_UI),
        Api::IssueBillingKeyAndPay => {} // not offered (the data says so)
        Api::LoadPaymentUI => {
            only_paypal(ctx);
            spb_v2(ctx);
            button_bypass(ctx);
        }
        Api::LoadIssueBillingKeyUI => {
            only_paypal(ctx);
            button_bypass(ctx);
        }
    }
}

/// "결제 수단은 항상 paypal로 지정되며": cards and accounts are chosen inside PayPal's window,
/// so `payMethod` / `billingKeyMethod`, when sent, is `PAYPAL`.
fn only_paypal(ctx: &mut V2Ctx) {
    static ONLY: &[&str] = &["PAYPAL"];
    if ctx.method.is_some_and(|m| m != "PAYPAL") {
        ctx.r.push(
            ctx.api.method_key(),
            Code::Unsupported,
            Severity::Error,
            Detail::NotForPg {
                pg: &GATEWAY.name,
                allowed: ONLY,
            },
            None,
        );
    }
}

/// `loadPaymentUI`: `taxFreeAmount` 0, `products` adding up, the phone in E.164 digits.
fn spb_v2(ctx: &mut V2Ctx) {
    if ctx
        .get("taxFreeAmount")
        .and_then(Value::as_num)
        .is_some_and(|n| n.v != 0.0)
    {
        ctx.r
            .error("taxFreeAmount", Code::InvalidValue, Detail::Note, Some(&TAX_FREE_V2));
    }
    if let (Some(Value::Arr(items)), Some(total)) = (ctx.get("products"), ctx.amount) {
        let mut sum = 0.0;
        let mut complete = !items.is_empty();
        for item in items {
            let num = |k: &str| item.as_obj()?.get(k)?.as_num().map(|n| n.v);
            match (num("amount"), num("quantity")) {
                (Some(a), Some(q)) => sum += a * q,
                _ => complete = false,
            }
        }
        if complete && (sum - total as f64).abs() > 1e-6 {
            ctx.r.error(
                "products",
                Code::Conflict,
                Detail::Conflict { with: "totalAmount" },
                Some(&PRODUCTS_TOTAL),
            );
        }
    }
    if let Some(p) = ctx.str_at("customer.phoneNumber") {
        if !p.is_empty() && !p.bytes().all(|b| b.is_ascii_digit()) {
            ctx.r.warn(
                "customer.phoneNumber",
                Code::InvalidFormat,
                Detail::Format(Format::Described),
                Some(&PHONE_E164),
            );
        }
    }
    ctx.at_most_items("bypass.paypal_v2.purchase_units", 1, &PURCHASE_UNITS_ONE);
    for key in ["enable-funding", "disable-funding"] {
        let path = join("bypass.paypal_v2", key);
        if let Some(list) = ctx.str_at(&path).map(str::to_string) {
            joined(&list, ',', Style::KeyValue, FUNDING, &path, ctx.r);
        }
    }
}

/// `bypass.paypal_v2.style` of both button calls: `tagline` needs `layout: horizontal`,
/// `period` needs `label: installment`.
fn button_bypass(ctx: &mut V2Ctx) {
    if ctx.has("bypass.paypal_v2.style.tagline") && ctx.str_at("bypass.paypal_v2.style.layout") != Some("horizontal") {
        ctx.r.warn(
            "bypass.paypal_v2.style.tagline",
            Code::Conflict,
            Detail::Conflict {
                with: "bypass.paypal_v2.style.layout",
            },
            Some(&TAGLINE_HORIZONTAL),
        );
    }
    if ctx.has("bypass.paypal_v2.style.period") && ctx.str_at("bypass.paypal_v2.style.label") != Some("installment") {
        ctx.r.warn(
            "bypass.paypal_v2.style.period",
            Code::Conflict,
            Detail::Conflict {
                with: "bypass.paypal_v2.style.label",
            },
            Some(&PERIOD_INSTALLMENT),
        );
    }
}

static SHIPPING_NAME: &[Key] = &[Key::new("full_name", Kind::Str)];
static SHIPPING_ADDRESS: &[Key] = &[
    Key::req("address_line_1", Kind::Str),
    Key::new("address_line_2", Kind::Str),
    Key::new("admin_area_1", Kind::Str),
    Key::req("admin_area_2", Kind::Str),
    Key::new("postal_code", Kind::Str),
    Key::req("country_code", Kind::Coded(&COUNTRY)),
];
/// `purchase_units[].shipping`: the guide's examples also send `name.full_name` (the recipient).
static SHIPPING: &[Key] = &[
    Key::new("address", Kind::Fields(SHIPPING_ADDRESS)),
    Key::new("name", Kind::Fields(SHIPPING_NAME)),
];
static PURCHASE_UNIT: &[Key] = &[Key::new("shipping", Kind::Fields(SHIPPING))];
static TAX_INFO: &[Key] = &[Key::req("tax_id", Kind::Str), Key::req("tax_id_type", Kind::Str)];
static PAYER_ADDRESS: &[Key] = &[
    Key::new("address_line_1", Kind::Str),
    Key::new("address_line_2", Kind::Str),
    Key::new("admin_area_1", Kind::Str),
    Key::new("admin_area_2", Kind::Str),
    Key::new("postal_code", Kind::Str),
    Key::req("country_code", Kind::Coded(&COUNTRY)),
];
static PAYER: &[Key] = &[
    Key::new("tax_info", Kind::Fields(TAX_INFO)),
    Key::new("address", Kind::Fields(PAYER_ADDRESS)),
];
static EXPERIENCE: &[Key] = &[
    Key::new("brand_name", Kind::Str),
    Key::new(
        "shipping_preference",
        Kind::Enum(&["GET_FROM_FILE", "NO_SHIPPING", "SET_PROVIDED_ADDRESS"]),
    ),
    Key::new(
        "landing_page",
        Kind::Enum(&["LOGIN", "GUEST_CHECKOUT", "NO_PREFERENCE"]),
    ),
    Key::new(
        "payment_method_preference",
        Kind::Enum(&["UNRESTRICTED", "IMMEDIATE_PAYMENT_REQUIRED"]),
    ),
];
static SOURCE_PAYPAL: &[Key] = &[Key::new("experience_context", Kind::Fields(EXPERIENCE))];
static PAYMENT_SOURCE: &[Key] = &[Key::new("paypal", Kind::Fields(SOURCE_PAYPAL))];
static ADDITIONAL_DATA: &[Key] = &[Key::req("key", Kind::Str), Key::req("value", Kind::Str)];

/// `bypass.paypal_v2` (payment).
static BYPASS: &[Key] = &[
    Key::new("purchase_units", Kind::ListOf(&Kind::Fields(PURCHASE_UNIT))),
    Key::new("payer", Kind::Fields(PAYER)),
    Key::new("payment_source", Kind::Fields(PAYMENT_SOURCE)),
    Key::new("additional_data", Kind::ListOf(&Kind::Fields(ADDITIONAL_DATA))),
];
