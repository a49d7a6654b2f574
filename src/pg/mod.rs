//! The gateways the module knows, one file each. A file holds one `pub static GATEWAY` — the
//! gateway's names, aliases, guide, and its rules as data plus a small `check` function for the
//! rules that data cannot say. Adding a gateway = adding its file, one line in [`GATEWAYS`], and
//! its fixtures under `tests/fixtures/`.

pub mod daou;
pub mod inicis;
pub mod kakaopay;
pub mod kcp;

use crate::core::issue::Bi;
use crate::core::text::DateFmt;
use crate::core::v1::V1Ctx;

/// One payment gateway.
#[derive(Debug)]
pub struct Gateway {
    /// Stable id (`kcp`).
    pub id: &'static str,
    /// Display name in Korean and English.
    pub name: Bi,
    /// Every name a merchant may know it by (v1 pg codes, v2 bypass keys), lowercase.
    pub aliases: &'static [&'static str],
    /// The v1 (`IMP.request_pay`) rules, when PortOne has a v1 guide for it.
    pub v1: Option<V1Rules>,
    /// The v2 (`PortOne.requestPayment`) rules, when PortOne has a v2 guide for it.
    pub v2: Option<V2Rules>,
}

/// A gateway's `PortOne.requestPayment` / `requestIssueBillingKey` rules.
#[derive(Debug)]
pub struct V2Rules {
    /// The guide the rules come from (path in `portone-io/developers.portone.io`).
    pub guide: &'static str,
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
    /// Layouts accepted for `vbank_due`; empty when the gateway has no virtual accounts (the key
    /// is then an `unsupported` warning).
    pub vbank_due: &'static [DateFmt],
    /// Accepted `language` values; empty when the guide has no language setting (the key is then
    /// an `unsupported` warning).
    pub languages: &'static [&'static str],
    /// The gateway's own rules.
    pub check: fn(&mut V1Ctx),
}

/// Every gateway, in display order.
pub static GATEWAYS: &[&Gateway] = &[&kcp::GATEWAY, &inicis::GATEWAY, &kakaopay::GATEWAY, &daou::GATEWAY];

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
    fn lookups() {
        assert_eq!(by_v1_code("kcp_billing").unwrap().id, "kcp");
        assert_eq!(by_alias("KCP_V2").unwrap().id, "kcp");
        assert!(by_v1_code("KCP").is_none());
        assert_eq!(by_v1_code("inicis").unwrap().id, "inicis");
        assert_eq!(by_alias("inicis_v2").unwrap().id, "inicis");
        assert_eq!(by_v1_code("kakaopay").unwrap().id, "kakaopay");
    }
}
