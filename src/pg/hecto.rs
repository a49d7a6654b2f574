//! Hecto Financial (헥토파이낸셜, formerly Settlebank). Sources: PortOne's v1 guides
//! `src/routes/(root)/opi/ko/integration/pg/v1/settle/readme.mdx` (`pg: "settle"`: card, transfer,
//! virtual account, phone) and `settle/mybank.mdx` (내통장결제, `pg: "settle_acc.{MID}"`: account
//! payments and their billing keys), summarized in `shared/reference/v1-pg-rules.md` §16–17; and
//! the v2 guide `src/routes/(root)/opi/ko/integration/pg/v2/hecto-global.mdx` (Hecto's overseas
//! payments, `shared/reference/v2-pg-rules.md` §18). PortOne has no v2 guide for Hecto's domestic
//! payments, so the v2 rules live in their own gateway, [`GLOBAL`] (`hecto_global`).
//!
//! To add a Hecto rule: data goes in the tables below; logic in [`check_v1`] and [`check_v2`].

use super::{BypassBlock, BypassTables, CustomerField, CustomerRule, Env, Gateway, TextLimit, V1Rules, V2Rules};
use crate::core::fields::{check_keys, max_len, want_obj, Key, Kind};
use crate::core::issue::{join, Bi, Code, Detail, Format, Severity};
use crate::core::text::{did_you_mean, DateFmt, Unit};
use crate::core::v1::V1Ctx;
use crate::core::v1_options::{billing_window, env_only, redirect_on_mobile, BillingRule, Charge};
use crate::core::v2::{Api, V2Ctx};
use crate::core::value::Value;

/// Hecto Financial (domestic, v1).
pub static GATEWAY: Gateway = Gateway {
    id: "settle",
    name: bi!("헥토파이낸셜", "Hecto Financial"),
    aliases: &["settle", "settle_acc", "hecto", "hecto_financial", "settlebank"],
    more_guides: &["src/routes/(root)/opi/ko/integration/pg/v1/settle/mybank.mdx"],
    v1: Some(V1Rules {
        guide: "src/routes/(root)/opi/ko/integration/pg/v1/settle/readme.mdx",
        codes: &["settle", "settle_acc"],
        pay_methods: &["card", "trans", "vbank", "phone"],
        extra_keys: &["company", "company_en"],
        card_direct: false,
        card_quota: false,
        escrow: false,
        escrow_ignored: None,
        // 주요 파라미터 vbank_due: `YYYYMMDD`.
        vbank_due: &[DateFmt::Ymd],
        languages: &[],
        bypass: &[
            BypassBlock::when("bypass.settle", SETTLE_KEYS, "pg settle"),
            BypassBlock::when("bypass.settle", ACC_KEYS, "pg settle_acc"),
        ],
        check: check_v1,
    }),
    v2: None,
};

/// Hecto Financial overseas payments (v2 only).
pub static GLOBAL: Gateway = Gateway {
    id: "hecto_global",
    name: bi!("헥토파이낸셜 해외결제", "Hecto Financial (overseas)"),
    aliases: &["hecto_global", "hecto_financial_global"],
    more_guides: &[],
    v1: None,
    v2: Some(V2),
};

// ---------------------------------------------------------------------------------------------
// v1

/// `bypass.settle` of `settle` (주요 파라미터).
static SETTLE_KEYS: &[Key] = &[Key::new("vbank010", Kind::Bool)];
/// `bypass.settle` of `settle_acc` (내통장결제 주요 파라미터).
static ACC_KEYS: &[Key] = &[
    Key::new("custCi", Kind::Str),
    Key::new("addDeductionYn", Kind::Enum(&["Y", "C", "N"])),
    Key::new("criPsblYn", Kind::Enum(&["Y", "N", ""])),
    Key::new("payLimitCd", Kind::Str),
];

static ACC_BILLING: BillingRule = BillingRule {
    pay_methods: &["trans"],
    pay_methods_note: &ACC_TRANS_ONLY,
    charge: Charge::WhenAmount,
    amount_note: &ACC_BILLING_CHARGES,
};

static BUYER_TEL: Bi = bi!(
    "헥토파이낸셜 가이드: buyer_tel(구매자 연락처)은 필수이며, 없으면 오류가 발생합니다.",
    "Hecto Financial guide: buyer_tel is required; without it the payment fails."
);
static PHONE_NAME: Bi = bi!(
    "헥토파이낸셜 가이드: 휴대폰 결제에는 name(상품명)이 필수입니다.",
    "Hecto Financial guide: phone payments need name (the product name)."
);
static PHONE_COMPANY: Bi = bi!(
    "헥토파이낸셜 가이드: 휴대폰 결제에는 company(회사명)와 company_en(영문 회사명)이 필수입니다.",
    "Hecto Financial guide: phone payments need company and company_en (the company name in English)."
);
static VBANK_COMPANY: Bi = bi!(
    "헥토파이낸셜 가이드: 가상계좌에는 company(회사명)를 보내야 합니다(파라미터 설명은 필수, 예제 주석은 권고).",
    "Hecto Financial guide: virtual accounts should send company (the parameter list says required, the sample's comment says advised)."
);
static NO_BILLING_WINDOW: Bi = bi!(
    "헥토파이낸셜 가이드: 비인증(빌링키) 결제창을 지원하지 않습니다. REST API로 결제·빌링키 발급을 하세요(내통장결제는 settle_acc).",
    "Hecto Financial guide: no billing-key window; use the REST API (account billing keys: settle_acc)."
);
static VBANK010: Bi = bi!(
    "헥토파이낸셜 가이드: vbank010은 가상계좌(010 가상계좌) 결제에만 쓰이며 사전 계약이 필요합니다.",
    "Hecto Financial guide: vbank010 only applies to virtual accounts (010 accounts) and needs a contract."
);
static ACC_TRANS_ONLY: Bi = bi!(
    "헥토파이낸셜 내통장결제 가이드: settle_acc의 pay_method는 'trans'만 사용할 수 있습니다.",
    "Hecto Financial account-payment guide: settle_acc only takes pay_method 'trans'."
);
static ACC_MID: Bi = bi!(
    "헥토파이낸셜 내통장결제 가이드: pg는 'settle_acc.{MID}' 형태로 지정해야 합니다.",
    "Hecto Financial account-payment guide: pg must be 'settle_acc.{MID}'."
);
static ACC_BILLING_CHARGES: Bi = bi!(
    "헥토파이낸셜 내통장결제 가이드: 금액을 설정하면 결제와 동시에 빌링키가 발급됩니다. 빌링키만 발급하려면 amount를 0으로 보내세요(정기결제 계약 필요).",
    "Hecto Financial account-payment guide: an amount is charged while issuing the key; send amount 0 to only issue it (a billing contract is needed)."
);
static CUST_CI: Bi = bi!(
    "헥토파이낸셜 내통장결제 가이드: custCi는 본인인증 CI를 채널의 암호화 키로 AES-256-ECB 암호화한 뒤 16진수로 인코딩한 값입니다(32자의 배수). CI 원문은 보내지 마세요.",
    "Hecto Financial account-payment guide: custCi is the identity CI encrypted with AES-256-ECB under the channel's encryption key, hex-encoded (a multiple of 32 characters); never send the plain CI."
);
static FLAT_BYPASS: Bi = bi!(
    "헥토파이낸셜 전용 파라미터는 bypass.settle 안에 넣어야 합니다.",
    "Hecto Financial's own parameters go inside bypass.settle."
);

fn check_v1(ctx: &mut V1Ctx) {
    let acc = ctx.code == "settle_acc";
    let pm = ctx.pay_method.clone().unwrap_or_else(|| "card".to_string());
    let pm = pm.as_str();

    if acc {
        if ctx.req.get("pg").is_some() && ctx.mid.is_none() {
            ctx.r.warn(
                "pg",
                Code::InvalidFormat,
                Detail::Format(Format::PgCode),
                Some(&ACC_MID),
            );
        }
        // In the billing window `billing_window` reports it.
        if pm != "trans" && ctx.rules.pay_methods.contains(&pm) && !ctx.billing() {
            ctx.r
                .unsupported("pay_method", Severity::Error, &GATEWAY.name, &ACC_TRANS_ONLY);
        }
        billing_window(ctx, &ACC_BILLING);
    } else if ctx.billing() {
        ctx.r
            .unsupported("customer_uid", Severity::Error, &GATEWAY.name, &NO_BILLING_WINDOW);
    }
    // The account-payment billing tab marks buyer_tel optional; every other tab requires it.
    if ctx.req.get("buyer_tel").is_none() && !(acc && ctx.billing()) {
        ctx.r.required("buyer_tel", Some(&BUYER_TEL));
    }
    if !acc {
        if pm == "phone" {
            if ctx.req.get("name").is_none() {
                ctx.r.required("name", Some(&PHONE_NAME));
            }
            for key in ["company", "company_en"] {
                if ctx.req.get(key).is_none() {
                    ctx.r.required(key, Some(&PHONE_COMPANY));
                }
            }
        } else if pm == "vbank" && ctx.req.get("company").is_none() {
            ctx.r.push(
                "company",
                Code::Required,
                Severity::Warning,
                Detail::Required,
                Some(&VBANK_COMPANY),
            );
        }
    }
    for key in ["company", "company_en"] {
        crate::core::fields::want_str(ctx.req.get(key), key, ctx.r);
    }
    env_only(ctx, "app_scheme", true, None);
    redirect_on_mobile(ctx);
    bypass_v1(ctx, acc, pm);
}

/// `bypass.settle`: `vbank010` for `settle`, the account-payment keys for `settle_acc`.
fn bypass_v1(ctx: &mut V1Ctx, acc: bool, pm: &str) {
    let Some(b) = ctx.req.get("bypass").and_then(Value::as_obj) else {
        return;
    };
    let keys = if acc { ACC_KEYS } else { SETTLE_KEYS };
    for (k, v) in b.entries() {
        if k == "settle" || matches!(v, Value::Undefined) {
            continue;
        }
        let own = keys.iter().find(|key| key.name.eq_ignore_ascii_case(k));
        let hint = match own {
            Some(key) => Some(join("bypass.settle", key.name)),
            None => did_you_mean(k, ["settle"]).map(|h| join("bypass", h)),
        };
        ctx.r.warn(
            join("bypass", k),
            Code::UnknownField,
            Detail::UnknownField { hint },
            own.map(|_| &FLAT_BYPASS),
        );
    }
    let Some(s) = want_obj(b.get("settle"), "bypass.settle", ctx.r) else {
        return;
    };
    check_keys(s, "bypass.settle", keys, ctx.mobile, ctx.r);
    if !acc && s.get("vbank010") == Some(&Value::Bool(true)) && pm != "vbank" {
        ctx.r.warn(
            "bypass.settle.vbank010",
            Code::Unsupported,
            Detail::Note,
            Some(&VBANK010),
        );
    }
    if let Some(Value::Str(ci)) = s.get("custCi") {
        if !is_aes_hex(ci) {
            ctx.r.error(
                "bypass.settle.custCi",
                Code::InvalidFormat,
                Detail::Format(Format::Described),
                Some(&CUST_CI),
            );
        }
    }
}

/// Hex text of whole AES blocks (16 bytes = 32 hex digits each).
fn is_aes_hex(s: &str) -> bool {
    !s.is_empty() && s.len() % 32 == 0 && s.bytes().all(|b| b.is_ascii_hexdigit())
}

// ---------------------------------------------------------------------------------------------
// v2 (overseas)

/// Hecto Financial overseas payments' v2 rules as data.
pub const V2: V2Rules = V2Rules {
    guide: "src/routes/(root)/opi/ko/integration/pg/v2/hecto-global.mdx",
    bypass_key: None,
    bypass: BypassTables::NONE,
    pay_methods: Some(&["CARD", "EASY_PAY"]),
    easy_pay_providers: Some(&["AUPAY", "PAYPAY", "RAKUTENPAY", "MERPAY", "APPLEPAY", "GOOGLE_PAY"]),
    // 가능한 결제 수단: 결제창 일반 결제 only.
    billing_key_methods: Some(&[]),
    billing_key_and_pay_methods: Some(&[]),
    order_name: Some(TextLimit {
        max: 128,
        unit: Unit::Bytes,
        severity: Severity::Error,
    }),
    customer: &[CustomerRule {
        field: CustomerField::CustomerId,
        apis: &[Api::Payment],
        env: Env::Any,
        note: &CUSTOMER_ID,
    }],
    check: check_v2,
    ..V2Rules::NONE
};

static CUSTOMER_ID: Bi = bi!(
    "헥토파이낸셜 해외결제 가이드: 구매자 고유 ID(customer.customerId)는 필수입니다(UTF-8 50바이트 이하).",
    "Hecto Financial overseas guide: customer.customerId is required (at most 50 UTF-8 bytes)."
);
static BUSINESS_NAME: Bi = bi!(
    "헥토파이낸셜 해외결제 가이드: storeDetails.businessName(상호, UTF-8 100바이트 이하)은 필수이며 상점명으로 전달됩니다.",
    "Hecto Financial overseas guide: storeDetails.businessName (at most 100 UTF-8 bytes) is required; it is sent as the store name."
);
static NAME_WITH_EMAIL: Bi = bi!(
    "헥토파이낸셜 해외결제 가이드: customer.email을 보내면 firstName과 lastName(각 UTF-8 32바이트 이하)이 필수입니다.",
    "Hecto Financial overseas guide: with customer.email, firstName and lastName (each at most 32 UTF-8 bytes) are required."
);
static MERPAY: Bi = bi!(
    "헥토파이낸셜 해외결제 가이드: Merpay 결제에는 merpayCategoryId(상품 카테고리 ID)가 필수입니다.",
    "Hecto Financial overseas guide: Merpay payments need merpayCategoryId (the item category ID)."
);

/// Byte limits of the guide's customer and store fields.
static BYTE_LIMITS: &[(&str, usize)] = &[
    ("customer.customerId", 50),
    ("customer.email", 60),
    ("customer.firstName", 32),
    ("customer.lastName", 32),
    ("storeDetails.businessName", 100),
];

fn check_v2(ctx: &mut V2Ctx) {
    if ctx.api != Api::Payment {
        return;
    }
    for (path, max) in BYTE_LIMITS {
        if let Some(s) = ctx.str_at(path).map(str::to_string) {
            max_len(&s, *max, Unit::Bytes, path, Severity::Error, ctx.r);
        }
    }
    if !ctx.has("storeDetails.businessName") {
        ctx.require("storeDetails.businessName", Severity::Error, &BUSINESS_NAME);
    }
    if ctx.has("customer.email") {
        for path in ["customer.firstName", "customer.lastName"] {
            if !ctx.has(path) {
                ctx.require(path, Severity::Error, &NAME_WITH_EMAIL);
            }
        }
    }
    let provider = ctx.str_at("easyPay.easyPayProvider");
    if ctx.method == Some("EASY_PAY")
        && matches!(provider, Some("MERPAY" | "EASY_PAY_PROVIDER_MERPAY"))
        && !ctx.has("merpayCategoryId")
    {
        ctx.require("merpayCategoryId", Severity::Error, &MERPAY);
    }
}

#[cfg(test)]
mod tests {
    use super::is_aes_hex;

    #[test]
    fn cust_ci_is_whole_aes_blocks_in_hex() {
        assert!(is_aes_hex("00112233445566778899aabbccddeeff"));
        assert!(is_aes_hex(&"AB".repeat(48)));
        assert!(!is_aes_hex(""));
        assert!(!is_aes_hex("00112233445566778899aabbccddeef"));
        assert!(!is_aes_hex("00112233445566778899aabbccddeegg"));
    }

    #[test]
    fn codes_resolve() {
        assert_eq!(crate::pg::by_v1_code("settle_acc").unwrap().id, "settle");
        assert_eq!(crate::pg::by_alias("hecto_global").unwrap().id, "hecto_global");
        assert!(!crate::core::v1::OTHER_V1_CODES.contains(&"settle"));
    }
}
