//! What the module knows about each gateway, as data for callers: built from the gateways
//! `Options::default()` carries (so a new gateway data file appears here by itself) and rendered as the JSON that `gateways()` returns
//! and `examples/gateways.rs` prints as the package README's supported-PG tables.

use crate::core::codes::{BANKS, BANK_FAMILIES, CARDS};
use crate::core::fields::{Key, Kind};
use crate::core::issue::join;
use crate::core::v1_options::Opt;
use crate::core::value::Value;
use crate::core::Options;
use crate::engine::model::{BypassBlock, Gateway};

fn strs(list: &[&str]) -> Value {
    Value::Arr(list.iter().map(|s| Value::str(s)).collect())
}

fn opt_strs(list: Option<&[&str]>) -> Value {
    list.map_or(Value::Null, strs)
}

fn obj(entries: Vec<(&str, Value)>) -> Value {
    Value::Obj(entries.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
}

/// Whether a v2 method list says the window exists: `Some([])` no, `Some([..])` yes, `None`
/// unknown (the guide says nothing).
fn supported(list: Option<&[&str]>) -> Value {
    list.map_or(Value::Null, |l| Value::Bool(!l.is_empty()))
}

/// The guide paths a gateway's rules came from (the v1 guide, the v2 guide, then the further
/// pages in `more_guides`; without repeats).
pub fn guides(g: &Gateway) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for p in [
        g.v1.as_ref().map(|v| v.guide),
        g.v2.as_ref().map(|v| v.guide),
        g.certification.as_ref().map(|v| v.guide),
        g.identity_verification.as_ref().map(|v| v.guide),
    ]
    .into_iter()
    .flatten()
    .chain(g.more_guides.iter().copied())
    {
        if !p.is_empty() && !out.contains(&p) {
            out.push(p);
        }
    }
    out
}

/// The v1 provider codes of `g` that open a billing-key window (`kcp_billing`).
pub fn v1_billing_codes(g: &Gateway) -> Vec<&'static str> {
    g.v1.as_ref()
        .map(|v| v.codes.iter().copied().filter(|c| c.contains("billing")).collect())
        .unwrap_or_default()
}

/// One v1 `bypass` key a gateway reads, flattened to its dotted path.
#[derive(Debug)]
pub struct V1BypassKey {
    /// Dotted path (`bypass.shop_user_id`, `bypass.daou.CARDQUOTA`).
    pub path: String,
    /// The key as the check reads it (kind, PC-only / mobile-only).
    pub key: &'static Key,
    /// When the gateway reads it ([`BypassBlock::when`]); empty when always.
    pub when: &'static str,
    /// The options its string joins ([`BypassBlock::options`]); empty for plain values.
    pub options: &'static [Opt],
}

/// The v1 `bypass` keys of `g`, leaves first-level and nested (`Kind::Fields` tables are
/// listed key by key; an object key that has a block of its own is listed through that block).
pub fn v1_bypass_keys(g: &Gateway) -> Vec<V1BypassKey> {
    fn walk(path: &str, keys: &'static [Key], block: &BypassBlock, blocks: &[BypassBlock], out: &mut Vec<V1BypassKey>) {
        for key in keys {
            let p = join(path, key.name);
            if blocks.iter().any(|b| b.path == p) {
                continue;
            }
            match key.kind {
                Kind::Fields(sub) => walk(&p, sub, block, blocks, out),
                _ => out.push(V1BypassKey {
                    path: p,
                    key,
                    when: block.when,
                    options: block
                        .options
                        .iter()
                        .find(|(name, _)| path == block.path && *name == key.name)
                        .map_or(&[], |(_, o)| o),
                }),
            }
        }
    }
    let mut out = Vec::new();
    if let Some(v) = &g.v1 {
        for b in v.bypass {
            walk(b.path, b.keys, b, v.bypass, &mut out);
        }
    }
    out
}

fn v1_bypass_value(g: &Gateway) -> Value {
    Value::Arr(
        v1_bypass_keys(g)
            .into_iter()
            .map(|k| {
                let only = if k.key.pc_only {
                    Value::str("pc")
                } else if k.key.mobile_only {
                    Value::str("mobile")
                } else {
                    Value::Null
                };
                obj(vec![
                    ("path", Value::Str(k.path)),
                    ("only", only),
                    (
                        "when",
                        if k.when.is_empty() {
                            Value::Null
                        } else {
                            Value::str(k.when)
                        },
                    ),
                ])
            })
            .collect(),
    )
}

/// A gateway's identity-verification window (`IMP.certification` or
/// `requestIdentityVerification`) as `{ guide, pgCodes, extraKeys, bypassKey, bypass, rules }`
/// (`null` when it offers none; `pgCodes` empty: no browser window, see its rules).
fn identity_value(rules: Option<&crate::engine::model::IdentityRules>) -> Value {
    rules.map_or(Value::Null, |v| {
        obj(vec![
            ("guide", Value::str(v.guide)),
            ("pgCodes", strs(v.codes)),
            ("extraKeys", strs(v.extra_keys)),
            ("bypassKey", v.bypass_key.map_or(Value::Null, Value::str)),
            (
                "bypass",
                v.bypass.map_or(Value::Null, |keys| {
                    Value::Arr(keys.iter().map(|k| Value::str(k.name)).collect())
                }),
            ),
            ("rules", Value::int(v.rules.len() as i64)),
        ])
    })
}

/// One gateway as a [`Value`] (the `GatewayInfo` object of the JavaScript API).
pub fn gateway_value(g: &Gateway) -> Value {
    let mut versions = Vec::new();
    if g.v1.is_some() {
        versions.push("v1");
    }
    if g.v2.is_some() {
        versions.push("v2");
    }
    let v1 = g.v1.as_ref().map_or(Value::Null, |v| {
        let billing = v1_billing_codes(g);
        obj(vec![
            ("pgCodes", strs(v.codes)),
            ("payMethods", strs(v.pay_methods)),
            ("billingCodes", strs(&billing)),
            ("escrow", Value::Bool(v.escrow)),
            ("cardQuota", Value::Bool(v.card_quota)),
            ("cardDirect", Value::Bool(v.card_direct)),
            ("languages", strs(v.languages)),
            ("extraKeys", strs(v.extra_keys)),
            ("bypassKeys", v1_bypass_value(g)),
            ("guide", Value::str(v.guide)),
        ])
    });
    let v2 = g.v2.as_ref().map_or(Value::Null, |v| {
        let bypass = |t: Option<&[crate::core::fields::Key]>| {
            t.map_or(Value::Null, |keys| {
                Value::Arr(keys.iter().map(|k| Value::str(k.name)).collect())
            })
        };
        obj(vec![
            ("bypassKey", v.bypass_key.map_or(Value::Null, Value::str)),
            (
                "bypass",
                obj(vec![
                    ("payment", bypass(v.bypass.payment)),
                    ("issueBillingKey", bypass(v.bypass.billing)),
                    ("issueBillingKeyAndPay", bypass(v.bypass.billing_and_pay)),
                    ("loadPaymentUI", bypass(v.bypass.load_payment_ui)),
                    ("loadIssueBillingKeyUI", bypass(v.bypass.load_issue_billing_key_ui)),
                ]),
            ),
            ("payMethods", opt_strs(v.pay_methods)),
            ("easyPayProviders", opt_strs(v.easy_pay_providers)),
            ("billingKeyMethods", opt_strs(v.billing_key_methods)),
            ("billingKeyAndPayMethods", opt_strs(v.billing_key_and_pay_methods)),
            ("billingKey", supported(v.billing_key_methods)),
            ("billingKeyAndPay", supported(v.billing_key_and_pay_methods)),
            ("currencies", opt_strs(v.currencies)),
            ("locales", opt_strs(v.locales)),
            ("installmentMonthList", Value::Bool(v.month_list)),
            ("guide", Value::str(v.guide)),
        ])
    });
    obj(vec![
        ("id", Value::str(g.id)),
        (
            "name",
            obj(vec![("ko", Value::str(g.name.ko())), ("en", Value::str(g.name.en()))]),
        ),
        ("aliases", strs(g.aliases)),
        ("versions", strs(&versions)),
        ("v1", v1),
        ("v2", v2),
        ("certification", identity_value(g.certification.as_ref())),
        ("identityVerification", identity_value(g.identity_verification.as_ref())),
        ("guides", strs(&guides(g))),
    ])
}

/// Every gateway, in display order (`gateways()`).
pub fn gateways_value() -> Value {
    Value::Arr(
        Options::default()
            .gateways
            .all()
            .iter()
            .map(|g| gateway_value(g))
            .collect(),
    )
}

/// [`gateways_value`] as JSON text.
pub fn gateways_json() -> String {
    gateways_value().to_json()
}

/// The 금융결제원 card-company codes as `[{ code, ko, en }]` (`cardCompanies()`).
pub fn cards_json() -> String {
    Value::Arr(
        CARDS
            .iter()
            .map(|c| {
                obj(vec![
                    ("code", Value::str(c.code)),
                    ("ko", Value::str(c.ko)),
                    ("en", Value::str(c.en)),
                ])
            })
            .collect(),
    )
    .to_json()
}

/// The bank codes per PG family as `[{ ko, en, codes: { kcp, inicis, … } }]` (`bankCodes()`).
pub fn banks_json() -> String {
    Value::Arr(
        BANKS
            .iter()
            .map(|b| {
                let codes = BANK_FAMILIES
                    .iter()
                    .zip(b.codes)
                    .map(|(f, c)| (*f, c.map_or(Value::Null, Value::str)))
                    .collect();
                obj(vec![
                    ("ko", Value::str(b.ko)),
                    ("en", Value::str(b.en)),
                    ("codes", obj(codes)),
                ])
            })
            .collect(),
    )
    .to_json()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::value::Map;

    fn find<'a>(all: &'a Value, id: &str) -> &'a Map {
        let Value::Arr(list) = all else { panic!() };
        list.iter()
            .filter_map(Value::as_obj)
            .find(|m| m.get("id").and_then(Value::as_str) == Some(id))
            .unwrap()
    }

    #[test]
    fn one_entry_per_gateway_in_order() {
        let Value::Arr(list) = gateways_value() else { panic!() };
        let all = Options::default().gateways.all();
        assert_eq!(list.len(), all.len());
        for (v, g) in list.iter().zip(all) {
            assert_eq!(v.as_obj().unwrap().get("id").and_then(Value::as_str), Some(g.id));
        }
    }

    #[test]
    fn kcp_has_both_versions_and_its_facts() {
        let all = gateways_value();
        let kcp = find(&all, "kcp");
        assert_eq!(kcp.get("versions"), Some(&strs(&["v1", "v2"])));
        let v1 = kcp.get("v1").unwrap().as_obj().unwrap();
        assert_eq!(v1.get("pgCodes"), Some(&strs(&["kcp", "kcp_billing"])));
        assert_eq!(v1.get("billingCodes"), Some(&strs(&["kcp_billing"])));
        assert_eq!(v1.get("escrow"), Some(&Value::Bool(true)));
        assert_eq!(v1.get("cardDirect"), Some(&Value::Bool(true)));
        let v2 = kcp.get("v2").unwrap().as_obj().unwrap();
        assert_eq!(v2.get("bypassKey").and_then(Value::as_str), Some("kcp_v2"));
        let Some(Value::Arr(guides)) = kcp.get("guides") else {
            panic!()
        };
        // the v1 and v2 payment guides, then the v1 and v2 identity-verification guides
        assert_eq!(guides.len(), 4);
        let idv = kcp.get("identityVerification").unwrap().as_obj().unwrap();
        assert_eq!(idv.get("bypassKey").and_then(Value::as_str), Some("kcpV2"));
        let cert = kcp.get("certification").unwrap().as_obj().unwrap();
        assert_eq!(cert.get("pgCodes"), Some(&strs(&[])));
    }

    #[test]
    fn paypal_lists_its_button_bypass_keys_per_call() {
        let all = gateways_value();
        let v2 = find(&all, "paypal").get("v2").unwrap().as_obj().unwrap();
        let b = v2.get("bypass").unwrap().as_obj().unwrap();
        let Some(Value::Arr(spb)) = b.get("loadPaymentUI") else {
            panic!()
        };
        assert!(spb.contains(&Value::str("enable-funding")));
        let Some(Value::Arr(rt)) = b.get("loadIssueBillingKeyUI") else {
            panic!()
        };
        assert!(rt.contains(&Value::str("shipping_address")));
        let kpn = find(&all, "kpn").get("v2").unwrap().as_obj().unwrap();
        let kb = kpn.get("bypass").unwrap().as_obj().unwrap();
        assert_eq!(kb.get("loadPaymentUI"), Some(&Value::Null));
    }

    #[test]
    fn v2_only_gateway_has_null_v1_and_json_parses() {
        let all = gateways_value();
        let kpn = find(&all, "kpn");
        assert_eq!(kpn.get("v1"), Some(&Value::Null));
        assert_eq!(kpn.get("versions"), Some(&strs(&["v2"])));
        let text = gateways_json();
        assert_eq!(crate::core::value::parse(&text).unwrap(), all);
    }

    #[test]
    fn code_tables() {
        let Value::Arr(cards) = crate::core::value::parse(&cards_json()).unwrap() else {
            panic!()
        };
        assert_eq!(cards.len(), CARDS.len());
        assert_eq!(
            cards[0].as_obj().unwrap().get("code").and_then(Value::as_str),
            Some("361")
        );
        let Value::Arr(banks) = crate::core::value::parse(&banks_json()).unwrap() else {
            panic!()
        };
        let kb = banks[0].as_obj().unwrap().get("codes").unwrap().as_obj().unwrap();
        assert_eq!(kb.get("kcp").and_then(Value::as_str), Some("BK04"));
        assert_eq!(kb.get("standard").and_then(Value::as_str), Some("004"));
        let sc = banks[1].as_obj().unwrap().get("codes").unwrap().as_obj().unwrap();
        assert_eq!(sc.get("welcome"), Some(&Value::Null));
    }
}
