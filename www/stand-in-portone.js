// A stand-in for PortOne's v2 browser SDK (window.PortOne) so the demo runs offline: it records
// each request, shows a small mock window, and resolves like the real SDK (a response object whose
// `code` is set on failure). The tests also serve this file in place of the CDN script.
(function () {
  const calls = [];
  const uid = (prefix) => prefix + "-" + Date.now().toString(36) + "-" + Math.random().toString(36).slice(2, 10);
  const amountText = (req) =>
    typeof req.totalAmount === "number" ? req.totalAmount.toLocaleString("ko-KR") + " " + (req.currency || "") : "";

  function mockWindow(title, detail) {
    return new Promise((resolve) => {
      const dlg = document.createElement("dialog");
      dlg.className = "mock-pay";
      const h = document.createElement("h3");
      h.textContent = title;
      const p = document.createElement("p");
      p.textContent = detail;
      const ok = document.createElement("button");
      ok.textContent = "승인";
      ok.className = "primary";
      ok.dataset.mock = "approve";
      const cancel = document.createElement("button");
      cancel.textContent = "취소";
      cancel.dataset.mock = "cancel";
      dlg.append(h, p, ok, cancel);
      document.body.append(dlg);
      dlg.showModal();
      const done = (approved) => {
        dlg.close();
        dlg.remove();
        // the real window takes a moment to hand control back
        setTimeout(() => resolve(approved), 150);
      };
      ok.onclick = () => done(true);
      cancel.onclick = () => done(false);
      dlg.addEventListener("cancel", (e) => { e.preventDefault(); done(false); });
    });
  }

  const cancelled = { code: "FAILURE_TYPE_PG", message: "사용자가 결제를 취소했습니다.", pgCode: "CANCEL", pgMessage: "user cancelled" };

  window.PortOne = {
    calls,
    standIn: true,
    async requestPayment(req) {
      calls.push(["requestPayment", req]);
      const ok = await mockWindow("모의 결제창 (stand-in v2)", (req.orderName || "") + " · " + amountText(req));
      const base = { transactionType: "PAYMENT", txId: uid("tx"), paymentId: req.paymentId };
      return ok ? { ...base, paymentToken: uid("token") } : { ...base, ...cancelled };
    },
    async requestIssueBillingKey(req) {
      calls.push(["requestIssueBillingKey", req]);
      const ok = await mockWindow("모의 빌링키 발급창 (stand-in v2)", req.issueName || req.billingKeyMethod || "");
      const base = { transactionType: "ISSUE_BILLING_KEY", billingKey: ok ? uid("billing-key") : "" };
      return ok ? { ...base, billingIssueToken: uid("token") } : { ...base, ...cancelled };
    },
    async requestIssueBillingKeyAndPay(req) {
      calls.push(["requestIssueBillingKeyAndPay", req]);
      const ok = await mockWindow("모의 빌링키 발급·결제창 (stand-in v2)", (req.orderName || "") + " · " + amountText(req));
      const base = { transactionType: "ISSUE_BILLING_KEY_AND_PAY", billingKey: uid("billing-key"), paymentId: req.paymentId, txId: uid("tx") };
      return ok ? base : { ...base, billingKey: "", ...cancelled };
    },
    async requestIdentityVerification(req) {
      calls.push(["requestIdentityVerification", req]);
      const ok = await mockWindow("모의 본인인증창 (stand-in v2)", req.identityVerificationId || "");
      const base = { transactionType: "IDENTITY_VERIFICATION", identityVerificationId: req.identityVerificationId, identityVerificationTxId: uid("iv-tx") };
      return ok ? base : { ...base, ...cancelled, message: "사용자가 본인인증을 취소했습니다." };
    },
  };
})();
