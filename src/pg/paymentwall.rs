//! Paymentwall (페이먼트월). Sources: PortOne's v1 guide
//! `src/routes/(root)/opi/ko/integration/pg/v1/paymentwall.mdx` (`paymentwall` or
//! `paymentwall.{project key}`: `pay_method` may be ignored, `name` / `buyer_name` ("First
//! Last") / `buyer_email` required, whole-number amounts, `use_test_method`, flat `bypass` keys,
//! a billing-key window that always charges; `shared/reference/v1-pg-rules.md` §33), and the v2
//! guide `src/routes/(root)/opi/ko/integration/pg/v2/paymentwall.mdx` (payMethod is not
//! supported; `customer.customerId` and `customer.email` required; `bypass.paymentwall.widget`
//! is `pw_1` or `t3_1` only) with the `PaymentwallBypass` type of npm
//! `@portone/browser-sdk@0.1.11` (which types `widget` as any string).
//!
//! The v1 example comments call `currency` "필수" while the parameter table says it defaults to
//! KRW: a missing currency is a warning.

use super::{BypassBlock, BypassTables, CustomerField, CustomerRule, Env, Gateway, V1Rules, V2Rules};
use crate::core::fields::{check_keys, want_bool, Key, Kind};
use crate::core::issue::{Bi, Code, Detail, Expected, Format, Got, Severity};
use crate::core::v1::{V1Ctx, LANGUAGES_COMMON};
use crate::core::v1_options::{billing_window, redirect_on_mobile, BillingRule, Charge};
use crate::core::v2::Api;
use crate::core::value::Value;

/// Paymentwall.
pub static GATEWAY: Gateway = Gateway {
    id: "paymentwall",
    name: bi!("페이먼트월", "Paymentwall"),
    aliases: &["paymentwall"],
    more_guides: &[],
    v1: Some(V1Rules {
        guide: "src/routes/(root)/opi/ko/integration/pg/v1/paymentwall.mdx",
        codes: &["paymentwall"],
        // Methods follow the buyer's IP country and the Paymentwall project.
        pay_methods: &[],
        extra_keys: &["use_test_method"],
        card_direct: false,
        card_quota: false,
        escrow: false,
        escrow_ignored: None,
        vbank_due: &[],
        languages: LANGUAGES_COMMON,
        bypass: &[BypassBlock::new("bypass", BYPASS_V1)],
        check: check_v1,
    }),
    v2: Some(V2),
};

static BILLING: BillingRule = BillingRule {
    pay_methods: &[],
    pay_methods_note: &BILLING_CARD,
    charge: Charge::WhenAmount,
    amount_note: &BILLING_CHARGES,
};

static PAY_METHOD_IGNORED: Bi = bi!(
    "페이먼트월 가이드: 결제수단은 국가 IP와 페이먼트월 프로젝트 설정으로 정해지며 pay_method는 무시될 수 있습니다.",
    "Paymentwall guide: methods follow the buyer's IP country and the Paymentwall project; pay_method may be ignored."
);
static BILLING_CARD: Bi = bi!(
    "페이먼트월 가이드: 빌링키 결제는 신용카드(card)만 가능합니다.",
    "Paymentwall guide: billing keys are for cards (card) only."
);
static BILLING_CHARGES: Bi = bi!(
    "페이먼트월 가이드: 빌링키 발급과 함께 이 금액으로 최초 승인이 이뤄집니다.",
    "Paymentwall guide: this amount is charged at once as the key is issued."
);
static BILLING_ZERO: Bi = bi!(
    "페이먼트월 가이드: 최초 결제 승인 없이 빌링키만 발급하는 방식은 지원되지 않습니다.",
    "Paymentwall guide: issuing a billing key without a first charge is not supported."
);
static REQUIRED: Bi = bi!(
    "페이먼트월 가이드: 페이먼트월은 name, buyer_name, buyer_email이 필수입니다.",
    "Paymentwall guide: Paymentwall needs name, buyer_name and buyer_email."
);
static BUYER_NAME: Bi = bi!(
    "페이먼트월 가이드: buyer_name은 이름과 성을 빈칸으로 구분해야 합니다(예: Jack Son).",
    "Paymentwall guide: buyer_name must be first and last name separated by a space (Jack Son)."
);
static CURRENCY: Bi = bi!(
    "페이먼트월 가이드: currency를 생략하면 KRW로 요청됩니다. 해외 통화는 반드시 지정하세요.",
    "Paymentwall guide: without currency KRW is used; set it for any other currency."
);
static WHOLE_AMOUNT: Bi = bi!(
    "페이먼트월 가이드: amount는 정수로 보내야 합니다.",
    "Paymentwall guide: amount must be a whole number."
);
static TEST_PS: Bi = bi!(
    "페이먼트월 가이드: LIVE 전 프로젝트에서는 use_test_method와 함께 bypass.ps를 \"test\"로 설정해야 테스트 결제수단이 나타납니다.",
    "Paymentwall guide: before the project is live, use_test_method also needs bypass.ps \"test\" to show test methods."
);
static WIDGET: Bi = bi!(
    "페이먼트월 가이드: 터미널3는 t3_1, 기본 결제창은 pw_1입니다.",
    "Paymentwall guide: t3_1 for Terminal 3, pw_1 for the default widget."
);
static COUNTRY_CODE: Bi = bi!(
    "ISO 3166-1 alpha-2 국가 코드(대문자 두 글자, 예: DE)여야 합니다.",
    "It must be an ISO 3166-1 alpha-2 country code (two capital letters, e.g. DE)."
);

/// v1 `bypass` keys (flat).
static BYPASS_V1: &[Key] = &[
    Key::new("widget_code", Kind::Enum(&["pw_1", "t3_1"])).with_note(&WIDGET),
    Key::new("ps", Kind::Text),
    Key::new("country_code", Kind::Str).with_note(&COUNTRY_CODE),
    Key::new("logo_url", Kind::Url),
    Key::new("project_name", Kind::Str),
    Key::new("product_price_without_tax", Kind::Num),
    Key::new("sales_tax", Kind::Num),
];

fn check_v1(ctx: &mut V1Ctx) {
    let billing = ctx.billing();
    if let Some(pm) = ctx.pay_method.as_deref() {
        if billing && pm != "card" {
            ctx.r
                .unsupported("pay_method", Severity::Error, &GATEWAY.name, &BILLING_CARD);
        } else if !billing {
            ctx.r
                .unsupported("pay_method", Severity::Warning, &GATEWAY.name, &PAY_METHOD_IGNORED);
        }
    }
    billing_window(ctx, &BILLING);
    if billing && ctx.amount == Some(0.0) {
        ctx.r
            .error("amount", Code::OutOfRange, Detail::Note, Some(&BILLING_ZERO));
    }
    if let Some(Value::Num(n)) = ctx.req.get("amount") {
        if n.v.fract() != 0.0 && ctx.amount.is_some() {
            ctx.r.error(
                "amount",
                Code::InvalidType,
                Detail::Type {
                    expected: Expected::Integer,
                    got: Got::Number,
                },
                Some(&WHOLE_AMOUNT),
            );
        }
    }
    for key in ["name", "buyer_name", "buyer_email"] {
        if ctx.req.get(key).is_none() {
            ctx.r.required(key, Some(&REQUIRED));
        }
    }
    if let Some(name) = ctx.req.get("buyer_name").and_then(Value::as_str) {
        let mut parts = name.split_whitespace();
        if parts.next().is_none() || parts.next().is_none() {
            ctx.r.error(
                "buyer_name",
                Code::InvalidFormat,
                Detail::Format(Format::Described),
                Some(&BUYER_NAME),
            );
        }
    }
    if ctx.req.get("currency").is_none() {
        ctx.r.push(
            "currency",
            Code::Required,
            Severity::Warning,
            Detail::Required,
            Some(&CURRENCY),
        );
    }
    redirect_on_mobile(ctx);
    let test = want_bool(ctx.req.get("use_test_method"), "use_test_method", ctx.r) == Some(true);
    let bypass = ctx.req.get("bypass").and_then(Value::as_obj);
    if let Some(b) = bypass {
        check_keys(b, "bypass", BYPASS_V1, ctx.mobile, ctx.r);
        if let Some(c) = b.get("country_code").and_then(Value::as_str) {
            if !is_alpha2(c) {
                ctx.r.error(
                    "bypass.country_code",
                    Code::InvalidFormat,
                    Detail::Format(Format::Described),
                    Some(&COUNTRY_CODE),
                );
            }
        }
    }
    if test && bypass.and_then(|b| b.get("ps")).and_then(Value::as_str) != Some("test") {
        ctx.r
            .warn("use_test_method", Code::Conflict, Detail::Note, Some(&TEST_PS));
    }
}

fn is_alpha2(c: &str) -> bool {
    c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase())
}

const PAY: &[Api] = &[Api::Payment];

static V2_CUSTOMER: Bi = bi!(
    "페이먼트월 가이드: customer.customerId와 customer.email은 필수입니다.",
    "Paymentwall guide: customer.customerId and customer.email are required."
);

/// Paymentwall's v2 rules as data.
pub const V2: V2Rules = V2Rules {
    guide: "src/routes/(root)/opi/ko/integration/pg/v2/paymentwall.mdx",
    bypass_key: Some("paymentwall"),
    bypass: BypassTables {
        payment: Some(BYPASS),
        ..BypassTables::NONE
    },
    pay_methods: Some(&[]),
    locales: Some(&[
        "KO_KR", "EN_US", "JA_JP", "ZH_CN", "ZH_TW", "TH_TH", "RU_RU", "VI_VN", "FR_FR", "NL_NL", "ES_ES", "PT_PT",
        "DE_DE", "IT_IT", "PL_PL", "TR_TR", "SV_SE", "FI_FI", "UK_UA", "EL_GR", "TL_PH", "HI_IN", "HR_HR", "LT_LT",
        "SL_SI", "SR_RS", "BG_BG", "PT_BR",
    ]),
    customer: &[
        CustomerRule {
            field: CustomerField::CustomerId,
            apis: PAY,
            env: Env::Any,
            note: &V2_CUSTOMER,
        },
        CustomerRule {
            field: CustomerField::Email,
            apis: PAY,
            env: Env::Any,
            note: &V2_CUSTOMER,
        },
    ],
    ..V2Rules::NONE
};

/// `bypass.paymentwall` (payment).
static BYPASS: &[Key] = &[
    Key::new("widget", Kind::Enum(&["pw_1", "t3_1"])),
    Key::new("ps", Kind::Str),
    Key::new("country_code", Kind::Str),
];
