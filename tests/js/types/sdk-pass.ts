// Compiled by the test command (tsc, strict) against pkg/index.d.ts and the real
// @portone/browser-sdk@0.1.11 declarations: what a shop writes beside the official SDK compiles.
import init, {
  checkPayment, checkIssueBillingKey, checkIssueBillingKeyAndPay, checkLoadPaymentUI, checkLoadIssueBillingKeyUI,
  requestPayment, requestIssueBillingKey, requestIssueBillingKeyAndPay, loadPaymentUI, loadIssueBillingKeyUI,
  updateLoadPaymentUIRequest, checkRequestPay, configure, PortoneGuardError,
} from "portone-guard";
import type { CheckResult, RequestPayParams, PaymentRequest, PgCode, V1PayMethod } from "portone-guard";
import * as PortOne from "@portone/browser-sdk/v2";
import PortOneDefault from "@portone/browser-sdk/v2";

export async function shop(
  typed: PortOne.PaymentRequest,
  billing: PortOne.IssueBillingKeyRequest,
  billingAndPay: PortOne.IssueBillingKeyAndPayRequest,
  ui: PortOne.LoadPaymentUIRequest,
  billingUi: PortOne.LoadIssueBillingKeyUIRequest,
): Promise<void> {
  await init();
  configure({ channels: { "channel-key-1": "kpn" }, locale: "en" });

  // a request the shop typed with the SDK's own type goes in…
  const r = checkPayment(typed);
  // …and the checked value goes straight to the SDK
  if (r.ok) {
    const amount: number = r.value.totalAmount; // no "possibly null" under strict
    void amount;
    await PortOne.requestPayment(r.value);
    await PortOneDefault.requestPayment(r.value);
  } else {
    const nothing: null = r.value;
    void nothing;
  }
  // both import styles are an options.sdk
  await requestPayment(typed, { sdk: PortOne });
  await requestPayment(typed, { sdk: PortOneDefault, timeoutMs: 60_000 });

  const b = checkIssueBillingKey(billing);
  if (b.ok) await PortOne.requestIssueBillingKey(b.value);
  await requestIssueBillingKey(billing, { sdk: PortOne });
  await requestIssueBillingKey(billing, { sdk: PortOneDefault });

  const bp = checkIssueBillingKeyAndPay(billingAndPay);
  if (bp.ok) await PortOne.requestIssueBillingKeyAndPay(bp.value);
  await requestIssueBillingKeyAndPay(billingAndPay, { sdk: PortOne });
  await requestIssueBillingKeyAndPay(billingAndPay, { sdk: PortOneDefault });

  const callbacks = {
    onPaymentSuccess: (rsp: PortOne.PaymentResponse) => void rsp.paymentId,
    onPaymentFail: (err: PortOne.PaymentError) => void err.message,
  };
  const u = checkLoadPaymentUI(ui);
  if (u.ok) await PortOne.loadPaymentUI(u.value, callbacks);
  await loadPaymentUI(ui, callbacks, { sdk: PortOne, pg: "paypal_v2" });
  await loadPaymentUI(ui, callbacks, { sdk: PortOneDefault });
  await updateLoadPaymentUIRequest(ui, { sdk: PortOne });
  const bu = checkLoadIssueBillingKeyUI(billingUi);
  const billingCallbacks = {
    onIssueBillingKeySuccess: (rsp: PortOne.IssueBillingKeyResponse) => void rsp.billingKey,
    onIssueBillingKeyFail: (err: PortOne.IssueBillingKeyError) => void err.message,
  };
  if (bu.ok) await PortOne.loadIssueBillingKeyUI(bu.value, billingCallbacks);
  await loadIssueBillingKeyUI(billingUi, billingCallbacks, { sdk: PortOne });

  // a literal: every key known, the enums as unions
  const literal = checkPayment({
    storeId: "store-1", channelKey: "channel-key-1", paymentId: "p1", orderName: "o",
    totalAmount: 1000, currency: "CURRENCY_KRW", payMethod: "CARD",
    card: { installment: { monthOption: { availableMonthList: [2, 3] } } },
  });
  if (literal.ok) await PortOne.requestPayment(literal.value);
  // our request type is the SDK's input too
  const ours: PaymentRequest = { storeId: "s", paymentId: "p", orderName: "o", totalAmount: 1, currency: "KRW", payMethod: "EASY_PAY" };
  await PortOne.requestPayment(ours);

  // v1: pg values complete as unions, with template literals for a MID
  const pgs: PgCode[] = ["kcp", "kcp.A52CY", "html5_inicis.INIpayTest", "kakaopay", "nice"];
  const methods: V1PayMethod[] = ["card", "trans", "vbank", "phone", "samsung", "kakaopay"];
  const v1: RequestPayParams = {
    pg: "kcp.A52CY", pay_method: "card", merchant_uid: "o1", amount: 1004, currency: "KRW",
    buyer_email: "a@b.c", bypass: { daou: { CARDQUOTA: "CCBC-0:2:3" } },
  };
  const c: CheckResult<RequestPayParams> = checkRequestPay(v1);
  if (c.ok) void c.value.amount;
  void pgs;
  void methods;

  try {
    await requestPayment(typed);
  } catch (e) {
    if (e instanceof PortoneGuardError) void e.issues.map((i) => `${i.path} ${i.code}`);
  }
}
