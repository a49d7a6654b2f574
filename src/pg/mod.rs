//! The gateways the module knows. Those moved to data are `gateways/<id>.toml` files, compiled by
//! `build.rs` into [`data`] and evaluated by [`crate::engine`]; the others are still one Rust file
//! each here, with a `pub static GATEWAY` and a `check` function, until they move. Adding a
//! gateway = adding its data file, one line in [`GATEWAYS`] at its `order`, and its fixtures under
//! `tests/fixtures/`.

pub mod data;

use crate::core::fields::Key;
use crate::core::issue::{Bi, Severity};
use crate::core::text::{DateFmt, Unit};
use crate::core::v1::V1Ctx;
use crate::core::v1_options::Opt;
use crate::core::v2::{Api, V2Ctx};

/// One payment gateway.
#[derive(Debug)]
pub struct Gateway {
    /// Stable id (`kcp`).
    pub id: &'static str,
    /// Display name in Korean and English.
    pub name: Bi,
    /// Every name a merchant may know it by (v1 pg codes, v2 bypass keys), lowercase.
    pub aliases: &'static [&'static str],
    /// Further guide pages the rules also come from (cautions, older modules, billing and STC
    /// pages), beside the main v1 / v2 guide named in the rules.
    pub more_guides: &'static [&'static str],
    /// The v1 (`IMP.request_pay`) rules, when PortOne has a v1 guide for it.
    pub v1: Option<V1Rules>,
    /// The v2 (`PortOne.requestPayment`) rules, when PortOne has a v2 guide for it.
    pub v2: Option<V2Rules>,
}

/// A gateway's `PortOne.requestPayment` / `requestIssueBillingKey` /
/// `requestIssueBillingKeyAndPay` rules. Lists are `None` when the guide says nothing (then
/// nothing is checked); `Some(&[])` means the PG takes none (e.g. no billing-and-pay window).
/// Start from [`V2Rules::NONE`] and set what the guide states.
#[derive(Debug)]
pub struct V2Rules {
    /// The guide the rules come from (path in `portone-io/developers.portone.io`).
    pub guide: &'static str,
    /// Its key under `bypass` (`kpn`, `inicis_v2`), when the SDK has one.
    pub bypass_key: Option<&'static str>,
    /// The `bypass.<key>` tables per call (from the SDK's `PaymentBypass`,
    /// `IssueBillingKeyBypass` and `IssueBillingKeyAndPayBypass` types and the guide).
    pub bypass: BypassTables,
    /// `payMethod` values of the payment window (`Some(&[])`: the PG takes no `payMethod`).
    pub pay_methods: Option<&'static [&'static str]>,
    /// `easyPay.easyPayProvider` values.
    pub easy_pay_providers: Option<&'static [&'static str]>,
    /// `billingKeyMethod` values (`Some(&[])`: no billing-key window).
    pub billing_key_methods: Option<&'static [&'static str]>,
    /// `billingKeyAndPayMethod` values (`Some(&[])`: no billing-and-pay window).
    pub billing_key_and_pay_methods: Option<&'static [&'static str]>,
    /// `requestIssueBillingKeyAndPay` takes no `billingKeyAndPayMethod` (the guide says the
    /// window shows the contracted methods): not required, and a warning when sent.
    pub billing_and_pay_takes_no_method: bool,
    /// `currency` values (others are errors).
    pub currencies: Option<&'static [&'static str]>,
    /// `windowType.pc` / `windowType.mobile` values (others are errors).
    pub window_types: Option<WindowTypes>,
    /// `locale` values (others are warnings: the guides say they are ignored).
    pub locales: Option<&'static [&'static str]>,
    /// Longest `orderName`, in the PG's unit.
    pub order_name: Option<TextLimit>,
    /// Longest `customer.fullName`, in the PG's unit.
    pub full_name: Option<TextLimit>,
    /// Customer fields the PG requires.
    pub customer: &'static [CustomerRule],
    /// Whether `installment.monthOption.availableMonthList` is supported (else fixedMonth only).
    pub month_list: bool,
    /// `payMethod: MOBILE` needs `productType`.
    pub mobile_needs_product_type: bool,
    /// `payMethod: VIRTUAL_ACCOUNT` needs `virtualAccount.accountExpiry`.
    pub va_needs_expiry: bool,
    /// On mobile, `redirectUrl` is required (not only advised).
    pub mobile_needs_redirect: bool,
    /// Fields the guide says have no effect (warned as ignored).
    pub ignored: &'static [Ignored],
    /// The PG's own rules that the data above cannot say.
    pub check: fn(&mut V2Ctx),
}

impl V2Rules {
    /// Nothing known: every list unchecked, no bypass key.
    pub const NONE: V2Rules = V2Rules {
        guide: "",
        bypass_key: None,
        bypass: BypassTables::NONE,
        pay_methods: None,
        easy_pay_providers: None,
        billing_key_methods: None,
        billing_key_and_pay_methods: None,
        billing_and_pay_takes_no_method: false,
        currencies: None,
        window_types: None,
        locales: None,
        order_name: None,
        full_name: None,
        customer: &[],
        month_list: true,
        mobile_needs_product_type: false,
        va_needs_expiry: false,
        mobile_needs_redirect: false,
        ignored: &[],
        check: no_check,
    };
}

/// A gateway without rules of its own.
pub fn no_check(_: &mut V2Ctx) {}

/// The key tables of one `bypass.<pg>` block, per call; `None` when that call's bypass type has
/// no such key.
#[derive(Debug)]
pub struct BypassTables {
    /// `requestPayment`.
    pub payment: Option<&'static [Key]>,
    /// `requestIssueBillingKey`.
    pub billing: Option<&'static [Key]>,
    /// `requestIssueBillingKeyAndPay`.
    pub billing_and_pay: Option<&'static [Key]>,
    /// `loadPaymentUI`.
    pub load_payment_ui: Option<&'static [Key]>,
    /// `loadIssueBillingKeyUI`.
    pub load_issue_billing_key_ui: Option<&'static [Key]>,
}

impl BypassTables {
    /// No block in any call.
    pub const NONE: BypassTables = BypassTables {
        payment: None,
        billing: None,
        billing_and_pay: None,
        load_payment_ui: None,
        load_issue_billing_key_ui: None,
    };
    /// The table for `api`.
    pub fn get(&self, api: Api) -> Option<&'static [Key]> {
        match api {
            Api::Payment => self.payment,
            Api::IssueBillingKey => self.billing,
            Api::IssueBillingKeyAndPay => self.billing_and_pay,
            Api::LoadPaymentUI => self.load_payment_ui,
            Api::LoadIssueBillingKeyUI => self.load_issue_billing_key_ui,
        }
    }
}

/// Allowed `windowType` values on PC and on mobile.
#[derive(Clone, Copy, Debug)]
pub struct WindowTypes {
    /// `windowType.pc`.
    pub pc: &'static [&'static str],
    /// `windowType.mobile`.
    pub mobile: &'static [&'static str],
}

/// A length limit on a text field.
#[derive(Clone, Copy, Debug)]
pub struct TextLimit {
    /// The limit.
    pub max: usize,
    /// Characters, UTF-8 bytes or EUC-KR bytes.
    pub unit: Unit,
    /// Error when the PG rejects longer text; warning when it cuts it.
    pub severity: Severity,
}

/// Where a per-PG requirement applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Env {
    /// PC and mobile.
    Any,
    /// PC only (reported as a warning when the environment is unknown).
    Pc,
    /// Mobile only (reported as a warning when the environment is unknown).
    Mobile,
}

/// A `customer` field a PG requires.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CustomerField {
    /// `customer.fullName`, or `firstName` + `lastName` (the SDK sends `${lastName} ${firstName}`
    /// when `fullName` is missing).
    Name,
    /// `customer.phoneNumber`.
    PhoneNumber,
    /// `customer.email`.
    Email,
    /// `customer.customerId`.
    CustomerId,
}

/// "The PG requires this customer field in these calls, in this environment."
#[derive(Debug)]
pub struct CustomerRule {
    /// The field.
    pub field: CustomerField,
    /// The calls it applies to.
    pub apis: &'static [Api],
    /// PC, mobile or both.
    pub env: Env,
    /// The guide's words, for the message.
    pub note: &'static Bi,
}

/// A field the guide says has no effect for this PG, in these calls.
#[derive(Debug)]
pub struct Ignored {
    /// Dotted path (`card.useAppCardOnly`).
    pub path: &'static str,
    /// The calls.
    pub apis: &'static [Api],
}

/// A gateway's `IMP.request_pay` rules.
#[derive(Debug)]
pub struct V1Rules {
    /// The guide the rules come from (path in `portone-io/developers.portone.io`).
    pub guide: &'static str,
    /// `pg` provider codes (`kcp`, `kcp_billing`).
    pub codes: &'static [&'static str],
    /// Accepted `pay_method` values; empty when the gateway ignores `pay_method` (its file then
    /// says so with a warning).
    pub pay_methods: &'static [&'static str],
    /// Top-level keys beyond the common ones that this gateway reads.
    pub extra_keys: &'static [&'static str],
    /// Whether `card.direct` (card company window opened directly) is supported.
    pub card_direct: bool,
    /// Whether `display.card_quota` is read (when not, it is an `unsupported` warning).
    pub card_quota: bool,
    /// Whether escrow payments (`escrow: true`) are offered (when not, an `unsupported` error).
    pub escrow: bool,
    /// When `escrow` is false but the guide says the PG just ignores `escrow: true` (the payment
    /// goes through without escrow): a `unsupported` warning with this note instead of the error.
    pub escrow_ignored: Option<&'static Bi>,
    /// Layouts accepted for `vbank_due`; empty when the gateway has no virtual accounts (the key
    /// is then an `unsupported` warning).
    pub vbank_due: &'static [DateFmt],
    /// Accepted `language` values; empty when the guide has no language setting (the key is then
    /// an `unsupported` warning).
    pub languages: &'static [&'static str],
    /// The `bypass` keys the guide documents, as the key tables [`V1Rules::check`] itself checks
    /// them with (so `gateways()` lists exactly what is checked). Empty when the guide has no
    /// `bypass` parameters.
    pub bypass: &'static [BypassBlock],
    /// The gateway's own rules.
    pub check: fn(&mut V1Ctx),
}

/// One object of a v1 `bypass` and the keys the gateway reads in it: `{ path: "bypass.daou",
/// keys: DAOU_KEYS, when: "" }`. A key of kind [`Kind::Fields`](crate::core::fields::Kind)
/// stands for the keys of its table (listed as `bypass.eximbay.<key>`); a key of kind `Obj`
/// whose object has a block of its own (`bypass.kakaopay`) is listed through that block.
#[derive(Debug)]
pub struct BypassBlock {
    /// Dotted path of the object (`bypass`, `bypass.daou`, `bypass.kcpQuick`).
    pub path: &'static str,
    /// The keys read in it (each with its PC-only / mobile-only flags).
    pub keys: &'static [Key],
    /// When the gateway reads them, in the guide's words (`billing-key window (kcp_billing)`);
    /// empty when always.
    pub when: &'static str,
    /// Keys of this block whose string joins options (`acceptmethod` → `SKIN(…):cd_ps(…)`), with
    /// the option table the check parses them with.
    pub options: &'static [(&'static str, &'static [Opt])],
}

impl BypassBlock {
    /// A block read in every request.
    pub const fn new(path: &'static str, keys: &'static [Key]) -> BypassBlock {
        BypassBlock::when(path, keys, "")
    }
    /// A block read only in some requests (`when` says which).
    pub const fn when(path: &'static str, keys: &'static [Key], when: &'static str) -> BypassBlock {
        BypassBlock {
            path,
            keys,
            when,
            options: &[],
        }
    }
    /// The same block with the option tables of some of its keys.
    pub const fn with_options(mut self, options: &'static [(&'static str, &'static [Opt])]) -> BypassBlock {
        self.options = options;
        self
    }
}

/// Every gateway, in display order.
pub static GATEWAYS: &[&Gateway] = &[
    &data::KCP,
    &data::KCP_QUICK,
    // v2-only entries (v1 rules for some of these are written elsewhere and merge in)
    &data::KPN,
    &data::INICIS,
    &data::WELCOME,
    &data::KAKAOPAY,
    &data::DAOU,
    &data::DANAL,
    &data::SETTLE,
    &data::HECTO_GLOBAL,
    &data::KICC,
    &data::KSNET,
    &data::SMARTRO,
    &data::NICE,
    &data::TOSSPAYMENTS,
    &data::NAVERPAY,
    &data::TOSSPAY,
    &data::TOSS_BRANDPAY,
    &data::PAYPAL,
    &data::EXIMBAY,
    &data::GALAXIA,
    &data::INICIS_JP,
    &data::PAYLETTER,
    &data::MOBILIANS,
    &data::TRIPLE_A,
    &data::PAYMENTWALL,
    &data::PAYCO,
    &data::BLUEWALNUT,
    &data::SMILEPAY,
    &data::HYPHEN,
];

/// The gateway whose v1 `pg` provider code is `code` (exact, lowercase).
pub fn by_v1_code(code: &str) -> Option<&'static Gateway> {
    GATEWAYS
        .iter()
        .copied()
        .find(|g| g.v1.as_ref().is_some_and(|v| v.codes.contains(&code)))
}

/// The gateway known by `name` (any alias or v1 code, case-insensitive).
pub fn by_alias(name: &str) -> Option<&'static Gateway> {
    let lower = name.to_ascii_lowercase();
    GATEWAYS.iter().copied().find(|g| {
        g.id == lower
            || g.aliases.contains(&lower.as_str())
            || g.v1.as_ref().is_some_and(|v| v.codes.contains(&lower.as_str()))
    })
}

/// Every v1 provider code, for did-you-mean.
pub fn all_v1_codes() -> impl Iterator<Item = &'static str> {
    GATEWAYS
        .iter()
        .filter_map(|g| g.v1.as_ref())
        .flat_map(|v| v.codes.iter().copied())
        .chain(crate::core::v1::OTHER_V1_CODES.iter().copied())
}

/// The gateway whose v2 bypass key is `key` (`kpn`, `inicis_v2`).
pub fn by_bypass_key(key: &str) -> Option<&'static Gateway> {
    GATEWAYS
        .iter()
        .copied()
        .find(|g| g.v2.as_ref().and_then(|v| v.bypass_key) == Some(key))
}

/// Every alias of a gateway with v2 rules, for did-you-mean.
pub fn all_v2_aliases() -> impl Iterator<Item = &'static str> {
    GATEWAYS
        .iter()
        .filter(|g| g.v2.is_some())
        .flat_map(|g| g.aliases.iter().copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_codes_are_unique_and_lowercase() {
        let mut seen: Vec<&str> = Vec::new();
        for g in GATEWAYS {
            for n in g.aliases.iter().chain(g.v1.iter().flat_map(|v| v.codes.iter())) {
                assert_eq!(*n, n.to_ascii_lowercase());
                if !g.aliases.contains(n) || !g.v1.as_ref().is_some_and(|v| v.codes.contains(n)) {
                    assert!(!seen.contains(n), "{n} twice");
                }
                seen.push(n);
            }
        }
    }

    #[test]
    fn data_gateways_stand_at_their_order() {
        for (order, g) in data::ORDERED {
            assert!(
                std::ptr::eq(GATEWAYS[*order as usize], *g),
                "{} is not at {order}",
                g.id
            );
        }
        assert!(!data::ORDERED.is_empty());
    }

    #[test]
    fn lookups() {
        assert_eq!(by_v1_code("kcp_billing").unwrap().id, "kcp");
        assert_eq!(by_alias("KCP_V2").unwrap().id, "kcp");
        assert!(by_v1_code("KCP").is_none());
        assert_eq!(by_v1_code("inicis").unwrap().id, "inicis");
        assert_eq!(by_alias("inicis_v2").unwrap().id, "inicis");
        assert_eq!(by_v1_code("kakaopay").unwrap().id, "kakaopay");
        for name in ["kicc", "KICC_V2", "easypay"] {
            assert_eq!(by_alias(name).unwrap().id, "kicc", "{name}");
        }
        assert!(!crate::core::v1::OTHER_V1_CODES.contains(&"kicc"));
    }
}

#[cfg(test)]
mod v2_tests {
    use super::*;
    use crate::core::v2::ALL_APIS;

    /// The bypass keys of the SDK's `PaymentBypass`, `IssueBillingKeyBypass`,
    /// `IssueBillingKeyAndPayBypass`, `LoadPaymentUIBypass` and `LoadIssueBillingKeyUIBypass` types (`shared/reference/v2-enums.json` `bypassKeys`).
    const SDK_BYPASS: [&[&str]; 5] = [
        &[
            "tosspayments",
            "nice_v2",
            "paypal_v2",
            "inicis_v2",
            "kcp_v2",
            "smartro_v2",
            "ksnet",
            "welcome",
            "kpn",
            "naverpay",
            "kakaopay",
            "tosspay_v2",
            "toss_brandpay",
            "hyphen",
            "eximbay_v2",
            "galaxia",
            "inicis_jp",
            "payletter_global",
            "mobilians_v2",
            "triple_a",
            "paymentwall",
        ],
        &[
            "inicis_v2",
            "kcp_v2",
            "smartro_v2",
            "welcome",
            "galaxia",
            "naverpay",
            "kakaopay",
            "tosspay_v2",
        ],
        &["welcome", "payletter_global", "eximbay_v2", "galaxia"],
        &["paypal_v2"],
        &["paypal_v2"],
    ];

    #[test]
    fn every_sdk_bypass_key_has_exactly_one_table_per_call() {
        for (api, keys) in ALL_APIS.iter().zip(SDK_BYPASS) {
            let mut have: Vec<&str> = GATEWAYS
                .iter()
                .filter_map(|g| {
                    let v2 = g.v2.as_ref()?;
                    v2.bypass.get(*api)?;
                    v2.bypass_key
                })
                .collect();
            have.sort();
            let mut want = keys.to_vec();
            want.sort();
            assert_eq!(have, want, "{api:?}");
        }
    }

    #[test]
    fn aliases_are_unique_across_gateways() {
        let mut seen: Vec<&str> = Vec::new();
        for g in GATEWAYS {
            for a in g.aliases {
                assert!(!seen.contains(a), "{a} twice");
                seen.push(a);
            }
            assert!(g.v2.as_ref().is_none_or(|v| !v.guide.is_empty()), "{}", g.id);
        }
    }
}
