//! NHN KCP (`kcp`, `kcp_billing`). Source: PortOne's v1 guide
//! `src/routes/(root)/opi/ko/integration/pg/v1/nhn-kcp/readme.mdx` and the seed guide
//! `shared/seeds/001_c63e685c7fb95f6f.txt`; the 20-byte `shop_user_id` limit comes from the older
//! English KCP page (see `shared/reference/v1-pg-rules.md` §4).
//!
//! To add a KCP rule: data goes in the tables below; logic in [`check_v1`].
//!
//! v2 (`kcp_v2`, guide `src/routes/(root)/opi/ko/integration/pg/v2/kcp-v2.mdx`): the
//! `bypass.kcp_v2` tables and `shop_user_id` for gift certificates and phone payments only, at the
//! end of this file; the guide's other v2 rules are not written yet.

use super::{BypassBlock, Gateway, V1Rules};
use crate::core::fields::{
    check_keys, check_quietly_first, want_arr, want_int, want_nonempty_str, want_obj, Key, Kind,
};
use crate::core::issue::{index, join_into, Bi, Code, Detail, Report, Severity};
use crate::core::text::{DateFmt, Unit};
use crate::core::v1::V1Ctx;
use crate::core::value::{Num, Value};

/// NHN KCP.
pub static GATEWAY: Gateway = Gateway {
    id: "kcp",
    name: bi!("NHN KCP", "NHN KCP"),
    aliases: &["kcp", "kcp_billing", "kcp_v2", "nhn_kcp"],
    more_guides: &[],
    v1: Some(V1Rules {
        guide: "src/routes/(root)/opi/ko/integration/pg/v1/nhn-kcp/readme.mdx",
        codes: &["kcp", "kcp_billing"],
        pay_methods: PAY_METHODS,
        extra_keys: &["company", "appCard", "auth_mode", "prefill", "kcpProducts"],
        card_direct: true,
        card_quota: true,
        escrow: true,
        escrow_ignored: None,
        vbank_due: &[DateFmt::Ymd, DateFmt::YmdHms],
        languages: &["ko", "en"],
        bypass: &[
            BypassBlock::when("bypass", BYPASS, "payment window (kcp)"),
            BypassBlock::when("bypass", BYPASS_BILLING, "billing-key window (kcp_billing)"),
        ],
        check: check_v1,
    }),
    v2: Some(V2),
};

/// `pay_method` values of the KCP payment window (guide, 주요 파라미터).
pub static PAY_METHODS: &[&str] = &[
    "card",
    "trans",
    "vbank",
    "phone",
    "cultureland",
    "smartculture",
    "booknlife",
    "happymoney",
    "payco",
    "lpay",
    "kakaopay",
    "naverpay",
    "naverpay_bridge",
    "samsung",
    "ssgpay",
    "applepay",
    "tosspay",
    "point",
];

/// Gift-certificate pay methods that need `bypass.shop_user_id`.
pub static GIFT_CERTIFICATES: &[&str] = &["cultureland", "smartculture", "booknlife", "happymoney"];

static SHOP_USER_ID: Bi = bi!(
    "KCP 가이드: 상품권 결제와 휴대폰 소액결제에는 고객사 회원 ID(bypass.shop_user_id, 최대 20바이트)가 필수입니다.",
    "KCP guide: gift certificates and phone payments need the merchant's member id (bypass.shop_user_id, at most 20 bytes)."
);
static PHONE_BUYER_NAME: Bi = bi!(
    "KCP 가이드: 휴대폰 소액결제에는 buyer_name이 필수입니다.",
    "KCP guide: phone payments need buyer_name."
);
static POINT_MEMCORP: Bi = bi!(
    "KCP 가이드: 베네피아 포인트(point) 결제에는 bypass.pt_memcorp_cd가 필수입니다.",
    "KCP guide: Benepia point payments need bypass.pt_memcorp_cd."
);
static BILLING_NEEDS_UID: Bi = bi!(
    "KCP 가이드: kcp_billing(빌링키 발급 결제창)에는 customer_uid가 필수입니다.",
    "KCP guide: kcp_billing (the billing-key window) needs customer_uid."
);
static BILLING_CARD_ONLY: Bi = bi!(
    "KCP 빌링키 발급 결제창은 pay_method 'card'만 지원합니다.",
    "KCP's billing-key window only supports pay_method 'card'."
);
static BILLING_NOT_CHARGED: Bi = bi!(
    "KCP 가이드: 빌링키 발급 시 amount는 결제창에 표시만 되고 실제 승인은 일어나지 않습니다. 결제는 customer_uid로 REST API(/subscribe/payments/again)를 호출해야 합니다.",
    "KCP guide: when issuing a billing key the amount is only displayed, nothing is charged; charge with the REST API (/subscribe/payments/again) using customer_uid."
);
static UID_NEEDS_BILLING_CODE: Bi = bi!(
    "KCP 빌링키 발급 결제창은 pg 'kcp_billing.{사이트코드}'로 호출합니다. 'kcp'로는 빌링키 결제창이 열리지 않습니다.",
    "KCP's billing-key window is opened with pg 'kcp_billing.{site code}'; 'kcp' does not open it."
);
static PRODUCTS_NEED_ESCROW: Bi = bi!(
    "KCP 가이드: kcpProducts는 에스크로 결제(escrow: true)에서만 전달됩니다.",
    "KCP guide: kcpProducts is only sent with escrow payments (escrow: true)."
);
static PRODUCT_QUANTITY: Bi = bi!(
    "수량은 1 이상의 정수입니다.",
    "The quantity is a whole number of at least 1."
);
static PRODUCT_AMOUNT: Bi = bi!(
    "상품 가격은 0 이상의 정수입니다(결제 금액과 비교하지 않습니다).",
    "The product price is a whole number of at least 0 (it is not compared with amount)."
);
static PHONE_DIGITS_NORMALIZED: Bi = bi!(
    "KCP 가이드: 숫자만 입력해야 합니다. 구분 기호를 제거해 보냅니다.",
    "KCP guide: digits only. The separators were removed."
);
static DIRECT_QUOTA: Bi = bi!(
    "KCP 가이드: quota는 할부 개월 수(일시불 0)이며, 카드 포인트 사용 시 현대카드는 80, 국민·비씨·삼성·하나·롯데·신한·농협·우리·씨티카드는 60을 더합니다.",
    "KCP guide: quota is the installment months (0 = lump sum); to use card points add 80 for Hyundai, or 60 for KB, BC, Samsung, Hana, Lotte, Shinhan, NH, Woori and Citi."
);
static APP_FLAG_KB_ONLY: Bi = bi!(
    "KCP 가이드: bypass.app_flag는 card.direct로 KB국민카드(381)를 호출할 때만 쓰입니다.",
    "KCP guide: bypass.app_flag only applies when card.direct opens KB Kookmin Card (381)."
);
static APP_FLAG_S_MOBILE: Bi = bi!(
    "KCP 가이드: app_flag 'S'(앱카드/ISP 선택)는 모바일 전용입니다.",
    "KCP guide: app_flag 'S' (choose app card or ISP) is mobile only."
);
static AUTH_MODE: Bi = bi!(
    "KCP 가이드: 키인결제는 auth_mode 'key-in'입니다.",
    "KCP guide: key-in payment uses auth_mode 'key-in'."
);

/// `bypass` keys of the KCP payment window (flat, not nested under `bypass.kcp`).
static BYPASS: &[Key] = &[
    Key::new("shop_user_id", Kind::StrMax(20, Unit::Bytes)),
    Key::new("coupon_apply_yn", Kind::Enum(&["Y", "N"])),
    Key::pc("skin_indx", Kind::IntText(1, 11)),
    Key::pc("site_logo", Kind::Url),
    Key::pc("complex_pnt_yn", Kind::Enum(&["Y", "N"])),
    Key::new("pt_memcorp_cd", Kind::Str),
    Key::new("app_flag", Kind::Enum(&["Y", "N", "S"])),
];

/// `bypass` keys of the KCP billing-key window.
static BYPASS_BILLING: &[Key] = &[
    Key::pc("site_logo", Kind::Url),
    Key::pc("batch_birth_day_yn", Kind::Enum(&["Y"])),
];

/// Cards whose point payment adds 60 to `card.direct.quota` (KB, BC, Samsung, Hana, Lotte,
/// Shinhan, NH, Woori, Citi); Hyundai (367) adds 80.
static POINT_60: &[&str] = &["381", "361", "365", "374", "368", "366", "371", "041", "370"];

fn check_v1(ctx: &mut V1Ctx) {
    let billing_window = ctx.code == "kcp_billing";
    let pm = ctx.pay_method.clone();
    let pm = pm.as_deref().unwrap_or("card");

    // Billing: kcp_billing needs customer_uid and card; kcp + customer_uid does not open it.
    if billing_window {
        if ctx.req.get("customer_uid").is_none() {
            ctx.r.required("customer_uid", Some(&BILLING_NEEDS_UID));
        }
        if pm != "card" {
            ctx.r
                .unsupported("pay_method", Severity::Error, &GATEWAY.name, &BILLING_CARD_ONLY);
        }
        if ctx.amount.is_some_and(|a| a > 0.0) {
            ctx.r
                .warn("amount", Code::Unsupported, Detail::Note, Some(&BILLING_NOT_CHARGED));
        }
    } else if ctx.billing() {
        ctx.r
            .unsupported("customer_uid", Severity::Error, &GATEWAY.name, &UID_NEEDS_BILLING_CODE);
    }

    // bypass: flat keys, and the ones some pay methods require.
    let bypass = ctx.req.get("bypass").and_then(Value::as_obj);
    if let Some(b) = bypass {
        check_keys(
            b,
            "bypass",
            if billing_window { BYPASS_BILLING } else { BYPASS },
            ctx.mobile,
            ctx.r,
        );
        if b.get("app_flag").and_then(Value::as_str) == Some("S") && ctx.mobile == Some(false) {
            ctx.r.warn(
                "bypass.app_flag",
                Code::Unsupported,
                Detail::Note,
                Some(&APP_FLAG_S_MOBILE),
            );
        }
        let direct_kb = ctx
            .req
            .get("card")
            .and_then(Value::as_obj)
            .and_then(|c| c.get("direct"))
            .and_then(Value::as_obj)
            .and_then(|d| d.get("code"))
            .and_then(Value::as_str)
            == Some("381");
        if b.get("app_flag").is_some() && !direct_kb {
            ctx.r.warn(
                "bypass.app_flag",
                Code::Unsupported,
                Detail::Note,
                Some(&APP_FLAG_KB_ONLY),
            );
        }
    }
    let has_bypass = |key: &str| bypass.and_then(|b| b.get(key)).is_some();
    if (GIFT_CERTIFICATES.contains(&pm) || pm == "phone") && !has_bypass("shop_user_id") {
        ctx.r.required("bypass.shop_user_id", Some(&SHOP_USER_ID));
    }
    if pm == "phone" && ctx.req.get("buyer_name").is_none() {
        ctx.r.required("buyer_name", Some(&PHONE_BUYER_NAME));
    }
    if pm == "point" && !has_bypass("pt_memcorp_cd") {
        ctx.r.required("bypass.pt_memcorp_cd", Some(&POINT_MEMCORP));
    }

    // card.direct.quota: months, or months + 60/80 for card points.
    direct_quota(ctx);

    // Other KCP parameters.
    crate::core::fields::want_bool(ctx.req.get("appCard"), "appCard", ctx.r);
    crate::core::fields::want_str(ctx.req.get("company"), "company", ctx.r);
    if let Some(m) = crate::core::fields::want_str(ctx.req.get("auth_mode"), "auth_mode", ctx.r) {
        crate::core::fields::one_of(m, &["key-in"], "auth_mode", Severity::Error, Some(&AUTH_MODE), ctx.r);
    }
    escrow_products(ctx);
    ctx.prefill_phone_digits(&PHONE_DIGITS_NORMALIZED);
}

fn direct_quota(ctx: &mut V1Ctx) {
    let Some(direct) = ctx
        .req
        .get("card")
        .and_then(Value::as_obj)
        .and_then(|c| c.get("direct"))
        .and_then(Value::as_obj)
    else {
        return;
    };
    let code = direct.get("code").and_then(Value::as_str).unwrap_or("");
    let Some(q) = direct.get("quota").and_then(Value::as_num).and_then(Num::as_int) else {
        return;
    };
    let months = match q {
        0..=36 => Some(q),
        80..=116 if code == "367" => Some(q - 80),
        60..=96 if POINT_60.contains(&code) => Some(q - 60),
        _ => None,
    };
    match months {
        Some(m) if m != 1 => ctx.installment_floor("card.direct.quota", m),
        _ => {
            if q >= 0 {
                ctx.r.error(
                    "card.direct.quota",
                    Code::InvalidValue,
                    Detail::Note,
                    Some(&DIRECT_QUOTA),
                );
            }
        }
    }
}

/// `kcpProducts`: with `escrow: true`, an array of `{orderNumber, name, quantity, amount}`.
fn escrow_products(ctx: &mut V1Ctx) {
    let Some(v) = ctx.req.get("kcpProducts") else { return };
    if ctx.req.get("escrow") != Some(&Value::Bool(true)) {
        ctx.r.warn(
            "kcpProducts",
            Code::Unsupported,
            Detail::Note,
            Some(&PRODUCTS_NEED_ESCROW),
        );
    }
    let Some(items) = want_arr(Some(v), "kcpProducts", ctx.r) else {
        return;
    };
    check_products(items, "kcpProducts", ctx.r);
}

/// Escrow items under `list` (`kcpProducts`; also KICC's `kiccProducts`), each checked without
/// a path first (see `check_product`).
pub(crate) fn check_products(items: &[Value], list: &str, r: &mut Report) {
    for (i, item) in items.iter().enumerate() {
        check_quietly_first(r, || index(list, i), |p, r| check_product(item, p, r));
    }
}

static PRODUCT_KEYS: &[Key] = &[
    Key::new("orderNumber", Kind::Any),
    Key::new("name", Kind::Any),
    Key::new("quantity", Kind::Any),
    Key::new("amount", Kind::Any),
];

/// One escrow item `{orderNumber, name, quantity, amount}`. With an empty `p` no field path is
/// built (the quiet first pass of `check_products`; its issues' paths are not read).
fn check_product(item: &Value, p: &str, r: &mut Report) {
    let Some(o) = want_obj(Some(item), p, r) else { return };
    // one path buffer for the four fields; an issue copies it
    let mut kp = String::new();
    let join_into = |kp: &mut String, p: &str, key: &str| {
        if !p.is_empty() {
            join_into(kp, p, key);
        }
    };
    for key in ["orderNumber", "name"] {
        join_into(&mut kp, p, key);
        match o.get(key) {
            None => r.required(kp.as_str(), None),
            v => {
                want_nonempty_str(v, &kp, r);
            }
        }
    }
    join_into(&mut kp, p, "quantity");
    let qp = kp.as_str();
    match o.get("quantity") {
        None => r.required(qp, None),
        v => {
            if let Some(q) = want_int(v, qp, r) {
                if q < 1 {
                    r.error(
                        qp,
                        Code::OutOfRange,
                        Detail::Range {
                            min: Some(1),
                            max: None,
                        },
                        Some(&PRODUCT_QUANTITY),
                    );
                }
            }
        }
    }
    join_into(&mut kp, p, "amount");
    let ap = kp.as_str();
    match o.get("amount") {
        None => r.required(ap, None),
        v => {
            if let Some(a) = want_int(v, ap, r) {
                if a < 0 {
                    r.error(
                        ap,
                        Code::OutOfRange,
                        Detail::Range {
                            min: Some(0),
                            max: None,
                        },
                        Some(&PRODUCT_AMOUNT),
                    );
                }
            }
        }
    }
    check_keys(o, p, PRODUCT_KEYS, None, r);
}

/// KCP's v2 rules as data (bypass tables and [`check_v2`] so far).
pub const V2: super::V2Rules = super::V2Rules {
    guide: "src/routes/(root)/opi/ko/integration/pg/v2/kcp-v2.mdx",
    bypass_key: Some("kcp_v2"),
    bypass: super::BypassTables {
        payment: Some(BYPASS_V2),
        billing: Some(BYPASS_V2_BILLING),
        billing_and_pay: None,
        load_payment_ui: None,
        load_issue_billing_key_ui: None,
    },
    check: check_v2,
    ..super::V2Rules::NONE
};

/// `bypass.kcp_v2` (payment). The npm type makes `shop_user_id` required and types `skin_indx`
/// as a string; the guide requires `shop_user_id` only for gift certificates and phone payments
/// ([`check_v2`]) and gives `skin_indx` as 1–12. Followed: optional `shop_user_id`, `skin_indx` a
/// string of 1–12 (`shared/reference/v2-pg-rules.md` §23.5).
static BYPASS_V2: &[Key] = &[
    Key::pc("skin_indx", Kind::IntText(1, 12)),
    Key::pc("site_logo", Kind::Url),
    Key::new("shop_user_id", Kind::Str),
    Key::new("kcp_pay_title", Kind::Str),
    Key::new("complex_pnt_yn", Kind::Enum(&["Y", "N"])),
    Key::new("pt_memcorp_cd", Kind::Str),
    Key::new("disp_tax_yn", Kind::Enum(&["Y", "N", "R", "E"])),
    Key::new("site_name", Kind::Str),
    Key::new("deli_term", Kind::Str),
];

/// `bypass.kcp_v2` (billing key): `batch_soc_choice` `S` / `C` (the guide's type line says
/// `percard|cocard`, its values are S and C; v2-pg-rules.md §23.6).
static BYPASS_V2_BILLING: &[Key] = &[Key::new("batch_soc_choice", Kind::Enum(&["S", "C"]))];

static SHOP_USER_ID_V2: Bi = bi!(
    "KCP v2 가이드: 상품권(GIFT_CERTIFICATE)과 휴대폰 소액결제(MOBILE)에는 bypass.kcp_v2.shop_user_id가 필수입니다.",
    "KCP v2 guide: gift certificates (GIFT_CERTIFICATE) and phone payments (MOBILE) need bypass.kcp_v2.shop_user_id."
);

fn check_v2(ctx: &mut crate::core::v2::V2Ctx) {
    if ctx.api == crate::core::v2::Api::Payment
        && matches!(ctx.method, Some("GIFT_CERTIFICATE" | "MOBILE"))
        && !ctx.has("bypass.kcp_v2.shop_user_id")
    {
        ctx.require("bypass.kcp_v2.shop_user_id", Severity::Error, &SHOP_USER_ID_V2);
    }
}

pub use self::quick::QUICK;

/// NHN KCP Quick Pay (`kcp_quick`), KCP's own wallet: one `IMP.request_pay` call per action
/// (`bypass.kcpQuick.actionType`). Source: PortOne's v1 guide
/// `src/routes/(root)/opi/ko/integration/pg/v1/nhn-kcp/kcp-quickpay.mdx`
/// (`shared/reference/v1-pg-rules.md` §5). Only a payment (`Pay`) needs `amount`; the guide's
/// other examples leave it out, so the common `amount` requirement is lifted for them.
mod quick {
    use super::super::{BypassBlock, Gateway, V1Rules};
    use crate::core::fields::{check_keys, Key, Kind};
    use crate::core::issue::{Bi, Code, Detail, Format, Severity};
    use crate::core::text::Unit;
    use crate::core::v1::V1Ctx;
    use crate::core::value::Value;

    /// NHN KCP Quick Pay.
    pub static QUICK: Gateway = Gateway {
        id: "kcp_quick",
        name: bi!("NHN KCP 퀵페이", "NHN KCP Quick Pay"),
        more_guides: &[],
        aliases: &["kcp_quick"],
        v1: Some(V1Rules {
            guide: "src/routes/(root)/opi/ko/integration/pg/v1/nhn-kcp/kcp-quickpay.mdx",
            codes: &["kcp_quick"],
            pay_methods: &["card", "trans"],
            extra_keys: &[],
            card_direct: false,
            card_quota: false,
            escrow: false,
            escrow_ignored: None,
            vbank_due: &[],
            languages: &[],
            bypass: &[BypassBlock::new("bypass", BYPASS)],
            check: check_v1,
        }),
        v2: None,
    };

    /// `bypass.kcpQuick.actionType` values.
    static ACTIONS: &[&str] = &[
        "Register",
        "UserRegister",
        "RegisterAutoPay",
        "Deregister",
        "Pay",
        "PinChange",
        "PinReset",
        "PinCheck",
        "PhoneChange",
        "Terminate",
        "RegisterFido",
        "SignUp",
        "Leave",
        "PrepaidRefundAccount",
        "PrepaidRefund",
        "PrepaidLimitRaise",
        "PrepaidKYC",
        "PrepaidAuth",
        "PrepaidOfflineUse",
        "PrepaidOfflinePaymentInfo",
    ];

    static NEEDS_BYPASS: Bi = bi!(
        "KCP 퀵페이 가이드: 퀵페이 호출에는 bypass.kcpQuick(actionType, encryptedCI, memberID)이 필수입니다.",
        "KCP Quick Pay guide: every Quick Pay call needs bypass.kcpQuick (actionType, encryptedCI, memberID)."
    );
    static PAY_METHOD: Bi = bi!(
        "KCP 퀵페이 가이드: 결제(Pay)와 결제수단 등록(Register)에는 pay_method(card 또는 trans)가 필수입니다.",
        "KCP Quick Pay guide: Pay and Register need pay_method (card or trans)."
    );
    static AMOUNT: Bi = bi!(
        "KCP 퀵페이 가이드: 결제(Pay) 요청에는 amount가 필수입니다.",
        "KCP Quick Pay guide: a payment (Pay) needs amount."
    );
    static CUSTOMER_UID: Bi = bi!(
        "KCP 퀵페이 가이드: 결제수단 등록(Register)과 삭제(Deregister)에는 customer_uid(결제수단 식별값)가 필수입니다.",
        "KCP Quick Pay guide: Register and Deregister need customer_uid (the payment method's id)."
    );
    static MEMBER_CI: Bi = bi!(
        "KCP 퀵페이 가이드: memberCI는 보안상 지원이 중단되었습니다. 암호화한 encryptedCI를 보내세요.",
        "KCP Quick Pay guide: memberCI was withdrawn for security; send the encrypted encryptedCI instead."
    );
    static MEMBER_ID: Bi = bi!(
        "KCP 퀵페이 가이드: memberID는 최대 16자이며, 한 사용자의 결제수단에는 같은 값을 씁니다.",
        "KCP Quick Pay guide: memberID is at most 16 characters, the same for all of a user's methods."
    );
    static SDK_VERSION: Bi = bi!(
        "KCP 퀵페이 가이드: sdkVersion은 KCP와 협의한 버전 토큰(예: v2)만 영문자·숫자·_·-로 씁니다. 다른 형식은 요청이 실패합니다.",
        "KCP Quick Pay guide: sdkVersion is the bare version token agreed with KCP (v2): letters, digits, _ and - only; anything else fails."
    );
    static REGISTER_AUTO_PAY: Bi = bi!(
        "KCP 퀵페이 가이드: registerAutoPay는 결제수단 등록(Register) 호출에서만 쓰입니다.",
        "KCP Quick Pay guide: registerAutoPay is only read by Register."
    );
    static OFFLINE_INFO: Bi = bi!(
        "KCP 퀵페이 가이드: 선불머니 현장결제 상세내역 조회(PrepaidOfflinePaymentInfo)에는 prepaidOfflinePaymentInfoRequest가 필요합니다.",
        "KCP Quick Pay guide: PrepaidOfflinePaymentInfo needs prepaidOfflinePaymentInfoRequest."
    );
    static OFFLINE_ONLY: Bi = bi!(
        "KCP 퀵페이 가이드: prepaidOfflinePaymentInfoRequest는 PrepaidOfflinePaymentInfo 호출에서만 쓰입니다.",
        "KCP Quick Pay guide: prepaidOfflinePaymentInfoRequest is only read by PrepaidOfflinePaymentInfo."
    );

    static OFFLINE_REQUEST: &[Key] = &[
        Key::req("tradeId", Kind::Text),
        Key::req("tradeNo", Kind::Text),
        Key::req("point", Kind::Num),
        Key::req("useDt", Kind::Text),
        Key::req("btid", Kind::Text),
    ];

    /// `bypass.kcpQuick` keys (`encryptedCI` and the action rules are checked in code).
    static KCP_QUICK: &[Key] = &[
        Key::req("actionType", Kind::Enum(ACTIONS)),
        Key::new("encryptedCI", Kind::Text),
        Key::new("memberCI", Kind::Str),
        Key::req("memberID", Kind::Text).with_note(&MEMBER_ID),
        Key::new("deviceID", Kind::Str),
        Key::new("noAuth", Kind::Bool),
        Key::new("installment", Kind::Int(0, 36)),
        Key::new("useCardPoint", Kind::Bool),
        Key::new("registerAutoPay", Kind::Bool),
        Key::new("sdkVersion", Kind::Text).with_note(&SDK_VERSION),
        Key::new("prepaidOfflinePaymentInfoRequest", Kind::Fields(OFFLINE_REQUEST)),
    ];
    static BYPASS: &[Key] = &[Key::req("kcpQuick", Kind::Fields(KCP_QUICK)).with_note(&NEEDS_BYPASS)];

    fn check_v1(ctx: &mut V1Ctx) {
        let Some(bypass) = ctx.req.get("bypass").and_then(Value::as_obj) else {
            if ctx.req.get("bypass").is_none() {
                ctx.r.required("bypass.kcpQuick", Some(&NEEDS_BYPASS));
            }
            return;
        };
        check_keys(bypass, "bypass", BYPASS, ctx.mobile, ctx.r);
        let Some(q) = bypass.get("kcpQuick").and_then(Value::as_obj) else {
            return;
        };
        let action = q
            .get("actionType")
            .and_then(Value::as_str)
            .and_then(|a| ACTIONS.iter().copied().find(|x| *x == a));
        let member_id = q.get("memberID").and_then(Value::as_str).map(str::to_string);
        let has = |k: &str| q.get(k).is_some();
        let (has_ci, has_member_ci, has_auto, has_offline) = (
            has("encryptedCI"),
            has("memberCI"),
            has("registerAutoPay"),
            has("prepaidOfflinePaymentInfoRequest"),
        );
        let sdk = q.get("sdkVersion").and_then(Value::as_str).map(str::to_string);

        if let Some(id) = member_id {
            crate::core::fields::max_len(&id, 16, Unit::Chars, "bypass.kcpQuick.memberID", Severity::Error, ctx.r);
        }
        if has_member_ci {
            ctx.r.warn(
                "bypass.kcpQuick.memberCI",
                Code::Deprecated,
                Detail::Note,
                Some(&MEMBER_CI),
            );
        }
        if let Some(v) = sdk {
            if !v.is_empty() && !v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-') {
                ctx.r.error(
                    "bypass.kcpQuick.sdkVersion",
                    Code::InvalidFormat,
                    Detail::Format(Format::Described),
                    Some(&SDK_VERSION),
                );
            }
        }
        let Some(action) = action else {
            return;
        };
        if !has_ci && action != "PrepaidOfflinePaymentInfo" {
            ctx.r.required("bypass.kcpQuick.encryptedCI", Some(&NEEDS_BYPASS));
        }
        if matches!(action, "Pay" | "Register") && ctx.pay_method.is_none() {
            ctx.r.required("pay_method", Some(&PAY_METHOD));
        }
        if matches!(action, "Register" | "Deregister") && ctx.req.get("customer_uid").is_none() {
            ctx.r.required("customer_uid", Some(&CUSTOMER_UID));
        }
        if action == "Pay" {
            if let Some(i) = ctx
                .r
                .issues
                .iter_mut()
                .find(|i| i.path == "amount" && i.code == Code::Required)
            {
                i.note = Some(&AMOUNT);
            }
        } else {
            // Only a payment carries an amount; the other actions' examples leave it out.
            ctx.r
                .issues
                .retain(|i| !(i.path == "amount" && i.code == Code::Required));
        }
        if has_auto && action != "Register" {
            ctx.r.unsupported(
                "bypass.kcpQuick.registerAutoPay",
                Severity::Warning,
                &QUICK.name,
                &REGISTER_AUTO_PAY,
            );
        }
        if action == "PrepaidOfflinePaymentInfo" && !has_offline {
            ctx.r
                .required("bypass.kcpQuick.prepaidOfflinePaymentInfoRequest", Some(&OFFLINE_INFO));
        } else if action != "PrepaidOfflinePaymentInfo" && has_offline {
            ctx.r.unsupported(
                "bypass.kcpQuick.prepaidOfflinePaymentInfoRequest",
                Severity::Warning,
                &QUICK.name,
                &OFFLINE_ONLY,
            );
        }
    }
}
