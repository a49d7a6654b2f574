// A stand-in for iamport.js (window.IMP) so the demo runs offline: it records the request it
// receives, shows a small mock payment or identity-verification window (in the page's language),
// and answers the callback like the real SDK. Closing the window any way — its ✕, Escape, or the
// cancel button — answers like a user cancel, so the page never waits for an answer that will not
// come.
(function () {
  const calls = [];
  const T = {
    ko: { title: "모의 결제창 (stand-in)", certTitle: "모의 본인인증창 (stand-in)", order: "주문", approve: "승인", certify: "인증", cancel: "취소", close: "닫기", won: "원", cancelled: "사용자가 결제를 취소하셨습니다", certCancelled: "사용자가 본인인증을 취소했습니다." },
    en: { title: "Mock payment window (stand-in)", certTitle: "Mock identity-verification window (stand-in)", order: "Order", approve: "Approve", certify: "Verify", cancel: "Cancel", close: "Close", won: " KRW", cancelled: "The user cancelled the payment.", certCancelled: "The user cancelled the identity verification." },
  };
  const text = () => T[document.documentElement.lang === "en" ? "en" : "ko"];

  // Shows the mock window; `answer(true)` on approve, `answer(false)` on any way of closing it, once.
  function mockWindow(title, detail, approveText, answer) {
    const t = text();
    const dlg = document.createElement("dialog");
    dlg.className = "mock-pay";
    const x = document.createElement("button");
    x.textContent = "✕";
    x.className = "mock-close";
    x.title = t.close;
    x.setAttribute("aria-label", t.close);
    x.dataset.mock = "close";
    const h = document.createElement("h3");
    h.textContent = title;
    const body = document.createElement("p");
    body.textContent = detail;
    const ok = document.createElement("button");
    ok.textContent = approveText;
    ok.className = "primary";
    ok.dataset.mock = "approve";
    const cancel = document.createElement("button");
    cancel.textContent = t.cancel;
    cancel.dataset.mock = "cancel";
    dlg.append(x, h, body, ok, cancel);
    document.body.append(dlg);
    dlg.showModal();
    let answered = false;
    const done = (approved) => {
      if (answered) return;
      answered = true;
      if (dlg.open) dlg.close();
      dlg.remove();
      answer(approved);
    };
    ok.onclick = () => done(true);
    cancel.onclick = () => done(false);
    x.onclick = () => done(false);
    // Escape fires `cancel`; any other way the dialog closes fires `close`
    dlg.addEventListener("cancel", (e) => { e.preventDefault(); done(false); });
    dlg.addEventListener("close", () => done(false));
  }

  window.IMP = {
    calls,
    init(code) { this.impCode = code; },
    request_pay(params, callback) {
      calls.push(params);
      const t = text();
      const amount = Number(params.amount).toLocaleString(document.documentElement.lang === "en" ? "en-US" : "ko-KR");
      mockWindow(t.title, `${params.name ?? t.order} · ${amount}${t.won}`, t.approve, (success) => {
        callback(success
          ? { success: true, imp_uid: "imp_" + Date.now(), merchant_uid: params.merchant_uid, paid_amount: params.amount, status: "paid" }
          : { success: false, imp_uid: null, merchant_uid: params.merchant_uid, error_code: "F400", error_msg: t.cancelled });
      });
    },
    // IMP.certification (본인인증): the same mock window, answering like iamport.js's callback
    certification(params, callback) {
      calls.push(params);
      const t = text();
      mockWindow(t.certTitle, params.merchant_uid ?? "", t.certify, (success) => {
        callback(success
          ? { success: true, imp_uid: "imp_" + Date.now(), merchant_uid: params.merchant_uid, pg_provider: "danal" }
          : { success: false, imp_uid: null, merchant_uid: params.merchant_uid, error_code: "F0000", error_msg: t.certCancelled });
      });
    },
  };
})();
