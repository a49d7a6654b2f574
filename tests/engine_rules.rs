//! The engine's checks through real data gateways, beyond what the fixtures pin: a rule fires
//! exactly when its conditions hold (call, method, environment, presence) and reports at its path
//! with the data's severity and code. Each case names the data rule it exercises.

use portone_guard::core::issue::Issue;
use portone_guard::core::v2::{self, Api};
use portone_guard::core::value::parse;
use portone_guard::core::{check_request_pay, Options};

fn opts(pg: &str, mobile: Option<bool>) -> Options {
    Options {
        pg: Some(pg.to_string()),
        is_mobile: mobile,
        ..Options::default()
    }
}

fn has(issues: &[Issue], path: &str, code: &str, severity: &str) -> bool {
    issues
        .iter()
        .any(|i| i.path == path && i.code.as_str() == code && i.severity.as_str() == severity)
}

fn v1(req: &str, pg: &str, mobile: Option<bool>) -> Vec<Issue> {
    check_request_pay(&parse(req).unwrap(), &opts(pg, mobile)).issues
}

fn kpn(api: Api, req: &str) -> Vec<Issue> {
    v2::check(api, &parse(req).unwrap(), &opts("kpn", None)).issues
}

const KPN_BASE: &str =
    r#""storeId":"store-1","channelKey":"channel-key-1","orderName":"o","totalAmount":1000,"currency":"KRW""#;

#[test]
fn kpn_payment_id_charset_only_in_payment_calls() {
    // kpn.toml `payment-id-letters-digits`: when { api = payment }
    let bad = format!(r#"{{{KPN_BASE},"paymentId":"order-1","payMethod":"CARD"}}"#);
    assert!(has(&kpn(Api::Payment, &bad), "paymentId", "invalid_format", "error"));
    let good = format!(r#"{{{KPN_BASE},"paymentId":"order1","payMethod":"CARD"}}"#);
    assert!(!kpn(Api::Payment, &good).iter().any(|i| i.path == "paymentId"));
}

#[test]
fn kpn_card_select_reports_the_first_11pay_only() {
    // kpn.toml `card-select-11pay`: first_item_in, at the item's index
    let req = format!(
        r#"{{{KPN_BASE},"paymentId":"o1","payMethod":"CARD","bypass":{{"kpn":{{"CardSelect":["GLOBAL","11PAY","11PAY"]}}}}}}"#
    );
    let issues = kpn(Api::Payment, &req);
    assert!(
        has(&issues, "bypass.kpn.CardSelect[1]", "invalid_value", "warning"),
        "{issues:?}"
    );
    assert!(!issues.iter().any(|i| i.path == "bypass.kpn.CardSelect[2]"));
}

#[test]
fn kpn_direct_card_outside_the_list_is_an_error_only_for_card() {
    // kpn.toml `card-direct-companies`: when { method = CARD, is_not = { card.cardCompany = [...] } }
    let req = format!(r#"{{{KPN_BASE},"paymentId":"o1","payMethod":"CARD","card":{{"cardCompany":"JEJU_BANK"}}}}"#);
    assert!(has(
        &kpn(Api::Payment, &req),
        "card.cardCompany",
        "unsupported",
        "error"
    ));
    let ok = format!(r#"{{{KPN_BASE},"paymentId":"o1","payMethod":"CARD","card":{{"cardCompany":"KOOKMIN_CARD"}}}}"#);
    assert!(!kpn(Api::Payment, &ok).iter().any(|i| i.path == "card.cardCompany"));
}

#[test]
fn smilepay_mobile_rules_follow_the_environment() {
    // smilepay.toml `app-scheme-mobile-only` (when mobile = false) and `mobile-redirect` (mobile = true)
    let req = r#"{"pg":"smilepay","merchant_uid":"m1","amount":1000,"buyer_tel":"01012345678","app_scheme":"shop"}"#;
    assert!(has(
        &v1(req, "smilepay", Some(false)),
        "app_scheme",
        "unsupported",
        "warning"
    ));
    assert!(!v1(req, "smilepay", None).iter().any(|i| i.path == "app_scheme"));
    assert!(has(
        &v1(req, "smilepay", Some(true)),
        "m_redirect_url",
        "required",
        "warning"
    ));
    assert!(!v1(req, "smilepay", Some(false))
        .iter()
        .any(|i| i.path == "m_redirect_url"));
}

#[test]
fn bluewalnut_relaxes_the_common_amount_rule_in_place() {
    // bluewalnut.toml `amount-missing-is-zero`: relax = required
    let issues = v1(r#"{"pg":"bluewalnut","merchant_uid":"m1"}"#, "bluewalnut", None);
    assert!(has(&issues, "amount", "required", "warning"));
    assert!(!has(&issues, "amount", "required", "error"));
}

#[test]
fn toss_brandpay_method_id_unlocks_the_method_only_parameters() {
    // toss_brandpay.toml `*-needs-method-id`: when { absent = bypass.toss_brandpay.methodId }
    let without = r#"{"pg":"toss_brandpay","merchant_uid":"m1","amount":1000,"customer_id":"u-1","useCardPoint":true}"#;
    assert!(has(
        &v1(without, "toss_brandpay", None),
        "useCardPoint",
        "unsupported",
        "warning"
    ));
    let with = r#"{"pg":"toss_brandpay","merchant_uid":"m1","amount":1000,"customer_id":"u-1","useCardPoint":true,"bypass":{"toss_brandpay":{"methodId":"x"}}}"#;
    assert!(!v1(with, "toss_brandpay", None).iter().any(|i| i.path == "useCardPoint"));
    // `customer-id-not-sequential`: digits only is a warning; letters and digits are fine
    assert!(has(
        &v1(
            r#"{"pg":"toss_brandpay","merchant_uid":"m1","amount":1000,"customer_id":"1042"}"#,
            "toss_brandpay",
            None
        ),
        "customer_id",
        "invalid_value",
        "warning"
    ));
    assert!(!v1(
        r#"{"pg":"toss_brandpay","merchant_uid":"m1","amount":1000,"customer_id":"u1042"}"#,
        "toss_brandpay",
        None
    )
    .iter()
    .any(|i| i.path == "customer_id"));
}

fn v2(api: Api, req: &str, pg: &str) -> Vec<Issue> {
    v2::check(api, &parse(req).unwrap(), &opts(pg, None)).issues
}

#[test]
fn eximbay_item_rules_run_per_product_at_the_items_index() {
    // eximbay.toml `product-link-required`: at = products[].link, when { type = { products[] = object } }
    let req = r#"{"storeId":"s","channelKey":"c","paymentId":"p1","orderName":"o","totalAmount":100,"currency":"USD",
        "customer":{"fullName":"a b","email":"a@b.co"},"products":[{"link":"l"},{"name":"n"},7]}"#;
    let issues = v2(Api::Payment, req, "eximbay");
    assert!(has(&issues, "products[1].link", "required", "error"), "{issues:?}");
    assert!(!issues
        .iter()
        .any(|i| i.path == "products[0].link" || i.path == "products[2].link"));
}

#[test]
fn inicis_jp_months_skip_items_the_common_rules_put_out_of_range() {
    // inicis_jp.toml `card-quota-months`: not_reported = { display.card_quota[] = out_of_range }
    let req = r#"{"pg":"inicis_jp","merchant_uid":"m1","amount":100,"currency":"JPY","popup":true,"buyer_name":"b",
        "display":{"card_quota":[0,1,4,37,12]}}"#;
    let issues = v1(req, "inicis_jp", None);
    assert!(
        has(&issues, "display.card_quota[2]", "invalid_value", "error"),
        "{issues:?}"
    );
    for i in [1, 3] {
        let p = format!("display.card_quota[{i}]");
        assert!(has(&issues, &p, "out_of_range", "error"));
        assert!(!has(&issues, &p, "invalid_value", "error"));
    }
    assert!(!issues
        .iter()
        .any(|i| i.path == "display.card_quota[0]" || i.path == "display.card_quota[4]"));
}

#[test]
fn drop_replaces_a_common_issue_only_under_its_conditions() {
    // eximbay.toml `usd-default-takes-cents`: no currency → cents are fine
    let cents = r#"{"pg":"eximbay","merchant_uid":"m1","amount":14.5,"buyer_name":"b","buyer_tel":"1"}"#;
    let issues = v1(cents, "eximbay", None);
    assert!(!issues.iter().any(|i| i.path == "amount"), "{issues:?}");
    assert!(has(&issues, "currency", "required", "warning"));
    let krw = r#"{"pg":"eximbay","merchant_uid":"m1","amount":14.5,"currency":"KRW","buyer_name":"b","buyer_tel":"1"}"#;
    assert!(has(&v1(krw, "eximbay", None), "amount", "invalid_type", "error"));
    // `currency-list-replaces-common`: the common warning gives way to the guide's error
    let cny = r#"{"pg":"eximbay","merchant_uid":"m1","amount":1,"currency":"CNY","buyer_name":"b","buyer_tel":"1"}"#;
    let issues = v1(cny, "eximbay", None);
    assert!(has(&issues, "currency", "invalid_value", "error"));
    assert!(!has(&issues, "currency", "invalid_value", "warning"));
}

#[test]
fn payletter_currencies_follow_the_method_prefix_or_none() {
    // payletter.toml `currency-alipay-plus` (starts_with) and `currency-any-method` (none of the groups)
    let req = |pginfo: &str, cur: &str| {
        format!(
            r#"{{"pg":"payletter_global","merchant_uid":"m1","amount":1,"currency":"{cur}","buyer_email":"a@b.co",
            "bypass":{{"payletter_global":{{"pginfo":"{pginfo}","servicename":"s"}}}}}}"#
        )
    };
    assert!(has(
        &v1(&req("AlipayPlusDana", "KRW"), "payletter", None),
        "currency",
        "invalid_value",
        "error"
    ));
    assert!(!v1(&req("AlipayPlusDana", "USD"), "payletter", None)
        .iter()
        .any(|i| i.path == "currency"));
    // an unknown method takes every currency (its pginfo is the error)
    let issues = v1(&req("Bogus", "CNY"), "payletter", None);
    assert!(!issues.iter().any(|i| i.path == "currency"), "{issues:?}");
    assert!(has(&issues, "bypass.payletter_global.pginfo", "invalid_value", "error"));
}

#[test]
fn paypal_rules_split_by_pg_code_and_call() {
    // paypal.toml: the SPB bypass block (only_if) and billing window (when) apply to paypal_v2 only
    let spb = r#"{"pg":"paypal_v2","merchant_uid":"m1","amount":30,"currency":"USD","pay_method":"card","customer_uid":"u","bypass":{"zz":1}}"#;
    let issues = v1(spb, "paypal", None);
    assert!(has(&issues, "bypass.zz", "unknown_field", "warning"), "{issues:?}");
    assert!(has(&issues, "pay_method", "unsupported", "error"));
    assert!(has(&issues, "amount", "unsupported", "warning"));
    let ec = r#"{"pg":"paypal","merchant_uid":"m1","amount":30,"currency":"USD","pay_method":"card","customer_uid":"u","m_redirect_url":"https://x","bypass":{"zz":1}}"#;
    let issues = v1(ec, "paypal", None);
    assert!(
        !issues
            .iter()
            .any(|i| i.path.starts_with("bypass") || i.path == "amount"),
        "{issues:?}"
    );
    assert!(has(&issues, "pg", "deprecated", "warning"));
    // `payment-through-load-payment-ui`: at = "" (the request itself), whatever it holds
    let pay = r#"{"storeId":"s","channelKey":"c","paymentId":"p1","orderName":"o","totalAmount":30,"currency":"USD","payMethod":"CARD"}"#;
    assert!(has(&v2(Api::Payment, pay, "paypal_v2"), "", "unsupported", "error"));
    // `spb-products-add-up` (sum_of) and `spb-enable-funding` (joined)
    let ui = r#"{"uiType":"PAYPAL_SPB","storeId":"s","channelKey":"c","paymentId":"p1","orderName":"o","totalAmount":30,"currency":"USD",
        "products":[{"amount":10,"quantity":2}],"bypass":{"paypal_v2":{"enable-funding":"card,venmo"}}}"#;
    let issues = v2(Api::LoadPaymentUI, ui, "paypal_v2");
    assert!(has(&issues, "products", "conflict", "error"), "{issues:?}");
    assert!(has(
        &issues,
        "bypass.paypal_v2.enable-funding",
        "unknown_field",
        "warning"
    ));
}

#[test]
fn eximbay_p305_in_a_list_names_the_gateway_at_the_first_item() {
    // eximbay.toml `no-virtual-account-p305-in-list`: first_item_in with code = unsupported
    let req = r#"{"storeId":"s","channelKey":"c","paymentId":"p1","orderName":"o","totalAmount":100,"currency":"USD",
        "customer":{"fullName":"a b","email":"a@b.co"},"products":[{"link":"l"}],
        "bypass":{"eximbay_v2":{"payment":{"multi_payment_method":["P101","P305","P305"]}}}}"#;
    let issues = v2(Api::Payment, req, "eximbay");
    let hit: Vec<&Issue> = issues
        .iter()
        .filter(|i| i.path.contains("multi_payment_method"))
        .collect();
    assert_eq!(hit.len(), 1, "{issues:?}");
    assert_eq!(hit[0].path, "bypass.eximbay_v2.payment.multi_payment_method[1]");
    assert!(matches!(
        hit[0].detail,
        portone_guard::core::issue::Detail::Unsupported { .. }
    ));
}
