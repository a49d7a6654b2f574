//! Naver Pay (네이버페이, payment type). Sources: PortOne's v1 guide
//! `src/routes/(root)/opi/ko/integration/pg/v1/naver.mdx` (`naverpay`: `naverProducts`, the other
//! `naver*` keys, the billing-key window; the 10 KRW floor from release note
//! `release-notes/(note)/api-sdk/2024-01-25.mdx`, `shared/reference/v1-pg-rules.md` §25), and
//! the v2 guide `src/routes/(root)/opi/ko/integration/pg/v2/naverpay.mdx` (bypass.naverpay) with
//! the `NaverpayPaymentBypass` / `NaverpayIssueBillingKeyBypass` types of npm
//! `@portone/browser-sdk@0.1.11`, which make `productItems` required.
//!
//! `naverUseCfm` must be today or later; this module has no clock, so only its layout is checked.

use super::{BypassTables, Gateway, Ignored, TextLimit, V1Rules, V2Rules, WindowTypes};
use crate::core::fields::{check_keys, want_arr, want_bool, want_str, Key, Kind, MAX_AMOUNT};
use crate::core::issue::{index, join, Bi, Code, Detail, Format, Severity};
use crate::core::text::{parse_date, DateFmt, Unit};
use crate::core::v1::V1Ctx;
use crate::core::v1_options::{billing_window, redirect_on_mobile, BillingRule, Charge};
use crate::core::v2::{Api, V2Ctx};
use crate::core::value::Value;

/// Naver Pay.
pub static GATEWAY: Gateway = Gateway {
    id: "naverpay",
    name: bi!("네이버페이", "Naver Pay"),
    aliases: &["naverpay"],
    more_guides: &[],
    v1: Some(V1Rules {
        guide: "src/routes/(root)/opi/ko/integration/pg/v1/naver.mdx",
        codes: &["naverpay"],
        // The guide has no pay_method: the buyer pays inside Naver Pay.
        pay_methods: &[],
        extra_keys: &[
            "customer_id",
            "naverPopupMode",
            "naverUseCfm",
            "naverProducts",
            "naverCultureBenefit",
            "naverMerchantUserKey",
            "naverPurchaserName",
            "naverPurchaserBirthday",
            "naverProductCode",
            "naverProductCount",
        ],
        card_direct: false,
        card_quota: false,
        escrow: false,
        escrow_ignored: None,
        vbank_due: &[],
        languages: &[],
        bypass: &[],
        check: check_v1,
    }),
    v2: Some(V2),
};

const YMD: &[DateFmt] = &[DateFmt::Ymd];

static BILLING: BillingRule = BillingRule {
    pay_methods: &[],
    pay_methods_note: &PAY_METHOD_IGNORED,
    charge: Charge::Never,
    amount_note: &BILLING_NOT_CHARGED,
};

static PAY_METHOD_IGNORED: Bi = bi!(
    "네이버페이 가이드에는 pay_method가 없습니다. 결제수단은 구매자가 네이버페이 안에서 고릅니다.",
    "Naver Pay's guide has no pay_method; the buyer picks how to pay inside Naver Pay."
);
static BILLING_NOT_CHARGED: Bi = bi!(
    "네이버페이 가이드: 정기결제 등록(customer_uid) 과정에서는 결제 승인이 이뤄지지 않습니다.",
    "Naver Pay guide: registering for recurring payments (customer_uid) charges nothing."
);
static PRODUCTS_REQUIRED: Bi = bi!(
    "네이버페이 가이드: naverProducts(상품정보)가 없으면 네이버페이 검수를 통과할 수 없습니다.",
    "Naver Pay guide: without naverProducts (the items) the Naver Pay review cannot be passed."
);
static BILLING_TEL: Bi = bi!(
    "네이버페이 가이드: 정기결제창 요청에는 buyer_tel이 필수입니다.",
    "Naver Pay guide: the recurring-payment window needs buyer_tel."
);
static PRODUCT_CODE: Bi = bi!(
    "네이버페이 가이드: naverProductCode가 없으면 임의 값이 생성되어 같은 고객이 같은 상품을 중복 등록할 수 있습니다. 지정하세요.",
    "Naver Pay guide: without naverProductCode a random one is made, so a buyer can register the same product twice; set it."
);
static BILLING_ONLY: Bi = bi!(
    "네이버페이 가이드: 정기결제창(customer_uid)에서만 쓰는 파라미터라 일반결제에서는 무시됩니다.",
    "Naver Pay guide: only the recurring-payment window (customer_uid) reads this; it is ignored here."
);
static POPUP_REDIRECT: Bi = bi!(
    "네이버페이 가이드: naverPopupMode가 false면 리디렉션 방식이라 m_redirect_url을 설정해야 합니다.",
    "Naver Pay guide: naverPopupMode false means the redirect flow, which needs m_redirect_url."
);
static SELLER_ID: Bi = bi!(
    "네이버페이 가이드: sellerId는 영문 대소문자와 숫자만 쓸 수 있습니다.",
    "Naver Pay guide: sellerId takes letters and digits only."
);
static MIN_AMOUNT: Bi = bi!(
    "네이버페이 최소 결제 금액은 10원입니다.",
    "Naver Pay's smallest payment is 10 KRW."
);
static NAME_SUFFIX: Bi = bi!(
    "네이버페이 가이드: '외 N개' 표현은 네이버페이가 자동으로 붙이므로 name에는 첫 번째 상품명(naverProducts[0].name)을 권장합니다.",
    "Naver Pay guide: Naver Pay adds the 'and N more' text itself; use the first item's name (naverProducts[0].name) as name."
);
static DATE_NUMBER: Bi = bi!(
    "네이버페이 가이드: yyyyMMdd 형식이며 숫자로도 보낼 수 있습니다.",
    "Naver Pay guide: yyyyMMdd, as text or as a number."
);

/// `naverProducts[]` items (the v1 guide; Naver's `productItems`).
static NAVER_PRODUCT: &[Key] = &[
    Key::req("categoryType", Kind::Text),
    Key::req("categoryId", Kind::Text),
    Key::req("uid", Kind::Text),
    Key::req("name", Kind::Text),
    Key::req("count", Kind::Int(1, MAX_AMOUNT)),
    Key::new("payReferrer", Kind::Str),
    Key::new("startDate", Kind::Any).with_note(&DATE_NUMBER),
    Key::new("endDate", Kind::Any).with_note(&DATE_NUMBER),
    Key::new("sellerId", Kind::Str).with_note(&SELLER_ID),
];

fn check_v1(ctx: &mut V1Ctx) {
    if ctx.req.get("pay_method").is_some() {
        ctx.r
            .unsupported("pay_method", Severity::Warning, &GATEWAY.name, &PAY_METHOD_IGNORED);
    }
    billing_window(ctx, &BILLING);
    redirect_on_mobile(ctx);
    let billing = ctx.billing();
    if billing {
        if ctx.req.get("buyer_tel").is_none() {
            ctx.r.required("buyer_tel", Some(&BILLING_TEL));
        }
        match ctx.req.get("naverProductCode") {
            None => ctx.r.push(
                "naverProductCode",
                Code::Required,
                Severity::Warning,
                Detail::Required,
                Some(&PRODUCT_CODE),
            ),
            v => {
                crate::core::fields::want_nonempty_str(v, "naverProductCode", ctx.r);
            }
        }
        if let Some(v) = ctx.req.get("naverProductCount") {
            crate::core::fields::check_kind(v, Kind::Int(1, MAX_AMOUNT), "naverProductCount", None, ctx.r);
        }
    } else {
        for key in ["naverProductCode", "naverProductCount"] {
            if ctx.req.get(key).is_some() {
                ctx.r.unsupported(key, Severity::Warning, &GATEWAY.name, &BILLING_ONLY);
            }
        }
        if ctx.req.get("naverProducts").is_none() {
            ctx.r.required("naverProducts", Some(&PRODUCTS_REQUIRED));
        }
        if ctx.krw && ctx.amount.is_some_and(|a| a < 10.0) {
            ctx.r.warn("amount", Code::OutOfRange, Detail::Note, Some(&MIN_AMOUNT));
        }
    }
    if want_bool(ctx.req.get("naverPopupMode"), "naverPopupMode", ctx.r) == Some(false)
        && ctx.req.get("m_redirect_url").is_none()
    {
        ctx.r.required("m_redirect_url", Some(&POPUP_REDIRECT));
    }
    want_bool(ctx.req.get("naverCultureBenefit"), "naverCultureBenefit", ctx.r);
    for key in ["naverPurchaserName", "naverMerchantUserKey"] {
        want_str(ctx.req.get(key), key, ctx.r);
    }
    for key in ["naverUseCfm", "naverPurchaserBirthday"] {
        if let Some(s) = want_str(ctx.req.get(key), key, ctx.r).map(str::to_string) {
            ymd(ctx, key, &s, false);
        }
    }
    if let Some(name) = ctx.req.get("name").and_then(Value::as_str) {
        if has_more_suffix(name) {
            ctx.r.warn("name", Code::InvalidValue, Detail::Note, Some(&NAME_SUFFIX));
        }
    }
    products(ctx);
}

/// `naverProducts`: an array of items with their own keys; dates `yyyyMMdd` (text or number);
/// `sellerId` letters and digits.
fn products(ctx: &mut V1Ctx) {
    let Some(items) = want_arr(ctx.req.get("naverProducts"), "naverProducts", ctx.r) else {
        return;
    };
    let items = items.to_vec();
    for (i, item) in items.iter().enumerate() {
        let p = index("naverProducts", i);
        let Some(o) = crate::core::fields::want_obj(Some(item), &p, ctx.r) else {
            continue;
        };
        check_keys(o, &p, NAVER_PRODUCT, ctx.mobile, ctx.r);
        for key in ["startDate", "endDate"] {
            let path = join(&p, key);
            match o.get(key) {
                Some(Value::Str(s)) => ymd(ctx, &path, s, true),
                Some(Value::Num(n)) => match n.as_int() {
                    Some(d) if (0..=99_999_999).contains(&d) => {
                        let mut s = String::new();
                        let mut d = d;
                        for _ in 0..8 {
                            s.insert(0, char::from(b'0' + (d % 10) as u8));
                            d /= 10;
                        }
                        ymd(ctx, &path, &s, true);
                    }
                    _ => ymd(ctx, &path, "", true),
                },
                Some(v) => ctx.r.wrong_type(
                    path,
                    crate::core::issue::Expected::NumberOrString,
                    crate::core::fields::got(v),
                ),
                None => {}
            }
        }
        if let Some(s) = o.get("sellerId").and_then(Value::as_str) {
            if s.is_empty() || !s.bytes().all(|b| b.is_ascii_alphanumeric()) {
                ctx.r.error(
                    join(&p, "sellerId"),
                    Code::InvalidFormat,
                    Detail::Format(Format::Described),
                    Some(&SELLER_ID),
                );
            }
        }
    }
}

/// An error unless `s` is a real `yyyyMMdd` date.
fn ymd(ctx: &mut V1Ctx, path: &str, s: &str, number_ok: bool) {
    if parse_date(s, YMD).is_none() {
        ctx.r.error(
            path,
            Code::InvalidFormat,
            Detail::Format(Format::Date(YMD)),
            if number_ok { Some(&DATE_NUMBER) } else { None },
        );
    }
}

/// True when `name` ends like "… 외 2개" (the suffix Naver Pay adds itself).
fn has_more_suffix(name: &str) -> bool {
    let Some(rest) = name.trim_end().strip_suffix('개') else {
        return false;
    };
    let digits = rest.trim_end_matches(|c: char| c.is_ascii_digit());
    digits.len() < rest.len() && digits.trim_end().ends_with('외')
}

/// Naver Pay's v2 rules as data.
pub const V2: V2Rules = V2Rules {
    guide: "src/routes/(root)/opi/ko/integration/pg/v2/naverpay.mdx",
    bypass_key: Some("naverpay"),
    bypass: BypassTables {
        payment: Some(BYPASS),
        billing: Some(BYPASS_BILLING),
        billing_and_pay: None,
        load_payment_ui: None,
        load_issue_billing_key_ui: None,
    },
    pay_methods: Some(&["EASY_PAY"]),
    billing_key_methods: Some(&["EASY_PAY"]),
    currencies: Some(&["KRW"]),
    window_types: Some(WindowTypes {
        pc: &["POPUP"],
        mobile: &["REDIRECTION"],
    }),
    locales: Some(&["KO_KR"]),
    order_name: Some(TextLimit {
        max: 128,
        unit: Unit::Chars,
        severity: Severity::Error,
    }),
    ignored: &[
        Ignored {
            path: "easyPay.installment",
            apis: V2_PAY,
        },
        Ignored {
            path: "easyPay.availableCards",
            apis: V2_PAY,
        },
    ],
    check: check_v2,
    ..V2Rules::NONE
};

const V2_PAY: &[Api] = &[Api::Payment];

static V2_MIN_AMOUNT: Bi = bi!(
    "네이버페이 V2 가이드: 100원 미만 결제는 실패합니다.",
    "Naver Pay v2 guide: payments under 100 KRW fail."
);
static V2_ORDER_NAME: Bi = bi!(
    "네이버페이 가이드: '외 N개' 표현은 네이버페이가 자동으로 붙이므로 orderName에는 첫 번째 상품명(productItems[0].name)을 권장합니다.",
    "Naver Pay guide: Naver Pay adds the 'and N more' text itself; use the first item's name (productItems[0].name) as orderName."
);
static V2_PROVIDER: Bi = bi!(
    "네이버페이 가이드: PG사 자체가 간편결제사이므로 easyPayProvider는 비워 두어도 되며 다른 값은 무시됩니다.",
    "Naver Pay guide: Naver Pay is itself the wallet, so easyPayProvider may be left out; other values are ignored."
);
static V2_ISSUE: Bi = bi!(
    "네이버페이 가이드: 빌링키 발급에는 issueId(같은 네이버 계정에 재사용 불가)와 issueName이 필수입니다.",
    "Naver Pay guide: issuing a billing key needs issueId (not reusable for one Naver account) and issueName."
);
static V2_DISPLAY_AMOUNT: Bi = bi!(
    "네이버페이 가이드: displayAmount와 currency는 함께 입력해야 합니다.",
    "Naver Pay guide: displayAmount and currency go together."
);

/// Naver Pay rules the data cannot say.
fn check_v2(ctx: &mut V2Ctx) {
    match ctx.api {
        Api::Payment => {
            if ctx.currency == Some("KRW") && ctx.amount.is_some_and(|a| a < 100) {
                ctx.r
                    .warn("totalAmount", Code::OutOfRange, Detail::Note, Some(&V2_MIN_AMOUNT));
            }
            if ctx.str_at("orderName").is_some_and(has_more_suffix) {
                ctx.r
                    .warn("orderName", Code::InvalidValue, Detail::Note, Some(&V2_ORDER_NAME));
            }
            if ctx.str_at("easyPay.easyPayProvider").is_some_and(|p| p != "NAVERPAY") {
                ctx.ignored("easyPay.easyPayProvider", &V2_PROVIDER);
            }
            let cfm = ctx.str_at("bypass.naverpay.useCfmYmdt").map(str::to_string);
            if let Some(s) = cfm {
                ymd_v2(ctx, "bypass.naverpay.useCfmYmdt", &s);
            }
            let dates: Vec<(String, String)> = match ctx.get("bypass.naverpay.productItems") {
                Some(Value::Arr(items)) => items
                    .iter()
                    .enumerate()
                    .flat_map(|(i, it)| {
                        let o = it.as_obj();
                        ["startDate", "endDate"].into_iter().filter_map(move |k| {
                            let v = o?.get(k)?.as_str()?;
                            Some((join(&index("bypass.naverpay.productItems", i), k), v.to_string()))
                        })
                    })
                    .collect(),
                _ => Vec::new(),
            };
            for (p, v) in dates {
                ymd_v2(ctx, &p, &v);
            }
        }
        Api::IssueBillingKey => {
            for key in ["issueId", "issueName"] {
                if !ctx.has(key) {
                    ctx.require(key, Severity::Error, &V2_ISSUE);
                }
            }
            match (ctx.has("displayAmount"), ctx.has("currency")) {
                (true, false) => ctx.require("currency", Severity::Error, &V2_DISPLAY_AMOUNT),
                (false, true) => ctx.require("displayAmount", Severity::Error, &V2_DISPLAY_AMOUNT),
                _ => {}
            }
        }
        Api::IssueBillingKeyAndPay | Api::LoadPaymentUI | Api::LoadIssueBillingKeyUI => {}
    }
}

fn ymd_v2(ctx: &mut V2Ctx, path: &str, s: &str) {
    if parse_date(s, YMD).is_none() {
        ctx.r
            .error(path, Code::InvalidFormat, Detail::Format(Format::Date(YMD)), None);
    }
}

static PRODUCT_ITEM: &[Key] = &[
    Key::req("categoryType", Kind::Text),
    Key::req("categoryId", Kind::Text),
    Key::req("uid", Kind::Text),
    Key::req("name", Kind::Text),
    Key::new(
        "payReferrer",
        Kind::Enum(&[
            "NAVER_BOOK",
            "NAVER_MUSIC",
            "NAVER_SHOPPING",
            "NAVER_MAP",
            "NAVER_PLACE",
            "SEARCH_AD",
            "NAVER_SEARCH",
            "BRAND_SEARCH",
            "PARTNER_DIRECT",
            "ETC",
        ]),
    ),
    Key::new("startDate", Kind::Str),
    Key::new("endDate", Kind::Str),
    Key::new("sellerId", Kind::Str),
    Key::req("count", Kind::Int(0, MAX_AMOUNT)),
];
static SUB_MERCHANT: &[Key] = &[
    Key::req("subMerchantName", Kind::Str),
    Key::req("subMerchantId", Kind::Str),
    Key::req("subMerchantBusinessNo", Kind::Str),
    Key::req("subMerchantPayId", Kind::Str),
    Key::req("subMerchantTelephoneNo", Kind::Str),
    Key::req("subMerchantCustomerServiceUrl", Kind::Str),
];

/// `bypass.naverpay` (payment).
static BYPASS: &[Key] = &[
    Key::new("useCfmYmdt", Kind::Str),
    Key::req("productItems", Kind::ListOf(&Kind::Fields(PRODUCT_ITEM))),
    Key::new("subMerchantInfo", Kind::Fields(SUB_MERCHANT)),
    Key::new("deliveryFee", Kind::Int(0, MAX_AMOUNT)),
];

/// `bypass.naverpay` (billing key).
static BYPASS_BILLING: &[Key] = &[
    Key::new("subMerchantName", Kind::Str),
    Key::new("subMerchantId", Kind::Str),
];
