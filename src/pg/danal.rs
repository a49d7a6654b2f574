//! Danal (다날; `pg: "danal_tpay"` for card, transfer, virtual account and gift certificates,
//! `pg: "danal"` for phone payments). Source: PortOne's v1 guide
//! `src/routes/(root)/opi/ko/integration/pg/v1/danal.mdx` (summary in
//! `shared/reference/v1-pg-rules.md` §13). PortOne has no v2 payment guide for Danal (only an
//! identity-verification guide, which this module does not check), so there are no v2 rules.
//!
//! To add a Danal rule: data goes in the tables below; logic in [`check_v1`].

use super::{BypassBlock, Gateway, V1Rules};
use crate::core::fields::{check_keys, one_of, want_bool, want_obj, want_str, Key, Kind};
use crate::core::issue::{Bi, Code, Detail, Format, Severity};
use crate::core::text::did_you_mean;
use crate::core::text::DateFmt;
use crate::core::v1::{V1Ctx, VBANK_DUE_COMMON};
use crate::core::v1_options::{
    billing_window, direct_quota_months, env_only, period_with, phone_detail, BillingRule, Charge, PeriodRule,
};
use crate::core::value::Value;

/// Danal.
pub static GATEWAY: Gateway = Gateway {
    id: "danal",
    name: bi!("다날", "Danal"),
    aliases: &["danal", "danal_tpay"],
    more_guides: &[],
    v1: Some(V1Rules {
        guide: "src/routes/(root)/opi/ko/integration/pg/v1/danal.mdx",
        codes: &["danal_tpay", "danal"],
        pay_methods: PAY_METHODS,
        extra_keys: &[
            "biz_num",
            "company",
            "appCard",
            "auth_mode",
            "customer_id",
            "period",
            "phone",
            "prefill",
        ],
        // 부가기능 "카드사 모듈 호출": card.direct {code, quota, usePoint} (Danal must enable it).
        card_direct: true,
        card_quota: true,
        escrow: false,
        escrow_ignored: None,
        vbank_due: VBANK_DUE_COMMON,
        languages: &[],
        bypass: &[BypassBlock::when(
            "bypass.danal",
            DANAL_KEYS,
            "pay methods other than phone",
        )],
        check: check_v1,
    }),
    v2: None,
};

/// `pay_method` values (주요 파라미터); `phone` only with `pg: "danal"`.
pub static PAY_METHODS: &[&str] = &["card", "trans", "vbank", "phone", "cultureland", "happymoney"];

/// Carrier codes of `phone.detail` (부가기능 "통신사 노출 제어"; `*` = every carrier).
static CARRIERS: &[&str] = &["*", "SKT", "KTF", "LGT", "CJH", "KCT", "SKL"];

/// `period {from, to, text}`: `YYYYMMDD` each (비인증 결제 tab).
static PERIOD: PeriodRule = PeriodRule {
    formats: &[DateFmt::Ymd],
    both: true,
};
static PERIOD_KEYS: &[Key] = &[
    Key::new("from", Kind::Any),
    Key::new("to", Kind::Any),
    Key::new("text", Kind::Str),
];

static BILLING_TPAY: BillingRule = BillingRule {
    pay_methods: &["card"],
    pay_methods_note: &BILLING_CARD_ONLY,
    charge: Charge::WhenAmount,
    amount_note: &BILLING_CHARGES,
};
static BILLING_PHONE: BillingRule = BillingRule {
    pay_methods: &["phone"],
    pay_methods_note: &PHONE_CODE,
    charge: Charge::WhenAmount,
    amount_note: &BILLING_CHARGES,
};

/// `bypass.danal` keys (not read for phone payments).
static DANAL_KEYS: &[Key] = &[
    Key::new("COLOR", Kind::Str),
    Key::new("ISCASHRECEIPTUI", Kind::Enum(&["N"])),
];

static PHONE_CODE: Bi = bi!(
    "다날 가이드: 휴대폰 소액결제(phone)는 pg 'danal'로, 그 밖의 결제수단은 'danal_tpay'로 호출합니다.",
    "Danal guide: phone payments use pg 'danal'; every other method uses 'danal_tpay'."
);
static BUYER_TEL: Bi = bi!(
    "다날 가이드: buyer_tel(주문자 연락처)이 없으면 다날 결제창에서 오류가 날 수 있습니다.",
    "Danal guide: without buyer_tel the Danal window may fail."
);
static NAME: Bi = bi!(
    "다날 가이드: name(주문명)은 필수입니다.",
    "Danal guide: name (the order name) is required."
);
static BIZ_NUM: Bi = bi!(
    "다날 가이드: 가상계좌(vbank)는 biz_num(사업자등록번호 10자리)이 필수입니다. 없으면 결제창에서 오류가 날 수 있습니다.",
    "Danal guide: virtual accounts (vbank) need biz_num (the 10-digit business registration number); without it the window may fail."
);
static BIZ_NUM_DIGITS: Bi = bi!(
    "사업자등록번호는 숫자 10자리입니다. 하이픈은 제거해 보냅니다.",
    "A business registration number is 10 digits; hyphens are removed."
);
static VBANK_ONLY: Bi = bi!(
    "다날 가이드: biz_num은 가상계좌(vbank) 결제창에서만 쓰입니다.",
    "Danal guide: biz_num is only used by the virtual-account (vbank) window."
);
static NOT_FOR_PHONE: Bi = bi!(
    "다날 가이드: 휴대폰 결제에는 적용되지 않습니다.",
    "Danal guide: it does not apply to phone payments."
);
static PHONE_ONLY: Bi = bi!(
    "다날 가이드: 휴대폰 결제(pay_method 'phone')에만 적용됩니다.",
    "Danal guide: it only applies to phone payments (pay_method 'phone')."
);
static CASH_RECEIPT_UI: Bi = bi!(
    "다날 가이드: ISCASHRECEIPTUI는 계좌이체·가상계좌의 현금영수증 UI 설정입니다('N' = 숨김).",
    "Danal guide: ISCASHRECEIPTUI sets the cash-receipt UI of trans and vbank ('N' hides it)."
);
static FLAT_BYPASS: Bi = bi!(
    "다날 전용 파라미터는 bypass.danal 안에 넣어야 합니다.",
    "Danal's own parameters go inside bypass.danal."
);
static BILLING_CARD_ONLY: Bi = bi!(
    "다날 가이드: danal_tpay의 빌링키 발급 결제창(customer_uid)은 pay_method 'card'만 지원합니다(휴대폰 빌링은 pg 'danal').",
    "Danal guide: danal_tpay's billing-key window (customer_uid) only takes pay_method 'card' (phone billing uses pg 'danal')."
);
static BILLING_CHARGES: Bi = bi!(
    "다날 가이드: 빌링키 발급 시 amount가 0보다 크면 그 금액이 바로 결제되고 빌링키도 발급됩니다. 발급만 하려면 0을 보내세요(다날이 10원 테스트 결제 후 자동 취소).",
    "Danal guide: an amount above 0 in the billing-key window is charged at once along with issuing the key; send 0 to only issue it (Danal then charges 10 KRW and cancels it)."
);
static USE_POINT: Bi = bi!(
    "다날 가이드: card.direct.usePoint는 문자열이며, 보내면 카드사 포인트가 후취 방식으로 결제됩니다.",
    "Danal guide: card.direct.usePoint is a string; when sent, card points are charged afterwards."
);

fn check_v1(ctx: &mut V1Ctx) {
    let pm = ctx.pay_method.clone().unwrap_or_else(|| "card".to_string());
    let phone = pm == "phone";
    let billing = ctx.billing();

    // Which code goes with which method: phone ↔ danal. A `pg` the caller wrote is an error; a
    // code only inferred from a channel name is a warning (the channel decides).
    let want_code = if phone { "danal" } else { "danal_tpay" };
    if PAY_METHODS.contains(&pm.as_str()) && ctx.code != want_code {
        let (path, severity) = if ctx.req.get("pg").is_some() {
            ("pg", Severity::Error)
        } else {
            ("pay_method", Severity::Warning)
        };
        ctx.r.unsupported(path, severity, &GATEWAY.name, &PHONE_CODE);
    }

    if ctx.req.get("name").is_none() {
        ctx.r.required("name", Some(&NAME));
    }
    if !billing && ctx.req.get("buyer_tel").is_none() {
        ctx.r.required("buyer_tel", Some(&BUYER_TEL));
    }
    biz_num(ctx, &pm);

    if phone {
        for key in ["tax_free", "appCard", "auth_mode", "app_scheme", "bypass"] {
            if ctx.req.get(key).is_some() {
                ctx.r.warn(key, Code::Unsupported, Detail::Note, Some(&NOT_FOR_PHONE));
            }
        }
    } else if ctx.req.get("company").is_some() {
        ctx.r
            .warn("company", Code::Unsupported, Detail::Note, Some(&PHONE_ONLY));
    }
    want_str(ctx.req.get("company"), "company", ctx.r);
    want_bool(ctx.req.get("appCard"), "appCard", ctx.r);
    if let Some(m) = want_str(ctx.req.get("auth_mode"), "auth_mode", ctx.r) {
        one_of(m, &["key-in"], "auth_mode", Severity::Error, None, ctx.r);
    }
    env_only(ctx, "app_scheme", true, None);

    billing_window(
        ctx,
        if ctx.code == "danal" {
            &BILLING_PHONE
        } else {
            &BILLING_TPAY
        },
    );
    period_with(ctx, &PERIOD, PERIOD_KEYS);

    direct_quota_months(ctx);
    if let Some(up) = ctx
        .req
        .get("card")
        .and_then(Value::as_obj)
        .and_then(|c| c.get("direct"))
        .and_then(Value::as_obj)
        .and_then(|d| d.get("usePoint"))
    {
        if !matches!(up, Value::Str(_) | Value::Odd(_)) {
            ctx.r.wrong_type(
                "card.direct.usePoint",
                crate::core::issue::Expected::String,
                crate::core::fields::got(up),
            );
            if let Some(last) = ctx.r.issues.last_mut() {
                last.note = Some(&USE_POINT);
            }
        }
    }

    phone_detail(ctx, CARRIERS, &PHONE_ONLY);
    crate::core::v1_options::phone_prefill(ctx, phone, &PHONE_ONLY, &BIZ_NUM_DIGITS_PHONE);
    bypass(ctx, &pm);
}

static BIZ_NUM_DIGITS_PHONE: Bi = bi!(
    "다날 가이드: 휴대폰 번호는 하이픈 없이 숫자만 입력합니다. 구분 기호를 제거해 보냅니다.",
    "Danal guide: the phone number is digits only, no hyphens; the separators were removed."
);

/// `biz_num`: required for `vbank` (10 digits; hyphens removed with a warning), ignored otherwise.
fn biz_num(ctx: &mut V1Ctx, pm: &str) {
    let raw = match ctx.req.get("biz_num") {
        None => {
            if pm == "vbank" {
                ctx.r.required("biz_num", Some(&BIZ_NUM));
            }
            return;
        }
        Some(Value::Str(s)) => s.clone(),
        Some(_) => return, // typed by the common rules
    };
    if pm != "vbank" {
        ctx.r
            .warn("biz_num", Code::Unsupported, Detail::Note, Some(&VBANK_ONLY));
    }
    let digits: String = raw.chars().filter(|c| *c != '-').collect();
    if digits.len() != 10 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        ctx.r.error(
            "biz_num",
            Code::InvalidFormat,
            Detail::Format(Format::Described),
            Some(&BIZ_NUM_DIGITS),
        );
    } else if digits != raw {
        ctx.r.warn(
            "biz_num",
            Code::InvalidFormat,
            Detail::Format(Format::Digits),
            Some(&BIZ_NUM_DIGITS),
        );
        ctx.req.set("biz_num", Value::Str(digits));
    }
}

/// `bypass`: only `danal` at the top, its keys by table; `ISCASHRECEIPTUI` outside trans/vbank
/// warns. (For phone payments the whole `bypass` is already warned as ignored.)
fn bypass(ctx: &mut V1Ctx, pm: &str) {
    let Some(b) = ctx.req.get("bypass").and_then(Value::as_obj) else {
        return;
    };
    for (k, v) in b.entries() {
        if k == "danal" || matches!(v, Value::Undefined) {
            continue;
        }
        let own = DANAL_KEYS.iter().find(|key| key.name.eq_ignore_ascii_case(k));
        let hint = match own {
            Some(key) => Some(crate::core::issue::join("bypass.danal", key.name)),
            None => did_you_mean(k, ["danal"]).map(|h| crate::core::issue::join("bypass", h)),
        };
        ctx.r.warn(
            crate::core::issue::join("bypass", k),
            Code::UnknownField,
            Detail::UnknownField { hint },
            own.map(|_| &FLAT_BYPASS),
        );
    }
    let Some(d) = want_obj(b.get("danal"), "bypass.danal", ctx.r) else {
        return;
    };
    check_keys(d, "bypass.danal", DANAL_KEYS, ctx.mobile, ctx.r);
    if d.get("ISCASHRECEIPTUI").is_some() && !matches!(pm, "trans" | "vbank" | "phone") {
        ctx.r.warn(
            "bypass.danal.ISCASHRECEIPTUI",
            Code::Unsupported,
            Detail::Note,
            Some(&CASH_RECEIPT_UI),
        );
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn codes_resolve_to_danal() {
        for name in ["danal", "DANAL_TPAY"] {
            assert_eq!(crate::pg::by_alias(name).unwrap().id, "danal", "{name}");
        }
        assert_eq!(crate::pg::by_v1_code("danal_tpay").unwrap().id, "danal");
        assert!(!crate::core::v1::OTHER_V1_CODES.contains(&"danal"));
        assert!(!crate::core::v1::OTHER_V1_CODES.contains(&"danal_tpay"));
    }
}
