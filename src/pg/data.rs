//! The gateways whose rules are data: one `gateways/<id>.toml` each, compiled by `build.rs` into
//! the `Gateway` statics below (its rules run in [`crate::engine`]).

include!(concat!(env!("OUT_DIR"), "/gateways.rs"));
