//! KG Mobilians / KG Financial (KG모빌리언스·KG파이낸셜). v1: PortOne's guides
//! `src/routes/(root)/opi/ko/integration/pg/v1/kg.mdx` (old module, `pg: "mobilians"`) and
//! `kg-mobilians-v2.mdx` (new module, a channel with `bypass.mobilians_v2`; the guide names no `pg`
//! code, so `options.pg` / `configure({ channels })` call it `mobilians_v2`), summarized in
//! `shared/reference/v1-pg-rules.md` §18–19; rules in [`check_v1`]. v2: PortOne has no v2 guide;
//! the bypass block follows the `MobiliansV2Bypass` type of npm `@portone/browser-sdk@0.1.11`
//! (`shared/reference/v2-sdk.md` §6).

use super::{BypassBlock, BypassTables, Gateway, V1Rules, V2Rules};
use crate::core::fields::{Key, Kind};
use crate::core::issue::Bi;

/// KG Mobilians.
pub static GATEWAY: Gateway = Gateway {
    id: "mobilians",
    name: bi!("KG모빌리언스", "KG Mobilians"),
    aliases: &["mobilians", "mobilians_v2", "kg_mobilians", "kgfinancial"],
    more_guides: &["src/routes/(root)/opi/ko/integration/pg/v1/kg.mdx"],
    v1: Some(V1),
    v2: Some(V2),
};

/// KG Mobilians' v2 rules as data.
pub const V2: V2Rules = V2Rules {
    guide: "src/schema/browser-sdk.yml",
    bypass_key: Some("mobilians_v2"),
    bypass: BypassTables {
        payment: Some(BYPASS),
        ..BypassTables::NONE
    },
    ..V2Rules::NONE
};

const YN: Kind = Kind::Enum(&["Y", "N"]);

static PAY_OPTIONS: &[Key] = &[
    Key::new("cn_pay_app_use_yn", YN),
    Key::new("cn_pay_app_use_cd", Kind::Enum(&["01", "02"])),
    Key::new("ep_pay_type", Kind::Enum(&["C", "P", "M"])),
    Key::new("mc_fix_no", YN),
    Key::new("mc_safe_call", Kind::Enum(&["SAFECALL"])),
    Key::new("mc_simple_pay", Kind::Enum(&["Y"])),
    Key::new("ra_escrow_password", Kind::Str),
    Key::new("ra_direct", YN),
    Key::new("va_cash_receipt", YN),
    Key::new("va_escrow", YN),
    Key::new("va_email", YN),
];
static HIDDEN_OPTIONS: &[Key] = &[
    Key::new("info_area", YN),
    Key::new("footer_area", YN),
    Key::new("product_area", YN),
    Key::new("email_area", YN),
];

/// `bypass.mobilians_v2` (payment).
static BYPASS: &[Key] = &[
    Key::new("noti_email", Kind::Str),
    Key::new("cp_logo", YN),
    Key::new("entp_logo", YN),
    Key::new("css_type", Kind::Str),
    Key::new("cp_ui", Kind::Str),
    Key::new("pay_options", Kind::Fields(PAY_OPTIONS)),
    Key::new("hidden_options", Kind::Fields(HIDDEN_OPTIONS)),
    Key::new("LOGO_YN", YN),
    Key::new("INFOAREA_YN", YN),
    Key::new("FOOTER_YN", YN),
    Key::new("CONTRACT_HIDDEN", YN),
    Key::new("EMAIL_HIDDEN", YN),
];

// ---------------------------------------------------------------------------------------------
// v1

use crate::core::fields::{check_keys, got, max_len, one_of, want_obj, want_str};
use crate::core::issue::{join, Code, Detail, Expected, Format, Severity};
use crate::core::text::{DateFmt, Unit};
use crate::core::v1::V1Ctx;
use crate::core::v1_options::{billing_window, direct_quota_months, redirect_on_mobile, BillingRule, Charge};
use crate::core::value::Value;

/// KG Mobilians' v1 rules (both modules).
pub const V1: V1Rules = V1Rules {
    guide: "src/routes/(root)/opi/ko/integration/pg/v1/kg-mobilians-v2.mdx",
    // `mobilians` is the old module's code; `mobilians_v2` names a new-module channel in
    // `options.pg` (the guide documents no `pg` code for it; a written one is warned).
    codes: &["mobilians", "mobilians_v2"],
    pay_methods: NEW_METHODS,
    extra_keys: &["customer_id", "useCardPoint", "phone"],
    card_direct: true,
    card_quota: true,
    escrow: true,
    escrow_ignored: None,
    // kg.mdx: `YYYYMMDD`; kg-mobilians-v2.mdx: `YYYY-MM-DD` or `YYYYMMDD`.
    vbank_due: &[DateFmt::Ymd, DateFmt::DashedYmd],
    languages: &[],
    bypass: &[
        BypassBlock::new("bypass", BYPASS_ROOT),
        BypassBlock::new("bypass.mobilians_v2", MOBILIANS_V1),
    ],
    check: check_v1,
};

/// New module `pay_method` values (default `card`).
static NEW_METHODS: &[&str] = &[
    "card",
    "phone",
    "vbank",
    "trans",
    "cultureland",
    "booknlife",
    "smartculture",
    "payco",
    "samsung",
    "ssgpay",
    "kakaopay",
    "naverpay",
    "lpay",
    "tosspay",
    "applepay",
];
static GIFTS: &[&str] = &["cultureland", "booknlife", "smartculture"];
static EASY_PAYS: &[&str] = &[
    "payco", "samsung", "ssgpay", "kakaopay", "naverpay", "lpay", "tosspay", "applepay",
];
static CARRIERS: &[&str] = &["SKT", "KTF", "LGT", "CJH", "KCT", "SKL"];

static OLD_BILLING: BillingRule = BillingRule {
    pay_methods: &["phone"],
    pay_methods_note: &OLD_BILLING_PHONE,
    charge: Charge::WhenAmount,
    amount_note: &CHARGED,
};
static NEW_BILLING: BillingRule = BillingRule {
    pay_methods: &["card", "phone"],
    pay_methods_note: &NEW_BILLING_METHODS,
    charge: Charge::WhenAmount,
    amount_note: &CHARGED,
};

static OLD_METHODS: Bi = bi!(
    "KG파이낸셜(구모듈) 가이드: pay_method는 card, phone만 지원합니다(그 밖의 결제수단은 신모듈).",
    "KG Financial (old module) guide: pay_method is card or phone (other methods need the new module)."
);
static OLD_BUYER_TEL: Bi = bi!(
    "KG파이낸셜(구모듈) 가이드 예제는 buyer_tel을 필수로 표시합니다(파라미터 설명은 선택).",
    "The KG Financial (old module) sample marks buyer_tel as required (its parameter list says optional)."
);
static OLD_BILLING_PHONE: Bi = bi!(
    "KG파이낸셜(구모듈) 가이드: 비인증 결제창(customer_uid)은 휴대폰 결제(phone)로 호출합니다.",
    "KG Financial (old module) guide: the billing-key window (customer_uid) is a phone payment (phone)."
);
static OLD_BILLING_MID: Bi = bi!(
    "KG파이낸셜(구모듈) 가이드: 비인증 결제창은 pg 'mobilians.{계약된 MID}'로 지정합니다.",
    "KG Financial (old module) guide: the billing-key window uses pg 'mobilians.{contracted MID}'."
);
static CHARGED: Bi = bi!(
    "KG파이낸셜 가이드: 빌링키 발급 시 금액만큼 실제 결제가 발생합니다(구모듈 휴대폰은 매월 같은 날 같은 금액으로 재결제). 신모듈 카드는 amount 0으로 빌링키만 발급할 수 있습니다.",
    "KG Financial guide: issuing the billing key charges the amount (old-module phone billing must re-charge the same amount on the same day each month); new-module cards can send amount 0 to only issue the key."
);
static NEW_PG: Bi = bi!(
    "KG파이낸셜(신모듈) 가이드에는 pg 코드가 없습니다. channelKey로 채널을 지정하세요.",
    "The KG Financial (new module) guide documents no pg code; choose the channel with channelKey."
);
static NEW_BILLING_METHODS: Bi = bi!(
    "KG파이낸셜(신모듈) 가이드: 빌링키 발급은 card 또는 phone만 허용합니다.",
    "KG Financial (new module) guide: billing keys take card or phone only."
);
static MERCHANT_UID_MIN: Bi = bi!(
    "KG파이낸셜(신모듈) 가이드: merchant_uid는 최소 4글자, 최대 40글자입니다.",
    "KG Financial (new module) guide: merchant_uid is 4 to 40 characters."
);
static TAX_SCOPE: Bi = bi!(
    "KG파이낸셜(신모듈): 면세·부가세 금액은 카드와 간편결제(페이코 제외)에만 적용되고 빌링키 결제에서는 지원하지 않습니다.",
    "KG Financial (new module): tax-free and VAT amounts only apply to cards and easy pays (not PAYCO), and not to billing payments."
);
static VBANK_DUE: Bi = bi!(
    "KG파이낸셜(신모듈) 가이드: 가상계좌에는 vbank_due(YYYY-MM-DD 또는 YYYYMMDD)가 필수입니다.",
    "KG Financial (new module) guide: virtual accounts need vbank_due (YYYY-MM-DD or YYYYMMDD)."
);
static CUSTOMER_ID: Bi = bi!(
    "KG파이낸셜(신모듈) 가이드: 상품권 결제와 카드 빌링키 단독 발급에는 customer_id(20바이트 이하)가 필수입니다.",
    "KG Financial (new module) guide: gift certificates and card billing keys without a charge need customer_id (at most 20 bytes)."
);
static SSGPAY_TEL: Bi = bi!(
    "KG파이낸셜(신모듈) 가이드: SSGPAY 결제에는 buyer_tel이 필수입니다.",
    "KG Financial (new module) guide: SSGPAY needs buyer_tel."
);
static ESCROW_NAME: Bi = bi!(
    "KG파이낸셜(신모듈) 가이드: 계좌이체 에스크로에는 buyer_name이 필수입니다.",
    "KG Financial (new module) guide: transfer escrow needs buyer_name."
);
static ESCROW_SCOPE: Bi = bi!(
    "KG파이낸셜(신모듈) 가이드: escrow는 계좌이체 에스크로 사용과 가상계좌 에스크로 노출에만 쓰입니다.",
    "KG Financial (new module) guide: escrow only means transfer escrow or showing virtual-account escrow."
);
static RA_DIRECT_ESCROW: Bi = bi!(
    "KG파이낸셜(신모듈) 가이드: ra_direct 'Y'와 escrow true를 함께 쓰면 buyer_tel, buyer_email, pay_options.ra_escrow_password가 필수입니다.",
    "KG Financial (new module) guide: ra_direct 'Y' with escrow true needs buyer_tel, buyer_email and pay_options.ra_escrow_password."
);
static CASH_RECEIPT_NEEDED: Bi = bi!(
    "KG파이낸셜(신모듈) 가이드: ra_direct 'Y' 또는 ep_pay_type 'P'(Npay 포인트)에는 bypass.cashReceiptType과 bypass.customerIdentifier가 필수입니다.",
    "KG Financial (new module) guide: ra_direct 'Y' or ep_pay_type 'P' (Npay points) needs bypass.cashReceiptType and bypass.customerIdentifier."
);
static FIX_NO_TEL: Bi = bi!(
    "KG파이낸셜(신모듈) 가이드: mc_fix_no 'Y'(번호 고정)에는 buyer_tel이 필수입니다.",
    "KG Financial (new module) guide: mc_fix_no 'Y' (fixed number) needs buyer_tel."
);
static DIRECT_QUOTA: Bi = bi!(
    "KG파이낸셜(신모듈) 가이드: card.direct.code를 보내면 quota가 필수입니다.",
    "KG Financial (new module) guide: card.direct with a code needs quota."
);
static NOT_GIFT: Bi = bi!(
    "KG파이낸셜(신모듈) 가이드: 상품권 결제에서는 사용할 수 없습니다.",
    "KG Financial (new module) guide: not available for gift certificates."
);
static PHONE_ONLY: Bi = bi!(
    "KG파이낸셜(신모듈) 가이드: 휴대폰 결제창에서만 사용할 수 있습니다.",
    "KG Financial (new module) guide: only for the phone-payment window."
);
static CULTURELAND_ONLY: Bi = bi!(
    "KG파이낸셜(신모듈) 가이드: 컬쳐랜드 문화상품권에서만 사용할 수 있습니다.",
    "KG Financial (new module) guide: only for Cultureland gift certificates."
);
static NPAY_ONLY: Bi = bi!(
    "KG파이낸셜(신모듈) 가이드: ep_pay_type C·P는 Npay에서만, M은 카카오페이·토스페이 머니에 쓰입니다.",
    "KG Financial (new module) guide: ep_pay_type C and P are for Npay only; M is KakaoPay or Toss money."
);
static APP_USE_CD: Bi = bi!(
    "KG파이낸셜(신모듈) 가이드: cn_pay_app_use_cd는 cn_pay_app_use_yn이 'Y'일 때만 쓸 수 있습니다.",
    "KG Financial (new module) guide: cn_pay_app_use_cd only works with cn_pay_app_use_yn 'Y'."
);
static CSS_TYPE: Bi = bi!(
    "KG파이낸셜(신모듈) 가이드: css_type은 HTML 색상코드(#RRGGBB)입니다.",
    "KG Financial (new module) guide: css_type is an HTML colour code (#RRGGBB)."
);
static CASH_RECEIPT_SCOPE: Bi = bi!(
    "KG파이낸셜(신모듈) 가이드: cashReceiptType·customerIdentifier는 간편결제와 계좌이체에서 씁니다.",
    "KG Financial (new module) guide: cashReceiptType and customerIdentifier are for easy pays and transfers."
);
static MIN_AMOUNT: Bi = bi!(
    "KG파이낸셜(신모듈): 100원 미만 결제는 거절될 수 있습니다(결제수단마다 다름).",
    "KG Financial (new module): payments under 100 KRW may be rejected (varies by method)."
);

fn check_v1(ctx: &mut V1Ctx) {
    if ctx.code == "mobilians" {
        old_module(ctx);
    } else {
        new_module(ctx);
    }
    redirect_on_mobile(ctx);
}

fn old_module(ctx: &mut V1Ctx) {
    let pm = ctx.pay_method.clone().unwrap_or_else(|| "card".to_string());
    if NEW_METHODS.contains(&pm.as_str()) && !matches!(pm.as_str(), "card" | "phone") {
        ctx.r
            .unsupported("pay_method", Severity::Error, &GATEWAY.name, &OLD_METHODS);
    }
    if ctx.req.get("buyer_tel").is_none() {
        ctx.r.push(
            "buyer_tel",
            Code::Required,
            Severity::Warning,
            Detail::Required,
            Some(&OLD_BUYER_TEL),
        );
    }
    billing_window(ctx, &OLD_BILLING);
    if ctx.billing() && ctx.req.get("pg").is_some() && ctx.mid.is_none() {
        ctx.r.warn(
            "pg",
            Code::InvalidFormat,
            Detail::Format(Format::PgCode),
            Some(&OLD_BILLING_MID),
        );
    }
}

fn new_module(ctx: &mut V1Ctx) {
    let pm = ctx.pay_method.clone().unwrap_or_else(|| "card".to_string());
    let pm = pm.as_str();
    let billing = ctx.billing();
    let escrow = ctx.req.get("escrow") == Some(&Value::Bool(true));
    if ctx.req.get("pg").is_some() {
        ctx.r.warn("pg", Code::Unsupported, Detail::Note, Some(&NEW_PG));
    }
    if let Some(id) = ctx.req.get("merchant_uid").and_then(Value::as_str) {
        if !id.is_empty() && id.chars().count() < 4 {
            ctx.r.error(
                "merchant_uid",
                Code::OutOfRange,
                Detail::Range {
                    min: Some(4),
                    max: Some(40),
                },
                Some(&MERCHANT_UID_MIN),
            );
        }
    }
    let taxed_scope = (pm == "card" || EASY_PAYS.contains(&pm)) && pm != "payco" && !billing;
    for key in ["tax_free", "vat_amount"] {
        if ctx.req.get(key).is_some() && !taxed_scope {
            ctx.r.warn(key, Code::Unsupported, Detail::Note, Some(&TAX_SCOPE));
        }
    }
    if pm == "vbank" && ctx.req.get("vbank_due").is_none() {
        ctx.r.required("vbank_due", Some(&VBANK_DUE));
    }
    match ctx.req.get("customer_id") {
        Some(Value::Str(s)) => {
            let s = s.clone();
            if !max_len(&s, 20, Unit::Bytes, "customer_id", Severity::Error, ctx.r) {
                if let Some(last) = ctx.r.issues.last_mut() {
                    last.note = Some(&CUSTOMER_ID);
                }
            }
        }
        None => {
            let key_only = billing && pm == "card" && ctx.amount == Some(0.0);
            if GIFTS.contains(&pm) || key_only {
                ctx.r.required("customer_id", Some(&CUSTOMER_ID));
            }
        }
        Some(_) => {}
    }
    if pm == "ssgpay" && ctx.req.get("buyer_tel").is_none() {
        ctx.r.required("buyer_tel", Some(&SSGPAY_TEL));
    }
    if escrow {
        if !matches!(pm, "trans" | "vbank") {
            ctx.r
                .warn("escrow", Code::Unsupported, Detail::Note, Some(&ESCROW_SCOPE));
        } else if pm == "trans" && ctx.req.get("buyer_name").is_none() {
            ctx.r.required("buyer_name", Some(&ESCROW_NAME));
        }
    }
    crate::core::fields::want_bool(ctx.req.get("useCardPoint"), "useCardPoint", ctx.r);
    if ctx.amount.is_some_and(|a| a > 0.0 && a < 100.0) && ctx.krw {
        ctx.r.warn("amount", Code::OutOfRange, Detail::Note, Some(&MIN_AMOUNT));
    }
    billing_window(ctx, &NEW_BILLING);

    // card.direct: quota with code; usePoint boolean.
    if let Some(d) = ctx
        .req
        .get("card")
        .and_then(Value::as_obj)
        .and_then(|c| c.get("direct"))
        .and_then(Value::as_obj)
    {
        if d.get("code").is_some() && d.get("quota").is_none() {
            ctx.r.required("card.direct.quota", Some(&DIRECT_QUOTA));
        }
        if let Some(v) = d.get("usePoint") {
            if !matches!(v, Value::Bool(_) | Value::Odd(_)) {
                ctx.r.wrong_type("card.direct.usePoint", Expected::Boolean, got(v));
            }
        }
    }
    direct_quota_months(ctx);

    if let Some(phone) = want_obj(ctx.req.get("phone"), "phone", ctx.r) {
        if pm != "phone" {
            ctx.r.warn("phone", Code::Unsupported, Detail::Note, Some(&PHONE_ONLY));
        }
        check_keys(phone, "phone", &[Key::new("carrier", Kind::Any)], ctx.mobile, ctx.r);
        if let Some(c) = want_str(phone.get("carrier"), "phone.carrier", ctx.r) {
            one_of(c, CARRIERS, "phone.carrier", Severity::Error, None, ctx.r);
        }
    }
    bypass_v1(ctx, pm, escrow);
}

static BYPASS_ROOT: &[Key] = &[
    Key::new("cashReceiptType", Kind::Enum(&["personal", "corporate"])),
    Key::new("customerIdentifier", Kind::Str),
    Key::new("mobilians_v2", Kind::Any),
];
static PAY_OPTIONS_V1: &[Key] = &[
    Key::new("cn_pay_app_use_yn", YN),
    Key::new("cn_pay_app_use_cd", Kind::Enum(&["01", "02"])),
    Key::new("ep_pay_type", Kind::Enum(&["C", "P", "M"])),
    Key::new("mc_fix_no", Kind::Enum(&["Y"])),
    Key::new("mc_safe_call", Kind::Str),
    Key::new("ra_escrow_password", Kind::Str),
    Key::new("ra_direct", YN),
    Key::new("va_cash_receipt", YN),
    Key::new("va_email", YN),
];
static HIDDEN_OPTIONS_V1: &[Key] = &[
    Key::new("footer_area", YN),
    Key::new("product_area", YN),
    Key::new("email_area", YN),
];
static MOBILIANS_V1: &[Key] = &[
    Key::new("cp_logo", YN),
    Key::new("css_type", Kind::Str),
    Key::new("pay_options", Kind::Fields(PAY_OPTIONS_V1)),
    Key::new("hidden_options", Kind::Fields(HIDDEN_OPTIONS_V1)),
    Key::new("LOGO_YN", YN),
    Key::new("EMAIL_HIDDEN", YN),
];

fn bypass_v1(ctx: &mut V1Ctx, pm: &str, escrow: bool) {
    let Some(b) = ctx.req.get("bypass").and_then(Value::as_obj) else {
        return;
    };
    check_keys(b, "bypass", BYPASS_ROOT, ctx.mobile, ctx.r);
    let cash = b.get("cashReceiptType").is_some() || b.get("customerIdentifier").is_some();
    if cash && !(pm == "trans" || EASY_PAYS.contains(&pm)) {
        for key in ["cashReceiptType", "customerIdentifier"] {
            if b.get(key).is_some() {
                ctx.r.warn(
                    join("bypass", key),
                    Code::Unsupported,
                    Detail::Note,
                    Some(&CASH_RECEIPT_SCOPE),
                );
            }
        }
    }
    let has_cash = b.get("cashReceiptType").is_some() && b.get("customerIdentifier").is_some();
    let Some(m) = want_obj(b.get("mobilians_v2"), "bypass.mobilians_v2", ctx.r) else {
        return;
    };
    check_keys(m, "bypass.mobilians_v2", MOBILIANS_V1, ctx.mobile, ctx.r);
    let gift = GIFTS.contains(&pm);
    for key in ["cp_logo", "css_type"] {
        if gift && m.get(key).is_some() {
            ctx.r.warn(
                join("bypass.mobilians_v2", key),
                Code::Unsupported,
                Detail::Note,
                Some(&NOT_GIFT),
            );
        }
    }
    if let Some(css) = m.get("css_type").and_then(Value::as_str) {
        let ok = css
            .strip_prefix('#')
            .is_some_and(|h| h.len() == 6 && h.bytes().all(|b| b.is_ascii_hexdigit()));
        if !ok {
            ctx.r.error(
                "bypass.mobilians_v2.css_type",
                Code::InvalidFormat,
                Detail::Format(Format::Described),
                Some(&CSS_TYPE),
            );
        }
    }
    if m.get("EMAIL_HIDDEN").is_some() && pm != "cultureland" {
        ctx.r.warn(
            "bypass.mobilians_v2.EMAIL_HIDDEN",
            Code::Unsupported,
            Detail::Note,
            Some(&CULTURELAND_ONLY),
        );
    }
    if let Some(h) = m.get("hidden_options").and_then(Value::as_obj) {
        for key in ["footer_area", "product_area"] {
            if h.get(key).is_some() && pm != "phone" {
                ctx.r.warn(
                    join("bypass.mobilians_v2.hidden_options", key),
                    Code::Unsupported,
                    Detail::Note,
                    Some(&PHONE_ONLY),
                );
            }
        }
    }
    let Some(o) = m.get("pay_options").and_then(Value::as_obj) else {
        return;
    };
    let s = |k: &str| o.get(k).and_then(Value::as_str);
    const PO: &str = "bypass.mobilians_v2.pay_options";
    if s("cn_pay_app_use_cd").is_some() && s("cn_pay_app_use_yn") != Some("Y") {
        ctx.r.error(
            join(PO, "cn_pay_app_use_cd"),
            Code::Conflict,
            Detail::Conflict {
                with: "bypass.mobilians_v2.pay_options.cn_pay_app_use_yn",
            },
            Some(&APP_USE_CD),
        );
    }
    match s("ep_pay_type") {
        Some("C" | "P") if pm != "naverpay" => {
            ctx.r.warn(
                join(PO, "ep_pay_type"),
                Code::Unsupported,
                Detail::Note,
                Some(&NPAY_ONLY),
            );
        }
        Some("M") if !matches!(pm, "kakaopay" | "tosspay") => {
            ctx.r.warn(
                join(PO, "ep_pay_type"),
                Code::Unsupported,
                Detail::Note,
                Some(&NPAY_ONLY),
            );
        }
        _ => {}
    }
    let ra_direct = s("ra_direct") == Some("Y");
    if (ra_direct || s("ep_pay_type") == Some("P")) && !has_cash {
        for key in ["cashReceiptType", "customerIdentifier"] {
            if b.get(key).is_none() {
                ctx.r.required(join("bypass", key), Some(&CASH_RECEIPT_NEEDED));
            }
        }
    }
    if ra_direct && escrow {
        for key in ["buyer_tel", "buyer_email"] {
            if ctx.req.get(key).is_none() && !ctx.r.has(key, Code::Required) {
                ctx.r.required(key, Some(&RA_DIRECT_ESCROW));
            }
        }
        if o.get("ra_escrow_password").is_none() {
            ctx.r.required(join(PO, "ra_escrow_password"), Some(&RA_DIRECT_ESCROW));
        }
    }
    if s("mc_fix_no") == Some("Y") && ctx.req.get("buyer_tel").is_none() && !ctx.r.has("buyer_tel", Code::Required) {
        ctx.r.required("buyer_tel", Some(&FIX_NO_TEL));
    }
}
