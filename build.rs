//! Build step: reads every gateway data file `gateways/<id>.toml`, checks it (unknown fields,
//! notes, tables, enum values, paths), and writes into `OUT_DIR`
//!   * `gateways.rs`: one `Gateway` static per file, its rules as `engine::Rule` tables, its notes
//!     as `Bi` statics (included by `src/pg/data.rs`);
//!   * `docs/<id>.md`: the generated rule page of each gateway, and `docs.rs` listing them (the
//!     test `tests/gateway_docs.rs` holds `docs/gateways/` to them; `scripts/gen-docs.sh` copies).
//!
//! A malformed file fails the build with the file and the rule named. serde and toml run here
//! only: the shipped module carries the compiled tables, not the reader.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

type Notes = BTreeMap<String, BiText>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BiText {
    ko: String,
    en: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GatewayFile {
    id: String,
    name: BiText,
    aliases: Vec<String>,
    #[serde(default)]
    more_guides: Vec<String>,
    /// The place in `GATEWAYS` (display order).
    order: u32,
    #[serde(default)]
    v1: Option<V1File>,
    #[serde(default)]
    v2: Option<V2File>,
    /// Identity verification through v1 `IMP.certification`.
    #[serde(default)]
    certification: Option<IdentityFile>,
    /// Identity verification through v2 `PortOne.requestIdentityVerification`.
    #[serde(default)]
    identity_verification: Option<IdentityFile>,
    #[serde(default)]
    notes: Notes,
    /// Named key tables (for bypass blocks and `fields` kinds).
    #[serde(default)]
    keys: BTreeMap<String, toml::Table>,
    /// Named option strings (checked by `then = { options = "<name>" }`).
    #[serde(default)]
    options: BTreeMap<String, OptionsFile>,
    /// The rule ledger: what the guides this gateway follows state, and what became of each
    /// statement (`docs/coverage.md`).
    #[serde(default)]
    ledger: Vec<LedgerEntry>,
}

/// `[[ledger]]`: one statement of a guide page a browser-side check could enforce, or the page
/// saying it has none.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LedgerEntry {
    /// The page, relative to `src/routes/(root)/` of PortOne's docs (listed in `ledger/pages.txt`).
    page: String,
    /// The statement, in the guide's words (shortened), or what the page is for (`no_rules`).
    says: String,
    /// `enforced`, `not_checkable`, `decided_otherwise`, `no_rules` (the page states nothing a
    /// browser check could enforce) or `gap` (checkable, not checked yet).
    status: String,
    /// `enforced`: what enforces it, each `v1.rules.<id>` / `v2.rules.<id>` (a rule of this file),
    /// another key of this file (`v2.pay_methods`, `v2.ignored.payment` …) or `common:<code>` (a
    /// check every gateway gets).
    #[serde(default)]
    by: Vec<String>,
    /// `enforced`: fixture cases proving it, each `<file>.json#<case name>`.
    #[serde(default)]
    fixture: Vec<String>,
    /// Why, for every status but `enforced`.
    #[serde(default)]
    why: Option<String>,
}

/// `ledger/common.toml`: the ledger of pages no gateway file owns (overviews, SDK reference).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LedgerFile {
    ledger: Vec<LedgerEntry>,
}

/// `[certification]` (v1 `IMP.certification`) or `[identity_verification]` (v2
/// `PortOne.requestIdentityVerification`): a gateway's identity-verification window.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct IdentityFile {
    guide: String,
    /// v1: the `pg` codes that open it.
    #[serde(default)]
    codes: Vec<String>,
    /// v1: keys only some gateways read (`min_age`) that this one reads.
    #[serde(default)]
    extra_keys: Vec<String>,
    /// v2: the key under `bypass`.
    #[serde(default)]
    bypass_key: Option<String>,
    /// v2: the key table of `bypass.<bypass_key>`.
    #[serde(default)]
    bypass: Option<String>,
    #[serde(default)]
    rules: Vec<RuleFile>,
}

/// `[options.<name>]`: an option string a guide defines.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OptionsFile {
    /// Between two items (one character).
    sep: String,
    /// `paren` (`name(arg)`) or `key_value` (`name=value`).
    style: String,
    /// An array of such strings instead of one.
    #[serde(default)]
    list: bool,
    /// What the guide lists, in its order.
    opts: Vec<OptFile>,
    /// Accepted items that are still warned.
    #[serde(default)]
    warn: Vec<OptWarnFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OptFile {
    name: String,
    #[serde(default)]
    one_of: Option<Vec<String>>,
    #[serde(default)]
    grammar: Option<String>,
    #[serde(default)]
    tokens: Option<Vec<String>>,
    #[serde(default)]
    joined_by: Option<String>,
    #[serde(default)]
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OptWarnFile {
    #[serde(default)]
    option: Option<String>,
    #[serde(default)]
    value: Option<String>,
    code: String,
    note: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct V1File {
    guide: String,
    codes: Vec<String>,
    pay_methods: Vec<String>,
    #[serde(default)]
    extra_keys: Vec<String>,
    #[serde(default)]
    card_direct: bool,
    #[serde(default)]
    card_quota: bool,
    /// The codes (among `codes`) that take merchant-paid interest-free instalments
    /// (`useFreeInterestFromMall`, `card.detail[].max_month`; payrq.mdx lists the PGs).
    #[serde(default)]
    free_interest: Vec<String>,
    #[serde(default)]
    escrow: bool,
    #[serde(default)]
    escrow_ignored: Option<String>,
    #[serde(default)]
    vbank_due: Choice,
    #[serde(default)]
    languages: Choice,
    /// One billing-key window, or several each with its `when` (a window per provider code).
    #[serde(default)]
    billing_window: Option<toml::Value>,
    /// The `pay_method` the guide assumes when none is sent (what `when.method` then sees).
    #[serde(default)]
    method_default: Option<String>,
    /// The `bypass` objects the guide documents; a block with no `when` is checked against its
    /// key table in every request (one with `when` is checked by a rule of its own).
    #[serde(default)]
    bypass: Vec<BypassFile>,
    #[serde(default)]
    rules: Vec<RuleFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BypassFile {
    path: String,
    keys: String,
    #[serde(default)]
    when: String,
    /// Listed in `gateways()` but checked by the file's own rules only (no automatic key-table
    /// check of the block).
    #[serde(default)]
    listed_only: bool,
    /// Conditions under which a block with no `when` text is checked (default: every request).
    #[serde(default)]
    only_if: Option<When>,
    /// A note for the block's keys sent flat beside it: the block is then checked by the `block`
    /// hook (the parent's other keys warned, pointing into the block) instead of a `keys` check.
    #[serde(default)]
    flat_note: Option<String>,
}

/// `"common"` (the common v1 list) or an explicit list.
#[derive(Deserialize, Default)]
#[serde(untagged)]
enum Choice {
    #[default]
    None,
    Common(String),
    List(Vec<String>),
}

/// `billing_window = { … }` or `billing_window = [{ when = { … }, … }, …]`, read apart so that
/// a mistake in one window is reported as such.
fn windows(v: &V1File) -> Result<Vec<BillingWindow>, String> {
    let one = |x: &toml::Value| x.clone().try_into::<BillingWindow>().map_err(|e| e.to_string());
    match &v.billing_window {
        None => Ok(Vec::new()),
        Some(toml::Value::Array(list)) => list.iter().map(one).collect(),
        Some(x) => Ok(vec![one(x)?]),
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BillingWindow {
    /// When this window's rule applies (beyond `customer_uid` being sent).
    #[serde(default)]
    when: When,
    pay_methods: Vec<String>,
    pay_methods_note: String,
    charge: String,
    amount_note: String,
    cite: String,
}

/// `then = { billing_window = { … } }`: the billing-key window hook as a rule (when the window
/// behaves differently by method).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BillingWindowRule {
    pay_methods: Vec<String>,
    pay_methods_note: String,
    charge: String,
    amount_note: String,
}

/// One group of `then = { values_by_method = [ … ] }`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MethodGroup {
    methods: Vec<String>,
    values: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct V2File {
    guide: String,
    #[serde(default)]
    bypass_key: Option<String>,
    #[serde(default)]
    bypass: BTreeMap<String, String>,
    #[serde(default)]
    pay_methods: Option<Vec<String>>,
    #[serde(default)]
    easy_pay_providers: Option<Vec<String>>,
    #[serde(default)]
    billing_key_methods: Option<Vec<String>>,
    #[serde(default)]
    billing_key_and_pay_methods: Option<Vec<String>>,
    #[serde(default)]
    billing_and_pay_takes_no_method: bool,
    #[serde(default)]
    currencies: Option<Vec<String>>,
    #[serde(default)]
    window_types: Option<WindowTypes>,
    #[serde(default)]
    locales: Option<Vec<String>>,
    #[serde(default)]
    order_name: Option<TextLimit>,
    #[serde(default)]
    full_name: Option<TextLimit>,
    #[serde(default)]
    customer: Vec<CustomerRule>,
    #[serde(default = "yes")]
    month_list: bool,
    #[serde(default)]
    mobile_needs_product_type: bool,
    #[serde(default)]
    va_needs_expiry: bool,
    #[serde(default)]
    mobile_needs_redirect: bool,
    /// Call name → paths the guide says the PG ignores in that call.
    #[serde(default)]
    ignored: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    rules: Vec<RuleFile>,
}

fn yes() -> bool {
    true
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WindowTypes {
    pc: Vec<String>,
    mobile: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TextLimit {
    max: u32,
    unit: String,
    severity: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CustomerRule {
    field: String,
    apis: Vec<String>,
    #[serde(default = "any_env")]
    env: String,
    note: String,
}

fn any_env() -> String {
    "any".into()
}

/// The right side of a `num` comparison: a number, or `"amount"` / `"amount / <n>"`.
#[derive(Deserialize, Clone)]
#[serde(untagged)]
enum NumOrAmount {
    Num(f64),
    Amount(String),
}

impl NumOrAmount {
    fn text(&self) -> String {
        match self {
            NumOrAmount::Num(n) => n.to_string(),
            NumOrAmount::Amount(s) => s.clone(),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    id: String,
    at: String,
    #[serde(default)]
    when: When,
    then: toml::Value,
    severity: String,
    #[serde(default)]
    code: Option<String>,
    #[serde(default)]
    note: Option<String>,
    /// The guide sentence (path and section) the rule comes from.
    cite: String,
    /// `"always"`: report at `at` whenever the conditions hold (by default a `required` check
    /// fires when nothing is at `at`, every other check when something is).
    #[serde(default)]
    fire: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct When {
    #[serde(default)]
    api: Vec<String>,
    #[serde(default)]
    method: Vec<String>,
    #[serde(default)]
    not_method: Vec<String>,
    #[serde(default)]
    billing: Option<bool>,
    #[serde(default)]
    pg_code: Vec<String>,
    #[serde(default)]
    mobile: Option<bool>,
    #[serde(default)]
    env: Option<String>,
    #[serde(default)]
    present: Vec<String>,
    #[serde(default)]
    absent: Vec<String>,
    #[serde(default)]
    is: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    is_not: BTreeMap<String, Vec<String>>,
    /// path → the boolean it holds
    #[serde(default)]
    bool: BTreeMap<String, bool>,
    /// path → comparisons with the number it holds (`{ gt = 0 }`, `{ gt = "amount / 10" }`)
    #[serde(default)]
    num: BTreeMap<String, BTreeMap<String, NumOrAmount>>,
    /// path → comparisons with the whole number it holds
    #[serde(default)]
    int: BTreeMap<String, BTreeMap<String, f64>>,
    /// path → the JSON type of its value
    #[serde(default, rename = "type")]
    type_: BTreeMap<String, String>,
    /// path → a JSON type its value is not (or nothing there)
    #[serde(default)]
    not_type: BTreeMap<String, String>,
    /// paths holding an empty or white-space string
    #[serde(default)]
    blank: Vec<String>,
    /// path → date layouts the string there is in
    #[serde(default)]
    date: BTreeMap<String, Vec<String>>,
    /// path → comparisons with the seconds of the date-time there
    #[serde(default)]
    second: BTreeMap<String, BTreeMap<String, f64>>,
    /// path → items its option string has (`"apprun_check=Y"`, `"app_scheme"`)
    #[serde(default)]
    option: BTreeMap<String, Vec<String>>,
    /// path → items its option string does not have
    #[serde(default)]
    not_option: BTreeMap<String, Vec<String>>,
    /// comparisons with the payment amount
    #[serde(default)]
    amount: Option<BTreeMap<String, f64>>,
    #[serde(default)]
    currency: Vec<String>,
    #[serde(default)]
    mid: Option<bool>,
    /// path → a code not yet reported there
    #[serde(default)]
    not_reported: BTreeMap<String, String>,
    /// groups of conditions, at least one of which holds
    #[serde(default)]
    any: Vec<When>,
    /// the currency is known and none of these
    #[serde(default)]
    not_currency: Vec<String>,
    /// groups of conditions, none of which holds
    #[serde(default)]
    none: Vec<When>,
    /// conditions that do not all hold
    #[serde(default)]
    not: Option<Box<When>>,
    /// counts of array items that pass a test
    #[serde(default)]
    items: Vec<ItemsFile>,
    /// path → prefixes, one of which its string starts with
    #[serde(default)]
    starts_with: BTreeMap<String, Vec<String>>,
    /// path → endings, one of which its string ends with (ASCII case ignored)
    #[serde(default)]
    ends_with: BTreeMap<String, Vec<String>>,
    /// v1: the currency is KRW as the amount rules read it (absent, not a string, or KRW)
    #[serde(default)]
    krw: Option<bool>,
    /// v1: a `pay_method` string was sent (the default does not count); v2: a valid method
    #[serde(default)]
    method_sent: Option<bool>,
}

/// `{ at = "path", in = [...] | not_in = [...] | str = true | int = { ge = 2 }, count = { ge = 1 } }`
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ItemsFile {
    at: String,
    #[serde(default)]
    str: bool,
    #[serde(default, rename = "in")]
    in_: Option<Vec<String>>,
    #[serde(default)]
    not_in: Option<Vec<String>>,
    #[serde(default)]
    int: Option<BTreeMap<String, f64>>,
    count: BTreeMap<String, f64>,
}

/// Notes the engine itself holds, which data may name as `@name`.
const SHARED_NOTES: &[(&str, &str, &str)] = &[
    (
        "@mobile_only",
        "crate::core::fields::MOBILE_ONLY",
        "모바일 결제창에서만 적용 / mobile window only",
    ),
    (
        "@pc_only",
        "crate::core::fields::PC_ONLY",
        "PC 결제창에서만 적용 / PC window only",
    ),
    (
        "@mobile_redirect",
        "crate::core::v1_options::MOBILE_REDIRECT",
        "모바일 결과는 m_redirect_url로 / mobile results come by m_redirect_url",
    ),
];

/// Key tables the engine itself holds, which `fields` / `one_of` kinds may name as `@name`.
const SHARED_KEYS: &[(&str, &str)] = &[("@store_details", "crate::core::v2::schema::STORE_DETAILS")];

/// The SDK's coded enums (short form or prefixed), which `coded` kinds name.
const CODED: &[(&str, &str)] = &[
    ("country", "crate::core::v2::enums::COUNTRY"),
    ("currency", "crate::core::v2::enums::CURRENCY"),
];

const CODES: &[(&str, &str)] = &[
    ("required", "Required"),
    ("invalid_type", "InvalidType"),
    ("invalid_value", "InvalidValue"),
    ("invalid_format", "InvalidFormat"),
    ("out_of_range", "OutOfRange"),
    ("too_long", "TooLong"),
    ("unsupported", "Unsupported"),
    ("conflict", "Conflict"),
    ("unknown_field", "UnknownField"),
    ("deprecated", "Deprecated"),
];

const APIS: &[(&str, &str)] = &[
    ("payment", "Payment"),
    ("issueBillingKey", "IssueBillingKey"),
    ("issueBillingKeyAndPay", "IssueBillingKeyAndPay"),
    ("loadPaymentUI", "LoadPaymentUI"),
    ("loadIssueBillingKeyUI", "LoadIssueBillingKeyUI"),
];

/// JSON types (`when.type`, `then = { type = … }`).
const TYPES: &[(&str, &str)] = &[
    ("string", "String"),
    ("number", "Number"),
    ("integer", "Integer"),
    ("boolean", "Boolean"),
    ("object", "Object"),
    ("array", "Array"),
    ("number_or_string", "NumberOrString"),
];

const UNITS: &[(&str, &str)] = &[("chars", "Chars"), ("bytes", "Bytes"), ("euc_kr_bytes", "EucKrBytes")];

/// Option grammars the data may name (`grammar = "color"`), in `core::v1_options::grammar`.
const GRAMMARS: &[&str] = &[
    "color",
    "color_or_name",
    "card_dash_digits",
    "card_dash_months",
    "card_colon_digits",
    "app_scheme_url",
    "two_digits",
    "card_months_groups",
];

const JSON_TYPES: &[(&str, &str)] = &[
    ("string", "Str"),
    ("number", "Num"),
    ("integer", "Int"),
    ("boolean", "Bool"),
    ("object", "Obj"),
    ("array", "Arr"),
    ("null", "Null"),
];

/// `then = { format = … }`: the layouts a rule may state.
const FORMATS: &[(&str, &str)] = &[
    ("pg_code", "PgCode"),
    ("digits", "Digits"),
    ("phone", "Phone"),
    ("http_url", "HttpUrl"),
    ("non_empty", "NonEmpty"),
    ("described", "Described"),
];

/// Hooks that need the whole v1 context (`run_v1`): not for v2 rules.
const V1_HOOKS: &[&str] = &[
    "currencies",
    "period",
    "direct_quota_months",
    "phone_detail",
    "phone_prefill",
    "cardquota",
    "card_point_quota",
    "prefill_phone_digits",
    "installment_floor",
    "billing_window",
];

const DATE_FMTS: &[(&str, &str)] = &[
    ("YYYYMMDD", "Ymd"),
    ("YYYYMMDDhhmm", "YmdHm"),
    ("YYYYMMDDhhmmss", "YmdHms"),
    ("YYYY-MM-DD", "DashedYmd"),
    ("YYYY-MM-DD HH:mm:ss", "DashedYmdHms"),
];

/// A build error: the file, the place in it, and what is wrong.
struct Bad(String);

type R<T> = Result<T, Bad>;

fn pick(table: &[(&str, &str)], what: &str, v: &str, at: &str) -> R<String> {
    table
        .iter()
        .find(|(k, _)| *k == v)
        .map(|(_, r)| r.to_string())
        .ok_or_else(|| {
            let known: Vec<&str> = table.iter().map(|(k, _)| *k).collect();
            Bad(format!("{at}: unknown {what} `{v}` (known: {})", known.join(", ")))
        })
}

fn lit(s: &str) -> String {
    format!("{s:?}")
}

fn strs(v: &[String]) -> String {
    let items: Vec<String> = v.iter().map(|s| lit(s)).collect();
    format!("&[{}]", items.join(", "))
}

fn upper(id: &str) -> String {
    id.to_ascii_uppercase().replace(['-', '.'], "_")
}

fn severity(s: &str, at: &str) -> R<&'static str> {
    match s {
        "error" => Ok("Severity::Error"),
        "warning" => Ok("Severity::Warning"),
        _ => Err(Bad(format!(
            "{at}: severity must be \"error\" or \"warning\", not `{s}`"
        ))),
    }
}

/// One gateway file being compiled.
struct Unit<'a> {
    file: String,
    g: &'a GatewayFile,
    prefix: String,
    out: String,
    statics: String,
    used_notes: Vec<String>,
    used_keys: Vec<String>,
    used_options: Vec<String>,
    /// (path, option table) of the `options` checks of the rule list being compiled, for the
    /// `option` / `not_option` conditions.
    option_paths: Vec<(String, String)>,
    /// Statics emitted for hook parameters (`billing_window` rules).
    hook_statics: u32,
}

impl Unit<'_> {
    fn hook_static(&mut self, what: &str) -> String {
        self.hook_statics += 1;
        format!("{}_{what}_{}", self.prefix, self.hook_statics)
    }

    fn note(&mut self, name: &str, at: &str) -> R<String> {
        if let Some((_, path, _)) = SHARED_NOTES.iter().find(|(n, _, _)| *n == name) {
            return Ok(format!("&{path}"));
        }
        if !self.g.notes.contains_key(name) {
            return Err(Bad(format!("{at}: note `{name}` is not in [notes]")));
        }
        if !self.used_notes.iter().any(|n| n == name) {
            self.used_notes.push(name.to_string());
        }
        Ok(format!("&{}_N_{}", self.prefix, upper(name)))
    }

    /// The `OptionString` static of `[options.<name>]` (emitted on first use).
    fn options(&mut self, name: &str, at: &str) -> R<String> {
        let Some(o) = self.g.options.get(name) else {
            return Err(Bad(format!("{at}: option table `{name}` is not in [options]")));
        };
        let ident = format!("{}_O_{}", self.prefix, upper(name));
        if self.used_options.iter().any(|n| n == name) {
            return Ok(ident);
        }
        self.used_options.push(name.to_string());
        let here = format!("{}: [options.{name}]", self.file);
        let one_char = |s: &str, what: &str| -> R<char> {
            let mut c = s.chars();
            match (c.next(), c.next()) {
                (Some(ch), None) => Ok(ch),
                _ => Err(Bad(format!("{here}: `{what}` is one character, not `{s}`"))),
            }
        };
        let sep = one_char(&o.sep, "sep")?;
        let style = match o.style.as_str() {
            "paren" => "Paren",
            "key_value" => "KeyValue",
            other => return Err(Bad(format!("{here}: style is paren or key_value, not `{other}`"))),
        };
        if o.opts.is_empty() {
            return Err(Bad(format!("{here}: `opts` lists the options")));
        }
        let mut opts = Vec::new();
        for opt in &o.opts {
            let oat = format!("{here} option `{}`", opt.name);
            if opt.name.is_empty() || o.opts.iter().filter(|x| x.name.eq_ignore_ascii_case(&opt.name)).count() > 1 {
                return Err(Bad(format!("{oat}: names are non-empty and unique (ignoring case)")));
            }
            let given = [opt.one_of.is_some(), opt.grammar.is_some(), opt.tokens.is_some()];
            if given.iter().filter(|g| **g).count() > 1 {
                return Err(Bad(format!("{oat}: one of `one_of`, `grammar`, `tokens`")));
            }
            if opt.joined_by.is_some() && opt.tokens.is_none() {
                return Err(Bad(format!("{oat}: `joined_by` goes with `tokens`")));
            }
            let arg = if let Some(l) = &opt.one_of {
                format!("Arg::OneOf({})", strs(l))
            } else if let Some(g) = &opt.grammar {
                if !GRAMMARS.contains(&g.as_str()) {
                    return Err(Bad(format!(
                        "{oat}: unknown grammar `{g}` (known: {})",
                        GRAMMARS.join(", ")
                    )));
                }
                format!("Arg::Grammar(crate::core::v1_options::grammar::{g})")
            } else if let Some(t) = &opt.tokens {
                let by = match &opt.joined_by {
                    Some(j) => format!("Some({:?})", one_char(j, "joined_by")?),
                    None => "None".into(),
                };
                format!("Arg::Tokens({by}, {})", strs(t))
            } else {
                if opt.note.is_some() {
                    return Err(Bad(format!("{oat}: a flag (no argument) takes no note")));
                }
                "Arg::None".into()
            };
            let note = match &opt.note {
                Some(n) => format!("Some({})", self.note(n, &oat)?),
                None => "None".into(),
            };
            opts.push(format!("Opt::new({}, {arg}, {note})", lit(&opt.name)));
        }
        let mut warns = Vec::new();
        for w in &o.warn {
            let wat = format!("{here} warn");
            if let Some(name) = &w.option {
                if !o.opts.iter().any(|x| &x.name == name) {
                    return Err(Bad(format!("{wat}: `{name}` is not among its opts")));
                }
            }
            if w.option.is_none() && w.value.is_none() {
                return Err(Bad(format!("{wat}: names an `option`, a `value` or both")));
            }
            let code = pick(CODES, "code", &w.code, &wat)?;
            let note = self.note(&w.note, &wat)?;
            let o_or = |x: &Option<String>| x.as_ref().map_or("None".to_string(), |v| format!("Some({})", lit(v)));
            warns.push(format!(
                "OptionWarn {{ option: {}, value: {}, code: Code::{code}, note: {note} }}",
                o_or(&w.option),
                o_or(&w.value)
            ));
        }
        let _ = writeln!(self.statics, "static {ident}_OPTS: &[Opt] = &[{}];", opts.join(", "));
        let _ = writeln!(
            self.statics,
            "static {ident}: OptionString = OptionString {{ sep: {sep:?}, style: Style::{style}, opts: {ident}_OPTS, list: {}, warn: &[{}] }};",
            o.list,
            warns.join(", ")
        );
        Ok(ident)
    }

    /// The `option` / `not_option` conditions of a `when` table (they read the option table of
    /// the path's `options` check).
    fn option_conds(&mut self, w: &When, at: &str) -> R<Vec<String>> {
        let mut conds = Vec::new();
        for (negate, table) in [(false, &w.option), (true, &w.not_option)] {
            for (p, items) in table {
                check_path(p, at)?;
                let Some((_, name)) = self.option_paths.iter().find(|(path, _)| path == p).cloned() else {
                    return Err(Bad(format!(
                        "{at}: `{p}` has no `options` check in this rule list to read its option string"
                    )));
                };
                let spec = self.options(&name, at)?;
                let o = &self.g.options[&name];
                for item in items {
                    let (opt, value) = if o.style == "paren" {
                        match item.split_once('(') {
                            Some((n, v)) => (
                                n,
                                Some(
                                    v.strip_suffix(')')
                                        .ok_or_else(|| Bad(format!("{at}: `{item}`: name(value)")))?,
                                ),
                            ),
                            None => (item.as_str(), None),
                        }
                    } else {
                        match item.split_once('=') {
                            Some((n, v)) => (n, Some(v)),
                            None => (item.as_str(), None),
                        }
                    };
                    if !o.opts.iter().any(|x| x.name == opt) {
                        return Err(Bad(format!("{at}: `{opt}` is not an option of [options.{name}]")));
                    }
                    let variant = if negate { "LacksOption" } else { "HasOption" };
                    let value = value.map_or("None".to_string(), |v| format!("Some({})", lit(v)));
                    conds.push(format!(
                        "Cond::{variant}(&({}, &{spec}, {}, {value}))",
                        lit(p),
                        lit(opt)
                    ));
                }
            }
        }
        Ok(conds)
    }

    fn keys(&mut self, name: &str, at: &str) -> R<String> {
        if name.starts_with('@') {
            return SHARED_KEYS
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, path)| path.to_string())
                .ok_or_else(|| Bad(format!("{at}: no shared key table `{name}`")));
        }
        let Some(table) = self.g.keys.get(name) else {
            return Err(Bad(format!("{at}: key table `{name}` is not in [keys]")));
        };
        let ident = format!("{}_K_{}", self.prefix, upper(name));
        if self.used_keys.iter().any(|n| n == name) {
            return Ok(ident);
        }
        self.used_keys.push(name.to_string());
        let mut items = Vec::new();
        for (key, spec) in table {
            let here = format!("{}: [keys.{name}].{key}", self.file);
            items.push(self.key(key, spec, &here)?);
        }
        let _ = writeln!(self.statics, "static {ident}: &[Key] = &[{}];", items.join(", "));
        Ok(ident)
    }

    fn key(&mut self, name: &str, spec: &toml::Value, at: &str) -> R<String> {
        let (kind, flags) = match spec {
            toml::Value::Table(t) if t.contains_key("kind") => (t.get("kind").unwrap().clone(), Some(t)),
            other => (other.clone(), None),
        };
        let kind = self.kind(&kind, at)?;
        let mut k = format!("Key::new({}, {kind})", lit(name));
        if let Some(t) = flags {
            for (f, v) in t {
                match (f.as_str(), v) {
                    ("kind", _) => {}
                    ("pc_only", toml::Value::Boolean(true)) => {
                        k = format!("{{ let mut k = {k}; k.pc_only = true; k }}")
                    }
                    ("mobile_only", toml::Value::Boolean(true)) => {
                        k = format!("{{ let mut k = {k}; k.mobile_only = true; k }}")
                    }
                    ("required", toml::Value::Boolean(true)) => {
                        k = format!("{{ let mut k = {k}; k.required = true; k }}")
                    }
                    ("note", toml::Value::String(n)) => {
                        let n = self.note(n, at)?;
                        k = format!("{k}.with_note({n})");
                    }
                    _ => return Err(Bad(format!("{at}: unknown key flag `{f}`"))),
                }
            }
        }
        Ok(k)
    }

    fn kind(&mut self, v: &toml::Value, at: &str) -> R<String> {
        let bad = |what: &str| Bad(format!("{at}: {what}"));
        match v {
            toml::Value::String(s) => Ok(match s.as_str() {
                "str" => "Kind::Str",
                "bool" => "Kind::Bool",
                "url" => "Kind::Url",
                "num" => "Kind::Num",
                "obj" => "Kind::Obj",
                "arr" => "Kind::Arr",
                "any" => "Kind::Any",
                "text" => "Kind::Text",
                "amount" => "Kind::Amount",
                other => return Err(bad(&format!("unknown kind `{other}`"))),
            }
            .to_string()),
            toml::Value::Table(t) if t.len() == 1 => {
                let (k, arg) = t.iter().next().unwrap();
                match k.as_str() {
                    "enum" => Ok(format!("Kind::Enum({})", strs(&string_list(arg, at)?))),
                    "coded" => {
                        let name = arg.as_str().ok_or_else(|| bad("`coded` names an SDK enum"))?;
                        Ok(format!("Kind::Coded(&{})", pick(CODED, "coded enum", name, at)?))
                    }
                    "list_of" => Ok(format!("Kind::ListOf(&{})", self.kind(arg, at)?)),
                    "fields" | "one_of" => {
                        let name = arg.as_str().ok_or_else(|| bad("`fields` names a key table"))?;
                        let ident = self.keys(name, at)?;
                        let variant = if k == "fields" { "Fields" } else { "OneOf" };
                        Ok(format!("Kind::{variant}({ident})"))
                    }
                    "int" | "int_text" => {
                        let a = arg
                            .as_array()
                            .filter(|a| a.len() == 2)
                            .ok_or_else(|| bad("[min, max]"))?;
                        if k == "int" && a[1].as_str() == Some("") {
                            let lo = a[0].as_integer().ok_or_else(|| bad("[min, \"\"]: min is an integer"))?;
                            return Ok(format!("Kind::IntMin({lo})"));
                        }
                        let (lo, hi) = (a[0].as_integer(), a[1].as_integer());
                        let (Some(lo), Some(hi)) = (lo, hi) else {
                            return Err(bad("[min, max] of integers (`int` takes \"\" for no max)"));
                        };
                        let variant = if k == "int" { "Int" } else { "IntText" };
                        Ok(format!("Kind::{variant}({lo}, {hi})"))
                    }
                    "str_max" => {
                        let a = arg
                            .as_array()
                            .filter(|a| a.len() == 2)
                            .ok_or_else(|| bad("[max, unit]"))?;
                        let max = a[0].as_integer().ok_or_else(|| bad("[max, unit]"))?;
                        let unit = pick(UNITS, "unit", a[1].as_str().unwrap_or(""), at)?;
                        Ok(format!("Kind::StrMax({max}, Unit::{unit})"))
                    }
                    other => Err(bad(&format!("unknown kind `{other}`"))),
                }
            }
            _ => Err(bad("a kind is a name or a one-key table")),
        }
    }

    fn rules(&mut self, rules: &[RuleFile], v2: bool, name: &str) -> R<String> {
        let ident = format!("{}_{name}_RULES", self.prefix);
        let mut ids: Vec<&str> = Vec::new();
        let mut items = Vec::new();
        self.option_paths = option_paths(rules);
        for rule in rules {
            let at = format!("{}: rule `{}`", self.file, rule.id);
            if ids.contains(&rule.id.as_str()) {
                return Err(Bad(format!("{at}: the id is used twice")));
            }
            ids.push(&rule.id);
            items.push(self.rule(rule, v2, &at)?);
        }
        let _ = writeln!(self.statics, "static {ident}: &[Rule] = &[\n{}];", items.join(""));
        Ok(ident)
    }

    fn rule(&mut self, rule: &RuleFile, v2: bool, at: &str) -> R<String> {
        if rule.at.is_empty() {
            if rule.fire.as_deref() != Some("always") {
                return Err(Bad(format!(
                    "{at}: `at = \"\"` (the request itself) needs fire = \"always\""
                )));
            }
        } else {
            check_path(&rule.at, at)?;
        }
        let mut conds = conds(&rule.when, v2, at, &rule.at)?;
        conds.extend(self.option_conds(&rule.when, at)?);
        let then = self.then(&rule.then, v2, at)?;
        let sev = severity(&rule.severity, at)?;
        let code = match &rule.code {
            Some(c) => format!("Code::{}", pick(CODES, "code", c, at)?),
            None => "Code::InvalidValue".to_string(),
        };
        let check_name = match &rule.then {
            toml::Value::String(s) => s.as_str(),
            toml::Value::Table(t) => t.keys().next().map_or("", |k| k.as_str()),
            _ => "",
        };
        let takes_code = [
            "note",
            "items_in",
            "first_item_in",
            "matches",
            "max_items",
            "contiguous_months",
            "items_not_in",
            "decimals",
            "int_in",
        ]
        .contains(&check_name);
        if rule.code.is_some() && !takes_code {
            return Err(Bad(format!(
                "{at}: `code` is only for `note`, `items_in`, `first_item_in`, `matches`, `max_items`, `contiguous_months`, `items_not_in`, `decimals` and `int_in` checks"
            )));
        }
        if v2 && V1_HOOKS.contains(&check_name) {
            return Err(Bad(format!("{at}: `{check_name}` is a v1 hook")));
        }
        let fixed_at = match check_name {
            "period" => Some("period"),
            "direct_quota_months" => Some("card.direct.quota"),
            _ => None,
        };
        if let Some(p) = fixed_at.filter(|p| *p != rule.at) {
            return Err(Bad(format!("{at}: `{check_name}` reads `{p}`: `at = \"{p}\"`")));
        }
        let fire = match rule.fire.as_deref() {
            None => "Fire::Default",
            Some("always") => "Fire::Always",
            Some(other) => return Err(Bad(format!("{at}: `fire` is \"always\" or left out, not `{other}`"))),
        };
        let note = match &rule.note {
            Some(n) => format!("Some({})", self.note(n, at)?),
            None => "None".to_string(),
        };
        if rule.cite.trim().is_empty() {
            return Err(Bad(format!("{at}: every rule cites its guide (`cite`)")));
        }
        Ok(format!(
            "    Rule {{ when: &[{}], at: {}, then: {then}, severity: {sev}, code: {code}, fire: {fire}, note: {note} }},\n",
            conds.join(", "),
            lit(&rule.at)
        ))
    }

    fn then(&mut self, v: &toml::Value, v2: bool, at: &str) -> R<String> {
        let bad = |what: &str| Bad(format!("{at}: {what}"));
        let v1_only = |name: &str| -> R<()> {
            if v2 {
                Err(Bad(format!("{at}: `{name}` is a v1 hook (it needs the v1 context)")))
            } else {
                Ok(())
            }
        };
        match v {
            toml::Value::String(s) => match s.as_str() {
                "required" => Ok("Then::Required".into()),
                "unsupported" => Ok("Then::Unsupported".into()),
                "note" => Ok("Then::Note".into()),
                "direct_quota_months" => {
                    v1_only(s)?;
                    Ok("Then::DirectQuotaMonths".into())
                }
                "installment_floor" => {
                    v1_only(s)?;
                    Ok("Then::InstallmentFloor".into())
                }
                "contiguous_months" => Ok("Then::ContiguousMonths".into()),
                "whole" => Ok("Then::Whole".into()),
                "prefill_phone_digits" => {
                    v1_only(s)?;
                    Ok("Then::PrefillPhoneDigits".into())
                }
                "euc_kr" => Ok("Then::EucKr".into()),
                other => Err(bad(&format!("unknown check `{other}`"))),
            },
            toml::Value::Table(t) if !t.is_empty() => {
                let (k, arg) = t.iter().next().unwrap();
                let extra: &[&str] = match k.as_str() {
                    "max_len" => &["unit"],
                    "min_len" => &["unit", "say"],
                    "range" => &["say"],
                    "tokens" => &["sep"],
                    "id_chars" => &["len"],
                    "items_not_in" => &["key"],
                    "period" => &["both", "keys"],
                    "charset" => &["max"],
                    "products_sum" => &["with"],
                    "date" => &["described"],
                    "flat_bypass" => &["keys"],
                    "digits" => &["strip"],
                    "values_by_method" => &["elsewhere"],
                    _ => &[],
                };
                if let Some(x) = t.keys().skip(1).find(|x| !extra.contains(&x.as_str())) {
                    return Err(bad(&format!("`{x}` does not go with `{k}`")));
                }
                match k.as_str() {
                    "not_for_pg" => Ok(format!("Then::NotForPg({})", strs(&string_list(arg, at)?))),
                    "date" | "date_or_number" => {
                        let list = string_list(arg, at)?;
                        if k == "date_or_number" {
                            if let Some(d) = list.iter().find(|d| !d.chars().all(|c| c.is_ascii_alphabetic())) {
                                return Err(bad(&format!(
                                    "`date_or_number` takes layouts of digits only (not `{d}`)"
                                )));
                            }
                        }
                        let fmts: R<Vec<String>> = list
                            .iter()
                            .map(|d| pick(DATE_FMTS, "date layout", d, at).map(|f| format!("DateFmt::{f}")))
                            .collect();
                        let variant = match (k.as_str(), t.get("described")) {
                            ("date_or_number", _) => "DateOrNumber",
                            (_, None | Some(toml::Value::Boolean(false))) => "Date",
                            (_, Some(toml::Value::Boolean(true))) => "DateDescribed",
                            _ => return Err(bad("`described` is true or false")),
                        };
                        Ok(format!("Then::{variant}(&[{}])", fmts?.join(", ")))
                    }
                    "format" => {
                        let f = arg.as_str().ok_or_else(|| bad("format names a format"))?;
                        Ok(format!("Then::Format(&Format::{})", pick(FORMATS, "format", f, at)?))
                    }
                    "min_len" => {
                        let min = arg.as_integer().ok_or_else(|| bad("min_len is a number"))?;
                        let unit = t.get("unit").and_then(|u| u.as_str()).unwrap_or("chars");
                        let unit = pick(UNITS, "unit", unit, at)?;
                        let (lo, hi) = match t.get("say") {
                            None => (format!("Some({min})"), "None".to_string()),
                            Some(v) => bounds(v, at)?,
                        };
                        Ok(format!("Then::MinLen(&({min}, Unit::{unit}, {lo}, {hi}))"))
                    }
                    "range" => {
                        let (lo, hi) = bounds(arg, at)?;
                        let (slo, shi) = match t.get("say") {
                            Some(say) => bounds(say, at)?,
                            None => (lo.clone(), hi.clone()),
                        };
                        Ok(format!("Then::Range(&({lo}, {hi}, {slo}, {shi}))"))
                    }
                    "conflict" => {
                        let with = arg.as_str().ok_or_else(|| bad("conflict names the other path"))?;
                        check_plain_path(with, at)?;
                        Ok(format!("Then::Conflict({})", lit(with)))
                    }
                    "kind" => Ok(format!("Then::Kind(&{})", self.kind(arg, at)?)),
                    "one_of" => Ok(format!("Then::OneOf({})", strs(&string_list(arg, at)?))),
                    "items_in" => Ok(format!("Then::ItemsIn({})", strs(&string_list(arg, at)?))),
                    "first_item_in" => Ok(format!("Then::FirstItemIn({})", strs(&string_list(arg, at)?))),
                    "currencies" => Ok(format!("Then::Currencies({})", strs(&string_list(arg, at)?))),
                    "tokens" => {
                        let sep = match t.get("sep") {
                            None => "None".to_string(),
                            Some(toml::Value::String(c)) if c.chars().count() == 1 => {
                                format!("Some({:?})", c.chars().next().unwrap())
                            }
                            Some(_) => return Err(bad("`sep` is one character")),
                        };
                        Ok(format!("Then::Tokens(&({sep}, {}))", strs(&string_list(arg, at)?)))
                    }
                    "exactly" => Ok(format!("Then::Exactly({})", strs(&string_list(arg, at)?))),
                    "options" => {
                        let name = arg.as_str().ok_or_else(|| bad("options names an [options] table"))?;
                        Ok(format!("Then::Options(&{})", self.options(name, at)?))
                    }
                    "period" => {
                        v1_only(k)?;
                        let fmts: R<Vec<String>> = string_list(arg, at)?
                            .iter()
                            .map(|d| pick(DATE_FMTS, "date layout", d, at).map(|f| format!("DateFmt::{f}")))
                            .collect();
                        let both = match t.get("both") {
                            None => false,
                            Some(toml::Value::Boolean(b)) => *b,
                            Some(_) => return Err(bad("`both` is true or false")),
                        };
                        let keys = match t.get("keys") {
                            None => "crate::core::v1_options::PERIOD_KEYS".to_string(),
                            Some(k) => {
                                let k = k.as_str().ok_or_else(|| bad("`keys` names a key table"))?;
                                self.keys(k, at)?
                            }
                        };
                        self.hook_statics += 1;
                        let ident = format!("{}_PERIOD_{}", self.prefix, self.hook_statics);
                        let _ = writeln!(
                            self.statics,
                            "static {ident}: PeriodRule = PeriodRule {{ formats: &[{}], both: {both} }};",
                            fmts?.join(", ")
                        );
                        Ok(format!("Then::Period(&(&{ident}, {keys}))"))
                    }
                    "billing_window" => {
                        v1_only(k)?;
                        let b: BillingWindowRule = arg
                            .clone()
                            .try_into()
                            .map_err(|e| bad(&format!("billing_window: {e}")))?;
                        let charge = match b.charge.as_str() {
                            "never" => "Never",
                            "when_amount" => "WhenAmount",
                            other => return Err(bad(&format!("charge is never / when_amount, not `{other}`"))),
                        };
                        let n1 = self.note(&b.pay_methods_note, at)?;
                        let n2 = self.note(&b.amount_note, at)?;
                        self.hook_statics += 1;
                        let ident = format!("{}_BILLING_{}", self.prefix, self.hook_statics);
                        let _ = writeln!(
                            self.statics,
                            "static {ident}: BillingRule = BillingRule {{ pay_methods: {}, pay_methods_note: {n1}, charge: Charge::{charge}, amount_note: {n2} }};",
                            strs(&b.pay_methods)
                        );
                        Ok(format!("Then::BillingWindow(&{ident})"))
                    }
                    "charset" | "matches" => {
                        let cs = charset(arg, at)?;
                        if let Some(max) = t.get("max") {
                            let max = max.as_integer().ok_or_else(|| bad("`max` is a number"))?;
                            return Ok(format!("Then::CharsetMax(&({cs}, {max}))"));
                        }
                        let variant = if k == "charset" { "Charset" } else { "Matches" };
                        Ok(format!("Then::{variant}({cs})"))
                    }
                    "decimals" => {
                        let n = arg
                            .as_integer()
                            .filter(|n| (0..=15).contains(n))
                            .ok_or_else(|| bad("decimals is a number of places, 0 to 15"))?;
                        Ok(format!("Then::Decimals({n})"))
                    }
                    "drop" => {
                        let c = arg.as_str().ok_or_else(|| bad("drop names a code"))?;
                        Ok(format!("Then::Drop(Code::{})", pick(CODES, "code", c, at)?))
                    }
                    "int_in" => {
                        let items = arg
                            .as_array()
                            .and_then(|a| a.iter().map(|x| x.as_integer()).collect::<Option<Vec<_>>>())
                            .filter(|a| !a.is_empty())
                            .ok_or_else(|| bad("int_in is a list of whole numbers"))?;
                        let items: Vec<String> = items.iter().map(|i| i.to_string()).collect();
                        Ok(format!("Then::IntIn(&[{}])", items.join(", ")))
                    }
                    "products_sum" => {
                        let keys = string_list(arg, at)?;
                        if keys.is_empty() || keys.iter().any(|k| check_path(k, at).is_err() || k.contains('.')) {
                            return Err(bad("products_sum lists the item keys multiplied"));
                        }
                        let with = t
                            .get("with")
                            .and_then(|w| w.as_str())
                            .ok_or_else(|| bad("products_sum needs `with`, the amount's path"))?;
                        check_plain_path(with, at)?;
                        Ok(format!("Then::ProductsSum(&({}, {}))", strs(&keys), lit(with)))
                    }
                    "max_items" => {
                        let n = arg.as_integer().ok_or_else(|| bad("max_items is a number"))?;
                        Ok(format!("Then::MaxItems({n})"))
                    }
                    "keys" => {
                        let name = arg.as_str().ok_or_else(|| bad("keys names a key table"))?;
                        Ok(format!("Then::Keys({})", self.keys(name, at)?))
                    }
                    "max_len" => {
                        let max = arg.as_integer().ok_or_else(|| bad("max_len is a number"))?;
                        let unit = t.get("unit").and_then(|u| u.as_str()).unwrap_or("chars");
                        let unit = pick(UNITS, "unit", unit, at)?;
                        Ok(format!("Then::MaxLen({max}, Unit::{unit})"))
                    }
                    "relax" => {
                        let c = arg.as_str().ok_or_else(|| bad("relax names a code"))?;
                        Ok(format!("Then::Relax(Code::{})", pick(CODES, "code", c, at)?))
                    }
                    "flat_bypass" => {
                        let block = arg.as_str().ok_or_else(|| bad("flat_bypass names the block's key"))?;
                        check_path(block, at)?;
                        if block.contains('.') || block.contains("[]") {
                            return Err(bad("flat_bypass names one key (the block under `at`)"));
                        }
                        let table = t
                            .get("keys")
                            .and_then(|v| v.as_str())
                            .ok_or_else(|| bad("flat_bypass needs `keys`, the block's key table"))?;
                        let keys = self.keys(table, at)?;
                        Ok(format!("Then::FlatBypass(&({}, {keys}))", lit(block)))
                    }
                    "card_point_quota" => {
                        let list = arg
                            .as_array()
                            .ok_or_else(|| bad("card_point_quota is a list of { add = n, cards = [...] }"))?;
                        let mut items = Vec::new();
                        for o in list {
                            let o = o
                                .as_table()
                                .filter(|o| o.len() == 2)
                                .ok_or_else(|| bad("card_point_quota is a list of { add = n, cards = [...] }"))?;
                            let add = o
                                .get("add")
                                .and_then(|v| v.as_integer())
                                .filter(|n| *n > 36)
                                .ok_or_else(|| bad("card_point_quota: `add` is a number above 36"))?;
                            let cards = string_list(
                                o.get("cards")
                                    .ok_or_else(|| bad("card_point_quota: `cards` lists card codes"))?,
                                at,
                            )?;
                            items.push(format!(
                                "crate::engine::hooks::QuotaOffset {{ add: {add}, cards: {} }}",
                                strs(&cards)
                            ));
                        }
                        Ok(format!("Then::CardPointQuota(&[{}])", items.join(", ")))
                    }
                    "id_chars" => {
                        let extra = arg
                            .as_str()
                            .filter(|e| e.bytes().all(|b| b.is_ascii_punctuation()))
                            .ok_or_else(|| bad("id_chars lists the ASCII symbols allowed beside letters and digits"))?;
                        let (min, max) = match t.get("len") {
                            None => (0, u32::MAX as i64),
                            Some(l) => {
                                let a = l
                                    .as_array()
                                    .filter(|a| a.len() == 2)
                                    .ok_or_else(|| bad("len = [min, max]"))?;
                                match (a[0].as_integer(), a[1].as_integer()) {
                                    (Some(lo), Some(hi)) if 0 <= lo && lo <= hi && hi <= u32::MAX as i64 => (lo, hi),
                                    _ => return Err(bad("len = [min, max], whole numbers, min <= max")),
                                }
                            }
                        };
                        Ok(format!("Then::IdChars(&({}, {min}, {max}))", lit(extra)))
                    }
                    "items_not_in" => {
                        let key = match t.get("key") {
                            None => "None".to_string(),
                            Some(k) => {
                                let k = k.as_str().ok_or_else(|| bad("key names the items' field"))?;
                                check_path(k, at)?;
                                format!("Some({})", lit(k))
                            }
                        };
                        Ok(format!("Then::ItemsNotIn(&({key}, {}))", strs(&string_list(arg, at)?)))
                    }
                    "digits_only" => {
                        let seps = arg
                            .as_str()
                            .filter(|e| !e.is_empty() && !e.chars().any(|c| c.is_ascii_digit()))
                            .ok_or_else(|| bad("digits_only lists the separators removed (no digits)"))?;
                        Ok(format!("Then::DigitsOnly({})", lit(seps)))
                    }
                    "sum_of" => {
                        let f = string_list(arg, at)?;
                        if f.len() != 2 {
                            return Err(bad("sum_of = [price field, quantity field]"));
                        }
                        Ok(format!("Then::SumOf(&({}, {}))", lit(&f[0]), lit(&f[1])))
                    }
                    "type" => {
                        let t = arg.as_str().ok_or_else(|| bad("type names a JSON type"))?;
                        Ok(format!("Then::Type(Expected::{})", pick(TYPES, "type", t, at)?))
                    }
                    "digits" => {
                        let n = arg
                            .as_integer()
                            .filter(|n| *n > 0)
                            .ok_or_else(|| bad("digits is a count"))?;
                        let strip = match t.get("strip") {
                            None => String::new(),
                            Some(v) => v
                                .as_str()
                                .ok_or_else(|| bad("strip is the characters taken out"))?
                                .to_string(),
                        };
                        Ok(format!("Then::Digits(&({n}, {}))", lit(&strip)))
                    }
                    "block" => {
                        let name = arg.as_str().ok_or_else(|| bad("block names a key table"))?;
                        Ok(format!("Then::Block({})", self.keys(name, at)?))
                    }
                    "phone_detail" => Ok(format!("Then::PhoneDetail({})", strs(&string_list(arg, at)?))),
                    "phone_prefill" => {
                        let n = arg
                            .as_str()
                            .ok_or_else(|| bad("phone_prefill names the note on digits"))?;
                        Ok(format!("Then::PhonePrefill({})", self.note(n, at)?))
                    }
                    "cardquota" => {
                        let no_card = match arg {
                            toml::Value::Table(a) if a.len() == 1 && a.contains_key("ignored_for") => {
                                string_list(&a["ignored_for"], at)?
                            }
                            _ => return Err(bad("cardquota = { ignored_for = [methods without a card] }")),
                        };
                        Ok(format!("Then::CardQuota({})", strs(&no_card)))
                    }
                    "values_by_method" => {
                        let groups = arg
                            .clone()
                            .try_into::<Vec<MethodGroup>>()
                            .map_err(|e| bad(&format!("values_by_method: a list of {{ methods, values }}: {e}")))?;
                        let elsewhere = t
                            .get("elsewhere")
                            .and_then(|k| k.as_str())
                            .ok_or_else(|| bad("values_by_method needs `elsewhere` (the note for other methods)"))?;
                        let elsewhere = self.note(elsewhere, at)?;
                        let mut all: Vec<String> = Vec::new();
                        for g in &groups {
                            for v in &g.values {
                                if !all.contains(v) {
                                    all.push(v.clone());
                                }
                            }
                        }
                        let items: Vec<String> = groups
                            .iter()
                            .map(|g| format!("({}, {})", strs(&g.methods), strs(&g.values)))
                            .collect();
                        let ident = self.hook_static("VALUES");
                        let _ = writeln!(
                            self.statics,
                            "static {ident}: MethodValues = MethodValues {{ groups: &[{}], elsewhere: {elsewhere}, all: {} }};",
                            items.join(", "),
                            strs(&all)
                        );
                        Ok(format!("Then::ValuesByMethod(&{ident})"))
                    }
                    other => Err(bad(&format!("unknown check `{other}`"))),
                }
            }
            _ => Err(bad("`then` is a check name or a one-key table")),
        }
    }
}

/// A character set: a name, or `{ none_of = "chars" }`.
fn charset(v: &toml::Value, at: &str) -> R<String> {
    let named = match v.as_str() {
        Some("alnum") => "Alnum",
        Some("alnum_non_empty") => "AlnumNonEmpty",
        Some("digits") => "Digits",
        Some("printable_ascii") => "PrintableAscii",
        Some("rfc3339") => "Rfc3339",
        Some("rfc3339_strict") => "Rfc3339Strict",
        Some("digits_or_empty") => "DigitsOrEmpty",
        Some("no_hangul") => "NoHangul",
        Some("ascii_no_space_paren") => "AsciiNoSpaceParen",
        Some("katakana") => "Katakana",
        Some("letters_spaces") => "LettersSpaces",
        Some("hh_mm") => "HhMm",
        Some("yyyymmddhh") => "YmdH",
        Some("hex_color") => "HexColor",
        Some("and_n_more") => "AndNMore",
        Some("not_blank_no_backslash_comma") => "NotBlankNoBackslashComma",
        Some("alnum_dash") => "AlnumDash",
        Some("aes_hex") => "AesHex",
        Some("e164") => "E164",
        Some("non_ascii") => "NonAscii",
        Some("two_words") => "TwoWords",
        Some("upper2") => "Upper2",
        Some("kr_mobile") => "KrMobile",
        Some("code_type_list") => "CodeTypeList",
        Some("ip") => "Ip",
        Some(_) | None => "",
    };
    if !named.is_empty() {
        return Ok(format!("Charset::{named}"));
    }
    if let Some(chars) = v.as_table().filter(|t| t.len() == 1).and_then(|t| t.get("none_of")) {
        if let Some(chars) = chars.as_str().filter(|c| !c.is_empty()) {
            return Ok(format!("Charset::NoneOf(&{})", lit(chars)));
        }
    }
    Err(Bad(format!(
        "{at}: a character set is alnum, alnum_non_empty, digits, digits_or_empty, printable_ascii, rfc3339, rfc3339_strict, no_hangul, ascii_no_space_paren, katakana, letters_spaces, hh_mm, yyyymmddhh, alnum_dash, aes_hex, e164, non_ascii, hex_color, and_n_more, not_blank_no_backslash_comma, two_words, upper2, kr_mobile, code_type_list, ip or {{ none_of = \"chars\" }}"
    )))
}

/// `[min, max]` with `""` for an open end, as the `Option<i64>` expressions the tables hold.
fn bounds(v: &toml::Value, at: &str) -> R<(String, String)> {
    let bad = || Bad(format!("{at}: [min, max], \"\" for an open end"));
    let a = v.as_array().filter(|a| a.len() == 2).ok_or_else(bad)?;
    let end = |x: &toml::Value| -> R<String> {
        match x {
            toml::Value::Integer(i) => Ok(format!("Some({i})")),
            toml::Value::String(s) if s.is_empty() => Ok("None".into()),
            _ => Err(bad()),
        }
    };
    Ok((end(&a[0])?, end(&a[1])?))
}

/// A data value as the docs show it (`max_len = 100`, `one_of = [A, B]`).
fn show(v: &toml::Value) -> String {
    match v {
        toml::Value::String(s) => s.clone(),
        toml::Value::Integer(i) => i.to_string(),
        toml::Value::Boolean(b) => b.to_string(),
        toml::Value::Array(a) => format!("[{}]", a.iter().map(show).collect::<Vec<_>>().join(", ")),
        toml::Value::Table(t) => t
            .iter()
            .map(|(k, v)| format!("{k} = {}", show(v)))
            .collect::<Vec<_>>()
            .join(", "),
        other => format!("{other:?}"),
    }
}

/// A condition's path: a dotted path; through `[]` only where the rule's `at` goes through the
/// same array (the condition then reads the rule's item).
fn check_cond_path(p: &str, rule_at: &str, at: &str) -> R<()> {
    check_path(p, at)?;
    if let Some((list, _)) = p.split_once("[]") {
        if rule_at.split_once("[]").map(|(l, _)| l) != Some(list) {
            return Err(Bad(format!(
                "{at}: `{p}` reads an item of `{list}`, but the rule's `at` is not in that array"
            )));
        }
    }
    Ok(())
}

/// The conditions of a `when` table, as `engine::Cond` expressions (`rule_at`: the rule's path).
fn conds(w: &When, v2: bool, at: &str, rule_at: &str) -> R<Vec<String>> {
    let check_path = |p: &str, at: &str| check_cond_path(p, rule_at, at);
    let mut conds = Vec::new();
    if !w.api.is_empty() {
        if !v2 {
            return Err(Bad(format!("{at}: `when.api` is for v2 rules")));
        }
        let apis: R<Vec<String>> = w
            .api
            .iter()
            .map(|a| pick(APIS, "call", a, at).map(|v| format!("Api::{v}")))
            .collect();
        conds.push(format!("Cond::Api(&[{}])", apis?.join(", ")));
    }
    if !w.method.is_empty() {
        conds.push(format!("Cond::Method({})", strs(&w.method)));
    }
    if !w.not_method.is_empty() {
        conds.push(format!("Cond::NotMethod({})", strs(&w.not_method)));
    }
    if let Some(b) = w.billing {
        if v2 {
            return Err(Bad(format!("{at}: `when.billing` is for v1 rules (v2 names the call)")));
        }
        conds.push(format!("Cond::Billing({b})"));
    }
    if !w.pg_code.is_empty() {
        conds.push(format!("Cond::PgCode({})", strs(&w.pg_code)));
    }
    if let Some(m) = w.mobile {
        conds.push(format!("Cond::Mobile({m})"));
    }
    if let Some(e) = &w.env {
        let e = match e.as_str() {
            "pc" => "Pc",
            "mobile" => "Mobile",
            other => return Err(Bad(format!("{at}: `when.env` is \"pc\" or \"mobile\", not `{other}`"))),
        };
        conds.push(format!("Cond::Env(Env::{e})"));
    }
    for p in &w.present {
        check_path(p, at)?;
        conds.push(format!("Cond::Present({})", lit(p)));
    }
    for p in &w.absent {
        check_path(p, at)?;
        conds.push(format!("Cond::Absent({})", lit(p)));
    }
    for (p, set) in &w.is {
        check_path(p, at)?;
        conds.push(format!("Cond::Is(&({}, {}))", lit(p), strs(set)));
    }
    for (p, set) in &w.is_not {
        check_path(p, at)?;
        conds.push(format!("Cond::IsNot(&({}, {}))", lit(p), strs(set)));
    }
    for (p, b) in &w.bool {
        check_path(p, at)?;
        conds.push(format!("Cond::Bool({}, {b})", lit(p)));
    }
    for (p, cmp) in &w.num {
        check_path(p, at)?;
        for (op, n) in compare_num(cmp, at)? {
            match n {
                NumOrAmount::Num(n) => conds.push(format!("Cond::Num({}, &(Op::{op}, {n:?}))", lit(p))),
                NumOrAmount::Amount(e) => {
                    let divisor = amount_divisor(&e)
                        .ok_or_else(|| Bad(format!("{at}: `{e}`: a number, \"amount\" or \"amount / <n>\"")))?;
                    conds.push(format!("Cond::NumAmount({}, &(Op::{op}, {divisor:?}))", lit(p)));
                }
            }
        }
    }
    for (p, cmp) in &w.int {
        check_path(p, at)?;
        for (op, n) in compare(cmp, at)? {
            conds.push(format!("Cond::Int({}, &(Op::{op}, {n:?}))", lit(p)));
        }
    }
    for (negate, table) in [(false, &w.type_), (true, &w.not_type)] {
        for (p, t) in table {
            check_path(p, at)?;
            let t = pick(JSON_TYPES, "JSON type", t, at)?;
            let variant = if negate { "NotType" } else { "Type" };
            conds.push(format!("Cond::{variant}({}, JsonType::{t})", lit(p)));
        }
    }
    for p in &w.blank {
        check_path(p, at)?;
        conds.push(format!("Cond::Blank({})", lit(p)));
    }
    for (p, layouts) in &w.date {
        check_path(p, at)?;
        let fmts: R<Vec<String>> = layouts
            .iter()
            .map(|d| pick(DATE_FMTS, "date layout", d, at).map(|f| format!("DateFmt::{f}")))
            .collect();
        conds.push(format!("Cond::Date(&({}, &[{}]))", lit(p), fmts?.join(", ")));
    }
    for (p, cmp) in &w.second {
        check_path(p, at)?;
        for (op, n) in compare(cmp, at)? {
            conds.push(format!("Cond::Second({}, &(Op::{op}, {n:?}))", lit(p)));
        }
    }
    if let Some(cmp) = &w.amount {
        for (op, n) in compare(cmp, at)? {
            conds.push(format!("Cond::Amount(&(Op::{op}, {n:?}))"));
        }
    }
    if !w.currency.is_empty() {
        conds.push(format!("Cond::Currency({})", strs(&w.currency)));
    }
    if let Some(b) = w.mid {
        if v2 {
            return Err(Bad(format!("{at}: `when.mid` is for v1 rules")));
        }
        conds.push(format!("Cond::Mid({b})"));
    }
    for (p, code) in &w.not_reported {
        check_path(p, at)?;
        conds.push(format!(
            "Cond::NotReported({}, Code::{})",
            lit(p),
            pick(CODES, "code", code, at)?
        ));
    }
    if let Some(b) = w.krw {
        if v2 {
            return Err(Bad(format!("{at}: `when.krw` is for v1 rules (v2 has `currency`)")));
        }
        conds.push(format!("Cond::Krw({b})"));
    }
    if !w.any.is_empty() {
        let mut groups = Vec::new();
        for g in &w.any {
            if !g.option.is_empty() || !g.not_option.is_empty() {
                return Err(Bad(format!(
                    "{at}: `option` / `not_option` go at the top of `when`, not in `any`"
                )));
            }
            groups.push(format!("&[{}]", self::conds(g, v2, at, rule_at)?.join(", ")));
        }
        conds.push(format!("Cond::Any(&[{}])", groups.join(", ")));
    }
    if !w.not_currency.is_empty() {
        conds.push(format!("Cond::NotCurrency({})", strs(&w.not_currency)));
    }
    if !w.none.is_empty() {
        let mut groups = Vec::new();
        for g in &w.none {
            if has_env(g) {
                return Err(Bad(format!("{at}: `env` cannot stand in a `none` group")));
            }
            groups.push(format!("&[{}]", self::conds(g, v2, at, rule_at)?.join(", ")));
        }
        conds.push(format!("Cond::Not(&[Cond::Any(&[{}])])", groups.join(", ")));
    }
    if let Some(g) = &w.not {
        let inner = self::conds(g, v2, at, rule_at)?;
        if inner.is_empty() {
            return Err(Bad(format!("{at}: `when.not` is an empty group")));
        }
        conds.push(format!("Cond::Not(&[{}])", inner.join(", ")));
    }
    for i in &w.items {
        check_path(&i.at, at)?;
        let mut tests = Vec::new();
        if i.str {
            tests.push("Item::Str".to_string());
        }
        if let Some(set) = &i.in_ {
            tests.push(format!("Item::In({})", strs(set)));
        }
        if let Some(set) = &i.not_in {
            tests.push(format!("Item::NotIn({})", strs(set)));
        }
        if let Some(cmp) = &i.int {
            let ops = compare(cmp, at)?;
            if ops.len() != 1 {
                return Err(Bad(format!("{at}: `items.int` is one comparison")));
            }
            tests.push(format!("Item::Int(Op::{}, {:?})", ops[0].0, ops[0].1));
        }
        if tests.is_empty() {
            tests.push("Item::Any".to_string());
        }
        if tests.len() != 1 {
            return Err(Bad(format!(
                "{at}: `items` at `{}` takes at most one of `str`, `in`, `not_in`, `int`",
                i.at
            )));
        }
        for (op, n) in compare(&i.count, at)? {
            conds.push(format!("Cond::Items(&({}, {}, Op::{op}, {n:?}))", lit(&i.at), tests[0]));
        }
    }
    for (p, set) in &w.starts_with {
        check_path(p, at)?;
        conds.push(format!("Cond::StartsWith(&({}, {}))", lit(p), strs(set)));
    }
    for (p, set) in &w.ends_with {
        check_path(p, at)?;
        conds.push(format!("Cond::EndsWith(&({}, {}))", lit(p), strs(set)));
    }
    if let Some(b) = w.method_sent {
        conds.push(format!("Cond::MethodSent({b})"));
    }
    Ok(conds)
}

/// The paths of the `options` checks in a rule list, with their option tables.
fn option_paths(rules: &[RuleFile]) -> Vec<(String, String)> {
    rules
        .iter()
        .filter_map(|r| match &r.then {
            toml::Value::Table(t) => t
                .get("options")
                .and_then(|o| o.as_str())
                .map(|o| (r.at.clone(), o.to_string())),
            _ => None,
        })
        .collect()
}

/// `"amount"` → 1, `"amount / 10"` → 10.
fn amount_divisor(e: &str) -> Option<f64> {
    let rest = e.trim().strip_prefix("amount")?.trim();
    if rest.is_empty() {
        return Some(1.0);
    }
    let n: f64 = rest.strip_prefix('/')?.trim().parse().ok()?;
    (n.is_finite() && n != 0.0).then_some(n)
}

/// `{ gt = 0, ne = "amount / 10" }` → the comparisons.
fn compare_num(t: &BTreeMap<String, NumOrAmount>, at: &str) -> R<Vec<(&'static str, NumOrAmount)>> {
    let mut out = Vec::new();
    for (op, n) in t {
        let one: BTreeMap<String, f64> = [(op.clone(), 0.0)].into_iter().collect();
        let (op, _) = compare(&one, at)?[0];
        out.push((op, n.clone()));
    }
    if out.is_empty() {
        return Err(Bad(format!("{at}: an empty comparison")));
    }
    Ok(out)
}

/// Whether a `when` table (or a group inside it) names an environment.
fn has_env(w: &When) -> bool {
    w.env.is_some() || w.any.iter().any(has_env) || w.none.iter().any(has_env)
}

/// `{ gt = 0, le = 100 }` → the comparisons.
fn compare(t: &BTreeMap<String, f64>, at: &str) -> R<Vec<(&'static str, f64)>> {
    let mut out = Vec::new();
    for (op, n) in t {
        let op = match op.as_str() {
            "lt" => "Lt",
            "le" => "Le",
            "gt" => "Gt",
            "ge" => "Ge",
            "eq" => "Eq",
            "ne" => "Ne",
            other => {
                return Err(Bad(format!(
                    "{at}: a comparison is lt / le / gt / ge / eq / ne, not `{other}`"
                )))
            }
        };
        out.push((op, *n));
    }
    if out.is_empty() {
        return Err(Bad(format!("{at}: an empty comparison")));
    }
    Ok(out)
}

fn string_list(v: &toml::Value, at: &str) -> R<Vec<String>> {
    v.as_array()
        .and_then(|a| {
            a.iter()
                .map(|x| x.as_str().map(str::to_string))
                .collect::<Option<Vec<_>>>()
        })
        .ok_or_else(|| Bad(format!("{at}: expected a list of strings")))
}

/// A dotted path of keys with no `[]`.
fn check_plain_path(p: &str, at: &str) -> R<()> {
    check_path(p, at)?;
    if p.contains("[]") {
        return Err(Bad(format!("{at}: `{p}` names one field (no `[]`)")));
    }
    Ok(())
}

/// A dotted path of keys (letters, digits, `_`, `-`); one segment may end in `[]` (every item
/// of that array).
fn check_path(p: &str, at: &str) -> R<()> {
    let ok = !p.is_empty()
        && p.matches("[]").count() <= 1
        && p.split('.').all(|seg| {
            let key = seg.strip_suffix("[]").unwrap_or(seg);
            !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        });
    if ok {
        Ok(())
    } else {
        Err(Bad(format!(
            "{at}: `{p}` is not a dotted path of keys (with at most one `[]`)"
        )))
    }
}

fn compile(file: &str, g: &GatewayFile) -> R<(String, String)> {
    if g.id.is_empty() || g.id != g.id.to_ascii_lowercase() {
        return Err(Bad(format!("{file}: `id` is a lowercase name")));
    }
    let stem = Path::new(file).file_stem().unwrap().to_string_lossy().to_string();
    if stem != g.id {
        return Err(Bad(format!("{file}: the file is named after its id (`{}.toml`)", g.id)));
    }
    let mut u = Unit {
        file: file.to_string(),
        g,
        prefix: upper(&g.id),
        out: String::new(),
        statics: String::new(),
        used_notes: Vec::new(),
        used_keys: Vec::new(),
        used_options: Vec::new(),
        option_paths: Vec::new(),
        hook_statics: 0,
    };
    let p = u.prefix.clone();
    let v1 = match &g.v1 {
        None => "None".to_string(),
        Some(v) => {
            let mut rules: Vec<&RuleFile> = Vec::new();
            rules.extend(v.rules.iter());
            let ident = u.rules(&v.rules, false, "V1")?;
            let method_default = v
                .method_default
                .as_ref()
                .map_or("None".to_string(), |m| format!("Some({})", lit(m)));
            let windows = windows(v).map_err(|e| Bad(format!("{file}: [v1.billing_window]: {e}")))?;
            let mut window_rules = Vec::new();
            for (i, b) in windows.iter().enumerate() {
                let at = format!("{file}: [v1.billing_window]");
                let charge = match b.charge.as_str() {
                    "never" => "Never",
                    "when_amount" => "WhenAmount",
                    other => return Err(Bad(format!("{at}: charge is never / when_amount, not `{other}`"))),
                };
                let n1 = u.note(&b.pay_methods_note, &at)?;
                let n2 = u.note(&b.amount_note, &at)?;
                let ident = if i == 0 {
                    format!("{p}_BILLING")
                } else {
                    format!("{p}_BILLING_{i}")
                };
                let _ = writeln!(
                    u.statics,
                    "static {ident}: BillingRule = BillingRule {{ pay_methods: {}, pay_methods_note: {n1}, charge: Charge::{charge}, amount_note: {n2} }};",
                    strs(&b.pay_methods)
                );
                let mut when = vec!["Cond::Billing(true)".to_string()];
                when.extend(conds(&b.when, false, &at, "customer_uid")?);
                window_rules.push(format!(
                    "Rule {{ when: &[{}], at: \"customer_uid\", then: Then::BillingWindow(&{ident}), severity: Severity::Error, code: Code::InvalidValue, fire: Fire::Default, note: None }}",
                    when.join(", ")
                ));
            }
            let bw = if window_rules.is_empty() {
                String::new()
            } else {
                let _ = writeln!(
                    u.statics,
                    "static {p}_V1_BILLING: &[Rule] = &[{}];",
                    window_rules.join(", ")
                );
                format!("crate::engine::run_v1(ctx, {p}_V1_BILLING, {method_default});")
            };
            let escrow_ignored = match &v.escrow_ignored {
                Some(n) => format!("Some({})", u.note(n, &format!("{file}: [v1] escrow_ignored"))?),
                None => "None".into(),
            };
            let mut blocks = Vec::new();
            let mut block_rules = Vec::new();
            let paths = option_paths(&v.rules);
            for b in &v.bypass {
                let bat = format!("{file}: [[v1.bypass]] {}", b.path);
                check_plain_path(&b.path, &bat)?;
                let keys = u.keys(&b.keys, &bat)?;
                // the keys of the block whose strings an `options` rule parses
                let mut options = Vec::new();
                for key in g.keys[&b.keys].keys() {
                    let full = format!("{}.{key}", b.path);
                    if let Some((_, table)) = paths.iter().find(|(p, _)| *p == full) {
                        let spec = u.options(table, &bat)?;
                        options.push(format!("({}, {spec}_OPTS)", lit(key)));
                    }
                }
                let with = if options.is_empty() {
                    String::new()
                } else {
                    format!(".with_options(&[{}])", options.join(", "))
                };
                blocks.push(format!(
                    "BypassBlock::when({}, {keys}, {}){with}",
                    lit(&b.path),
                    lit(&b.when)
                ));
                if b.when.is_empty() && !b.listed_only {
                    let when = match &b.only_if {
                        Some(w) => conds(w, false, &bat, &b.path)?,
                        None => Vec::new(),
                    };
                    let (then, note) = match &b.flat_note {
                        Some(n) => {
                            if !b.path.contains('.') {
                                return Err(Bad(format!("{bat}: `flat_note` is for a block inside a parent object")));
                            }
                            (format!("Then::Block({keys})"), format!("Some({})", u.note(n, &bat)?))
                        }
                        None => (format!("Then::Keys({keys})"), "None".to_string()),
                    };
                    block_rules.push(format!(
                        "Rule {{ when: &[{}], at: {}, then: {then}, severity: Severity::Warning, code: Code::UnknownField, fire: Fire::Default, note: {note} }}",
                        when.join(", "),
                        lit(&b.path)
                    ));
                } else if b.only_if.is_some() {
                    return Err(Bad(format!(
                        "{bat}: `only_if` is for a block without `when` (one with `when` is checked by a rule)"
                    )));
                }
            }
            let bypass_run = if block_rules.is_empty() {
                String::new()
            } else {
                let _ = writeln!(
                    u.statics,
                    "static {p}_V1_BYPASS: &[Rule] = &[{}];",
                    block_rules.join(", ")
                );
                format!("crate::engine::run_v1(ctx, {p}_V1_BYPASS, None);")
            };
            let choice = |c: &Choice, common: &str, map: &dyn Fn(&str) -> R<String>| -> R<String> {
                Ok(match c {
                    Choice::None => "&[]".into(),
                    Choice::Common(s) if s == "common" => common.into(),
                    Choice::Common(s) => return Err(Bad(format!("{file}: [v1]: `{s}`: a list, or \"common\""))),
                    Choice::List(l) => {
                        let items: R<Vec<String>> = l.iter().map(|x| map(x)).collect();
                        format!("&[{}]", items?.join(", "))
                    }
                })
            };
            let vbank = choice(&v.vbank_due, "crate::core::v1::VBANK_DUE_COMMON", &|d| {
                pick(DATE_FMTS, "date layout", d, &format!("{file}: [v1] vbank_due")).map(|f| format!("DateFmt::{f}"))
            })?;
            let langs = choice(&v.languages, "crate::core::v1::LANGUAGES_COMMON", &|l| Ok(lit(l)))?;
            let _ = writeln!(
                u.statics,
                "fn {}_v1(ctx: &mut V1Ctx) {{ {bw} {bypass_run} crate::engine::run_v1(ctx, {ident}, {method_default}); }}",
                g.id.replace('-', "_")
            );
            if let Some(c) = v.free_interest.iter().find(|c| !v.codes.contains(c)) {
                return Err(Bad(format!(
                    "{file}: [v1] free_interest names `{c}`, which is not one of its codes"
                )));
            }
            format!(
                "Some(V1Rules {{ guide: {}, codes: {}, pay_methods: {}, extra_keys: {}, card_direct: {}, card_quota: {}, free_interest: {}, escrow: {}, escrow_ignored: {escrow_ignored}, vbank_due: {vbank}, languages: {langs}, bypass: &[{}], check: {}_v1 }})",
                lit(&v.guide),
                strs(&v.codes),
                strs(&v.pay_methods),
                strs(&v.extra_keys),
                v.card_direct,
                v.card_quota,
                strs(&v.free_interest),
                v.escrow,
                blocks.join(", "),
                g.id.replace('-', "_")
            )
        }
    };
    let v2 = match &g.v2 {
        None => "None".to_string(),
        Some(v) => {
            let ident = u.rules(&v.rules, true, "V2")?;
            let at = format!("{file}: [v2]");
            let opt = |l: &Option<Vec<String>>| l.as_ref().map_or("None".to_string(), |l| format!("Some({})", strs(l)));
            let mut bypass = Vec::new();
            for (call, table) in &v.bypass {
                let field = match call.as_str() {
                    "payment" => "payment",
                    "issueBillingKey" => "billing",
                    "issueBillingKeyAndPay" => "billing_and_pay",
                    "loadPaymentUI" => "load_payment_ui",
                    "loadIssueBillingKeyUI" => "load_issue_billing_key_ui",
                    other => return Err(Bad(format!("{at} bypass: unknown call `{other}`"))),
                };
                let keys = u.keys(table, &format!("{at} bypass.{call}"))?;
                bypass.push(format!("{field}: Some({keys})"));
            }
            if !bypass.is_empty() && v.bypass_key.is_none() {
                return Err(Bad(format!("{at}: a bypass table needs `bypass_key`")));
            }
            let limit = |l: &Option<TextLimit>, what: &str| -> R<String> {
                Ok(match l {
                    None => "None".into(),
                    Some(l) => format!(
                        "Some(TextLimit {{ max: {}, unit: Unit::{}, severity: {} }})",
                        l.max,
                        pick(UNITS, "unit", &l.unit, &format!("{at} {what}"))?,
                        severity(&l.severity, &format!("{at} {what}"))?
                    ),
                })
            };
            let mut customer = Vec::new();
            for c in &v.customer {
                let cat = format!("{at} customer {}", c.field);
                let field = match c.field.as_str() {
                    "name" => "Name",
                    "phone_number" => "PhoneNumber",
                    "email" => "Email",
                    "customer_id" => "CustomerId",
                    other => return Err(Bad(format!("{cat}: unknown customer field `{other}`"))),
                };
                let apis: R<Vec<String>> = c
                    .apis
                    .iter()
                    .map(|a| pick(APIS, "call", a, &cat).map(|v| format!("Api::{v}")))
                    .collect();
                let env = match c.env.as_str() {
                    "any" => "Any",
                    "pc" => "Pc",
                    "mobile" => "Mobile",
                    other => return Err(Bad(format!("{cat}: env is any / pc / mobile, not `{other}`"))),
                };
                let note = u.note(&c.note, &cat)?;
                customer.push(format!(
                    "CustomerRule {{ field: CustomerField::{field}, apis: &[{}], env: GwEnv::{env}, note: {note} }}",
                    apis?.join(", ")
                ));
            }
            let mut ignored = Vec::new();
            for (call, paths) in &v.ignored {
                let api = pick(APIS, "call", call, &format!("{at} ignored"))?;
                for p in paths {
                    check_plain_path(p, &format!("{at} ignored.{call}"))?;
                    ignored.push(format!("Ignored {{ path: {}, apis: &[Api::{api}] }}", lit(p)));
                }
            }
            let wt = match &v.window_types {
                None => "None".into(),
                Some(w) => format!(
                    "Some(WindowTypes {{ pc: {}, mobile: {} }})",
                    strs(&w.pc),
                    strs(&w.mobile)
                ),
            };
            let _ = writeln!(
                u.statics,
                "fn {}_v2(ctx: &mut V2Ctx) {{ crate::engine::run_v2(ctx, {ident}); }}",
                g.id.replace('-', "_")
            );
            format!(
                "Some(V2Rules {{ guide: {}, bypass_key: {}, bypass: BypassTables {{ {} ..BypassTables::NONE }}, pay_methods: {}, easy_pay_providers: {}, billing_key_methods: {}, billing_key_and_pay_methods: {}, billing_and_pay_takes_no_method: {}, currencies: {}, window_types: {wt}, locales: {}, order_name: {}, full_name: {}, customer: &[{}], month_list: {}, mobile_needs_product_type: {}, va_needs_expiry: {}, mobile_needs_redirect: {}, ignored: &[{}], check: {}_v2 }})",
                lit(&v.guide),
                v.bypass_key.as_ref().map_or("None".into(), |k| format!("Some({})", lit(k))),
                bypass.iter().map(|b| format!("{b},")).collect::<String>(),
                opt(&v.pay_methods),
                opt(&v.easy_pay_providers),
                opt(&v.billing_key_methods),
                opt(&v.billing_key_and_pay_methods),
                v.billing_and_pay_takes_no_method,
                opt(&v.currencies),
                opt(&v.locales),
                limit(&v.order_name, "order_name")?,
                limit(&v.full_name, "full_name")?,
                customer.join(", "),
                v.month_list,
                v.mobile_needs_product_type,
                v.va_needs_expiry,
                v.mobile_needs_redirect,
                ignored.join(", "),
                g.id.replace('-', "_")
            )
        }
    };
    let certification = identity(&mut u, g.certification.as_ref(), false)?;
    let identity_verification = identity(&mut u, g.identity_verification.as_ref(), true)?;
    for name in g.notes.keys() {
        if !u.used_notes.iter().any(|n| n == name) {
            return Err(Bad(format!("{file}: note `{name}` is used by no rule")));
        }
    }
    for name in g.keys.keys() {
        if !u.used_keys.iter().any(|n| n == name) {
            return Err(Bad(format!("{file}: key table `{name}` is used by nothing")));
        }
    }
    for name in g.options.keys() {
        if !u.used_options.iter().any(|n| n == name) {
            return Err(Bad(format!("{file}: option table `{name}` is used by no rule")));
        }
    }
    let notes: Vec<(String, String)> = u
        .used_notes
        .iter()
        .map(|n| (format!("{p}_N_{}", upper(n)), n.clone()))
        .collect();
    for (ident, n) in notes {
        let t = &g.notes[&n];
        let _ = writeln!(u.statics, "static {ident}: Bi = bi!({}, {});", lit(&t.ko), lit(&t.en));
    }
    let _ = writeln!(
        u.out,
        "/// {} (`{}`), from `gateways/{}.toml`.\npub static {p}: Gateway = Gateway {{ id: {}, name: bi!({}, {}), aliases: {}, more_guides: {}, v1: {v1}, v2: {v2}, certification: {certification}, identity_verification: {identity_verification} }};\n{}",
        g.name.en,
        g.id,
        g.id,
        lit(&g.id),
        lit(&g.name.ko),
        lit(&g.name.en),
        strs(&g.aliases),
        strs(&g.more_guides),
        u.statics
    );
    Ok((u.out, docs(g)))
}

/// A `[certification]` (`v2` false) or `[identity_verification]` (`v2` true) section as an
/// `Option<IdentityRules>` expression. Its rules see no payment context (no method, amount or
/// `pg` code), so they are compiled as v2 rules are (no v1 hooks), without `when.api`.
fn identity(u: &mut Unit, f: Option<&IdentityFile>, v2: bool) -> R<String> {
    let Some(f) = f else { return Ok("None".into()) };
    let (section, name) = if v2 {
        ("[identity_verification]", "IDV")
    } else {
        ("[certification]", "CERT")
    };
    let at = format!("{}: {section}", u.file);
    if v2 && (!f.codes.is_empty() || !f.extra_keys.is_empty()) {
        return Err(Bad(format!(
            "{at}: `codes` and `extra_keys` are for [certification] (v1)"
        )));
    }
    if !v2 && (f.bypass_key.is_some() || f.bypass.is_some()) {
        return Err(Bad(format!(
            "{at}: `bypass_key` and `bypass` are for [identity_verification] (v2)"
        )));
    }
    if f.bypass.is_some() && f.bypass_key.is_none() {
        return Err(Bad(format!("{at}: a bypass table needs `bypass_key`")));
    }
    if f.rules.iter().any(|r| !r.when.api.is_empty()) {
        return Err(Bad(format!("{at}: its rules are for one call already; no `when.api`")));
    }
    let rules = u.rules(&f.rules, true, name)?;
    let bypass = match &f.bypass {
        Some(t) => format!("Some({})", u.keys(t, &format!("{at} bypass"))?),
        None => "None".into(),
    };
    Ok(format!(
        "Some(IdentityRules {{ guide: {}, codes: {}, extra_keys: {}, bypass_key: {}, bypass: {bypass}, rules: {rules} }})",
        lit(&f.guide),
        strs(&f.codes),
        strs(&f.extra_keys),
        f.bypass_key.as_ref().map_or("None".into(), |k| format!("Some({})", lit(k))),
    ))
}

/// One line of the README's gateway list: names, the codes a merchant uses, the page.
fn index_line(g: &GatewayFile) -> String {
    let mut names: Vec<String> = Vec::new();
    if let Some(v) = &g.v1 {
        names.extend(v.codes.iter().map(|c| format!("`{c}`")));
    }
    for a in &g.aliases {
        let a = format!("`{a}`");
        if !names.contains(&a) {
            names.push(a);
        }
    }
    let apis = match (&g.v1, &g.v2) {
        (Some(_), Some(_)) => "v1, v2",
        (Some(_), None) => "v1",
        (None, Some(_)) => "v2",
        (None, None) => "identity verification only",
    };
    let rules = g.v1.as_ref().map_or(0, |v| v.rules.len()) + g.v2.as_ref().map_or(0, |v| v.rules.len());
    let title = if g.name.ko == g.name.en {
        g.name.en.clone()
    } else {
        format!("{} {}", g.name.en, g.name.ko)
    };
    // identity verification (본인인증), only on the lines of the gateways that offer it
    let idv: Vec<(&str, &IdentityFile)> = [
        ("v1", g.certification.as_ref()),
        ("v2", g.identity_verification.as_ref()),
    ]
    .into_iter()
    .filter_map(|(v, f)| Some((v, f?)))
    .collect();
    let idv = if idv.is_empty() {
        String::new()
    } else {
        let n: usize = idv.iter().map(|(_, f)| f.rules.len()).sum();
        let vs: Vec<&str> = idv.iter().map(|(v, _)| *v).collect();
        let what = if n == 0 {
            "the common rules only".to_string()
        } else {
            format!("{n} rules")
        };
        format!("; identity verification {}: {what}", vs.join(", "))
    };
    format!(
        "- [{title}](docs/gateways/{}.md) — {apis}; {}; {rules} rules of its own{idv}\n",
        g.id,
        names.join(", ")
    )
}

/// The generated rule page of one gateway (`docs/gateways/<id>.md`).
fn docs(g: &GatewayFile) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "<!-- generated from gateways/{}.toml by build.rs; do not edit -->",
        g.id
    );
    let _ = writeln!(s, "# {} ({})\n", g.name.ko, g.name.en);
    let _ = writeln!(s, "- id: `{}`; aliases: {}", g.id, code_list(&g.aliases));
    for m in &g.more_guides {
        let _ = writeln!(s, "- also from: `{m}`");
    }
    if let Some(v) = &g.v1 {
        let _ = writeln!(s, "\n## v1 (`IMP.request_pay`)\n");
        let _ = writeln!(s, "- guide: `{}`", v.guide);
        let _ = writeln!(s, "- `pg` codes: {}", code_list(&v.codes));
        let _ = writeln!(
            s,
            "- `pay_method`: {}",
            if v.pay_methods.is_empty() {
                "not read".into()
            } else {
                code_list(&v.pay_methods)
            }
        );
        if !v.extra_keys.is_empty() {
            let _ = writeln!(s, "- keys beyond the common ones: {}", code_list(&v.extra_keys));
        }
        if !v.free_interest.is_empty() {
            let _ = writeln!(
                s,
                "- merchant-paid interest-free instalments: {}",
                code_list(&v.free_interest)
            );
        }
        let _ = writeln!(
            s,
            "- card direct: {}; `display.card_quota`: {}; escrow: {}",
            yes_no(v.card_direct),
            yes_no(v.card_quota),
            if v.escrow {
                "yes"
            } else if v.escrow_ignored.is_some() {
                "ignored (warning)"
            } else {
                "no (error)"
            }
        );
        let _ = writeln!(s, "- `vbank_due`: {}", choice_text(&v.vbank_due));
        let _ = writeln!(s, "- `language`: {}", choice_text(&v.languages));
        for b in &v.bypass {
            let keys: Vec<String> = g.keys.get(&b.keys).map_or(Vec::new(), |t| t.keys().cloned().collect());
            let when = match (&b.only_if, b.when.is_empty()) {
                (_, false) => format!(" ({})", b.when),
                (_, true) if b.listed_only => " (read only as the rules say)".to_string(),
                (Some(w), true) => format!(" ({})", when_text(w)),
                (None, true) => String::new(),
            };
            let _ = writeln!(s, "- `{}` keys{when}: {}", b.path, code_list(&keys));
        }
        for b in windows(v).unwrap_or_default() {
            let when = when_text(&b.when);
            let when = if when.is_empty() {
                String::new()
            } else {
                format!(" ({when})")
            };
            let _ = writeln!(
                s,
                "- billing-key window (`customer_uid`){when}: methods {}; amount {} — {}",
                if b.pay_methods.is_empty() {
                    "any (`pay_method` not read)".to_string()
                } else {
                    code_list(&b.pay_methods)
                },
                if b.charge == "never" {
                    "shown, not charged"
                } else {
                    "charged when above 0"
                },
                b.cite
            );
        }
        rule_table(&mut s, g, &v.rules);
    }
    if let Some(v) = &g.v2 {
        let _ = writeln!(s, "\n## v2 (`PortOne.requestPayment` …)\n");
        let _ = writeln!(s, "- guide: `{}`", v.guide);
        if let Some(k) = &v.bypass_key {
            let calls: Vec<String> = v.bypass.keys().cloned().collect();
            let _ = writeln!(s, "- `bypass.{k}` in: {}", code_list(&calls));
        }
        let list = |l: &Option<Vec<String>>| match l {
            None => "not checked".to_string(),
            Some(l) if l.is_empty() => "none".to_string(),
            Some(l) => code_list(l),
        };
        let _ = writeln!(s, "- `payMethod`: {}", list(&v.pay_methods));
        let _ = writeln!(s, "- `easyPay.easyPayProvider`: {}", list(&v.easy_pay_providers));
        let _ = writeln!(s, "- `billingKeyMethod`: {}", list(&v.billing_key_methods));
        let _ = writeln!(
            s,
            "- `billingKeyAndPayMethod`: {}",
            list(&v.billing_key_and_pay_methods)
        );
        let _ = writeln!(s, "- `currency`: {}", list(&v.currencies));
        let _ = writeln!(s, "- `locale`: {}", list(&v.locales));
        for (what, l) in [("orderName", &v.order_name), ("customer.fullName", &v.full_name)] {
            if let Some(l) = l {
                let _ = writeln!(
                    s,
                    "- `{what}`: at most {} {} ({})",
                    l.max,
                    l.unit.replace('_', "-"),
                    l.severity
                );
            }
        }
        for c in &v.customer {
            let note = g.notes.get(&c.note).map_or(String::new(), |n| n.en.clone());
            let _ = writeln!(
                s,
                "- `customer` {} required in {} ({}): {note}",
                c.field,
                code_list(&c.apis),
                c.env
            );
        }
        if !v.month_list {
            let _ = writeln!(s, "- installments: `fixedMonth` only (no `availableMonthList`)");
        }
        for (call, paths) in &v.ignored {
            let _ = writeln!(s, "- ignored in `{call}` (warning): {}", code_list(paths));
        }
        rule_table(&mut s, g, &v.rules);
    }
    if let Some(c) = &g.certification {
        let _ = writeln!(s, "\n## Identity verification, v1 (`IMP.certification`)\n");
        let _ = writeln!(s, "- guide: `{}`", c.guide);
        let _ = writeln!(
            s,
            "- `pg` codes: {}",
            if c.codes.is_empty() {
                "none (no `IMP.certification` window)".into()
            } else {
                code_list(&c.codes)
            }
        );
        if !c.extra_keys.is_empty() {
            let _ = writeln!(s, "- keys only some gateways read: {}", code_list(&c.extra_keys));
        }
        rule_table(&mut s, g, &c.rules);
    }
    if let Some(v) = &g.identity_verification {
        let _ = writeln!(
            s,
            "\n## Identity verification, v2 (`PortOne.requestIdentityVerification`)\n"
        );
        let _ = writeln!(s, "- guide: `{}`", v.guide);
        if let (Some(k), Some(t)) = (&v.bypass_key, &v.bypass) {
            let keys: Vec<String> = g.keys.get(t).map_or(Vec::new(), |t| t.keys().cloned().collect());
            let _ = writeln!(s, "- `bypass.{k}`: {}", code_list(&keys));
        }
        rule_table(&mut s, g, &v.rules);
    }
    if !g.options.is_empty() {
        let _ = writeln!(s, "\n## Option strings\n");
        for (name, o) in &g.options {
            let names: Vec<String> = o.opts.iter().map(|x| x.name.clone()).collect();
            let _ = writeln!(
                s,
                "- `{name}`: {} joined by `{}`{}: {}",
                if o.style == "paren" {
                    "`name(arg)` items"
                } else {
                    "`name=value` items"
                },
                o.sep.escape_default(),
                if o.list { ", an array of such strings" } else { "" },
                code_list(&names)
            );
        }
    }
    s
}

fn yes_no(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}

fn choice_text(c: &Choice) -> String {
    match c {
        Choice::None => "not read (warning)".into(),
        Choice::Common(_) => "the common list".into(),
        Choice::List(l) => code_list(l),
    }
}

fn code_list(l: &[String]) -> String {
    let items: Vec<String> = l.iter().map(|x| format!("`{x}`")).collect();
    items.join(", ")
}

/// A `when` table in words, for the generated pages.
fn when_text(w: &When) -> String {
    let mut when = Vec::new();
    if !w.api.is_empty() {
        when.push(format!("call {}", w.api.join("/")));
    }
    if !w.method.is_empty() {
        when.push(format!("method {}", w.method.join("/")));
    }
    if !w.not_method.is_empty() {
        when.push(format!("method not {}", w.not_method.join("/")));
    }
    if let Some(b) = w.billing {
        when.push(
            if b {
                "billing-key window"
            } else {
                "not the billing-key window"
            }
            .into(),
        );
    }
    if !w.pg_code.is_empty() {
        when.push(format!("pg {}", w.pg_code.join("/")));
    }
    if let Some(m) = w.mobile {
        when.push(if m { "mobile" } else { "PC" }.into());
    }
    if let Some(e) = &w.env {
        when.push(format!("{e} only"));
    }
    for p in &w.present {
        when.push(format!("{p} set"));
    }
    for p in &w.absent {
        when.push(format!("{p} missing"));
    }
    for (p, v) in &w.is {
        when.push(format!("{p} ∈ {}", v.join("/")));
    }
    for (p, v) in &w.is_not {
        when.push(format!("{p} ∉ {}", v.join("/")));
    }
    for (p, b) in &w.bool {
        when.push(format!("{p} = {b}"));
    }
    let cmp = |t: &BTreeMap<String, f64>| {
        t.iter()
            .map(|(op, n)| format!("{op} {n}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    for (p, t) in &w.num {
        let t = t
            .iter()
            .map(|(op, n)| format!("{op} {}", n.text()))
            .collect::<Vec<_>>()
            .join(", ");
        when.push(format!("{p} {t}"));
    }
    for (p, t) in &w.int {
        when.push(format!("{p} whole, {}", cmp(t)));
    }
    let a = |t: &str| if t.starts_with(['a', 'o']) { "an" } else { "a" };
    for (p, t) in &w.type_ {
        when.push(format!("{p} is {} {t}", a(t)));
    }
    for (p, t) in &w.not_type {
        when.push(format!("{p} is not {} {t}", a(t)));
    }
    for p in &w.blank {
        when.push(format!("{p} blank"));
    }
    for (p, l) in &w.date {
        when.push(format!("{p} in {}", l.join(" / ")));
    }
    for (p, t) in &w.second {
        when.push(format!("{p} seconds {}", cmp(t)));
    }
    for (p, items) in &w.option {
        when.push(format!("{p} has {}", items.join(", ")));
    }
    for (p, items) in &w.not_option {
        when.push(format!("{p} lacks {}", items.join(", ")));
    }
    if let Some(t) = &w.amount {
        when.push(format!("amount {}", cmp(t)));
    }
    if !w.currency.is_empty() {
        when.push(format!("currency {}", w.currency.join("/")));
    }
    if let Some(b) = w.mid {
        when.push(if b { "MID given" } else { "no MID" }.into());
    }
    for (p, c) in &w.not_reported {
        when.push(format!("no {c} at {p} yet"));
    }
    if let Some(b) = w.krw {
        when.push(if b { "KRW" } else { "not KRW" }.into());
    }
    if !w.any.is_empty() {
        let groups: Vec<String> = w.any.iter().map(|g| format!("({})", when_text(g))).collect();
        when.push(format!("any of {}", groups.join(" or ")));
    }
    if !w.not_currency.is_empty() {
        when.push(format!("currency given, not {}", w.not_currency.join("/")));
    }
    if !w.none.is_empty() {
        let groups: Vec<String> = w.none.iter().map(|g| format!("({})", when_text(g))).collect();
        when.push(format!("none of {}", groups.join(" or ")));
    }
    if let Some(g) = &w.not {
        when.push(format!("not ({})", when_text(g)));
    }
    for i in &w.items {
        let test = if i.str {
            "strings".to_string()
        } else if let Some(set) = &i.in_ {
            format!("items in {}", set.join("/"))
        } else if let Some(set) = &i.not_in {
            format!("items not in {}", set.join("/"))
        } else {
            format!("whole numbers {}", i.int.as_ref().map(&cmp).unwrap_or_default())
        };
        when.push(format!("{} holds {test}: count {}", i.at, cmp(&i.count)));
    }
    for (p, v) in &w.starts_with {
        when.push(format!("{p} starts with {}", v.join("/")));
    }
    for (p, v) in &w.ends_with {
        when.push(format!("{p} ends with {}", v.join("/")));
    }
    if let Some(b) = w.method_sent {
        when.push(if b { "pay_method sent" } else { "no pay_method sent" }.into());
    }
    when.join("; ")
}

fn rule_table(s: &mut String, g: &GatewayFile, rules: &[RuleFile]) {
    if rules.is_empty() {
        return;
    }
    let _ = writeln!(s, "\n| rule | when | at | check | severity | guide | note |");
    let _ = writeln!(s, "|---|---|---|---|---|---|---|");
    for r in rules {
        let when = when_text(&r.when);
        let then = match &r.then {
            toml::Value::String(x) => x.clone(),
            other => show(other),
        };
        let then = match &r.code {
            Some(c) => format!("{then} ({c})"),
            None => then,
        };
        let note = r.note.as_ref().map_or(String::new(), |n| match g.notes.get(n) {
            Some(t) => format!("{} / {}", t.ko, t.en),
            None => SHARED_NOTES
                .iter()
                .find(|(s, _, _)| s == n)
                .map_or(n.clone(), |(_, _, d)| format!("(shared) {d}")),
        });
        let cell = |x: &str| x.replace('|', "\\|");
        let _ = writeln!(
            s,
            "| `{}` | {} | `{}` | {} | {} | {} | {} |",
            r.id,
            cell(&if when.is_empty() { "always".into() } else { when }),
            r.at,
            cell(&then),
            r.severity,
            cell(&r.cite),
            cell(&note)
        );
    }
}

/// The statuses a `[[ledger]]` entry can have.
const LEDGER_STATUSES: &[&str] = &["enforced", "not_checkable", "decided_otherwise", "no_rules", "gap"];

/// Whether `path` (`v2.rules.<id>`, `v2.ignored.payment` …) names something in the file's table;
/// an array of tables is entered by the `id` of one of its tables.
fn has_key(t: &toml::Table, path: &str) -> bool {
    let mut cur: Option<&toml::Value> = None;
    let mut table = Some(t);
    let segs: Vec<&str> = path.split('.').collect();
    let mut i = 0;
    while i < segs.len() {
        let seg = segs[i];
        let next = match (table, cur) {
            (Some(t), _) => t.get(seg),
            (None, Some(toml::Value::Array(a))) => a.iter().find(|v| v.get("id").and_then(|x| x.as_str()) == Some(seg)),
            _ => None,
        };
        let Some(v) = next else { return false };
        cur = Some(v);
        table = v.as_table();
        i += 1;
    }
    true
}

/// Checks one file's ledger entries; `raw` is the file's table (`None` for `ledger/common.toml`,
/// whose entries can only name `common:` checks).
fn check_ledger(
    file: &str,
    raw: Option<&toml::Table>,
    raws: &BTreeMap<String, toml::Table>,
    entries: &[LedgerEntry],
    pages: &[String],
) -> Vec<String> {
    let mut bad = Vec::new();
    for (n, e) in entries.iter().enumerate() {
        let at = format!("{file}: [[ledger]] #{} ({})", n + 1, e.page);
        if !pages.is_empty() && !pages.contains(&e.page) {
            bad.push(format!(
                "{at}: `page` is not in ledger/pages.txt (a path relative to `src/routes/(root)/`)"
            ));
        }
        if e.says.trim().is_empty() {
            bad.push(format!("{at}: `says` is empty"));
        }
        if !LEDGER_STATUSES.contains(&e.status.as_str()) {
            bad.push(format!(
                "{at}: status is one of {}, not `{}`",
                LEDGER_STATUSES.join(" / "),
                e.status
            ));
        }
        if e.status == "enforced" {
            if e.by.is_empty() || e.fixture.is_empty() {
                bad.push(format!("{at}: an enforced statement names `by` and `fixture`"));
            }
            for b in &e.by {
                let ok = match b.strip_prefix("common:") {
                    // `common:gateway.<id>.<key>` names a key of another data file
                    Some(rest) => match rest.strip_prefix("gateway.").and_then(|r| r.split_once('.')) {
                        Some((id, key)) => raws.get(id).is_some_and(|t| has_key(t, key)),
                        None => !rest.is_empty(),
                    },
                    None => raw.is_some_and(|t| {
                        ["v1.", "v2.", "certification.", "identity_verification."]
                            .iter()
                            .any(|p| b.starts_with(p))
                            && has_key(t, b)
                    }),
                };
                if !ok {
                    bad.push(format!("{at}: `by` names `{b}`, which is not in this file (v1.rules.<id>, v2.<key>, certification.rules.<id> …, common:<code>, or common:gateway.<id>.<key> of another file)"));
                }
            }
            for f in &e.fixture {
                let ok = f.split_once(".json#").is_some_and(|(file, case)| {
                    !case.is_empty() && Path::new("tests/fixtures").join(format!("{file}.json")).is_file()
                });
                if !ok {
                    bad.push(format!(
                        "{at}: fixture `{f}` is not `<file>.json#<case name>` of tests/fixtures/"
                    ));
                }
            }
        } else {
            if e.why.as_deref().is_none_or(|w| w.trim().is_empty()) {
                bad.push(format!("{at}: a `{}` statement says `why`", e.status));
            }
            if !e.by.is_empty() || !e.fixture.is_empty() {
                bad.push(format!("{at}: only an enforced statement names `by` / `fixture`"));
            }
        }
    }
    bad
}

/// `docs/coverage.md` from every ledger: per page its counts, then its statements.
fn coverage(all: &[(String, &LedgerEntry)], pages: &[String]) -> String {
    let mut by_page: BTreeMap<&str, Vec<(&str, &LedgerEntry)>> = BTreeMap::new();
    for (f, e) in all {
        by_page.entry(e.page.as_str()).or_default().push((f.as_str(), e));
    }
    let count =
        |es: &[(&str, &LedgerEntry)], st: &[&str]| es.iter().filter(|(_, e)| st.contains(&e.status.as_str())).count();
    let mut s = String::from(
        "# Rule ledger: every guide statement a browser check could enforce\n\n\
         Generated by `build.rs` from the `[[ledger]]` entries of `gateways/*.toml` and\n\
         `ledger/common.toml`; do not edit (`bash scripts/gen-docs.sh` rewrites it, the test command\n\
         fails when it is stale). The pages are those of PortOne's docs listed in `ledger/pages.txt`\n\
         (guides under `opi/ko/integration/pg/v1/` and `pg/v2/`, identity verification, the SDK\n\
         reference). A statement is *enforced* (the rule and the fixture case proving it), *not\n\
         checkable* in the browser, *decided otherwise* (why), or a *gap* (checkable, not checked yet).\n\n",
    );
    let missing: Vec<&String> = pages.iter().filter(|p| !by_page.contains_key(p.as_str())).collect();
    let (mut t_all, mut t_enf, mut t_exp, mut t_gap) = (0, 0, 0, 0);
    let mut table = String::from(
        "| page | statements | enforced | explained | gaps | data file |\n|---|---:|---:|---:|---:|---|\n",
    );
    for (page, es) in &by_page {
        let n = es.len() - count(es, &["no_rules"]);
        let (enf, exp, gap) = (
            count(es, &["enforced"]),
            count(es, &["not_checkable", "decided_otherwise"]),
            count(es, &["gap"]),
        );
        t_all += n;
        t_enf += enf;
        t_exp += exp;
        t_gap += gap;
        let mut owners: Vec<&str> = es.iter().map(|(f, _)| *f).collect();
        owners.dedup();
        let _ = writeln!(
            table,
            "| [{page}](#{}) | {n} | {enf} | {exp} | {gap} | {} |",
            anchor(page),
            owners.join(", ")
        );
    }
    let _ = writeln!(
        s,
        "**{} pages, {} with entries; {t_all} statements: {t_enf} enforced, {t_exp} explained, {t_gap} gaps.**\n",
        pages.len(),
        by_page.len()
    );
    if !missing.is_empty() {
        let _ = writeln!(s, "Pages not yet read into the ledger ({}):\n", missing.len());
        for p in &missing {
            let _ = writeln!(s, "- `{p}`");
        }
        s.push('\n');
    }
    s.push_str(&table);
    let cell = |x: &str| x.replace('|', "\\|").replace('\n', " ");
    for (page, es) in &by_page {
        let _ = writeln!(
            s,
            "\n## {page}\n\n| statement | status | by / why | fixture |\n|---|---|---|---|"
        );
        for (_, e) in es {
            let how = if e.status == "enforced" {
                e.by.iter().map(|b| format!("`{b}`")).collect::<Vec<_>>().join(", ")
            } else {
                cell(e.why.as_deref().unwrap_or(""))
            };
            let fx = e
                .fixture
                .iter()
                .map(|f| format!("`{}`", cell(f)))
                .collect::<Vec<_>>()
                .join("<br>");
            let _ = writeln!(
                s,
                "| {} | {} | {} | {} |",
                cell(&e.says),
                e.status.replace('_', " "),
                how,
                fx
            );
        }
    }
    s
}

/// A heading's anchor as GitHub makes it.
fn anchor(h: &str) -> String {
    h.chars()
        .filter_map(|c| match c {
            'a'..='z' | '0'..='9' | '-' | '_' => Some(c),
            'A'..='Z' => Some(c.to_ascii_lowercase()),
            ' ' => Some('-'),
            _ => None,
        })
        .collect()
}

fn main() {
    println!("cargo:rerun-if-changed=gateways");
    let out = std::env::var("OUT_DIR").unwrap();
    let mut files: Vec<_> = std::fs::read_dir("gateways")
        .expect("gateways/ (the data files)")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    // PORTONE_GUARD_ONLY=<id,id…>: compile only these gateways (the benchmark's measure of one
    // gateway's share; never set for the package)
    println!("cargo:rerun-if-env-changed=PORTONE_GUARD_ONLY");
    let only = std::env::var("PORTONE_GUARD_ONLY").ok();
    if let Some(only) = &only {
        let ids: Vec<&str> = only.split(',').map(str::trim).collect();
        files.retain(|p| {
            p.file_stem()
                .is_some_and(|s| ids.contains(&s.to_string_lossy().as_ref()))
        });
    }
    let mut code = String::from(
        "// generated by build.rs from gateways/*.toml; do not edit\n\
         #[allow(unused_imports)]\n\
         use crate::core::fields::{Key, Kind};\n\
         #[allow(unused_imports)]\n\
         use crate::core::issue::{Bi, Code, Expected, Format, Severity};\n\
         #[allow(unused_imports)]\n\
         use crate::core::text::{DateFmt, Unit};\n\
         #[allow(unused_imports)]\n\
         use crate::core::v1::V1Ctx;\n\
         #[allow(unused_imports)]\n\
         use crate::core::v1_options::{Arg, BillingRule, Charge, Opt, PeriodRule, Style};\n\
         #[allow(unused_imports)]\n\
         use crate::core::v2::{Api, V2Ctx};\n\
         #[allow(unused_imports)]\n\
         use crate::engine::{Charset, Cond, Env, Fire, Item, JsonType, Op, Rule, Then};\n\
         #[allow(unused_imports)]\n\
         use crate::engine::hooks::MethodValues;\n\
         #[allow(unused_imports)]\n\
         use crate::engine::hooks::{OptionString, OptionWarn};\n\
         #[allow(unused_imports)]\n\
         use crate::pg::{BypassBlock, BypassTables, CustomerField, CustomerRule, Env as GwEnv, Gateway, IdentityRules, Ignored, TextLimit, V1Rules, V2Rules, WindowTypes};\n\n",
    );
    let mut order: Vec<(u32, String)> = Vec::new();
    let mut docs_rs =
        String::from("/// (gateway id, generated `docs/gateways/<id>.md`)\npub static DOCS: &[(&str, &str)] = &[\n");
    let docs_dir = Path::new(&out).join("docs");
    std::fs::create_dir_all(&docs_dir).unwrap();
    let mut failed = Vec::new();
    let mut index: Vec<(u32, String)> = Vec::new();
    println!("cargo:rerun-if-changed=ledger");
    println!("cargo:rerun-if-changed=tests/fixtures");
    let pages: Vec<String> = std::fs::read_to_string("ledger/pages.txt")
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect();
    let mut ledger: Vec<(String, LedgerEntry)> = Vec::new();
    let mut raws: BTreeMap<String, toml::Table> = BTreeMap::new();
    let no_raws = BTreeMap::new();
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let name = f.display().to_string();
        let text = std::fs::read_to_string(f).unwrap();
        let parsed: GatewayFile = match toml::from_str(&text) {
            Ok(g) => g,
            Err(e) => {
                failed.push(format!("{name}: {e}"));
                continue;
            }
        };
        let raw: toml::Table = toml::from_str(&text).unwrap_or_default();
        failed.extend(check_ledger(&name, Some(&raw), &no_raws, &parsed.ledger, &pages));
        raws.insert(parsed.id.clone(), raw);
        match compile(&name, &parsed) {
            Ok((rs, md)) => {
                code.push_str(&rs);
                order.push((parsed.order, upper(&parsed.id)));
                index.push((parsed.order, index_line(&parsed)));
                let path = docs_dir.join(format!("{}.md", parsed.id));
                std::fs::write(&path, md).unwrap();
                let _ = writeln!(
                    docs_rs,
                    "    ({}, include_str!({})),",
                    lit(&parsed.id),
                    lit(&path.display().to_string())
                );
            }
            Err(Bad(e)) => failed.push(e),
        }
        let id = parsed.id.clone();
        ledger.extend(parsed.ledger.into_iter().map(|e| (id.clone(), e)));
    }
    // ledger/*.toml: the pages no gateway file owns (overviews, SDK reference, identity
    // verification's general guides); their `by` names common checks or other files' keys
    let mut ledger_files: Vec<_> = std::fs::read_dir("ledger")
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    ledger_files.retain(|p: &std::path::PathBuf| p.extension().is_some_and(|e| e == "toml"));
    // with only some gateways compiled, the shared ledgers name files left out: they are checked by
    // every full build (the package's and the test command's), not by this measuring build
    if only.is_some() {
        ledger_files.clear();
    }
    ledger_files.sort();
    for f in &ledger_files {
        let name = f.display().to_string();
        let stem = f.file_stem().unwrap().to_string_lossy().to_string();
        match toml::from_str::<LedgerFile>(&std::fs::read_to_string(f).unwrap()) {
            Ok(l) => {
                failed.extend(check_ledger(&name, None, &raws, &l.ledger, &pages));
                ledger.extend(l.ledger.into_iter().map(|e| (format!("ledger/{stem}"), e)));
            }
            Err(e) => failed.push(format!("{name}: {e}")),
        }
    }
    if !failed.is_empty() {
        for e in &failed {
            println!("cargo:warning={e}");
        }
        eprintln!("gateway data files are malformed:\n{}", failed.join("\n"));
        std::process::exit(1);
    }
    order.sort();
    let _ = writeln!(
        code,
        "/// The data gateways with their place in `GATEWAYS`.\npub static ORDERED: &[(u32, &Gateway)] = &[{}];",
        order
            .iter()
            .map(|(o, id)| format!("({o}, &{id})"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let _ = writeln!(
        code,
        "/// Every data gateway in display order (`GATEWAYS`).\npub static IN_ORDER: &[&Gateway] = &[{}];",
        order
            .iter()
            .map(|(_, id)| format!("&{id}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    docs_rs.push_str("];\n");
    index.sort();
    let index_md: String = index.into_iter().map(|(_, l)| l).collect();
    let index_path = docs_dir.join("index.md");
    std::fs::write(&index_path, index_md).unwrap();
    let _ = writeln!(
        docs_rs,
        "/// The gateway list the README holds between its `gateways` markers.\npub static INDEX: &str = include_str!({});",
        lit(&index_path.display().to_string())
    );
    let refs: Vec<(String, &LedgerEntry)> = ledger.iter().map(|(f, e)| (f.clone(), e)).collect();
    let cov_path = docs_dir.join("coverage.md");
    std::fs::write(&cov_path, coverage(&refs, &pages)).unwrap();
    let mut ledger_rs = format!(
        "/// `docs/coverage.md` as the ledgers give it.\npub static COVERAGE: &str = include_str!({});\n\
         /// The pages the ledger must account for (`ledger/pages.txt`).\npub static PAGES: &[&str] = &[{}];\n\
         /// Every ledger entry: (data file id or `common`, page, status, fixtures).\npub static LEDGER: &[(&str, &str, &str, &[&str])] = &[\n",
        lit(&cov_path.display().to_string()),
        pages.iter().map(|p| lit(p)).collect::<Vec<_>>().join(", ")
    );
    for (f, e) in &ledger {
        let _ = writeln!(
            ledger_rs,
            "    ({}, {}, {}, {}),",
            lit(f),
            lit(&e.page),
            lit(&e.status),
            strs(&e.fixture)
        );
    }
    ledger_rs.push_str("];\n");
    std::fs::write(Path::new(&out).join("ledger.rs"), ledger_rs).unwrap();
    std::fs::write(Path::new(&out).join("gateways.rs"), code).unwrap();
    std::fs::write(Path::new(&out).join("docs.rs"), docs_rs).unwrap();
}
