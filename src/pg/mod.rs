//! The compiled gateways: one `gateways/<id>.toml` each, compiled by `build.rs` into [`data`], in
//! display order in [`GATEWAYS`], and the [`REGISTRY`] that `core::Options::default()` carries
//! (the core and the engine reach the gateways only through it). Adding a gateway = its data
//! file, one line in [`GATEWAYS`] at its `order`, and its fixtures under `tests/fixtures/`.

pub mod data;

pub use crate::engine::model::*;
pub use crate::engine::registry::Registry;

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
    &data::INICIS_UNIFIED,
];

/// The compiled gateways as the engine looks them up; `Options::default()` carries it.
pub static REGISTRY: Registry = Registry(GATEWAYS);

/// The compiled gateway whose v1 `pg` provider code is `code` (exact, lowercase).
pub fn by_v1_code(code: &str) -> Option<&'static Gateway> {
    REGISTRY.by_v1_code(code)
}

/// The compiled gateway known by `name` (any alias or v1 code, case-insensitive).
pub fn by_alias(name: &str) -> Option<&'static Gateway> {
    REGISTRY.by_alias(name)
}

impl Default for crate::core::Options {
    /// The defaults, with every compiled gateway: the engine and the core take the gateways from
    /// the options they are given, so that they never name this module.
    fn default() -> Self {
        crate::core::Options {
            locale: Default::default(),
            pg: None,
            channels: Vec::new(),
            is_mobile: None,
            imp_code: None,
            gateways: REGISTRY,
        }
    }
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
        assert_eq!(REGISTRY.by_v1_code("kcp_billing").unwrap().id, "kcp");
        assert_eq!(REGISTRY.by_alias("KCP_V2").unwrap().id, "kcp");
        assert!(REGISTRY.by_v1_code("KCP").is_none());
        assert_eq!(REGISTRY.by_v1_code("inicis").unwrap().id, "inicis");
        assert_eq!(REGISTRY.by_alias("inicis_v2").unwrap().id, "inicis");
        assert_eq!(REGISTRY.by_v1_code("kakaopay").unwrap().id, "kakaopay");
        for name in ["kicc", "KICC_V2", "easypay"] {
            assert_eq!(REGISTRY.by_alias(name).unwrap().id, "kicc", "{name}");
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
