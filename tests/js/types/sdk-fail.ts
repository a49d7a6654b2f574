// Must NOT compile (the test command runs tsc on it and expects every marked line to be an
// error): misspelled keys in literals, unknown enum values, the result used without `if (r.ok)`.
// Each case is on its own line after an `// expect-error` comment; tests/js/types.test.mjs
// checks that tsc reports an error on exactly those lines and nowhere else.
import { checkPayment, checkRequestPay, checkIssueBillingKey, requestPayment } from "portone-guard";
import * as PortOne from "@portone/browser-sdk/v2";

const base = { storeId: "s", paymentId: "p", orderName: "o", totalAmount: 1, currency: "KRW", payMethod: "CARD" } as const;

// expect-error
checkRequestPay({ merchant_uid: "o", amount: 1, buyer_emial: "a@b.c" });
// expect-error
checkPayment({ ...base, totalAmmount: 1000 });
// expect-error
checkRequestPay({ pg: "kpc", merchant_uid: "o", amount: 1 });
// expect-error
checkRequestPay({ pay_method: "crad", merchant_uid: "o", amount: 1 });
// expect-error
checkPayment({ ...base, payMethod: "CRAD" });
// expect-error
checkPayment({ ...base, currency: "WON" });
// expect-error
checkRequestPay({ merchant_uid: "o", amount: 1, currency: "WON" });
// expect-error
checkIssueBillingKey({ storeId: "s", billingKeyMethod: "CARD", issueNmae: "x" });

export function unchecked(): void {
  const r = checkPayment(base);
  // expect-error
  const n: number = r.value.totalAmount;
  void n;
  // expect-error
  void PortOne.requestPayment(r.value);
  // expect-error
  void requestPayment(base, { sdk: {} as { requestPayment: string } });
}
