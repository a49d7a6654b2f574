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
fn kcp_products_check_each_object_item_once() {
    // kcp.toml `products-items` (a key table per item) and `product-*` (`kcpProducts[].<key>`):
    // every missing key of an object item, none for a non-object item (its type is the issue)
    let req = r#"{"pg":"kcp","merchant_uid":"m1","amount":1000,"escrow":true,"kcpProducts":[{},"x",{"orderNumber":"a","name":"n","quantity":0,"amount":-1}]}"#;
    let issues = v1(req, "kcp", None);
    for key in ["orderNumber", "name", "quantity", "amount"] {
        assert!(
            has(&issues, &format!("kcpProducts[0].{key}"), "required", "error"),
            "{key}: {issues:?}"
        );
    }
    assert!(has(&issues, "kcpProducts[1]", "invalid_type", "error"), "{issues:?}");
    assert!(!issues.iter().any(|i| i.path.starts_with("kcpProducts[1].")));
    assert!(has(&issues, "kcpProducts[2].quantity", "out_of_range", "error"));
    assert!(has(&issues, "kcpProducts[2].amount", "out_of_range", "error"));
    // and the deprecated `pg`
    assert_eq!(issues.len(), 8, "{issues:?}");
}

#[test]
fn kcp_quick_lifts_the_amount_rule_for_actions_other_than_pay() {
    // kcp_quick.toml `amount-only-for-pay` (drop = required) and `amount-for-pay` (relax)
    let base = r#""pg":"kcp_quick","merchant_uid":"m1","customer_uid":"c1","pay_method":"card""#;
    let quick = |action: &str| {
        format!(r#"{{{base},"bypass":{{"kcpQuick":{{"actionType":"{action}","encryptedCI":"e","memberID":"u1"}}}}}}"#)
    };
    assert!(!v1(&quick("Register"), "kcp_quick", None)
        .iter()
        .any(|i| i.path == "amount"));
    assert!(has(
        &v1(&quick("Pay"), "kcp_quick", None),
        "amount",
        "required",
        "error"
    ));
    // an action the guide does not list: the key table's error, and the common rule stays
    let other = v1(&quick("Refund"), "kcp_quick", None);
    assert!(has(&other, "bypass.kcpQuick.actionType", "invalid_value", "error"));
    assert!(has(&other, "amount", "required", "error"));
}

#[test]
fn kicc_overseas_rules_follow_the_pay_method() {
    // kicc.toml `overseas-no-*`: present and not `false`; the domestic rules do not run
    let req = r#"{"pg":"kicc","merchant_uid":"m1","amount":1000,"pay_method":"wechat","buyer_name":"n","buyer_email":"a@b.kr","buyer_tel":"010","card":{"detail":[]},"display":false,"kiccProducts":[]}"#;
    let issues = v1(req, "kicc", None);
    assert!(has(&issues, "card", "unsupported", "warning"), "{issues:?}");
    assert!(has(&issues, "kiccProducts", "unsupported", "warning"), "{issues:?}");
    // `display: false` is off (its type is the common rules' concern)
    assert!(!has(&issues, "display", "unsupported", "warning"), "{issues:?}");
    // domestic: kiccProducts without escrow is warned, with escrow an empty list is required
    let domestic = r#"{"pg":"kicc","merchant_uid":"m1","amount":1000,"buyer_tel":"010","buyer_name":"n","buyer_email":"a@b.kr","pay_method":"trans","escrow":true,"kiccProducts":[]}"#;
    let issues = v1(domestic, "kicc", None);
    assert!(has(&issues, "kiccProducts", "required", "error"), "{issues:?}");
    assert_eq!(issues.len(), 2, "{issues:?}"); // and the deprecated `pg`
}

#[test]
fn kicc_flat_bypass_keys_point_into_the_block() {
    // kicc.toml `bypass-keys-go-in-kicc` (flat_bypass hook)
    let req = r#"{"pg":"kicc","merchant_uid":"m1","amount":1000,"buyer_tel":"010","bypass":{"DISP_CASH_YN":"Y","kicc":{"disp_cash_yn":"Y"},"kic":{}}}"#;
    let issues = v1(req, "kicc", None);
    let own = issues.iter().find(|i| i.path == "bypass.DISP_CASH_YN").unwrap();
    assert_eq!(
        own.detail,
        portone_guard::core::issue::Detail::UnknownField {
            hint: Some("bypass.kicc.disp_cash_yn".into())
        }
    );
    assert!(own.note.is_some());
    let near = issues.iter().find(|i| i.path == "bypass.kic").unwrap();
    assert_eq!(
        near.detail,
        portone_guard::core::issue::Detail::UnknownField {
            hint: Some("bypass.kicc".into())
        }
    );
    assert!(near.note.is_none());
    assert!(!issues.iter().any(|i| i.path.starts_with("bypass.kicc")));
}

#[test]
fn kakaopay_available_cards_are_checked_item_by_item() {
    // kakaopay.toml `available-cards-listed`: at easyPay.availableCards[], is_not on the item
    let req = r#"{"storeId":"s","channelKey":"c","paymentId":"p1","orderName":"o","totalAmount":1000,"currency":"KRW","payMethod":"EASY_PAY","easyPay":{"availableCards":["SHINHAN_CARD","WOORI_CARD","KAKAO_BANK","JEJU_BANK"]}}"#;
    let issues = v2::check(Api::Payment, &parse(req).unwrap(), &opts("kakaopay", None)).issues;
    assert!(
        has(&issues, "easyPay.availableCards[1]", "unsupported", "warning"),
        "{issues:?}"
    );
    assert!(
        has(&issues, "easyPay.availableCards[3]", "unsupported", "warning"),
        "{issues:?}"
    );
    assert!(!issues
        .iter()
        .any(|i| i.path == "easyPay.availableCards[0]" || i.path == "easyPay.availableCards[2]"));
}
