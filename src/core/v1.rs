//! `IMP.request_pay` (v1): the rules every gateway shares (PortOne `sdk/ko/v1-sdk/javascript-sdk/
//! payrq.mdx`, summarized in `shared/reference/v1-pg-rules.md` §1), resolving which gateway a
//! request is for, and handing it to that gateway's file under `src/pg/`.

use crate::core::codes::CARD_CODES;
use crate::core::fields::{
    got, max_len, one_of, scan_odd, want_arr, want_bool, want_int, want_nonempty_str, want_num, want_obj, want_str,
};
use crate::core::issue::{index, join, Bi, Code, Detail, Expected, Format, Report, Severity};
use crate::core::text::{did_you_mean, is_app_scheme, is_http_url, parse_date, phone_digits, DateFmt, Unit};
use crate::core::value::{Map, Value};
use crate::core::{Options, Outcome};
use crate::engine::model::{Gateway, V1Rules};

/// Keys PortOne's v1 parameter reference defines for every gateway.
pub static COMMON_KEYS: &[&str] = &[
    "channelKey",
    "pg",
    "pay_method",
    "escrow",
    "merchant_uid",
    "name",
    "amount",
    "custom_data",
    "tax_free",
    "vat_amount",
    "currency",
    "language",
    "buyer_name",
    "buyer_tel",
    "buyer_email",
    "buyer_addr",
    "buyer_postcode",
    "confirm_url",
    "notice_url",
    "customer_uid",
    "digital",
    "vbank_due",
    "m_redirect_url",
    "app_scheme",
    "useFreeInterestFromMall",
    "display",
    "card",
    "bypass",
];

/// Keys only some gateways read (their guides name them); others ignore them.
pub static GUIDE_KEYS: &[&str] = &[
    "products",
    "biz_num",
    "customer_id",
    "period",
    "popup",
    "company",
    "company_en",
    "appCard",
    "useCardPoint",
    "auth_mode",
    "phone",
    "prefill",
    "storeDetails",
    "kcpProducts",
    "kiccProducts",
    "naverPopupMode",
    "naverUseCfm",
    "naverProducts",
    "naverCultureBenefit",
    "naverChainId",
    "naverMerchantUserKey",
    "naverInterface",
    "naverPurchaserName",
    "naverPurchaserBirthday",
    "naverProductCode",
    "naverProductCount",
    "use_test_method",
    "optional",
    "buyer_first_name",
    "buyer_last_name",
    "country",
    "cvs",
    "buyer_first_name_kana",
    "buyer_last_name_kana",
    "kakaopayMobileAsPC",
    "niceMobileV2",
    "order_description",
    "alipay_plus",
];

/// Provider codes PortOne lists (`opi/ko/support/code-info/pg-2.mdx`) whose rules this module
/// does not carry yet: a request for them gets the common rules and a plain `unknown_pg`
/// would be wrong, so they are accepted quietly.
pub static OTHER_V1_CODES: &[&str] = &["inicis_unified", "naverco"];

/// Keys people put in the wrong place, and where they belong.
static MISPLACED: &[(&str, &str)] = &[
    ("card_quota", "display.card_quota"),
    ("direct", "card.direct"),
    ("detail", "card.detail"),
    ("quota", "card.direct.quota"),
    ("shop_user_id", "bypass.shop_user_id"),
    ("phoneNumber", "prefill.phoneNumber"),
    ("totalAmount", "amount"),
    ("orderName", "name"),
    ("paymentId", "merchant_uid"),
    ("redirectUrl", "m_redirect_url"),
    ("payMethod", "pay_method"),
    ("noticeUrls", "notice_url"),
    ("customData", "custom_data"),
    ("appScheme", "app_scheme"),
    ("isEscrow", "escrow"),
    ("taxFreeAmount", "tax_free"),
    ("vatAmount", "vat_amount"),
];

/// Date layouts `vbank_due` accepts when a gateway's guide does not narrow them (payrq.mdx).
pub static VBANK_DUE_COMMON: &[DateFmt] = &[DateFmt::DashedYmd, DateFmt::Ymd, DateFmt::DashedYmdHms, DateFmt::YmdHms];

/// Window languages PortOne's v1 reference lists (not every gateway offers each).
pub static LANGUAGES_COMMON: &[&str] = &["en", "ko", "zh"];

/// Currencies PortOne's v1 reference lists.
pub static CURRENCIES: &[&str] = &["KRW", "USD", "EUR", "JPY"];

/// Every `pay_method` some gateway's v1 guide lists: the union of the gateways' `pay_methods`
/// (a test keeps it equal to them), for requests whose gateway is not known.
pub static PAY_METHODS_ANY_PG: &[&str] = &[
    "alipay",
    "alipay_plus",
    "amazonpay",
    "applepay",
    "aupay",
    "booknlife",
    "card",
    "culturegift",
    "cultureland",
    "cvs",
    "dbarai",
    "econtext",
    "happymoney",
    "kakaopay",
    "lpay",
    "merpay",
    "molpay",
    "moneytree",
    "naverpay",
    "naverpay_bridge",
    "naverpay_card",
    "naverpay_point",
    "payco",
    "paypal",
    "paypay",
    "phone",
    "pinpay",
    "point",
    "rakutenpay",
    "samsung",
    "samsungpay",
    "skpay",
    "smartculture",
    "ssgpay",
    "ssgpay_bank",
    "tenpay",
    "toss_brandpay",
    "tosspay",
    "tosspay_card",
    "tosspay_money",
    "trans",
    "unionpay",
    "vbank",
    "wechat",
];

static PAY_METHOD_NO_PG: Bi = bi!(
    "어느 PG사 가이드에도 없는 결제수단입니다. PG사를 알려 주면(options.pg 또는 configure({ channels })) 그 PG사의 목록으로 검사합니다.",
    "No PG's guide lists this pay method; with the PG known (options.pg or configure({ channels })) it is checked against that PG's list."
);

/// The largest amount a JavaScript number holds exactly (`Number.MAX_SAFE_INTEGER`).
pub const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;

/// Installments are generally available from this amount in KRW (payrq.mdx, every card guide).
pub const INSTALLMENT_MIN_KRW: f64 = 50_000.0;

/// What a gateway's `check` function works with.
pub struct V1Ctx<'a> {
    /// The request being checked; normalizations are applied to it in place.
    pub req: &'a mut Map,
    /// Where issues go.
    pub r: &'a mut Report,
    /// The gateway.
    pub gw: &'static Gateway,
    /// Its v1 rules.
    pub rules: &'static V1Rules,
    /// The provider code in use (`kcp_billing`); the gateway's first code when only a channel named it.
    pub code: &'static str,
    /// The MID after the dot, if any.
    pub mid: Option<String>,
    /// `pay_method` as given.
    pub pay_method: Option<String>,
    /// `amount` when it is a valid number.
    pub amount: Option<f64>,
    /// True when the currency is KRW (the default).
    pub krw: bool,
    /// The caller's PC/mobile hint.
    pub mobile: Option<bool>,
}

impl V1Ctx<'_> {
    /// True when a `customer_uid` is present (the billing-key window).
    pub fn billing(&self) -> bool {
        self.req.get("customer_uid").is_some()
    }
    /// `prefill.phoneNumber` (the phone number fixed in a phone-payment window): digits only.
    /// Separators are removed with a warning carrying the gateway's `note`; anything else that is
    /// not a phone number is an error.
    pub fn prefill_phone_digits(&mut self, note: &'static Bi) {
        let Some(prefill) = want_obj(self.req.get("prefill"), "prefill", self.r) else {
            return;
        };
        let Some(raw) = want_str(prefill.get("phoneNumber"), "prefill.phoneNumber", self.r) else {
            return;
        };
        match phone_digits(raw) {
            Some(digits) if digits == raw => {}
            Some(digits) => {
                self.r.warn(
                    "prefill.phoneNumber",
                    Code::InvalidFormat,
                    Detail::Format(Format::Digits),
                    Some(note),
                );
                if let Some(Value::Obj(p)) = self.req.get_mut("prefill") {
                    p.set("phoneNumber", Value::Str(digits));
                }
            }
            None => self.r.error(
                "prefill.phoneNumber",
                Code::InvalidFormat,
                Detail::Format(Format::Phone),
                None,
            ),
        }
    }
    /// Warns at `path` when `months` asks for installments below the KRW floor.
    pub fn installment_floor(&mut self, path: &str, months: i64) {
        if months >= 2 && self.krw && self.amount.is_some_and(|a| a < INSTALLMENT_MIN_KRW) {
            self.r
                .warn(path, Code::OutOfRange, Detail::Note, Some(&INSTALLMENT_FLOOR));
        }
    }
}

static INSTALLMENT_FLOOR: Bi = bi!(
    "할부는 결제 금액이 50,000원 이상일 때만 가능합니다(일부 카드사는 10,000원부터). 이 금액에서는 일시불만 표시될 수 있습니다.",
    "Installments are only available from 50,000 KRW (some cards from 10,000 KRW); at this amount only lump-sum payment may be offered."
);
static AMOUNT_STRING: Bi = bi!(
    "PortOne 가이드: 문자열이 아닌 숫자로 보내야 합니다(예: 1004, '1004' 아님).",
    "PortOne's guides: a number, not a string (1004, not '1004')."
);
static KRW_INTEGER: Bi = bi!(
    "원화(KRW) 금액은 정수여야 합니다.",
    "KRW amounts must be whole numbers."
);
static NOT_ABOVE_AMOUNT: Bi = bi!(
    "결제 금액(amount)보다 클 수 없습니다.",
    "It cannot be more than the payment amount (amount)."
);
static NO_PG: Bi = bi!(
    "PG 코드도 channelKey도 없어 콘솔의 기본 채널로 결제됩니다. PG사별 규칙은 검사하지 않았습니다.",
    "With no PG code and no channelKey, the console's default channel is used; no PG-specific rules were checked."
);
static NO_PG_DEFAULT_NAMED: Bi = bi!(
    "PG 코드도 channelKey도 없어 콘솔의 기본 채널로 결제됩니다. options.pg가 알려 준 PG사의 규칙으로 검사했습니다.",
    "With no PG code and no channelKey, the console's default channel is used; checked against the rules of the PG options.pg names."
);
static CHANNEL_UNMAPPED: Bi = bi!(
    "어느 PG사 채널의 키인지 알 수 없어 공통 규칙만 검사했습니다. options.pg 또는 configure({ channels })로 알려 주세요.",
    "Which PG this channel belongs to is unknown, so only the common rules were checked; pass options.pg or configure({ channels })."
);
static PG_AND_CHANNEL: Bi = bi!(
    "PG 코드와 채널 키는 둘 중 하나만 보내세요.",
    "Send either the PG code or the channel key, not both."
);
static IGNORED_BY_PG: Bi = bi!(
    "이 PG사 가이드에 없는 파라미터라 무시됩니다.",
    "This PG's guide does not use this parameter; it is ignored."
);
static MERCHANT_UID_MAX: Bi = bi!(
    "PortOne 파라미터 규격: merchant_uid는 최대 40자입니다.",
    "PortOne's parameter reference: merchant_uid is at most 40 characters."
);
static NAME_MAX: Bi = bi!(
    "PortOne 파라미터 규격: name은 최대 40자이며 넘는 부분은 PG사 결제창에서 잘릴 수 있습니다.",
    "PortOne's parameter reference: name is at most 40 characters; the PG window may cut the rest."
);
static CURRENCY_FORMAT: Bi = bi!(
    "ISO 4217 코드(대문자 세 글자, 예: KRW)여야 합니다.",
    "It must be an ISO 4217 code (three capital letters, e.g. KRW)."
);
static CARD_DIRECT_PGS: Bi = bi!(
    "이 PG사 가이드에는 카드사 결제창 다이렉트 호출이 없습니다. 지원하는 PG사는 gateways()의 v1.cardDirect로 확인할 수 있습니다.",
    "This PG's guide has no card-company window opened directly; gateways() lists which PGs have one (v1.cardDirect)."
);
static EMAIL: Bi = bi!("이메일 주소 형식이 아닙니다.", "It is not an e-mail address.");
static PARTS_ABOVE_AMOUNT: Bi = bi!(
    "면세금액(tax_free)과 부가세의 합은 결제 금액(amount)보다 클 수 없습니다.",
    "Together with tax_free it cannot be more than the payment's total (amount)."
);
static CUSTOM_DATA: Bi = bi!(
    "PortOne 파라미터 규격: 객체 타입입니다. 다른 값도 JSON 문자열로 저장되어 그대로 돌려받지만, 객체로 보내는 것을 권장합니다.",
    "PortOne's parameter reference types it as an object; other values are stored as JSON text and echoed back, but an object is what it expects."
);
static IGNORED_LANGUAGE: Bi = bi!(
    "이 PG사 가이드에는 결제창 언어 설정이 없어 무시됩니다.",
    "This PG's guide has no setting for the window's wording; it is ignored."
);
static IGNORED_VBANK_DUE: Bi = bi!(
    "이 PG사 가이드에는 가상계좌 결제가 없어 입금 기한은 무시됩니다.",
    "This PG's guide offers no virtual-account payments; the deposit deadline is ignored."
);
static APP_SCHEME: Bi = bi!(
    "PortOne 파라미터 규격: app_scheme은 앱으로 돌아올 URL scheme입니다(예: myapp 또는 myapp://). 영문자로 시작하고 영문자·숫자·+ - . _만 쓰며 공백은 쓸 수 없습니다.",
    "PortOne's parameter reference: app_scheme is the URL scheme that returns to the app (myapp or myapp://): a letter first, then letters, digits, + - . _, no spaces."
);
static CARD_QUOTA_ITEM: Bi = bi!(
    "할부 개월 수는 0(일시불) 또는 2~36 사이의 정수입니다.",
    "Installment months are whole numbers: 0 (lump sum) or 2 to 36."
);

/// Checks an `IMP.request_pay` parameter object.
pub fn check(input: &Value, opts: &Options) -> Outcome {
    match input {
        Value::Obj(_) => check_owned(input.clone(), opts),
        _ => check_owned(Value::Null, opts),
    }
}

/// [`check`] of a value the caller no longer needs: the request is normalized in place
/// instead of being copied first.
pub fn check_owned(input: Value, opts: &Options) -> Outcome {
    let mut r = Report::default();
    let Value::Obj(_) = input else {
        r.error(
            "",
            Code::InvalidType,
            Detail::Odd(crate::core::issue::OddKind::NotObject),
            None,
        );
        return Outcome {
            value: None,
            issues: r.issues,
        };
    };
    scan_odd(&input, "", &mut r);
    if crate::core::fields::over_budget(&r) {
        return Outcome::new(Value::Null, r.issues);
    }
    let Value::Obj(mut req) = input else {
        return Outcome {
            value: None,
            issues: r.issues,
        };
    };
    req.retain(|_, v| !matches!(v, Value::Undefined));

    let (amount, krw) = common(&req, &mut r);
    let pay_method = req.get("pay_method").and_then(Value::as_str).map(str::to_string);
    let gateway = resolve(&req, opts, &mut r);

    match gateway {
        Some((gw, code, mid)) => {
            let rules = gw.v1.as_ref().expect("resolve only returns v1 gateways");
            let mut ctx = V1Ctx {
                req: &mut req,
                r: &mut r,
                gw,
                rules,
                code,
                mid,
                pay_method,
                amount,
                krw,
                mobile: opts.is_mobile,
            };
            per_gateway(&mut ctx);
            (rules.check)(&mut ctx);
            free_interest(&req, gw, rules, code, &mut r);
            unknown_keys(&req, Some(rules), &mut r);
        }
        None => {
            general_shapes(&req, amount, krw, &mut r);
            unknown_keys(&req, None, &mut r);
            // payrq.mdx m_redirect_url: most mobile windows redirect; with the PG unknown, warn
            // (a known PG's own file decides: its mobile-redirect rule, or callbacks on mobile)
            if opts.is_mobile == Some(true) && req.get("m_redirect_url").is_none() {
                r.warn(
                    "m_redirect_url",
                    Code::Required,
                    Detail::Required,
                    Some(&crate::core::v1_options::MOBILE_REDIRECT),
                );
            }
        }
    }

    let mut value = Value::Obj(req);
    value.drop_undefined();
    Outcome::new(value, r.issues)
}

/// The rules in payrq.mdx that do not depend on the gateway. Returns the amount (when valid)
/// and whether the currency is KRW.
fn common(req: &Map, r: &mut Report) -> (Option<f64>, bool) {
    // merchant_uid: required, non-empty string, ≤ 40 chars
    match req.get("merchant_uid") {
        None => r.required("merchant_uid", None),
        v => {
            if let Some(s) = want_nonempty_str(v, "merchant_uid", r) {
                if !max_len(s, 40, Unit::Chars, "merchant_uid", Severity::Error, r) {
                    r.issues.last_mut().expect("just pushed").note = Some(&MERCHANT_UID_MAX);
                }
            }
        }
    }

    // currency: default KRW
    let mut krw = true;
    if let Some(c) = want_str(req.get("currency"), "currency", r) {
        if c.len() != 3 || !c.bytes().all(|b| b.is_ascii_uppercase()) {
            r.error(
                "currency",
                Code::InvalidFormat,
                Detail::Format(Format::Described),
                Some(&CURRENCY_FORMAT),
            );
        } else {
            one_of(c, CURRENCIES, "currency", Severity::Warning, None, r);
        }
        krw = c == "KRW";
    }

    // amount: required, a finite number ≥ 0, never a string; whole in KRW
    let mut amount = None;
    match req.get("amount") {
        None => r.required("amount", None),
        Some(Value::Str(_)) => {
            r.error(
                "amount",
                Code::InvalidType,
                Detail::Type {
                    expected: Expected::Number,
                    got: crate::core::issue::Got::String,
                },
                Some(&AMOUNT_STRING),
            );
        }
        v => {
            if let Some(n) = want_num(v, "amount", r) {
                if n.v < 0.0 || n.v > MAX_SAFE_INTEGER {
                    let max = Some(MAX_SAFE_INTEGER as i64);
                    r.error("amount", Code::OutOfRange, Detail::Range { min: Some(0), max }, None);
                } else if krw && n.v.fract() != 0.0 {
                    r.error(
                        "amount",
                        Code::InvalidType,
                        Detail::Type {
                            expected: Expected::Integer,
                            got: got(req.get("amount").expect("present")),
                        },
                        Some(&KRW_INTEGER),
                    );
                } else {
                    amount = Some(n.v);
                }
            }
        }
    }

    for key in ["tax_free", "vat_amount"] {
        if let Some(n) = want_num(req.get(key), key, r) {
            if n.v < 0.0 {
                r.error(
                    key,
                    Code::OutOfRange,
                    Detail::Range {
                        min: Some(0),
                        max: None,
                    },
                    None,
                );
            } else if amount.is_some_and(|a| n.v > a) {
                r.error(key, Code::OutOfRange, Detail::Note, Some(&NOT_ABOVE_AMOUNT));
            }
        }
    }

    let part = |key: &str| req.get(key).and_then(Value::as_num).map(|n| n.v).filter(|v| *v >= 0.0);
    if let (Some(t), Some(v), Some(a)) = (part("tax_free"), part("vat_amount"), amount) {
        // Tolerance for binary fractions in cent amounts (0.1 + 0.2 of 0.3 USD).
        if t <= a && v <= a && t + v - a > 1e-6 {
            r.error("vat_amount", Code::OutOfRange, Detail::Note, Some(&PARTS_ABOVE_AMOUNT));
        }
    }

    if let Some(s) = want_str(req.get("name"), "name", r) {
        if !max_len(s, 40, Unit::Chars, "name", Severity::Warning, r) {
            r.issues.last_mut().expect("just pushed").note = Some(&NAME_MAX);
        }
    }
    for key in [
        "buyer_name",
        "buyer_tel",
        "buyer_addr",
        "buyer_postcode",
        "app_scheme",
        "customer_uid",
        "channelKey",
        "customer_id",
        "biz_num",
    ] {
        want_str(req.get(key), key, r);
    }
    if let Some(e) = want_str(req.get("buyer_email"), "buyer_email", r) {
        if !e.is_empty() && !crate::core::text::is_email(e) {
            r.error(
                "buyer_email",
                Code::InvalidFormat,
                Detail::Format(Format::Described),
                Some(&EMAIL),
            );
        }
    }
    if let Some(s) = req.get("app_scheme").and_then(Value::as_str) {
        // An empty string is how many shops say "not in an app"; only a malformed scheme is wrong.
        if !s.is_empty() && !is_app_scheme(s) {
            r.error(
                "app_scheme",
                Code::InvalidFormat,
                Detail::Format(Format::Described),
                Some(&APP_SCHEME),
            );
        }
    }
    if let Some(s) = want_str(req.get("customer_uid"), "customer_uid", r) {
        if s.trim().is_empty() {
            r.error(
                "customer_uid",
                Code::InvalidFormat,
                Detail::Format(Format::NonEmpty),
                None,
            );
        }
    }
    for key in ["m_redirect_url", "confirm_url"] {
        if let Some(s) = want_str(req.get(key), key, r) {
            if !is_http_url(s) {
                r.error(key, Code::InvalidFormat, Detail::Format(Format::HttpUrl), None);
            }
        }
    }
    match req.get("notice_url") {
        Some(Value::Str(s)) if !is_http_url(s) => {
            r.error("notice_url", Code::InvalidFormat, Detail::Format(Format::HttpUrl), None);
        }
        Some(Value::Arr(a)) => {
            for (i, v) in a.iter().enumerate() {
                let p = index("notice_url", i);
                if let Some(s) = want_str(Some(v), &p, r) {
                    if !is_http_url(s) {
                        r.error(p, Code::InvalidFormat, Detail::Format(Format::HttpUrl), None);
                    }
                }
            }
        }
        Some(v @ (Value::Null | Value::Bool(_) | Value::Num(_) | Value::Obj(_))) => {
            r.wrong_type("notice_url", Expected::StringOrArray, got(v));
        }
        _ => {}
    }
    for key in ["escrow", "digital", "useFreeInterestFromMall", "popup"] {
        want_bool(req.get(key), key, r);
    }
    want_obj(req.get("period"), "period", r);
    if let Some(v @ (Value::Bool(_) | Value::Num(_) | Value::Str(_) | Value::Arr(_))) = req.get("custom_data") {
        r.push(
            "custom_data",
            Code::InvalidType,
            Severity::Warning,
            Detail::Type {
                expected: Expected::Object,
                got: got(v),
            },
            Some(&CUSTOM_DATA),
        );
    }
    want_str(req.get("pay_method"), "pay_method", r);
    want_obj(req.get("bypass"), "bypass", r);
    want_obj(req.get("display"), "display", r);
    want_obj(req.get("card"), "card", r);
    (amount, krw)
}

/// Finds the gateway from `pg` (or, with `channelKey`, from the options). Reports unknown and
/// malformed codes.
fn resolve(req: &Map, opts: &Options, r: &mut Report) -> Option<(&'static Gateway, &'static str, Option<String>)> {
    let pg_value = want_str(req.get("pg"), "pg", r);
    let channel = req.get("channelKey").and_then(Value::as_str);
    if pg_value.is_some() && channel.is_some() {
        r.warn(
            "pg",
            Code::Conflict,
            Detail::Conflict { with: "channelKey" },
            Some(&PG_AND_CHANNEL),
        );
    }
    if let Some(pg) = pg_value {
        r.warn(
            "pg",
            Code::Deprecated,
            Detail::Deprecated { instead: "channelKey" },
            None,
        );
        let (provider, mid) = match pg.split_once('.') {
            Some((p, m)) => (p, Some(m)),
            None => (pg, None),
        };
        if provider.is_empty() || mid.is_some_and(|m| m.is_empty() || m.contains(char::is_whitespace)) {
            r.error("pg", Code::InvalidFormat, Detail::Format(Format::PgCode), None);
            return None;
        }
        if let Some(gw) = opts.gateways.by_v1_code(provider) {
            let code = gw
                .v1
                .as_ref()
                .and_then(|v| v.codes.iter().copied().find(|c| *c == provider))?;
            return Some((gw, code, mid.map(str::to_string)));
        }
        if OTHER_V1_CODES.contains(&provider) {
            return None;
        }
        match did_you_mean(provider, opts.gateways.all_v1_codes()) {
            Some(hint) => r.error("pg", Code::UnknownPg, Detail::UnknownPg { hint: Some(hint) }, None),
            None => r.warn("pg", Code::UnknownPg, Detail::UnknownPg { hint: None }, None),
        }
        return None;
    }
    // With a channelKey, the PG is `options.pg` or the channel's in `configure({ channels })`;
    // with neither `pg` nor `channelKey` the console's default channel pays, and `options.pg`
    // (when given) says which PG that is.
    let named = match channel {
        Some(ch) => opts
            .pg
            .as_deref()
            .or_else(|| opts.channels.iter().find(|(k, _)| k == ch).map(|(_, v)| v.as_str())),
        None => opts.pg.as_deref(),
    };
    if channel.is_some() || named.is_some() {
        match named.and_then(|n| opts.gateways.by_alias(n)) {
            Some(gw) if gw.v1.is_some() => {
                if channel.is_none() {
                    r.warn("pg", Code::Required, Detail::Note, Some(&NO_PG_DEFAULT_NAMED));
                }
                let rules = gw.v1.as_ref()?;
                // the code equal to the lower-cased name (compared without building it)
                let named = named.unwrap_or_default().as_bytes();
                let code = rules
                    .codes
                    .iter()
                    .copied()
                    .find(|c| c.len() == named.len() && c.bytes().zip(named).all(|(a, b)| a == b.to_ascii_lowercase()))
                    .unwrap_or(rules.codes[0]);
                return Some((gw, code, None));
            }
            _ => {
                if channel.is_none() {
                    r.warn("pg", Code::Required, Detail::Note, Some(&NO_PG));
                }
                if let Some(n) = named {
                    let known = opts.gateways.all_v1_codes().any(|c| c.eq_ignore_ascii_case(n));
                    if !known {
                        let hint = did_you_mean(n, opts.gateways.all_v1_codes());
                        r.push(
                            "",
                            Code::UnknownPg,
                            if hint.is_some() {
                                Severity::Error
                            } else {
                                Severity::Warning
                            },
                            Detail::UnknownPg { hint },
                            None,
                        );
                    }
                } else {
                    r.warn("channelKey", Code::Unsupported, Detail::Note, Some(&CHANNEL_UNMAPPED));
                }
                return None;
            }
        }
    }
    r.warn("pg", Code::Required, Detail::Note, Some(&NO_PG));
    None
}

/// Rules every gateway file would otherwise repeat: its `pay_method` set, `vbank_due`
/// layouts, `language` values, `card.direct` support and `display.card_quota` shape. An empty
/// `pay_methods` list means the gateway ignores `pay_method` (its file says so); an empty
/// `vbank_due` or `languages` list means the gateway does not read that key (a warning).
fn per_gateway(ctx: &mut V1Ctx) {
    let rules = ctx.rules;
    if let Some(pm) = ctx.pay_method.clone() {
        if !rules.pay_methods.is_empty() {
            one_of(&pm, rules.pay_methods, "pay_method", Severity::Error, None, ctx.r);
        }
    }
    if let Some(s) = want_str(ctx.req.get("vbank_due"), "vbank_due", ctx.r) {
        if rules.vbank_due.is_empty() {
            ctx.r
                .unsupported("vbank_due", Severity::Warning, &ctx.gw.name, &IGNORED_VBANK_DUE);
        } else if parse_date(s, rules.vbank_due).is_none() {
            ctx.r.error(
                "vbank_due",
                Code::InvalidFormat,
                Detail::Format(Format::Date(rules.vbank_due)),
                None,
            );
        }
    }
    if let Some(s) = want_str(ctx.req.get("language"), "language", ctx.r) {
        if rules.languages.is_empty() {
            ctx.r
                .unsupported("language", Severity::Warning, &ctx.gw.name, &IGNORED_LANGUAGE);
        } else {
            one_of(s, rules.languages, "language", Severity::Error, None, ctx.r);
        }
    }
    if ctx.req.get("escrow") == Some(&Value::Bool(true)) && !rules.escrow {
        match rules.escrow_ignored {
            Some(note) => ctx.r.unsupported("escrow", Severity::Warning, &ctx.gw.name, note),
            None => ctx.r.unsupported("escrow", Severity::Error, &ctx.gw.name, &NO_ESCROW),
        }
    }
    let has_quota = ctx
        .req
        .get("display")
        .and_then(Value::as_obj)
        .and_then(|d| d.get("card_quota"))
        .is_some();
    if has_quota && !rules.card_quota {
        ctx.r
            .unsupported("display.card_quota", Severity::Warning, &ctx.gw.name, &IGNORED_BY_PG);
    } else {
        card_quota(ctx);
    }
    card_options(ctx);
}

static FREE_INTEREST: Bi = bi!(
    "JavaScript SDK 레퍼런스: 상점 부담 무이자 할부는 토스페이먼츠(신모듈), KSNET, 나이스페이(신모듈), 웰컴페이먼츠, KG이니시스에서만 지원됩니다.",
    "JavaScript SDK reference: merchant-paid interest-free instalments are supported by Toss Payments (new module), KSNET, NICE (new module), Welcome Payments and KG Inicis only."
);

/// `useFreeInterestFromMall: true` and `card.detail[].max_month` for a PG code that does not take
/// merchant-paid interest-free instalments (payrq.mdx lists the PGs): a warning, unless the
/// gateway's own rules already reported the path.
fn free_interest(req: &Map, gw: &'static Gateway, rules: &V1Rules, code: &str, r: &mut Report) {
    if rules.free_interest.contains(&code) {
        return;
    }
    let seen = |r: &Report, p: &str| r.issues.iter().any(|i| i.path == p);
    if req.get("useFreeInterestFromMall") == Some(&Value::Bool(true)) && !seen(r, "useFreeInterestFromMall") {
        r.unsupported("useFreeInterestFromMall", Severity::Warning, &gw.name, &FREE_INTEREST);
    }
    let detail = req
        .get("card")
        .and_then(Value::as_obj)
        .and_then(|c| match c.get("detail") {
            Some(Value::Arr(a)) => Some(a),
            _ => None,
        });
    for (i, item) in detail.into_iter().flatten().enumerate() {
        if item.as_obj().is_some_and(|m| m.get("max_month").is_some()) {
            let p = join(&index("card.detail", i), "max_month");
            if !seen(r, &p) {
                r.unsupported(p, Severity::Warning, &gw.name, &FREE_INTEREST);
            }
        }
    }
}

static NO_ESCROW: Bi = bi!(
    "이 PG사 가이드에는 에스크로 결제가 없습니다.",
    "This PG's guide offers no escrowed payments."
);

/// `display.card_quota`: an array of months (0 = lump sum, 2–36).
fn card_quota(ctx: &mut V1Ctx) {
    let Some(display) = ctx.req.get("display").and_then(Value::as_obj) else {
        return;
    };
    let Some(q) = want_arr(display.get("card_quota"), "display.card_quota", ctx.r) else {
        return;
    };
    let mut max = 0;
    for (i, v) in q.iter().enumerate() {
        let p = index("display.card_quota", i);
        if let Some(m) = want_int(Some(v), &p, ctx.r) {
            if m == 1 || !(0..=36).contains(&m) {
                ctx.r.error(
                    p,
                    Code::OutOfRange,
                    Detail::Range {
                        min: Some(0),
                        max: Some(36),
                    },
                    Some(&CARD_QUOTA_ITEM),
                );
            } else {
                max = max.max(m);
            }
        }
    }
    ctx.installment_floor("display.card_quota", max);
}

/// `card.direct {code, quota}` and `card.detail [{card_code, enabled, max_month}]`.
fn card_options(ctx: &mut V1Ctx) {
    let Some(card) = ctx.req.get("card").and_then(Value::as_obj) else {
        return;
    };
    if let Some(direct) = want_obj(card.get("direct"), "card.direct", ctx.r) {
        if !ctx.rules.card_direct {
            ctx.r
                .unsupported("card.direct", Severity::Error, &ctx.gw.name, &CARD_DIRECT_PGS);
        }
        match direct.get("code") {
            None => ctx.r.required("card.direct.code", None),
            v => {
                if let Some(code) = want_str(v, "card.direct.code", ctx.r) {
                    one_of(code, CARD_CODES, "card.direct.code", Severity::Error, None, ctx.r);
                }
            }
        }
        if let Some(q) = want_int(direct.get("quota"), "card.direct.quota", ctx.r) {
            if q < 0 {
                ctx.r.error(
                    "card.direct.quota",
                    Code::OutOfRange,
                    Detail::Range {
                        min: Some(0),
                        max: None,
                    },
                    None,
                );
            }
        }
    }
    if let Some(detail) = want_arr(card.get("detail"), "card.detail", ctx.r) {
        for (i, item) in detail.iter().enumerate() {
            let p = index("card.detail", i);
            let Some(o) = want_obj(Some(item), &p, ctx.r) else {
                continue;
            };
            let cp = join(&p, "card_code");
            match o.get("card_code") {
                None => ctx.r.required(cp, None),
                v => {
                    if let Some(code) = want_str(v, &cp, ctx.r) {
                        if code != "*" {
                            one_of(code, CARD_CODES, &cp, Severity::Error, None, ctx.r);
                        }
                    }
                }
            }
            want_bool(o.get("enabled"), &join(&p, "enabled"), ctx.r);
            if let Some(m) = want_int(o.get("max_month"), &join(&p, "max_month"), ctx.r) {
                if !(0..=36).contains(&m) {
                    ctx.r.error(
                        join(&p, "max_month"),
                        Code::OutOfRange,
                        Detail::Range {
                            min: Some(0),
                            max: Some(36),
                        },
                        None,
                    );
                }
            }
        }
    }
}

/// Shape checks for requests whose gateway is not known (only the common, gateway-free rules).
fn general_shapes(req: &Map, _amount: Option<f64>, _krw: bool, r: &mut Report) {
    // a value no gateway takes (`CARD`, `kakao`) is a mistake whichever the gateway is
    if let Some(s) = req.get("pay_method").and_then(Value::as_str) {
        one_of(
            s,
            PAY_METHODS_ANY_PG,
            "pay_method",
            Severity::Warning,
            Some(&PAY_METHOD_NO_PG),
            r,
        );
    }
    if let Some(s) = want_str(req.get("language"), "language", r) {
        one_of(s, LANGUAGES_COMMON, "language", Severity::Warning, None, r);
    }
    if let Some(s) = want_str(req.get("vbank_due"), "vbank_due", r) {
        if parse_date(s, VBANK_DUE_COMMON).is_none() {
            r.error(
                "vbank_due",
                Code::InvalidFormat,
                Detail::Format(Format::Date(VBANK_DUE_COMMON)),
                None,
            );
        }
    }
}

/// Warns about top-level keys nobody reads (with where they probably belong), and about keys
/// another gateway's guide defines that this gateway ignores.
fn unknown_keys(req: &Map, rules: Option<&V1Rules>, r: &mut Report) {
    use crate::core::value::same_key;
    for (k, _) in req.entries() {
        if COMMON_KEYS.iter().any(|c| same_key(c, k)) {
            continue;
        }
        let path = join("", k);
        if GUIDE_KEYS.iter().any(|c| same_key(c, k)) {
            if let Some(rules) = rules {
                if !rules.extra_keys.contains(&k.as_str()) {
                    r.warn(path, Code::Unsupported, Detail::Note, Some(&IGNORED_BY_PG));
                }
            }
            continue;
        }
        if !r.listing() {
            // not listed in the answer: no hint to look for
            r.warn(path, Code::UnknownField, Detail::UnknownField { hint: None }, None);
            continue;
        }
        let hint = MISPLACED
            .iter()
            .find(|(from, _)| from.eq_ignore_ascii_case(k))
            .map(|(_, to)| (*to).to_string())
            .or_else(|| {
                let snake = camel_to_snake(k);
                COMMON_KEYS
                    .iter()
                    .chain(GUIDE_KEYS)
                    .find(|c| **c == snake)
                    .or_else(|| {
                        did_you_mean(k, COMMON_KEYS.iter().chain(GUIDE_KEYS).copied())
                            .as_ref()
                            .and_then(|h| COMMON_KEYS.iter().chain(GUIDE_KEYS).find(|c| *c == h))
                    })
                    .map(|s| (*s).to_string())
            });
        r.warn(path, Code::UnknownField, Detail::UnknownField { hint }, None);
    }
}

fn camel_to_snake(k: &str) -> String {
    let mut s = String::with_capacity(k.len() + 4);
    for c in k.chars() {
        if c.is_ascii_uppercase() {
            s.push('_');
            s.push(c.to_ascii_lowercase());
        } else {
            s.push(c);
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::value::parse;

    fn run(src: &str) -> Outcome {
        let opts = Options {
            pg: Some("kcp".into()),
            ..Options::default()
        };
        check(&parse(src).unwrap(), &opts)
    }

    /// The list a request without a known gateway is held to is exactly what the gateways'
    /// v1 guides list together (a new gateway's `pay_method` must not be warned about).
    #[test]
    fn pay_methods_of_any_pg_are_the_gateways_lists_together() {
        let mut union: Vec<&str> = Vec::new();
        for g in Options::default().gateways.all() {
            for pm in g.v1.iter().flat_map(|v1| v1.pay_methods.iter()) {
                if !union.contains(pm) {
                    union.push(pm);
                }
            }
        }
        union.sort_unstable();
        let mut listed = PAY_METHODS_ANY_PG.to_vec();
        listed.sort_unstable();
        assert_eq!(listed, union);
    }

    #[test]
    fn without_a_gateway_a_pay_method_no_pg_takes_is_a_warning_naming_the_closest() {
        let out = check(
            &parse(r#"{"merchant_uid":"o","amount":1,"pay_method":"CARD"}"#).unwrap(),
            &Options::default(),
        );
        assert!(out.ok());
        let i = out
            .issues
            .iter()
            .find(|i| i.path == "pay_method")
            .expect("a pay_method issue");
        assert_eq!((i.code, i.severity), (Code::InvalidValue, Severity::Warning));
        let en = crate::i18n::message(i, crate::i18n::Locale::En);
        assert!(
            en.contains("Did you mean card?") && en.contains("No PG's guide lists"),
            "{en}"
        );
    }

    #[test]
    fn undefined_values_are_dropped_not_sent() {
        let out =
            run(r#"{"channelKey":"c","merchant_uid":"o","amount":1,"buyer_addr":undefined,"bypass":{"x":undefined}}"#);
        assert!(out.ok());
        assert!(out.issues.is_empty(), "{:?}", out.issues);
        assert_eq!(
            out.value.unwrap().to_json(),
            r#"{"channelKey":"c","merchant_uid":"o","amount":1,"bypass":{}}"#
        );
    }

    #[test]
    fn undefined_required_field_counts_as_missing() {
        let out = run(r#"{"channelKey":"c","merchant_uid":undefined,"amount":undefined}"#);
        let codes: Vec<_> = out.issues.iter().map(|i| (i.path.as_str(), i.code)).collect();
        assert_eq!(codes, [("merchant_uid", Code::Required), ("amount", Code::Required)]);
    }

    #[test]
    fn odd_values_are_errors_at_their_path_once() {
        let out = run(r#"{"channelKey":"c","merchant_uid":"o","amount":NaN,"custom_data":{"f":!f},"name":!l2000000}"#);
        let got: Vec<_> = out.issues.iter().map(|i| (i.path.as_str(), i.code)).collect();
        assert_eq!(
            got,
            [
                ("amount", Code::InvalidType),
                ("custom_data.f", Code::InvalidType),
                ("name", Code::TooLong)
            ]
        );
        assert!(!out.ok());
    }
}
