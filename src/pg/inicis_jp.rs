//! KG Inicis Japan (KG이니시스 일본결제). Sources: PortOne's v1 guide
//! `src/routes/(root)/opi/ko/integration/pg/v1/inicis-jp.mdx` (channelKey only — the `pg` code
//! is not documented, `inicis_jp` is accepted; JPY only, PC popup only, English/Japanese `name`,
//! `cvs` kana names and payment deadline, `storeDetails`, card_quota 0/3/5/6/10/12,
//! `bypass.inicis_jp.paymentUI`; `shared/reference/v1-pg-rules.md` §36) and the v2 guide
//! `src/routes/(root)/opi/ko/integration/pg/v2/inicis-jp.mdx` (CARD / CONVENIENCE_STORE /
//! EASY_PAY, its wallets, JPY, Japanese-only window, customer name, kana names for convenience
//! stores, installment months, ignored card fields) with the `InicisJpBypass` type of npm
//! `@portone/browser-sdk@0.1.11`.
//!
//! The store details are required only for the JPPG contract type and `customer_id` only for
//! SBPS; a request does not say which, so only their formats are checked.

use super::{BypassBlock, BypassTables, CustomerField, CustomerRule, Env, Gateway, Ignored, V1Rules, V2Rules};
use crate::core::fields::{check_keys, max_len, want_obj, Key, Kind};
use crate::core::issue::{index, join, Bi, Code, Detail, Format, Report, Severity};
use crate::core::text::{is_hh_mm, is_katakana, parse_rfc3339, Unit};
use crate::core::v1::V1Ctx;
use crate::core::v1_options::redirect_on_mobile;
use crate::core::v2::{Api, V2Ctx};
use crate::core::value::{Map, Value};

/// KG Inicis Japan.
pub static GATEWAY: Gateway = Gateway {
    id: "inicis_jp",
    name: bi!("KG이니시스 일본결제", "KG Inicis Japan"),
    aliases: &["inicis_jp"],
    more_guides: &[],
    v1: Some(V1Rules {
        guide: "src/routes/(root)/opi/ko/integration/pg/v1/inicis-jp.mdx",
        codes: &["inicis_jp"],
        pay_methods: &[
            "card",
            "cvs",
            "paypay",
            "amazonpay",
            "rakutenpay",
            "merpay",
            "aupay",
            "dbarai",
        ],
        extra_keys: &[
            "storeDetails",
            "cvs",
            "buyer_first_name_kana",
            "buyer_last_name_kana",
            "customer_id",
            "popup",
        ],
        card_direct: false,
        card_quota: true,
        escrow: false,
        escrow_ignored: None,
        vbank_due: &[],
        languages: &[],
        bypass: &[BypassBlock::new("bypass", BYPASS_V1)],
        check: check_v1,
    }),
    v2: Some(V2),
};

/// Installment months the guides allow (0 = lump sum).
static MONTHS: &[i64] = &[0, 3, 5, 6, 10, 12];

static COLOR_THEMES: &[&str] = &[
    "red1", "red2", "red3", "red4", "orange", "yellow", "black", "purple", "green", "blue1", "blue2", "blue3", "blue4",
    "blue5", "blue6",
];

static JPY_ONLY: Bi = bi!(
    "KG이니시스 일본결제 가이드: 결제 통화는 JPY만 지원합니다.",
    "KG Inicis Japan guide: JPY is the only currency."
);
static BUYER_NAME: Bi = bi!(
    "KG이니시스 일본결제 가이드: buyer_name(주문자 명)은 필수입니다.",
    "KG Inicis Japan guide: buyer_name is required."
);
static POPUP_PC: Bi = bi!(
    "KG이니시스 일본결제 가이드: PC에서는 팝업 결제창만 지원합니다(iframe 미지원). popup: true로 보내세요.",
    "KG Inicis Japan guide: on PC only the popup window works (no iframe); send popup: true."
);
static NAME_LANG: Bi = bi!(
    "KG이니시스 일본결제 가이드: 주문명은 영어와 일본어만 허용합니다.",
    "KG Inicis Japan guide: the order name takes English and Japanese only."
);
static ORDER_ID: Bi = bi!(
    "KG이니시스 일본결제 가이드: 주문번호에는 영문 대소문자, 숫자와 일부 특수문자만 쓸 수 있습니다. 한글이나 ( ) 등은 실패할 수 있습니다.",
    "KG Inicis Japan guide: order ids take letters, digits and a few symbols; Korean text or ( ) may fail."
);
static MONTHS_NOTE: Bi = bi!(
    "KG이니시스 일본결제 가이드: 할부 개월 수는 일시불(0), 3, 5, 6, 10, 12개월만 지정할 수 있습니다.",
    "KG Inicis Japan guide: installments are lump sum (0), 3, 5, 6, 10 or 12 months only."
);
static KANA_REQUIRED: Bi = bi!(
    "KG이니시스 일본결제 가이드: 편의점 결제에는 구매자 이름과 성의 후리가나(가타카나)가 필수입니다.",
    "KG Inicis Japan guide: convenience-store payments need the buyer's first and last name in katakana."
);
static KATAKANA: Bi = bi!(
    "KG이니시스 일본결제 가이드: 가타카나만 허용합니다.",
    "KG Inicis Japan guide: katakana only."
);
static LETTERS: Bi = bi!(
    "KG이니시스 일본결제 가이드: 영문 상점명은 알파벳만 허용합니다.",
    "KG Inicis Japan guide: the English store name takes letters only."
);
static HOURS: Bi = bi!(
    "KG이니시스 일본결제 가이드: 영업시간은 HH:mm 형식, 00:00~23:59 범위입니다.",
    "KG Inicis Japan guide: opening hours are HH:mm, 00:00 to 23:59."
);
static DEADLINE: Bi = bi!(
    "KG이니시스 일본결제 가이드: 편의점 결제에는 지불 기한(valid_hours 또는 due_date) 중 하나가 필수입니다.",
    "KG Inicis Japan guide: convenience-store payments need a deadline (valid_hours or due_date)."
);
static VALID_HOURS: Bi = bi!(
    "KG이니시스 일본결제 가이드: 유효 시간은 최소 1일~최대 30일 범위의 일수로 변환됩니다.",
    "KG Inicis Japan guide: the valid hours become 1 to 30 days."
);
static ISO8601: Bi = bi!(
    "KG이니시스 일본결제 가이드: 만료 시점은 ISO 8601 형식(예: 2026-04-01T23:59:59Z)이어야 합니다.",
    "KG Inicis Japan guide: the due date is ISO 8601 (2026-04-01T23:59:59Z)."
);
static CUSTOMER_ID: Bi = bi!(
    "KG이니시스 일본결제 가이드: CBT 유형이 SBPS면 구매자 ID는 필수이며 최대 30자입니다.",
    "KG Inicis Japan guide: with the SBPS contract type the buyer id is required and at most 30 characters."
);
static CVS_ONLY: Bi = bi!(
    "KG이니시스 일본결제 가이드: cvs는 편의점 결제(pay_method cvs)에서만 쓰입니다.",
    "KG Inicis Japan guide: cvs is only read for convenience-store payments (pay_method cvs)."
);

static PAYMENT_UI: &[Key] = &[
    Key::new("colorTheme", Kind::Enum(COLOR_THEMES)),
    Key::new("logoUrl", Kind::Url),
];
/// `bypass.inicis_jp` (v1 and v2 payment).
static BYPASS: &[Key] = &[Key::new("paymentUI", Kind::Fields(PAYMENT_UI))];
static BYPASS_V1: &[Key] = &[Key::new("inicis_jp", Kind::Fields(BYPASS))];

static V1_DEADLINE: &[Key] = &[
    Key::new("valid_hours", Kind::Int(1, i64::MAX)),
    Key::new("due_date", Kind::Text),
];
static V1_CVS: &[Key] = &[Key::new("payment_deadline", Kind::Fields(V1_DEADLINE))];

fn check_v1(ctx: &mut V1Ctx) {
    match ctx.req.get("currency") {
        None => ctx.r.required("currency", Some(&JPY_ONLY)),
        Some(Value::Str(c)) if c != "JPY" => {
            ctx.r
                .issues
                .retain(|i| !(i.path == "currency" && i.severity == Severity::Warning));
            ctx.r.unsupported("currency", Severity::Error, &GATEWAY.name, &JPY_ONLY);
        }
        _ => {}
    }
    if ctx.req.get("buyer_name").is_none() {
        ctx.r.required("buyer_name", Some(&BUYER_NAME));
    }
    if ctx.mobile != Some(true) && ctx.req.get("popup") != Some(&Value::Bool(true)) {
        let sev = if ctx.mobile == Some(false) {
            Severity::Error
        } else {
            Severity::Warning
        };
        ctx.r.push(
            "popup",
            Code::Unsupported,
            sev,
            Detail::Unsupported { pg: &GATEWAY.name },
            Some(&POPUP_PC),
        );
    }
    if ctx.req.get("name").and_then(Value::as_str).is_some_and(has_hangul) {
        ctx.r.error(
            "name",
            Code::InvalidFormat,
            Detail::Format(Format::Described),
            Some(&NAME_LANG),
        );
    }
    if ctx
        .req
        .get("merchant_uid")
        .and_then(Value::as_str)
        .is_some_and(odd_order_id)
    {
        ctx.r.warn(
            "merchant_uid",
            Code::InvalidFormat,
            Detail::Format(Format::Described),
            Some(&ORDER_ID),
        );
    }
    if let Some(Value::Arr(q)) = ctx
        .req
        .get("display")
        .and_then(Value::as_obj)
        .and_then(|d| d.get("card_quota"))
    {
        let bad: Vec<usize> = q
            .iter()
            .enumerate()
            .filter(|(_, v)| {
                v.as_num()
                    .and_then(|n| n.as_int())
                    .is_some_and(|m| !MONTHS.contains(&m))
            })
            .map(|(i, _)| i)
            .collect();
        for i in bad {
            let p = index("display.card_quota", i);
            if !ctx.r.has(&p, Code::OutOfRange) {
                ctx.r.error(p, Code::InvalidValue, Detail::Note, Some(&MONTHS_NOTE));
            }
        }
    }
    let cvs = ctx.pay_method.as_deref() == Some("cvs");
    for key in ["buyer_first_name_kana", "buyer_last_name_kana"] {
        match ctx.req.get(key) {
            None if cvs => ctx.r.required(key, Some(&KANA_REQUIRED)),
            Some(Value::Str(s)) if !is_katakana(s) => {
                ctx.r.error(
                    key,
                    Code::InvalidFormat,
                    Detail::Format(Format::Described),
                    Some(&KATAKANA),
                );
            }
            Some(v @ (Value::Num(_) | Value::Bool(_) | Value::Obj(_) | Value::Arr(_) | Value::Null)) => {
                ctx.r
                    .wrong_type(key, crate::core::issue::Expected::String, crate::core::fields::got(v));
            }
            _ => {}
        }
    }
    match want_obj(ctx.req.get("cvs"), "cvs", ctx.r) {
        Some(c) => {
            check_keys(c, "cvs", V1_CVS, ctx.mobile, ctx.r);
            if !cvs {
                ctx.r.unsupported("cvs", Severity::Warning, &GATEWAY.name, &CVS_ONLY);
            }
            let d = c.get("payment_deadline").and_then(Value::as_obj);
            let hours = d
                .and_then(|d| d.get("valid_hours"))
                .and_then(Value::as_num)
                .and_then(|n| n.as_int());
            let due = d
                .and_then(|d| d.get("due_date"))
                .and_then(Value::as_str)
                .map(str::to_string);
            deadline(
                ctx.r,
                "cvs.payment_deadline",
                "valid_hours",
                "due_date",
                d.is_some(),
                hours,
                due.as_deref(),
                cvs,
            );
        }
        None if cvs && ctx.req.get("cvs").is_none() => ctx.r.required("cvs.payment_deadline", Some(&DEADLINE)),
        None => {}
    }
    if let Some(id) = ctx.req.get("customer_id").and_then(Value::as_str).map(str::to_string) {
        if !max_len(&id, 30, Unit::Chars, "customer_id", Severity::Warning, ctx.r) {
            ctx.r.issues.last_mut().expect("just pushed").note = Some(&CUSTOMER_ID);
        }
    }
    if let Some(s) = want_obj(ctx.req.get("storeDetails"), "storeDetails", ctx.r) {
        check_keys(
            s,
            "storeDetails",
            crate::core::v2::schema::STORE_DETAILS,
            ctx.mobile,
            ctx.r,
        );
        store_details(s, ctx.r);
    }
    if let Some(b) = ctx.req.get("bypass").and_then(Value::as_obj) {
        check_keys(b, "bypass", BYPASS_V1, ctx.mobile, ctx.r);
    }
    redirect_on_mobile(ctx);
}

/// The convenience-store deadline: one of the two keys; hours within 1–30 days; an ISO 8601 date.
#[allow(clippy::too_many_arguments)]
fn deadline(
    r: &mut Report,
    at: &str,
    hours_key: &str,
    due_key: &str,
    present: bool,
    hours: Option<i64>,
    due: Option<&str>,
    needed: bool,
) {
    if needed && (!present || (hours.is_none() && due.is_none())) {
        r.required(at, Some(&DEADLINE));
    }
    if hours.is_some_and(|h| !(1..=720).contains(&h)) {
        r.warn(
            join(at, hours_key),
            Code::OutOfRange,
            Detail::Range {
                min: Some(24),
                max: Some(720),
            },
            Some(&VALID_HOURS),
        );
    }
    if due.is_some_and(|d| parse_rfc3339(d).is_none()) {
        r.error(
            join(at, due_key),
            Code::InvalidFormat,
            Detail::Format(Format::Described),
            Some(&ISO8601),
        );
    }
}

/// `storeDetails` formats (v1 and v2 share the camelCase keys).
fn store_details(s: &Map, r: &mut Report) {
    if let Some(v) = s.get("storeNameKana").and_then(Value::as_str) {
        if !is_katakana(v) {
            r.error(
                "storeDetails.storeNameKana",
                Code::InvalidFormat,
                Detail::Format(Format::Described),
                Some(&KATAKANA),
            );
        }
    }
    if let Some(v) = s.get("storeNameEn").and_then(Value::as_str) {
        if v.trim().is_empty() || !v.chars().all(|c| c.is_ascii_alphabetic() || c == ' ') {
            r.error(
                "storeDetails.storeNameEn",
                Code::InvalidFormat,
                Detail::Format(Format::Described),
                Some(&LETTERS),
            );
        }
    }
    if let Some(h) = s.get("openingHours").and_then(Value::as_obj) {
        for k in ["open", "close"] {
            if let Some(v) = h.get(k).and_then(Value::as_str) {
                if !is_hh_mm(v) {
                    r.error(
                        join("storeDetails.openingHours", k),
                        Code::InvalidFormat,
                        Detail::Format(Format::Described),
                        Some(&HOURS),
                    );
                }
            }
        }
    }
}

fn has_hangul(s: &str) -> bool {
    s.chars()
        .any(|c| matches!(c, '\u{AC00}'..='\u{D7A3}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}'))
}

fn odd_order_id(s: &str) -> bool {
    s.chars()
        .any(|c| !c.is_ascii() || c.is_ascii_whitespace() || c == '(' || c == ')')
}

const PAY: &[Api] = &[Api::Payment];

static V2_NAME: Bi = bi!(
    "KG이니시스 일본결제 가이드: customer.fullName 또는 firstName+lastName은 필수입니다.",
    "KG Inicis Japan guide: customer.fullName, or firstName + lastName, is required."
);

/// KG Inicis Japan's v2 rules as data.
pub const V2: V2Rules = V2Rules {
    guide: "src/routes/(root)/opi/ko/integration/pg/v2/inicis-jp.mdx",
    bypass_key: Some("inicis_jp"),
    bypass: BypassTables {
        payment: Some(BYPASS),
        ..BypassTables::NONE
    },
    pay_methods: Some(&["CARD", "CONVENIENCE_STORE", "EASY_PAY"]),
    easy_pay_providers: Some(&["AMAZONPAY", "RAKUTENPAY", "PAYPAY", "DBARAI", "AUPAY", "MERPAY"]),
    currencies: Some(&["JPY"]),
    // The window is always Japanese: every locale is ignored.
    locales: Some(&[]),
    customer: &[CustomerRule {
        field: CustomerField::Name,
        apis: PAY,
        env: Env::Any,
        note: &V2_NAME,
    }],
    ignored: &[
        Ignored {
            path: "card.cardCompany",
            apis: PAY,
        },
        Ignored {
            path: "card.availableCards",
            apis: PAY,
        },
        Ignored {
            path: "card.useAppCardOnly",
            apis: PAY,
        },
        Ignored {
            path: "card.useInstallment",
            apis: PAY,
        },
        Ignored {
            path: "card.useFreeInterestFromMall",
            apis: PAY,
        },
    ],
    check: check_v2,
    ..V2Rules::NONE
};

/// KG Inicis Japan rules the data cannot say.
fn check_v2(ctx: &mut V2Ctx) {
    if ctx.str_at("paymentId").is_some_and(odd_order_id) {
        ctx.r.warn(
            "paymentId",
            Code::InvalidFormat,
            Detail::Format(Format::Described),
            Some(&ORDER_ID),
        );
    }
    if ctx.method == Some("CONVENIENCE_STORE") {
        for key in ["customer.firstNameKana", "customer.lastNameKana"] {
            if !ctx.has(key) {
                ctx.require(key, Severity::Error, &KANA_REQUIRED);
            }
        }
        if !ctx.has("convenienceStore.paymentDeadline") {
            ctx.require("convenienceStore.paymentDeadline", Severity::Error, &DEADLINE);
        }
    }
    let due = ctx
        .str_at("convenienceStore.paymentDeadline.dueDate")
        .map(str::to_string);
    let hours = ctx
        .get("convenienceStore.paymentDeadline.validHours")
        .and_then(Value::as_num)
        .and_then(|n| n.as_int());
    deadline(
        ctx.r,
        "convenienceStore.paymentDeadline",
        "validHours",
        "dueDate",
        true,
        hours,
        due.as_deref(),
        false,
    );
    for key in ["customer.firstNameKana", "customer.lastNameKana"] {
        if ctx.str_at(key).is_some_and(|s| !is_katakana(s)) {
            ctx.r.error(
                key,
                Code::InvalidFormat,
                Detail::Format(Format::Described),
                Some(&KATAKANA),
            );
        }
    }
    if let Some(id) = ctx.str_at("customer.customerId").map(str::to_string) {
        if !max_len(&id, 30, Unit::Chars, "customer.customerId", Severity::Warning, ctx.r) {
            ctx.r.issues.last_mut().expect("just pushed").note = Some(&CUSTOMER_ID);
        }
    }
    let fixed = ctx
        .get("card.installment.monthOption.fixedMonth")
        .and_then(Value::as_num)
        .and_then(|n| n.as_int());
    if fixed.is_some_and(|m| !MONTHS.contains(&m)) {
        ctx.r.error(
            "card.installment.monthOption.fixedMonth",
            Code::InvalidValue,
            Detail::Note,
            Some(&MONTHS_NOTE),
        );
    }
    let bad: Vec<usize> = match ctx.get("card.installment.monthOption.availableMonthList") {
        Some(Value::Arr(l)) => l
            .iter()
            .enumerate()
            .filter(|(_, v)| {
                v.as_num()
                    .and_then(|n| n.as_int())
                    .is_some_and(|m| !MONTHS.contains(&m))
            })
            .map(|(i, _)| i)
            .collect(),
        _ => Vec::new(),
    };
    for i in bad {
        let p = index("card.installment.monthOption.availableMonthList", i);
        ctx.r.error(p, Code::InvalidValue, Detail::Note, Some(&MONTHS_NOTE));
    }
    if let Some(Value::Obj(s)) = ctx.get("storeDetails") {
        let s = s.clone();
        store_details(&s, ctx.r);
    }
}
