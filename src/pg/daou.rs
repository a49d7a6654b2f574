//! Kiwoom Pay (키움페이, formerly Daou Data / Payjoa; `pg: "daou"`). Source: PortOne's v1 guide
//! `src/routes/(root)/opi/ko/integration/pg/v1/daou/readme.mdx` with its notes page
//! `daou/undefined.mdx` (the current guide), and the seed guide `shared/seeds/000_8f9ae1a73bfa7d71.txt`,
//! an older revision of the same page. Where they differ the current guide wins: it adds
//! `phone` (with `phone.detail` and `prefill.phoneNumber`), types `digital` as a required boolean,
//! accepts `CASHRECEIPTFLAG` as number or string, and narrows `DIRECT_YN` to easy pays. Summary in
//! `shared/reference/v1-pg-rules.md` §14 and §41.
//!
//! To add a Kiwoom rule: data goes in the tables below; logic in [`check_v1`]. The `CARDQUOTA`
//! grammar is shared in `crate::core::cardquota`, the EUC-KR check in `crate::core::euckr`.

use super::{BypassBlock, Gateway, V1Rules};
use crate::core::cardquota;
use crate::core::euckr::first_unrepresentable;
use crate::core::fields::{check_keys, got, want_obj, want_str, Key, Kind};
use crate::core::issue::{join, Bi, Code, Detail, Expected, Format, Report, Severity};
use crate::core::text::{did_you_mean, DateFmt};
use crate::core::v1::V1Ctx;
use crate::core::value::Value;

/// Kiwoom Pay.
pub static GATEWAY: Gateway = Gateway {
    id: "daou",
    name: bi!("키움페이", "Kiwoom Pay"),
    // No v2 guide and no v2 bypass key exist for Kiwoom (`shared/reference/v2-pg-rules.md`); the v2
    // PgProvider enum spells it `DAOU`, which `daou` already covers case-insensitively.
    aliases: &["daou", "kiwoom", "kiwoompay", "kiwoom_pay", "payjoa"],
    more_guides: &["src/routes/(root)/opi/ko/integration/pg/v1/daou/undefined.mdx"],
    v1: Some(V1Rules {
        guide: "src/routes/(root)/opi/ko/integration/pg/v1/daou/readme.mdx",
        codes: &["daou"],
        pay_methods: PAY_METHODS,
        extra_keys: &["phone", "prefill"],
        // The guide's 부가기능 tab "카드사 모듈 바로 호출" documents card.direct {code, quota}.
        card_direct: true,
        card_quota: true,
        escrow: true,
        escrow_ignored: None,
        // The guide lists vbank_due without a layout: payrq.mdx's four apply.
        vbank_due: &[DateFmt::DashedYmd, DateFmt::Ymd, DateFmt::DashedYmdHms, DateFmt::YmdHms],
        // The guide has no `language` parameter.
        languages: &[],
        bypass: &[BypassBlock::new("bypass.daou", DAOU_KEYS)],
        check: check_v1,
    }),
    v2: None,
};

/// `pay_method` values (guide, 주요 파라미터; `phone` only in the current guide).
pub static PAY_METHODS: &[&str] = &[
    "card",
    "trans",
    "vbank",
    "kakaopay",
    "naverpay",
    "payco",
    "samsung",
    "applepay",
    "cultureland",
    "smartculture",
    "booknlife",
    "phone",
];

/// Pay methods escrow works with (guide: `escrow` "계좌이체, 가상계좌만 지원").
static ESCROW_METHODS: &[&str] = &["trans", "vbank"];
/// Pay methods with a tax-free part (notes page: 복합과세 거래는 일부 결제수단에서만 가능).
static TAX_FREE_METHODS: &[&str] = &["card", "kakaopay", "naverpay", "payco", "applepay", "samsung"];
/// Easy pays, the methods `DIRECT_YN` applies to.
static EASY_PAYS: &[&str] = &["kakaopay", "naverpay", "payco", "samsung", "applepay"];
/// Pay methods without a card, where card installments mean nothing.
static NO_CARD_METHODS: &[&str] = &["trans", "vbank", "phone", "cultureland", "smartculture", "booknlife"];
/// `phone.detail[].carrier` values: the guide's examples use `*`, SKT, KTF, LGT and CJH; KCT and
/// SKL complete PortOne's carrier code set (`shared/reference/v1-pg-rules.md` §43).
static CARRIERS: &[&str] = &["*", "SKT", "KTF", "LGT", "CJH", "KCT", "SKL"];

static PAY_METHOD_REQUIRED: Bi = bi!(
    "키움페이 가이드: pay_method(결제수단)는 필수입니다.",
    "Kiwoom Pay guide: pay_method is required."
);
static NAME_REQUIRED: Bi = bi!(
    "키움페이 가이드: name(주문명)은 필수입니다.",
    "Kiwoom Pay guide: name (the order name) is required."
);
static DIGITAL: Bi = bi!(
    "키움페이 가이드: digital(디지털 컨텐츠 여부)은 필수이며 키움페이와의 계약에 맞는 값이어야 합니다. 맞지 않으면 결제가 진행되지 않습니다.",
    "Kiwoom Pay guide: digital (digital goods or not) is required and must match the contract with Kiwoom Pay; otherwise the payment cannot proceed."
);
static EUC_KR: Bi = bi!(
    "키움페이는 EUC-KR을 사용하므로 주문명(name)·주문자명(buyer_name) 등에는 EUC-KR로 표현 가능한 글자만 써야 합니다. 드문 한글 음절(예: 똠), 이모지, 악센트가 붙은 로마자 등은 쓸 수 없습니다.",
    "Kiwoom Pay uses EUC-KR, so name, buyer_name and the like may only hold characters EUC-KR can write; rare Hangul syllables (such as 똠), emoji and accented Latin letters cannot be used."
);
static ESCROW_TRANS_VBANK: Bi = bi!(
    "키움페이 가이드: 에스크로는 계좌이체(trans)와 가상계좌(vbank)만 지원됩니다.",
    "Kiwoom Pay guide: escrow is only offered with trans and vbank."
);
static ESCROW_TEL: Bi = bi!(
    "키움페이 유의사항: 에스크로 결제창에는 구매자 전화번호가 자동 입력되지 않습니다(구매자가 직접 입력).",
    "Kiwoom Pay notes: the escrow window does not prefill the buyer's phone number (the buyer types it)."
);
static TAX_FREE: Bi = bi!(
    "키움페이 유의사항: 면세 금액은 card, kakaopay, naverpay, payco, applepay, samsung에서만 설정할 수 있고, 그 밖의 결제수단(계좌이체·가상계좌 등)은 전액 과세 처리됩니다.",
    "Kiwoom Pay notes: a tax-free amount only applies to card, kakaopay, naverpay, payco, applepay and samsung; other methods (trans, vbank, …) are taxed in full."
);
static BILLING_API_ONLY: Bi = bi!(
    "키움페이는 결제창 방식 빌링키 발급을 지원하지 않습니다. 빌링키는 REST API(POST /subscribe/customers/{customer_uid} 또는 /subscribe/payments/onetime)로 발급하세요.",
    "Kiwoom Pay has no billing-key payment window; issue billing keys with the REST API (POST /subscribe/customers/{customer_uid} or /subscribe/payments/onetime)."
);
static MOBILE_REDIRECT: Bi = bi!(
    "키움페이 가이드: 모바일 결제의 결과는 m_redirect_url로 리디렉션되어 전달됩니다. 없으면 결제 결과를 받을 수 없습니다.",
    "Kiwoom Pay guide: on mobile the result comes by a redirect to m_redirect_url; without it the result cannot be received."
);
static CASH_RECEIPT: Bi = bi!(
    "키움페이 가이드: CASHRECEIPTFLAG는 계좌이체·가상계좌에서 1(허용)/0(차단), 카카오페이에서 'Y'(허용)/'N'(차단)입니다.",
    "Kiwoom Pay guide: CASHRECEIPTFLAG is 1 (allow) or 0 (block) for trans and vbank, 'Y' (allow) or 'N' (block) for kakaopay."
);
static CASH_RECEIPT_SCOPE: Bi = bi!(
    "키움페이 가이드: CASHRECEIPTFLAG는 계좌이체·가상계좌·카카오페이 거래에만 적용되며 이 결제수단에서는 무시됩니다.",
    "Kiwoom Pay guide: CASHRECEIPTFLAG only applies to trans, vbank and kakaopay; it is ignored for this pay method."
);
static DIRECT_YN_EASY: Bi = bi!(
    "키움페이 가이드: DIRECT_YN은 간편결제(kakaopay, naverpay, payco, samsung, applepay) 다이렉트 호출에만 적용됩니다(예전 가이드는 카드도 포함).",
    "Kiwoom Pay guide: DIRECT_YN only applies to opening an easy pay directly (kakaopay, naverpay, payco, samsung, applepay); an older revision also named cards."
);
static CARDQUOTA_NO_CARD: Bi = bi!(
    "CARDQUOTA는 카드 할부 설정이라 이 결제수단에서는 무시됩니다.",
    "CARDQUOTA sets card installments, so it is ignored for this pay method."
);
static PHONE_ONLY: Bi = bi!(
    "키움페이 가이드: 휴대폰결제(pay_method 'phone')에만 적용되며 다른 결제수단에서는 무시됩니다.",
    "Kiwoom Pay guide: it only applies to phone payments (pay_method 'phone') and is ignored otherwise."
);
static PHONE_DIGITS_NORMALIZED: Bi = bi!(
    "키움페이 가이드: 하이픈 없이 숫자만 입력합니다. 구분 기호를 제거해 보냅니다.",
    "Kiwoom Pay guide: digits only, no hyphens. The separators were removed."
);
static FLAT_BYPASS: Bi = bi!(
    "키움페이 전용 파라미터는 bypass.daou 안에 넣어야 합니다.",
    "Kiwoom Pay's own parameters go inside bypass.daou."
);

/// `bypass.daou` keys.
static DAOU_KEYS: &[Key] = &[
    Key::new("PRODUCTCODE", Kind::Str),
    Key::new("CASHRECEIPTFLAG", Kind::Any),
    Key::new("DIRECT_YN", Kind::Enum(&["Y", "N"])),
    Key::new("CARDQUOTA", Kind::Any),
];

const CARDQUOTA_PATH: &str = "bypass.daou.CARDQUOTA";

fn check_v1(ctx: &mut V1Ctx) {
    let pm = ctx.pay_method.clone();
    // The v1 SDK opens the card window when pay_method is absent (reported as required below).
    let pm = pm.as_deref().unwrap_or("card");

    for (key, note) in [
        ("pay_method", &PAY_METHOD_REQUIRED),
        ("name", &NAME_REQUIRED),
        ("digital", &DIGITAL),
    ] {
        if ctx.req.get(key).is_none() {
            ctx.r.required(key, Some(note));
        }
    }

    // EUC-KR: name and buyer_name are named by the notes page; "등" covers the buyer's address,
    // which is only warned about.
    for (key, severity) in [
        ("name", Severity::Error),
        ("buyer_name", Severity::Error),
        ("buyer_addr", Severity::Warning),
    ] {
        if let Some(at) = ctx.req.get(key).and_then(Value::as_str).and_then(first_unrepresentable) {
            ctx.r.push(
                key,
                Code::InvalidFormat,
                severity,
                Detail::NotEucKr { at },
                Some(&EUC_KR),
            );
        }
    }

    if ctx.req.get("escrow") == Some(&Value::Bool(true)) {
        if !ESCROW_METHODS.contains(&pm) {
            ctx.r
                .unsupported("escrow", Severity::Error, &GATEWAY.name, &ESCROW_TRANS_VBANK);
        } else if ctx.req.get("buyer_tel").is_some() {
            ctx.r
                .warn("buyer_tel", Code::Unsupported, Detail::Note, Some(&ESCROW_TEL));
        }
    }
    if ctx
        .req
        .get("tax_free")
        .and_then(Value::as_num)
        .is_some_and(|n| n.v > 0.0)
        && !TAX_FREE_METHODS.contains(&pm)
    {
        ctx.r
            .unsupported("tax_free", Severity::Warning, &GATEWAY.name, &TAX_FREE);
    }
    if ctx.billing() {
        ctx.r
            .unsupported("customer_uid", Severity::Error, &GATEWAY.name, &BILLING_API_ONLY);
    }
    if ctx.mobile == Some(true) && ctx.req.get("m_redirect_url").is_none() {
        ctx.r.push(
            "m_redirect_url",
            Code::Required,
            Severity::Warning,
            Detail::Note,
            Some(&MOBILE_REDIRECT),
        );
    }

    crate::core::v1_options::direct_quota_months(ctx);
    bypass(ctx, pm);
    card_quota_text(ctx, pm);
    // `phone.detail`: which carriers the phone window shows (current guide, 통신사 노출 제어).
    crate::core::v1_options::phone_detail(ctx, CARRIERS, &PHONE_ONLY);
    prefill(ctx, pm);
}

/// `bypass`: only `daou` at the top; its keys by table, `CASHRECEIPTFLAG` against the pay method,
/// `DIRECT_YN` against easy pays.
fn bypass(ctx: &mut V1Ctx, pm: &str) {
    let Some(b) = ctx.req.get("bypass").and_then(Value::as_obj) else {
        return;
    };
    for (k, v) in b.entries() {
        if k == "daou" || matches!(v, Value::Undefined) {
            continue;
        }
        let own = DAOU_KEYS.iter().find(|key| key.name.eq_ignore_ascii_case(k));
        let hint = match own {
            Some(key) => Some(join("bypass.daou", key.name)),
            None => did_you_mean(k, ["daou"]).map(|h| join("bypass", h)),
        };
        let note = own.map(|_| &FLAT_BYPASS);
        ctx.r.warn(
            join("bypass", k),
            Code::UnknownField,
            Detail::UnknownField { hint },
            note,
        );
    }
    let Some(d) = want_obj(b.get("daou"), "bypass.daou", ctx.r) else {
        return;
    };
    check_keys(d, "bypass.daou", DAOU_KEYS, ctx.mobile, ctx.r);

    if let Some(v) = d.get("CASHRECEIPTFLAG") {
        cash_receipt(v, pm, ctx.r);
    }
    let direct = d.get("DIRECT_YN").and_then(Value::as_str);
    if matches!(direct, Some("Y" | "N")) && !EASY_PAYS.contains(&pm) {
        ctx.r.warn(
            "bypass.daou.DIRECT_YN",
            Code::Unsupported,
            Detail::Note,
            Some(&DIRECT_YN_EASY),
        );
    }
}

/// `CASHRECEIPTFLAG`: 1/0 (number or string) for trans and vbank, `Y`/`N` for kakaopay; ignored
/// (a warning) for other pay methods.
fn cash_receipt(v: &Value, pm: &str, r: &mut Report) {
    const PATH: &str = "bypass.daou.CASHRECEIPTFLAG";
    #[derive(PartialEq)]
    enum Flag {
        OneZero,
        YesNo,
    }
    let (flag, text) = match v {
        Value::Num(n) => (matches!(n.as_int(), Some(0 | 1)).then_some(Flag::OneZero), None),
        Value::Str(s) => (
            match s.as_str() {
                "1" | "0" => Some(Flag::OneZero),
                "Y" | "N" => Some(Flag::YesNo),
                _ => None,
            },
            Some(s.as_str()),
        ),
        Value::Odd(_) => return,
        other => {
            r.wrong_type(PATH, Expected::NumberOrString, got(other));
            return;
        }
    };
    let allowed: &'static [&'static str] = match pm {
        "trans" | "vbank" => &["1", "0"],
        "kakaopay" => &["Y", "N"],
        _ => &["1", "0", "Y", "N"],
    };
    let fits = match pm {
        "trans" | "vbank" => flag == Some(Flag::OneZero),
        "kakaopay" => flag == Some(Flag::YesNo),
        _ => flag.is_some(),
    };
    if !fits {
        let hint = text.and_then(|t| allowed.iter().copied().find(|a| a.eq_ignore_ascii_case(t)));
        r.error(
            PATH,
            Code::InvalidValue,
            Detail::OneOf { allowed, hint },
            Some(&CASH_RECEIPT),
        );
    } else if !matches!(pm, "trans" | "vbank" | "kakaopay") {
        r.warn(PATH, Code::Unsupported, Detail::Note, Some(&CASH_RECEIPT_SCOPE));
    }
}

/// `bypass.daou.CARDQUOTA`: parsed with the shared grammar, rewritten canonically (with a
/// warning) when spelled otherwise.
fn card_quota_text(ctx: &mut V1Ctx, pm: &str) {
    let text = ctx
        .req
        .get("bypass")
        .and_then(Value::as_obj)
        .and_then(|b| b.get("daou"))
        .and_then(Value::as_obj)
        .and_then(|d| d.get("CARDQUOTA"));
    let Some(text) = want_str(text, CARDQUOTA_PATH, ctx.r).map(str::to_string) else {
        return;
    };
    let groups = match cardquota::parse(&text) {
        Ok(groups) => groups,
        Err(problems) => {
            for p in problems {
                p.report(CARDQUOTA_PATH, ctx.r);
            }
            return;
        }
    };
    if NO_CARD_METHODS.contains(&pm) {
        ctx.r.warn(
            CARDQUOTA_PATH,
            Code::Unsupported,
            Detail::Note,
            Some(&CARDQUOTA_NO_CARD),
        );
    } else {
        let max = groups.iter().flat_map(|g| g.months.iter()).max().copied().unwrap_or(0);
        ctx.installment_floor(CARDQUOTA_PATH, i64::from(max));
    }
    let canonical = cardquota::format(&groups);
    if canonical != text {
        ctx.r.warn(
            CARDQUOTA_PATH,
            Code::InvalidFormat,
            Detail::Format(Format::Described),
            Some(&cardquota::CANONICAL),
        );
        if let Some(Value::Obj(b)) = ctx.req.get_mut("bypass") {
            if let Some(Value::Obj(d)) = b.get_mut("daou") {
                d.set("CARDQUOTA", Value::Str(canonical));
            }
        }
    }
}

/// `prefill.phoneNumber`: fixes the phone number in the phone-payment window (current guide,
/// 휴대폰 번호 고정); digits only, separators removed with a warning.
fn prefill(ctx: &mut V1Ctx, pm: &str) {
    crate::core::v1_options::phone_prefill(ctx, pm == "phone", &PHONE_ONLY, &PHONE_DIGITS_NORMALIZED);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::value::parse;
    use crate::core::{check_request_pay, Options};

    fn run(src: &str) -> crate::core::Outcome {
        let opts = Options {
            pg: Some("kiwoom".into()),
            ..Options::default()
        };
        check_request_pay(&parse(src).unwrap(), &opts)
    }

    #[test]
    fn aliases_and_code_resolve_to_kiwoom() {
        for name in ["daou", "DAOU", "kiwoom", "kiwoompay", "payjoa"] {
            assert_eq!(crate::pg::by_alias(name).unwrap().id, "daou", "{name}");
        }
        assert_eq!(crate::pg::by_v1_code("daou").unwrap().id, "daou");
        assert!(!crate::core::v1::OTHER_V1_CODES.contains(&"daou"));
    }

    #[test]
    fn cardquota_is_sent_canonical_and_stays_so() {
        let out = run(
            r#"{"channelKey":"c","pay_method":"card","merchant_uid":"o","name":"n","amount":50000,"digital":false,
                "bypass":{"daou":{"CARDQUOTA":" ccnh-3:0:2:2 ^CCBC-0"}}}"#,
        );
        assert!(out.ok());
        let v = out.object().unwrap();
        let d = v
            .get("bypass")
            .and_then(Value::as_obj)
            .and_then(|b| b.get("daou"))
            .and_then(Value::as_obj);
        assert_eq!(
            d.and_then(|d| d.get("CARDQUOTA")).and_then(Value::as_str),
            Some("CCNH-0:2:3^CCBC-0")
        );
        let codes: Vec<_> = out.issues.iter().map(|i| (i.path.as_str(), i.code.as_str())).collect();
        assert_eq!(codes, [(CARDQUOTA_PATH, "invalid_format")]);
    }

    #[test]
    fn messages_never_echo_the_value() {
        let out = run(
            r#"{"channelKey":"c","pay_method":"card","merchant_uid":"o","name":"김똠방","buyer_name":"Zoë","amount":1000,
                "digital":false,"bypass":{"daou":{"CARDQUOTA":"SECRET-0"}}}"#,
        );
        for i in &out.issues {
            for locale in [crate::i18n::Locale::Ko, crate::i18n::Locale::En] {
                let m = crate::i18n::message(i, locale);
                assert!(
                    !m.contains("SECRET") && !m.contains("Zoë") && !m.contains("김똠방"),
                    "{m}"
                );
            }
        }
        assert!(!out.ok());
    }
}
