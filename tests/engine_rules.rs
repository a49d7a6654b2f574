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

fn v2_of(api: Api, req: &str, pg: &str) -> Vec<Issue> {
    v2::check(api, &parse(req).unwrap(), &opts(pg, None)).issues
}

#[test]
fn nice_month_counts_pick_one_cell_of_the_kakaopay_matrix() {
    // nice.toml `kakaopay-*`: items { at = display.card_quota, int >= 2 } counted; not / type on card.direct
    let base = r#""pg":"nice_v2","merchant_uid":"m1","amount":60000,"buyer_tel":"010","pay_method":"kakaopay""#;
    let run = |extra: &str| v1(&format!("{{{base},{extra}}}"), "nice", None);
    let quota = |issues: &[Issue]| has(issues, "display.card_quota", "unsupported", "error");
    assert!(
        quota(&run(r#""display":{"card_quota":[0,3]}"#)),
        "one month without a direct card"
    );
    assert!(quota(&run(r#""display":{"card_quota":[2,3]}"#)), "a month list");
    assert!(!quota(&run(r#""display":{"card_quota":[0]}"#)), "lump sum is no month");
    assert!(
        quota(&run(
            r#""display":{"card_quota":[3]},"card":{"direct":{"code":"361","quota":3}}"#
        )),
        "direct call + months"
    );
    assert!(!quota(&run(
        r#""display":{"card_quota":[3]},"card":{"direct":{"quota":3}}"#
    )));
    assert!(has(
        &run(r#""card":{"direct":{"code":"092","quota":0}}"#),
        "card.direct.code",
        "unsupported",
        "error"
    ));
}

#[test]
fn nice_issue_id_is_letters_and_digits_up_to_40() {
    // nice.toml `issue-id-letters-digits-40`: charset = alnum_non_empty, max = 40
    let req = |id: &str| {
        format!(
            r#"{{"storeId":"s","channelKey":"c","billingKeyMethod":"EASY_PAY","issueName":"n","issueId":"{id}","easyPay":{{"easyPayProvider":"KAKAOPAY"}}}}"#
        )
    };
    let bad = |id: &str| {
        has(
            &v2_of(Api::IssueBillingKey, &req(id), "nice"),
            "issueId",
            "invalid_format",
            "error",
        )
    };
    assert!(!bad("abc123") && !bad(&"a".repeat(40)));
    assert!(bad(&"a".repeat(41)) && bad("a-b") && bad(""));
}

#[test]
fn smartro_amount_decimals_apply_outside_krw_only() {
    // smartro.toml `amount-two-decimals`: decimals = 2 when the currency is not KRW
    let run = |amount: &str| {
        v1(
            &format!(
                r#"{{"pg":"smartro_v2","merchant_uid":"m1","buyer_tel":"010","currency":"USD","amount":{amount}}}"#
            ),
            "smartro",
            None,
        )
    };
    assert!(has(&run("10.123"), "amount", "invalid_value", "error"));
    assert!(!has(&run("10.12"), "amount", "invalid_value", "error"));
}

#[test]
fn smartro_period_and_billing_window_differ_per_module() {
    // smartro.toml `period-both-ends` / `old-module-period` and `billing-window` (new module only)
    let new = r#"{"pg":"smartro_v2","merchant_uid":"m1","amount":1000,"buyer_tel":"010","period":{"from":"20240101"}}"#;
    assert!(has(&v1(new, "smartro", None), "period.to", "required", "error"));
    let old = r#"{"pg":"smartro","merchant_uid":"m1","amount":1000,"period":{"from":"20240101"}}"#;
    assert!(!v1(old, "smartro", None).iter().any(|i| i.path == "period.to"));
    let billing = |pg: &str| {
        v1(
            &format!(
                r#"{{"pg":"{pg}","merchant_uid":"m1","amount":0,"pay_method":"trans","customer_uid":"c1","customer_id":"u1"}}"#
            ),
            "smartro",
            None,
        )
    };
    assert!(has(&billing("smartro_v2"), "pay_method", "unsupported", "error"));
    assert!(!has(&billing("smartro"), "pay_method", "unsupported", "error"));
}

#[test]
fn paymentwall_whole_amounts_and_the_test_method() {
    // paymentwall.toml `amount-whole` (whole) and `test-method-needs-ps-test` (not = { is = … })
    let base = r#""pg":"paymentwall","merchant_uid":"m1","name":"n","buyer_name":"Jack Son","buyer_email":"a@b.kr","currency":"USD""#;
    let run = |extra: &str| v1(&format!("{{{base},{extra}}}"), "paymentwall", None);
    assert!(has(&run(r#""amount":10.5"#), "amount", "invalid_type", "error"));
    assert!(!run(r#""amount":10"#).iter().any(|i| i.path == "amount"));
    let test = |ps: &str| {
        has(
            &run(&format!(r#""amount":10,"use_test_method":true{ps}"#)),
            "use_test_method",
            "conflict",
            "warning",
        )
    };
    assert!(test("") && test(r#","bypass":{"ps":"all"}"#));
    assert!(!test(r#","bypass":{"ps":"test"}"#));
}
