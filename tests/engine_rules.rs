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

#[test]
fn naverpay_item_rules_run_at_every_object_item() {
    // naverpay.toml `product-seller-id` / `product-start-date`: at = "naverProducts[].…"
    let item = r#"{"categoryType":"BOOK","categoryId":"GENERAL","uid":"1","name":"책","count":1"#;
    let req = format!(
        r#"{{"pg":"naverpay","merchant_uid":"m1","amount":1000,"name":"책","naverProducts":[{item},"sellerId":"a-b","startDate":20241301}},{item},"startDate":20240117,"endDate":"20240118"}},"x"]}}"#
    );
    let issues = v1(&req, "naverpay", None);
    assert!(
        has(&issues, "naverProducts[0].sellerId", "invalid_format", "error"),
        "{issues:?}"
    );
    assert!(has(&issues, "naverProducts[0].startDate", "invalid_format", "error"));
    assert!(
        !issues.iter().any(|i| i.path.starts_with("naverProducts[1].")),
        "{issues:?}"
    );
    let odd = req.replace("20241301", "true");
    assert!(has(
        &v1(&odd, "naverpay", None),
        "naverProducts[0].startDate",
        "invalid_type",
        "error"
    ));
}

#[test]
fn tosspay_billing_customer_id_that_is_not_a_string_counts_as_missing() {
    // tosspay.toml `billing-customer-id`: when { not_type = { customer_id = "str" } }, fire = always
    let req = r#"{"pg":"tosspay_v2","pay_method":"tosspay","merchant_uid":"m1","amount":0,"customer_uid":"c1","customer_id":5}"#;
    let issues = v1(req, "tosspay_v2", Some(false));
    assert!(has(&issues, "customer_id", "required", "error"), "{issues:?}");
    let ok = req.replace(r#""customer_id":5"#, r#""customer_id":"buyer-1""#);
    assert!(!v1(&ok, "tosspay_v2", Some(false))
        .iter()
        .any(|i| i.path == "customer_id"));
}

#[test]
fn tosspay_mobile_billing_key_redirect_warning_becomes_one_error() {
    // tosspay.toml `billing-redirect-on-mobile`: { relax = "required" } of the common warning
    let req = r#"{"storeId":"store-1","channelKey":"ch","billingKeyMethod":"EASY_PAY","issueName":"n","customer":{"customerId":"c1"}}"#;
    let issues = v2::check(Api::IssueBillingKey, &parse(req).unwrap(), &opts("tosspay", Some(true))).issues;
    let at: Vec<_> = issues.iter().filter(|i| i.path == "redirectUrl").collect();
    assert_eq!(at.len(), 1, "{issues:?}");
    assert!(has(&issues, "redirectUrl", "required", "error"));
}

#[test]
fn mobilians_modules_have_their_own_billing_window_and_bypass_check() {
    // mobilians.toml: billing_window per pg_code; bypass blocks with check_when = { pg_code = mobilians_v2 }
    let base = r#""merchant_uid":"m1234","amount":1000,"buyer_tel":"01012345678","customer_uid":"c1","pay_method":"card","bypass":{"zz":1}"#;
    let old = v1(
        &format!(r#"{{"pg":"mobilians.MID1",{base}}}"#),
        "mobilians",
        Some(false),
    );
    assert!(has(&old, "pay_method", "unsupported", "error"), "{old:?}");
    assert!(!old.iter().any(|i| i.path == "bypass.zz"), "{old:?}");
    let new = v1(&format!(r#"{{"channelKey":"ch",{base}}}"#), "mobilians_v2", Some(false));
    assert!(!new.iter().any(|i| i.path == "pay_method"), "{new:?}");
    assert!(has(&new, "bypass.zz", "unknown_field", "warning"), "{new:?}");
}
