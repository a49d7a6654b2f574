//! KG Inicis (`html5_inicis`, `inicis`, each alone or `.{MID}`). Source: PortOne's v1 guide
//! `src/routes/(root)/opi/ko/integration/pg/v1/inicis.mdx` (developers.portone.io af926bd2) and
//! the seed guide `shared/seeds/003_350fdb3db15ffc6f.txt`; where the two differ the current
//! guide wins and the fixture's `source` says so (`tests/fixtures/inicis.json`). The currency
//! limits come from the same PG's v2 guide (`pg/v2/inicis-v2.mdx`), the code list from
//! `opi/ko/support/code-info/pg-2.mdx`, `vbank_due` layouts from `sdk/ko/v1-sdk/javascript-sdk/
//! payrq.mdx` (see [`VBANK_DUE`]).
//!
//! To add an Inicis rule: data goes in the tables below; logic in [`check_v1`].

use super::{BypassBlock, Gateway, V1Rules};
use crate::core::fields::{check_keys, want_int, Key, Kind};
use crate::core::issue::{Bi, Code, Detail, Severity};
use crate::core::text::DateFmt;
use crate::core::v1::V1Ctx;
use crate::core::v1_options::{
    billing_window, currencies, direct_quota_months, env_only, joined, period, redirect_on_mobile, Arg, BillingRule,
    Charge, Item, Opt, PeriodRule, Style,
};
use crate::core::value::Value;

/// KG Inicis.
pub static GATEWAY: Gateway = Gateway {
    id: "inicis",
    name: bi!("KG이니시스", "KG Inicis"),
    aliases: &["html5_inicis", "inicis", "inicis_v2"],
    more_guides: &[],
    v1: Some(V1Rules {
        guide: "src/routes/(root)/opi/ko/integration/pg/v1/inicis.mdx",
        codes: &["html5_inicis", "inicis"],
        pay_methods: PAY_METHODS,
        extra_keys: &["period", "customer_id"],
        card_direct: true,
        card_quota: true,
        escrow: true,
        escrow_ignored: None,
        vbank_due: VBANK_DUE,
        languages: &["ko", "en"],
        bypass: &[
            BypassBlock::new("bypass", BYPASS)
                .with_options(&[("acceptmethod", ACCEPTMETHOD), ("P_RESERVED", P_RESERVED)]),
            BypassBlock::when("bypass.inicis", BYPASS_INICIS, "billing-key window (customer_uid)"),
        ],
        check: check_v1,
    }),
    v2: Some(V2),
};

/// `pay_method` values of the Inicis window (guide, 결제수단 구분코드). The seed's `chai` is gone
/// from the current guide, which adds `applepay`.
pub static PAY_METHODS: &[&str] = &[
    "card",
    "kakaopay",
    "naverpay",
    "samsung",
    "applepay",
    "ssgpay",
    "payco",
    "tosspay",
    "lpay",
    "trans",
    "vbank",
    "phone",
    "cultureland",
    "smartculture",
    "happymoney",
    "booknlife",
];

/// `vbank_due` layouts. The guide only shows `YYYYMMDD` in its sample and names no layout, so
/// the four payrq.mdx layouts hold, plus `YYYYMMDDhhmm` (the older English reference's layout,
/// and the minute precision Inicis's own due time has).
pub static VBANK_DUE: &[DateFmt] = &[
    DateFmt::Ymd,
    DateFmt::YmdHm,
    DateFmt::YmdHms,
    DateFmt::DashedYmd,
    DateFmt::DashedYmdHms,
];

/// `period {from, to}`: both `YYYYMMDD` (guide, period).
static PERIOD: PeriodRule = PeriodRule {
    formats: &[DateFmt::Ymd],
    both: true,
};

static BILLING: BillingRule = BillingRule {
    pay_methods: &["card"],
    pay_methods_note: &BILLING_CARD_ONLY,
    charge: Charge::Never,
    amount_note: &BILLING_NOT_CHARGED,
};

/// Currencies (v2 guide: KRW, or USD for cards only).
static CURRENCIES: &[&str] = &["KRW", "USD"];

static BUYER_TEL: Bi = bi!(
    "KG이니시스 가이드: buyer_tel(주문자 연락처)은 필수 파라미터입니다.",
    "KG Inicis guide: buyer_tel (the buyer's phone number) is required."
);
static BUYER_TEL_BILLING: Bi = bi!(
    "KG이니시스 가이드의 빌링키 발급 탭은 buyer_tel을 선택 항목으로 적지만, 결제창 탭은 필수로 적고 예제도 보냅니다. 보내는 것을 권장합니다.",
    "The KG Inicis guide's billing-key tab marks buyer_tel optional, but its payment tab requires it and the billing sample sends it; sending it is advised."
);
static INICIS_CODE: Bi = bi!(
    "PortOne PG사 코드표: 'inicis'는 API 수기·정기결제와 신용카드 본인인증(이니시스 가이드상 ActiveX 빌링키 발급창)용 코드입니다. 결제창은 'html5_inicis'로 호출합니다.",
    "PortOne's PG code list: 'inicis' is the code for REST key-in and billing payments and card identity checks (and, per the Inicis guide, the ActiveX billing-key window); the payment window is 'html5_inicis'."
);
static BILLING_CARD_ONLY: Bi = bi!(
    "KG이니시스 가이드: 빌링키 발급 결제창(customer_uid)은 pay_method 'card'만 지원합니다.",
    "KG Inicis guide: the billing-key window (customer_uid) only supports pay_method 'card'."
);
static BILLING_NOT_CHARGED: Bi = bi!(
    "KG이니시스 가이드: 빌링키 발급 시 amount는 결제창에 표시만 되고 실제 승인은 일어나지 않습니다. 결제는 customer_uid로 REST API(/subscribe/payments/again)를 호출해야 합니다.",
    "KG Inicis guide: when issuing a billing key the amount is only displayed, nothing is charged; charge with the REST API (/subscribe/payments/again) using customer_uid."
);
static CURRENCY: Bi = bi!(
    "KG이니시스 V2 가이드: 결제 통화는 KRW, 또는 신용카드에 한해 USD입니다.",
    "KG Inicis v2 guide: payments are in KRW, or in USD for cards only."
);
static USD_CARD_ONLY: Bi = bi!(
    "KG이니시스 V2 가이드: USD 결제는 신용카드(card)만 가능합니다.",
    "KG Inicis v2 guide: USD payments are for cards (card) only."
);
static INTEREST_FREE: Bi = bi!(
    "KG이니시스 가이드: card.interest_free는 모든 카드에 적용할 상점부담 무이자 할부 최대 개월 수(2~36)이며, 이니시스와 협의해 설정을 먼저 마쳐야 합니다.",
    "KG Inicis guide: card.interest_free is the highest merchant-paid interest-free month count (2 to 36) for every card; Inicis must set it up first."
);
static ZERO_RATE: Bi = bi!(
    "KG이니시스 가이드: 영세율 결제는 vat_amount와 tax_free를 모두 0으로 보냅니다(상점아이디에 영세율 설정 필요).",
    "KG Inicis guide: a zero-rated payment sends both vat_amount: 0 and tax_free: 0 (the MID must be set up for zero rate)."
);
static DIGITAL_PHONE: Bi = bi!(
    "PortOne 파라미터 규격: 휴대폰 소액결제에는 digital(디지털 상품 여부)이 필수이며 수수료율이 달라집니다. 이니시스 가이드는 선택 항목으로 적습니다.",
    "PortOne's parameter reference requires digital (digital content or not) for phone payments, and the fee depends on it; the Inicis guide lists it as optional."
);
static SKIN: Bi = bi!(
    "KG이니시스 가이드: SKIN(색상)은 색상표 이름(예: SKIN(BLUE)) 또는 #RRGGBB 색상(기본 #c1272c)입니다.",
    "KG Inicis guide: SKIN(color) takes a color-table name (e.g. SKIN(BLUE)) or a #RRGGBB color (default #c1272c)."
);
static CARDSHOWOPT_PC: Bi = bi!(
    "KG이니시스 가이드: cardshowopt(카드코드-호출옵션)은 두 자리 이니시스 카드코드와 숫자 옵션을 '-'로 잇습니다(예: cardshowopt(04-6)).",
    "KG Inicis guide: cardshowopt(card-option) joins a two-digit Inicis card code and a numeric option with '-' (e.g. cardshowopt(04-6))."
);
static CD_PS: Bi = bi!(
    "KG이니시스 가이드: cd_ps(카드코드-할부개월)는 두 자리 카드코드와 할부 개월 수(최대 36)를 '-'로 잇습니다.",
    "KG Inicis guide: cd_ps(card-months) joins a two-digit card code and the installment months (at most 36) with '-'."
);
static Y_OR_N: Bi = bi!(
    "KG이니시스 가이드: P_RESERVED의 이 옵션 값은 Y 또는 N입니다.",
    "KG Inicis guide: this P_RESERVED option takes Y or N."
);
static APP_SCHEME: Bi = bi!(
    "KG이니시스 가이드: app_scheme=스키마명:// 형식입니다(예: app_scheme=myapp://).",
    "KG Inicis guide: the form is app_scheme=scheme:// (e.g. app_scheme=myapp://)."
);
static CARDSHOWOPT_MOBILE: Bi = bi!(
    "KG이니시스 가이드: cardshowopt=카드코드:호출옵션 형식입니다(두 자리 카드코드, 숫자 옵션).",
    "KG Inicis guide: the form is cardshowopt=card:option (a two-digit card code and a numeric option)."
);
static APPRUN_WITH_SCHEME: Bi = bi!(
    "KG이니시스 가이드: apprun_check=Y(안드로이드 Intent 호출)는 app_scheme과 함께 쓸 수 없습니다.",
    "KG Inicis guide: apprun_check=Y (Android intent call) cannot be used together with app_scheme."
);
static APPRUN_WITH_TOP_SCHEME: Bi = bi!(
    "KG이니시스 가이드: apprun_check=Y는 app_scheme과 함께 쓸 수 없습니다. 최상위 app_scheme도 이니시스에 전달되는지는 가이드에 없어 경고만 합니다.",
    "KG Inicis guide: apprun_check=Y cannot be used with app_scheme; whether the top-level app_scheme reaches Inicis the guide does not say, so this only warns."
);
static TWOTRS_BANK: Bi = bi!(
    "KG이니시스 가이드: 모바일 계좌이체(trans)에는 bypass.P_RESERVED에 twotrs_bank=Y가 필수입니다.",
    "KG Inicis guide: mobile account transfer (trans) needs twotrs_bank=Y in bypass.P_RESERVED."
);
static DCP_NEEDS_DIRECT: Bi = bi!(
    "KG이니시스 가이드: dcp_yn=Y는 카드사 다이렉트 호출(card.direct) 시 카드 포인트를 쓰는 옵션입니다.",
    "KG Inicis guide: dcp_yn=Y uses card points when card.direct opens a card company directly."
);
static AUTHTYPE: Bi = bi!(
    "KG이니시스 가이드: authtype '01'은 카드번호·유효기간·생일만 입력받습니다. 빼면 주민번호·비밀번호도 입력받습니다.",
    "KG Inicis guide: authtype '01' asks only for card number, expiry and birth date; leave it out to also ask for the resident number and password."
);
static BYPASS_INICIS_BILLING_ONLY: Bi = bi!(
    "KG이니시스 가이드: bypass.inicis는 빌링키 발급 결제창(customer_uid)에서만 쓰입니다.",
    "KG Inicis guide: bypass.inicis is only read by the billing-key window (customer_uid)."
);

/// `bypass` keys. PC and mobile windows read different ones (guide, bypass).
static BYPASS: &[Key] = &[
    Key::pc("acceptmethod", Kind::Str),
    Key::mobile("P_RESERVED", Kind::Str),
    Key::pc("ini_PAYSHOT_KEY", Kind::Str),
    Key::mobile("P_PAYSHOT_KEY", Kind::Str),
    Key::new("inicis", Kind::Obj),
];

/// `bypass.inicis` keys of the billing-key window.
static BYPASS_INICIS: &[Key] = &[Key::mobile("authtype", Kind::Enum(&["01"])).with_note(&AUTHTYPE)];

/// `bypass.acceptmethod` options (PC, joined with `:`).
static ACCEPTMETHOD: &[Opt] = &[
    Opt::flag("noeasypay"),
    Opt::flag("CARDPOINT"),
    Opt::flag("no_receipt"),
    Opt::new("SKIN", Arg::Grammar(skin_color), Some(&SKIN)),
    Opt::new("cardshowopt", Arg::Grammar(card_dash_option), Some(&CARDSHOWOPT_PC)),
    Opt::flag("disablepoint"),
    Opt::flag("usespcp"),
    Opt::new("cd_ps", Arg::Grammar(card_dash_months), Some(&CD_PS)),
];

static YN: &[&str] = &["Y", "N"];

/// `bypass.P_RESERVED` options (mobile, `key=value` joined with `&`).
static P_RESERVED: &[Opt] = &[
    Opt::new("noeasypay", Arg::OneOf(YN), Some(&Y_OR_N)),
    Opt::new("cp_yn", Arg::OneOf(YN), Some(&Y_OR_N)),
    Opt::new("dcp_yn", Arg::OneOf(YN), Some(&Y_OR_N)),
    Opt::new("vbank_receipt", Arg::OneOf(YN), Some(&Y_OR_N)),
    Opt::new("bank_receipt", Arg::OneOf(YN), Some(&Y_OR_N)),
    Opt::new("twotrs_bank", Arg::OneOf(YN), Some(&Y_OR_N)),
    Opt::new("apprun_check", Arg::OneOf(YN), Some(&Y_OR_N)),
    Opt::new("app_scheme", Arg::Grammar(app_scheme), Some(&APP_SCHEME)),
    Opt::new("iosapp", Arg::OneOf(YN), Some(&Y_OR_N)),
    Opt::new(
        "cardshowopt",
        Arg::Grammar(card_colon_option),
        Some(&CARDSHOWOPT_MOBILE),
    ),
];

fn digits(s: &str, min: usize, max: usize) -> bool {
    (min..=max).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
}

/// `#RRGGBB`, or a color-table name (letters).
fn skin_color(s: &str) -> bool {
    match s.strip_prefix('#') {
        Some(hex) => hex.len() == 6 && hex.bytes().all(|b| b.is_ascii_hexdigit()),
        None => (1..=20).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphabetic()),
    }
}

fn card_then_digits(s: &str, sep: char, max: Option<u32>) -> bool {
    let Some((card, rest)) = s.split_once(sep) else {
        return false;
    };
    digits(card, 2, 2)
        && digits(rest, 1, 2)
        && max.is_none_or(|m| rest.bytes().fold(0, |a, d| a * 10 + u32::from(d - b'0')) <= m)
}

fn card_dash_option(s: &str) -> bool {
    card_then_digits(s, '-', None)
}

fn card_dash_months(s: &str) -> bool {
    card_then_digits(s, '-', Some(36))
}

fn card_colon_option(s: &str) -> bool {
    card_then_digits(s, ':', None)
}

/// `scheme://`, where the scheme starts with a letter (the guide's sample has `_` in it).
fn app_scheme(s: &str) -> bool {
    let Some(scheme) = s.strip_suffix("://") else {
        return false;
    };
    let mut b = scheme.bytes();
    b.next().is_some_and(|c| c.is_ascii_alphabetic())
        && b.all(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'.' | b'-' | b'_'))
}

fn check_v1(ctx: &mut V1Ctx) {
    let billing = ctx.billing();
    let pm = ctx.pay_method.clone().unwrap_or_else(|| "card".to_string());

    // pg 'inicis' is the API / ActiveX code; the payment window is html5_inicis.
    if ctx.code == "inicis" && !billing && ctx.req.get("pg").is_some() {
        ctx.r.warn("pg", Code::Unsupported, Detail::Note, Some(&INICIS_CODE));
    }

    // buyer_tel: required for the payment window; the billing tab marks it optional.
    let missing_tel = match ctx.req.get("buyer_tel") {
        None => true,
        Some(Value::Str(s)) => s.trim().is_empty(),
        Some(_) => false,
    };
    if missing_tel {
        if billing {
            ctx.r.push(
                "buyer_tel",
                Code::Required,
                Severity::Warning,
                Detail::Required,
                Some(&BUYER_TEL_BILLING),
            );
        } else {
            ctx.r.required("buyer_tel", Some(&BUYER_TEL));
        }
    }

    billing_window(ctx, &BILLING);
    period(ctx, &PERIOD);
    if currencies(ctx, CURRENCIES, &CURRENCY).as_deref() == Some("USD") && pm != "card" {
        ctx.r
            .unsupported("currency", Severity::Error, &GATEWAY.name, &USD_CARD_ONLY);
    }
    direct_quota_months(ctx);
    interest_free(ctx);
    zero_rate(ctx);
    if pm == "phone" && ctx.req.get("digital").is_none() {
        ctx.r.push(
            "digital",
            Code::Required,
            Severity::Warning,
            Detail::Required,
            Some(&DIGITAL_PHONE),
        );
    }
    env_only(ctx, "app_scheme", true, None);
    redirect_on_mobile(ctx);
    bypass(ctx, billing, &pm);
}

/// `card.interest_free`: merchant-paid interest-free months for every card.
fn interest_free(ctx: &mut V1Ctx) {
    let Some(card) = ctx.req.get("card").and_then(Value::as_obj) else {
        return;
    };
    let Some(months) = want_int(card.get("interest_free"), "card.interest_free", ctx.r) else {
        return;
    };
    if (2..=36).contains(&months) {
        ctx.installment_floor("card.interest_free", months);
    } else {
        ctx.r.error(
            "card.interest_free",
            Code::OutOfRange,
            Detail::Range {
                min: Some(2),
                max: Some(36),
            },
            Some(&INTEREST_FREE),
        );
    }
}

/// Zero rate: `vat_amount: 0` needs `tax_free: 0` too.
fn zero_rate(ctx: &mut V1Ctx) {
    let vat_zero = ctx
        .req
        .get("vat_amount")
        .and_then(Value::as_num)
        .is_some_and(|n| n.v == 0.0);
    if vat_zero && ctx.req.get("tax_free").is_none() {
        ctx.r.push(
            "tax_free",
            Code::Required,
            Severity::Warning,
            Detail::Required,
            Some(&ZERO_RATE),
        );
    }
}

fn bypass(ctx: &mut V1Ctx, billing: bool, pm: &str) {
    let has_direct = ctx
        .req
        .get("card")
        .and_then(Value::as_obj)
        .is_some_and(|c| c.get("direct").is_some());
    let top_scheme = ctx.req.get("app_scheme").is_some();
    let b = ctx.req.get("bypass").and_then(Value::as_obj);
    if let Some(b) = b {
        check_keys(b, "bypass", BYPASS, ctx.mobile, ctx.r);
        if let Some(Value::Str(s)) = b.get("acceptmethod") {
            joined(s, ':', Style::Paren, ACCEPTMETHOD, "bypass.acceptmethod", ctx.r);
        }
        if let Some(inicis) = b.get("inicis").and_then(Value::as_obj) {
            check_keys(inicis, "bypass.inicis", BYPASS_INICIS, ctx.mobile, ctx.r);
            if !billing {
                ctx.r.warn(
                    "bypass.inicis",
                    Code::Unsupported,
                    Detail::Note,
                    Some(&BYPASS_INICIS_BILLING_ONLY),
                );
            }
        }
    }
    let items = match b.and_then(|b| b.get("P_RESERVED")) {
        Some(Value::Str(s)) => joined(s, '&', Style::KeyValue, P_RESERVED, "bypass.P_RESERVED", ctx.r),
        _ => Vec::new(),
    };
    let set = |name: &str, value: &str| items.iter().any(|i: &Item| i.name == name && i.value == Some(value));
    let has = |name: &str| items.iter().any(|i: &Item| i.name == name);
    if set("apprun_check", "Y") {
        if has("app_scheme") {
            ctx.r.error(
                "bypass.P_RESERVED",
                Code::Conflict,
                Detail::Note,
                Some(&APPRUN_WITH_SCHEME),
            );
        } else if top_scheme {
            ctx.r.warn(
                "bypass.P_RESERVED",
                Code::Conflict,
                Detail::Conflict { with: "app_scheme" },
                Some(&APPRUN_WITH_TOP_SCHEME),
            );
        }
    }
    if set("dcp_yn", "Y") && !has_direct {
        ctx.r.warn(
            "bypass.P_RESERVED",
            Code::Unsupported,
            Detail::Note,
            Some(&DCP_NEEDS_DIRECT),
        );
    }
    if pm == "trans" && !billing && !set("twotrs_bank", "Y") {
        match ctx.mobile {
            Some(true) => ctx
                .r
                .error("bypass.P_RESERVED", Code::Required, Detail::Note, Some(&TWOTRS_BANK)),
            None => ctx
                .r
                .warn("bypass.P_RESERVED", Code::Required, Detail::Note, Some(&TWOTRS_BANK)),
            Some(false) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn option_grammars() {
        for ok in ["#c1272c", "#ABCDEF", "BLUE", "original"] {
            assert!(skin_color(ok), "{ok}");
        }
        for bad in ["#c1272", "#gggggg", "", "BLUE1", "#c1272c;"] {
            assert!(!skin_color(bad), "{bad}");
        }
        assert!(card_dash_option("04-6"));
        assert!(!card_dash_option("4-6"));
        assert!(!card_dash_option("04:6"));
        assert!(card_dash_months("14-36"));
        assert!(!card_dash_months("14-37"));
        assert!(card_colon_option("04:6"));
        assert!(app_scheme("your_app_scheme://"));
        assert!(app_scheme("my.app+x://"));
        assert!(!app_scheme("myapp"));
        assert!(!app_scheme("1app://"));
        assert!(!app_scheme("://"));
        assert!(!app_scheme("my app://"));
    }
}

pub use self::v2_rules::*;

/// The v2 (`PortOne.requestPayment`) rules, from the v2 guide named in [`V2`].
mod v2_rules {
    use crate::core::fields::{Key, Kind};
    use crate::core::issue::{Bi, Severity};
    use crate::core::text::Unit;
    use crate::core::v2::{Api, V2Ctx};
    use crate::pg::{BypassTables, CustomerField, CustomerRule, Env, Ignored, TextLimit, V2Rules};

    const PAY: &[Api] = &[Api::Payment];
    const BILLING: &[Api] = &[Api::IssueBillingKey];
    const PAY_AND_BILLING: &[Api] = &[Api::Payment, Api::IssueBillingKey];
    const BILLING_AND_PAY: &[Api] = &[Api::IssueBillingKeyAndPay];

    /// The customer fields KG Inicis and Welcome require: name, phone and e-mail on PC for payments
    /// and billing keys (optional on mobile), always for billing-and-pay.
    pub const CUSTOMER: &[CustomerRule] = &[
        CustomerRule {
            field: CustomerField::Name,
            apis: PAY_AND_BILLING,
            env: Env::Pc,
            note: &PC_REQUIRED,
        },
        CustomerRule {
            field: CustomerField::PhoneNumber,
            apis: PAY_AND_BILLING,
            env: Env::Pc,
            note: &PC_REQUIRED,
        },
        CustomerRule {
            field: CustomerField::Email,
            apis: PAY_AND_BILLING,
            env: Env::Pc,
            note: &PC_REQUIRED,
        },
        CustomerRule {
            field: CustomerField::Name,
            apis: BILLING_AND_PAY,
            env: Env::Any,
            note: &BILLING_AND_PAY_REQUIRED,
        },
        CustomerRule {
            field: CustomerField::PhoneNumber,
            apis: BILLING_AND_PAY,
            env: Env::Any,
            note: &BILLING_AND_PAY_REQUIRED,
        },
        CustomerRule {
            field: CustomerField::Email,
            apis: BILLING_AND_PAY,
            env: Env::Any,
            note: &BILLING_AND_PAY_REQUIRED,
        },
    ];

    /// orderName: 40 bytes; longer names are cut to 37 bytes + "..." (a warning).
    pub const ORDER_NAME: TextLimit = TextLimit {
        max: 40,
        unit: Unit::Bytes,
        severity: Severity::Warning,
    };

    /// fullName: 30 bytes.
    pub const FULL_NAME: TextLimit = TextLimit {
        max: 30,
        unit: Unit::Bytes,
        severity: Severity::Error,
    };

    /// Fields the Inicis guide says have no effect.
    pub const IGNORED: &[Ignored] = &[
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
        Ignored {
            path: "easyPay.useCardPoint",
            apis: PAY,
        },
        Ignored {
            path: "easyPay.customerIdentifier",
            apis: PAY,
        },
        Ignored {
            path: "easyPay.availablePayMethods",
            apis: PAY,
        },
        Ignored {
            path: "easyPay.availableCards",
            apis: PAY,
        },
        Ignored {
            path: "transfer.bankCode",
            apis: PAY,
        },
        Ignored {
            path: "transfer.customerIdentifier",
            apis: PAY,
        },
        Ignored {
            path: "virtualAccount.bankCode",
            apis: PAY,
        },
        Ignored {
            path: "virtualAccount.customerIdentifier",
            apis: PAY,
        },
        Ignored {
            path: "mobile.carrier",
            apis: PAY,
        },
        Ignored {
            path: "card.cardCompany",
            apis: BILLING,
        },
        Ignored {
            path: "locale",
            apis: BILLING_AND_PAY,
        },
        Ignored {
            path: "mobile.carrier",
            apis: BILLING_AND_PAY,
        },
        Ignored {
            path: "mobile.avaliableCarriers",
            apis: BILLING_AND_PAY,
        },
    ];

    /// KG Inicis' v2 rules as data.
    pub const V2: V2Rules = V2Rules {
        guide: "src/routes/(root)/opi/ko/integration/pg/v2/inicis-v2.mdx",
        bypass_key: Some("inicis_v2"),
        bypass: BypassTables {
            payment: Some(BYPASS),
            billing: Some(BYPASS_BILLING),
            billing_and_pay: None,
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
        easy_pay_providers: Some(&[
            "KAKAOPAY",
            "NAVERPAY",
            "SAMSUNGPAY",
            "SSGPAY",
            "APPLEPAY",
            "LPAY",
            "TOSSPAY",
            "PAYCO",
        ]),
        billing_key_methods: Some(&["CARD"]),
        billing_key_and_pay_methods: Some(&["MOBILE"]),
        currencies: Some(&["KRW", "USD"]),
        locales: Some(&["KO_KR", "EN_US", "ZH_CN"]),
        order_name: Some(ORDER_NAME),
        full_name: Some(FULL_NAME),
        customer: CUSTOMER,
        mobile_needs_product_type: true,
        ignored: IGNORED,
        check: check_v2,
        ..V2Rules::NONE
    };

    /// `bypass.inicis_v2` (payment): PC and mobile modules take different keys.
    static BYPASS: &[Key] = &[
        Key::pc("logo_url", Kind::Url),
        Key::pc("logo_2nd", Kind::Url),
        Key::pc("parentemail", Kind::Str),
        Key::pc("Ini_SSGPAY_MDN", Kind::Str),
        Key::pc("acceptmethod", Kind::ListOf(&Kind::Str)),
        Key::mobile("P_CARD_OPTION", Kind::Str),
        Key::mobile("P_MNAME", Kind::Str),
        Key::mobile("P_RESERVED", Kind::ListOf(&Kind::Str)),
    ];

    /// `bypass.inicis_v2` (billing key): `carduse` (mobile).
    static BYPASS_BILLING: &[Key] = &[Key::mobile("carduse", Kind::Enum(&["percard", "cocard"]))];

    static PC_REQUIRED: Bi = bi!(
        "KG이니시스·웰컴페이먼츠 가이드: PC 결제창에서는 구매자 이름(fullName 또는 firstName + lastName), 전화번호, 이메일이 필수입니다(모바일은 선택).",
        "KG Inicis / Welcome guide: the PC window needs the buyer's name (fullName, or firstName + lastName), phone number and e-mail (optional on mobile)."
    );
    static BILLING_AND_PAY_REQUIRED: Bi = bi!(
        "KG이니시스·웰컴페이먼츠 가이드: 빌링키 발급과 결제를 함께 할 때는 구매자 이름, 전화번호, 이메일이 필수입니다.",
        "KG Inicis / Welcome guide: issuing a billing key with a payment needs the buyer's name, phone number and e-mail."
    );
    static ISSUE_FIELDS: Bi = bi!(
        "KG이니시스·웰컴페이먼츠 가이드: 빌링키 발급에는 issueId와 issueName이 필수입니다.",
        "KG Inicis / Welcome guide: issuing a billing key needs issueId and issueName."
    );
    static DIRECT_FIXED_MONTH: Bi = bi!(
        "KG이니시스·웰컴페이먼츠 가이드: 카드사 다이렉트 호출 시에는 고정 할부(fixedMonth)만 쓸 수 있고 availableMonthList는 오류입니다.",
        "KG Inicis / Welcome guide: opening a card company directly only takes a fixed installment (fixedMonth); availableMonthList is an error."
    );
    static NO_TOSS_BANK: Bi = bi!(
        "KG이니시스·웰컴페이먼츠 가이드: 토스뱅크(TOSS_BANK)는 카드사 다이렉트 호출을 지원하지 않습니다.",
        "KG Inicis / Welcome guide: Toss Bank (TOSS_BANK) cannot be opened directly."
    );
    static USD_CARD_ONLY: Bi = bi!(
        "KG이니시스 가이드: USD 결제는 카드(CARD)만 가능합니다.",
        "KG Inicis guide: USD payments are card (CARD) only."
    );
    static ASCII_ID: Bi = bi!(
        "KG이니시스·웰컴페이먼츠 가이드: paymentId와 issueId에는 출력 가능한 ASCII 문자만 쓸 수 있습니다(한글, ♤ 같은 특수 문자 불가).",
        "KG Inicis / Welcome guide: paymentId and issueId take printable ASCII only (no Korean, no symbols like ♤)."
    );
    static GIFT_TYPE_MOBILE: Bi = bi!(
        "KG이니시스·웰컴페이먼츠 가이드: 모바일 상품권 결제에는 giftCertificate.giftCertificateType이 필수입니다(PC는 결제창에서 선택).",
        "KG Inicis / Welcome guide: mobile gift-certificate payments need giftCertificate.giftCertificateType (on PC the buyer picks it)."
    );
    static GIFT_TYPES: &[&str] = &["BOOKNLIFE", "SMART_MUNSANG", "CULTURELAND"];
    static GIFT_TYPE_LIST: Bi = bi!(
        "KG이니시스·웰컴페이먼츠 가이드가 지원하는 상품권은 BOOKNLIFE, SMART_MUNSANG, CULTURELAND입니다.",
        "The KG Inicis / Welcome guides support BOOKNLIFE, SMART_MUNSANG and CULTURELAND gift certificates."
    );
    static PRODUCT_TYPE: Bi = bi!(
        "KG이니시스·웰컴페이먼츠 가이드: 빌링키 발급과 결제를 함께 할 때(휴대폰)는 productType이 필수입니다.",
        "KG Inicis / Welcome guide: issuing a billing key with a (phone) payment needs productType."
    );

    /// Rules KG Inicis and Welcome share: ASCII `paymentId`/`issueId`, billing `issueId`/`issueName`,
    /// billing-and-pay `productType`, gift-certificate types, and card-direct installments.
    pub fn check_family(ctx: &mut V2Ctx) {
        for path in ["paymentId", "issueId"] {
            if ctx
                .str_at(path)
                .is_some_and(|id| !id.bytes().all(|b| (0x20..0x7f).contains(&b)))
            {
                ctx.r.error(
                    path,
                    crate::core::issue::Code::InvalidFormat,
                    crate::core::issue::Detail::Format(crate::core::issue::Format::Described),
                    Some(&ASCII_ID),
                );
            }
        }
        if ctx.api == Api::Payment && ctx.method == Some("GIFT_CERTIFICATE") {
            let path = "giftCertificate.giftCertificateType";
            match ctx.str_at(path) {
                Some(t) if !GIFT_TYPES.contains(&t) => ctx.unsupported(path, Severity::Error, &GIFT_TYPE_LIST),
                Some(_) => {}
                None => {
                    if let Some(sev) = ctx.env_severity(Env::Mobile) {
                        ctx.require(path, sev, &GIFT_TYPE_MOBILE);
                    }
                }
            }
        }
        match ctx.api {
            Api::IssueBillingKey => {
                for path in ["issueId", "issueName"] {
                    if !ctx.has(path) {
                        ctx.require(path, Severity::Error, &ISSUE_FIELDS);
                    }
                }
            }
            Api::LoadPaymentUI | Api::LoadIssueBillingKeyUI => {}
            Api::IssueBillingKeyAndPay => {
                if !ctx.has("productType") {
                    ctx.require("productType", Severity::Error, &PRODUCT_TYPE);
                }
            }
            Api::Payment => {
                if ctx.method == Some("CARD") && ctx.has("card.cardCompany") {
                    let list = "card.installment.monthOption.availableMonthList";
                    if ctx.has(list) {
                        ctx.unsupported(list, Severity::Error, &DIRECT_FIXED_MONTH);
                    }
                    if ctx.str_at("card.cardCompany") == Some("TOSS_BANK") {
                        ctx.unsupported("card.cardCompany", Severity::Error, &NO_TOSS_BANK);
                    }
                }
            }
        }
    }

    /// KG Inicis rules the data cannot say.
    fn check_v2(ctx: &mut V2Ctx) {
        check_family(ctx);
        if ctx.api == Api::Payment && ctx.currency == Some("USD") && ctx.method.is_some_and(|m| m != "CARD") {
            ctx.unsupported("currency", Severity::Error, &USD_CARD_ONLY);
        }
    }
}
