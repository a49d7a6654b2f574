//! The model of a gateway as the engine reads it: its names, its v1 and v2 tables, and the
//! engine's glue to its rules. Every value of these types comes from the data files
//! (`gateways/<id>.toml`, compiled by `build.rs`); nothing here names a gateway.

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
    /// Identity verification through v1 `IMP.certification`, when the gateway offers it.
    pub certification: Option<IdentityRules>,
    /// Identity verification through v2 `PortOne.requestIdentityVerification`, when offered.
    pub identity_verification: Option<IdentityRules>,
}

/// A gateway's identity-verification (본인인증) rules for one SDK call: v1
/// `IMP.certification` or v2 `PortOne.requestIdentityVerification`.
#[derive(Debug)]
pub struct IdentityRules {
    /// The guide the rules come from (path in `portone-io/developers.portone.io`).
    pub guide: &'static str,
    /// v1: the `pg` provider codes that open this gateway's identity window (`danal`).
    pub codes: &'static [&'static str],
    /// v1: the keys beyond the common ones that only some gateways read (`min_age`), read by
    /// this one.
    pub extra_keys: &'static [&'static str],
    /// v2: its key under `bypass` (`danal`, `inicisUnified`, `kcpV2`).
    pub bypass_key: Option<&'static str>,
    /// v2: the keys of `bypass.<bypass_key>`.
    pub bypass: Option<&'static [Key]>,
    /// The gateway's own rules, run by the engine after the common ones.
    pub rules: &'static [crate::engine::Rule],
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
    /// The codes that take merchant-paid interest-free instalments (`useFreeInterestFromMall`,
    /// `card.detail[].max_month`); for the others both are an `unsupported` warning.
    pub free_interest: &'static [&'static str],
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
