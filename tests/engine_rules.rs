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

const INICIS: &str = r#""pg":"html5_inicis","merchant_uid":"m1","name":"n","amount":60000,"buyer_tel":"01012345678""#;

#[test]
fn inicis_option_items_drive_conditions() {
    // inicis.toml `apprun-check-with-app-scheme`: option = { P_RESERVED = [apprun_check=Y, app_scheme] },
    // matched by the listed name ignoring case
    let both = format!(r#"{{{INICIS},"bypass":{{"P_RESERVED":"APPRUN_CHECK=Y&app_scheme=myapp://"}}}}"#);
    assert!(has(
        &v1(&both, "inicis", None),
        "bypass.P_RESERVED",
        "conflict",
        "error"
    ));
    // `apprun-check-with-top-app-scheme`: not_option app_scheme, present top-level app_scheme
    let top = format!(r#"{{{INICIS},"app_scheme":"myapp","bypass":{{"P_RESERVED":"apprun_check=Y"}}}}"#);
    let issues = v1(&top, "inicis", Some(true));
    assert!(has(&issues, "bypass.P_RESERVED", "conflict", "warning"));
    assert!(!has(&issues, "bypass.P_RESERVED", "conflict", "error"));
    // `trans-needs-twotrs-bank`: reported at a path that may be absent (fire = always), by environment
    let trans = format!(r#"{{{INICIS},"pay_method":"trans"}}"#);
    assert!(has(
        &v1(&trans, "inicis", Some(true)),
        "bypass.P_RESERVED",
        "required",
        "error"
    ));
    assert!(has(
        &v1(&trans, "inicis", None),
        "bypass.P_RESERVED",
        "required",
        "warning"
    ));
    assert!(!v1(&trans, "inicis", Some(false))
        .iter()
        .any(|i| i.path == "bypass.P_RESERVED"));
    let set = format!(r#"{{{INICIS},"pay_method":"trans","bypass":{{"P_RESERVED":"twotrs_bank=Y"}}}}"#);
    assert!(!v1(&set, "inicis", Some(true))
        .iter()
        .any(|i| i.path == "bypass.P_RESERVED"));
}

#[test]
fn inicis_blank_and_type_conditions() {
    // inicis.toml `buyer-tel-required`: any = [absent, blank]
    let blank = r#"{"pg":"html5_inicis","merchant_uid":"m1","name":"n","amount":1000,"buyer_tel":"  "}"#;
    assert!(has(&v1(blank, "inicis", None), "buyer_tel", "required", "error"));
    // `bypass-inicis-billing-only`: type = { bypass.inicis = object } (a non-object is the key table's)
    let obj = format!(r#"{{{INICIS},"bypass":{{"inicis":{{}}}}}}"#);
    assert!(has(
        &v1(&obj, "inicis", None),
        "bypass.inicis",
        "unsupported",
        "warning"
    ));
    let num = format!(r#"{{{INICIS},"bypass":{{"inicis":5}}}}"#);
    let issues = v1(&num, "inicis", None);
    assert!(has(&issues, "bypass.inicis", "invalid_type", "error"));
    assert!(!has(&issues, "bypass.inicis", "unsupported", "warning"));
}

const WELCOME: &str = r#""pg":"welcome","merchant_uid":"m1","name":"n","buyer_name":"b","buyer_tel":"01012345678""#;

#[test]
fn welcome_numbers_against_the_amount_and_date_seconds() {
    // welcome.toml `vat-amount-ten-percent`: num = { vat_amount = { gt = "amount / 10" } }
    let over = format!(r#"{{{WELCOME},"amount":1000,"vat_amount":101}}"#);
    assert!(has(&v1(&over, "welcome", None), "vat_amount", "out_of_range", "error"));
    let at = format!(r#"{{{WELCOME},"amount":1000,"vat_amount":100}}"#);
    assert!(!v1(&at, "welcome", None).iter().any(|i| i.path == "vat_amount"));
    // `vbank-due-seconds`: second = { vbank_due = { ne = 59 } }
    let due = format!(r#"{{{WELCOME},"amount":1000,"vbank_due":"20240101120000"}}"#);
    assert!(has(&v1(&due, "welcome", None), "vbank_due", "unsupported", "warning"));
    let due59 = format!(r#"{{{WELCOME},"amount":1000,"vbank_due":"2024-01-01 12:00:59"}}"#);
    assert!(!v1(&due59, "welcome", None).iter().any(|i| i.path == "vbank_due"));
}

#[test]
fn welcome_option_lists_warn_accepted_spellings_per_item() {
    // welcome.toml [options.p_reserved] warn: value KT, option hppnofix; issues at the item's index
    let req = format!(
        r#"{{{WELCOME},"amount":1000,"bypass":{{"welcome":{{"P_RESERVED":["below1000=Y","hpp_default_corp=KT","hppnofix=Y"]}}}}}}"#
    );
    let issues = v1(&req, "welcome", Some(true));
    assert!(has(&issues, "bypass.welcome.P_RESERVED[1]", "invalid_value", "warning"));
    assert!(has(
        &issues,
        "bypass.welcome.P_RESERVED[2]",
        "invalid_format",
        "warning"
    ));
    assert!(!issues.iter().any(|i| i.path == "bypass.welcome.P_RESERVED[0]"));
    // `cash-receipt-anonymous-only`: exactly = [anonymous], any type
    let cash = format!(r#"{{{WELCOME},"amount":1000,"bypass":{{"cashReceiptType":5}}}}"#);
    assert!(has(
        &v1(&cash, "welcome", None),
        "bypass.cashReceiptType",
        "invalid_value",
        "error"
    ));
}

fn toss(api: Api, req: &str) -> Vec<Issue> {
    v2::check(api, &parse(req).unwrap(), &opts("tosspayments", None)).issues
}

const TOSS_BASE: &str =
    r#""storeId":"store-1","channelKey":"channel-key-1","paymentId":"order-0001","orderName":"o","totalAmount":1000"#;

#[test]
fn ksnet_business_number_is_rewritten_to_digits() {
    // ksnet.toml `business-number-digits`: digits_only = "-"
    let req = r#"{"pg":"ksnet","merchant_uid":"m1","amount":1000,"tax_free":0,"buyer_name":"a","storeDetails":{"businessRegistrationNumber":"123-45-67890"}}"#;
    let out = check_request_pay(&parse(req).unwrap(), &opts("ksnet", None));
    let path = "storeDetails.businessRegistrationNumber";
    assert!(has(&out.issues, path, "invalid_format", "warning"), "{:?}", out.issues);
    let value = out.value.unwrap().to_json();
    assert!(
        value.contains(r#""businessRegistrationNumber":"1234567890""#),
        "{value}"
    );
    let bad = req.replace("123-45-67890", "12a-45");
    assert!(has(&v1(&bad, "ksnet", None), path, "invalid_format", "error"));
}

#[test]
fn ksnet_easy_direct_outside_its_providers_is_an_error() {
    // ksnet.toml v2 `easy-direct-providers`: none = [{ method = EASY_PAY, is = provider [...] }]
    let ksnet = |req: &str| v2::check(Api::Payment, &parse(req).unwrap(), &opts("ksnet", None)).issues;
    let base = r#""storeId":"s","channelKey":"c","paymentId":"p1","orderName":"o","totalAmount":1000,"currency":"KRW","customer":{"fullName":"a"},"bypass":{"ksnet":{"easyPayDirect":true}}"#;
    let card = format!(r#"{{{base},"payMethod":"CARD"}}"#);
    assert!(has(&ksnet(&card), "bypass.ksnet.easyPayDirect", "unsupported", "error"));
    let lpay = format!(r#"{{{base},"payMethod":"EASY_PAY","easyPay":{{"easyPayProvider":"LPAY"}}}}"#);
    assert!(!ksnet(&lpay).iter().any(|i| i.path == "bypass.ksnet.easyPayDirect"));
}

#[test]
fn tosspayments_usd_belongs_to_paypal() {
    // tosspayments.toml `paypal-usd-only` (not_currency) and `usd-paypal-only` (none)
    let paypal_krw =
        format!(r#"{{{TOSS_BASE},"currency":"KRW","payMethod":"EASY_PAY","easyPay":{{"easyPayProvider":"PAYPAL"}}}}"#);
    assert!(has(
        &toss(Api::Payment, &paypal_krw),
        "currency",
        "unsupported",
        "error"
    ));
    let card_usd = format!(r#"{{{TOSS_BASE},"currency":"USD","payMethod":"CARD"}}"#);
    assert!(has(&toss(Api::Payment, &card_usd), "currency", "unsupported", "error"));
    let paypal_usd = paypal_krw.replace("KRW", "USD");
    assert!(!toss(Api::Payment, &paypal_usd).iter().any(|i| i.path == "currency"));
}

#[test]
fn tosspayments_fixed_month_out_of_range_is_reported_once() {
    // `card-fixed-month-range` (range with fire = always) wins over `card-month-list-range`
    let req = format!(
        r#"{{{TOSS_BASE},"currency":"KRW","payMethod":"CARD","card":{{"installment":{{"monthOption":{{"fixedMonth":1,"availableMonthList":[13]}}}}}}}}"#
    );
    let issues = toss(Api::Payment, &req);
    let fixed = "card.installment.monthOption.fixedMonth";
    assert!(has(&issues, fixed, "out_of_range", "error"), "{issues:?}");
    assert!(!issues
        .iter()
        .any(|i| i.path == "card.installment.monthOption.availableMonthList" && i.code.as_str() == "out_of_range"));
}

#[test]
fn tosspayments_billing_window_is_the_new_modules() {
    // tosspayments.toml billing_window `when = { pg_code = ["tosspayments"] }`
    let req = |pg: &str| format!(r#"{{"pg":"{pg}","merchant_uid":"m1","amount":1000,"customer_uid":"c1"}}"#);
    assert!(has(
        &v1(&req("tosspayments"), "tosspayments", None),
        "amount",
        "unsupported",
        "warning"
    ));
    assert!(!v1(&req("uplus"), "uplus", None).iter().any(|i| i.path == "amount"));
    // `card-quota-up-to-largest`: contiguous_months
    let quota = |q: &str| {
        format!(
            r#"{{"pg":"tosspayments","merchant_uid":"m1","amount":90000,"buyer_name":"a","display":{{"card_quota":{q}}}}}"#
        )
    };
    assert!(has(
        &v1(&quota("[3,5]"), "tosspayments", None),
        "display.card_quota",
        "invalid_value",
        "warning"
    ));
    assert!(!v1(&quota("[2,3]"), "tosspayments", None)
        .iter()
        .any(|i| i.path == "display.card_quota"));
}

fn v2_of(api: Api, req: &str, pg: &str) -> Vec<Issue> {
    v2::check(api, &parse(req).unwrap(), &opts(pg, None)).issues
}

fn v2(api: Api, req: &str, pg: &str) -> Vec<Issue> {
    v2_of(api, req, pg)
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

#[test]
fn settle_codes_and_the_overseas_gateway_resolve() {
    use portone_guard::pg::{by_alias, by_v1_code};
    assert_eq!(by_v1_code("settle_acc").unwrap().id, "settle");
    assert_eq!(by_alias("hecto").unwrap().id, "settle");
    assert_eq!(by_alias("hecto_global").unwrap().id, "hecto_global");
    assert!(!portone_guard::core::v1::OTHER_V1_CODES.contains(&"settle"));
}

#[test]
fn settle_block_hints_flat_keys_into_the_table_of_the_code() {
    // settle.toml `bypass-settle` / `bypass-settle-acc`: block = settle / settle_acc, by pg code
    let flat = |pg: &str, key: &str| {
        let req = format!(
            r#"{{"pg":"{pg}","merchant_uid":"m1","amount":1000,"buyer_tel":"010","pay_method":"trans","bypass":{{"{key}":"x"}}}}"#
        );
        v1(&req, "settle", None)
            .into_iter()
            .find(|i| i.path == format!("bypass.{key}"))
            .map(|i| i.detail)
    };
    use portone_guard::core::issue::Detail;
    let hint = |d: Option<Detail>| match d {
        Some(Detail::UnknownField { hint }) => hint,
        other => panic!("{other:?}"),
    };
    assert_eq!(hint(flat("settle", "VBANK010")), Some("bypass.settle.vbank010".into()));
    assert_eq!(
        hint(flat("settle_acc.M1", "custci")),
        Some("bypass.settle.custCi".into())
    );
    assert_eq!(hint(flat("settle", "custCi")), None);
    assert_eq!(hint(flat("settle", "setle")), Some("bypass.settle".into()));
    // not an object: invalid_type at the block
    let req = r#"{"pg":"settle","merchant_uid":"m1","amount":1000,"buyer_tel":"010","bypass":{"settle":1}}"#;
    assert!(has(&v1(req, "settle", None), "bypass.settle", "invalid_type", "error"));
}

#[test]
fn settle_acc_pg_code_and_cust_ci() {
    // settle.toml `acc-pg-with-mid` (format = pg_code) and `cust-ci-aes-hex` (charset = aes_hex)
    let base = r#""merchant_uid":"m1","amount":1000,"buyer_tel":"010","pay_method":"trans""#;
    let no_mid = format!(r#"{{"pg":"settle_acc",{base}}}"#);
    assert!(has(&v1(&no_mid, "settle", None), "pg", "invalid_format", "warning"));
    let mid = format!(r#"{{"pg":"settle_acc.M1",{base}}}"#);
    let got = v1(&mid, "settle", None);
    assert!(!has(&got, "pg", "invalid_format", "warning"), "{got:?}");
    let ci = |v: &str| {
        let req = format!(r#"{{"pg":"settle_acc.M1",{base},"bypass":{{"settle":{{"custCi":"{v}"}}}}}}"#);
        has(
            &v1(&req, "settle", None),
            "bypass.settle.custCi",
            "invalid_format",
            "error",
        )
    };
    assert!(!ci("00112233445566778899aabbccddeeff"));
    assert!(ci("00112233445566778899aabbccddeef"));
    assert!(ci("plain-ci"));
}

#[test]
fn galaxia_billing_window_follows_the_method() {
    // galaxia.toml `billing-pay-method-required` (method_given = false, fire = always) and the two
    // billing_window rules chosen by method
    let base = r#""pg":"galaxia","merchant_uid":"m1","name":"n","customer_id":"c1","customer_uid":"u1","amount":1000"#;
    let none = v1(&format!("{{{base}}}"), "galaxia", None);
    assert!(has(&none, "pay_method", "required", "error"), "{none:?}");
    assert!(has(&none, "amount", "unsupported", "warning"), "card: nothing charged");
    let number = v1(&format!(r#"{{{base},"pay_method":7}}"#), "galaxia", None);
    assert!(
        has(&number, "pay_method", "required", "error"),
        "a non-string is no method sent"
    );
    let phone = v1(&format!(r#"{{{base},"pay_method":"phone"}}"#), "galaxia", None);
    assert!(has(&phone, "amount", "conflict", "warning"), "phone: charged");
    assert!(!phone.iter().any(|i| i.path == "pay_method"));
    let trans = v1(&format!(r#"{{{base},"pay_method":"trans"}}"#), "galaxia", None);
    assert!(has(&trans, "pay_method", "unsupported", "error"));
}

#[test]
fn galaxia_phone_warning_only_for_an_object() {
    // galaxia.toml `phone-only`: when { type = { phone = "object" } }
    let base = r#""pg":"galaxia","merchant_uid":"m1","name":"n","customer_id":"c1","amount":1000,"pay_method":"card""#;
    let obj = v1(&format!(r#"{{{base},"phone":{{"carrier":"SKT"}}}}"#), "galaxia", None);
    assert!(has(&obj, "phone", "unsupported", "warning"));
    let text = v1(&format!(r#"{{{base},"phone":"SKT"}}"#), "galaxia", None);
    assert!(has(&text, "phone", "invalid_type", "error"));
    assert!(!has(&text, "phone", "unsupported", "warning"));
}

#[test]
fn galaxia_v2_escrow_without_a_method_is_unsupported() {
    // galaxia.toml `escrow-transfer-va`: any = [not_method, method_given = false]
    let check = |method: &str| {
        let req = format!(
            r#"{{"storeId":"s","channelKey":"c","paymentId":"p1","orderName":"o","totalAmount":1000,"currency":"KRW","customer":{{"customerId":"c1","phoneNumber":"010"}},"isEscrow":true{method}}}"#
        );
        let out = v2::check(Api::Payment, &parse(&req).unwrap(), &opts("galaxia", None));
        has(&out.issues, "isEscrow", "unsupported", "error")
    };
    assert!(check(r#","payMethod":"CARD""#));
    assert!(check(""));
    assert!(!check(r#","payMethod":"TRANSFER""#));
}

#[test]
fn danal_codes_resolve() {
    use portone_guard::pg::{by_alias, by_v1_code};
    for name in ["danal", "DANAL_TPAY"] {
        assert_eq!(by_alias(name).unwrap().id, "danal", "{name}");
    }
    assert_eq!(by_v1_code("danal_tpay").unwrap().id, "danal");
    assert!(!portone_guard::core::v1::OTHER_V1_CODES.contains(&"danal"));
    assert!(!portone_guard::core::v1::OTHER_V1_CODES.contains(&"danal_tpay"));
}

#[test]
fn danal_biz_num_is_ten_digits_without_hyphens() {
    // danal.toml `biz-num-ten-digits`: digits = 10, strip = "-"
    let run = |biz: &str| {
        let req = format!(
            r#"{{"pg":"danal_tpay","pay_method":"vbank","merchant_uid":"m1","name":"n","amount":1000,"buyer_tel":"010","biz_num":"{biz}"}}"#
        );
        check_request_pay(&parse(&req).unwrap(), &opts("danal", None))
    };
    let out = run("123-45-67890");
    assert!(has(&out.issues, "biz_num", "invalid_format", "warning"));
    let v = out.value.unwrap();
    let biz = v.as_obj().unwrap().get("biz_num").and_then(|b| b.as_str());
    assert_eq!(biz, Some("1234567890"));
    assert!(run("1234567890").issues.iter().all(|i| i.path != "biz_num"));
    assert!(has(&run("123-45-6789").issues, "biz_num", "invalid_format", "error"));
}

#[test]
fn danal_phone_goes_with_the_danal_code() {
    // danal.toml `phone-pg-danal` (error at pg) / `tpay-channel-danal-tpay` (warning at pay_method,
    // also when it is absent)
    let written = v1(
        r#"{"pg":"danal_tpay","pay_method":"phone","merchant_uid":"m1","name":"n","amount":1000,"buyer_tel":"010"}"#,
        "danal",
        None,
    );
    assert!(has(&written, "pg", "unsupported", "error"), "{written:?}");
    let inferred = v1(
        r#"{"channelKey":"c","merchant_uid":"m1","name":"n","amount":1000,"buyer_tel":"010"}"#,
        "danal",
        None,
    );
    // options.pg `danal` names the phone code: the default card method is reported at pay_method
    assert!(has(&inferred, "pay_method", "unsupported", "warning"), "{inferred:?}");
}

fn kiwoom(src: &str) -> portone_guard::core::Outcome {
    check_request_pay(&parse(src).unwrap(), &opts("kiwoom", None))
}

#[test]
fn daou_aliases_and_code_resolve_to_kiwoom() {
    use portone_guard::pg::{by_alias, by_v1_code};
    for name in ["daou", "DAOU", "kiwoom", "kiwoompay", "payjoa"] {
        assert_eq!(by_alias(name).unwrap().id, "daou", "{name}");
    }
    assert_eq!(by_v1_code("daou").unwrap().id, "daou");
    assert!(!portone_guard::core::v1::OTHER_V1_CODES.contains(&"daou"));
}

#[test]
fn daou_cardquota_is_sent_canonical_and_stays_so() {
    // daou.toml `cardquota`: { cardquota = { ignored_for = [...] } }
    use portone_guard::core::value::Value;
    let out = kiwoom(
        r#"{"channelKey":"c","pay_method":"card","merchant_uid":"o","name":"n","amount":50000,"digital":false,
            "bypass":{"daou":{"CARDQUOTA":" ccnh-3:0:2:2 ^CCBC-0"}}}"#,
    );
    assert!(out.ok());
    let v = out.object().unwrap();
    let d = v
        .get("bypass")
        .and_then(Value::as_obj)
        .and_then(|b| b.get("daou"))
        .and_then(Value::as_obj);
    assert_eq!(
        d.and_then(|d| d.get("CARDQUOTA")).and_then(Value::as_str),
        Some("CCNH-0:2:3^CCBC-0")
    );
    let codes: Vec<_> = out.issues.iter().map(|i| (i.path.as_str(), i.code.as_str())).collect();
    assert_eq!(codes, [("bypass.daou.CARDQUOTA", "invalid_format")]);
}

#[test]
fn daou_messages_never_echo_the_value() {
    let out = kiwoom(
        r#"{"channelKey":"c","pay_method":"card","merchant_uid":"o","name":"김똠방","buyer_name":"Zoë","amount":1000,
            "digital":false,"bypass":{"daou":{"CARDQUOTA":"SECRET-0"}}}"#,
    );
    for i in &out.issues {
        for locale in [portone_guard::i18n::Locale::Ko, portone_guard::i18n::Locale::En] {
            let m = portone_guard::i18n::message(i, locale);
            assert!(
                !m.contains("SECRET") && !m.contains("Zoë") && !m.contains("김똠방"),
                "{m}"
            );
        }
    }
    assert!(!out.ok());
}

#[test]
fn daou_cash_receipt_flag_spelling_follows_the_method() {
    // daou.toml `cash-receipt-flag`: values_by_method
    let run = |pm: &str, flag: &str| {
        kiwoom(&format!(
            r#"{{"channelKey":"c","pay_method":"{pm}","merchant_uid":"o","name":"n","amount":1000,"digital":false,"bypass":{{"daou":{{"CASHRECEIPTFLAG":{flag}}}}}}}"#
        ))
        .issues
        .into_iter()
        .filter(|i| i.path == "bypass.daou.CASHRECEIPTFLAG")
        .map(|i| (i.code.as_str(), i.severity.as_str()))
        .collect::<Vec<_>>()
    };
    assert_eq!(run("trans", "1"), []);
    assert_eq!(run("trans", r#""0""#), []);
    assert_eq!(run("trans", r#""Y""#), [("invalid_value", "error")]);
    assert_eq!(run("kakaopay", r#""N""#), []);
    assert_eq!(run("kakaopay", "1"), [("invalid_value", "error")]);
    assert_eq!(run("card", r#""Y""#), [("unsupported", "warning")]);
    assert_eq!(run("card", "2"), [("invalid_value", "error")]);
    assert_eq!(run("trans", "true"), [("invalid_type", "error")]);
}
