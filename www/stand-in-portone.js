// A stand-in for PortOne's v2 browser SDK (window.PortOne) so the demo runs offline: it records
// each request, shows a small mock window, and resolves like the real SDK (a response object whose
// `code` is set on failure). The tests also serve this file in place of the CDN script.
(function () {
  const calls = [];
  const uid = (prefix) => prefix + "-" + Date.now().toString(36) + "-" + Math.random().toString(36).slice(2, 10);
  const en = () => document.documentElement.lang === "en";
  const T = {
    ko: { payment: "모의 결제창 (stand-in v2)", billing: "모의 빌링키 발급창 (stand-in v2)", both: "모의 빌링키 발급·결제창 (stand-in v2)", idv: "모의 본인인증창 (stand-in v2)", approve: "승인", cancel: "취소", close: "닫기", cancelled: "사용자가 결제를 취소했습니다.", idvCancelled: "사용자가 본인인증을 취소했습니다." },
    en: { payment: "Mock payment window (stand-in v2)", billing: "Mock billing-key window (stand-in v2)", both: "Mock billing key and payment window (stand-in v2)", idv: "Mock identity-verification window (stand-in v2)", approve: "Approve", cancel: "Cancel", close: "Close", cancelled: "The user cancelled the payment.", idvCancelled: "The user cancelled the identity verification." },
  };
  const t = () => T[en() ? "en" : "ko"];
  const amountText = (req) =>
    typeof req.totalAmount === "number" ? req.totalAmount.toLocaleString(en() ? "en-US" : "ko-KR") + " " + (req.currency || "") : "";

  // Resolves true (approved) or false (cancelled: the cancel button, the ✕, Escape, or the dialog
  // closing any other way), once.
  function mockWindow(title, detail) {
    return new Promise((resolve) => {
      const dlg = document.createElement("dialog");
      dlg.className = "mock-pay";
      const x = document.createElement("button");
      x.textContent = "✕";
      x.className = "mock-close";
      x.title = t().close;
      x.setAttribute("aria-label", t().close);
      x.dataset.mock = "close";
      const h = document.createElement("h3");
      h.textContent = title;
      const p = document.createElement("p");
      p.textContent = detail;
      const ok = document.createElement("button");
      ok.textContent = t().approve;
      ok.className = "primary";
      ok.dataset.mock = "approve";
      const cancel = document.createElement("button");
      cancel.textContent = t().cancel;
      cancel.dataset.mock = "cancel";
      dlg.append(x, h, p, ok, cancel);
      document.body.append(dlg);
      dlg.showModal();
      let answered = false;
      const done = (approved) => {
        if (answered) return;
        answered = true;
        if (dlg.open) dlg.close();
        dlg.remove();
        // the real window takes a moment to hand control back
        setTimeout(() => resolve(approved), 150);
      };
      ok.onclick = () => done(true);
      cancel.onclick = () => done(false);
      x.onclick = () => done(false);
      dlg.addEventListener("cancel", (e) => { e.preventDefault(); done(false); });
      dlg.addEventListener("close", () => done(false));
    });
  }

  const cancelled = () => ({ code: "FAILURE_TYPE_PG", message: t().cancelled, pgCode: "CANCEL", pgMessage: "user cancelled" });

  window.PortOne = {
    calls,
    standIn: true,
    async requestPayment(req) {
      calls.push(["requestPayment", req]);
      const ok = await mockWindow(t().payment, (req.orderName || "") + " · " + amountText(req));
      const base = { transactionType: "PAYMENT", txId: uid("tx"), paymentId: req.paymentId };
      return ok ? { ...base, paymentToken: uid("token") } : { ...base, ...cancelled() };
    },
    async requestIssueBillingKey(req) {
      calls.push(["requestIssueBillingKey", req]);
      const ok = await mockWindow(t().billing, req.issueName || req.billingKeyMethod || "");
      const base = { transactionType: "ISSUE_BILLING_KEY", billingKey: ok ? uid("billing-key") : "" };
      return ok ? { ...base, billingIssueToken: uid("token") } : { ...base, ...cancelled() };
    },
    async requestIssueBillingKeyAndPay(req) {
      calls.push(["requestIssueBillingKeyAndPay", req]);
      const ok = await mockWindow(t().both, (req.orderName || "") + " · " + amountText(req));
      const base = { transactionType: "ISSUE_BILLING_KEY_AND_PAY", billingKey: uid("billing-key"), paymentId: req.paymentId, txId: uid("tx") };
      return ok ? base : { ...base, billingKey: "", ...cancelled() };
    },
    async requestIdentityVerification(req) {
      calls.push(["requestIdentityVerification", req]);
      const ok = await mockWindow(t().idv, req.identityVerificationId || "");
      const base = { transactionType: "IDENTITY_VERIFICATION", identityVerificationId: req.identityVerificationId, identityVerificationTxId: uid("iv-tx") };
      return ok ? base : { ...base, ...cancelled(), message: t().idvCancelled };
    },
  };
})();
