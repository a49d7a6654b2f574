// Compiled with `tsc --noEmit` against pkg/index.d.ts: the declarations name real shapes.
import init, {
  checkRequestPay, requestPay, configure, PortoneGuardError, parseCardQuota, formatCardQuota, cardQuotaCompanies,
  checkPayment, checkIssueBillingKey, checkIssueBillingKeyAndPay,
  requestPayment, requestIssueBillingKey, requestIssueBillingKeyAndPay, toV2,
} from "../../pkg/index.js";
import type {
  Issue, CheckResult, RequestPayParams, RequestPayResponse, CardQuotaGroup, CardQuotaCompany, CardQuotaCode,
  PaymentRequest, IssueBillingKeyRequest, IssueBillingKeyAndPayRequest,
  PaymentResponse, IssueBillingKeyResponse, IssueBillingKeyAndPayResponse, PortOneSdk, Currency,
} from "../../pkg/index.js";

export async function demo(): Promise<void> {
  await init();
  configure({ impCode: "imp00000000", channels: { "channel-key-1": "kcp" } });
  const params: RequestPayParams = { channelKey: "channel-key-1", merchant_uid: "o1", amount: 1004 };
  const r: CheckResult<RequestPayParams> = checkRequestPay(params, { locale: "en" });
  const bare: boolean = checkRequestPay(params).ok; // options are optional
  void bare;
  const first: Issue | undefined = r.issues[0];
  const code: "required" | string | undefined = first?.code;
  const paths: string[] = r.issues.map((i) => i.path);
  if (r.ok && r.value) {
    const amount: number = r.value.amount;
    void amount;
  }
  try {
    const rsp: RequestPayResponse = await requestPay(params, { pg: "kcp" });
    const uid: string = rsp.merchant_uid;
    void uid;
  } catch (e) {
    if (e instanceof PortoneGuardError) {
      const issues: Issue[] = e.issues;
      void issues;
    }
  }
  void code;
  void paths;

  const quota: CheckResult<CardQuotaGroup[]> = parseCardQuota("CCBC-0:2:3", { locale: "en" });
  const months: number[] = quota.value?.[0]?.months ?? [];
  const text: string = formatCardQuota([{ card: "CCNH", months: [0, 2, 3] }]);
  const companies: CardQuotaCompany[] = cardQuotaCompanies();
  const firstCode: CardQuotaCode | undefined = companies[0]?.code;
  const kiwoom: RequestPayParams = {
    channelKey: "channel-key-daou", merchant_uid: "o2", amount: 50000, digital: false,
    bypass: { daou: { CARDQUOTA: text, CASHRECEIPTFLAG: 1, DIRECT_YN: "Y" } },
    phone: { detail: [{ carrier: "SKT", enabled: true }] },
  };
  void months;
  void firstCode;
  void kiwoom;
}

// ---- v2
export async function demoV2(sdkModule: PortOneSdk): Promise<void> {
  const payment: PaymentRequest = {
    storeId: "store-1", channelKey: "channel-key-1", paymentId: "payment1", orderName: "주문",
    totalAmount: 1000, currency: "CURRENCY_KRW", payMethod: "CARD",
    card: { cardCompany: "BC_CARD", installment: { monthOption: { fixedMonth: 3 } } },
    customer: { fullName: "포트원", email: "test@portone.io" },
    bypass: { kpn: { CardSelect: ["GLOBAL", "KEY_IN"] } },
    redirectUrl: "https://shop.example/done",
  };
  const checked: CheckResult<PaymentRequest> = checkPayment(payment, { pg: "kpn", locale: "en" });
  if (checked.ok && checked.value) {
    const c: Currency = checked.value.currency;
    void c;
  }
  const rsp: PaymentResponse | undefined = await requestPayment(payment, { sdk: sdkModule });
  if (rsp === undefined) return; // redirected
  if (rsp.code !== undefined) {
    const why: string | undefined = rsp.message;
    void why;
  }
  const billing: IssueBillingKeyRequest = {
    storeId: "store-1", channelKey: "channel-key-1", billingKeyMethod: "CARD",
    customer: { customerId: "u1", firstName: "길동", lastName: "홍" },
    offerPeriod: { range: { from: "2026-01-01T00:00:00+09:00" } },
  };
  const b: CheckResult<IssueBillingKeyRequest> = checkIssueBillingKey(billing);
  void b;
  const br: IssueBillingKeyResponse | undefined = await requestIssueBillingKey(billing);
  void br;
  const bp: IssueBillingKeyAndPayRequest = {
    storeId: "s", channelKey: "c", paymentId: "p", orderName: "o", totalAmount: 1,
    currency: "KRW", billingKeyAndPayMethod: "MOBILE",
  };
  const bpc: CheckResult<IssueBillingKeyAndPayRequest> = checkIssueBillingKeyAndPay(bp, { pg: "welcome" });
  void bpc;
  const bpr: IssueBillingKeyAndPayResponse = await requestIssueBillingKeyAndPay(bp, { sdk: sdkModule });
  const key: string = bpr.billingKey;
  void key;
}

// toV2 turns v1 parameters into a v2 request.
const converted: CheckResult<PaymentRequest> = toV2({ merchant_uid: "o1", amount: 1004 }, { storeId: "s", channelKey: "c" });
if (converted.value) {
  const total: number = converted.value.totalAmount;
  void total;
}

// PayPal's buttons: request types per call, callbacks typed, a Promise<void> back.
import { checkLoadPaymentUI, checkLoadIssueBillingKeyUI, loadPaymentUI, loadIssueBillingKeyUI } from "../../pkg/index.js";
import { updateLoadPaymentUIRequest, updateLoadIssueBillingKeyUIRequest } from "../../pkg/index.js";
import type { LoadPaymentUIRequest, LoadIssueBillingKeyUIRequest, LoadPaymentUICallbacks } from "../../pkg/index.js";
export async function demoButtons(sdkModule: PortOneSdk): Promise<void> {
  const spb: LoadPaymentUIRequest = {
    uiType: "PAYPAL_SPB", storeId: "s", channelKey: "c", paymentId: "p", orderName: "o", totalAmount: 1000, currency: "USD",
    bypass: { paypal_v2: { style: { layout: "horizontal", height: 40 }, "enable-funding": "paylater,card" } },
  };
  const checked: CheckResult<LoadPaymentUIRequest> = checkLoadPaymentUI(spb, { pg: "paypal_v2" });
  void checked;
  const callbacks: LoadPaymentUICallbacks = { onPaymentSuccess: (r: PaymentResponse) => void r.paymentId, onPaymentFail: () => {} };
  const done: void = await loadPaymentUI(spb, callbacks, { sdk: sdkModule });
  void done;
  const rt: LoadIssueBillingKeyUIRequest = { uiType: "PAYPAL_RT", storeId: "s", channelKey: "c", billingKeyMethod: "PAYPAL" };
  const rtChecked: CheckResult<LoadIssueBillingKeyUIRequest> = checkLoadIssueBillingKeyUI(rt);
  void rtChecked;
  await loadIssueBillingKeyUI(rt, { onIssueBillingKeySuccess: (r: IssueBillingKeyResponse) => void r.billingKey, onIssueBillingKeyFail: (e) => void e.message });
  // @ts-expect-error both callbacks are required, as in the SDK's type
  await loadIssueBillingKeyUI(rt, { onIssueBillingKeySuccess: (r: IssueBillingKeyResponse) => void r.billingKey });
  const updated: void = await updateLoadPaymentUIRequest({ ...spb, totalAmount: 2000 }, { sdk: sdkModule });
  void updated;
  await updateLoadIssueBillingKeyUIRequest(rt);
  // @ts-expect-error an update takes the request alone (no callbacks)
  await updateLoadPaymentUIRequest(spb, callbacks, { sdk: sdkModule });
}
// @ts-expect-error loadPaymentUI takes uiType PAYPAL_SPB only
const wrongUi: LoadPaymentUIRequest = { uiType: "PAYPAL_RT", storeId: "s", channelKey: "c", paymentId: "p", orderName: "o", totalAmount: 1, currency: "USD" };
void wrongUi;

// A stand-in with the SDK's method shapes is a PortOneSdk.
const standIn: PortOneSdk = {
  requestPayment: async (r: PaymentRequest) => ({ transactionType: "PAYMENT", txId: "t", paymentId: r.paymentId }),
};
void standIn;

// @ts-expect-error amount must be a number in the declarations
const wrong: RequestPayParams = { merchant_uid: "o", amount: "1004" };
void wrong;
// @ts-expect-error CARDQUOTA codes are Kiwoom's own, not 금융결제원 numbers
const wrongCode: CardQuotaGroup = { card: "361", months: [0] };
void wrongCode;
// @ts-expect-error totalAmount must be a number
const wrongV2: PaymentRequest = { storeId: "s", paymentId: "p", orderName: "o", totalAmount: "1000", currency: "KRW" };
void wrongV2;
// @ts-expect-error currency is a known ISO code (or its CURRENCY_ form)
const wrongCurrency: Currency = "WON";
void wrongCurrency;
// @ts-expect-error monthOption takes exactly one of fixedMonth / availableMonthList
const wrongMonths: PaymentRequest = { ...({} as PaymentRequest), card: { installment: { monthOption: { fixedMonth: 2, availableMonthList: [3] } } } };
void wrongMonths;

// gateways() and the code tables
import { gateways, cardCompanies, bankCodes } from "../../pkg/index.js";
import type { GatewayInfo, CardCompanyInfo, BankCodeInfo } from "../../pkg/index.js";
const gws: GatewayInfo[] = gateways();
const firstCodes: string[] = gws[0].v1?.pgCodes ?? [];
const cardRows: CardCompanyInfo[] = cardCompanies();
const kcpBank: string | null = (bankCodes() as BankCodeInfo[])[0].codes.kcp;
void firstCodes; void cardRows; void kcpBank;
