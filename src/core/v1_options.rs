//! `IMP.request_pay` options whose grammar several gateways share but whose details each
//! gateway's guide sets: the `period {from, to}` service window, the billing-key window that
//! `customer_uid` opens, a gateway's currencies, keys only one environment (PC or mobile) reads,
//! the mobile redirect, `display.card_quota` and `card.direct.quota` month rules, and option
//! strings joined with a separator (`noeasypay:CARDPOINT`, `noeasypay=Y&cp_yn=Y`).
//!
//! The functions here take the gateway's facts (layouts, lists, notes) as arguments; the facts
//! themselves stay in the gateway files (`gateways/<id>.toml`, or under `src/pg/` until moved).

use crate::core::fields::{check_keys, want_str, Key, Kind, MOBILE_ONLY, PC_ONLY};
use crate::core::issue::{join, Bi, Code, Detail, Format, Report, Severity};
use crate::core::text::{did_you_mean, parse_date, DateFmt, DateTime};
use crate::core::v1::V1Ctx;
use crate::core::value::Value;

// ---------------------------------------------------------------------------------------------
// period

/// How a gateway reads `period` (the service window shown on the payment window).
#[derive(Debug)]
pub struct PeriodRule {
    /// Layouts `period.from` and `period.to` accept.
    pub formats: &'static [DateFmt],
    /// Whether both ends are required once `period` is sent.
    pub both: bool,
}

/// The keys of a plain `period {from, to}`.
pub static PERIOD_KEYS: &[Key] = &[Key::new("from", Kind::Any), Key::new("to", Kind::Any)];

static PERIOD_ORDER: Bi = bi!(
    "제공기간의 끝은 시작과 같거나 그 뒤여야 합니다.",
    "The end of the service period must be on or after its start."
);

/// Checks `period {from, to}`: each end a real date in one of `rule.formats`, both present when
/// `rule.both`, `from` not after `to`, and no other keys (warnings with a did-you-mean). That
/// `period` is an object is checked by the common rules.
pub fn period(ctx: &mut V1Ctx, rule: &PeriodRule) {
    period_with(ctx, rule, PERIOD_KEYS);
}

/// [`period`] for a gateway whose `period` also takes other keys (`keys` lists every key,
/// `from` and `to` included, e.g. Danal's `text`).
pub fn period_with(ctx: &mut V1Ctx, rule: &PeriodRule, keys: &[Key]) {
    let Some(p) = ctx.req.get("period").and_then(Value::as_obj) else {
        return;
    };
    let mut ends: [Option<DateTime>; 2] = [None, None];
    for (i, key) in ["from", "to"].into_iter().enumerate() {
        let path = join("period", key);
        match p.get(key) {
            None => {
                if rule.both {
                    ctx.r.required(path, None);
                }
            }
            v => {
                if let Some(s) = want_str(v, &path, ctx.r) {
                    match parse_date(s, rule.formats) {
                        Some((_, dt)) => ends[i] = Some(dt),
                        None => ctx.r.error(
                            path,
                            Code::InvalidFormat,
                            Detail::Format(Format::Date(rule.formats)),
                            None,
                        ),
                    }
                }
            }
        }
    }
    if let [Some(from), Some(to)] = ends {
        if from > to {
            ctx.r.error(
                "period.to",
                Code::Conflict,
                Detail::Conflict { with: "period.from" },
                Some(&PERIOD_ORDER),
            );
        }
    }
    check_keys(p, "period", keys, None, ctx.r);
}

// ---------------------------------------------------------------------------------------------
// billing-key window (customer_uid)

/// What a gateway's billing-key window does with `amount`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Charge {
    /// The amount is only displayed; nothing is charged (a warning when it is above 0).
    Never,
    /// An amount above 0 is charged at once, together with issuing the key (a warning).
    WhenAmount,
}

/// How a gateway's billing-key window (opened by `customer_uid`) behaves.
#[derive(Debug)]
pub struct BillingRule {
    /// The `pay_method` values the window takes (absent = `card`); empty when the gateway
    /// ignores `pay_method` altogether.
    pub pay_methods: &'static [&'static str],
    /// Explains `pay_methods` (used when another method is sent).
    pub pay_methods_note: &'static Bi,
    /// What happens to `amount`.
    pub charge: Charge,
    /// Explains what happens to an amount above 0.
    pub amount_note: &'static Bi,
}

/// When the request opens the billing-key window (`customer_uid` present): an error for a
/// `pay_method` the window does not take, and a warning for an amount above 0 (displayed only,
/// or charged at once, as `rule.charge` says).
pub fn billing_window(ctx: &mut V1Ctx, rule: &BillingRule) {
    if !ctx.billing() {
        return;
    }
    if !rule.pay_methods.is_empty() {
        let pm = ctx.pay_method.as_deref().unwrap_or("card");
        // A method the gateway does not know at all is already an `invalid_value` error.
        if !rule.pay_methods.contains(&pm) && ctx.rules.pay_methods.contains(&pm) {
            ctx.r
                .unsupported("pay_method", Severity::Error, &ctx.gw.name, rule.pay_methods_note);
        }
    }
    if ctx.amount.is_some_and(|a| a > 0.0) {
        let code = match rule.charge {
            Charge::Never => Code::Unsupported,
            Charge::WhenAmount => Code::Conflict,
        };
        ctx.r.warn("amount", code, Detail::Note, Some(rule.amount_note));
    }
}

// ---------------------------------------------------------------------------------------------
// currency, environment, redirect

/// Checks `currency` (default KRW) against the ones the gateway takes; returns the currency in
/// use. Codes the common rules already reported are not reported again.
pub fn currencies(ctx: &mut V1Ctx, allowed: &'static [&'static str], note: &'static Bi) -> Option<String> {
    let c = match ctx.req.get("currency") {
        None => return Some("KRW".to_string()),
        Some(Value::Str(c)) => c.clone(),
        Some(_) => return None,
    };
    let flagged = ctx.r.has("currency", Code::InvalidFormat) || ctx.r.has("currency", Code::InvalidValue);
    if !flagged {
        crate::core::fields::one_of(&c, allowed, "currency", Severity::Error, Some(note), ctx.r);
    }
    Some(c)
}

/// Warns (`unsupported`) when a top-level `key` that only one environment reads is sent in the
/// other one (`mobile_only`: only mobile reads it). Unknown environment: nothing.
pub fn env_only(ctx: &mut V1Ctx, key: &str, mobile_only: bool, note: Option<&'static Bi>) {
    if ctx.req.get(key).is_none() || ctx.mobile != Some(!mobile_only) {
        return;
    }
    let default = if mobile_only { &MOBILE_ONLY } else { &PC_ONLY };
    ctx.r
        .warn(key, Code::Unsupported, Detail::Note, Some(note.unwrap_or(default)));
}

/// "Mobile results come back by redirect."
pub static MOBILE_REDIRECT: Bi = bi!(
    "모바일에서는 결제 결과가 callback이 아니라 이 주소로의 리디렉션으로 전달됩니다. 없으면 결과를 받지 못할 수 있습니다.",
    "On mobile the result comes by a redirect to this address, not the callback; without it the result may be lost."
);

/// Warns when a mobile checkout has no `m_redirect_url` (for gateways whose guide says mobile
/// results arrive by redirect).
pub fn redirect_on_mobile(ctx: &mut V1Ctx) {
    if ctx.mobile == Some(true) && ctx.req.get("m_redirect_url").is_none() {
        ctx.r.push(
            "m_redirect_url",
            Code::Required,
            Severity::Warning,
            Detail::Required,
            Some(&MOBILE_REDIRECT),
        );
    }
}

// ---------------------------------------------------------------------------------------------
// installment months

/// For gateways whose `display.card_quota` takes one value that fixes the months: more than one
/// value is an error (`note` says what the gateway does). Item shapes are checked in common.
pub fn card_quota_single(ctx: &mut V1Ctx, note: &'static Bi) {
    let quota = ctx
        .req
        .get("display")
        .and_then(Value::as_obj)
        .and_then(|d| d.get("card_quota"));
    if let Some(Value::Arr(items)) = quota {
        if items.len() > 1 {
            ctx.r
                .error("display.card_quota", Code::InvalidValue, Detail::Note, Some(note));
        }
    }
}

static DIRECT_MONTHS: Bi = bi!(
    "할부 개월 수는 0(일시불) 또는 2~36 사이의 정수입니다.",
    "Installment months are whole numbers: 0 (lump sum) or 2 to 36."
);

/// For gateways whose `card.direct.quota` is plain months: 0 (lump sum) or 2–36, and the
/// installment floor warning. Type and sign are checked in common.
pub fn direct_quota_months(ctx: &mut V1Ctx) {
    let q = ctx
        .req
        .get("card")
        .and_then(Value::as_obj)
        .and_then(|c| c.get("direct"))
        .and_then(Value::as_obj)
        .and_then(|d| d.get("quota"))
        .and_then(Value::as_num)
        .and_then(|n| n.as_int());
    match q {
        Some(q) if q < 0 => {}
        Some(q) if q == 1 || q > 36 => ctx.r.error(
            "card.direct.quota",
            Code::OutOfRange,
            Detail::Range {
                min: Some(0),
                max: Some(36),
            },
            Some(&DIRECT_MONTHS),
        ),
        Some(q) => ctx.installment_floor("card.direct.quota", q),
        None => {}
    }
}

// ---------------------------------------------------------------------------------------------
// joined option strings

/// How the items of an option string are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// `name` or `name(argument)` (Inicis `acceptmethod`).
    Paren,
    /// `name=value` (Inicis `P_RESERVED`).
    KeyValue,
}

/// What an option takes after its name.
#[derive(Clone, Copy, Debug)]
pub enum Arg {
    /// Nothing (`noeasypay`). Only for [`Style::Paren`].
    None,
    /// One of the listed values, exactly (`noeasypay=Y`).
    OneOf(&'static [&'static str]),
    /// A value the function accepts (`SKIN(#c1272c)`), usually one of [`grammar`].
    Grammar(fn(&str) -> bool),
    /// Values from the list joined by the character (`kakaopay:payco`), or exactly one of them
    /// when it is `None`; anything else is a format error.
    Tokens(Option<char>, &'static [&'static str]),
}

/// Whether `s` is values from `set` joined by `sep` (every part one of them), or, without a
/// separator, one value from `set`.
pub fn tokens_in(s: &str, sep: Option<char>, set: &[&str]) -> bool {
    match sep {
        Some(c) => s.split(c).all(|t| set.contains(&t)),
        None => set.contains(&s),
    }
}

/// One option the guide lists.
#[derive(Debug)]
pub struct Opt {
    /// The name as the guide writes it; matched ignoring ASCII case.
    pub name: &'static str,
    /// What follows the name.
    pub arg: Arg,
    /// Explains the allowed value (used in the message when it is wrong).
    pub note: Option<&'static Bi>,
}

impl Opt {
    /// An option with an argument or value.
    pub const fn new(name: &'static str, arg: Arg, note: Option<&'static Bi>) -> Opt {
        Opt { name, arg, note }
    }
    /// An option that is only a name.
    pub const fn flag(name: &'static str) -> Opt {
        Opt {
            name,
            arg: Arg::None,
            note: None,
        }
    }
}

/// One item of an option string that named a listed option.
#[derive(Debug, PartialEq, Eq)]
pub struct Item<'s> {
    /// 1-based position.
    pub index: usize,
    /// The listed option's name (as the guide writes it).
    pub name: &'static str,
    /// The argument or value as sent, when there is one.
    pub value: Option<&'s str>,
    /// Whether the value was accepted.
    pub ok: bool,
}

/// Checks an option string whose items are joined with `sep` and written in `style` against the
/// options the guide lists: a listed option with a wrong value or form is an error; an unlisted
/// one is an `unknown_field` warning with the closest listed name; an empty item is a warning.
/// Returns the items that named a listed option, for the gateway's own cross-item rules.
pub fn joined<'s>(
    s: &'s str,
    sep: char,
    style: Style,
    opts: &'static [Opt],
    path: &str,
    r: &mut Report,
) -> Vec<Item<'s>> {
    let mut found = Vec::new();
    for (i, raw) in s.split(sep).enumerate() {
        let index = i + 1;
        if raw.is_empty() {
            r.push(
                path,
                Code::InvalidFormat,
                Severity::Warning,
                Detail::BadItem { index, name: None },
                None,
            );
            continue;
        }
        let (name, value, well_formed) = split_item(raw, style);
        let Some(opt) = opts.iter().find(|o| o.name.eq_ignore_ascii_case(name)) else {
            let hint = did_you_mean(name, opts.iter().map(|o| o.name));
            r.warn(path, Code::UnknownField, Detail::UnknownItem { index, hint }, None);
            continue;
        };
        let (ok, code) = match (opt.arg, value) {
            (Arg::None, None) => (true, Code::InvalidFormat),
            (Arg::None, Some(_)) | (_, None) => (false, Code::InvalidFormat),
            (Arg::OneOf(allowed), Some(v)) => (well_formed && allowed.contains(&v), Code::InvalidValue),
            (Arg::Grammar(f), Some(v)) => (well_formed && f(v), Code::InvalidFormat),
            (Arg::Tokens(sep, set), Some(v)) => (well_formed && tokens_in(v, sep, set), Code::InvalidFormat),
        };
        if !ok {
            r.error(
                path,
                code,
                Detail::BadItem {
                    index,
                    name: Some(opt.name),
                },
                opt.note,
            );
        }
        found.push(Item {
            index,
            name: opt.name,
            value,
            ok,
        });
    }
    found
}

/// One item of an option string as written: its name, its argument or value, and whether a
/// `name(argument` item closes its parenthesis.
fn split_item(raw: &str, style: Style) -> (&str, Option<&str>, bool) {
    match style {
        Style::Paren => match raw.split_once('(') {
            Some((n, rest)) => match rest.strip_suffix(')') {
                Some(arg) => (n, Some(arg), true),
                None => (n, Some(rest), false),
            },
            None => (raw, None, true),
        },
        Style::KeyValue => match raw.split_once('=') {
            Some((n, v)) => (n, Some(v), true),
            None => (raw, None, true),
        },
    }
}

/// The items of an option string that name a listed option, as (the listed name, the value as
/// sent), without reporting anything: what [`joined`] returns, for conditions on the items.
pub fn listed_items<'s>(
    s: &'s str,
    sep: char,
    style: Style,
    opts: &'static [Opt],
) -> impl Iterator<Item = (&'static str, Option<&'s str>)> {
    s.split(sep).filter(|raw| !raw.is_empty()).filter_map(move |raw| {
        let (name, value, _) = split_item(raw, style);
        let opt = opts.iter().find(|o| o.name.eq_ignore_ascii_case(name))?;
        Some((opt.name, value))
    })
}

/// Grammars of option arguments ([`Arg::Grammar`]) that the gateway data names
/// (`grammar = "color"` in `gateways/<id>.toml`).
pub mod grammar {
    fn digits(s: &str, min: usize, max: usize) -> bool {
        (min..=max).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    }

    /// `#RRGGBB`.
    pub fn color(s: &str) -> bool {
        s.strip_prefix('#')
            .is_some_and(|h| h.len() == 6 && h.bytes().all(|b| b.is_ascii_hexdigit()))
    }

    /// `#RRGGBB`, or a color-table name (1 to 20 ASCII letters).
    pub fn color_or_name(s: &str) -> bool {
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

    /// A two-digit card code, `-`, and a one- or two-digit number (`04-6`).
    pub fn card_dash_digits(s: &str) -> bool {
        card_then_digits(s, '-', None)
    }

    /// A two-digit card code, `-`, and installment months up to 36 (`14-36`).
    pub fn card_dash_months(s: &str) -> bool {
        card_then_digits(s, '-', Some(36))
    }

    /// A two-digit card code, `:`, and a one- or two-digit number (`04:6`).
    pub fn card_colon_digits(s: &str) -> bool {
        card_then_digits(s, ':', None)
    }

    /// `scheme://`, where the scheme starts with a letter and goes on with letters, digits and
    /// `+ . - _`.
    pub fn app_scheme_url(s: &str) -> bool {
        let Some(scheme) = s.strip_suffix("://") else {
            return false;
        };
        let mut b = scheme.bytes();
        b.next().is_some_and(|c| c.is_ascii_alphabetic())
            && b.all(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'.' | b'-' | b'_'))
    }

    /// Two ASCII digits.
    pub fn two_digits(s: &str) -> bool {
        s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit())
    }

    /// Card groups joined by `^`, each a two-digit card code, `-`, and months (one or two
    /// digits) joined by `:` (`11-2:3^34-2:3`).
    pub fn card_months_groups(s: &str) -> bool {
        s.split('^').all(|g| {
            g.split_once('-').is_some_and(|(card, months)| {
                two_digits(card)
                    && months
                        .split(':')
                        .all(|m| !m.is_empty() && m.len() <= 2 && m.bytes().all(|b| b.is_ascii_digit()))
            })
        })
    }
}

// ---------------------------------------------------------------------------------------------
// phone.detail (carriers shown in a phone-payment window)

static PHONE_DETAIL_KEYS: &[Key] = &[Key::new("carrier", Kind::Any), Key::new("enabled", Kind::Any)];

/// `phone.detail [{carrier, enabled}]`: which carriers a phone-payment window shows. `carriers`
/// lists the carrier codes the gateway takes (`"*"` = all); `phone` outside `pay_method:
/// "phone"` is warned with `not_phone`.
pub fn phone_detail(ctx: &mut V1Ctx, carriers: &'static [&'static str], not_phone: &'static Bi) {
    let Some(phone) = crate::core::fields::want_obj(ctx.req.get("phone"), "phone", ctx.r) else {
        return;
    };
    if ctx.pay_method.as_deref() != Some("phone") {
        ctx.r.warn("phone", Code::Unsupported, Detail::Note, Some(not_phone));
    }
    check_keys(phone, "phone", &[Key::new("detail", Kind::Any)], ctx.mobile, ctx.r);
    let Some(items) = crate::core::fields::want_arr(phone.get("detail"), "phone.detail", ctx.r) else {
        return;
    };
    for (i, item) in items.iter().enumerate() {
        let p = crate::core::issue::index("phone.detail", i);
        let Some(o) = crate::core::fields::want_obj(Some(item), &p, ctx.r) else {
            continue;
        };
        let cp = join(&p, "carrier");
        match o.get("carrier") {
            None => ctx.r.required(cp, None),
            v => {
                if let Some(c) = want_str(v, &cp, ctx.r) {
                    crate::core::fields::one_of(c, carriers, &cp, Severity::Error, None, ctx.r);
                }
            }
        }
        crate::core::fields::want_bool(o.get("enabled"), &join(&p, "enabled"), ctx.r);
        check_keys(o, &p, PHONE_DETAIL_KEYS, ctx.mobile, ctx.r);
    }
}

/// The `prefill` block of gateways whose phone-payment window can have its number fixed (Danal,
/// Kiwoom): only `phoneNumber` is read, the block outside a phone payment warns with `phone_only`,
/// and the number itself goes through [`V1Ctx::prefill_phone_digits`] with `normalized`.
pub fn phone_prefill(ctx: &mut V1Ctx, phone: bool, phone_only: &'static Bi, normalized: &'static Bi) {
    if let Some(prefill) = ctx.req.get("prefill").and_then(Value::as_obj) {
        if !phone {
            ctx.r.warn("prefill", Code::Unsupported, Detail::Note, Some(phone_only));
        }
        check_keys(prefill, "prefill", PREFILL_KEYS, ctx.mobile, ctx.r);
    }
    ctx.prefill_phone_digits(normalized);
}

static PREFILL_KEYS: &[Key] = &[Key::new("phoneNumber", Kind::Any)];

#[cfg(test)]
mod tests {
    use super::*;

    fn digits(s: &str) -> bool {
        !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
    }

    static PAREN: &[Opt] = &[Opt::flag("noeasypay"), Opt::new("SKIN", Arg::Grammar(digits), None)];
    static KV: &[Opt] = &[Opt::new("cp_yn", Arg::OneOf(&["Y", "N"]), None)];

    fn issues(r: &Report) -> Vec<(String, &'static str, &'static str)> {
        r.issues
            .iter()
            .map(|i| (i.path.clone(), i.code.as_str(), i.severity.as_str()))
            .collect()
    }

    fn danal(src: &str) -> Vec<(String, &'static str, &'static str)> {
        let opts = crate::core::Options {
            pg: Some("danal".into()),
            ..crate::core::Options::default()
        };
        let out = crate::core::check_request_pay(&crate::core::value::parse(src).unwrap(), &opts);
        out.issues
            .iter()
            .map(|i| (i.path.clone(), i.code.as_str(), i.severity.as_str()))
            .collect()
    }

    #[test]
    fn phone_detail_checks_each_carrier_item() {
        let got = danal(
            r#"{"channelKey":"c","pay_method":"phone","merchant_uid":"o","name":"n","amount":1,"buyer_tel":"010",
                "phone":{"detail":[{"carrier":"*","enabled":false},{"carrier":"MVNO"},{"enabled":true},"x"],"other":1}}"#,
        );
        assert_eq!(
            got,
            [
                ("phone.other".to_string(), "unknown_field", "warning"),
                ("phone.detail[1].carrier".to_string(), "invalid_value", "error"),
                ("phone.detail[2].carrier".to_string(), "required", "error"),
                ("phone.detail[3]".to_string(), "invalid_type", "error"),
            ]
        );
    }

    #[test]
    fn period_with_takes_the_gateway_keys() {
        let got = danal(
            r#"{"channelKey":"c","pay_method":"phone","merchant_uid":"o","name":"n","amount":0,"customer_uid":"u",
                "period":{"from":"20240102","to":"20240101","text":"monthly","txt":"x"}}"#,
        );
        assert_eq!(
            got,
            [
                ("period.to".to_string(), "conflict", "error"),
                ("period.txt".to_string(), "unknown_field", "warning"),
            ]
        );
    }

    #[test]
    fn paren_items_are_checked_by_name_and_argument() {
        let mut r = Report::default();
        let items = joined("NOEASYPAY:skin(12)", ':', Style::Paren, PAREN, "a", &mut r);
        assert!(r.issues.is_empty(), "{:?}", r.issues);
        assert_eq!(items.len(), 2);
        assert_eq!(items[1].name, "SKIN");
        assert_eq!(items[1].value, Some("12"));

        let mut r = Report::default();
        joined(
            "noeasypay(1):SKIN(x):SKIN(1:noeasypy::SKIN",
            ':',
            Style::Paren,
            PAREN,
            "a",
            &mut r,
        );
        let got: Vec<_> = r.issues.iter().map(|i| i.detail.clone()).collect();
        assert_eq!(
            got,
            [
                Detail::BadItem {
                    index: 1,
                    name: Some("noeasypay")
                },
                Detail::BadItem {
                    index: 2,
                    name: Some("SKIN")
                },
                Detail::BadItem {
                    index: 3,
                    name: Some("SKIN")
                },
                Detail::UnknownItem {
                    index: 4,
                    hint: Some("noeasypay")
                },
                Detail::BadItem { index: 5, name: None },
                Detail::BadItem {
                    index: 6,
                    name: Some("SKIN")
                },
            ]
        );
        assert_eq!(r.issues[3].severity, Severity::Warning);
        assert_eq!(r.issues[4].severity, Severity::Warning);
    }

    #[test]
    fn option_grammars() {
        use super::grammar::*;
        for ok in ["#c1272c", "#ABCDEF", "BLUE", "original"] {
            assert!(color_or_name(ok), "{ok}");
        }
        for bad in ["#c1272", "#gggggg", "", "BLUE1", "#c1272c;"] {
            assert!(!color_or_name(bad), "{bad}");
        }
        assert!(color("#c1272c") && !color("BLUE"));
        assert!(card_dash_digits("04-6"));
        assert!(!card_dash_digits("4-6"));
        assert!(!card_dash_digits("04:6"));
        assert!(card_dash_months("14-36"));
        assert!(!card_dash_months("14-37"));
        assert!(card_colon_digits("04:6"));
        assert!(app_scheme_url("your_app_scheme://"));
        assert!(app_scheme_url("my.app+x://"));
        assert!(!app_scheme_url("myapp"));
        assert!(!app_scheme_url("1app://"));
        assert!(!app_scheme_url("://"));
        assert!(!app_scheme_url("my app://"));
        assert!(card_months_groups("11-2:3^34-2:3") && !card_months_groups("11-2:^34-2"));
        assert!(two_digits("07") && !two_digits("7"));
    }

    #[test]
    fn tokens_and_listed_items() {
        assert!(tokens_in("a:b", Some(':'), &["a", "b"]) && !tokens_in("a:c", Some(':'), &["a", "b"]));
        assert!(tokens_in("a", None, &["a"]) && !tokens_in("a:a", None, &["a"]));
        let items: Vec<_> = listed_items("CP_YN=Y&&x=1&cp_yn", '&', Style::KeyValue, KV).collect();
        assert_eq!(items, [("cp_yn", Some("Y")), ("cp_yn", None)]);
    }

    #[test]
    fn key_value_items_take_listed_values_only() {
        let mut r = Report::default();
        joined("cp_yn=Y&cp_yn=y&cp_yn&other=1", '&', Style::KeyValue, KV, "b", &mut r);
        assert_eq!(
            issues(&r),
            [
                ("b".into(), "invalid_value", "error"),
                ("b".into(), "invalid_format", "error"),
                ("b".into(), "unknown_field", "warning"),
            ]
        );
    }
}
