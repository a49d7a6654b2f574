//! Issue #5 item 4: `gateways()` lists each gateway's v1 `bypass` keys, and that list is the
//! truth the v1 checks use: every listed key, sent with a wrong type, gets an issue at exactly its
//! path from `check_request_pay` with that gateway.

use portone_guard::core::fields::Kind;
use portone_guard::core::gateway_info::{gateways_value, v1_bypass_keys};
use portone_guard::core::issue::{Code, Detail, Issue};
use portone_guard::core::value::Value;
use portone_guard::core::{check_request_pay, Options};
use portone_guard::pg::{Gateway, GATEWAYS};

fn listed(id: &str) -> Vec<(String, Option<String>)> {
    let Value::Arr(all) = gateways_value() else { panic!() };
    let g = all
        .iter()
        .filter_map(Value::as_obj)
        .find(|g| g.get("id").and_then(Value::as_str) == Some(id))
        .unwrap();
    let v1 = g.get("v1").and_then(Value::as_obj).unwrap();
    let Some(Value::Arr(keys)) = v1.get("bypassKeys") else {
        panic!("{id}")
    };
    keys.iter()
        .filter_map(Value::as_obj)
        .map(|k| {
            (
                k.get("path").and_then(Value::as_str).unwrap().to_string(),
                k.get("only").and_then(Value::as_str).map(str::to_string),
            )
        })
        .collect()
}

#[test]
fn gateway_info_lists_the_v1_bypass_keys() {
    let kcp = listed("kcp");
    assert!(kcp.contains(&("bypass.shop_user_id".into(), None)), "{kcp:?}");
    assert!(kcp.contains(&("bypass.site_logo".into(), Some("pc".into()))), "{kcp:?}");
    let daou = listed("daou");
    assert!(daou.iter().any(|(p, _)| p == "bypass.daou.CARDQUOTA"), "{daou:?}");
    let kakao = listed("kakaopay");
    assert!(
        kakao.iter().any(|(p, _)| p == "bypass.kakaopay.payment_method_type"),
        "{kakao:?}"
    );
    // An object key with a block of its own is listed through that block, not as itself.
    assert!(!kakao.iter().any(|(p, _)| p == "bypass.kakaopay"), "{kakao:?}");
    let inicis = listed("inicis");
    assert!(inicis.contains(&("bypass.P_RESERVED".into(), Some("mobile".into()))));
    assert!(inicis.iter().any(|(p, _)| p == "bypass.inicis.authtype"));
    let eximbay = listed("eximbay");
    assert!(
        eximbay.iter().any(|(p, _)| p.starts_with("bypass.eximbay.")),
        "{eximbay:?}"
    );
    // Nested tables are flattened.
    assert!(listed("mobilians")
        .iter()
        .any(|(p, _)| p == "bypass.mobilians_v2.pay_options.cn_pay_app_use_yn"));
    // The gateways whose v1 guide has no bypass parameters; a gateway that starts reading
    // `bypass` must list its keys (and leave this list).
    let none: Vec<&str> = GATEWAYS
        .iter()
        .filter(|g| g.v1.as_ref().is_some_and(|v| v.bypass.is_empty()))
        .map(|g| g.id)
        .collect();
    assert_eq!(none, ["naverpay", "galaxia", "payco", "bluewalnut", "smilepay"]);
}

/// A value of the wrong type for `kind`, or `None` when every value is accepted.
fn wrong(kind: &Kind) -> Option<&'static str> {
    match kind {
        Kind::Any => None,
        Kind::Bool => Some("7"),
        _ => Some("true"),
    }
}

/// Puts `leaf` at dotted `path` (`bypass.daou.CARDQUOTA`) as JSON text.
fn nested(path: &str, leaf: &str) -> String {
    path.split('.')
        .rev()
        .fold(leaf.to_string(), |inner, k| format!("{{\"{k}\":{inner}}}"))
}

/// Whether some request to `g` (any of its codes, PC / mobile / unknown, with or without
/// `customer_uid`, each pay method) with `leaf` at `path` gets an issue that `hit` accepts.
fn some_request_flags(g: &Gateway, path: &str, leaf: &str, hit: impl Fn(&Issue) -> bool) -> bool {
    let v1 = g.v1.as_ref().unwrap();
    assert!(!path.contains('['), "{path}");
    let bypass = nested(path, leaf);
    // `{"bypass":{…}}` → the object inside.
    let bypass = &bypass["{\"bypass\":".len()..bypass.len() - 1];
    let mut methods: Vec<Option<&str>> = vec![None];
    methods.extend(v1.pay_methods.iter().copied().map(Some));
    for code in v1.codes {
        for uid in [false, true] {
            for mobile in [Some(false), Some(true), None] {
                for pm in &methods {
                    let mut text = format!(
                        r#"{{"pg":"{code}","merchant_uid":"order_1","name":"item","amount":1000,
                        "buyer_name":"Hong","buyer_email":"a@b.co","buyer_tel":"010-1234-5678",
                        "m_redirect_url":"https://example.com/r","customer_id":"c1","bypass":{bypass}"#
                    );
                    if let Some(pm) = pm {
                        text.push_str(r#","pay_method":""#);
                        text.push_str(pm);
                        text.push('"');
                    }
                    if uid {
                        text.push_str(r#","customer_uid":"uid_1""#);
                    }
                    text.push('}');
                    let req = portone_guard::core::value::parse(&text).unwrap();
                    let opts = Options {
                        is_mobile: mobile,
                        ..Options::default()
                    };
                    if check_request_pay(&req, &opts).issues.iter().any(&hit) {
                        return true;
                    }
                }
            }
        }
    }
    false
}

#[test]
fn every_listed_v1_bypass_key_is_checked_at_its_path() {
    let mut checked = 0;
    for g in GATEWAYS {
        for k in v1_bypass_keys(g) {
            let Some(bad) = wrong(&k.key.kind) else { continue };
            let found = some_request_flags(g, &k.path, bad, |i| {
                i.path == k.path && matches!(i.code, Code::InvalidType | Code::InvalidValue | Code::InvalidFormat)
            });
            assert!(found, "{}: {} ({}) is listed but never checked", g.id, k.path, k.when);
            checked += 1;
        }
    }
    assert!(checked > 50, "{checked}");
}

#[test]
fn listed_option_strings_are_parsed_with_their_options() {
    let inicis = GATEWAYS.iter().find(|g| g.id == "inicis").unwrap();
    let keys = v1_bypass_keys(inicis);
    let accept = keys.iter().find(|k| k.path == "bypass.acceptmethod").unwrap();
    assert!(accept.options.iter().any(|o| o.name == "cd_ps"));
    let reserved = keys.iter().find(|k| k.path == "bypass.P_RESERVED").unwrap();
    assert!(reserved.options.iter().any(|o| o.name == "twotrs_bank"));
    let mut checked = 0;
    for g in GATEWAYS {
        for k in v1_bypass_keys(g).iter().filter(|k| !k.options.is_empty()) {
            // An option no table has, as a string and as a one-item list (welcome's lists).
            let found = ["\"zz_no_such_option\"", "[\"zz_no_such_option\"]"].iter().any(|leaf| {
                some_request_flags(g, &k.path, leaf, |i| {
                    i.path.starts_with(k.path.as_str()) && matches!(i.detail, Detail::UnknownItem { .. })
                })
            });
            assert!(found, "{}: {} options are listed but never parsed", g.id, k.path);
            checked += 1;
        }
    }
    assert_eq!(checked, 5);
}
