//! Runs one typical KCP check many times (read, check, answer as the wasm face does), for
//! profiling with callgrind
//! (`valgrind --tool=callgrind target/release/examples/profile_check [count] [escrow]`); with
//! `escrow` the request carries 10 `kcpProducts` (`typical` for none), with `kpn` it is the
//! benchmark's typical KPN `checkPayment` request instead, with `daou` its daou request (a
//! CARDQUOTA of 10 groups); a third argument `nopg` leaves
//! `options.pg` out. `keys` and `items` put a `custom_data` of 10,000 keys (the key budget) or of
//! 10,000 items into the typical request: an object's cost per entry against an array's.
use portone_guard::core::v2::{check_owned, Api};
use portone_guard::core::value::parse;
use portone_guard::core::{check_request_pay_owned, Options};
use portone_guard::i18n::Locale;

fn main() {
    let kpn = std::env::args().nth(2).as_deref() == Some("kpn");
    let mut text = String::from(
        r#"{"channelKey":"channel-key-kcp","pay_method":"card","merchant_uid":"order_no_0001","name":"주문명:결제테스트","amount":1004,"buyer_email":"test@portone.io","buyer_name":"구매자이름","buyer_tel":"010-1234-5678","buyer_addr":"서울특별시 강남구 삼성동","buyer_postcode":"123-456","m_redirect_url":"https://shop.example/pay/done""#,
    );
    if std::env::args().nth(2).as_deref() == Some("escrow") {
        text.push_str(r#","escrow":true,"kcpProducts":["#);
        for i in 0..10 {
            if i > 0 {
                text.push(',');
            }
            text.push_str(r#"{"orderNumber":"o1","name":"상품1","quantity":2,"amount":3000}"#);
        }
        text.push(']');
    }
    match std::env::args().nth(2).as_deref() {
        Some("keys") => {
            let entries: Vec<String> = (0..10_000).map(|i| format!(r#""k{i}":{i}"#)).collect();
            text.push_str(&[r#","custom_data":{"#, &entries.join(","), "}"].concat());
        }
        Some("items") => {
            let items: Vec<String> = (0..10_000).map(|i| i.to_string()).collect();
            text.push_str(&[r#","custom_data":["#, &items.join(","), "]"].concat());
        }
        _ => {}
    }
    text.push('}');
    if std::env::args().nth(2).as_deref() == Some("daou") {
        // the benchmark's daou request: a CARDQUOTA of 10 groups of six months each
        let quota = portone_guard::core::cardquota::COMPANIES[..10]
            .iter()
            .map(|c| format!("{}-0:2:3:4:5:6", c.code))
            .collect::<Vec<_>>()
            .join("^");
        text = format!(
            r#"{{"channelKey":"channel-key-daou","pay_method":"card","merchant_uid":"order_daou_1","name":"롱패딩","amount":50000,"digital":false,"bypass":{{"daou":{{"PRODUCTCODE":"portone","CARDQUOTA":"{quota}"}}}}}}"#
        );
    }
    if kpn {
        text = r#"{"storeId":"store-4ff4af41-85e3-4559-8eb8-0d08a2c6ceec","channelKey":"channel-key-9987cb87-6458-4888-b94e-68d9a2da896d","paymentId":"payment8f3k2l9x","orderName":"나이키 와플 트레이너 2 SD","totalAmount":1000,"currency":"CURRENCY_KRW","payMethod":"CARD"}"#.into();
    }
    // `nopg` as the third argument: no `options.pg`, so the KCP rules do not run
    let pg = std::env::args().nth(3).as_deref() != Some("nopg");
    let opts = Options {
        pg: pg.then(|| match std::env::args().nth(2).as_deref() {
            Some("kpn") => "kpn".into(),
            Some("daou") => "daou".into(),
            _ => "kcp".into(),
        }),
        is_mobile: Some(false),
        ..Options::default()
    };
    let n: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(10_000);
    let mut total = 0;
    for _ in 0..n {
        let v = parse(&text).expect("json");
        let out = if kpn {
            check_owned(Api::Payment, v, &opts)
        } else {
            check_request_pay_owned(v, &opts)
        };
        // what the wasm face does with the result: edits against the text read (the copy's
        // answer), or the whole JSON when the value differs at its root or the check failed
        total += match out.value.as_ref().and_then(|v| v.edits_from(&text)) {
            Some(edits) => edits.len(),
            None => out.to_json(Locale::Ko).len(),
        };
    }
    println!("{total}");
}
