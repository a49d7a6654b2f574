//! Triple-A (crypto), v2 only. Source: PortOne's guide
//! `src/routes/(root)/opi/ko/integration/pg/v2/triple-a.mdx` (payMethod is not used; its
//! locales; `customer.phoneNumber` in E.164 with a leading `+` (`firstName` / `lastName` pairing
//! is a common rule); each product needs id, name, code, amount and quantity; `shipping_cost`,
//! `shipping_discount` and `tax_cost` are minor-unit integers usable only with `products`;
//! `payer_poi` is a document URL) and the `TripleABypass` type of npm `@portone/browser-sdk@0.1.11`.
//! The guide's "+6591234567" phone form differs from PayPal's "821012345678" (v2-pg-rules §23.14);
//! each PG's own guide is followed.

use super::{BypassTables, Gateway, V2Rules};
use crate::core::fields::{Key, Kind};
use crate::core::issue::{index, join, Bi, Code, Detail, Format, Severity};
use crate::core::v2::V2Ctx;
use crate::core::value::Value;

/// Triple-A.
pub static GATEWAY: Gateway = Gateway {
    id: "triple_a",
    name: bi!("Triple-A", "Triple-A"),
    aliases: &["triple_a"],
    more_guides: &[],
    v1: None,
    v2: Some(V2),
};

/// Triple-A's v2 rules as data.
pub const V2: V2Rules = V2Rules {
    guide: "src/routes/(root)/opi/ko/integration/pg/v2/triple-a.mdx",
    bypass_key: Some("triple_a"),
    bypass: BypassTables {
        payment: Some(BYPASS),
        ..BypassTables::NONE
    },
    pay_methods: Some(&[]),
    locales: Some(&[
        "EN_US", "ZH_CN", "JA_JP", "RU_RU", "VI_VN", "ID_ID", "FR_FR", "NL_NL", "ES_ES", "PT_PT", "DE_DE", "IT_IT",
        "PL_PL", "AR_001",
    ]),
    check: check_v2,
    ..V2Rules::NONE
};

/// `bypass.triple_a` (payment).
static BYPASS: &[Key] = &[
    Key::new("payer_poi", Kind::Url),
    Key::new("shipping_cost", Kind::Amount),
    Key::new("shipping_discount", Kind::Amount),
    Key::new("tax_cost", Kind::Amount),
];

static PHONE: Bi = bi!(
    "Triple-A 가이드: 전화번호는 +6591234567처럼 +(국가코드)로 시작하는 E.164 형식입니다.",
    "Triple-A guide: the phone number is E.164 starting with + and the country code (+6591234567)."
);
static PRODUCT_FIELDS: Bi = bi!(
    "Triple-A 가이드: 상품마다 id, name, code, amount, quantity가 필요합니다.",
    "Triple-A guide: each product needs id, name, code, amount and quantity."
);
static NEEDS_PRODUCTS: Bi = bi!(
    "Triple-A 가이드: shipping_cost, shipping_discount, tax_cost는 products가 있을 때만 쓸 수 있습니다.",
    "Triple-A guide: shipping_cost, shipping_discount and tax_cost need products."
);

/// Triple-A rules the data cannot say.
fn check_v2(ctx: &mut V2Ctx) {
    if let Some(p) = ctx.str_at("customer.phoneNumber") {
        let digits = p.strip_prefix('+').unwrap_or("");
        if !(8..=15).contains(&digits.len()) || !digits.bytes().all(|b| b.is_ascii_digit()) {
            ctx.r.error(
                "customer.phoneNumber",
                Code::InvalidFormat,
                Detail::Format(Format::Described),
                Some(&PHONE),
            );
        }
    }
    let missing: Vec<String> = match ctx.get("products") {
        Some(Value::Arr(items)) => items
            .iter()
            .enumerate()
            .filter_map(|(i, it)| Some((i, it.as_obj()?)))
            .flat_map(|(i, o)| {
                ["id", "name", "code", "amount", "quantity"]
                    .into_iter()
                    .filter(move |k| o.get(k).is_none())
                    .map(move |k| join(&index("products", i), k))
            })
            .collect(),
        _ => Vec::new(),
    };
    for p in missing {
        if !ctx.r.has(&p, Code::Required) {
            ctx.require(&p, Severity::Error, &PRODUCT_FIELDS);
        }
    }
    if !ctx.has("products") {
        for k in ["shipping_cost", "shipping_discount", "tax_cost"] {
            let p = join("bypass.triple_a", k);
            if ctx.has(&p) {
                ctx.r.error(
                    p,
                    Code::Conflict,
                    Detail::Conflict { with: "products" },
                    Some(&NEEDS_PRODUCTS),
                );
            }
        }
    }
}
