//! The gateways a check can name: a list (compiled from the data files, or, later, registered
//! packs) and the lookups by `pg` code, alias and bypass key. The core takes it from the
//! options it is given (`Options::gateways`) and never names the gateways' module.

use super::model::Gateway;

/// A list of gateways and the lookups over it.
#[derive(Clone, Copy, Debug)]
pub struct Registry(pub &'static [&'static Gateway]);

impl Registry {
    /// No gateways (only the common rules apply).
    pub const EMPTY: Registry = Registry(&[]);

    /// Every gateway, in display order.
    pub fn all(self) -> &'static [&'static Gateway] {
        self.0
    }

    /// The gateway whose v1 `pg` provider code is `code` (exact, lowercase).
    pub fn by_v1_code(self, code: &str) -> Option<&'static Gateway> {
        self.0
            .iter()
            .copied()
            .find(|g| g.v1.as_ref().is_some_and(|v| v.codes.contains(&code)))
    }

    /// The gateway known by `name` (any alias or v1 code, case-insensitive).
    pub fn by_alias(self, name: &str) -> Option<&'static Gateway> {
        let lower = name.to_ascii_lowercase();
        self.0.iter().copied().find(|g| {
            g.id == lower
                || g.aliases.contains(&lower.as_str())
                || g.v1.as_ref().is_some_and(|v| v.codes.contains(&lower.as_str()))
        })
    }

    /// Every v1 provider code, for did-you-mean (with the codes PortOne lists that have no rules).
    pub fn all_v1_codes(self) -> impl Iterator<Item = &'static str> {
        self.0
            .iter()
            .filter_map(|g| g.v1.as_ref())
            .flat_map(|v| v.codes.iter().copied())
            .chain(crate::core::v1::OTHER_V1_CODES.iter().copied())
    }

    /// The gateway whose v2 bypass key is `key` (`kpn`, `inicis_v2`).
    pub fn by_bypass_key(self, key: &str) -> Option<&'static Gateway> {
        self.0
            .iter()
            .copied()
            .find(|g| g.v2.as_ref().and_then(|v| v.bypass_key) == Some(key))
    }

    /// Every alias of a gateway with v2 rules, for did-you-mean.
    pub fn all_v2_aliases(self) -> impl Iterator<Item = &'static str> {
        self.0
            .iter()
            .filter(|g| g.v2.is_some())
            .flat_map(|g| g.aliases.iter().copied())
    }
}
