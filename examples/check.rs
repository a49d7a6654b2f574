//! Checks a JSON request given on stdin and prints the result
//! (`cargo run --example check -- en kcp`; a third argument picks a v2 call:
//! `cargo run --example check -- en kpn payment`, `issueBillingKey`, `issueBillingKeyAndPay`).
use portone_guard::core::value::parse;
use portone_guard::core::{check_request_pay_json, v2, Options};
use portone_guard::i18n::Locale;
use std::io::Read;

fn main() {
    let mut args = std::env::args().skip(1);
    let locale = Locale::from_tag(&args.next().unwrap_or_default());
    let opts = Options {
        locale,
        pg: args.next().filter(|p| !p.is_empty()),
        ..Options::default()
    };
    let api = args.next().and_then(|a| v2::Api::from_name(&a));
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text).expect("stdin");
    let out = match (api, parse(&text)) {
        (Some(api), Ok(v)) => v2::check(api, &v, &opts),
        _ => check_request_pay_json(&text, &opts),
    };
    println!("{}", out.to_json(locale));
}
