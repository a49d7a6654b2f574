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
