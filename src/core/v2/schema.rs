//! The v2 request schema as key tables: `PaymentRequest`, `IssueBillingKeyRequest`,
//! `IssueBillingKeyAndPayRequest`, `LoadPaymentUIRequest` and `LoadIssueBillingKeyUIRequest` with
//! every nested object, as the type declarations of npm
//! `@portone/browser-sdk@0.1.11` define them (`shared/reference/v2-sdk.md` §4), with the docs
//! schema (`src/schema/browser-sdk.yml`) deciding where the two differ (`billingKeyMethod` is
//! required there). `bypass` is only type-checked here; its blocks have one table per PG under
//! `src/pg/`. Cross-field rules live in `rules.rs`.

use super::enums::{
    BANK, BILLING_KEY_AND_PAY_METHOD, BILLING_KEY_METHOD, CARD_COMPANY, CARRIER, CASH_RECEIPT_TYPE, COUNTRY, CURRENCY,
    EASY_PAY_PAYMENT_METHOD, EASY_PAY_PROVIDER, FREE_INSTALLMENT_PG, GENDER, GIFT_CERTIFICATE_TYPE, LOCALE, PAY_METHOD,
    PRODUCT_TYPE, WINDOW_TYPE,
};
use crate::core::fields::{Key, Kind, MAX_AMOUNT};
use crate::core::issue::Bi;

static ONE_OF: Bi = bi!(
    "SDK 타입(OneOfType)상 이 객체에는 항목 하나만 넣을 수 있습니다.",
    "The SDK's type (OneOfType) allows exactly one of these keys in this object."
);

/// `Address`.
pub static ADDRESS: &[Key] = &[
    Key::new("country", Kind::Coded(&COUNTRY)),
    Key::req("addressLine1", Kind::Str),
    Key::req("addressLine2", Kind::Str),
    Key::new("city", Kind::Str),
    Key::new("province", Kind::Str),
];

/// `Customer` (`email` and the `firstName`/`lastName` pairing are checked in `rules.rs`).
pub static CUSTOMER: &[Key] = &[
    Key::new("customerId", Kind::Str),
    Key::new("fullName", Kind::Str),
    Key::new("firstName", Kind::Str),
    Key::new("lastName", Kind::Str),
    Key::new("phoneNumber", Kind::Str),
    Key::new("email", Kind::Str),
    Key::new("address", Kind::Fields(ADDRESS)),
    Key::new("zipcode", Kind::Str),
    Key::new("gender", Kind::Coded(&GENDER)),
    Key::new("birthYear", Kind::Str),
    Key::new("birthMonth", Kind::Str),
    Key::new("birthDay", Kind::Str),
    Key::new("firstNameKana", Kind::Str),
    Key::new("lastNameKana", Kind::Str),
];

/// `Product`.
pub static PRODUCT: &[Key] = &[
    Key::req("id", Kind::Str),
    Key::req("name", Kind::Str),
    Key::new("code", Kind::Str),
    Key::req("amount", Kind::Amount),
    Key::req("quantity", Kind::Int(0, MAX_AMOUNT)),
    Key::new("tag", Kind::Str),
    Key::new("link", Kind::Str),
    Key::new("description", Kind::Str),
];

static OPENING_HOURS: &[Key] = &[Key::new("open", Kind::Str), Key::new("close", Kind::Str)];

/// `StoreDetails`.
pub static STORE_DETAILS: &[Key] = &[
    Key::new("ceoFullName", Kind::Str),
    Key::new("phoneNumber", Kind::Str),
    Key::new("address", Kind::Str),
    Key::new("zipcode", Kind::Str),
    Key::new("email", Kind::Str),
    Key::new("businessName", Kind::Str),
    Key::new("businessRegistrationNumber", Kind::Str),
    Key::new("storeName", Kind::Str),
    Key::new("storeNameShort", Kind::Str),
    Key::new("storeNameEn", Kind::Str),
    Key::new("storeNameKana", Kind::Str),
    Key::new("openingHours", Kind::Fields(OPENING_HOURS)),
    Key::new("contactName", Kind::Str),
];

/// `WindowTypes`.
pub static WINDOW_TYPES: &[Key] = &[
    Key::new("pc", Kind::Coded(&WINDOW_TYPE)),
    Key::new("mobile", Kind::Coded(&WINDOW_TYPE)),
];

/// `Popup`.
pub static POPUP: &[Key] = &[Key::new("center", Kind::Bool)];
/// `Iframe`.
pub static IFRAME: &[Key] = &[Key::new("dim", Kind::Bool)];

static RANGE: &[Key] = &[Key::new("from", Kind::Text), Key::new("to", Kind::Text)];

/// `OfferPeriod`: `range` (`{from}`, `{to}` or `{from, to}`) or `interval` (`1m`, `30d`, `1y`).
pub static OFFER_PERIOD: &[Key] = &[Key::new("range", Kind::Fields(RANGE)), Key::new("interval", Kind::Text)];

static FREE_INSTALLMENT_PLAN: &[Key] = &[
    Key::req("cardCompany", Kind::Coded(&CARD_COMPANY)),
    Key::new("pgProvider", Kind::Coded(&FREE_INSTALLMENT_PG)),
    Key::req("months", Kind::ListOf(&Kind::Int(0, MAX_AMOUNT))),
];

/// `InstallmentMonthOption`: `fixedMonth` or `availableMonthList`.
pub static MONTH_OPTION: &[Key] = &[
    Key::new("fixedMonth", Kind::Int(0, MAX_AMOUNT)),
    Key::new("availableMonthList", Kind::ListOf(&Kind::Int(0, MAX_AMOUNT))),
];

/// `Installment`.
pub static INSTALLMENT: &[Key] = &[
    Key::new(
        "freeInstallmentPlans",
        Kind::ListOf(&Kind::Fields(FREE_INSTALLMENT_PLAN)),
    ),
    Key::new("monthOption", Kind::OneOf(MONTH_OPTION)).with_note(&ONE_OF),
];

static CARD_PROMOTION: &[Key] = &[
    Key::req("promotionId", Kind::Text),
    Key::req("discountAmount", Kind::Amount),
];

/// `card` of `requestPayment`.
pub static CARD: &[Key] = &[
    Key::new("cardCompany", Kind::Coded(&CARD_COMPANY)),
    Key::new("availableCards", Kind::ListOf(&Kind::Coded(&CARD_COMPANY))),
    Key::new("useFreeInterestFromMall", Kind::Bool),
    Key::new("installment", Kind::Fields(INSTALLMENT)),
    Key::new("useCardPoint", Kind::Bool),
    Key::new("useAppCardOnly", Kind::Bool),
    Key::new("useInstallment", Kind::Bool),
    Key::new("cardPromotion", Kind::Fields(CARD_PROMOTION)),
];

static FIXED_OPTION: &[Key] = &[
    Key::new("pgAccountId", Kind::Text),
    Key::new("accountNumber", Kind::Text),
];

/// `accountExpiry` / `paymentDeadline`: `validHours` or `dueDate` (its layout is checked in
/// `rules.rs`).
pub static DEADLINE: &[Key] = &[
    Key::new("validHours", Kind::Int(1, MAX_AMOUNT)),
    Key::new("dueDate", Kind::Text),
];

/// `virtualAccount`.
pub static VIRTUAL_ACCOUNT: &[Key] = &[
    Key::new("cashReceiptType", Kind::Coded(&CASH_RECEIPT_TYPE)),
    Key::new("customerIdentifier", Kind::Str),
    Key::new("fixedOption", Kind::OneOf(FIXED_OPTION)).with_note(&ONE_OF),
    Key::new("bankCode", Kind::Coded(&BANK)),
    Key::new("accountExpiry", Kind::OneOf(DEADLINE)).with_note(&ONE_OF),
    Key::new("availableBanks", Kind::ListOf(&Kind::Coded(&BANK))),
];

/// `transfer`.
pub static TRANSFER: &[Key] = &[
    Key::new("cashReceiptType", Kind::Coded(&CASH_RECEIPT_TYPE)),
    Key::new("customerIdentifier", Kind::Str),
    Key::new("bankCode", Kind::Coded(&BANK)),
];

/// `mobile` (the SDK really spells it `avaliableCarriers`).
pub static MOBILE: &[Key] = &[
    Key::new("carrier", Kind::Coded(&CARRIER)),
    Key::new("avaliableCarriers", Kind::ListOf(&Kind::Coded(&CARRIER))),
];

static GIFT_CERTIFICATE: &[Key] = &[Key::new("giftCertificateType", Kind::Coded(&GIFT_CERTIFICATE_TYPE))];

/// `easyPay` of `requestPayment`.
pub static EASY_PAY: &[Key] = &[
    Key::new("easyPayProvider", Kind::Coded(&EASY_PAY_PROVIDER)),
    Key::new("useFreeInterestFromMall", Kind::Bool),
    Key::new("availableCards", Kind::ListOf(&Kind::Coded(&CARD_COMPANY))),
    Key::new("installment", Kind::Fields(INSTALLMENT)),
    Key::new("cashReceiptType", Kind::Coded(&CASH_RECEIPT_TYPE)),
    Key::new("customerIdentifier", Kind::Str),
    Key::new("useCardPoint", Kind::Bool),
    Key::new(
        "availablePayMethods",
        Kind::ListOf(&Kind::Coded(&EASY_PAY_PAYMENT_METHOD)),
    ),
    Key::new("useInstallment", Kind::Bool),
];

static CONVENIENCE_STORE: &[Key] = &[Key::new("paymentDeadline", Kind::OneOf(DEADLINE)).with_note(&ONE_OF)];
static ALIPAY_PLUS: &[Key] = &[Key::new("easyPayProvider", Kind::Coded(&EASY_PAY_PROVIDER))];
static EMPTY: &[Key] = &[];

static CARD_BILLING: &[Key] = &[Key::new("cardCompany", Kind::Coded(&CARD_COMPANY))];
static EASY_PAY_BILLING: &[Key] = &[
    Key::new("availableCards", Kind::ListOf(&Kind::Coded(&CARD_COMPANY))),
    Key::new("easyPayProvider", Kind::Coded(&EASY_PAY_PROVIDER)),
    Key::new(
        "availablePayMethods",
        Kind::ListOf(&Kind::Coded(&EASY_PAY_PAYMENT_METHOD)),
    ),
];

/// `payMethod` value → its sub-object (`payMethodToUnionField` in v2-enums.json).
pub static PAY_METHOD_FIELDS: &[(&str, &str)] = &[
    ("CARD", "card"),
    ("VIRTUAL_ACCOUNT", "virtualAccount"),
    ("TRANSFER", "transfer"),
    ("MOBILE", "mobile"),
    ("GIFT_CERTIFICATE", "giftCertificate"),
    ("EASY_PAY", "easyPay"),
    ("PAYPAL", "paypal"),
    ("ALIPAY", "alipay"),
    ("CONVENIENCE_STORE", "convenienceStore"),
    ("ALIPAY_PLUS", "alipayPlus"),
];

/// `billingKeyMethod` value → its sub-object.
pub static BILLING_KEY_METHOD_FIELDS: &[(&str, &str)] = &[
    ("CARD", "card"),
    ("MOBILE", "mobile"),
    ("EASY_PAY", "easyPay"),
    ("PAYPAL", "paypal"),
];

/// `billingKeyAndPayMethod` value → its sub-object.
pub static BILLING_KEY_AND_PAY_METHOD_FIELDS: &[(&str, &str)] = &[("MOBILE", "mobile")];

/// `PaymentRequest` (`requestPayment`). `payMethod` is required by `rules.rs` (some PGs take none).
pub static PAYMENT: &[Key] = &[
    Key::req("storeId", Kind::Text),
    Key::req("paymentId", Kind::Text),
    Key::req("orderName", Kind::Text),
    Key::new("orderDetail", Kind::Str),
    Key::req("totalAmount", Kind::Amount),
    Key::req("currency", Kind::Coded(&CURRENCY)),
    Key::new("payMethod", Kind::Coded(&PAY_METHOD)),
    Key::new("channelKey", Kind::Text),
    Key::new("channelGroupId", Kind::Text),
    Key::new("taxFreeAmount", Kind::Amount),
    Key::new("vatAmount", Kind::Amount),
    Key::new("customer", Kind::Fields(CUSTOMER)),
    Key::new("windowType", Kind::Fields(WINDOW_TYPES)),
    Key::new("redirectUrl", Kind::Url),
    Key::new("forceRedirect", Kind::Bool),
    Key::new("noticeUrls", Kind::ListOf(&Kind::Url)),
    Key::new("confirmUrl", Kind::Url),
    Key::new("appScheme", Kind::Str),
    Key::new("isEscrow", Kind::Bool),
    Key::new("products", Kind::ListOf(&Kind::Fields(PRODUCT))),
    Key::new("isCulturalExpense", Kind::Bool),
    Key::new("locale", Kind::Coded(&LOCALE)),
    Key::new("customData", Kind::Obj),
    Key::new("country", Kind::Coded(&COUNTRY)),
    Key::new("productType", Kind::Coded(&PRODUCT_TYPE)),
    Key::new("offerPeriod", Kind::OneOf(OFFER_PERIOD)).with_note(&ONE_OF),
    Key::new("storeDetails", Kind::Fields(STORE_DETAILS)),
    Key::new("shippingAddress", Kind::Fields(ADDRESS)),
    Key::new("promotionId", Kind::Str),
    Key::new("merpayCategoryId", Kind::Str),
    Key::new("popup", Kind::Fields(POPUP)),
    Key::new("iframe", Kind::Fields(IFRAME)),
    Key::new("bypass", Kind::Obj),
    Key::new("card", Kind::Fields(CARD)),
    Key::new("virtualAccount", Kind::Fields(VIRTUAL_ACCOUNT)),
    Key::new("transfer", Kind::Fields(TRANSFER)),
    Key::new("mobile", Kind::Fields(MOBILE)),
    Key::new("giftCertificate", Kind::Fields(GIFT_CERTIFICATE)),
    Key::new("easyPay", Kind::Fields(EASY_PAY)),
    Key::new("paypal", Kind::Fields(EMPTY)),
    Key::new("alipay", Kind::Fields(EMPTY)),
    Key::new("convenienceStore", Kind::Fields(CONVENIENCE_STORE)),
    Key::new("alipayPlus", Kind::Fields(ALIPAY_PLUS)),
];

/// `IssueBillingKeyRequest` (`requestIssueBillingKey`). `billingKeyMethod` is optional in the
/// npm types but required in the docs schema and every guide; `rules.rs` requires it.
pub static ISSUE_BILLING_KEY: &[Key] = &[
    Key::new("displayAmount", Kind::Amount),
    Key::new("currency", Kind::Coded(&CURRENCY)),
    Key::req("storeId", Kind::Text),
    Key::new("channelKey", Kind::Text),
    Key::new("billingKeyMethod", Kind::Coded(&BILLING_KEY_METHOD)),
    Key::new("issueName", Kind::Str),
    Key::new("issueId", Kind::Str),
    Key::new("customer", Kind::Fields(CUSTOMER)),
    Key::new("windowType", Kind::Fields(WINDOW_TYPES)),
    Key::new("redirectUrl", Kind::Url),
    Key::new("forceRedirect", Kind::Bool),
    Key::new("locale", Kind::Coded(&LOCALE)),
    Key::new("customData", Kind::Obj),
    Key::new("offerPeriod", Kind::OneOf(OFFER_PERIOD)).with_note(&ONE_OF),
    Key::new("appScheme", Kind::Str),
    Key::new("noticeUrls", Kind::ListOf(&Kind::Url)),
    Key::new("productType", Kind::Coded(&PRODUCT_TYPE)),
    Key::new("bypass", Kind::Obj),
    Key::new("popup", Kind::Fields(POPUP)),
    Key::new("iframe", Kind::Fields(IFRAME)),
    Key::new("card", Kind::Fields(CARD_BILLING)),
    Key::new("mobile", Kind::Fields(MOBILE)),
    Key::new("easyPay", Kind::Fields(EASY_PAY_BILLING)),
    Key::new("paypal", Kind::Fields(EMPTY)),
];

/// `IssueBillingKeyAndPayRequest` (`requestIssueBillingKeyAndPay`).
pub static ISSUE_BILLING_KEY_AND_PAY: &[Key] = &[
    Key::req("storeId", Kind::Text),
    Key::req("paymentId", Kind::Text),
    Key::req("orderName", Kind::Text),
    Key::req("totalAmount", Kind::Amount),
    Key::req("currency", Kind::Coded(&CURRENCY)),
    Key::new("channelKey", Kind::Text),
    Key::req("billingKeyAndPayMethod", Kind::Coded(&BILLING_KEY_AND_PAY_METHOD)),
    Key::new("taxFreeAmount", Kind::Amount),
    Key::new("vatAmount", Kind::Amount),
    Key::new("customer", Kind::Fields(CUSTOMER)),
    Key::new("products", Kind::ListOf(&Kind::Fields(PRODUCT))),
    Key::new("windowType", Kind::Fields(WINDOW_TYPES)),
    Key::new("redirectUrl", Kind::Url),
    Key::new("forceRedirect", Kind::Bool),
    Key::new("noticeUrls", Kind::ListOf(&Kind::Url)),
    Key::new("locale", Kind::Coded(&LOCALE)),
    Key::new("isCulturalExpense", Kind::Bool),
    Key::new("customData", Kind::Obj),
    Key::new("offerPeriod", Kind::OneOf(OFFER_PERIOD)).with_note(&ONE_OF),
    Key::new("appScheme", Kind::Str),
    Key::new("productType", Kind::Coded(&PRODUCT_TYPE)),
    Key::new("storeDetails", Kind::Fields(STORE_DETAILS)),
    Key::new("country", Kind::Coded(&COUNTRY)),
    Key::new("bypass", Kind::Obj),
    Key::new("popup", Kind::Fields(POPUP)),
    Key::new("iframe", Kind::Fields(IFRAME)),
    Key::new("mobile", Kind::Fields(MOBILE)),
];

static UI_TYPE_PAYMENT: Bi = bi!(
    "loadPaymentUI에서는 PAYPAL_SPB입니다(PAYPAL_RT는 빌링키 발급 loadIssueBillingKeyUI용).",
    "loadPaymentUI takes PAYPAL_SPB (PAYPAL_RT is for the billing-key call, loadIssueBillingKeyUI)."
);
static UI_TYPE_BILLING: Bi = bi!(
    "loadIssueBillingKeyUI에서는 PAYPAL_RT입니다(PAYPAL_SPB는 결제 loadPaymentUI용).",
    "loadIssueBillingKeyUI takes PAYPAL_RT (PAYPAL_SPB is for the payment call, loadPaymentUI)."
);

/// `LoadPaymentUIRequest` (`loadPaymentUI`), as npm `@portone/browser-sdk@0.1.11` declares it
/// (`v2-sdk.md` §4.6), plus `payMethod` and `windowType`, which the PayPal guide says may be
/// omitted (so may be sent). `channelKey` is required by `rules.rs`.
pub static LOAD_PAYMENT_UI: &[Key] = &[
    Key::req("uiType", Kind::Enum(&["PAYPAL_SPB"])).with_note(&UI_TYPE_PAYMENT),
    Key::req("storeId", Kind::Text),
    Key::req("paymentId", Kind::Text),
    Key::req("orderName", Kind::Text),
    Key::req("totalAmount", Kind::Amount),
    Key::req("currency", Kind::Coded(&CURRENCY)),
    Key::new("channelKey", Kind::Text),
    Key::new("payMethod", Kind::Coded(&PAY_METHOD)),
    Key::new("windowType", Kind::Fields(WINDOW_TYPES)),
    Key::new("taxFreeAmount", Kind::Amount),
    Key::new("vatAmount", Kind::Amount),
    Key::new("customer", Kind::Fields(CUSTOMER)),
    Key::new("redirectUrl", Kind::Url),
    Key::new("noticeUrls", Kind::ListOf(&Kind::Url)),
    Key::new("confirmUrl", Kind::Url),
    Key::new("appScheme", Kind::Str),
    Key::new("isEscrow", Kind::Bool),
    Key::new("products", Kind::ListOf(&Kind::Fields(PRODUCT))),
    Key::new("isCulturalExpense", Kind::Bool),
    Key::new("locale", Kind::Coded(&LOCALE)),
    Key::new("customData", Kind::Obj),
    Key::new("offerPeriod", Kind::OneOf(OFFER_PERIOD)).with_note(&ONE_OF),
    Key::new("productType", Kind::Coded(&PRODUCT_TYPE)),
    Key::new("storeDetails", Kind::Fields(STORE_DETAILS)),
    Key::new("bypass", Kind::Obj),
    Key::new("country", Kind::Coded(&COUNTRY)),
    Key::new("shippingAddress", Kind::Fields(ADDRESS)),
    Key::new("promotionGroupId", Kind::Str),
    Key::new("promotionIds", Kind::ListOf(&Kind::Str)),
];

/// `LoadIssueBillingKeyUIRequest` (`loadIssueBillingKeyUI`). `billingKeyMethod` is required by
/// the SDK's type but omitted in the PayPal guide's example: `rules.rs` warns when it is missing.
pub static LOAD_ISSUE_BILLING_KEY_UI: &[Key] = &[
    Key::req("uiType", Kind::Enum(&["PAYPAL_RT"])).with_note(&UI_TYPE_BILLING),
    Key::req("storeId", Kind::Text),
    Key::new("channelKey", Kind::Text),
    Key::new("billingKeyMethod", Kind::Coded(&BILLING_KEY_METHOD)),
    Key::new("windowType", Kind::Fields(WINDOW_TYPES)),
    Key::new("displayAmount", Kind::Amount),
    Key::new("currency", Kind::Coded(&CURRENCY)),
    Key::new("issueName", Kind::Str),
    Key::new("issueId", Kind::Str),
    Key::new("customer", Kind::Fields(CUSTOMER)),
    Key::new("redirectUrl", Kind::Url),
    Key::new("locale", Kind::Coded(&LOCALE)),
    Key::new("customData", Kind::Obj),
    Key::new("appScheme", Kind::Str),
    Key::new("noticeUrls", Kind::ListOf(&Kind::Url)),
    Key::new("productType", Kind::Coded(&PRODUCT_TYPE)),
    Key::new("bypass", Kind::Obj),
];

/// Keys people bring from v1 (`IMP.request_pay`) or put at the wrong level, and where they
/// belong in v2 (used as the did-you-mean of `unknown_field`).
pub static V1_NAMES: &[(&str, &str)] = &[
    ("merchant_uid", "paymentId"),
    ("name", "orderName"),
    ("amount", "totalAmount"),
    ("pay_method", "payMethod"),
    ("pg", "channelKey"),
    ("buyer_name", "customer.fullName"),
    ("buyer_tel", "customer.phoneNumber"),
    ("buyer_email", "customer.email"),
    ("buyer_addr", "customer.address"),
    ("buyer_postcode", "customer.zipcode"),
    ("m_redirect_url", "redirectUrl"),
    ("notice_url", "noticeUrls"),
    ("noticeUrl", "noticeUrls"),
    ("confirm_url", "confirmUrl"),
    ("custom_data", "customData"),
    ("app_scheme", "appScheme"),
    ("escrow", "isEscrow"),
    ("tax_free", "taxFreeAmount"),
    ("vat_amount", "vatAmount"),
    ("language", "locale"),
    ("vbank_due", "virtualAccount.accountExpiry.dueDate"),
    ("card_quota", "card.installment.monthOption"),
    ("display", "card.installment"),
    ("digital", "productType"),
    ("customer_uid", "issueId"),
    ("fullName", "customer.fullName"),
    ("phoneNumber", "customer.phoneNumber"),
    ("email", "customer.email"),
    ("customerId", "customer.customerId"),
    ("cardCompany", "card.cardCompany"),
    ("easyPayProvider", "easyPay.easyPayProvider"),
    ("installment", "card.installment"),
];

/// The same for `requestIssueBillingKey`, where the v1 names map to other keys.
pub static V1_NAMES_BILLING: &[(&str, &str)] = &[
    ("merchant_uid", "issueId"),
    ("customer_uid", "issueId"),
    ("name", "issueName"),
    ("orderName", "issueName"),
    ("paymentId", "issueId"),
    ("amount", "displayAmount"),
    ("totalAmount", "displayAmount"),
    ("pay_method", "billingKeyMethod"),
    ("payMethod", "billingKeyMethod"),
];

/// The same for `loadPaymentUI`, which has no method sub-objects.
pub static V1_NAMES_LOAD_PAYMENT_UI: &[(&str, &str)] = &[
    ("merchant_uid", "paymentId"),
    ("name", "orderName"),
    ("amount", "totalAmount"),
    ("pay_method", "payMethod"),
    ("pg", "channelKey"),
    ("buyer_name", "customer.fullName"),
    ("buyer_tel", "customer.phoneNumber"),
    ("buyer_email", "customer.email"),
    ("m_redirect_url", "redirectUrl"),
    ("notice_url", "noticeUrls"),
    ("noticeUrl", "noticeUrls"),
    ("confirm_url", "confirmUrl"),
    ("custom_data", "customData"),
    ("tax_free", "taxFreeAmount"),
    ("vat_amount", "vatAmount"),
    ("ui_type", "uiType"),
    ("type", "uiType"),
    ("fullName", "customer.fullName"),
    ("firstName", "customer.firstName"),
    ("lastName", "customer.lastName"),
    ("phoneNumber", "customer.phoneNumber"),
    ("email", "customer.email"),
];

/// The same for `loadIssueBillingKeyUI`.
pub static V1_NAMES_LOAD_ISSUE_BILLING_KEY_UI: &[(&str, &str)] = &[
    ("merchant_uid", "issueId"),
    ("customer_uid", "issueId"),
    ("paymentId", "issueId"),
    ("name", "issueName"),
    ("orderName", "issueName"),
    ("amount", "displayAmount"),
    ("totalAmount", "displayAmount"),
    ("pay_method", "billingKeyMethod"),
    ("payMethod", "billingKeyMethod"),
    ("ui_type", "uiType"),
    ("type", "uiType"),
];

/// The same for `requestIssueBillingKeyAndPay`.
pub static V1_NAMES_BILLING_AND_PAY: &[(&str, &str)] = &[
    ("pay_method", "billingKeyAndPayMethod"),
    ("payMethod", "billingKeyAndPayMethod"),
    ("billingKeyMethod", "billingKeyAndPayMethod"),
];
