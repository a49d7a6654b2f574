//! Welcome Payments (웰컴페이먼츠), v1 and v2. v1 source: PortOne's guide
//! `src/routes/(root)/opi/ko/integration/pg/v1/welcome/readme.mdx` (`shared/reference/v1-pg-rules.md`
//! §22; rules in [`check_v1`]). v2 source: PortOne's guide
//! `src/routes/(root)/opi/ko/integration/pg/v2/welcome.mdx`, which mirrors KG Inicis' (shared
//! rules are in [`super::inicis::check_family`]); the orderName and fullName limits come from the
//! docs schema `src/schema/browser-sdk.yml` (`shared/reference/v2-pg-rules.md` §9). Welcome takes
//! KRW only. Its billing-key bypass has the npm type's `logo_url`/`logo_2nd` and the guide's
//! `carduse` (v2-pg-rules.md §23.7).

use super::inicis::{check_family, CUSTOMER, FULL_NAME, IGNORED, ORDER_NAME};
use super::{BypassBlock, BypassTables, Gateway, V1Rules, V2Rules};
use crate::core::fields::{Key, Kind};
use crate::core::issue::Bi;

/// Welcome Payments.
pub static GATEWAY: Gateway = Gateway {
    id: "welcome",
    name: bi!("웰컴페이먼츠", "Welcome Payments"),
    aliases: &["welcome"],
    more_guides: &[],
    v1: Some(V1),
    v2: Some(V2),
};

/// Welcome's v2 rules as data.
pub const V2: V2Rules = V2Rules {
    guide: "src/routes/(root)/opi/ko/integration/pg/v2/welcome.mdx",
    bypass_key: Some("welcome"),
    bypass: BypassTables {
        payment: Some(BYPASS),
        billing: Some(BYPASS_BILLING),
        billing_and_pay: Some(BYPASS_BILLING_AND_PAY),
        load_payment_ui: None,
        load_issue_billing_key_ui: None,
    },
    pay_methods: Some(&[
        "CARD",
        "TRANSFER",
        "VIRTUAL_ACCOUNT",
        "GIFT_CERTIFICATE",
        "MOBILE",
        "EASY_PAY",
    ]),
    easy_pay_providers: Some(&["KAKAOPAY", "LPAY", "TOSSPAY", "PAYCO", "NAVERPAY"]),
    billing_key_methods: Some(&["CARD"]),
    billing_key_and_pay_methods: Some(&["MOBILE"]),
    currencies: Some(&["KRW"]),
    locales: Some(&["KO_KR", "EN_US", "ZH_CN"]),
    order_name: Some(ORDER_NAME),
    full_name: Some(FULL_NAME),
    customer: CUSTOMER,
    mobile_needs_product_type: true,
    ignored: IGNORED,
    check: check_family,
    ..V2Rules::NONE
};

/// `bypass.welcome` (payment).
static BYPASS: &[Key] = &[
    Key::pc("logo_url", Kind::Url),
    Key::pc("logo_2nd", Kind::Url),
    Key::pc("acceptmethod", Kind::ListOf(&Kind::Str)),
    Key::mobile("P_CARD_OPTION", Kind::Str),
    Key::mobile("P_ONLY_EASYPAYCODE", Kind::Str),
    Key::mobile("P_RESERVED", Kind::ListOf(&Kind::Str)),
];

/// `bypass.welcome` (billing key).
static BYPASS_BILLING: &[Key] = &[
    Key::new("logo_url", Kind::Url),
    Key::new("logo_2nd", Kind::Url),
    Key::mobile("carduse", Kind::Enum(&["percard", "cocard"])),
];

/// `bypass.welcome` (billing key and pay).
static BYPASS_BILLING_AND_PAY: &[Key] = &[
    Key::new("acceptmethod", Kind::ListOf(&Kind::Str)),
    Key::new("P_RESERVED", Kind::ListOf(&Kind::Str)),
];

// ---------------------------------------------------------------------------------------------
// v1

use crate::core::fields::{check_keys, want_arr, want_obj, want_str};
use crate::core::issue::{index, join, Code, Detail, Format, Severity};
use crate::core::text::{parse_date, DateFmt};
use crate::core::v1::V1Ctx;
use crate::core::v1_options::{billing_window, currencies, joined, Arg, BillingRule, Charge, Opt, Style};
use crate::core::value::Value;

/// Welcome's v1 (`IMP.request_pay`) rules.
pub const V1: V1Rules = V1Rules {
    guide: "src/routes/(root)/opi/ko/integration/pg/v1/welcome/readme.mdx",
    codes: &["welcome"],
    pay_methods: &[
        "card",
        "trans",
        "vbank",
        "phone",
        "culturegift",
        "lpay",
        "kakaopay",
        "payco",
        "tosspay",
        "naverpay",
    ],
    extra_keys: &["useCardPoint", "period", "customer_id"],
    card_direct: true,
    card_quota: true,
    escrow: true,
    escrow_ignored: None,
    vbank_due: &[DateFmt::DashedYmd, DateFmt::DashedYmdHms, DateFmt::Ymd, DateFmt::YmdHms],
    languages: &["ko", "en", "zh"],
    bypass: &[
        BypassBlock::new("bypass", BYPASS_ROOT_V1),
        BypassBlock::new("bypass.welcome", BYPASS_V1).with_options(BYPASS_V1_OPTIONS),
    ],
    check: check_v1,
};

/// `period.from` / `period.to` layouts (주요 파라미터 period).
static PERIOD_FORMATS: &[DateFmt] = &[DateFmt::DashedYmd, DateFmt::DashedYmdHms, DateFmt::Ymd, DateFmt::YmdHms];
/// Carrier codes of `hppdefaultcorp` / `hpp_default_corp` (the tables; `KT` is how the examples
/// write KT, warned: the table says `KTF`).
static CORPS: &[&str] = &["SKT", "KTF", "LGT", "MVNO", "CJH", "KCT", "SKL"];
static EASY_CODES_PC: &[&str] = &["kakaopay", "lpay", "payco", "tosspay", "naverpay"];
static EASY_CODES_MOBILE: &[&str] = &["KAKAOPAY", "LPAY", "PAYCO", "TOSSPAY", "NPAY"];

static ACCEPTMETHOD: &[Opt] = &[
    Opt::new("SKIN", Arg::Grammar(hex_color), Some(&SKIN)),
    Opt::flag("below1000"),
    Opt::flag("paypopup"),
    Opt::new("onlyeasypaycode", Arg::Grammar(easy_codes_pc), Some(&EASY_PC)),
    Opt::new("SLIMQUOTA", Arg::Grammar(slim_quota), Some(&SLIMQUOTA)),
    Opt::new("hppdefaultcorp", Arg::Grammar(corp), Some(&CORP)),
    Opt::new("hppnofix", Arg::OneOf(&["Y", "N"]), None),
];
static P_RESERVED: &[Opt] = &[
    Opt::new("below1000", Arg::OneOf(&["Y"]), None),
    Opt::new("hpp_default_corp", Arg::Grammar(corp), Some(&CORP)),
    Opt::new("hpp_nofix", Arg::OneOf(&["Y", "N"]), None),
    // The guide's example writes `hppnofix=Y` (the table: `hpp_nofix`); warned below.
    Opt::new("hppnofix", Arg::OneOf(&["Y", "N"]), None),
];
static P_CARD_OPTION: &[Opt] = &[
    Opt::new("selcode", Arg::Grammar(two_digits), None),
    Opt::new("onlycard", Arg::OneOf(&["visa3d", "isp", "easypay"]), None),
];

static BYPASS_V1: &[Key] = &[
    Key::pc("logo_url", Kind::Url),
    Key::pc("logo_2nd", Kind::Url),
    Key::mobile("P_CARD_OPTION", Kind::Any),
    Key::mobile("P_ONLY_EASYPAYCODE", Kind::Any),
    Key::pc("acceptmethod", Kind::Any),
    Key::mobile("P_RESERVED", Kind::Any),
];

fn hex_color(s: &str) -> bool {
    s.strip_prefix('#')
        .is_some_and(|h| h.len() == 6 && h.bytes().all(|b| b.is_ascii_hexdigit()))
}
fn easy_codes_pc(s: &str) -> bool {
    s.split(':').all(|c| EASY_CODES_PC.contains(&c))
}
fn corp(s: &str) -> bool {
    CORPS.contains(&s) || s == "KT"
}
fn two_digits(s: &str) -> bool {
    s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit())
}
/// `코드-개월:개월^코드-개월:개월` (e.g. `11-2:3^34-2:3`).
fn slim_quota(s: &str) -> bool {
    s.split('^').all(|g| {
        g.split_once('-').is_some_and(|(card, months)| {
            two_digits(card)
                && months
                    .split(':')
                    .all(|m| !m.is_empty() && m.len() <= 2 && m.bytes().all(|b| b.is_ascii_digit()))
        })
    })
}

static SKIN: Bi = bi!(
    "웰컴페이먼츠 가이드: SKIN(#RRGGBB) 형식의 색상 코드입니다(기본 #c1272c).",
    "Welcome Payments guide: SKIN takes a #RRGGBB colour (default #c1272c)."
);
static EASY_PC: Bi = bi!(
    "웰컴페이먼츠 가이드: onlyeasypaycode(kakaopay:lpay:payco:tosspay:naverpay 중 ':'로 연결)입니다.",
    "Welcome Payments guide: onlyeasypaycode takes kakaopay, lpay, payco, tosspay, naverpay joined by ':'."
);
static EASY_MOBILE: Bi = bi!(
    "웰컴페이먼츠 가이드: P_ONLY_EASYPAYCODE는 KAKAOPAY, LPAY, PAYCO, TOSSPAY, NPAY를 ':'로 연결한 문자열입니다.",
    "Welcome Payments guide: P_ONLY_EASYPAYCODE joins KAKAOPAY, LPAY, PAYCO, TOSSPAY, NPAY with ':'."
);
static SLIMQUOTA: Bi = bi!(
    "웰컴페이먼츠 가이드: SLIMQUOTA(코드-개월:개월^코드-개월:개월) 형식입니다(예: SLIMQUOTA(11-2:3^34-2:3)).",
    "Welcome Payments guide: SLIMQUOTA(code-months:months^code-months:months), e.g. SLIMQUOTA(11-2:3^34-2:3)."
);
static CORP: Bi = bi!(
    "웰컴페이먼츠 가이드: 통신사 코드는 SKT, KTF, LGT, MVNO, CJH, KCT, SKL입니다.",
    "Welcome Payments guide: carrier codes are SKT, KTF, LGT, MVNO, CJH, KCT, SKL."
);
static KT_SPELLING: Bi = bi!(
    "웰컴페이먼츠 가이드의 예제는 KT라고 쓰지만 통신사 코드표는 KT를 KTF로 적습니다. KTF를 쓰세요.",
    "The Welcome Payments guide's example writes KT, but its carrier table gives KT as KTF; use KTF."
);
static NOFIX_SPELLING: Bi = bi!(
    "웰컴페이먼츠 가이드의 P_RESERVED 표는 hpp_nofix로 적습니다(예제의 hppnofix는 PC acceptmethod의 이름).",
    "The Welcome Payments guide's P_RESERVED table writes hpp_nofix (the example's hppnofix is the PC acceptmethod name)."
);
static BUYER_NAME: Bi = bi!(
    "웰컴페이먼츠 가이드: buyer_name(구매자 이름)은 필수입니다.",
    "Welcome Payments guide: buyer_name is required."
);
static BUYER_TEL: Bi = bi!(
    "웰컴페이먼츠 가이드: buyer_tel(구매자 연락처)은 필수입니다.",
    "Welcome Payments guide: buyer_tel is required."
);
static NAME: Bi = bi!(
    "웰컴페이먼츠 가이드: name(주문명)은 필수입니다.",
    "Welcome Payments guide: name is required."
);
static MOBILE_REDIRECT: Bi = bi!(
    "웰컴페이먼츠 가이드: 모바일 환경에서는 m_redirect_url이 필수입니다.",
    "Welcome Payments guide: m_redirect_url is required on mobile."
);
static DIGITAL: Bi = bi!(
    "웰컴페이먼츠 가이드: 휴대폰 소액결제에는 digital(실물/컨텐츠 여부)이 필수입니다.",
    "Welcome Payments guide: phone payments need digital (physical or digital goods)."
);
static CURRENCY: Bi = bi!(
    "웰컴페이먼츠 가이드: 통화는 KRW만 허용됩니다.",
    "Welcome Payments guide: KRW only."
);
static VAT_TEN_PERCENT: Bi = bi!(
    "웰컴페이먼츠 가이드: vat_amount는 상점 아이디가 '부가세 업체 정함'일 때만 보낼 수 있고 전체 금액의 10% 이하만 허용됩니다.",
    "Welcome Payments guide: vat_amount only works for MIDs set to 'merchant sets VAT' and may be at most 10% of the total."
);
static VBANK_DUE_SECONDS: Bi = bi!(
    "웰컴페이먼츠 가이드: 입금기한의 초는 무시되고 59초로 설정됩니다.",
    "Welcome Payments guide: the seconds of the due time are ignored and set to 59."
);
static ESCROW_METHODS: Bi = bi!(
    "웰컴페이먼츠 가이드: 에스크로는 카드·계좌이체·가상계좌에서만 허용됩니다.",
    "Welcome Payments guide: escrow is only allowed with card, trans and vbank."
);
static USE_CARD_POINT: Bi = bi!(
    "웰컴페이먼츠 가이드: useCardPoint: false(포인트 사용 불가)는 지원하지 않습니다. true를 보내거나 생략하세요.",
    "Welcome Payments guide: useCardPoint: false is not supported; send true or leave it out."
);
static DIRECT_QUOTA: Bi = bi!(
    "웰컴페이먼츠 가이드: 카드사 다이렉트 호출(card.direct)에는 quota(할부 개월 수, 일시불 0)가 필수입니다.",
    "Welcome Payments guide: opening a card directly (card.direct) needs quota (months; 0 for lump sum)."
);
static KAKAOBANK_LUMP: Bi = bi!(
    "웰컴페이먼츠 가이드: 카카오뱅크 카드는 일시불(0)만 가능합니다.",
    "Welcome Payments guide: KakaoBank cards take lump sum (0) only."
);
static PERIOD_ONE_OF: Bi = bi!(
    "웰컴페이먼츠 가이드: period는 (from과 to) 또는 interval 중 하나만 입력합니다.",
    "Welcome Payments guide: period takes either from and to, or interval, not both."
);
static PERIOD_PHONE_MOBILE: Bi = bi!(
    "웰컴페이먼츠 가이드: 모바일 휴대폰 소액결제에서는 period를 지원하지 않습니다.",
    "Welcome Payments guide: period is not supported for phone payments on mobile."
);
static PERIOD_PC_DATE: Bi = bi!(
    "웰컴페이먼츠 가이드: PC에서는 날짜까지만 쓰이고 시간은 무시됩니다.",
    "Welcome Payments guide: on PC only the date is used; the time is ignored."
);
static BILLING_CARD: Bi = bi!(
    "웰컴페이먼츠 가이드: 빌링키 발급 창은 pay_method 'card'(필수 입력), 빌링키 발급과 동시에 결제 창은 'phone'만 지원합니다.",
    "Welcome Payments guide: the billing-key window takes pay_method 'card' (required); billing-and-pay takes 'phone' only."
);
static BILLING_NOT_CHARGED: Bi = bi!(
    "웰컴페이먼츠 가이드: 빌링키 발급 창의 금액은 표시용이며 실제로 승인되지 않습니다.",
    "Welcome Payments guide: the billing-key window's amount is only displayed, not charged."
);
static BILLING_CHARGED: Bi = bi!(
    "웰컴페이먼츠 가이드: 빌링키 발급과 동시에 결제(phone)는 금액만큼 실제로 승인됩니다.",
    "Welcome Payments guide: billing-and-pay (phone) charges the amount."
);
static BILLING_TAX: Bi = bi!(
    "웰컴페이먼츠 빌링키 발급 창에는 면세·부가세 금액 파라미터가 없어 무시됩니다.",
    "The Welcome Payments billing-key window has no tax-free or VAT parameter; it is ignored."
);
static CASH_RECEIPT: Bi = bi!(
    "웰컴페이먼츠는 bypass.cashReceiptType 'anonymous'만 지원합니다.",
    "Welcome Payments only supports bypass.cashReceiptType 'anonymous'."
);
static CARD_ONLY: Bi = bi!(
    "웰컴페이먼츠 가이드: 카드 결제 전용 파라미터입니다.",
    "Welcome Payments guide: a card-payment parameter."
);

static BILLING_KEY_ONLY: BillingRule = BillingRule {
    pay_methods: &["card", "phone"],
    pay_methods_note: &BILLING_CARD,
    charge: Charge::Never,
    amount_note: &BILLING_NOT_CHARGED,
};
static BILLING_AND_PAY: BillingRule = BillingRule {
    pay_methods: &["card", "phone"],
    pay_methods_note: &BILLING_CARD,
    charge: Charge::WhenAmount,
    amount_note: &BILLING_CHARGED,
};

fn check_v1(ctx: &mut V1Ctx) {
    let pm_given = ctx.pay_method.clone();
    let pm = pm_given.clone().unwrap_or_else(|| "card".to_string());
    let pm = pm.as_str();
    let billing = ctx.billing();

    for (key, note) in [("buyer_name", &BUYER_NAME), ("buyer_tel", &BUYER_TEL)] {
        if ctx.req.get(key).is_none() {
            ctx.r.required(key, Some(note));
        }
    }
    if !billing && ctx.req.get("name").is_none() {
        ctx.r.required("name", Some(&NAME));
    }
    if ctx.mobile == Some(true) && ctx.req.get("m_redirect_url").is_none() {
        ctx.r.required("m_redirect_url", Some(&MOBILE_REDIRECT));
    }
    crate::core::v1_options::env_only(ctx, "app_scheme", true, None);
    if pm == "phone" && ctx.req.get("digital").is_none() {
        ctx.r.required("digital", Some(&DIGITAL));
    }
    currencies(ctx, &["KRW"], &CURRENCY);
    if let (Some(v), Some(a)) = (ctx.req.get("vat_amount").and_then(Value::as_num), ctx.amount) {
        if v.v > a / 10.0 {
            ctx.r
                .error("vat_amount", Code::OutOfRange, Detail::Note, Some(&VAT_TEN_PERCENT));
        }
    }
    if let Some(s) = ctx.req.get("vbank_due").and_then(Value::as_str) {
        if matches!(parse_date(s, PERIOD_FORMATS), Some((DateFmt::YmdHms | DateFmt::DashedYmdHms, dt)) if dt.s != 59) {
            ctx.r
                .warn("vbank_due", Code::Unsupported, Detail::Note, Some(&VBANK_DUE_SECONDS));
        }
    }
    if ctx.req.get("escrow") == Some(&Value::Bool(true)) && !matches!(pm, "card" | "trans" | "vbank") {
        ctx.r
            .unsupported("escrow", Severity::Error, &GATEWAY.name, &ESCROW_METHODS);
    }
    match ctx.req.get("useCardPoint") {
        Some(Value::Bool(false)) => ctx
            .r
            .error("useCardPoint", Code::Unsupported, Detail::Note, Some(&USE_CARD_POINT)),
        v => {
            crate::core::fields::want_bool(v, "useCardPoint", ctx.r);
        }
    }

    // billing: card issues a key only; phone issues and charges.
    if billing {
        if pm_given.is_none() {
            ctx.r.required("pay_method", Some(&BILLING_CARD));
        }
        if pm == "phone" {
            billing_window(ctx, &BILLING_AND_PAY);
        } else {
            billing_window(ctx, &BILLING_KEY_ONLY);
            if !ctx.r.has("pay_method", Code::Unsupported) && pm != "card" {
                ctx.r
                    .unsupported("pay_method", Severity::Error, &GATEWAY.name, &BILLING_CARD);
            }
            for key in ["tax_free", "vat_amount"] {
                if ctx.req.get(key).is_some() {
                    ctx.r.warn(key, Code::Unsupported, Detail::Note, Some(&BILLING_TAX));
                }
            }
        }
    }

    // card.direct: quota required; KakaoBank lump sum only.
    let direct = ctx
        .req
        .get("card")
        .and_then(Value::as_obj)
        .and_then(|c| c.get("direct"))
        .and_then(Value::as_obj);
    if let Some(d) = direct {
        let quota = d.get("quota").and_then(Value::as_num).and_then(|n| n.as_int());
        if d.get("quota").is_none() {
            ctx.r.required("card.direct.quota", Some(&DIRECT_QUOTA));
        } else if d.get("code").and_then(Value::as_str) == Some("090") && quota.is_some_and(|q| q != 0) {
            ctx.r.error(
                "card.direct.quota",
                Code::OutOfRange,
                Detail::Note,
                Some(&KAKAOBANK_LUMP),
            );
        }
    }
    crate::core::v1_options::direct_quota_months(ctx);

    period_v1(ctx, pm);
    bypass_v1(ctx, pm);
}

/// `period`: `{from, to}` (both) or `interval` (`1m`/`1y`), not both; the four layouts; time
/// ignored on PC; not for phone payments on mobile.
fn period_v1(ctx: &mut V1Ctx, pm: &str) {
    let Some(p) = ctx.req.get("period").and_then(Value::as_obj) else {
        return;
    };
    check_keys(
        p,
        "period",
        &[
            Key::new("from", Kind::Any),
            Key::new("to", Kind::Any),
            Key::new("interval", Kind::Enum(&["1m", "1y"])),
        ],
        None,
        ctx.r,
    );
    let has_range = p.get("from").is_some() || p.get("to").is_some();
    if has_range && p.get("interval").is_some() {
        ctx.r.error(
            "period.interval",
            Code::Conflict,
            Detail::Conflict { with: "period.from" },
            Some(&PERIOD_ONE_OF),
        );
    }
    if has_range {
        for key in ["from", "to"] {
            let path = join("period", key);
            match p.get(key) {
                None => ctx.r.required(path, Some(&PERIOD_ONE_OF)),
                v => {
                    if let Some(s) = want_str(v, &path, ctx.r) {
                        match parse_date(s, PERIOD_FORMATS) {
                            None => ctx.r.error(
                                path,
                                Code::InvalidFormat,
                                Detail::Format(Format::Date(PERIOD_FORMATS)),
                                None,
                            ),
                            Some((DateFmt::YmdHms | DateFmt::DashedYmdHms, _)) if ctx.mobile == Some(false) => {
                                ctx.r.warn(path, Code::Unsupported, Detail::Note, Some(&PERIOD_PC_DATE));
                            }
                            Some(_) => {}
                        }
                    }
                }
            }
        }
    } else if p.get("interval").is_none() {
        ctx.r.required("period.interval", Some(&PERIOD_ONE_OF));
    }
    if pm == "phone" && ctx.mobile == Some(true) {
        ctx.r
            .warn("period", Code::Unsupported, Detail::Note, Some(&PERIOD_PHONE_MOBILE));
    }
}

/// The `bypass.welcome` keys whose strings join options, with their option tables.
static BYPASS_V1_OPTIONS: &[(&str, &[Opt])] = &[
    ("P_CARD_OPTION", P_CARD_OPTION),
    ("acceptmethod", ACCEPTMETHOD),
    ("P_RESERVED", P_RESERVED),
];
/// The one `bypass.cashReceiptType` value the v1 guide allows.
static CASH_RECEIPT_TYPES: &[&str] = &["anonymous"];
/// Root `bypass` keys of the v1 window (`welcome` has its own block, [`BYPASS_V1`]).
static BYPASS_ROOT_V1: &[Key] = &[
    Key::new("cashReceiptType", Kind::Enum(CASH_RECEIPT_TYPES)),
    Key::new("welcome", Kind::Obj),
];

/// `bypass.welcome` keys and option grammars; `bypass.cashReceiptType` `anonymous` only.
fn bypass_v1(ctx: &mut V1Ctx, pm: &str) {
    let Some(b) = ctx.req.get("bypass").and_then(Value::as_obj) else {
        return;
    };
    if let Some(v) = b.get("cashReceiptType") {
        if !v.as_str().is_some_and(|s| CASH_RECEIPT_TYPES.contains(&s)) {
            ctx.r.error(
                "bypass.cashReceiptType",
                Code::InvalidValue,
                Detail::OneOf {
                    allowed: CASH_RECEIPT_TYPES,
                    hint: None,
                },
                Some(&CASH_RECEIPT),
            );
        }
    }
    let Some(w) = want_obj(b.get("welcome"), "bypass.welcome", ctx.r) else {
        return;
    };
    check_keys(w, "bypass.welcome", BYPASS_V1, ctx.mobile, ctx.r);
    let r = &mut *ctx.r;
    if let Some(s) = want_str(w.get("P_CARD_OPTION"), "bypass.welcome.P_CARD_OPTION", r) {
        joined(
            s,
            ':',
            Style::KeyValue,
            P_CARD_OPTION,
            "bypass.welcome.P_CARD_OPTION",
            r,
        );
        if !matches!(pm, "card" | "kakaopay" | "lpay" | "payco" | "tosspay" | "naverpay") {
            r.warn(
                "bypass.welcome.P_CARD_OPTION",
                Code::Unsupported,
                Detail::Note,
                Some(&CARD_ONLY),
            );
        }
    }
    if let Some(s) = want_str(w.get("P_ONLY_EASYPAYCODE"), "bypass.welcome.P_ONLY_EASYPAYCODE", r) {
        if !s.split(':').all(|c| EASY_CODES_MOBILE.contains(&c)) {
            r.error(
                "bypass.welcome.P_ONLY_EASYPAYCODE",
                Code::InvalidFormat,
                Detail::Format(Format::Described),
                Some(&EASY_MOBILE),
            );
        }
    }
    for (key, opts, style) in [
        ("acceptmethod", ACCEPTMETHOD, Style::Paren),
        ("P_RESERVED", P_RESERVED, Style::KeyValue),
    ] {
        let path = join("bypass.welcome", key);
        let Some(items) = want_arr(w.get(key), &path, r) else {
            continue;
        };
        for (i, item) in items.iter().enumerate() {
            let ip = index(&path, i);
            let Some(s) = want_str(Some(item), &ip, r) else {
                continue;
            };
            // One option per item: the separator never splits it.
            for it in joined(s, '\n', style, opts, &ip, r) {
                if it.ok && it.value == Some("KT") {
                    r.warn(ip.clone(), Code::InvalidValue, Detail::Note, Some(&KT_SPELLING));
                }
                if it.ok && key == "P_RESERVED" && it.name == "hppnofix" {
                    r.warn(ip.clone(), Code::InvalidFormat, Detail::Note, Some(&NOFIX_SPELLING));
                }
            }
        }
    }
}
