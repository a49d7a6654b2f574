//! Checks a JSON request given on stdin and prints the result (`cargo run --example check -- en kcp`).
use portone_guard::core::{check_request_pay_json, Options};
use portone_guard::i18n::Locale;
use std::io::Read;

fn main() {
    let mut args = std::env::args().skip(1);
    let locale = Locale::from_tag(&args.next().unwrap_or_default());
    let opts = Options {
        locale,
        pg: args.next(),
        ..Options::default()
    };
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text).expect("stdin");
    println!("{}", check_request_pay_json(&text, &opts).to_json(locale));
}
